package nrw.digitalisierungsdashboard.common.tabelle;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import java.lang.reflect.Method;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * After matching: the chosen read must produce a format the client accepts. Where a path has a JSON and a download
 * operation, RESTEasy picks one of them even for a format neither has (Atom on {@code /themenfelder} came back as
 * CSV); such a request gets 406 instead of a format it did not ask for.
 */
public class ProducesCheck {

    @ServerRequestFilter
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        String method = request.getMethod();
        if (!("GET".equals(method) || "HEAD".equals(method))
                || !request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        Produces produces = produces(resource);
        if (produces == null) {
            return;
        }
        List<MediaType> acceptable = request.getAcceptableMediaTypes();
        for (String value : produces.value()) {
            for (String part : value.split(",")) {
                MediaType produced = MediaType.valueOf(part.trim());
                for (MediaType accepted : acceptable) {
                    if (!refused(accepted) && accepted.isCompatible(produced)) {
                        return;
                    }
                }
            }
        }
        throw new NotAcceptableException();
    }

    private static Produces produces(ResourceInfo resource) {
        Method m = resource.getResourceMethod();
        if (m == null) {
            return null;
        }
        Produces p = m.getAnnotation(Produces.class);
        return p != null || resource.getResourceClass() == null
                ? p
                : resource.getResourceClass().getAnnotation(Produces.class);
    }

    /** {@code q=0}: named, but not acceptable (RFC 9110, 12.4.2). */
    private static boolean refused(MediaType m) {
        String q = m.getParameters().get("q");
        if (q == null) {
            return false;
        }
        try {
            return Double.parseDouble(q) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
