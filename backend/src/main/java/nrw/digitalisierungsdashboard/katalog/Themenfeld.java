package nrw.digitalisierungsdashboard.katalog;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Themenfeld", description = "Eines der 14 Themenfelder des OZG-Katalogs.")
public record Themenfeld(
        @Schema(required = true, examples = "6") int id,

        @Schema(required = true, examples = "Familie & Kind")
        String name,

        @Schema(
                description = "Fassung des OZG-Katalogs, aus der der Eintrag stammt",
                required = true,
                examples = "2019")
        String katalogStand,

        @Schema(required = true) int anzahlLagen,
        @Schema(required = true) int anzahlLeistungen) {}
