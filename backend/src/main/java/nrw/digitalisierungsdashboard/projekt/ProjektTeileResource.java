package nrw.digitalisierungsdashboard.projekt;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nrw.digitalisierungsdashboard.common.ETags;
import nrw.digitalisierungsdashboard.identity.Rolle;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The parts of a project: workshops, Gremien decisions, solutions and their reuse. Each write answers the whole project. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Projekte", description = "Umsetzungsprojekte: Team, Phasen, Workshops, Gremienentscheidungen, Lösungen")
public class ProjektTeileResource {

    private static final String SCHREIBEN = ProjektResource.SCHREIBEN;

    private final ProjektTeileService teile;

    public ProjektTeileResource(ProjektTeileService teile) {
        this.teile = teile;
    }

    @POST
    @Path("/projekte/{id}/workshops")
    @RolesAllowed({Rolle.Namen.ADMIN, Rolle.Namen.KOORDINATION, Rolle.Namen.REDAKTION})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "addWorkshop",
            summary = "Workshop erfassen",
            description = "Wer im Workshop beitritt, wird in einem Schritt INTERESSIERT oder MITWIRKEND. " + SCHREIBEN)
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProjektModelle.ProjektDetail.class)))
    public Response addWorkshop(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @PathParam("id") String id,
            @Parameter(description = "ETag des Projekts", required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "Bitte die Angaben zum Workshop senden.")
                    ProjektEingaben.WorkshopEingabe eingabe) {
        return ETags.ok(teile.addWorkshop(id, eingabe, ifMatch));
    }

    @PUT
    @Path("/projekte/{id}/workshops/{workshopId}")
    @RolesAllowed({Rolle.Namen.ADMIN, Rolle.Namen.KOORDINATION, Rolle.Namen.REDAKTION})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateWorkshop", summary = "Workshop ändern", description = SCHREIBEN)
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProjektModelle.ProjektDetail.class)))
    public Response updateWorkshop(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @PathParam("id") String id,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @PathParam("workshopId") long workshopId,
            @Parameter(description = "ETag des Projekts", required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "Bitte die Angaben zum Workshop senden.")
                    ProjektEingaben.WorkshopEingabe eingabe) {
        return ETags.ok(teile.updateWorkshop(id, workshopId, eingabe, ifMatch));
    }

    @DELETE
    @Path("/projekte/{id}/workshops/{workshopId}")
    @RolesAllowed({Rolle.Namen.ADMIN, Rolle.Namen.KOORDINATION, Rolle.Namen.REDAKTION})
    @Operation(operationId = "deleteWorkshop", summary = "Workshop entfernen", description = SCHREIBEN)
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProjektModelle.ProjektDetail.class)))
    public Response deleteWorkshop(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @PathParam("id") String id,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @PathParam("workshopId") long workshopId,
            @Parameter(description = "ETag des Projekts", required = true) @HeaderParam("If-Match") String ifMatch) {
        return ETags.ok(teile.deleteWorkshop(id, workshopId, ifMatch));
    }

    @POST
    @Path("/projekte/{id}/entscheidungen")
    @RolesAllowed({Rolle.Namen.ADMIN, Rolle.Namen.KOORDINATION, Rolle.Namen.REDAKTION})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addEntscheidung", summary = "Gremienentscheidung erfassen", description = SCHREIBEN)
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProjektModelle.ProjektDetail.class)))
    public Response addEntscheidung(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @PathParam("id") String id,
            @Parameter(description = "ETag des Projekts", required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "Bitte die Entscheidung senden.") ProjektEingaben.EntscheidungEingabe eingabe) {
        return ETags.ok(teile.addEntscheidung(id, eingabe, ifMatch));
    }

    @PUT
    @Path("/projekte/{id}/entscheidungen/{entscheidungId}")
    @RolesAllowed({Rolle.Namen.ADMIN, Rolle.Namen.KOORDINATION, Rolle.Namen.REDAKTION})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "updateEntscheidung",
            summary = "Gremienentscheidung ändern",
            description = "Eine Zustimmung, auf der der Wechsel in die Umsetzung beruht, bleibt eine Zustimmung. "
                    + SCHREIBEN)
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProjektModelle.ProjektDetail.class)))
    public Response updateEntscheidung(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @PathParam("id") String id,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @PathParam("entscheidungId") long entscheidungId,
            @Parameter(description = "ETag des Projekts", required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "Bitte die Entscheidung senden.") ProjektEingaben.EntscheidungEingabe eingabe) {
        return ETags.ok(teile.updateEntscheidung(id, entscheidungId, eingabe, ifMatch));
    }

    @DELETE
    @Path("/projekte/{id}/entscheidungen/{entscheidungId}")
    @RolesAllowed({Rolle.Namen.ADMIN, Rolle.Namen.KOORDINATION, Rolle.Namen.REDAKTION})
    @Operation(operationId = "deleteEntscheidung", summary = "Gremienentscheidung entfernen", description = SCHREIBEN)
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProjektModelle.ProjektDetail.class)))
    public Response deleteEntscheidung(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @PathParam("id") String id,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @PathParam("entscheidungId") long entscheidungId,
            @Parameter(description = "ETag des Projekts", required = true) @HeaderParam("If-Match") String ifMatch) {
        return ETags.ok(teile.deleteEntscheidung(id, entscheidungId, ifMatch));
    }

    @POST
    @Path("/projekte/{id}/loesungen")
    @RolesAllowed({Rolle.Namen.ADMIN, Rolle.Namen.KOORDINATION, Rolle.Namen.REDAKTION})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addLoesung", summary = "Lösung erfassen", description = SCHREIBEN)
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProjektModelle.ProjektDetail.class)))
    public Response addLoesung(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @PathParam("id") String id,
            @Parameter(description = "ETag des Projekts", required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "Bitte die Lösung senden.") ProjektEingaben.LoesungEingabe eingabe) {
        return ETags.ok(teile.addLoesung(id, eingabe, ifMatch));
    }

    @PUT
    @Path("/projekte/{id}/loesungen/{loesungId}")
    @RolesAllowed({Rolle.Namen.ADMIN, Rolle.Namen.KOORDINATION, Rolle.Namen.REDAKTION})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateLoesung", summary = "Lösung ändern", description = SCHREIBEN)
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProjektModelle.ProjektDetail.class)))
    public Response updateLoesung(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @PathParam("id") String id,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @PathParam("loesungId") long loesungId,
            @Parameter(description = "ETag des Projekts", required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "Bitte die Lösung senden.") ProjektEingaben.LoesungEingabe eingabe) {
        return ETags.ok(teile.updateLoesung(id, loesungId, eingabe, ifMatch));
    }

    @DELETE
    @Path("/projekte/{id}/loesungen/{loesungId}")
    @RolesAllowed({Rolle.Namen.ADMIN, Rolle.Namen.KOORDINATION, Rolle.Namen.REDAKTION})
    @Operation(operationId = "deleteLoesung", summary = "Lösung entfernen", description = SCHREIBEN)
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProjektModelle.ProjektDetail.class)))
    public Response deleteLoesung(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @PathParam("id") String id,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @PathParam("loesungId") long loesungId,
            @Parameter(description = "ETag des Projekts", required = true) @HeaderParam("If-Match") String ifMatch) {
        return ETags.ok(teile.deleteLoesung(id, loesungId, ifMatch));
    }

    @PUT
    @Path("/projekte/{id}/loesungen/{loesungId}/nachnutzungen")
    @RolesAllowed({Rolle.Namen.ADMIN, Rolle.Namen.KOORDINATION, Rolle.Namen.REDAKTION})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "setNachnutzungen",
            summary = "Nachnutzung einer Lösung pflegen",
            description = "Ersetzt die Liste. " + SCHREIBEN)
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProjektModelle.ProjektDetail.class)))
    public Response nachnutzungen(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @PathParam("id") String id,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @PathParam("loesungId") long loesungId,
            @Parameter(description = "ETag des Projekts", required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "Bitte die Nachnutzungen senden.") ProjektEingaben.NachnutzungenEingabe eingabe) {
        return ETags.ok(teile.setNachnutzungen(id, loesungId, eingabe, ifMatch));
    }

    @POST
    @Path("/projekte/{id}/loesungen/{loesungId}/nachnutzung")
    @RolesAllowed(Rolle.Namen.REDAKTION)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "erklaereNachnutzung",
            summary = "Nachnutzung für die eigene Kommune erklären",
            description =
                    "REDAKTION einer Kommune: nutzt, plant oder möchte die Lösung. Betrifft nur den eigenen Eintrag; kein If-Match nötig.")
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProjektModelle.ProjektDetail.class)))
    public Response eigeneNachnutzung(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @PathParam("id") String id,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @PathParam("loesungId") long loesungId,
            @Valid @NotNull(message = "Bitte den Stand senden.") ProjektEingaben.EigeneNachnutzung eingabe) {
        return ETags.ok(teile.eigeneNachnutzung(id, loesungId, eingabe));
    }
}
