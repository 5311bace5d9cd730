package nrw.digitalisierungsdashboard.importe;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URI;
import nrw.digitalisierungsdashboard.common.InvalidParameterException;
import nrw.digitalisierungsdashboard.common.Page;
import nrw.digitalisierungsdashboard.common.PageRequest;
import nrw.digitalisierungsdashboard.identity.Rolle;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Bulk import of the Umsetzungsstand for integrators. */
@Path("/api/v1/importe")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Rolle.Namen.ADMIN, Rolle.Namen.INTEGRATION})
@Tag(
        name = "Importe",
        description = "Massenimport des Umsetzungsstands (CSV, JSON, Format des Dashboards Digitale Verwaltung / PVOG)")
public class ImportResource {

    static final String CSV = "text/csv; charset=UTF-8";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ImportService service;
    private final ImportFehlerliste fehlerliste;

    public ImportResource(ImportService service, ImportFehlerliste fehlerliste) {
        this.service = service;
        this.fehlerliste = fehlerliste;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(
            operationId = "createImport",
            summary = "Umsetzungsstand importieren",
            description =
                    "INTEGRATION oder ADMIN. Inhalt: CSV (text/csv, Trennzeichen ; oder , oder Tab, erste Zeile = Kopfzeile) "
                            + "oder JSON (application/json: ein Array von Objekten, auch in einem Objekt). UTF-8. Felder: die Kommune als ags "
                            + "(8 Ziffern, Kreise 5) oder ars (12), die Leistung als ozg_id (ozgid) oder leika (leika_key, 14 Ziffern; "
                            + "mehrdeutige LeiKa-Schlüssel brauchen zusätzlich ozg_id), status (online_status: ONLINE, IN_UMSETZUNG, "
                            + "IN_PLANUNG, NICHT_BEGONNEN; auch online/offline, true/false), reifegrad (0–4, bei reifegradmodell 2.0 0–7), "
                            + "url, online_seit (2026-01-31). Unbekannte Spalten werden übergangen und als Hinweis genannt. Beispiel-Kopfzeile: "
                            + "ags;ozg_id;status;reifegrad;url;online_seit. Kodierung, Kopfzeile und Pflichtspalten werden sofort geprüft "
                            + "(400/422). Danach antwortet der Dienst 202 mit dem Auftrag (Location): er liest die ganze Datei, prüft jeden "
                            + "Datensatz und schreibt nur, wenn keiner fehlerhaft ist – alles in einer Transaktion. Einträge mit gleichen "
                            + "Werten bleiben unberührt (dieselbe Datei zweimal ändert nichts); Einträge, die in der Datei fehlen, bleiben "
                            + "stehen. dryRun=true prüft und zählt je Status, was die gültigen Datensätze bewirken würden, auch wenn "
                            + "andere fehlerhaft sind, und endet als FERTIG. fehlerhafte=ueberspringen schreibt die gültigen und "
                            + "nennt die übergangenen. Eine Vorlage mit allen Spalten: GET /api/v1/importe/vorlage.")
    @RequestBody(
            content = {
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(type = SchemaType.ARRAY, implementation = Object.class))
            })
    @APIResponse(
            responseCode = "202",
            description = "Angenommen; der Auftrag läuft",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportModelle.Job.class)))
    public Response create(
            @Parameter(
                            description = "true: nur prüfen und zählen, nichts schreiben",
                            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                    @QueryParam("dryRun")
                    String dryRun,
            @Parameter(
                            description = "csv oder json; sonst aus dem Content-Type",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"csv", "json"}))
                    @QueryParam("format")
                    String format,
            @Parameter(
                            description =
                                    "abbrechen (Standard): ist ein Datensatz fehlerhaft, wird nichts geschrieben. "
                                            + "ueberspringen: die gültigen werden geschrieben, die fehlerhaften übergangen und genannt "
                                            + "(auch im Audit-Eintrag).",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"abbrechen", "ueberspringen"},
                                            defaultValue = "abbrechen"))
                    @QueryParam("fehlerhafte")
                    String fehlerhafte,
            @Parameter(
                            description =
                                    "Reifegrad (0–4) für Datensätze mit Status ONLINE ohne Reifegrad, wie sie das Format "
                                            + "des Bundes liefert. Ohne den Parameter werden sie ohne Reifegrad gespeichert und zählen wie "
                                            + "Reifegrad 0 – bei der Standardschwelle (Reifegrad ≥ 2) also nicht als online.",
                            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "4"))
                    @QueryParam("reifegradStandard")
                    String reifegradStandard,
            @HeaderParam("Content-Type") String contentType,
            InputStream body) {
        if (body == null) {
            throw InvalidParameterException.query("body", "Bitte eine Datei senden.");
        }
        ImportModelle.Job job = service.annehmen(body, contentType, format, dryRun, fehlerhafte, reifegradStandard);
        return Response.accepted(job)
                .location(URI.create("/api/v1/importe/" + job.id()))
                .build();
    }

    @GET
    @Operation(
            operationId = "listImporte",
            summary = "Importe, neueste zuerst",
            description = "ADMIN sieht alle, INTEGRATION die eigenen.")
    public Page<ImportModelle.Job> list(@BeanParam PageRequest page) {
        return service.list(page);
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getImport",
            summary = "Stand eines Imports",
            description =
                    "Fortschritt in Prozent, Zählungen (neu, geändert, unverändert, fehlerhaft) und Fehler mit Zeile, Feld "
                            + "und Grund. ADMIN sieht alle, INTEGRATION die eigenen.")
    public ImportModelle.Job get(@Parameter(schema = @Schema(type = SchemaType.INTEGER)) @PathParam("id") String id) {
        return service.job(id(id));
    }

    @GET
    @Path("/{id}/fehler")
    @Produces(CSV)
    @Operation(
            operationId = "getImportFehler",
            summary = "Alle Fehler eines Imports als CSV",
            description =
                    "Jeder fehlerhafte Datensatz mit Zeile, Feld, gelesenem Wert (gekürzt auf 100 Zeichen) und Grund, "
                            + "in der Reihenfolge der Datei; vollständig bis 100 000 Fehler (fehlerGespeichert im Auftrag nennt, wie "
                            + "viele die Datei enthält). CSV nach RFC 4180: UTF-8, Trennzeichen ;, Kopfzeile zeile;feld;wert;grund. "
                            + "ADMIN sieht alle, INTEGRATION die eigenen.")
    @APIResponse(
            responseCode = "200",
            description = "Die Fehler",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    public Response fehler(@Parameter(schema = @Schema(type = SchemaType.INTEGER)) @PathParam("id") String id) {
        long importId = id(id);
        StreamingOutput csv = fehlerliste.csv(importId);
        return Response.ok(csv, CSV)
                .header("Content-Disposition", "attachment; filename=\"import-" + importId + "-fehler.csv\"")
                .build();
    }

    private static long id(String id) {
        if (id == null || !id.matches("\\d{1,18}")) {
            throw InvalidParameterException.path("id", "Die ID eines Imports ist eine ganze Zahl.");
        }
        return Long.parseLong(id);
    }
}
