package nrw.digitalisierungsdashboard.auth;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Reads the dashboard's own credentials: {@code Authorization: Bearer ddb_…} (API tokens) or the session cookie.
 * Runs before the identity provider's (OIDC) mechanism; a bearer token without our prefix is left to it.
 */
@ApplicationScoped
public class DashboardAuthMechanism implements HttpAuthenticationMechanism {

    public static final String TOKEN_PREFIX = "ddb_";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String authorization = context.request().getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String secret = authorization.substring(7).trim();
            if (secret.startsWith(TOKEN_PREFIX)) {
                return identityProviderManager.authenticate(new Credentials.Bearer(secret));
            }
            return Uni.createFrom().nullItem();
        }
        Cookie cookie = SessionCookies.sessionCookie(context);
        if (cookie != null && !cookie.getValue().isBlank()) {
            return identityProviderManager.authenticate(
                    new Credentials.Session(cookie.getValue(), ClientAddress.of(context)));
        }
        return Uni.createFrom().nullItem();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(Credentials.Session.class, Credentials.Bearer.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom()
                .item(new HttpCredentialTransport(HttpCredentialTransport.Type.COOKIE, SessionCookies.PLAIN_NAME));
    }

    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 1000;
    }
}
