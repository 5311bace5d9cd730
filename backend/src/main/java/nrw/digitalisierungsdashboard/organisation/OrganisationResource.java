package nrw.digitalisierungsdashboard.organisation;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Organisationen", description = "IT-Dienstleister, Kommunen, KDN, d-NRW, Ministerium, Spitzenverbände")
public class OrganisationResource {

    private final OrganisationService service;

    public OrganisationResource(OrganisationService service) {
        this.service = service;
    }

    @GET
    @Path("/organisationen")
    @Operation(operationId = "listOrganisationen", summary = "Organisationen filtern und suchen")
    @Extension(name = Formate.EXTENSION, value = "csv,xlsx")
    public Page<Organisation> list(
            @Parameter(description = "Art der Organisation", schema = @Schema(implementation = OrganisationTyp.class))
                    @QueryParam("typ")
                    String typ,
            @Parameter(
                            description = "Suche in Name, Kurzname und Ort (Wortanfänge genügen)",
                            schema = @Schema(type = SchemaType.STRING))
                    @QueryParam("q")
                    String q,
            @Parameter(
                            description = "Sortierung: name, typ, id; mit - davor absteigend. Ohne Angabe: nach Name.",
                            schema = @Schema(type = SchemaType.STRING))
                    @QueryParam("sort")
                    String sort,
            @BeanParam PageRequest page) {
        return service.list(typ, q, sort, page);
    }

    @GET
    @Path("/organisationstypen")
    @Operation(
            operationId = "countOrganisationTypen",
            summary = "Zahl der Organisationen je Art",
            description = "Für Reiter mit Zahlen; mit q die Treffer derselben Suche wie /organisationen.")
    public OrganisationTypen typen(
            @Parameter(
                            description = "Suche in Name, Kurzname und Ort (Wortanfänge genügen)",
                            schema = @Schema(type = SchemaType.STRING))
                    @QueryParam("q")
                    String q) {
        return service.typen(q);
    }

    @GET
    @Path("/organisationen/{id}")
    @Operation(operationId = "getOrganisation", summary = "Eine Organisation")
    public Organisation get(
            @Parameter(
                            description = "ID der Organisation",
                            schema = @Schema(type = SchemaType.STRING, examples = "civitec"))
                    @PathParam("id")
                    String id) {
        return service.get(id);
    }
}
