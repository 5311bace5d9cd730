package nrw.digitalisierungsdashboard.koordination;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A decision committee: IT-Kooperationsrat, AG-Technik, the committees of the kommunale Spitzenverbände, … */
@Entity
@Table(name = "gremium")
public class GremiumEntity extends PanacheEntityBase {

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    public String beschreibung;

    @Column(name = "organisation_id")
    public String organisationId;

    @Column(nullable = false)
    public int reihenfolge;

    @Version
    @Column(nullable = false)
    public long version;
}
