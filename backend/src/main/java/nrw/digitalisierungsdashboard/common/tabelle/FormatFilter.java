package nrw.digitalisierungsdashboard.common.tabelle;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import nrw.digitalisierungsdashboard.common.InvalidParameterException;

/**
 * {@code ?format=csv|xlsx|atom|…} does what the matching Accept header does, so a plain link can download a file. It
 * replaces the Accept header before the request is matched; an operation without that format answers 406. JSON is the
 * default: an Accept header that names none of the other formats but admits JSON (e.g. {@code *}{@code /*} or a
 * browser's) is read as JSON first, so the choice never depends on the order in which operations were registered.
 */
@Provider
@PreMatching
public class FormatFilter implements ContainerRequestFilter {

    private static final String JSON_ZUERST = "application/json, */*;q=0.1";

    /** One of the formats besides JSON, named explicitly. */
    private static boolean alternative(MediaType m) {
        if (m.isWildcardType() || m.isWildcardSubtype()) {
            return false;
        }
        String type = (m.getType() + "/" + m.getSubtype()).toLowerCase(Locale.ROOT);
        return Formate.PARAMETER.containsValue(type) && !"application/json".equals(type) || Formate.GZIP.equals(type);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        // only reads are downloads: a write's own "format" parameter (the import file's format) is not ours
        if (!request.getUriInfo().getPath().startsWith("/api/")
                || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            return;
        }
        List<String> values = request.getUriInfo().getQueryParameters().get("format");
        if (values == null || values.isEmpty()) {
            List<MediaType> acceptable = request.getAcceptableMediaTypes();
            if (acceptable.stream().noneMatch(FormatFilter::alternative)) {
                // a client that admits neither JSON nor one of the other formats (e.g. only PDF) gets 406, not a
                // format it did not ask for
                if (acceptable.stream().noneMatch(m -> m.isCompatible(MediaType.APPLICATION_JSON_TYPE))) {
                    throw new NotAcceptableException();
                }
                request.getHeaders().putSingle(HttpHeaders.ACCEPT, JSON_ZUERST);
            }
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
