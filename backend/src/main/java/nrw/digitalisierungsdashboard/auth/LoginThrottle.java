package nrw.digitalisierungsdashboard.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import nrw.digitalisierungsdashboard.common.TooManyRequestsException;
import org.jboss.logging.Logger;

/**
 * Progressive delays for password checks, counted atomically in PostgreSQL (table anmeldedrossel), so parallel
 * attempts cannot slip past the count and every backend instance sees the same numbers. Each attempt reserves a
 * step on every key that applies before the password is checked; a key in its waiting time refuses with 429 and
 * Retry-After, without checking the password. Keys:
 *
 * <ul>
 *   <li>account + address: after {@code pairFree} failures each further one doubles the wait (1 s, 2 s, 4 s …, at
 *       most {@code maxDelay}); a successful sign-in clears it. An attacker elsewhere never locks out the owner.
 *   <li>account, for addresses that have not signed in to it successfully in the last 30 days: after
 *       {@code accountFree} failures the same doubling, at most {@code sharedMaxDelay} – against guessing from many
 *       addresses, without slowing the owner at a known address.
 *   <li>address: failures across accounts, after {@code addressFree} (or {@code knownAddressFree} when someone
 *       signed in successfully from it in the last 24 hours, so one office's people are not locked out together).
 *   <li>changing the own password: the account + address key of that check, like sign-in.
 * </ul>
 *
 * Counts older than {@code window} start again from zero.
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

    /** Reserves a sign-in attempt; throws 429 if one of its keys is waiting. Nothing is counted then. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reserveLogin(String benutzername, String adresse) {
        List<Key> keys = new ArrayList<>();
        keys.add(new Key("konto+adresse:" + benutzername + "|" + adresse, config.pairFree(), config.maxDelay()));
        if (!knownAddress(benutzername, adresse)) {
            keys.add(new Key("konto:" + benutzername, config.accountFree(), config.sharedMaxDelay()));
        }
        keys.add(addressKey(adresse));
        reserve(keys, "login", benutzername, adresse);
    }

    /** Reserves a check of the own password before a change, like a sign-in of that account from that address. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reservePasswordCheck(String benutzername, String adresse) {
        reserve(
                List.of(
                        new Key("passwort:" + benutzername + "|" + adresse, config.pairFree(), config.maxDelay()),
                        addressKey(adresse)),
                "password-change",
                benutzername,
                adresse);
    }

    /** The password was right: the account's own keys start again; the address gives back this attempt's step. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void succeeded(String benutzername, String adresse, boolean passwordCheck) {
        em.createNativeQuery("DELETE FROM anmeldedrossel WHERE schluessel IN (:a, :b, :c)")
                .setParameter("a", "konto+adresse:" + benutzername + "|" + adresse)
                .setParameter("b", passwordCheck ? "passwort:" + benutzername + "|" + adresse : "konto:" + benutzername)
                .setParameter("c", passwordCheck ? "-" : "konto:" + benutzername)
                .executeUpdate();
        em.createNativeQuery("UPDATE anmeldedrossel SET fehler = greatest(fehler - 1, 0), "
                        + "gesperrt_bis = least(gesperrt_bis, now()) WHERE schluessel = :k")
                .setParameter("k", "adresse:" + adresse)
                .executeUpdate();
    }

    /** Every attempt stays in the sign-in log (who, from where, when, whether it worked), never a password. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String benutzername, String adresse, boolean success) {
        AnmeldeversuchEntity v = new AnmeldeversuchEntity();
        v.zeitpunkt = OffsetDateTime.now(ZoneOffset.UTC);
        v.benutzername = benutzername;
        v.adresse = adresse;
        v.erfolgreich = success;
        v.persist();
    }

    private Key addressKey(String adresse) {
        boolean recentSuccess = !em.createNativeQuery("SELECT 1 FROM anmeldeversuch WHERE erfolgreich AND adresse = :a "
                        + "AND zeitpunkt > now() - interval '24 hours' LIMIT 1")
                .setParameter("a", adresse)
                .getResultList()
                .isEmpty();
        return new Key(
                "adresse:" + adresse,
                recentSuccess ? config.knownAddressFree() : config.addressFree(),
                config.sharedMaxDelay());
    }

    private boolean knownAddress(String benutzername, String adresse) {
        return !em.createNativeQuery("SELECT 1 FROM anmeldeversuch WHERE erfolgreich AND adresse = :a "
                        + "AND benutzername = :n AND zeitpunkt > now() - interval '30 days' LIMIT 1")
                .setParameter("a", adresse)
                .setParameter("n", benutzername)
                .getResultList()
                .isEmpty();
    }

    private record Key(String name, int free, Duration maxDelay) {}

    /**
     * One statement per key: insert or count on, but only where the key is not waiting (the WHERE of the conflict
     * update); a key that returns no row refuses the attempt, and the transaction with the steps already taken on
     * other keys is rolled back by the exception.
     */
    private void reserve(List<Key> keys, String what, String benutzername, String adresse) {
        List<String> waiting = new ArrayList<>();
        for (Key key : keys) {
            @SuppressWarnings("unchecked")
            List<Object> counted = em.createNativeQuery("""
                            INSERT INTO anmeldedrossel AS d (schluessel, fehler, zuletzt, gesperrt_bis)
                            VALUES (:k, 1, now(), now() + make_interval(secs => CASE WHEN 1 > :frei
                                THEN least(:max, :schritt * power(2, 1 - :frei - 1)) ELSE 0 END))
                            ON CONFLICT (schluessel) DO UPDATE SET
                                fehler = CASE WHEN d.zuletzt < now() - make_interval(secs => :fenster) THEN 1
                                              ELSE d.fehler + 1 END,
                                zuletzt = now(),
                                gesperrt_bis = now() + make_interval(secs => CASE
                                    WHEN (CASE WHEN d.zuletzt < now() - make_interval(secs => :fenster) THEN 1
                                               ELSE d.fehler + 1 END) > :frei
                                    THEN least(:max, :schritt * power(2, (CASE WHEN d.zuletzt < now()
                                        - make_interval(secs => :fenster) THEN 1 ELSE d.fehler + 1 END) - :frei - 1))
                                    ELSE 0 END)
                            WHERE d.gesperrt_bis <= now()
                            RETURNING d.fehler""")
                    .setParameter("k", key.name())
                    .setParameter("frei", key.free())
                    .setParameter("max", (double) key.maxDelay().toMillis() / 1000)
                    .setParameter("schritt", (double) config.delayStep().toMillis() / 1000)
                    .setParameter("fenster", (double) config.window().toSeconds())
                    .getResultList();
            if (counted.isEmpty()) {
                waiting.add(key.name());
            }
        }
        if (waiting.isEmpty()) {
            return;
        }
        Number seconds = (Number)
                em.createNativeQuery("SELECT ceil(extract(epoch FROM max(gesperrt_bis) - now())) FROM anmeldedrossel "
                                + "WHERE schluessel IN (:keys)")
                        .setParameter("keys", waiting)
                        .getSingleResult();
        long retry = Math.max(1, seconds == null ? 1 : seconds.longValue());
        AUDIT.infof(
                "%s outcome=REFUSED_THROTTLED account=%s address=%s retryAfter=%ds",
                what, benutzername, adresse, retry);
        throw new TooManyRequestsException(
                "Zu viele fehlgeschlagene Versuche. Bitte in " + retry + " Sekunden erneut versuchen.", retry);
    }
}
