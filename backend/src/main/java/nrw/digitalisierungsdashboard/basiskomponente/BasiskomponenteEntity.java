package nrw.digitalisierungsdashboard.basiskomponente;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "basiskomponente")
public class BasiskomponenteEntity extends PanacheEntityBase {

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Basiskomponente.Kategorie kategorie;

    @Column(nullable = false)
    public String beschreibung;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Basiskomponente.Betriebsebene ebene;

    @Column(nullable = false)
    public int reihenfolge;
}
