package nrw.digitalisierungsdashboard.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import nrw.digitalisierungsdashboard.common.Rows;
import nrw.digitalisierungsdashboard.common.TooManyRequestsException;
import org.jboss.logging.Logger;

/**
 * Failed sign-ins per account and per client address, counted over a window in the database (so the count
 * survives restarts and holds for every instance). Past the first threshold each attempt is slowed down,
 * past the second it is refused with 429 and Retry-After until enough failures have left the window.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final Logger AUDIT = Logger.getLogger("nrw.digitalisierungsdashboard.auth.audit");

    private final AuthConfig.Throttle config;
    private final EntityManager em;

    public LoginThrottle(AuthConfig config, EntityManager em) {
        this.config = config.throttle();
        this.em = em;
    }

    /** @return how long to slow this attempt down; throws when it must be refused */
    public Duration check(String benutzername, String adresse) {
        OffsetDateTime since = OffsetDateTime.now(ZoneOffset.UTC).minus(config.window());
        List<OffsetDateTime> account = failures("benutzername", benutzername, since);
        List<OffsetDateTime> address = failures("adresse", adresse, since);
        long retryAccount = retryAfter(account, config.accountBlockAfter());
        long retryAddress = retryAfter(address, config.addressBlockAfter());
        long retry = Math.max(retryAccount, retryAddress);
        if (retry > 0) {
            AUDIT.infof(
                    "login outcome=REFUSED_THROTTLED account=%s address=%s retryAfter=%ds",
                    benutzername, adresse, retry);
            throw new TooManyRequestsException(
                    "Zu viele fehlgeschlagene Anmeldungen. Bitte in " + retry + " Sekunden erneut versuchen.", retry);
        }
        long over = Math.max(
                account.size() - config.accountSlowdownAfter() + 1, address.size() - config.addressSlowdownAfter() + 1);
        if (over <= 0) {
            return Duration.ZERO;
        }
        Duration delay = config.delayStep().multipliedBy(over);
        return delay.compareTo(config.maxDelay()) > 0 ? config.maxDelay() : delay;
    }

    public void record(String benutzername, String adresse, boolean success) {
        AnmeldeversuchEntity v = new AnmeldeversuchEntity();
        v.zeitpunkt = OffsetDateTime.now(ZoneOffset.UTC);
        v.benutzername = benutzername;
        v.adresse = adresse;
        v.erfolgreich = success;
        v.persist();
    }

    /** Failures since the later of the window start and the last success of the same key, newest first. */
    private List<OffsetDateTime> failures(String column, String value, OffsetDateTime since) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("SELECT zeitpunkt FROM anmeldeversuch WHERE " + column + " = :v"
                        + " AND NOT erfolgreich AND zeitpunkt > :since"
                        + (column.equals("benutzername")
                                ? " AND zeitpunkt > coalesce((SELECT max(zeitpunkt) FROM anmeldeversuch"
                                        + " WHERE benutzername = :v AND erfolgreich), '-infinity')"
                                : "")
                        + " ORDER BY zeitpunkt DESC")
                .setParameter("v", value)
                .setParameter("since", since)
                .getResultList();
        return rows.stream().map(Rows::timestamp).toList();
    }

    /** Seconds until the count drops below the threshold again, or 0 when it is below already. */
    private long retryAfter(List<OffsetDateTime> failuresNewestFirst, int threshold) {
        if (failuresNewestFirst.size() < threshold) {
            return 0;
        }
        OffsetDateTime blocking = failuresNewestFirst.get(threshold - 1);
        long seconds = Duration.between(OffsetDateTime.now(ZoneOffset.UTC), blocking.plus(config.window()))
                .toSeconds();
        return Math.max(1, seconds + 1);
    }
}
