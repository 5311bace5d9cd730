package nrw.digitalisierungsdashboard.common.tabelle;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV after RFC 4180: UTF-8 without BOM, {@code ;} between fields, CRLF after each record, quotes where a value needs
 * them, a header row with the JSON field names, numbers with a decimal point as in JSON. Source, licence and Stand
 * travel in the HTTP headers and the catalogue, not in the file, so every line after the header is data.
 */
public final class CsvSchreiber<T> implements TabellenSchreiber<T> {

    public static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setDelimiter(';')
            .setRecordSeparator("\r\n")
            .get();

    private final Tabelle<T> tabelle;
    private final Writer writer;
    private final CSVPrinter printer;
    private final List<String> werte = new ArrayList<>();

    public CsvSchreiber(Tabelle<T> tabelle, OutputStream out) throws IOException {
        this.tabelle = tabelle;
        this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord(tabelle.namen());
    }

    @Override
    public void zeile(T row) throws IOException {
        werte.clear();
        for (Spalte<T> s : tabelle.spalten()) {
            werte.add(Zelle.text(s.art(), s.wert().apply(row)));
        }
        printer.printRecord(werte);
    }

    @Override
    public void ende(Herkunft herkunft) throws IOException {
        printer.flush();
        writer.flush();
    }
}
