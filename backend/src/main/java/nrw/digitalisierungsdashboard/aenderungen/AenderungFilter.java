package nrw.digitalisierungsdashboard.aenderungen;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Query parameters of the public change log, the same for JSON, CSV, XLSX and the Atom feed. */
public class AenderungFilter {

    @QueryParam("entitaet")
    @Parameter(
            description = "Art des Eintrags, z. B. LEISTUNG, KOMMUNE, PROJEKT, UMSETZUNGSSTAND",
            schema = @Schema(type = SchemaType.STRING))
    public String entitaet;

    @QueryParam("id")
    @Parameter(description = "Nur Änderungen an diesem Eintrag (Schlüssel)", schema = @Schema(type = SchemaType.STRING))
    public String id;

    @QueryParam("seit")
    @Parameter(
            description = "Nur Änderungen ab diesem Zeitpunkt (ISO 8601)",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    public String seit;

    @QueryParam("kommune")
    @Parameter(
            description = "Nur Änderungen an dieser Kommune (AGS oder Kreisschlüssel), ihrem Umsetzungsstand und ihren "
                    + "Anschlüssen an Basiskomponenten",
            schema = @Schema(type = SchemaType.STRING, pattern = "^05([0-9]{3}|[0-9]{6})$", examples = "05315000"))
    public String kommune;
}
