package nrw.digitalisierungsdashboard.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** The packaged source CSV files, read independently of the loader, so tests compare the API with the sources. */
public final class SourceFiles {

    private SourceFiles() {}

    public static List<CSVRecord> csv(String dataset, String file) {
        String path = "referenzdaten/" + dataset + "/" + file;
        try (InputStream in = SourceFiles.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Fehlt: " + path);
            }
            return CSVParser.parse(
                            new InputStreamReader(in, StandardCharsets.UTF_8),
                            CSVFormat.RFC4180
                                    .builder()
                                    .setHeader()
                                    .setSkipHeaderRecord(true)
                                    .get())
                    .getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
