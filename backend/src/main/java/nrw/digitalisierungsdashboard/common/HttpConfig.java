package nrw.digitalisierungsdashboard.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

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
}
