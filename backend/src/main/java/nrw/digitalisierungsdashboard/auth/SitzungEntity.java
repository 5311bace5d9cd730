package nrw.digitalisierungsdashboard.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A browser session; the id is the SHA-256 of the secret in the session cookie. */
@Entity
@Table(name = "sitzung")
public class SitzungEntity extends PanacheEntityBase {

    @Id
    public String id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "konto_id")
    public KontoEntity konto;

    @Column(name = "csrf_token", nullable = false)
    public String csrfToken;

    @Column(name = "erstellt_am", nullable = false)
    public OffsetDateTime erstelltAm;

    @Column(name = "zuletzt_aktiv", nullable = false)
    public OffsetDateTime zuletztAktiv;

    @Column(name = "laeuft_ab", nullable = false)
    public OffsetDateTime laeuftAb;

    public String adresse;
}
