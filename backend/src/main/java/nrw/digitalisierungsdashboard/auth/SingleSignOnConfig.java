package nrw.digitalisierungsdashboard.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Set;

/**
 * Single sign-on checks beyond what Quarkus OIDC verifies itself (issuer, audience, signature, expiry; see
 * {@code quarkus.oidc.*} in application.properties). Prefix {@code dashboard.oidc}.
 */
@ConfigMapping(prefix = "dashboard.oidc")
public interface SingleSignOnConfig {

    /**
     * The clients whose access tokens the API accepts (claim {@code azp}): the dashboard in the browser and the
     * integrators' machine client. A token of the same issuer and audience obtained by any other client is refused.
     */
    @WithDefault("dashboard-spa,dashboard-integration")
    Set<String> clients();
}
