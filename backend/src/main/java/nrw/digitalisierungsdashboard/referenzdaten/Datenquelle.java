package nrw.digitalisierungsdashboard.referenzdaten;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Datenquelle",
        description =
                "Eine Quelle der Daten des Dashboards mit Stand, Lizenz, Namensnennung, Einschränkungen und dem, was daraus abgeleitet ist.")
public record Datenquelle(
        @Schema(required = true, examples = "gemeindeverzeichnis-nrw-2023")
        String id,

        @Schema(required = true) String titel,
        @Schema(required = true) String herausgeber,

        @Schema(description = "Stand der Quelle (Datum)", required = true, examples = "2023-11-30")
        String stand,

        @Schema(required = true) String lizenz,
        @Schema(required = true) String lizenzUrl,

        @Schema(description = "Pflichtangabe bei Weitergabe", required = true)
        String namensnennung,

        String herkunftUrl,
        @Schema(required = true) String umfang,

        @Schema(description = "Einschränkungen und Eigenheiten der Quelle", required = true)
        List<String> hinweise,

        @Schema(description = "Was das Dashboard aus der Quelle ableitet", required = true)
        List<String> abgeleitet,

        @Schema(description = "Version der geladenen Dateien (SHA-256); null bei Quellen, die nur die Karte nutzt")
        String version,

        @Schema(description = "Wann diese Version in die Datenbank geladen wurde")
        OffsetDateTime geladenAm) {}
