package nrw.digitalisierungsdashboard.importe;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The template of an import file: every column the import understands, in our names, with one example row. The example
 * row points to {@value Zeilenpruefung#VORLAGE_URL}, so importing the template unchanged is a row error, never data.
 */
final class ImportVorlage {

    /** A column of the template: its name, whether it is needed, what it takes, and the example value. */
    record Spalte(ImportLeser.Feld feld, String pflicht, String werte, String beispiel) {
        String name() {
            return ImportLeser.name(feld);
        }

        /** The other names the import understands for this column (federal and PVOG exports among them). */
        List<String> auchAls() {
            List<String> namen = new ArrayList<>();
            for (Map.Entry<String, ImportLeser.Feld> e : ImportLeser.NAMEN.entrySet()) {
                if (e.getValue() == feld && !e.getKey().equals(name())) {
                    namen.add(e.getKey());
                }
            }
            return namen;
        }
    }

    static final List<Spalte> SPALTEN = List.of(
            new Spalte(
                    ImportLeser.Feld.AGS,
                    "ja (oder ars)",
                    "Amtlicher Gemeindeschlüssel: 8 Ziffern; ein Kreis mit seinem 5-stelligen Kreisschlüssel",
                    "05315000"),
            new Spalte(
                    ImportLeser.Feld.ARS,
                    "statt ags",
                    "Amtlicher Regionalschlüssel: 12 Ziffern; stehen ags und ars, müssen sie dieselbe Kommune nennen",
                    "053150000000"),
            new Spalte(ImportLeser.Feld.OZG_ID, "ja (oder leika)", "OZG-ID der Leistung (ganze Zahl)", "10173"),
            new Spalte(
                    ImportLeser.Feld.LEIKA,
                    "statt ozg_id",
                    "LeiKa-Schlüssel: 14 Ziffern; gehört er zu mehreren OZG-Leistungen, zusätzlich ozg_id",
                    ""),
            new Spalte(
                    ImportLeser.Feld.STATUS,
                    "ja",
                    "ONLINE, IN_UMSETZUNG, IN_PLANUNG, NICHT_BEGONNEN; auch online/offline, true/false, ja/nein",
                    "ONLINE"),
            new Spalte(
                    ImportLeser.Feld.REIFEGRAD,
                    "nein",
                    "0–4 (Reifegradmodell 1.1), 0–7 (2.0). ONLINE ohne Reifegrad zählt wie 0, also bei der "
                            + "Standardschwelle 2 nicht als online; der Parameter reifegradStandard setzt einen Wert",
                    "3"),
            new Spalte(ImportLeser.Feld.REIFEGRADMODELL, "nein", "1.1 (Standard) oder 2.0", "1.1"),
            new Spalte(
                    ImportLeser.Feld.URL,
                    "nein",
                    "Adresse des Online-Dienstes mit http:// oder https://",
                    Zeilenpruefung.VORLAGE_URL),
            new Spalte(
                    ImportLeser.Feld.ONLINE_SEIT,
                    "nein (nur bei ONLINE)",
                    "Datum wie 2026-01-31 oder 31.01.2026, zwischen 1990 und heute",
                    "2026-01-31"));

    /** Keys with leading zeros: text cells, so a spreadsheet keeps 05315000 as it is. */
    private static final List<ImportLeser.Feld> TEXT =
            List.of(ImportLeser.Feld.AGS, ImportLeser.Feld.ARS, ImportLeser.Feld.OZG_ID, ImportLeser.Feld.LEIKA);

    private ImportVorlage() {}

    /** CSV as the import reads it best: UTF-8, {@code ;}, CRLF, header and the example row. */
    static void csv(OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(
                w,
                CSVFormat.RFC4180
                        .builder()
                        .setDelimiter(';')
                        .setRecordSeparator("\r\n")
                        .get());
        p.printRecord(SPALTEN.stream().map(Spalte::name).toList());
        p.printRecord(SPALTEN.stream().map(Spalte::beispiel).toList());
        p.flush();
        w.flush();
    }

    /**
     * XLSX: the sheet „Import“ (header, example row, key columns formatted as text) and the sheet „Spalten“ explaining
     * each column. The import itself reads CSV and JSON: in a spreadsheet, save as „CSV UTF-8“.
     */
    static void xlsx(OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "Digitalisierungsdashboard NRW", "1.0");
        Worksheet ws = wb.newWorksheet("Import");
        for (int c = 0; c < SPALTEN.size(); c++) {
            Spalte s = SPALTEN.get(c);
            ws.value(0, c, s.name());
            ws.style(0, c).bold().set();
            ws.width(c, Math.max(14, Math.min(40, s.beispiel().length() + 4)));
            if (!s.beispiel().isEmpty()) {
                ws.value(1, c, s.beispiel());
            }
            if (TEXT.contains(s.feld())) {
                ws.range(1, c, 5000, c).style().format("@").set();
            }
        }
        ws.freezePane(0, 1);
        ws.finish();
        Worksheet sp = wb.newWorksheet("Spalten");
        String[] kopf = {"Spalte", "Pflicht", "Werte", "Auch verstanden als"};
        for (int c = 0; c < kopf.length; c++) {
            sp.value(0, c, kopf[c]);
            sp.style(0, c).bold().set();
        }
        sp.width(0, 18);
        sp.width(1, 22);
        sp.width(2, 100);
        sp.width(3, 60);
        for (int r = 0; r < SPALTEN.size(); r++) {
            Spalte s = SPALTEN.get(r);
            sp.value(r + 1, 0, s.name());
            sp.value(r + 1, 1, s.pflicht());
            sp.value(r + 1, 2, s.werte());
            sp.value(r + 1, 3, String.join(", ", s.auchAls()));
        }
        int r = SPALTEN.size() + 2;
        sp.value(r, 0, "Hinweis");
        sp.value(
                r,
                2,
                "Der Import liest CSV (UTF-8, Trennzeichen ; , oder Tab) und JSON: die Tabelle „Import“ als „CSV UTF-8“ "
                        + "speichern. Die Beispielzeile vorher ersetzen oder löschen – unverändert wird sie als fehlerhaft "
                        + "abgewiesen. Unbekannte Spalten werden übergangen.");
        sp.finish();
        wb.finish();
    }
}
