package nrw.digitalisierungsdashboard.importe;

import java.time.OffsetDateTime;
import java.util.List;
import nrw.digitalisierungsdashboard.common.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Import jobs as the API shows them. */
public final class ImportModelle {

    private ImportModelle() {}

    @Schema(
            name = "ImportStatus",
            description = "WARTEND → PRUEFUNG (ganze Datei lesen und prüfen) → SCHREIBEN (eine Transaktion) → "
                    + "FERTIG; bei einem Fehler FEHLGESCHLAGEN, und dann ist nichts geschrieben.")
    public enum ImportStatus {
        WARTEND,
        PRUEFUNG,
        SCHREIBEN,
        FERTIG,
        FEHLGESCHLAGEN
    }

    @Schema(name = "ImportFormat")
    public enum Format {
        CSV,
        JSON
    }

    @Schema(name = "ImportFehler", description = "Ein Fehler in der Datei: Zeile, Feld und Grund.")
    public record Fehler(
            @Schema(description = "Zeile in der Datei (die Kopfzeile einer CSV-Datei ist Zeile 1)", required = true)
            long zeile,

            @Schema(description = "Feld bzw. Spalte", required = true)
            String feld,

            @Schema(description = "Der gelesene Wert (gekürzt)")
            String wert,

            @Schema(required = true) String grund) {}

    @Schema(name = "ImportJob", description = "Ein Import mit Fortschritt, Zählungen und Fehlern.")
    public record Job(
            @Schema(required = true) long id,
            @Schema(required = true) ImportStatus status,
            @Schema(required = true) Format format,

            @Schema(
                    description = "true: nur prüfen und zählen, was sich ändern würde; nichts schreiben",
                    required = true)
            boolean dryRun,

            @Schema(description = "Fortschritt in Prozent (Prüfen bis 80, Schreiben bis 100)", required = true)
            int fortschritt,

            @Schema(required = true) long bytesGesamt,
            @Schema(required = true) long bytesGelesen,

            @Schema(description = "Gelesene Datensätze", required = true)
            long zeilen,

            @Schema(description = "Neue Einträge (bei dryRun: würden neu)", required = true)
            long neu,

            @Schema(description = "Geänderte Einträge", required = true)
            long geaendert,

            @Schema(description = "Unveränderte Einträge (gleiche Werte wie gespeichert)", required = true)
            long unveraendert,

            @Schema(description = "Fehlerhafte Datensätze; schon einer verhindert das Schreiben", required = true)
            long fehler,

            @Schema(description = "Die ersten 1 000 Fehler", required = true)
            List<Fehler> fehlerliste,

            @Schema(description = "Hinweise, z. B. unbekannte und deshalb übergangene Spalten", required = true)
            List<String> hinweise,

            String meldung,

            @Schema(description = "Bei FEHLGESCHLAGEN: das Problem nach RFC 9457")
            Problem problem,

            @Schema(description = "Konto oder Token, das importiert hat", required = true)
            String erstelltVon,

            @Schema(required = true) OffsetDateTime erstelltAm,
            OffsetDateTime begonnenAm,
            OffsetDateTime beendetAm) {}
}
