package nrw.digitalisierungsdashboard.common;

import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.quarkus.vertx.http.HttpServerStart;
import io.vertx.core.Handler;
import io.vertx.core.Verticle;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.impl.Deployment;
import io.vertx.core.impl.VertxInternal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Requests HTTP/1.1 itself cannot parse – a request line over the limit (414), headers over the limit (431), a
 * malformed request line (400) – never reach a route: Vert.x answers them with an empty body. Quarkus creates its
 * HTTP servers without a hook for that answer, so once they listen this puts ours in place (a problem+json with the
 * security headers, like every other error). Vert.x reads the handler per connection, so it applies from the next
 * connection on; should Vert.x's internals change, this logs a warning and the test of these answers fails.
 */
@ApplicationScoped
public class InvalidRequests {

    private static final Logger LOG = Logger.getLogger(InvalidRequests.class);

    private final Vertx vertx;
    private final HttpConfig config;
    private volatile boolean installed;

    public InvalidRequests(Vertx vertx, HttpConfig config) {
        this.vertx = vertx;
        this.config = config;
    }

    void started(@ObservesAsync HttpServerStart event) {
        // every 250 ms for up to a minute: on a loaded machine the verticles' servers may listen only seconds later
        install(240);
    }

    /** True once every HTTP server answers unparseable requests with a problem (moments after the start). */
    public boolean installed() {
        return installed;
    }

    /** The servers of all verticle instances; those not listening yet are retried a moment later. */
    private void install(int attemptsLeft) {
        int pending;
        try {
            List<Object> handlers = connectionHandlers();
            // no server at all yet: the verticles' deployment is not registered when the start event comes early
            pending = handlers.isEmpty() ? 1 : 0;
            for (Object handler : handlers) {
                if (handler == null) {
                    pending++;
                } else {
                    replace(handler);
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warnf("Antworten auf fehlerhafte HTTP-Anfragen bleiben leer (Vert.x-Interna geändert?): %s", e);
            return;
        }
        installed = pending == 0;
        if (pending > 0 && attemptsLeft > 0) {
            vertx.setTimer(250, id -> install(attemptsLeft - 1));
        } else if (pending > 0) {
            LOG.warnf("%d HTTP-Server hören noch nicht; ihre Antworten auf fehlerhafte Anfragen bleiben leer", pending);
        }
    }

    private List<Object> connectionHandlers() throws ReflectiveOperationException {
        List<Object> result = new ArrayList<>();
        VertxInternal internal = (VertxInternal) vertx;
        for (String id : internal.deploymentIDs()) {
            Deployment deployment = internal.getDeployment(id);
            if (deployment == null) {
                continue;
            }
            for (Verticle verticle : deployment.getVerticles()) {
                if (!verticle.getClass().getName().endsWith("WebDeploymentVerticle")) {
                    continue;
                }
                for (String name : new String[] {"httpServer", "httpsServer"}) {
                    Object server = read(verticle, verticle.getClass(), name);
                    if (server == null && name.equals("httpServer")) {
                        // an instance whose start has not run yet: its server comes, so it counts as pending (it
                        // once went unnoticed, and the connections it took got empty answers)
                        result.add(null);
                    } else if (server instanceof HttpServer) {
                        Object worker = read(server, findDeclaring(server.getClass(), "childHandler"), "childHandler");
                        result.add(worker == null ? null : read(worker, worker.getClass(), "connectionHandler"));
                    }
                }
            }
        }
        return result;
    }

    private void replace(Object connectionHandler) throws ReflectiveOperationException {
        Field f = connectionHandler.getClass().getDeclaredField("invalidRequestHandler");
        f.setAccessible(true);
        if (!(f.get(connectionHandler) instanceof Answer)) {
            f.set(connectionHandler, new Answer(config.hstsMaxAge()));
        }
    }

    private static Object read(Object target, Class<?> declaring, String name) throws ReflectiveOperationException {
        Field f = declaring.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(target);
    }

    private static Class<?> findDeclaring(Class<?> type, String field) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getName().equals(field)) {
                    return c;
                }
            }
        }
        throw new NoSuchFieldException(field);
    }

    /** The answer itself: what Vert.x would send (status by cause), with a problem body; then the connection closes. */
    static final class Answer implements Handler<HttpServerRequest> {

        private final long hstsMaxAge;

        Answer(long hstsMaxAge) {
            this.hstsMaxAge = hstsMaxAge;
        }

        @Override
        public void handle(HttpServerRequest request) {
            Throwable cause = request.decoderResult().cause();
            int status = cause instanceof TooLongHttpLineException
                    ? 414
                    : cause instanceof TooLongHttpHeaderException ? 431 : 400;
            String detail = switch (status) {
                case 414 -> "Die Adresse (Anfragezeile) ist länger als erlaubt. Filter bitte kürzer fassen.";
                case 431 -> "Die Kopfzeilen der Anfrage sind größer als erlaubt.";
                default -> "Die Anfrage ist kein gültiges HTTP/1.1.";
            };
            EdgeProblems.securityHeaders(request.response(), EdgeProblems.API_CSP_VALUE, false, hstsMaxAge);
            EdgeProblems.send(
                    request.response(),
                    status,
                    ProblemTypes.HTTP,
                    EdgeProblems.title(status),
                    detail,
                    null,
                    null,
                    true);
            request.response().close();
        }
    }
}
