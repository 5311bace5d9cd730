package nrw.digitalisierungsdashboard.kommune;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Query parameters of {@code GET /kommunen}; parsed and checked by the service. */
public class KommuneFilter {

    @QueryParam("typ")
    @Parameter(description = "Status der Kommune", schema = @Schema(implementation = KommuneTyp.class))
    public String typ;

    @QueryParam("ebene")
    @Parameter(description = "GEMEINDE oder KREIS", schema = @Schema(implementation = Ebene.class))
    public String ebene;

    @QueryParam("kreis")
    @Parameter(
            description =
                    "5-stelliger Kreisschlüssel: die Kommunen im Gebiet dieses Kreises, der Kreis selbst eingeschlossen",
            schema = @Schema(type = SchemaType.STRING, pattern = "^05[0-9]{3}$", examples = "05158"))
    public String kreis;

    @QueryParam("regierungsbezirk")
    @Parameter(
            description = "3-stellige Kennung des Regierungsbezirks",
            schema = @Schema(type = SchemaType.STRING, pattern = "^05[0-9]$", examples = "051"))
    public String regierungsbezirk;

    @QueryParam("groessenklasse")
    @Parameter(
            description = "Code einer Größenklasse (siehe /groessenklassen)",
            schema = @Schema(type = SchemaType.STRING, examples = "KLEINSTADT"))
    public String groessenklasse;

    @QueryParam("q")
    @Parameter(
            description = "Suche im Namen (Umlaute gefaltet, Wortanfänge genügen) oder nach dem Anfang des AGS",
            schema = @Schema(type = SchemaType.STRING, examples = "Köln"))
    public String q;

    @QueryParam("reifegradMin")
    @Parameter(
            description = "Ab welchem Reifegrad ein Online-Eintrag für online und anteilOnline zählt (0–7, Standard 2)",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "7", defaultValue = "2"))
    public String reifegradMin;

    @QueryParam("sort")
    @Parameter(
            description =
                    "Sortierung: name, ags, einwohner, flaecheKm2, einwohnerJeKm2, anteilOnline; mit - davor absteigend. Ohne Angabe: nach Name.",
            schema = @Schema(type = SchemaType.STRING, examples = "-einwohner"))
    public String sort;
}
