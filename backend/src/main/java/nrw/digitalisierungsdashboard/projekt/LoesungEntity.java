package nrw.digitalisierungsdashboard.projekt;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nrw.digitalisierungsdashboard.organisation.OrganisationEntity;

/** A solution a project produced, and the Kommunen that reuse it (Nachnutzung) or want to. */
@Entity
@Table(name = "loesung")
public class LoesungEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "projekt_id")
    public ProjektEntity projekt;

    @Column(nullable = false)
    public String name;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "anbieter_organisation_id")
    public OrganisationEntity anbieter;

    public String url;

    public Integer reifegrad;

    @Column(name = "reifegrad_modell", nullable = false)
    public String reifegradModell = "1.1";

    public String beschreibung;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "loesung_basiskomponente", joinColumns = @JoinColumn(name = "loesung_id"))
    @Column(name = "basiskomponente_id")
    public Set<String> basiskomponenten = new TreeSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "nachnutzung", joinColumns = @JoinColumn(name = "loesung_id"))
    public List<NachnutzungEintrag> nachnutzungen = new ArrayList<>();

    @Embeddable
    public static class NachnutzungEintrag {
        @Column(name = "organisation_id", nullable = false)
        public String organisationId;

        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        public Enums.NachnutzungStatus status;

        @Column(nullable = false)
        public LocalDate seit;

        public NachnutzungEintrag() {}

        public NachnutzungEintrag(String organisationId, Enums.NachnutzungStatus status, LocalDate seit) {
            this.organisationId = organisationId;
            this.status = status;
            this.seit = seit;
        }
    }
}
