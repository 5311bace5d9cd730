package nrw.digitalisierungsdashboard.referenzdaten;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.apache.commons.csv.CSVRecord;

/** The editors' everyday search words per Leistung; a small link table replaced as a whole. */
@ApplicationScoped
public class SuchbegriffeLoader implements DatasetLoader {

    @Override
    public String dataset() {
        return "redaktion_suchbegriffe";
    }

    @Override
    public int load(Connection c, DatasetSource source, DatasetDescription d) throws SQLException {
        // a small link table: replaced as a whole, so words dropped from the file disappear too
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM leistung_suchbegriff")) {
            ps.executeUpdate();
        }
        int count = 0;
        try (PreparedStatement ps =
                c.prepareStatement("INSERT INTO leistung_suchbegriff (ozg_id, begriff) VALUES (?, ?)")) {
            for (CSVRecord r : DatasetLoader.csv(source, "redaktion_suchbegriffe", "suchbegriffe.csv")) {
                for (String begriff : r.get("begriffe").split(";")) {
                    if (!begriff.isBlank()) {
                        ps.setInt(1, Integer.parseInt(r.get("ozg_id")));
                        ps.setString(2, begriff.trim());
                        ps.addBatch();
                        count++;
                    }
                }
            }
            ps.executeBatch();
        }
        return count;
    }
}
