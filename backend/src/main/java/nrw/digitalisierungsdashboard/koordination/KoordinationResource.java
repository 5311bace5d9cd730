package nrw.digitalisierungsdashboard.koordination;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import nrw.digitalisierungsdashboard.common.ETags;
import nrw.digitalisierungsdashboard.common.InvalidParameterException;
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

@PublicRead
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Koordination", description = "Gremien, Koordination je Themenfeld, Ansprechstellen der Ministerien")
public class KoordinationResource {

    private final KoordinationService service;

    public KoordinationResource(KoordinationService service) {
        this.service = service;
    }

    @GET
    @Path("/gremien")
    @Operation(operationId = "listGremien", summary = "Entscheidungsgremien")
    @Extension(name = Formate.EXTENSION, value = "csv,xlsx")
    public Page<KoordinationModelle.Gremium> gremien(@BeanParam PageRequest page) {
        return Page.slice(service.gremien(), page);
    }

    @POST
    @Path("/gremien")
    @RolesAllowed({Rolle.Namen.ADMIN, Rolle.Namen.KOORDINATION})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createGremium", summary = "Gremium anlegen")
    @APIResponse(
            responseCode = "201",
            description = "Das angelegte Gremium",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = KoordinationModelle.Gremium.class)))
    public Response createGremium(
            @Valid @NotNull(message = "Bitte das Gremium senden.") KoordinationEingaben.GremiumEingabe eingabe) {
        KoordinationModelle.Gremium g = service.createGremium(eingabe);
        return Response.created(URI.create("/api/v1/gremien")).entity(g).build();
    }

    @PUT
    @Path("/gremien/{id}")
    @RolesAllowed({Rolle.Namen.ADMIN, Rolle.Namen.KOORDINATION})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "updateGremium",
            summary = "Gremium ändern",
            description = "Name, Beschreibung und Organisation; die ID bleibt. Braucht If-Match.")
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = KoordinationModelle.Gremium.class)))
    public Response updateGremium(
            @Parameter(schema = @Schema(type = SchemaType.STRING)) @PathParam("id") String id,
            @Parameter(description = "ETag des Gremiums", required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "Bitte das Gremium senden.") KoordinationEingaben.GremiumEingabe eingabe) {
        KoordinationModelle.Gremium g = service.updateGremium(id, eingabe, ifMatch);
        return ETags.ok(Versioned.of(g, g.version()));
    }

    @GET
    @Path("/koordination")
    @Operation(
            operationId = "listKoordination",
            summary = "Koordination aller Themenfelder",
            description =
                    "Für jedes der 14 Themenfelder die koordinierende Organisation und Funktion (leer, solange niemand eingetragen ist).")
    @Extension(name = Formate.EXTENSION, value = "csv,xlsx")
    public Page<KoordinationModelle.Koordination> koordination(@BeanParam PageRequest page) {
        return Page.slice(service.koordination(), page);
    }

    @GET
    @Path("/themenfelder/{id}/koordination")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = KoordinationModelle.Koordination.class)))
    @Operation(operationId = "getKoordination", summary = "Koordination eines Themenfelds")
    public Response koordination(@Parameter(schema = @Schema(type = SchemaType.INTEGER)) @PathParam("id") String id) {
        KoordinationModelle.Koordination k = service.koordination(themenfeld(id));
        return ETags.ok(Versioned.of(k, k.version() == null ? 0 : k.version()));
    }

    @PUT
    @Path("/themenfelder/{id}/koordination")
    @RolesAllowed({Rolle.Namen.ADMIN, Rolle.Namen.KOORDINATION})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "setKoordination",
            summary = "Koordination eines Themenfelds pflegen",
            description =
                    "ADMIN oder KOORDINATION des Themenfelds; braucht If-Match (\"0\", solange noch nichts eingetragen ist). "
                            + "Name und E-Mail einer Person nur mit kontaktEinwilligung = true.")
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = KoordinationModelle.Koordination.class)))
    public Response setKoordination(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @PathParam("id") String id,
            @Parameter(description = "ETag der Koordination", required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "Bitte die Koordination senden.")
                    KoordinationEingaben.KoordinationEingabe eingabe) {
        KoordinationModelle.Koordination k = service.setKoordination(themenfeld(id), eingabe, ifMatch);
        return ETags.ok(Versioned.of(k, k.version()));
    }

    @GET
    @Path("/ansprechstellen")
    @Operation(operationId = "listAnsprechstellen", summary = "Ansprechstellen der Ministerien")
    @Extension(name = Formate.EXTENSION, value = "csv,xlsx")
    public Page<KoordinationModelle.Ansprechstelle> ansprechstellen(@BeanParam PageRequest page) {
        return Page.slice(service.ansprechstellen(), page);
    }

    @POST
    @Path("/ansprechstellen")
    @RolesAllowed(Rolle.Namen.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createAnsprechstelle", summary = "Ansprechstelle anlegen")
    @APIResponse(
            responseCode = "201",
            description = "Die angelegte Ansprechstelle",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = KoordinationModelle.Ansprechstelle.class)))
    public Response createAnsprechstelle(
            @Valid @NotNull(message = "Bitte die Ansprechstelle senden.")
                    KoordinationEingaben.AnsprechstelleEingabe eingabe) {
        KoordinationModelle.Ansprechstelle a = service.createAnsprechstelle(eingabe);
        return ETags.created(URI.create("/api/v1/ansprechstellen/" + a.id()), Versioned.of(a, a.version()));
    }

    @PUT
    @Path("/ansprechstellen/{id}")
    @RolesAllowed(Rolle.Namen.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "updateAnsprechstelle",
            summary = "Ansprechstelle ändern",
            description = "Braucht If-Match.")
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = KoordinationModelle.Ansprechstelle.class)))
    public Response updateAnsprechstelle(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @PathParam("id") long id,
            @Parameter(description = "ETag der Ansprechstelle", required = true) @HeaderParam("If-Match")
                    String ifMatch,
            @Valid @NotNull(message = "Bitte die Ansprechstelle senden.")
                    KoordinationEingaben.AnsprechstelleEingabe eingabe) {
        KoordinationModelle.Ansprechstelle a = service.updateAnsprechstelle(id, eingabe, ifMatch);
        return ETags.ok(Versioned.of(a, a.version()));
    }

    @DELETE
    @Path("/ansprechstellen/{id}")
    @RolesAllowed(Rolle.Namen.ADMIN)
    @Operation(
            operationId = "deleteAnsprechstelle",
            summary = "Ansprechstelle entfernen",
            description = "Braucht If-Match.")
    @APIResponse(responseCode = "204", description = "Entfernt")
    public Response deleteAnsprechstelle(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @PathParam("id") long id,
            @Parameter(description = "ETag der Ansprechstelle", required = true) @HeaderParam("If-Match")
                    String ifMatch) {
        service.deleteAnsprechstelle(id, ifMatch);
        return Response.noContent().build();
    }

    private static int themenfeld(String id) {
        try {
            return Integer.parseInt(id);
        } catch (NumberFormatException e) {
            throw InvalidParameterException.path("id", "Muss eine ganze Zahl sein.");
        }
    }
}
