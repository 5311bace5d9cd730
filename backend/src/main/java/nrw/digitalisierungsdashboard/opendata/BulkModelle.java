package nrw.digitalisierungsdashboard.opendata;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API models of the bulk files. */
public final class BulkModelle {

    private BulkModelle() {}

    @Schema(name = "BulkDatei", description = "Eine Massendatei: ein ganzer Datensatz als gzip-komprimierte CSV-Datei.")
    public record Datei(
            @Schema(required = true, examples = "kommunen.csv.gz")
            String name,

            @Schema(required = true) String titel,

            @Schema(description = "Datensatz im Katalog (GET /api/v1/dcat)", required = true, examples = "kommunen")
            String datensatz,

            @Schema(description = "Adresse der Datei", required = true)
            String url,

            @Schema(description = "Medientyp der Datei", required = true, examples = "application/gzip")
            String mediaType,

            @Schema(description = "Medientyp nach dem Entpacken", required = true, examples = "text/csv")
            String format,

            @Schema(description = "Größe der komprimierten Datei in Bytes", required = true)
            long bytes,

            @Schema(description = "Datenzeilen (ohne Kopfzeile)", required = true)
            long zeilen,

            @Schema(description = "SHA-256 der komprimierten Datei (hex), auch ihr ETag", required = true)
            String sha256,

            @Schema(description = "Stand der Daten: letzte öffentliche Änderung vor dem Erzeugen", required = true)
            OffsetDateTime stand,

            @Schema(required = true) OffsetDateTime erzeugt,

            @Schema(required = true, examples = "dl-de/by-2-0")
            String lizenz,

            @Schema(required = true) String lizenzUrl,
            @Schema(required = true) String namensnennung,

            @Schema(description = "Spalten der Kopfzeile", required = true)
            List<String> spalten) {}

    @Schema(name = "BulkErzeugung", description = "Ergebnis eines Laufs, der die Massendateien erzeugt.")
    public record Erzeugung(
            @Schema(description = "false: ein anderer Lauf (oder eine andere Instanz) erzeugt gerade", required = true)
            boolean erzeugt,

            @Schema(description = "Dauer in Millisekunden", required = true)
            long millisekunden,

            @Schema(required = true) List<Datei> dateien) {}
}
