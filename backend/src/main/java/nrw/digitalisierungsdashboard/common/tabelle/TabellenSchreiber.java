package nrw.digitalisierungsdashboard.common.tabelle;

import java.io.IOException;
import java.io.OutputStream;

/** Writes one table as it is read, row by row, then what the file says about itself. */
public interface TabellenSchreiber<T> {

    void zeile(T row) throws IOException;

    /** Ends the file; XLSX adds the sheet „Über die Daten“. Does not close the stream. */
    void ende(Herkunft herkunft) throws IOException;

    static <T> TabellenSchreiber<T> fuer(String mediaType, Tabelle<T> tabelle, OutputStream out) throws IOException {
        return Formate.XLSX.equals(mediaType) ? new XlsxSchreiber<>(tabelle, out) : new CsvSchreiber<>(tabelle, out);
    }
}
