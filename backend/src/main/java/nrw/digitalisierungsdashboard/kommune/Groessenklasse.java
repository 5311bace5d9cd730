package nrw.digitalisierungsdashboard.kommune;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Groessenklasse",
        description = "Größenklasse nach Einwohnerzahl (gilt für Gemeinden und kreisfreie Städte, nicht für Kreise).")
public record Groessenklasse(
        @Schema(required = true, examples = "KLEINSTADT") String code,
        @Schema(required = true, examples = "Kleinstadt") String name,
        @Schema(required = true, examples = "5000") int einwohnerVon,

        @Schema(description = "Obergrenze einschließlich; null bei der größten Klasse", examples = "19999")
        Integer einwohnerBis,

        @Schema(required = true) String beschreibung,
        @Schema(required = true) int anzahlKommunen) {}
