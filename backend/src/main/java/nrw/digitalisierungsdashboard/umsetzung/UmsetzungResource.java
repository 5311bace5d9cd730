package nrw.digitalisierungsdashboard.umsetzung;

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
import nrw.digitalisierungsdashboard.common.ETags;
import nrw.digitalisierungsdashboard.common.PageRequest;
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

/** Soll (Zuständigkeit) and Ist (Umsetzungsstand, Basiskomponenten-Anschlüsse) per Kommune and per Leistung. */
@PublicRead
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(
        name = "Umsetzungsstand",
        description = "Soll und Ist je Kommune und OZG-Leistung, Zuständigkeitsregeln, Anschlüsse an Basiskomponenten")
public class UmsetzungResource {

    private static final String REIFEGRAD_MIN =
            "Mindestreifegrad, ab dem ein Online-Eintrag zählt (0–7; Standard 2 = Antrag "
                    + "online ausfüllbar; 3 = OZG-konform, Antrag online einreichbar). Ein Online-Eintrag ohne Reifegrad zählt als 0.";

    private static final String IF_NONE_MATCH =
            "* legt den Eintrag nur an, wenn es ihn noch nicht gibt (sonst 412); ohne If-Match und If-None-Match gilt dasselbe";

    private final UmsetzungsstandService service;
    private final AnschlussService anschluesse;
    private final ZustaendigkeitService zustaendigkeit;

    public UmsetzungResource(
            UmsetzungsstandService service, AnschlussService anschluesse, ZustaendigkeitService zustaendigkeit) {
        this.service = service;
        this.anschluesse = anschluesse;
        this.zustaendigkeit = zustaendigkeit;
    }

    @GET
    @Path("/kommunen/{ags}/umsetzungsstand")
    @Operation(
            operationId = "getKommuneUmsetzungsstand",
            summary = "Soll und Ist einer Kommune je OZG-Leistung",
            description =
                    "Soll: die Leistungen, für die der Typ der Kommune nach den Zuständigkeitsregeln zuständig ist, mit der "
                            + "Zahl der Regeln, die abgeleitet bzw. bestätigt sind. Ist: der gemeldete Stand je Leistung. "
                            + UmsetzungModelle.FORMEL_A
                            + " Dazu die Verteilung nach Status und Reifegrad und je Themenfeld.")
    @Extension(name = Formate.EXTENSION, value = "csv,xlsx")
    public UmsetzungModelle.KommuneUmsetzungsstand kommuneStand(
            @Parameter(
                            description = "AGS, Kreisschlüssel oder ARS",
                            schema = @Schema(type = SchemaType.STRING, examples = "05315000"))
                    @PathParam("ags")
                    String ags,
            @Parameter(
                            description = REIFEGRAD_MIN,
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "0",
                                            maximum = "7",
                                            defaultValue = "2"))
                    @QueryParam("reifegradMin")
                    String reifegradMin) {
        return service.kommuneStand(ags, reifegradMin);
    }

    @GET
    @Path("/kommunen/{ags}/umsetzungsstand/{ozgId}")
    @Operation(
            operationId = "getUmsetzungseintrag",
            summary = "Stand einer Leistung in einer Kommune",
            description = "ETag: die Fassung des Eintrags (fehlt, solange nichts gemeldet ist).")
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = UmsetzungModelle.Umsetzungseintrag.class)))
    public Response eintrag(
            @Parameter(schema = @Schema(type = SchemaType.STRING)) @PathParam("ags") String ags,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @PathParam("ozgId") String ozgId) {
        return ETags.ok(service.eintrag(ags, ozgId));
    }

    @PUT
    @Path("/kommunen/{ags}/umsetzungsstand/{ozgId}")
    @RolesAllowed({Rolle.Namen.ADMIN, Rolle.Namen.KOORDINATION, Rolle.Namen.REDAKTION})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "putUmsetzungseintrag",
            summary = "Stand einer Leistung in einer Kommune melden",
            description =
                    "ADMIN, KOORDINATION des Themenfelds der Leistung oder REDAKTION der Kommune selbst. Ersetzt den Eintrag "
                            + "(Quelle MANUELL); für einen bestehenden Eintrag ist If-Match nötig (fehlt: 428, veraltet: 412). Ein "
                            + "neuer Eintrag entsteht nur, wenn es ihn noch nicht gibt (If-None-Match: * oder keine Vorbedingung): "
                            + "von gleichzeitigen Meldungen gewinnt genau eine (201), die anderen erhalten 412. Die "
                            + "Kennzahlen werden in derselben Transaktion nachgeführt; die Änderung steht im Änderungsprotokoll.")
    @APIResponse(
            responseCode = "200",
            description = "Geändert",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = UmsetzungModelle.Umsetzungseintrag.class)))
    @APIResponse(
            responseCode = "201",
            description = "Erstmals gemeldet",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = UmsetzungModelle.Umsetzungseintrag.class)))
    public Response put(
            @Parameter(schema = @Schema(type = SchemaType.STRING)) @PathParam("ags") String ags,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @PathParam("ozgId") String ozgId,
            @Parameter(description = "ETag des bestehenden Eintrags") @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = IF_NONE_MATCH) @HeaderParam("If-None-Match") String ifNoneMatch,
            @Valid @NotNull(message = "Bitte den Stand senden.") UmsetzungModelle.UmsetzungsstandEingabe eingabe) {
        return ETags.written(service.put(ags, ozgId, eingabe, ifMatch, ifNoneMatch));
    }

    @GET
    @Path("/kommunen/{ags}/basiskomponenten")
    @Operation(
            operationId = "getKommuneBasiskomponenten",
            summary = "Anschlüsse einer Kommune an die Basiskomponenten",
            description = "Jede Basiskomponente mit dem gemeldeten Status (KEINE_ANGABE, wenn nichts gemeldet ist).")
    @Extension(name = Formate.EXTENSION, value = "csv,xlsx")
    public UmsetzungModelle.KommuneBasiskomponenten basiskomponenten(
            @Parameter(schema = @Schema(type = SchemaType.STRING, examples = "05315000")) @PathParam("ags")
                    String ags) {
        return anschluesse.basiskomponenten(ags);
    }

    @PUT
    @Path("/kommunen/{ags}/basiskomponenten/{id}")
    @RolesAllowed({Rolle.Namen.ADMIN, Rolle.Namen.KOORDINATION, Rolle.Namen.REDAKTION})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "putBasiskomponenteAnschluss",
            summary = "Anschluss an eine Basiskomponente melden",
            description =
                    "ADMIN, KOORDINATION oder REDAKTION der Kommune selbst. Für einen bestehenden Eintrag ist If-Match "
                            + "nötig (die version aus der Liste als ETag); ein neuer entsteht nur, wenn es ihn noch nicht gibt "
                            + "(If-None-Match: * oder keine Vorbedingung; gleichzeitig: einer 201, die anderen 412).")
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = UmsetzungModelle.BasiskomponenteAnschluss.class)))
    @APIResponse(
            responseCode = "201",
            description = "Erstmals gemeldet",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = UmsetzungModelle.BasiskomponenteAnschluss.class)))
    public Response putAnschluss(
            @Parameter(schema = @Schema(type = SchemaType.STRING)) @PathParam("ags") String ags,
            @PathParam("id") String id,
            @Parameter(description = "ETag des bestehenden Eintrags") @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = IF_NONE_MATCH) @HeaderParam("If-None-Match") String ifNoneMatch,
            @Valid @NotNull(message = "Bitte den Status senden.") UmsetzungModelle.AnschlussEingabe eingabe) {
        return ETags.written(anschluesse.putAnschluss(ags, id, eingabe, ifMatch, ifNoneMatch));
    }

    @GET
    @Path("/leistungen/{ozgId}/umsetzungsstand")
    @Operation(
            operationId = "getLeistungUmsetzungsstand",
            summary = "Wo eine Leistung online ist",
            description =
                    "Je zuständiger Kommune der Stand (online zuerst, dann nach Reifegrad und Name), dazu für NRW: "
                            + "zuständige Kommunen, davon online mit Reifegrad ≥ reifegradMin, strikt (Metrik c: in jeder zuständigen "
                            + "Kommune online) und mindestensEine (Metrik d: in mindestens einer).")
    @Extension(name = Formate.EXTENSION, value = "csv,xlsx")
    public UmsetzungModelle.LeistungUmsetzungsstand leistungStand(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, examples = "10173")) @PathParam("ozgId")
                    String ozgId,
            @Parameter(
                            description = REIFEGRAD_MIN,
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "0",
                                            maximum = "7",
                                            defaultValue = "2"))
                    @QueryParam("reifegradMin")
                    String reifegradMin,
            @Parameter(description = "Kreisschlüssel (5 Ziffern)") @QueryParam("kreis") String kreis,
            @Parameter(description = "Regierungsbezirk (051–055)") @QueryParam("regierungsbezirk")
                    String regierungsbezirk,
            @Parameter(
                            description = "Nur Kommunen mit diesem Status",
                            schema = @Schema(implementation = Umsetzungsstatus.class))
                    @QueryParam("status")
                    String status,
            @BeanParam PageRequest page) {
        return service.leistungStand(ozgId, reifegradMin, kreis, regierungsbezirk, status, page);
    }

    @GET
    @Path("/leistungen/{ozgId}/zustaendigkeit")
    @Operation(
            operationId = "getZustaendigkeit",
            summary = "Zuständigkeitsregeln einer Leistung",
            description =
                    "Je Kommunentyp: zuständig oder nicht, abgeleitet (Standardregel) oder bestätigt. ETag: Fassung der Regeln.")
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = UmsetzungModelle.Zustaendigkeit.class)))
    public Response getZustaendigkeit(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @PathParam("ozgId") String ozgId) {
        return ETags.ok(zustaendigkeit.get(UmsetzungsstandService.ozgId(ozgId)));
    }

    @PUT
    @Path("/leistungen/{ozgId}/zustaendigkeit")
    @RolesAllowed({Rolle.Namen.ADMIN, Rolle.Namen.KOORDINATION})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "putZustaendigkeit",
            summary = "Zuständigkeitsregeln bestätigen oder korrigieren",
            description =
                    "ADMIN oder KOORDINATION des Themenfelds; braucht If-Match. Gesendete Regeln gelten danach als bestätigt "
                            + "(abgeleitet = false); das Soll aller Kommunen und die Kennzahlen werden in derselben Transaktion nachgeführt.")
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = UmsetzungModelle.Zustaendigkeit.class)))
    public Response putZustaendigkeit(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @PathParam("ozgId") String ozgId,
            @Parameter(description = "ETag der Regeln", required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "Bitte die Regeln senden.") UmsetzungModelle.ZustaendigkeitEingabe eingabe) {
        return ETags.ok(zustaendigkeit.update(UmsetzungsstandService.ozgId(ozgId), eingabe, ifMatch));
    }
}
