package nrw.digitalisierungsdashboard.referenzdaten;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/**
 * Loads one reference dataset into its tables, upserting by the official keys. {@link ReferenceDataLoader} decides
 * whether a dataset's version is new, calls its loader inside one transaction and records the version.
 */
public interface DatasetLoader {

    /** The dataset's directory under referenzdaten/ (and in a {@link DatasetSource}). */
    String dataset();

    /** @return the number of rows inserted or changed */
    int load(Connection c, DatasetSource source, DatasetDescription description) throws SQLException;

    static List<CSVRecord> csv(DatasetSource source, String dataset, String file) {
        byte[] bytes = source.read(dataset, file);
        if (bytes == null) {
            throw new IllegalStateException("Referenzdatei fehlt: " + dataset + "/" + file);
        }
        return Csv.parse(bytes);
    }

    /** Organisations are keyed by their source key; the readable id is kept from the first load. */
    static Upsert organisationUpsert() {
        return Upsert.into(
                        "organisation",
                        List.of("quelle_schluessel"),
                        "id",
                        "quelle_schluessel",
                        "name",
                        "kurzname",
                        "typ",
                        "beschreibung",
                        "strasse",
                        "plz",
                        "ort",
                        "url",
                        "kommune_ags",
                        "datenstand",
                        "quelle",
                        "hinweis")
                .onUpdate("id", "organisation.id");
    }
}
