package nrw.digitalisierungsdashboard.common.http;

import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.RoutingContext;

/**
 * The route template ("/api/v1/leistungen/{ozgId}") the HTTP metrics count a request under. The REST layer keeps it in
 * the request's Vert.x context; an answer served from the read cache never reaches the REST layer, so it brings the
 * template along, else every concrete path would become its own metric series.
 */
final class RouteTemplate {

    // the key quarkus-rest's observability handler and the micrometer binder share
    private static final String KEY = "UrlPathTemplate";

    private RouteTemplate() {}

    static String of(RoutingContext ctx) {
        return ctx.request() instanceof HttpServerRequestInternal r
                ? r.context().getLocal(KEY)
                : null;
    }

    static void set(RoutingContext ctx, String template) {
        if (template != null && ctx.request() instanceof HttpServerRequestInternal r) {
            r.context().putLocal(KEY, template);
        }
    }
}
