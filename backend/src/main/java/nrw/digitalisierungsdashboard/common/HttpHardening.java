package nrw.digitalisierungsdashboard.common;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Security headers on every response (errors included) and request body limits answered with 413 problem+json
 * before a body is read. The CSP allows no inline script anywhere, Swagger UI included.
 */
@ApplicationScoped
public class HttpHardening {

    private static final String API_CSP =
            "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    /** Swagger UI: scripts only from files of this origin; its styles set inline styles, which stay allowed. */
    private static final String SWAGGER_CSP =
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                    + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private final HttpConfig config;
    private final byte[] swaggerIndex = resource("swagger-ui/index.html");
    private final byte[] swaggerInit = resource("swagger-ui/dashboard-init.js");

    public HttpHardening(HttpConfig config) {
        this.config = config;
    }

    void routes(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::handle);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failure);
        // Swagger UI's own start page carries inline scripts; ours loads the same UI from a file instead.
        for (String page : new String[] {"/q/swagger-ui/", "/q/swagger-ui/index.html"}) {
            router.get(page)
                    .order(Integer.MIN_VALUE + 1)
                    .handler(ctx -> send(ctx, swaggerIndex, "text/html;charset=UTF-8"));
        }
        router.get("/q/swagger-ui/dashboard-init.js")
                .order(Integer.MIN_VALUE + 1)
                .handler(ctx -> send(ctx, swaggerInit, "text/javascript;charset=UTF-8"));
    }

    private static void send(RoutingContext ctx, byte[] body, String type) {
        ctx.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, type)
                .putHeader("Cache-Control", "no-cache")
                .end(Buffer.buffer(body));
    }

    private static byte[] resource(String path) {
        try (InputStream in = HttpHardening.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Fehlt im Paket: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        ctx.addHeadersEndHandler(v -> headers(ctx, path));
        if (tooLarge(ctx, path)) {
            return;
        }
        ctx.next();
    }

    // encoded once: these go out with every answer, the cached public reads included
    private static final CharSequence CSP = HttpHeaders.createOptimized("Content-Security-Policy");
    private static final CharSequence API_CSP_VALUE = HttpHeaders.createOptimized(API_CSP);
    private static final CharSequence SWAGGER_CSP_VALUE = HttpHeaders.createOptimized(SWAGGER_CSP);
    private static final CharSequence[][] FIXED = {
        {"X-Content-Type-Options", "nosniff"},
        {"Referrer-Policy", "no-referrer"},
        {"X-Frame-Options", "DENY"},
        {"Cross-Origin-Opener-Policy", "same-origin"},
        {"Permissions-Policy", "camera=(), microphone=(), geolocation=()"}
    };

    static {
        for (CharSequence[] header : FIXED) {
            header[0] = HttpHeaders.createOptimized(header[0].toString());
            header[1] = HttpHeaders.createOptimized(header[1].toString());
        }
    }

    private void headers(RoutingContext ctx, String path) {
        HttpServerResponse r = ctx.response();
        r.headers().set(CSP, path.startsWith("/q/swagger-ui") ? SWAGGER_CSP_VALUE : API_CSP_VALUE);
        for (CharSequence[] header : FIXED) {
            r.headers().set(header[0], header[1]);
        }
        if ("https".equalsIgnoreCase(ctx.request().scheme())) {
            r.headers().set("Strict-Transport-Security", "max-age=" + config.hstsMaxAge() + "; includeSubDomains");
        }
    }

    private boolean tooLarge(RoutingContext ctx, String path) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return false;
        }
        long limit = path.startsWith("/api/v1/importe") ? config.maxImportBodySize() : config.maxBodySize();
        long declared;
        try {
            declared = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return false;
        }
        if (declared <= limit) {
            return false;
        }
        problem(
                ctx,
                413,
                "Inhalt zu groß",
                "Der Inhalt ist " + declared + " Bytes groß; erlaubt sind höchstens " + limit + " Bytes.");
        return true;
    }

    /** The HTTP layer's own refusals (e.g. a chunked body over the hard limit) answer problem+json as well. */
    private void failure(RoutingContext ctx) {
        int status = ctx.statusCode();
        if (status == 413) {
            problem(ctx, 413, "Inhalt zu groß", "Der Inhalt überschreitet die erlaubte Größe.");
            return;
        }
        ctx.next();
    }

    private static void problem(RoutingContext ctx, int status, String title, String detail) {
        if (ctx.response().ended()) {
            return;
        }
        String body = "{\"type\":\"" + ProblemTypes.TOO_LARGE + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail.replace("\"", "'") + "\",\"instance\":\""
                + ctx.normalizedPath().replace("\"", "") + "\"}";
        ctx.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }
}
