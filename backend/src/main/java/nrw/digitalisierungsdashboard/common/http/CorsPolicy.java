package nrw.digitalisierungsdashboard.common.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import java.util.stream.Collectors;
import nrw.digitalisierungsdashboard.common.Problem;
import nrw.digitalisierungsdashboard.common.ProblemTypes;

/**
 * Cross-origin rules. Reading is open: every origin (also {@code null}) may GET and HEAD the API without credentials
 * ({@code Access-Control-Allow-Origin: *}). Credentials and writes are the dashboard's own: only the configured
 * origins get their origin echoed with {@code Allow-Credentials}, and a write from any other origin is refused
 * with 403 before it reaches a resource. Answers vary by Origin, so a shared cache never hands the wildcard answer
 * to the dashboard or the other way round.
 */
@ApplicationScoped
public class CorsPolicy {

    static final int ORDER = Integer.MIN_VALUE + 2;

    private static final CharSequence ALLOW_ORIGIN = HttpHeaders.createOptimized("Access-Control-Allow-Origin");
    private static final CharSequence ALLOW_CREDENTIALS =
            HttpHeaders.createOptimized("Access-Control-Allow-Credentials");
    private static final CharSequence EXPOSE = HttpHeaders.createOptimized("Access-Control-Expose-Headers");
    private static final CharSequence STAR = HttpHeaders.createOptimized("*");
    private static final CharSequence TRUE = HttpHeaders.createOptimized("true");
    private static final CharSequence EXPOSED = HttpHeaders.createOptimized(
            "ETag, Last-Modified, Link, Location, Retry-After, Content-Disposition, X-Lizenz, X-Stand, X-Quelle, X-Stand-Veraltet");
    private static final String DASHBOARD_HEADERS =
            "Content-Type, Accept, If-Match, If-None-Match, If-Modified-Since, " + "Authorization, X-CSRF-Token";
    private static final String READ_HEADERS = "Accept, If-None-Match, If-Modified-Since, Authorization";
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final Set<String> dashboardOrigins;

    public CorsPolicy(PublicHttpConfig config) {
        this.dashboardOrigins = config.corsOrigins().stream()
                .map(String::trim)
                .filter(o -> !o.isEmpty())
                .map(o -> o.endsWith("/") ? o.substring(0, o.length() - 1) : o)
                .collect(Collectors.toUnmodifiableSet());
    }

    void routes(@Observes Router router) {
        router.route().order(ORDER).handler(this::handle);
    }

    boolean isDashboardOrigin(String origin) {
        return origin != null && dashboardOrigins.contains(origin);
    }

    private void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String path = request.path();
        if (!path.startsWith("/api/") && !path.startsWith("/q/openapi")) {
            ctx.next();
            return;
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        boolean dashboard = isDashboardOrigin(origin);
        HttpMethod method = request.method();
        if (method == HttpMethod.OPTIONS && request.getHeader("Access-Control-Request-Method") != null) {
            preflight(ctx, origin, dashboard);
            return;
        }
        if (origin == null) {
            // not a browser's cross-origin call: no CORS headers (answers say Vary: Origin for shared caches)
            ctx.next();
            return;
        }
        if (!dashboard && !SAFE.contains(method)) {
            refuse(ctx, origin);
            return;
        }
        ctx.addHeadersEndHandler(v -> allow(ctx.response(), origin, dashboard));
        ctx.next();
    }

    static void allow(HttpServerResponse response, String origin, boolean dashboard) {
        var headers = response.headers();
        if (dashboard) {
            headers.set(ALLOW_ORIGIN, origin);
            headers.set(ALLOW_CREDENTIALS, TRUE);
        } else {
            headers.set(ALLOW_ORIGIN, STAR);
        }
        headers.set(EXPOSE, EXPOSED);
        String vary = headers.get(HttpHeaders.VARY);
        if (vary == null) {
            headers.set(HttpHeaders.VARY, HttpHeaders.ORIGIN);
        } else if (!vary.contains("Origin")) {
            headers.set(HttpHeaders.VARY, vary + ", Origin");
        }
    }

    private void preflight(RoutingContext ctx, String origin, boolean dashboard) {
        HttpServerResponse r = ctx.response();
        String requested = ctx.request().getHeader("Access-Control-Request-Method");
        boolean read = "GET".equalsIgnoreCase(requested) || "HEAD".equalsIgnoreCase(requested);
        r.headers().set(HttpHeaders.VARY, "Origin, Access-Control-Request-Method, Access-Control-Request-Headers");
        if (dashboard) {
            r.putHeader(ALLOW_ORIGIN, origin)
                    .putHeader(ALLOW_CREDENTIALS, TRUE)
                    .putHeader("Access-Control-Allow-Methods", "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS")
                    .putHeader("Access-Control-Allow-Headers", DASHBOARD_HEADERS)
                    .putHeader("Access-Control-Max-Age", "3600");
        } else if (read) {
            r.putHeader(ALLOW_ORIGIN, STAR)
                    .putHeader("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
                    .putHeader("Access-Control-Allow-Headers", READ_HEADERS)
                    .putHeader("Access-Control-Max-Age", "86400");
        } else {
            refuse(ctx, origin);
            return;
        }
        r.setStatusCode(204).end();
    }

    private static void refuse(RoutingContext ctx, String origin) {
        String body =
                "{\"type\":\"" + ProblemTypes.FORBIDDEN + "\",\"title\":\"Herkunft nicht zugelassen\",\"status\":403,"
                        + "\"detail\":\"Von dieser Herkunft (Origin) darf nur gelesen werden; schreiben darf nur das Dashboard.\","
                        + "\"instance\":\"" + ctx.request().path().replace("\"", "") + "\"}";
        ctx.response()
                .setStatusCode(403)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.VARY, HttpHeaders.ORIGIN)
                .end(body);
    }
}
