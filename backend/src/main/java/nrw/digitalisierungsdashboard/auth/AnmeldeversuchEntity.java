package nrw.digitalisierungsdashboard.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One sign-in attempt; the counts over a window drive throttling. Never holds a password. */
@Entity
@Table(name = "anmeldeversuch")
public class AnmeldeversuchEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public OffsetDateTime zeitpunkt;

    @Column(nullable = false)
    public String benutzername;

    @Column(nullable = false)
    public String adresse;

    @Column(nullable = false)
    public boolean erfolgreich;
}
