package nrw.digitalisierungsdashboard.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "organisation")
public class OrganisationEntity extends PanacheEntityBase {

    @Id
    public String id;

    /** Key in the source (e.g. ags:05315000, kdn-it:2), so a newer dataset updates this row. */
    @Column(name = "quelle_schluessel", nullable = false, unique = true)
    public String quelleSchluessel;

    @Column(nullable = false)
    public String name;

    public String kurzname;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrganisationTyp typ;

    public String beschreibung;
    public String strasse;

    @Column(length = 5)
    public String plz;

    public String ort;
    public String url;

    @Column(name = "kommune_ags", length = 8)
    public String kommuneAgs;

    @Column(nullable = false)
    public String datenstand;

    @Column(nullable = false)
    public String quelle;

    public String hinweis;

    /** A Kommune that runs its own IT (and is listed among the IT service providers) carries this mark. */
    @Column(name = "it_dienstleister", nullable = false)
    public boolean itDienstleister;
}
