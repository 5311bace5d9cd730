package nrw.digitalisierungsdashboard.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Where the public finds the dashboard and the API (prefix {@code dashboard.public}): links in feeds and catalogue. */
@ConfigMapping(prefix = "dashboard.public")
public interface PublicConfig {

    /** The SPA's public address (DASHBOARD_SPA_URL), for links to a page of the dashboard. */
    @WithDefault("http://localhost:5173")
    String spaUrl();

    /**
     * The API's public address (DASHBOARD_API_URL) for links in the catalogue and the feed; without it, the address
     * the request came in on (behind a proxy with DASHBOARD_TRUST_PROXY=true the forwarded one).
     */
    Optional<String> apiUrl();
}
