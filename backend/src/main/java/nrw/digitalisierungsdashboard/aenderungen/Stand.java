package nrw.digitalisierungsdashboard.aenderungen;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Stand",
        description = "Wie aktuell die Daten sind: letzte öffentliche Änderung und letzte geladene Referenzdaten.")
public record Stand(
        @Schema(description = "Zeitpunkt der letzten öffentlichen Änderung; null, solange es keine gibt")
        OffsetDateTime letzteAenderung,

        @Schema(description = "Wann zuletzt Referenzdaten geladen wurden")
        OffsetDateTime referenzdatenGeladen) {}
