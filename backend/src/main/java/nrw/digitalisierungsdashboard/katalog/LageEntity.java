package nrw.digitalisierungsdashboard.katalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A Lebens- or Unternehmenslage of the OZG catalogue. */
@Entity
@Table(name = "lage")
public class LageEntity extends PanacheEntityBase {

    @Id
    public Integer id;

    @Column(nullable = false)
    public String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "themenfeld_id")
    public ThemenfeldEntity themenfeld;

    @Column(name = "katalog_stand", nullable = false)
    public String katalogStand;
}
