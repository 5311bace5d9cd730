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

    /** {@code max-age} of public reads for browsers and shared caches. */
    @WithDefault("60S")
    Duration maxAge();

    /** {@code stale-while-revalidate} of public reads. */
    @WithDefault("300S")
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
