package nrw.digitalisierungsdashboard.auth;

import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

/** The client's address as the HTTP layer sees it (forwarded headers only when the proxy is trusted). */
public final class ClientAddress {

    private ClientAddress() {}

    public static String of(RoutingContext context) {
        SocketAddress remote = context.request().remoteAddress();
        return remote == null ? "unbekannt" : remote.hostAddress();
    }
}
