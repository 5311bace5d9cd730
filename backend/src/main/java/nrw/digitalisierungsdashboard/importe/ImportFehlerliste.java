package nrw.digitalisierungsdashboard.importe;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * All stored errors of a job as CSV (zeile;feld;wert;grund), streamed from the database in file order: RFC 4180, UTF-8,
 * {@code ;}, CRLF. A value that a spreadsheet would take for a formula gets a leading apostrophe.
 */
@ApplicationScoped
public class ImportFehlerliste {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setDelimiter(';')
            .setRecordSeparator("\r\n")
            .get();
    private static final String GEFAEHRLICH = "=+-@\t\r";

    private final AgroalDataSource dataSource;
    private final ImportJobs jobs;

    public ImportFehlerliste(AgroalDataSource dataSource, ImportJobs jobs) {
        this.dataSource = dataSource;
        this.jobs = jobs;
    }

    /** Checks at once that the caller may see the job (404 otherwise); the rows follow as the client reads. */
    StreamingOutput csv(long id) {
        jobs.sichtbar(id);
        return out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter p = new CSVPrinter(w, FORMAT);
            p.printRecord("zeile", "feld", "wert", "grund");
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT zeile, feld, wert, grund FROM import_fehler WHERE job_id = ? ORDER BY nr")) {
                    ps.setFetchSize(2000);
                    ps.setLong(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            p.printRecord(
                                    rs.getLong(1),
                                    neutralisiert(rs.getString(2)),
                                    neutralisiert(rs.getString(3)),
                                    neutralisiert(rs.getString(4)));
                        }
                    }
                }
                c.commit();
            } catch (SQLException e) {
                throw new UncheckedIOException(new IOException("Fehlerliste nicht lesbar", e));
            }
            p.flush();
            w.flush();
        };
    }

    static String neutralisiert(String text) {
        if (text == null || text.isEmpty() || GEFAEHRLICH.indexOf(text.charAt(0)) < 0) {
            return text;
        }
        return "'" + text;
    }
}
