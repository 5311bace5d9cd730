package nrw.digitalisierungsdashboard.projekt;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import nrw.digitalisierungsdashboard.aenderungen.Aenderung;
import nrw.digitalisierungsdashboard.common.ETags;
import nrw.digitalisierungsdashboard.common.Page;
import nrw.digitalisierungsdashboard.common.PageRequest;
import nrw.digitalisierungsdashboard.common.Versioned;
import nrw.digitalisierungsdashboard.common.http.PublicRead;
import nrw.digitalisierungsdashboard.common.tabelle.Formate;
import nrw.digitalisierungsdashboard.identity.Rolle;
import nrw.digitalisierungsdashboard.kommune.KommuneService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Umsetzungsprojekte. Every write to a project or one of its parts needs the project's ETag in If-Match;
 * each answers with the whole project and its new ETag.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Projekte", description = "Umsetzungsprojekte: Team, Phasen, Workshops, Gremienentscheidungen, Lösungen")
public class ProjektResource {

    static final String SCHREIBEN = "ADMIN oder KOORDINATION des Themenfelds oder REDAKTION einer Organisation im Team "
            + "(federführend, mitwirkend, Pilot); braucht If-Match mit dem ETag des Projekts.";

    private final ProjektAbfragen abfragen;
    private final ProjektService service;
    private final ProjektTeamService teams;
    private final KommuneService kommunen;

    public ProjektResource(
            ProjektAbfragen abfragen, ProjektService service, ProjektTeamService teams, KommuneService kommunen) {
        this.abfragen = abfragen;
        this.service = service;
        this.teams = teams;
        this.kommunen = kommunen;
    }

    @GET
    @PublicRead
    @Path("/projekte")
    @Operation(operationId = "listProjekte", summary = "Projekte filtern und suchen")
    @Extension(name = Formate.EXTENSION, value = "csv,xlsx")
    public Page<ProjektModelle.ProjektSummary> list(@BeanParam ProjektFilter filter, @BeanParam PageRequest page) {
        return abfragen.list(filter, page);
    }

    @GET
    @PublicRead
    @Path("/projekte/uebersicht")
    @Operation(operationId = "getProjektUebersicht", summary = "Projekte je Phase und Themenfeld")
    public ProjektModelle.ProjektUebersicht uebersicht() {
        return abfragen.uebersicht();
    }

    @POST
    @Path("/projekte")
    @RolesAllowed({Rolle.Namen.ADMIN, Rolle.Namen.KOORDINATION, Rolle.Namen.REDAKTION})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createProjekt",
            summary = "Projekt anlegen",
            description =
                    "Beginnt in der Phase SICHTUNG mit der federführenden Organisation im Team. ADMIN, KOORDINATION des "
                            + "Themenfelds oder REDAKTION der federführenden Organisation.")
    @APIResponse(
            responseCode = "201",
            description = "Das angelegte Projekt",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProjektModelle.ProjektDetail.class)))
    public Response create(
            @Valid @NotNull(message = "Bitte die Angaben zum Projekt senden.") ProjektEingaben.ProjektEingabe eingabe) {
        Versioned<ProjektModelle.ProjektDetail> v = service.create(eingabe);
        return ETags.created(URI.create("/api/v1/projekte/" + v.value().id()), v);
    }

    @GET
    @Path("/projekte/{id}")
    @Operation(operationId = "getProjekt", summary = "Ein Projekt mit allem, was dazugehört")
    @APIResponse(
            responseCode = "200",
            description = "Das Projekt; ETag ist seine Fassung",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProjektModelle.ProjektDetail.class)))
    public Response get(@Parameter(schema = @Schema(type = SchemaType.INTEGER)) @PathParam("id") String id) {
        return ETags.ok(abfragen.get(id));
    }

    @PUT
    @Path("/projekte/{id}")
    @RolesAllowed({Rolle.Namen.ADMIN, Rolle.Namen.KOORDINATION, Rolle.Namen.REDAKTION})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "replaceProjekt",
            summary = "Angaben eines Projekts ersetzen",
            description = "Ersetzt alle Angaben außer Team und Phase; nicht gesendete optionale Felder werden geleert. "
                    + SCHREIBEN)
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProjektModelle.ProjektDetail.class)))
    public Response replace(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @PathParam("id") String id,
            @Parameter(description = "ETag des Projekts", required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "Bitte die Angaben senden.") ProjektEingaben.ProjektEingabe eingabe) {
        return ETags.ok(service.replace(id, eingabe, ifMatch));
    }

    @PATCH
    @Path("/projekte/{id}")
    @RolesAllowed({Rolle.Namen.ADMIN, Rolle.Namen.KOORDINATION, Rolle.Namen.REDAKTION})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "patchProjekt",
            summary = "Angaben eines Projekts teilweise ändern",
            description = "Ändert nur die gesendeten Felder. " + SCHREIBEN)
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProjektModelle.ProjektDetail.class)))
    public Response patch(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @PathParam("id") String id,
            @Parameter(description = "ETag des Projekts", required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "Bitte die Änderungen senden.") ProjektEingaben.ProjektPatch patch) {
        return ETags.ok(service.patch(id, patch, ifMatch));
    }

    @DELETE
    @Path("/projekte/{id}")
    @RolesAllowed({Rolle.Namen.ADMIN, Rolle.Namen.KOORDINATION})
    @Operation(
            operationId = "deleteProjekt",
            summary = "Projekt löschen",
            description =
                    "ADMIN oder KOORDINATION des Themenfelds; braucht If-Match. Die Historie bleibt im Änderungsprotokoll.")
    @APIResponse(responseCode = "204", description = "Gelöscht")
    public Response delete(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @PathParam("id") String id,
            @Parameter(description = "ETag des Projekts", required = true) @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @PublicRead
    @Path("/projekte/{id}/historie")
    @Operation(
            operationId = "getProjektHistorie",
            summary = "Änderungen an einem Projekt",
            description = "Neueste zuerst.")
    @Extension(name = Formate.EXTENSION, value = "csv,xlsx")
    public Page<Aenderung> historie(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @PathParam("id") String id,
            @BeanParam PageRequest page) {
        return abfragen.historie(id, page);
    }

    @PUT
    @Path("/projekte/{id}/teilnahmen")
    @RolesAllowed({Rolle.Namen.ADMIN, Rolle.Namen.KOORDINATION, Rolle.Namen.REDAKTION})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "setTeilnahmen",
            summary = "Team festlegen",
            description = "Ersetzt alle Teilnahmen; genau eine ist FEDERFUEHREND. " + SCHREIBEN)
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProjektModelle.ProjektDetail.class)))
    public Response team(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @PathParam("id") String id,
            @Parameter(description = "ETag des Projekts", required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "Bitte das Team senden.") ProjektEingaben.TeamEingabe team) {
        return ETags.ok(teams.setTeam(id, team, ifMatch));
    }

    @POST
    @Path("/projekte/{id}/interesse")
    @RolesAllowed(Rolle.Namen.REDAKTION)
    @Operation(
            operationId = "bekundeInteresse",
            summary = "Interesse bekunden",
            description =
                    "Die Organisation der Redaktion wird INTERESSIERT. Fügt nur hinzu, überschreibt nichts; kein If-Match nötig.")
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProjektModelle.ProjektDetail.class)))
    public Response interesse(@Parameter(schema = @Schema(type = SchemaType.INTEGER)) @PathParam("id") String id) {
        return ETags.ok(teams.interesse(id));
    }

    @POST
    @Path("/projekte/{id}/phasenwechsel")
    @RolesAllowed({Rolle.Namen.ADMIN, Rolle.Namen.KOORDINATION, Rolle.Namen.REDAKTION})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "wechslePhase",
            summary = "Phase wechseln",
            description =
                    "Regeln: eine Phase nach der anderen; zurück und Einstellen nur mit Begründung; GREMIEN erst nach einem "
                            + "Workshop und mit repräsentativem oder begründetem Team; UMSETZUNG nur nach zustimmendem Gremienbeschluss. "
                            + "Eine Ablehnung (422) nennt die verletzte Regel im title. " + SCHREIBEN)
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProjektModelle.ProjektDetail.class)))
    public Response wechsel(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @PathParam("id") String id,
            @Parameter(description = "ETag des Projekts", required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "Bitte die Zielphase senden.") ProjektEingaben.PhasenwechselEingabe eingabe) {
        return ETags.ok(service.wechsel(id, eingabe, ifMatch));
    }

    @GET
    @PublicRead
    @Path("/organisationen/{id}/projekte")
    @Operation(operationId = "listOrganisationProjekte", summary = "Projekte einer Organisation")
    @Extension(name = Formate.EXTENSION, value = "csv,xlsx")
    public Page<ProjektModelle.ProjektSummary> projekteDerOrganisation(
            @Parameter(schema = @Schema(type = SchemaType.STRING)) @PathParam("id") String id,
            @Parameter(schema = @Schema(implementation = Enums.TeilnahmeRolle.class)) @QueryParam("rolle") String rolle,
            @BeanParam PageRequest page) {
        return abfragen.derOrganisation(id, rolle, page);
    }

    @GET
    @PublicRead
    @Path("/kommunen/{ags}/projekte")
    @Operation(operationId = "listKommuneProjekte", summary = "Projekte, an denen eine Kommune teilnimmt")
    @Extension(name = Formate.EXTENSION, value = "csv,xlsx")
    public Page<ProjektModelle.ProjektSummary> projekteDerKommune(
            @Parameter(schema = @Schema(type = SchemaType.STRING)) @PathParam("ags") String ags,
            @Parameter(schema = @Schema(implementation = Enums.TeilnahmeRolle.class)) @QueryParam("rolle") String rolle,
            @BeanParam PageRequest page) {
        ProjektFilter f = new ProjektFilter();
        f.kommune = kommunen.kommune(ags).ags();
        f.rolle = rolle;
        return abfragen.list(f, page);
    }
}
