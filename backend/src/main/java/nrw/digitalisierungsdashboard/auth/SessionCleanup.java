package nrw.digitalisierungsdashboard.auth;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Removes ended sessions and keeps sign-in attempts only as long as they matter (30 days). */
@ApplicationScoped
public class SessionCleanup {

    private final AuthConfig config;
    private final EntityManager em;

    public SessionCleanup(AuthConfig config, EntityManager em) {
        this.config = config;
        this.em = em;
    }

    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void cleanup() {
        aufraeumen();
    }

    /**
     * Every replica schedules it; the one that gets the lock cleans up, the others (at the same moment) skip.
     *
     * @return whether this call did the cleanup
     */
    @Transactional
    boolean aufraeumen() {
        if (!(Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(hashtext('sitzungen_aufraeumen'))")
                .getSingleResult()) {
            return false;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        SitzungEntity.delete("laeuftAb < ?1 or zuletztAktiv < ?2", now, now.minus(config.sessionIdleTimeout()));
        AnmeldeversuchEntity.delete("zeitpunkt < ?1", now.minus(Duration.ofDays(30)));
        return true;
    }
}
