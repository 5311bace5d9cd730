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
            description = "WARTEND → PRUEFUNG (lesen, prüfen, in Teilen einordnen und schreiben – alles in einer "
                    + "Transaktion) → SCHREIBEN (Rest, Kennzahlen, Abschluss) → FERTIG. Ein Probelauf endet immer als FERTIG, "
                    + "mit den Fehlern als Ergebnis. FEHLGESCHLAGEN: fehlerhafte Datensätze bei fehlerhafte=abbrechen, eine "
                    + "unlesbare Datei, ein interner Fehler oder ein Neustart – dann ist nichts geschrieben.")
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

    @Schema(
            name = "ImportFehlerhafte",
            description =
                    "Was mit fehlerhaften Datensätzen geschieht: ABBRECHEN (Standard) schreibt nichts, sobald einer "
                            + "fehlerhaft ist; UEBERSPRINGEN schreibt die gültigen und nennt die übersprungenen.")
    public enum Fehlerhafte {
        ABBRECHEN,
        UEBERSPRINGEN
    }

    @Schema(
            name = "ImportStatusZaehlung",
            description =
                    "Was die gültigen Datensätze mit einem Status bewirken (bei dryRun oder Abbruch: bewirken würden).")
    public record StatusZaehlung(
            @Schema(description = "Status in der Datei", required = true)
            String status,

            @Schema(required = true) long neu,
            @Schema(required = true) long geaendert,
            @Schema(required = true) long unveraendert) {}

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

            @Schema(
                    description = "ABBRECHEN (alles oder nichts) oder UEBERSPRINGEN (gültige schreiben)",
                    required = true)
            Fehlerhafte fehlerhafte,

            @Schema(
                    description =
                            "Reifegrad für Datensätze mit Status ONLINE ohne Reifegrad (Parameter reifegradStandard)")
            Integer reifegradStandard,

            @Schema(
                    description =
                            "Fortschritt in Prozent: Lesen, Prüfen und Schreiben bis 90, Kennzahlen und Abschluss bis 100; "
                                    + "100 bei jedem Ende",
                    required = true)
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

            @Schema(
                    description = "Fehlerhafte Datensätze; bei ABBRECHEN verhindert schon einer das Schreiben, bei "
                            + "UEBERSPRINGEN werden sie übergangen",
                    required = true)
            long fehler,

            @Schema(
                    description = "true: die Änderungen sind gespeichert (nie bei dryRun oder einem Abbruch)",
                    required = true)
            boolean geschrieben,

            @Schema(description = "Je Status in der Datei: neu, geändert, unverändert", required = true)
            List<StatusZaehlung> jeStatus,

            @Schema(
                    description =
                            "Gültige Datensätze mit Status ONLINE ohne Reifegrad. Ohne reifegradStandard werden sie ohne "
                                    + "Reifegrad gespeichert und zählen wie Reifegrad 0, bei der Standardschwelle (Reifegrad ≥ 2) also "
                                    + "nicht als online",
                    required = true)
            long onlineOhneReifegrad,

            @Schema(description = "Die ersten 1 000 Fehler", required = true)
            List<Fehler> fehlerliste,

            @Schema(
                    description = "Wie viele Fehler die CSV-Datei unter fehlerCsv enthält (alle bis 100 000)",
                    required = true)
            long fehlerGespeichert,

            @Schema(description = "Alle Fehler als CSV (Zeile, Feld, Wert, Grund), wenn es welche gibt")
            String fehlerCsv,

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
