package nrw.digitalisierungsdashboard.common.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.List;

/** How public reads leave the house: who may call from a browser, how long others may cache, the read cache. */
@ConfigMapping(prefix = "dashboard.http.public")
public interface PublicHttpConfig {

    /**
     * The dashboard's own origins: only these may send credentials (session cookie) and write from a browser. Every
     * other origin may read the public API without credentials.
     */
    @WithName("cors-origins")
    List<String> corsOrigins();

    /**
     * {@code max-age} of public reads for browsers and shared caches. 0 (the default) says {@code no-cache}: every
     * reuse is revalidated with the ETag (a 304 costs a few bytes), so the next read after a write sees it. An
     * operator who accepts a stale window (e.g. in front of a CDN on a press day) may raise it.
     */
    @WithDefault("0S")
    Duration maxAge();

    /** {@code stale-while-revalidate} of public reads, only with a {@code max-age} above 0. */
    @WithDefault("0S")
    Duration staleWhileRevalidate();

    /** The in-process read cache of public answers. */
    Cache cache();

    interface Cache {
        /** Off only for measurements: every read is then computed. */
        @WithDefault("true")
        boolean enabled();

        /** Upper bound of the cached bytes (all encodings of all answers). */
        @WithDefault("67108864")
        long maxBytes();
    }
}
