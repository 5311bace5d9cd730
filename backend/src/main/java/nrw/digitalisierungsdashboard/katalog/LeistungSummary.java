package nrw.digitalisierungsdashboard.katalog;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LeistungSummary", description = "Eine OZG-Leistung in Listen.")
public record LeistungSummary(
        @Schema(description = "OZG-ID", required = true, examples = "10169")
        int ozgId,

        @Schema(required = true, examples = "Führerschein") String name,
        @Schema(required = true) Refs.ThemenfeldRef themenfeld,
        @Schema(required = true) Refs.LageRef lage,

        @Schema(description = "Alle Typisierungen ihrer LeiKa-Zeilen", required = true, examples = "[\"2/3\"]")
        List<String> typisierungen,

        @Schema(required = true) int anzahlLeika,

        @Schema(
                description = "Mindestens eine LeiKa-Zeile ist nach Anhang I der SDG-Verordnung markiert",
                required = true)
        boolean sdg1Relevant,

        @Schema(required = true) String katalogStand,

        @Schema(description = "Kommunen in NRW, die für die Leistung zuständig sind (ihr Soll)")
        Integer zustaendigeKommunen,

        @Schema(
                description =
                        "Davon bieten sie online an, ab dem Mindestreifegrad der Anfrage (reifegradMin, Standard 2)")
        Integer onlineKommunen,

        @Schema(
                description = "onlineKommunen / zustaendigeKommunen (0 bis 1); fehlt, wenn keine Kommune zuständig ist",
                examples = "0.3512")
        BigDecimal anteilOnline) {}
