package nrw.digitalisierungsdashboard.common.tabelle;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import nrw.digitalisierungsdashboard.common.InvalidParameterException;

/**
 * {@code ?format=csv|xlsx|atom|…} does what the matching Accept header does, so a plain link can download a file. It
 * replaces the Accept header before the request is matched; an operation without that format answers 406.
 */
@Provider
@PreMatching
public class FormatFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        List<String> values = request.getUriInfo().getQueryParameters().get("format");
        if (values == null || values.isEmpty()) {
            return;
        }
        String format = values.get(0).trim().toLowerCase(Locale.ROOT);
        String mediaType = Formate.PARAMETER.get(format);
        if (mediaType == null) {
            throw InvalidParameterException.query(
                    "format",
                    "Unbekanntes Format „" + values.get(0) + "“; erlaubt: "
                            + String.join(", ", Formate.PARAMETER.keySet()) + ".");
        }
        request.getHeaders().putSingle(HttpHeaders.ACCEPT, mediaType);
    }
}
