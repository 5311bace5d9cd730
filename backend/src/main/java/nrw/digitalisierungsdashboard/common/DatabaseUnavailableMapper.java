package nrw.digitalisierungsdashboard.common;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one answer while the database cannot serve a request: 503 problem+json with Retry-After. Every path that
 * meets an unavailable database ends here – the exception itself, and whatever {@link DatabaseFailures} recognises
 * in the catch-all of {@link ProblemMappers} – so a fallback (e.g. serving a cached answer) hooks in at
 * {@link #response}.
 */
public class DatabaseUnavailableMapper {

    private static final Logger LOG = Logger.getLogger(DatabaseUnavailableMapper.class);

    @ServerExceptionMapper
    public Response databaseUnavailable(DatabaseUnavailableException e, UriInfo uri) {
        return response(e, uri == null ? null : uri.getRequestUri().getRawPath());
    }

    public static Response response(DatabaseUnavailableException e, String path) {
        LOG.warnf("Datenbank nicht verfügbar bei %s: %s", path, e.detail());
        return Response.status(503)
                .type(ProblemTypes.PROBLEM_JSON)
                .header("Retry-After", String.valueOf(e.retryAfterSeconds()))
                .header("Cache-Control", "no-store")
                .entity(new Problem(
                        ProblemTypes.UNAVAILABLE, "Vorübergehend nicht verfügbar", 503, e.detail(), path, null))
                .build();
    }
}
