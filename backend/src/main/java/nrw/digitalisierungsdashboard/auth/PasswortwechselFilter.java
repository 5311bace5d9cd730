package nrw.digitalisierungsdashboard.auth;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import nrw.digitalisierungsdashboard.common.Problem;
import nrw.digitalisierungsdashboard.common.ProblemTypes;
import nrw.digitalisierungsdashboard.identity.Identities;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A session whose password must be changed (initial or reset by the administration) may change it and sign out,
 * nothing else: every other write is refused with 403 here, and its identity carries no role, so protected reads
 * are refused as well. Public reads stay public.
 */
public class PasswortwechselFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> ERLAUBT = Set.of("/api/v1/auth/passwort", "/api/v1/auth/logout");

    private final CurrentIdentityAssociation identities;

    public PasswortwechselFilter(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    // before matching, because the role checks (@RolesAllowed) run before the filters after matching: the session has
    // no role and would only learn "keine Berechtigung", not what to do
    @ServerRequestFilter(preMatching = true)
    public Uni<Response> check(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (SAFE.contains(request.getMethod()) || ERLAUBT.contains(path) || path.endsWith("/auth/login")) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity().map(identity -> {
            if (identity.isAnonymous() || identity.getAttribute(Identities.PASSWORT_AENDERN) == null) {
                return null;
            }
            return Response.status(403)
                    .type(ProblemTypes.PROBLEM_JSON)
                    .entity(new Problem(
                            ProblemTypes.PASSWORD_CHANGE_REQUIRED,
                            "Passwort zuerst ändern",
                            403,
                            "Dieses Konto hat ein Anfangs- oder zurückgesetztes Passwort. Bis es geändert ist "
                                    + "(POST /api/v1/auth/passwort), sind nur diese Änderung und die Abmeldung erlaubt.",
                            path,
                            null))
                    .build();
        });
    }
}
