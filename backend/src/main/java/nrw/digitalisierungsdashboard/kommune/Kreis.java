package nrw.digitalisierungsdashboard.kommune;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Kreis",
        description =
                "Eine Einheit der Kreisebene: Kreis oder kreisfreie Stadt. Einwohner und Fläche sind Summen über ihre Gemeinden.")
public record Kreis(
        @Schema(description = "5-stelliger Kreisschlüssel", required = true, examples = "05158")
        String schluessel,

        @Schema(required = true, examples = "Kreis Mettmann")
        String name,

        @Schema(required = true, examples = "Mettmann") String kurzname,
        @Schema(required = true) KreisTyp typ,
        @Schema(required = true) String verwaltungssitz,
        @Schema(required = true) RegionRefs.RegierungsbezirkRef regierungsbezirk,
        @Schema(required = true) int anzahlGemeinden,
        @Schema(required = true) long einwohner,
        @Schema(required = true) BigDecimal flaecheKm2,

        @Schema(
                description =
                        "Schlüssel der zugehörigen Kommune unter /kommunen: der Kreisschlüssel bei Kreisen, der 8-stellige AGS bei kreisfreien Städten",
                required = true,
                examples = "05158")
        String kommuneAgs) {}
