package nrw.digitalisierungsdashboard.common;

import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The edge of the API, before any resource: security headers on every response (errors included); request bodies
 * limited by the bytes actually read, whatever the framing (Content-Length or chunked); NUL bytes refused in the
 * path, the query and the headers (PostgreSQL cannot store them); and the HTTP layer's own failures answered as
 * problem+json like every other error. The CSP allows no inline script anywhere, Swagger UI included.
 */
@ApplicationScoped
public class HttpHardening {

    private static final Logger LOG = Logger.getLogger(HttpHardening.class);

    /** Swagger UI: scripts only from files of this origin; its styles set inline styles, which stay allowed. */
    private static final String SWAGGER_CSP =
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                    + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /** Answers that depend on who asks, or carry secrets, are never stored by a cache. */
    private static final List<String> PRIVATE = List.of("/api/v1/auth", "/api/v1/admin", "/api/v1/importe");

    private final HttpConfig config;
    private final byte[] swaggerIndex = resource("swagger-ui/index.html");
    private final byte[] swaggerInit = resource("swagger-ui/dashboard-init.js");

    public HttpHardening(HttpConfig config) {
        this.config = config;
    }

    void routes(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::handle);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failure);
        // failures no route handles, e.g. a path that cannot be decoded (%zz) and so matches no route at all
        for (int status : new int[] {400, 401, 403, 404, 405, 408, 413, 414, 415, 431, 500, 501, 503}) {
            router.errorHandler(status, this::failure);
        }
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
        String path = path(ctx);
        ctx.addHeadersEndHandler(v -> headers(ctx, path));
        if (!wellFormed(ctx.request().uri())) {
            // instead of Quarkus' check (switched off in DashboardMain), which answers with an empty body
            problem(
                    ctx,
                    400,
                    ProblemTypes.HTTP,
                    "Ungültige Anfrage",
                    "Die Adresse ist nicht wohlgeformt (z. B. eine ungültige %-Kodierung).",
                    null,
                    false);
            return;
        }
        Problem.InvalidParam nul = nulByte(ctx.request());
        if (nul != null) {
            problem(
                    ctx,
                    400,
                    ProblemTypes.INVALID_PARAMETER,
                    "Ungültiger Parameter",
                    nul.reason(),
                    List.of(nul),
                    false);
            return;
        }
        long limit = path.startsWith("/api/v1/importe") ? config.maxImportBodySize() : config.maxBodySize();
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            long declared = declaredLength(length);
            if (declared > limit) {
                tooLarge(
                        ctx, "Der Inhalt ist " + declared + " Bytes groß; erlaubt sind höchstens " + limit + " Bytes.");
                return;
            }
        } else if (hasBody(ctx.request()) && limit == config.maxBodySize()) {
            // no declared length (chunked): count what arrives and refuse as soon as it passes the limit
            readCounted(ctx, limit);
            return;
        }
        ctx.next();
    }

    // encoded once (the fixed headers in EdgeProblems): these go out with every answer, the cached reads included
    private static final CharSequence SWAGGER_CSP_VALUE = HttpHeaders.createOptimized(SWAGGER_CSP);

    private void headers(RoutingContext ctx, String path) {
        EdgeProblems.securityHeaders(
                ctx.response(),
                path.startsWith("/q/swagger-ui") ? SWAGGER_CSP_VALUE : EdgeProblems.API_CSP_VALUE,
                "https".equalsIgnoreCase(ctx.request().scheme()),
                config.hstsMaxAge());
        if (PRIVATE.stream().anyMatch(path::startsWith)) {
            ctx.response().headers().set("Cache-Control", "no-store");
        }
    }

    private static boolean wellFormed(String uri) {
        try {
            new URI(uri);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A body without declared length (chunked); h2c, whose upgrade would read it unbounded, is off (NoCleartextHttp2). */
    private static boolean hasBody(HttpServerRequest request) {
        HttpMethod m = request.method();
        return m != HttpMethod.GET
                && m != HttpMethod.HEAD
                && m != HttpMethod.OPTIONS
                && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
    }

    /** The normalised path; the raw one when it cannot be decoded (%zz), which is answered with 400 anyway. */
    private static String path(RoutingContext ctx) {
        try {
            return ctx.normalizedPath();
        } catch (IllegalArgumentException e) {
            return ctx.request().path();
        }
    }

    /**
     * Reads a body of unknown length into memory, at most {@code limit} bytes, and hands it on as the routing
     * context's body (read by {@link BufferedBody}); past the limit it answers 413 and closes the connection.
     */
    private void readCounted(RoutingContext ctx, long limit) {
        HttpServerRequest request = ctx.request();
        Buffer body = Buffer.buffer();
        boolean[] refused = {false};
        request.handler(chunk -> {
            if (refused[0]) {
                return;
            }
            if ((long) body.length() + chunk.length() > limit) {
                refused[0] = true;
                tooLarge(ctx, "Der Inhalt überschreitet " + limit + " Bytes.");
                return;
            }
            body.appendBuffer(chunk);
        });
        request.endHandler(v -> {
            if (!refused[0]) {
                ctx.setBody(body);
                ctx.next();
            }
        });
        request.resume();
    }

    private void tooLarge(RoutingContext ctx, String detail) {
        problem(ctx, 413, ProblemTypes.TOO_LARGE, "Inhalt zu groß", detail, null, true);
    }

    /** A NUL byte (%00) in the path, a query parameter or a header value, named; null if there is none. */
    static Problem.InvalidParam nulByte(HttpServerRequest request) {
        String uri = request.uri();
        int q = uri.indexOf('?');
        String rawPath = q < 0 ? uri : uri.substring(0, q);
        String reason = "Das Zeichen U+0000 (NUL, %00) ist nicht erlaubt.";
        if (hasNul(rawPath)) {
            return new Problem.InvalidParam("path", "path", reason);
        }
        if (q >= 0) {
            for (String pair : uri.substring(q + 1).split("&")) {
                if (hasNul(pair)) {
                    int eq = pair.indexOf('=');
                    return new Problem.InvalidParam(decode(eq < 0 ? pair : pair.substring(0, eq)), "query", reason);
                }
            }
        }
        for (Map.Entry<String, String> h : request.headers()) {
            if (h.getValue().indexOf('\0') >= 0) {
                return new Problem.InvalidParam(h.getKey(), "header", reason);
            }
        }
        return null;
    }

    private static boolean hasNul(String raw) {
        return raw.indexOf('\0') >= 0 || raw.toLowerCase(Locale.ROOT).contains("%00");
    }

    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8).replace("\0", "");
        } catch (IllegalArgumentException e) {
            return raw.replace("%00", "");
        }
    }

    /**
     * Failures of the HTTP layer itself (a path that cannot be decoded, a body over the hard limit, an exception in
     * a route handler) answer problem+json with the security headers, like every error of the resources.
     */
    private void failure(RoutingContext ctx) {
        if (ctx.response().ended() || ctx.response().headWritten()) {
            return;
        }
        Throwable f = ctx.failure();
        int status = ctx.statusCode();
        if (f instanceof HttpException http) {
            status = http.getStatusCode();
        } else if (f instanceof AuthenticationFailedException
                || f instanceof io.quarkus.security.UnauthorizedException) {
            status = 401;
            ctx.response().putHeader("WWW-Authenticate", "Bearer");
        } else if (f instanceof io.quarkus.security.ForbiddenException) {
            status = 403;
        }
        DatabaseUnavailableException unavailable = f == null ? null : DatabaseFailures.unavailable(f);
        if (unavailable != null) {
            ctx.response().putHeader("Retry-After", String.valueOf(unavailable.retryAfterSeconds()));
            problem(ctx, 503, ProblemTypes.UNAVAILABLE, EdgeProblems.title(503), unavailable.detail(), null, false);
            return;
        }
        if (status < 400) {
            status = 500;
        }
        String detail = switch (status) {
            case 400 -> "Die Anfrage ist nicht wohlgeformt (z. B. eine Adresse mit ungültiger %-Kodierung).";
            case 401 -> "Für diese Aktion ist eine Anmeldung nötig.";
            case 403 -> "Keine Berechtigung.";
            case 404 -> "Unter diesem Pfad gibt es keine Ressource.";
            case 405 -> "Diese Ressource unterstützt die Methode nicht.";
            case 413 -> "Der Inhalt überschreitet die erlaubte Größe.";
            default -> null;
        };
        if (status >= 500) {
            String id = UUID.randomUUID().toString();
            LOG.errorf(f, "Unerwarteter Fehler %s bei %s", id, path(ctx));
            detail = "Die Anfrage konnte nicht bearbeitet werden. Fehlerkennung: " + id;
        } else if (detail == null) {
            detail = EdgeProblems.title(status) + ".";
        }
        problem(ctx, status, EdgeProblems.type(status), EdgeProblems.title(status), detail, null, status == 413);
    }

    private void problem(
            RoutingContext ctx,
            int status,
            String type,
            String title,
            String detail,
            List<Problem.InvalidParam> errors,
            boolean close) {
        String path;
        try {
            path = ctx.normalizedPath();
        } catch (RuntimeException e) {
            path = null;
        }
        // also when the failure came before handle() registered them (e.g. an undecodable path)
        headers(ctx, path == null ? "" : path);
        EdgeProblems.send(
                ctx.response(), status, type, title, detail, path == null || hasNul(path) ? null : path, errors, close);
    }
}
