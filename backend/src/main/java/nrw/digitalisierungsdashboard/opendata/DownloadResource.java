package nrw.digitalisierungsdashboard.opendata;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.File;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import nrw.digitalisierungsdashboard.common.NotFoundException;
import nrw.digitalisierungsdashboard.common.Page;
import nrw.digitalisierungsdashboard.common.PageRequest;
import nrw.digitalisierungsdashboard.common.tabelle.Downloads;
import nrw.digitalisierungsdashboard.common.tabelle.Formate;
import nrw.digitalisierungsdashboard.identity.Rolle;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Bulk files of whole datasets: the list and the files themselves. The list is not a {@code PublicRead}: it changes
 * when the files are regenerated, which no data notification announces, and its URLs follow the request's host when
 * DASHBOARD_API_URL is unset; the read cache (keyed by path) must not keep it.
 */
@Path("/api/v1/downloads")
@PermitAll
@Tag(name = "OpenData")
public class DownloadResource {

    private final BulkDateien dateien;
    private final Downloads downloads;

    public DownloadResource(BulkDateien dateien, Downloads downloads) {
        this.dateien = dateien;
        this.downloads = downloads;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "listDownloads",
            summary = "Massendateien",
            description = "Ganze Datensätze als gzip-komprimierte CSV-Dateien (Regeln wie bei format=csv): "
                    + "OZG-Katalog mit LeiKa-Zeilen, Kommunen, Projekte und Projektteams, der vollständige "
                    + "Umsetzungsstand Kommune × Leistung, die Basiskomponenten-Anschlüsse und die Tagesstände. "
                    + "Erzeugt nach Änderungen (höchstens alle 10 Minuten) und täglich; je Datei Größe, Zeilen, "
                    + "SHA-256, Stand, Lizenz und Namensnennung. Leer, bis der erste Lauf nach dem Start fertig ist.")
    public Page<BulkModelle.Datei> list(@BeanParam PageRequest page) {
        String basis = downloads.apiBasis() + "/api/v1/downloads/";
        List<BulkModelle.Datei> mitUrl = dateien.liste().stream()
                .map(d -> new BulkModelle.Datei(
                        d.name(),
                        d.titel(),
                        d.datensatz(),
                        basis + d.name(),
                        d.mediaType(),
                        d.format(),
                        d.bytes(),
                        d.zeilen(),
                        d.sha256(),
                        d.stand(),
                        d.erzeugt(),
                        d.lizenz(),
                        d.lizenzUrl(),
                        d.namensnennung(),
                        d.spalten()))
                .toList();
        return Page.slice(mitUrl, page);
    }

    @GET
    @Path("/{name}")
    @Produces(Formate.GZIP)
    @Operation(
            operationId = "getDownload",
            summary = "Eine Massendatei",
            description =
                    "Die Datei als application/gzip (entpackt: CSV nach RFC 4180, UTF-8, Trennzeichen ;), "
                            + "Content-Disposition mit dem Datum des Datenstands, ETag = SHA-256 der Datei (If-None-Match → 304).")
    @APIResponse(
            responseCode = "200",
            description = "Die gzip-komprimierte CSV-Datei",
            content = @Content(mediaType = Formate.GZIP, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Unverändert (If-None-Match passt zum ETag)")
    public Response get(
            @Parameter(
                            description = "Name der Datei aus der Liste",
                            schema = @Schema(type = SchemaType.STRING, examples = "kommunen.csv.gz"))
                    @PathParam("name")
                    String name,
            @Context Request request) {
        BulkDatei datei = BulkDatei.von(name);
        BulkModelle.Datei info = datei == null
                ? null
                : dateien.liste().stream()
                        .filter(d -> d.name().equals(name))
                        .findFirst()
                        .orElse(null);
        File pfad = datei == null ? null : dateien.pfad(datei).toFile();
        if (info == null || !pfad.isFile()) {
            throw new NotFoundException("Eine Massendatei „" + name + "“ gibt es (noch) nicht; die Liste steht unter "
                    + "GET /api/v1/downloads.");
        }
        EntityTag etag = new EntityTag(info.sha256());
        Date geaendert = Date.from(info.erzeugt().toInstant());
        Response.ResponseBuilder unveraendert = request.evaluatePreconditions(geaendert, etag);
        if (unveraendert != null) {
            return unveraendert.build();
        }
        String dateiname =
                name.replace(".csv.gz", "") + "-" + info.stand().format(DateTimeFormatter.ISO_LOCAL_DATE) + ".csv.gz";
        return Response.ok(pfad, Formate.GZIP)
                .tag(etag)
                .lastModified(geaendert)
                .header("Content-Disposition", "attachment; filename=\"" + dateiname + "\"")
                .header(
                        "Link",
                        "<" + downloads.apiBasis() + "/api/v1/dcat#" + info.datensatz()
                                + ">; rel=\"describedby\"; type=\"" + Formate.JSON_LD + "\", <" + info.lizenzUrl()
                                + ">; rel=\"license\"")
                .header("X-Lizenz", info.lizenz())
                .header("X-Stand", info.stand().toString())
                .build();
    }

    @POST
    @Path("/erzeugung")
    @RolesAllowed(Rolle.Namen.ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "erzeugeDownloads",
            summary = "Massendateien jetzt erzeugen",
            description = "ADMIN. Erzeugt alle Massendateien aus einem konsistenten Schnappschuss; läuft sonst nach "
                    + "Änderungen und täglich um 01:15 UTC. erzeugt = false, wenn gerade ein anderer Lauf erzeugt.")
    public BulkModelle.Erzeugung erzeuge() {
        return dateien.erzeuge();
    }
}
