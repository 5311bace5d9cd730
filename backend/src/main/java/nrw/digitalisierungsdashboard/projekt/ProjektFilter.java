package nrw.digitalisierungsdashboard.projekt;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Query parameters of {@code GET /projekte}. */
public class ProjektFilter {

    @QueryParam("themenfeld")
    @Parameter(description = "ID eines Themenfelds", schema = @Schema(type = SchemaType.INTEGER))
    public String themenfeld;

    @QueryParam("phase")
    @Parameter(schema = @Schema(implementation = Phase.class))
    public String phase;

    @QueryParam("status")
    @Parameter(schema = @Schema(implementation = Enums.ProjektStatus.class))
    public String status;

    @QueryParam("organisation")
    @Parameter(
            description = "Nur Projekte, an denen diese Organisation teilnimmt",
            schema = @Schema(type = SchemaType.STRING))
    public String organisation;

    @QueryParam("rolle")
    @Parameter(
            description = "Zusammen mit organisation oder kommune: nur in dieser Rolle",
            schema = @Schema(implementation = Enums.TeilnahmeRolle.class))
    public String rolle;

    @QueryParam("basiskomponente")
    @Parameter(
            description = "Nur Projekte, die diese Basiskomponente brauchen",
            schema = @Schema(type = SchemaType.STRING))
    public String basiskomponente;

    @QueryParam("leistung")
    @Parameter(
            description = "OZG-ID: nur Projekte, die diese Leistung abdecken",
            schema = @Schema(type = SchemaType.INTEGER))
    public String leistung;

    @QueryParam("kommune")
    @Parameter(
            description = "AGS oder Kreisschlüssel: nur Projekte, an denen diese Kommune teilnimmt",
            schema = @Schema(type = SchemaType.STRING))
    public String kommune;

    @QueryParam("beispiel")
    @Parameter(
            description = "true: nur Beispielprojekte; false: nur echte",
            schema = @Schema(type = SchemaType.BOOLEAN))
    public String beispiel;

    @QueryParam("q")
    @Parameter(description = "Volltextsuche in Titel und Zusammenfassung", schema = @Schema(type = SchemaType.STRING))
    public String q;

    @QueryParam("sort")
    @Parameter(
            description =
                    "titel, geaendertAm, phase, themenfeld; mit - davor absteigend. Ohne Angabe: Relevanz bei q, sonst Titel.",
            schema = @Schema(type = SchemaType.STRING))
    public String sort;
}
