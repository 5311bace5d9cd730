package nrw.digitalisierungsdashboard.common.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Serves a public answer that is already rendered for the current data generation straight from the event loop:
 * no worker thread, no transaction, no serialisation. Anything else goes on to the resources, which render it (and
 * {@link ConditionalReads} keeps it for the next reader).
 */
@ApplicationScoped
public class FastReads {

    static final int ORDER = CorsPolicy.ORDER + 1;

    private static final CharSequence VARY_VALUE = HttpHeaders.createOptimized("Accept, Accept-Encoding, Origin");
    private static final CharSequence GZIP = HttpHeaders.createOptimized("gzip");
    private static final CharSequence BR = HttpHeaders.createOptimized("br");

    private final ReadCache cache;
    private final DataVersion version;
    private final CharSequence cacheControl;

    public FastReads(ReadCache cache, DataVersion version, PublicHttpConfig config) {
        this.cache = cache;
        this.version = version;
        this.cacheControl = HttpHeaders.createOptimized(ConditionalReads.publicCacheControl(config));
    }

    void routes(@Observes Router router) {
        router.route().order(ORDER).handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        HttpMethod method = request.method();
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            ctx.next();
            return;
        }
        String uri = request.uri();
        if (!uri.startsWith("/api/v1/")) {
            ctx.next();
            return;
        }
        // the generation before anything is read: an answer rendered from later data is stored under the older
        // one at worst, which only costs a render, never a stale read
        ctx.put(ConditionalReads.GENERATION, version.current());
        CachedAnswer answer = acceptsJson(request) ? cache.current(uri) : null;
        if (answer == null) {
            ctx.next();
            return;
        }
        RouteTemplate.set(ctx, answer.pathTemplate());
        serve(request, ctx.response(), answer, method == HttpMethod.HEAD);
    }

    private void serve(HttpServerRequest request, HttpServerResponse response, CachedAnswer a, boolean head) {
        var headers = response.headers();
        headers.set(HttpHeaders.ETAG, a.etag());
        headers.set(HttpHeaders.LAST_MODIFIED, a.lastModified());
        headers.set(HttpHeaders.CACHE_CONTROL, cacheControl);
        headers.set(HttpHeaders.VARY, VARY_VALUE);
        if (a.link() != null) {
            headers.set("Link", a.link());
        }
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null
                ? ConditionalReads.matches(ifNoneMatch, a.etag())
                : ConditionalReads.notModifiedSince(
                        request.getHeader(HttpHeaders.IF_MODIFIED_SINCE), version.lastModified())) {
            response.setStatusCode(304).end();
            return;
        }
        headers.set(HttpHeaders.CONTENT_TYPE, a.contentType());
        Buffer body = a.identity();
        String acceptEncoding = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        if (acceptEncoding != null && a.gzip() == null) {
            cache.compressSoon(request.uri(), a); // meanwhile the HTTP layer compresses this one on the fly
            if (refusesBrotli(acceptEncoding)) {
                // except where br is refused (q=0): Netty's compressor would still choose it
                if (accepts(acceptEncoding, "gzip") && body.length() >= Compression.MIN_BYTES) {
                    headers.set(HttpHeaders.CONTENT_ENCODING, GZIP);
                    body = Buffer.buffer(Compression.gzip(body.getBytes()));
                } else {
                    headers.set(HttpHeaders.CONTENT_ENCODING, HttpHeaders.IDENTITY);
                }
            }
        } else if (acceptEncoding != null) {
            if (a.brotli() != null && accepts(acceptEncoding, "br")) {
                headers.set(HttpHeaders.CONTENT_ENCODING, BR);
                body = a.brotli();
            } else if (a.gzip() != null && accepts(acceptEncoding, "gzip")) {
                headers.set(HttpHeaders.CONTENT_ENCODING, GZIP);
                body = a.gzip();
            }
        }
        if (head) {
            headers.set(HttpHeaders.CONTENT_LENGTH, String.valueOf(body.length()));
            response.end();
        } else {
            response.end(body);
        }
    }

    /** Only JSON is cached: a client asking for CSV, XLSX, Turtle or Atom goes to the resources. */
    static boolean acceptsJson(HttpServerRequest request) {
        if (request.query() != null && request.query().contains("format=")) {
            return false;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank()) {
            return true;
        }
        // a client that names another format (CSV, XLSX, Atom, RDF, …) at all is negotiated by the resources, even
        // where it also admits JSON with a lower q
        String a = accept.toLowerCase(java.util.Locale.ROOT);
        for (String other : OTHER_FORMATS) {
            if (a.contains(other)) {
                return false;
            }
        }
        return a.contains("application/json") || a.contains("*/*");
    }

    private static final String[] OTHER_FORMATS = {
        "text/csv", "spreadsheetml", "atom+xml", "turtle", "rdf+xml", "ld+json", "gzip"
    };

    private static final java.util.regex.Pattern NAMES_BR = java.util.regex.Pattern.compile("(^|[\\s,])br\\s*(;|,|$)");

    /** br named, but with {@code q=0}. */
    static boolean refusesBrotli(String acceptEncoding) {
        return !accepts(acceptEncoding, "br")
                && NAMES_BR.matcher(acceptEncoding).find();
    }

    /** A coding is acceptable when named without {@code q=0} (RFC 9110, 12.5.3). */
    static boolean accepts(String acceptEncoding, String coding) {
        int i = acceptEncoding.indexOf(coding);
        while (i >= 0) {
            boolean start = i == 0 || acceptEncoding.charAt(i - 1) == ' ' || acceptEncoding.charAt(i - 1) == ',';
            int end = i + coding.length();
            boolean whole = end == acceptEncoding.length()
                    || acceptEncoding.charAt(end) == ','
                    || acceptEncoding.charAt(end) == ';'
                    || acceptEncoding.charAt(end) == ' ';
            if (start && whole) {
                int comma = acceptEncoding.indexOf(',', end);
                String params = acceptEncoding.substring(end, comma < 0 ? acceptEncoding.length() : comma);
                return !params.replace(" ", "").matches(";q=0(\\.0*)?");
            }
            i = acceptEncoding.indexOf(coding, i + 1);
        }
        return false;
    }
}
