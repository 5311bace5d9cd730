package nrw.digitalisierungsdashboard.kommune;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nrw.digitalisierungsdashboard.common.Page;
import nrw.digitalisierungsdashboard.common.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The Kommunen of NRW (Gemeindeverzeichnis, Gebietsstand 30.11.2023). */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Kommunen", description = "Kommunen, Kreise und Regierungsbezirke in NRW")
public class KommuneResource {

    private final KommuneService service;

    public KommuneResource(KommuneService service) {
        this.service = service;
    }

    @GET
    @Path("/kommunen")
    @Operation(operationId = "listKommunen", summary = "Kommunen filtern und suchen",
            description = "Die 396 Gemeinden (22 davon kreisfreie Städte) und die 31 Kreise.")
    public Page<KommuneSummary> kommunen(@BeanParam KommuneFilter filter, @BeanParam PageRequest page) {
        return service.kommunen(filter, page);
    }

    @GET
    @Path("/kommunen/{ags}")
    @Operation(operationId = "getKommune", summary = "Profil einer Kommune",
            description = "Schlüssel: 8-stelliger AGS, 5-stelliger Kreisschlüssel (Kreis oder kreisfreie Stadt) oder 12-stelliger ARS.")
    public KommuneDetail kommune(
            @Parameter(description = "AGS, Kreisschlüssel oder ARS",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^([0-9]{5}|[0-9]{8}|[0-9]{12})$", examples = "05315000"))
            @PathParam("ags") String ags) {
        return service.kommune(ags);
    }

    @GET
    @Path("/regierungsbezirke")
    @Operation(operationId = "listRegierungsbezirke", summary = "Die fünf Regierungsbezirke")
    public Page<Regierungsbezirk> regierungsbezirke(@BeanParam PageRequest page) {
        return Page.slice(service.regierungsbezirke(), page);
    }

    @GET
    @Path("/kreise")
    @Operation(operationId = "listKreise", summary = "Kreise und kreisfreie Städte",
            description = "Die 53 Einheiten der Kreisebene: 31 Kreise (mit der Städteregion Aachen) und 22 kreisfreie Städte, nach Name sortiert.")
    public Page<Kreis> kreise(
            @Parameter(description = "3-stellige Kennung des Regierungsbezirks", schema = @Schema(type = SchemaType.STRING, pattern = "^05[0-9]$"))
            @QueryParam("regierungsbezirk") String regierungsbezirk,
            @Parameter(description = "KREIS oder KREISFREIE_STADT", schema = @Schema(implementation = KreisTyp.class))
            @QueryParam("typ") String typ,
            @BeanParam PageRequest page) {
        return Page.slice(service.kreise(regierungsbezirk, typ), page);
    }

    @GET
    @Path("/groessenklassen")
    @Operation(operationId = "listGroessenklassen", summary = "Größenklassen nach Einwohnerzahl")
    public Page<Groessenklasse> groessenklassen(@BeanParam PageRequest page) {
        return Page.slice(service.groessenklassen(), page);
    }
}
