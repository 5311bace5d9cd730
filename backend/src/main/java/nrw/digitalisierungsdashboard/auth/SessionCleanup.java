package nrw.digitalisierungsdashboard.auth;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Removes ended sessions and keeps sign-in attempts only as long as they matter (30 days). */
@ApplicationScoped
public class SessionCleanup {

    private final AuthConfig config;

    public SessionCleanup(AuthConfig config) {
        this.config = config;
    }

    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void cleanup() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        SitzungEntity.delete("laeuftAb < ?1 or zuletztAktiv < ?2", now, now.minus(config.sessionIdleTimeout()));
        AnmeldeversuchEntity.delete("zeitpunkt < ?1", now.minus(Duration.ofDays(30)));
    }
}
