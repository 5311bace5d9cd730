package nrw.digitalisierungsdashboard.common;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.io.ByteArrayInputStream;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A body {@link HttpHardening} has read already (one without declared length, counted against the limit) becomes
 * the request's entity stream; the resource then reads it as if it came from the connection.
 */
public class BufferedBody {

    @ServerRequestFilter(preMatching = true)
    public void use(ContainerRequestContext request, RoutingContext ctx) {
        Buffer body = ctx.body() == null ? null : ctx.body().buffer();
        if (body != null) {
            request.setEntityStream(new ByteArrayInputStream(body.getBytes()));
        }
    }
}
