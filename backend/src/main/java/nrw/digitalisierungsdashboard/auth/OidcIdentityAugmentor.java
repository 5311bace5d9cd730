package nrw.digitalisierungsdashboard.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import nrw.digitalisierungsdashboard.identity.Identities;
import nrw.digitalisierungsdashboard.identity.Rolle;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Maps an identity from the single sign-on provider onto the same model as local accounts: only the four
 * dashboard roles count, the organisation comes from the claim {@code organisation}, a coordinator's
 * Themenfelder from {@code themenfelder}. A token obtained by a client not named in {@code dashboard.oidc.clients}
 * (claim {@code azp}) is refused, even though issuer, audience and signature are right.
 */
@ApplicationScoped
public class OidcIdentityAugmentor implements SecurityIdentityAugmentor {

    private static final Logger LOG = Logger.getLogger("nrw.digitalisierungsdashboard.auth.audit");

    private final SingleSignOnConfig config;

    public OidcIdentityAugmentor(SingleSignOnConfig config) {
        this.config = config;
    }

    private static final Set<String> ROLES =
            Arrays.stream(Rolle.values()).map(Enum::name).collect(Collectors.toSet());

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()
                || !(identity.getPrincipal() instanceof JsonWebToken jwt)
                || identity.getAttribute(Identities.ART) != null) {
            return Uni.createFrom().item(identity);
        }
        Object azp = jwt.getClaim("azp");
        if (azp == null || !config.clients().contains(azp.toString().replace("\"", ""))) {
            LOG.infof("oidc outcome=REFUSED reason=azp azp=%s sub=%s", azp, jwt.getSubject());
            return Uni.createFrom()
                    .failure(new AuthenticationFailedException("Token eines nicht zugelassenen Clients"));
        }
        Set<String> roles = identity.getRoles().stream().filter(ROLES::contains).collect(Collectors.toSet());
        Set<Integer> themenfelder = new LinkedHashSet<>();
        Object claim = jwt.getClaim("themenfelder");
        if (claim instanceof Iterable<?> values) {
            for (Object v : values) {
                try {
                    themenfelder.add(
                            Integer.parseInt(v.toString().replace("\"", "").trim()));
                } catch (NumberFormatException ignored) {
                    // a malformed entry grants nothing
                }
            }
        }
        String name = jwt.getClaim("preferred_username") != null
                ? jwt.getClaim("preferred_username").toString()
                : jwt.getSubject();
        QuarkusSecurityIdentity.Builder b = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addRoles(roles)
                .addAttribute(Identities.ART, "OIDC")
                .addAttribute(Identities.ID, jwt.getSubject())
                .addAttribute(
                        Identities.ANZEIGENAME,
                        jwt.getClaim("name") != null ? jwt.getClaim("name").toString() : name)
                .addAttribute(Identities.THEMENFELDER, Set.copyOf(themenfelder));
        Object organisation = jwt.getClaim("organisation");
        if (organisation != null) {
            b.addAttribute(Identities.ORGANISATION, organisation.toString().replace("\"", ""));
        }
        return Uni.createFrom().item(b.build());
    }
}
