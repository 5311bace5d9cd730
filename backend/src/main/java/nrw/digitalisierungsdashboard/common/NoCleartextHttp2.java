package nrw.digitalisierungsdashboard.common;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * No HTTP/2 over plain HTTP (h2c): its upgrade reads a request's whole body before any route runs, past the body
 * limit HttpHardening counts. Clients speak HTTP/1.1 to the backend; HTTP/2 over TLS (ALPN) stays as configured.
 */
@ApplicationScoped
public class NoCleartextHttp2 implements HttpServerOptionsCustomizer {

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setHttp2ClearTextEnabled(false);
    }
}
