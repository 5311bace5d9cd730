package nrw.digitalisierungsdashboard.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Limits and headers of the HTTP layer (prefix {@code dashboard.http}). */
@ConfigMapping(prefix = "dashboard.http")
public interface HttpConfig {

    /** Largest request body for ordinary API calls, in bytes. */
    @WithDefault("1048576")
    long maxBodySize();

    /** Largest request body for bulk imports, in bytes. */
    @WithDefault("1073741824")
    long maxImportBodySize();

    /** HSTS max-age in seconds, sent only on HTTPS responses. */
    @WithDefault("31536000")
    long hstsMaxAge();

    Admission admission();

    /**
     * How many requests of each class may be in the resources at once; more are refused with 503 (see
     * {@code common.Admission}). Reads plus writes plus imports stay below the worker threads
     * ({@code quarkus.thread-pool.max-threads}), so an admitted request never queues for a thread.
     */
    interface Admission {
        @WithDefault("160")
        int maxReads();

        @WithDefault("96")
        int maxWrites();

        @WithDefault("4")
        int maxImports();

        /** Retry-After of a refused request. */
        @WithDefault("PT2S")
        Duration retryAfter();
    }
}
