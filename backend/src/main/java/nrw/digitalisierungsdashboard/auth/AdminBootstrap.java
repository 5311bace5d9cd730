package nrw.digitalisierungsdashboard.auth;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nrw.digitalisierungsdashboard.identity.Rolle;
import org.jboss.logging.Logger;

/**
 * No default password: the first start creates the account {@code admin} with DASHBOARD_ADMIN_PASSWORD, or with
 * a random password that is logged exactly once and must be changed at the first sign-in.
 */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    private final AuthConfig config;
    private final PasswordHasher hasher;

    public AdminBootstrap(AuthConfig config, PasswordHasher hasher) {
        this.config = config;
        this.hasher = hasher;
    }

    void onStart(@Observes @Priority(10) StartupEvent event) {
        QuarkusTransaction.requiringNew().run(this::createFirstAdmin);
    }

    private void createFirstAdmin() {
        if (KontoEntity.count() > 0) {
            return;
        }
        boolean given = config.adminPassword().filter(p -> !p.isBlank()).isPresent();
        String password = given ? config.adminPassword().get() : Secrets.random(18);
        String weakness = Passwortregeln.schwaeche(password, "admin");
        if (weakness != null) {
            throw new IllegalStateException("DASHBOARD_ADMIN_PASSWORD ist nicht geeignet: " + weakness);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        KontoEntity admin = new KontoEntity();
        admin.benutzername = "admin";
        admin.anzeigename = "Administration";
        admin.passwortHash = hasher.hash(password);
        admin.rollen = new String[] {Rolle.ADMIN.name()};
        admin.mussPasswortAendern = !given;
        admin.erstelltAm = now;
        admin.geaendertAm = now;
        admin.persist();
        if (given) {
            LOG.info("Erstes Konto „admin“ mit dem Passwort aus DASHBOARD_ADMIN_PASSWORD angelegt.");
        } else {
            LOG.warnf(
                    "Erstes Konto „admin“ angelegt. Anfangspasswort (wird nur jetzt angezeigt, bei der ersten "
                            + "Anmeldung ändern): %s",
                    password);
        }
    }
}
