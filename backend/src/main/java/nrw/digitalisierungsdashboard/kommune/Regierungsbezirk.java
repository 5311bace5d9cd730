package nrw.digitalisierungsdashboard.kommune;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Regierungsbezirk",
        description = "Einer der fünf Regierungsbezirke; Einwohner und Fläche sind Summen über seine Gemeinden.")
public record Regierungsbezirk(
        @Schema(required = true, examples = "051") String id,

        @Schema(required = true, examples = "Reg.-Bez. Düsseldorf")
        String name,

        @Schema(required = true, examples = "Düsseldorf") String kurzname,
        @Schema(required = true) String verwaltungssitz,
        @Schema(required = true) long einwohner,
        @Schema(required = true) BigDecimal flaecheKm2,
        @Schema(required = true) int anzahlKreise,
        @Schema(required = true) int anzahlKreisfreieStaedte,
        @Schema(required = true) int anzahlGemeinden) {}
