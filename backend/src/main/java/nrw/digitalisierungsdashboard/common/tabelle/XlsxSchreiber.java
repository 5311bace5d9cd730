package nrw.digitalisierungsdashboard.common.tabelle;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * XLSX streamed with fastexcel: rows go to the zip stream every {@value #FLUSH} rows, so memory stays flat. Numbers are
 * numeric cells (Excel and LibreOffice show the German decimal comma from their locale), dates and points in time are
 * date cells, text is neutralised like in CSV. A second sheet „Über die Daten“ names source, licence and Stand.
 */
public final class XlsxSchreiber<T> implements TabellenSchreiber<T> {

    static final int FLUSH = 500;
    /** Excel's limit per sheet, header included. */
    static final int MAX_ZEILEN = 1_048_576;

    private final Tabelle<T> tabelle;
    private final Workbook workbook;
    private final Worksheet daten;
    private int zeile = 1;

    public XlsxSchreiber(Tabelle<T> tabelle, OutputStream out) {
        this.tabelle = tabelle;
        this.workbook = new Workbook(out, "Digitalisierungsdashboard NRW", "1.0");
        this.daten = workbook.newWorksheet("Daten");
        List<String> namen = tabelle.namen();
        for (int c = 0; c < namen.size(); c++) {
            daten.value(0, c, namen.get(c));
            daten.style(0, c).bold().set();
            daten.width(c, Math.min(60, Math.max(10, namen.get(c).length() + 2)));
        }
        daten.freezePane(0, 1);
        daten.setAutoFilter(0, 0, namen.size() - 1);
    }

    @Override
    public void zeile(T row) throws IOException {
        if (zeile >= MAX_ZEILEN) {
            throw new IOException("Mehr Zeilen als eine Tabelle in XLSX fasst (" + MAX_ZEILEN + "); bitte CSV nutzen.");
        }
        List<Spalte<T>> spalten = tabelle.spalten();
        for (int c = 0; c < spalten.size(); c++) {
            Spalte<T> s = spalten.get(c);
            zelle(daten, zeile, c, s.art(), s.wert().apply(row));
        }
        zeile++;
        if (zeile % FLUSH == 0) {
            daten.flush();
        }
    }

    private static void zelle(Worksheet ws, int r, int c, Spalte.Art art, Object value) {
        if (value == null) {
            return;
        }
        switch (art) {
            case ZAHL -> {
                if (value instanceof Number n) {
                    ws.value(r, c, n);
                    if (n instanceof BigDecimal || n instanceof Double || n instanceof Float) {
                        ws.style(r, c).format("0.0###").set();
                    }
                } else {
                    ws.value(r, c, value.toString());
                }
            }
            case WAHRHEITSWERT -> ws.value(r, c, (Boolean) value);
            case DATUM -> {
                ws.value(r, c, (LocalDate) value);
                ws.style(r, c).format("dd.mm.yyyy").set();
            }
            case ZEITPUNKT -> {
                ws.value(
                        r,
                        c,
                        ((OffsetDateTime) value)
                                .withOffsetSameInstant(ZoneOffset.UTC)
                                .toLocalDateTime());
                ws.style(r, c).format("dd.mm.yyyy hh:mm:ss").set();
            }
            case TEXT -> ws.value(r, c, Zelle.text(art, value));
        }
    }

    @Override
    public void ende(Herkunft h) throws IOException {
        daten.finish();
        Worksheet ueber = workbook.newWorksheet("Über die Daten");
        ueber.width(0, 28);
        ueber.width(1, 100);
        int r = 0;
        r = angabe(ueber, r, "Angabe", "Wert");
        ueber.style(0, 0).bold().set();
        ueber.style(0, 1).bold().set();
        r = angabe(ueber, r, "Titel", h.titel());
        r = angabe(ueber, r, "Datensatz", h.datensatz().titel());
        r = angabe(ueber, r, "Beschreibung", h.datensatz().beschreibung());
        r = angabe(ueber, r, "Quelle (Namensnennung)", h.datensatz().namensnennung());
        r = angabe(ueber, r, "Lizenz", h.datensatz().lizenz().bezeichnung());
        r = angabe(ueber, r, "Lizenztext", h.datensatz().lizenz().url());
        r = angabe(ueber, r, "Stand der Daten (UTC)", h.stand());
        r = angabe(ueber, r, "Abgerufen (UTC)", h.abgerufen());
        r = angabe(ueber, r, "Abfrage", h.abfrage());
        r = angabe(ueber, r, "Katalog (DCAT-AP.de)", h.katalog());
        r = angabe(ueber, r, "Zeilen", zeile - 1);
        r = angabe(
                ueber,
                r,
                "Hinweis",
                "Spaltennamen wie die Felder der JSON-Antwort; Zeitpunkte in UTC. Texte, die mit =, +, -, @ oder einem "
                        + "Steuerzeichen beginnen, tragen ein vorangestelltes ' (Schutz vor Formel-Injektion).");
        for (Herkunft.Angabe a : h.angaben()) {
            r = angabe(ueber, r, a.name(), a.wert());
        }
        ueber.finish();
        workbook.finish();
    }

    private static int angabe(Worksheet ws, int r, String name, Object wert) {
        ws.value(r, 0, name);
        if (wert instanceof Number n) {
            ws.value(r, 1, n);
        } else if (wert instanceof Boolean b) {
            ws.value(r, 1, b);
        } else if (wert instanceof OffsetDateTime t) {
            ws.value(r, 1, t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
            ws.style(r, 1).format("dd.mm.yyyy hh:mm:ss").set();
        } else if (wert instanceof LocalDate d) {
            ws.value(r, 1, d);
            ws.style(r, 1).format("dd.mm.yyyy").set();
        } else if (wert != null) {
            ws.value(r, 1, Zelle.neutralisiert(wert.toString()));
        }
        return r + 1;
    }
}
