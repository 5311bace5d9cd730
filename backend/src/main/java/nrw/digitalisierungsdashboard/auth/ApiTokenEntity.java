package nrw.digitalisierungsdashboard.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import nrw.digitalisierungsdashboard.identity.Rolle;

/** An integrator's API token; only the SHA-256 of the secret is stored. */
@Entity
@Table(name = "api_token")
public class ApiTokenEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String name;

    @Column(name = "token_hash", nullable = false, unique = true)
    public String tokenHash;

    /** The first characters of the secret, so admins can tell tokens apart without seeing them. */
    @Column(nullable = false)
    public String praefix;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Rolle rolle;

    @Column(name = "organisation_id")
    public String organisationId;

    @Column(name = "erstellt_von")
    public Long erstelltVon;

    @Column(name = "erstellt_am", nullable = false)
    public OffsetDateTime erstelltAm;

    @Column(name = "laeuft_ab", nullable = false)
    public OffsetDateTime laeuftAb;

    @Column(name = "widerrufen_am")
    public OffsetDateTime widerrufenAm;

    @Column(name = "zuletzt_benutzt")
    public OffsetDateTime zuletztBenutzt;
}
