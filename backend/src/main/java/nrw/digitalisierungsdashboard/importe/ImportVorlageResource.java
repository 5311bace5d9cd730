package nrw.digitalisierungsdashboard.importe;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Locale;
import nrw.digitalisierungsdashboard.common.InvalidParameterException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public template of an import file. A class of its own: beside the import's class-level roles, SmallRye OpenAPI
 * would document it as secured although it answers everyone.
 */
@Path("/api/v1/importe/vorlage")
@PermitAll
@Tag(name = "Importe")
public class ImportVorlageResource {

    @GET
    @Produces({ImportResource.CSV, ImportResource.XLSX})
    @Operation(
            operationId = "getImportVorlage",
            summary = "Vorlage einer Importdatei",
            description =
                    "Öffentlich. Jede Spalte, die der Import versteht, mit einer Beispielzeile (CSV: UTF-8, Trennzeichen ;). "
                            + "format=xlsx liefert dieselbe Vorlage als Tabelle mit einem zweiten Blatt, das jede Spalte erklärt (Pflicht, "
                            + "Werte, andere verstandene Namen); zum Import als „CSV UTF-8“ speichern. Die Beispielzeile verweist auf "
                            + "https://example.org/vorlage-beispiel und wird unverändert als fehlerhaft abgewiesen.")
    @APIResponse(
            responseCode = "200",
            description = "Die Vorlage",
            content = {
                @Content(mediaType = ImportResource.CSV, schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = ImportResource.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response vorlage(
            @Parameter(
                            description = "csv (Standard) oder xlsx",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"csv", "xlsx"},
                                            defaultValue = "csv"))
                    @QueryParam("format")
                    String format) {
        String f = format == null || format.isBlank() ? "csv" : format.trim().toLowerCase(Locale.ROOT);
        StreamingOutput body = switch (f) {
            case "csv" -> ImportVorlage::csv;
            case "xlsx" -> ImportVorlage::xlsx;
            default -> throw InvalidParameterException.query("format", "csv oder xlsx.");
        };
        String typ = f.equals("xlsx") ? ImportResource.XLSX : ImportResource.CSV;
        return Response.ok(body, typ)
                .header("Content-Disposition", "attachment; filename=\"import-vorlage." + f + "\"")
                .build();
    }
}
