package nrw.digitalisierungsdashboard.basiskomponente;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nrw.digitalisierungsdashboard.common.Page;
import nrw.digitalisierungsdashboard.common.PageRequest;
import nrw.digitalisierungsdashboard.common.http.PublicRead;
import nrw.digitalisierungsdashboard.common.tabelle.Formate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@PublicRead
@Path("/api/v1/basiskomponenten")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Basiskomponenten")
public class BasiskomponenteResource {

    private final BasiskomponenteService service;

    public BasiskomponenteResource(BasiskomponenteService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listBasiskomponenten", summary = "Basiskomponenten")
    @Extension(name = Formate.EXTENSION, value = "csv,xlsx")
    public Page<Basiskomponente> list(@BeanParam PageRequest page) {
        return Page.slice(service.list(), page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getBasiskomponente", summary = "Eine Basiskomponente")
    public Basiskomponente get(
            @Parameter(
                            description = "ID der Basiskomponente",
                            schema = @Schema(type = SchemaType.STRING, examples = "epaybl"))
                    @PathParam("id")
                    String id) {
        return service.get(id);
    }
}
