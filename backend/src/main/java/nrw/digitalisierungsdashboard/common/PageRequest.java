package nrw.digitalisierungsdashboard.common;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The one pagination style of the API: {@code page} (from 0) and {@code size} (1 to 500, default 50).
 * Taken as text and parsed here so that a wrong value is a 400 problem naming the parameter, not a JAX-RS 404.
 */
public class PageRequest {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    @QueryParam("page")
    @Parameter(
            description = "Seite, beginnend bei 0.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
    String page;

    @QueryParam("size")
    @Parameter(
            description = "Einträge je Seite, höchstens 500.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "50"))
    String size;

    public PageRequest() {}

    public static PageRequest of(Integer page, Integer size) {
        PageRequest r = new PageRequest();
        r.page = page == null ? null : page.toString();
        r.size = size == null ? null : size.toString();
        return r;
    }

    public int page() {
        return Params.intInRange("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE);
    }

    public int size() {
        return Params.intInRange("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
    }

    public int offset() {
        return page() * size();
    }
}
