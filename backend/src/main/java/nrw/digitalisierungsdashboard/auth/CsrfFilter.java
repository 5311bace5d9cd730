package nrw.digitalisierungsdashboard.auth;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import nrw.digitalisierungsdashboard.common.Problem;
import nrw.digitalisierungsdashboard.common.ProblemTypes;
import nrw.digitalisierungsdashboard.identity.Identities;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Double-submit CSRF protection for cookie sessions: every write must echo the session's token in X-CSRF-Token,
 * and the readable CSRF cookie, where sent, must carry the same token. API tokens and single sign-on bearer
 * tokens are not sent automatically by browsers and need no CSRF token.
 */
public class CsrfFilter {

    private static final Logger AUDIT = Logger.getLogger("nrw.digitalisierungsdashboard.auth.audit");
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final CurrentIdentityAssociation identities;

    public CsrfFilter(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    @ServerRequestFilter
    public Uni<Response> check(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod()) || request.getUriInfo().getPath().endsWith("/auth/login")) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity().map(identity -> {
            String expected = identity.isAnonymous() ? null : identity.getAttribute(Identities.CSRF);
            if (expected == null) {
                return null; // not a cookie session
            }
            String header = request.getHeaderString(SessionCookies.CSRF_HEADER);
            Cookie cookie = request.getCookies()
                    .getOrDefault(
                            SessionCookies.CSRF_HOST_NAME, request.getCookies().get(SessionCookies.CSRF_PLAIN_NAME));
            boolean ok =
                    Secrets.equal(expected, header) && (cookie == null || Secrets.equal(expected, cookie.getValue()));
            if (ok) {
                return null;
            }
            AUDIT.infof(
                    "csrf outcome=REFUSED account=%s method=%s path=%s",
                    identity.getPrincipal().getName(),
                    request.getMethod(),
                    request.getUriInfo().getPath());
            return Response.status(403)
                    .type(ProblemTypes.PROBLEM_JSON)
                    .entity(new Problem(
                            ProblemTypes.CSRF,
                            "CSRF-Token fehlt oder passt nicht",
                            403,
                            "Schreibende Aufrufe aus einer Sitzung brauchen den Kopf " + SessionCookies.CSRF_HEADER
                                    + " mit dem CSRF-Token der Sitzung.",
                            request.getUriInfo().getPath(),
                            null))
                    .build();
        });
    }
}
