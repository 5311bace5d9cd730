package nrw.digitalisierungsdashboard.auth;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import nrw.digitalisierungsdashboard.common.ETags;
import nrw.digitalisierungsdashboard.common.Page;
import nrw.digitalisierungsdashboard.common.PageRequest;
import nrw.digitalisierungsdashboard.common.Versioned;
import nrw.digitalisierungsdashboard.identity.Rolle;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Accounts and API tokens; ADMIN only. */
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Rolle.Namen.ADMIN)
@Tag(name = "Administration", description = "Konten, API-Tokens und Audit-Trail (nur ADMIN)")
public class AdminResource {

    private final KontoService konten;
    private final ApiTokenService tokens;

    public AdminResource(KontoService konten, ApiTokenService tokens) {
        this.konten = konten;
        this.tokens = tokens;
    }

    @GET
    @Path("/konten")
    @Operation(operationId = "listKonten", summary = "Konten")
    public Page<Konto> listKonten(@BeanParam PageRequest page) {
        return konten.list(page);
    }

    @GET
    @Path("/konten/{id}")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Konto.class)))
    @Operation(operationId = "getKonto", summary = "Ein Konto")
    public Response getKonto(@Parameter(schema = @Schema(type = SchemaType.INTEGER)) @PathParam("id") long id) {
        Konto k = konten.get(id);
        return ETags.ok(Versioned.of(k, k.version()));
    }

    @POST
    @Path("/konten")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createKonto", summary = "Konto anlegen")
    @APIResponse(
            responseCode = "201",
            description = "Das angelegte Konto",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Konto.class)))
    public Response createKonto(@Valid @NotNull(message = "Bitte die Angaben zum Konto senden.") KontoNeu neu) {
        Konto k = konten.create(neu);
        return ETags.created(URI.create("/api/v1/admin/konten/" + k.id()), Versioned.of(k, k.version()));
    }

    @PATCH
    @Path("/konten/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Konto.class)))
    @Operation(
            operationId = "updateKonto",
            summary = "Konto ändern oder deaktivieren",
            description = "Braucht If-Match.")
    public Response updateKonto(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @PathParam("id") long id,
            @Parameter(description = "ETag der gelesenen Fassung", required = true) @HeaderParam("If-Match")
                    String ifMatch,
            @Valid @NotNull(message = "Bitte die Änderungen senden.") KontoAenderung aenderung) {
        Konto k = konten.update(id, aenderung, ifMatch);
        return ETags.ok(Versioned.of(k, k.version()));
    }

    @GET
    @Path("/tokens")
    @Operation(operationId = "listApiTokens", summary = "API-Tokens")
    public Page<ApiToken> listTokens(@BeanParam PageRequest page) {
        return tokens.list(page);
    }

    @POST
    @Path("/tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createApiToken",
            summary = "API-Token anlegen",
            description = "Das Geheimnis steht nur in dieser Antwort.")
    @APIResponse(
            responseCode = "201",
            description = "Der angelegte Token (das Geheimnis nur in dieser Antwort)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ApiTokenErstellt.class)))
    public Response createToken(@Valid @NotNull(message = "Bitte die Angaben zum Token senden.") ApiTokenNeu neu) {
        ApiTokenErstellt t = tokens.create(neu);
        return Response.status(201)
                .entity(t)
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("/tokens/{id}/widerruf")
    @Operation(
            operationId = "revokeApiToken",
            summary = "API-Token widerrufen",
            description = "Wirkt sofort; der Eintrag bleibt zur Nachvollziehbarkeit.")
    public ApiToken revokeToken(@Parameter(schema = @Schema(type = SchemaType.INTEGER)) @PathParam("id") long id) {
        return tokens.revoke(id);
    }
}
