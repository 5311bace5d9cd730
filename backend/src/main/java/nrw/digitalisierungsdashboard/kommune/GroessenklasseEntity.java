package nrw.digitalisierungsdashboard.kommune;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "groessenklasse")
public class GroessenklasseEntity extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "einwohner_von", nullable = false)
    public int einwohnerVon;

    @Column(name = "einwohner_bis")
    public Integer einwohnerBis;

    @Column(nullable = false)
    public int reihenfolge;

    @Column(nullable = false)
    public String beschreibung;
}
