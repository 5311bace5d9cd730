package nrw.digitalisierungsdashboard.kommune;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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

/** The Kommunen of NRW (Gemeindeverzeichnis, Gebietsstand 30.11.2023). */
@PublicRead
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Kommunen", description = "Kommunen, Kreise und Regierungsbezirke in NRW")
public class KommuneResource {

    private final KommuneService service;
    private final AuditService audit;

    public KommuneResource(KommuneService service, AuditService audit) {
        this.service = service;
        this.audit = audit;
    }

    @GET
    @Path("/kommunen")
    @Operation(
            operationId = "listKommunen",
            summary = "Kommunen filtern und suchen",
            description = "Die 396 Gemeinden (22 davon kreisfreie Städte) und die 31 Kreise.")
    @Extension(name = Formate.EXTENSION, value = "csv,xlsx")
    public Page<KommuneSummary> kommunen(@BeanParam KommuneFilter filter, @BeanParam PageRequest page) {
        return service.kommunen(filter, page);
    }

    @GET
    @Path("/kommunen/{ags}")
    @Operation(
            operationId = "getKommune",
            summary = "Profil einer Kommune",
            description =
                    "Schlüssel: 8-stelliger AGS, 5-stelliger Kreisschlüssel (Kreis oder kreisfreie Stadt) oder 12-stelliger ARS.")
    @APIResponse(
            responseCode = "200",
            description = "Die Kommune; ETag ist ihre Fassung",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = KommuneDetail.class)))
    public Response kommune(
            @Parameter(
                            description = "AGS, Kreisschlüssel oder ARS",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            pattern = "^([0-9]{5}|[0-9]{8}|[0-9]{12})$",
                                            examples = "05315000"))
                    @PathParam("ags")
                    String ags) {
        return ETags.ok(service.kommuneVersioned(ags));
    }

    @PATCH
    @Path("/kommunen/{ags}")
    @RolesAllowed({Rolle.Namen.ADMIN, Rolle.Namen.KOORDINATION})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "updateKommune",
            summary = "Status einer Kommune bestätigen oder korrigieren",
            description = "ADMIN oder KOORDINATION; braucht If-Match. Der gesetzte Status gilt als bestätigt.")
    @APIResponse(
            responseCode = "200",
            description = "Die geänderte Kommune mit neuem ETag",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = KommuneDetail.class)))
    public Response update(
            @Parameter(description = "AGS, Kreisschlüssel oder ARS", schema = @Schema(type = SchemaType.STRING))
                    @PathParam("ags")
                    String ags,
            @Parameter(description = "ETag der gelesenen Fassung", required = true) @HeaderParam("If-Match")
                    String ifMatch,
            @Valid @NotNull(message = "Bitte die Änderungen senden.") KommuneAenderung aenderung) {
        return ETags.ok(service.update(ags, aenderung, ifMatch));
    }

    @GET
    @Path("/kommunen/{ags}/historie")
    @Operation(
            operationId = "getKommuneHistorie",
            summary = "Änderungen an einer Kommune",
            description = "Neueste zuerst.")
    @Extension(name = Formate.EXTENSION, value = "csv,xlsx")
    public Page<Aenderung> historie(
            @Parameter(description = "AGS, Kreisschlüssel oder ARS", schema = @Schema(type = SchemaType.STRING))
                    @PathParam("ags")
                    String ags,
            @BeanParam PageRequest page) {
        return audit.historie("KOMMUNE", service.kommune(ags).ags(), page);
    }

    @GET
    @Path("/regierungsbezirke")
    @Operation(operationId = "listRegierungsbezirke", summary = "Die fünf Regierungsbezirke")
    @Extension(name = Formate.EXTENSION, value = "csv,xlsx")
    public Page<Regierungsbezirk> regierungsbezirke(@BeanParam PageRequest page) {
        return Page.slice(service.regierungsbezirke(), page);
    }

    @GET
    @Path("/kreise")
    @Operation(
            operationId = "listKreise",
            summary = "Kreise und kreisfreie Städte",
            description =
                    "Die 53 Einheiten der Kreisebene: 31 Kreise (mit der Städteregion Aachen) und 22 kreisfreie Städte, nach Name sortiert.")
    @Extension(name = Formate.EXTENSION, value = "csv,xlsx")
    public Page<Kreis> kreise(
            @Parameter(
                            description = "3-stellige Kennung des Regierungsbezirks",
                            schema = @Schema(type = SchemaType.STRING, pattern = "^05[0-9]$"))
                    @QueryParam("regierungsbezirk")
                    String regierungsbezirk,
            @Parameter(description = "KREIS oder KREISFREIE_STADT", schema = @Schema(implementation = KreisTyp.class))
                    @QueryParam("typ")
                    String typ,
            @BeanParam PageRequest page) {
        return Page.slice(service.kreise(regierungsbezirk, typ), page);
    }

    @GET
    @Path("/groessenklassen")
    @Operation(operationId = "listGroessenklassen", summary = "Größenklassen nach Einwohnerzahl")
    @Extension(name = Formate.EXTENSION, value = "csv,xlsx")
    public Page<Groessenklasse> groessenklassen(@BeanParam PageRequest page) {
        return Page.slice(service.groessenklassen(), page);
    }
}
