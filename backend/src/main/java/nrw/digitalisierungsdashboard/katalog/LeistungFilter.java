package nrw.digitalisierungsdashboard.katalog;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Query parameters of {@code GET /leistungen}; parsed and checked by the service. */
public class LeistungFilter {

    @QueryParam("themenfeld")
    @Parameter(description = "ID eines Themenfelds", schema = @Schema(type = SchemaType.INTEGER))
    public String themenfeld;

    @QueryParam("lage")
    @Parameter(description = "ID einer Lebens- oder Unternehmenslage", schema = @Schema(type = SchemaType.INTEGER))
    public String lage;

    @QueryParam("typisierung")
    @Parameter(
            description = "Typisierung, z. B. 2/3; trifft Leistungen, bei denen mindestens eine LeiKa-Zeile sie trägt",
            schema = @Schema(type = SchemaType.STRING, examples = "2/3"))
    public String typisierung;

    @QueryParam("q")
    @Parameter(
            description = "Volltextsuche (deutsch, Umlaute gefaltet, Wortanfänge genügen, nach Relevanz sortiert)",
            schema = @Schema(type = SchemaType.STRING, examples = "Führerschein"))
    public String q;

    @QueryParam("reifegradMin")
    @Parameter(
            description = "Ab welchem Reifegrad ein Online-Eintrag für onlineKommunen zählt (0–7, Standard 2)",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "7", defaultValue = "2"))
    public String reifegradMin;

    @QueryParam("sort")
    @Parameter(
            description = "Sortierung: name, ozgId, themenfeld, anzahlLeika, anteilOnline; mit - davor absteigend. "
                    + "Ohne Angabe: nach Relevanz, wenn q gesetzt ist, sonst nach Name.",
            schema = @Schema(type = SchemaType.STRING, examples = "-anzahlLeika"))
    public String sort;
}
