package nrw.digitalisierungsdashboard.auth;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Anmeldung",
        description = "Sitzung für das Dashboard; Integratoren nutzen API-Tokens (Authorization: Bearer)")
public class AuthResource {

    private final AuthService service;
    private final AuthConfig config;
    private final SecurityIdentity identity;

    public AuthResource(AuthService service, AuthConfig config, SecurityIdentity identity) {
        this.service = service;
        this.config = config;
        this.identity = identity;
    }

    @POST
    @Path("/login")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "login",
            summary = "Anmelden",
            description = "Öffnet eine Sitzung im Cookie (HttpOnly, SameSite=Strict; über HTTPS Secure und __Host-). "
                    + "Das zurückgegebene csrfToken (auch im lesbaren Cookie dashboard_csrf) ist bei jedem schreibenden Aufruf "
                    + "im Kopf X-CSRF-Token mitzuschicken. Eine Sitzung, die derselbe Client noch hält, endet damit. "
                    + "Fehlversuche werden je Konto und Adresse, je Konto und je Adresse gezählt: ab einer Schwelle "
                    + "verdoppelt sich die Wartezeit mit jedem Fehlversuch; wer zu früh wiederkommt, erhält 429 mit "
                    + "Retry-After.")
    @APIResponse(
            responseCode = "200",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Ich.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public Response login(
            @Valid @NotNull(message = "Bitte Benutzername und Passwort senden.") Anmeldung anmeldung,
            @Context RoutingContext context) {
        io.vertx.core.http.Cookie alte = SessionCookies.sessionCookie(context);
        AuthService.NeueSitzung sitzung =
                service.login(anmeldung, ClientAddress.of(context), alte == null ? null : alte.getValue());
        SessionCookies.set(
                context,
                SessionCookies.secure(context, config.secureCookies()),
                sitzung.secret(),
                sitzung.csrfToken(),
                config.sessionLifetime());
        return Response.ok(sitzung.ich()).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("/logout")
    @Authenticated
    @Operation(
            operationId = "logout",
            summary = "Abmelden",
            description = "Beendet die Sitzung und löscht die Cookies.")
    @APIResponse(responseCode = "204", description = "Abgemeldet")
    public Response logout(@Context RoutingContext context) {
        service.logout(identity, ClientAddress.of(context));
        SessionCookies.clear(context, SessionCookies.secure(context, config.secureCookies()));
        return Response.noContent().build();
    }

    @GET
    @Path("/me")
    @Authenticated
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Ich.class)))
    @Operation(operationId = "getMe", summary = "Wer bin ich?", description = "401, wenn niemand angemeldet ist.")
    public Response me() {
        return Response.ok(service.ich(identity))
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("/passwort")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "changePassword",
            summary = "Eigenes Passwort ändern",
            description =
                    "Beendet alle anderen Sitzungen des Kontos. Das neue Passwort: mindestens 12 Zeichen, höchstens "
                            + "72 Bytes, nicht eines der häufigsten Passwörter (auch nicht mit Ziffern oder Zeichen ergänzt), keine "
                            + "bloße Wiederholung oder Folge, nicht der Benutzername, nicht das bisherige. Fehlversuche werden "
                            + "gezählt wie bei der Anmeldung (429 mit Retry-After).")
    @APIResponse(responseCode = "204", description = "Geändert")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public Response changePassword(
            @Valid @NotNull(message = "Bitte altes und neues Passwort senden.") PasswortAenderung aenderung,
            @Context RoutingContext context) {
        service.changePassword(identity, aenderung, ClientAddress.of(context));
        return Response.noContent().build();
    }
}
