package nrw.digitalisierungsdashboard.katalog;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nrw.digitalisierungsdashboard.aenderungen.Aenderung;
import nrw.digitalisierungsdashboard.aenderungen.AuditService;
import nrw.digitalisierungsdashboard.common.ETags;
import nrw.digitalisierungsdashboard.common.Page;
import nrw.digitalisierungsdashboard.common.PageRequest;
import nrw.digitalisierungsdashboard.common.Versioned;
import nrw.digitalisierungsdashboard.common.http.PublicRead;
import nrw.digitalisierungsdashboard.common.tabelle.Formate;
import nrw.digitalisierungsdashboard.identity.Rolle;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The OZG catalogue (Fassung 2019): Themenfelder, Lagen, Leistungen, LeiKa rows, Typisierungen. */
@PublicRead
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Katalog", description = "Der OZG-Leistungskatalog (Fassung 2019)")
public class KatalogResource {

    private final KatalogService service;
    private final AuditService audit;

    public KatalogResource(KatalogService service, AuditService audit) {
        this.service = service;
        this.audit = audit;
    }

    @GET
    @Path("/themenfelder")
    @Operation(
            operationId = "listThemenfelder",
            summary = "Themenfelder",
            description = "Die 14 Themenfelder mit der Zahl ihrer Lagen und Leistungen, nach Name sortiert.")
    @Extension(name = Formate.EXTENSION, value = "csv,xlsx")
    public Page<Themenfeld> themenfelder(@BeanParam PageRequest page) {
        return Page.slice(service.themenfelder(), page);
    }

    @GET
    @Path("/themenfelder/{id}")
    @Operation(operationId = "getThemenfeld", summary = "Ein Themenfeld mit seinen Lagen")
    public ThemenfeldDetail themenfeld(
            @Parameter(description = "ID des Themenfelds", schema = @Schema(type = SchemaType.INTEGER)) @PathParam("id")
                    String id) {
        return service.themenfeld(id);
    }

    @GET
    @Path("/lagen")
    @Operation(
            operationId = "listLagen",
            summary = "Lebens- und Unternehmenslagen",
            description = "Nach Name sortiert.")
    @Extension(name = Formate.EXTENSION, value = "csv,xlsx")
    public Page<Lage> lagen(
            @Parameter(description = "Nur die Lagen dieses Themenfelds", schema = @Schema(type = SchemaType.INTEGER))
                    @QueryParam("themenfeld")
                    String themenfeld,
            @BeanParam PageRequest page) {
        return service.lagen(themenfeld, page);
    }

    @GET
    @Path("/leistungen")
    @Operation(operationId = "listLeistungen", summary = "OZG-Leistungen suchen und filtern")
    @Extension(name = Formate.EXTENSION, value = "csv,xlsx")
    public Page<LeistungSummary> leistungen(@BeanParam LeistungFilter filter, @BeanParam PageRequest page) {
        return service.leistungen(filter, page);
    }

    @GET
    @Path("/leistungen/{ozgId}")
    @Operation(
            operationId = "getLeistung",
            summary = "Eine OZG-Leistung",
            description = "Mit Lage, Themenfeld, LeiKa-Zeilen, der Bedeutung ihrer Typisierungen und ihren Fachämtern.")
    @APIResponse(
            responseCode = "200",
            description = "Die Leistung; ETag ist ihre Fassung",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LeistungDetail.class)))
    public Response leistung(
            @Parameter(description = "OZG-ID", schema = @Schema(type = SchemaType.INTEGER, examples = "10169"))
                    @PathParam("ozgId")
                    String ozgId) {
        Versioned<LeistungDetail> l = service.leistung(ozgId);
        return ETags.ok(l);
    }

    @PUT
    @Path("/leistungen/{ozgId}/fachaemter")
    @RolesAllowed({Rolle.Namen.ADMIN, Rolle.Namen.KOORDINATION})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "setLeistungFachaemter",
            summary = "Fachämter einer Leistung pflegen",
            description =
                    "Ersetzt die Zuordnung. ADMIN oder KOORDINATION des Themenfelds der Leistung; braucht If-Match.")
    @APIResponse(
            responseCode = "200",
            description = "Die geänderte Leistung mit neuem ETag",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LeistungDetail.class)))
    public Response setFachaemter(
            @Parameter(description = "OZG-ID", schema = @Schema(type = SchemaType.INTEGER)) @PathParam("ozgId")
                    String ozgId,
            @Parameter(description = "ETag der gelesenen Fassung", required = true) @HeaderParam("If-Match")
                    String ifMatch,
            @Valid @NotNull(message = "Bitte die Fachämter senden.") FachamtZuordnung zuordnung) {
        Versioned<LeistungDetail> l = service.setFachaemter(ozgId, zuordnung, ifMatch);
        return ETags.ok(l);
    }

    @GET
    @Path("/leistungen/{ozgId}/historie")
    @Operation(
            operationId = "getLeistungHistorie",
            summary = "Änderungen an einer Leistung",
            description = "Neueste zuerst.")
    @Extension(name = Formate.EXTENSION, value = "csv,xlsx")
    public Page<Aenderung> historie(
            @Parameter(description = "OZG-ID", schema = @Schema(type = SchemaType.INTEGER)) @PathParam("ozgId")
                    String ozgId,
            @BeanParam PageRequest page) {
        service.leistung(ozgId);
        return audit.historie("LEISTUNG", ozgId, page);
    }

    @GET
    @Path("/leika/{schluessel}")
    @Operation(operationId = "getLeika", summary = "Die Katalogzeilen zu einem LeiKa-Schlüssel")
    public LeikaSchluessel leika(
            @Parameter(
                            description = "14-stelliger LeiKa-Schlüssel",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            pattern = "^[0-9]{14}$",
                                            examples = "99023001000000"))
                    @PathParam("schluessel")
                    String schluessel) {
        return service.leika(schluessel);
    }

    @GET
    @Path("/typisierungen")
    @Operation(operationId = "listTypisierungen", summary = "Bedeutung der LeiKa-Typisierungen")
    @Extension(name = Formate.EXTENSION, value = "csv,xlsx")
    public Page<Typisierung> typisierungen(@BeanParam PageRequest page) {
        return Page.slice(service.typisierungen(), page);
    }
}
