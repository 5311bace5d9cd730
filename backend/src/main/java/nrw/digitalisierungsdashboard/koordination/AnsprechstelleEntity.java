package nrw.digitalisierungsdashboard.koordination;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A ministry's contact function (e.g. the unit for municipal digitalisation). */
@Entity
@Table(name = "ansprechstelle")
public class AnsprechstelleEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "organisation_id", nullable = false)
    public String organisationId;

    @Column(nullable = false)
    public String funktion;

    @Column(name = "themenfeld_id")
    public Integer themenfeldId;

    @Column(name = "kontakt_name")
    public String kontaktName;

    @Column(name = "kontakt_email")
    public String kontaktEmail;

    @Column(name = "kontakt_einwilligung", nullable = false)
    public boolean kontaktEinwilligung;

    @Column(nullable = false)
    public boolean beispiel;

    @Version
    @Column(nullable = false)
    public long version;
}
