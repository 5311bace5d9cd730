package nrw.digitalisierungsdashboard.common.http;

import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import nrw.digitalisierungsdashboard.common.Problem;
import nrw.digitalisierungsdashboard.common.ProblemTypes;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Public reads keep working while the database cannot answer: a read that would be a 503 (database away,
 * restarting or every connection busy) is answered with the last answer this instance rendered for the same URI,
 * marked with {@value #HEADER}. Only public JSON reads are ever kept (see {@link ReadCache}); writes, sign-in and
 * anything read for the first time still get the 503.
 */
@Singleton
public class LastKnownAnswers {

    /** Says the answer is the last one known, not a current one (exposed to other origins by {@link CorsPolicy}). */
    public static final String HEADER = "X-Stand-Veraltet";

    private final ReadCache cache;

    public LastKnownAnswers(ReadCache cache) {
        this.cache = cache;
    }

    @ServerResponseFilter
    public void fallback(ContainerRequestContext request, ContainerResponseContext response, RoutingContext routing) {
        String method = request.getMethod();
        if (response.getStatus() != 503 || !("GET".equals(method) || "HEAD".equals(method)) || !unavailable(response)) {
            return;
        }
        String uri = routing.request().uri();
        if (!uri.startsWith("/api/v1/") || !FastReads.acceptsJson(routing.request())) {
            return;
        }
        CachedAnswer last = cache.lastKnown(uri);
        if (last == null) {
            return;
        }
        var headers = response.getHeaders();
        headers.remove("Retry-After");
        headers.putSingle(HttpHeaders.ETAG, last.etag());
        headers.putSingle(HttpHeaders.LAST_MODIFIED, last.lastModified());
        // a cache may keep it, but must ask again before reusing it: the next answer is likely a current one
        headers.putSingle(HttpHeaders.CACHE_CONTROL, "public, no-cache");
        headers.putSingle(HttpHeaders.VARY, ConditionalReads.VARY);
        headers.putSingle(HEADER, "Datenbank nicht erreichbar; letzter bekannter Stand");
        if (last.link() != null) {
            headers.putSingle("Link", last.link());
        }
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && ConditionalReads.matches(ifNoneMatch, last.etag())) {
            response.setStatus(304);
            response.setEntity(null);
            return;
        }
        response.setStatus(200);
        response.setEntity(
                last.identity().getBytes(), response.getEntityAnnotations(), MediaType.valueOf(last.contentType()));
        cache.servedStale();
    }

    /** The 503 of an unavailable database or of load shedding, not some other 503 a resource chose. */
    private static boolean unavailable(ContainerResponseContext response) {
        return response.getEntity() instanceof Problem p && ProblemTypes.UNAVAILABLE.equals(p.type());
    }
}
