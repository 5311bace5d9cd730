package nrw.digitalisierungsdashboard.common;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Load shedding: at most so many requests per class are in the resources at once (from here, on the event loop,
 * until their response ends). The next one is refused at once with 503 and Retry-After instead of queueing for a
 * worker thread or a database connection until it times out. Answers served before the resources (e.g. from a
 * cache) are not counted. Classes: reads, writes, imports (long uploads, so they cannot take all write slots).
 */
@Singleton
public class Admission {

    private static final Logger LOG = Logger.getLogger(Admission.class);

    enum Klasse {
        READ,
        WRITE,
        IMPORT
    }

    /** Resolved at the first request: filters are created while the application is built, before config is. */
    private final Instance<HttpConfig> http;

    private volatile HttpConfig.Admission config;
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicInteger writes = new AtomicInteger();
    private final AtomicInteger imports = new AtomicInteger();

    public Admission(Instance<HttpConfig> http) {
        this.http = http;
    }

    private HttpConfig.Admission config() {
        HttpConfig.Admission c = config;
        if (c == null) {
            c = http.get().admission();
            config = c;
        }
        return c;
    }

    @ServerRequestFilter(preMatching = true)
    public Response admit(ContainerRequestContext request, RoutingContext ctx) {
        Klasse klasse = klasse(request.getMethod(), ctx.normalizedPath());
        AtomicInteger inFlight = counter(klasse);
        HttpConfig.Admission config = config();
        int limit = limit(config, klasse);
        if (inFlight.incrementAndGet() > limit) {
            inFlight.decrementAndGet();
            LOG.debugf("Überlast: %s-Anfrage abgewiesen (%d gleichzeitig erlaubt)", klasse, limit);
            return Response.status(503)
                    .type(ProblemTypes.PROBLEM_JSON)
                    .header("Retry-After", String.valueOf(config.retryAfter().toSeconds()))
                    .header("Cache-Control", "no-store")
                    .entity(new Problem(
                            ProblemTypes.UNAVAILABLE,
                            "Vorübergehend nicht verfügbar",
                            503,
                            "Der Dienst ist gerade ausgelastet. Bitte in "
                                    + config.retryAfter().toSeconds() + " Sekunden erneut versuchen.",
                            ctx.normalizedPath(),
                            null))
                    .build();
        }
        // once per request, whether it ends normally, fails or the client goes away
        ctx.addEndHandler(v -> inFlight.decrementAndGet());
        return null;
    }

    static Klasse klasse(String method, String path) {
        if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
            return Klasse.READ;
        }
        return path.startsWith("/api/v1/importe") ? Klasse.IMPORT : Klasse.WRITE;
    }

    private AtomicInteger counter(Klasse k) {
        return switch (k) {
            case READ -> reads;
            case WRITE -> writes;
            case IMPORT -> imports;
        };
    }

    private static int limit(HttpConfig.Admission config, Klasse k) {
        return switch (k) {
            case READ -> config.maxReads();
            case WRITE -> config.maxWrites();
            case IMPORT -> config.maxImports();
        };
    }

    /** Requests of each class in the resources now (for tests and metrics). */
    public int inFlight(String klasse) {
        return counter(Klasse.valueOf(klasse)).get();
    }
}
