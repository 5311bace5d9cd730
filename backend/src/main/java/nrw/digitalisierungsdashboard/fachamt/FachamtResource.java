package nrw.digitalisierungsdashboard.fachamt;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nrw.digitalisierungsdashboard.common.Page;
import nrw.digitalisierungsdashboard.common.PageRequest;
import nrw.digitalisierungsdashboard.common.http.PublicRead;
import nrw.digitalisierungsdashboard.common.tabelle.Formate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@PublicRead
@Path("/api/v1/fachaemter")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Fachämter")
public class FachamtResource {

    private final FachamtService service;

    public FachamtResource(FachamtService service) {
        this.service = service;
    }

    @GET
    @Operation(
            operationId = "listFachaemter",
            summary = "Fachämter",
            description = "Die Standardliste der Fachämter, nach der Leistungen ihren Fachämtern zugeordnet werden.")
    @Extension(name = Formate.EXTENSION, value = "csv,xlsx")
    public Page<Fachamt> list(@BeanParam PageRequest page) {
        return Page.slice(service.list(), page);
    }
}
