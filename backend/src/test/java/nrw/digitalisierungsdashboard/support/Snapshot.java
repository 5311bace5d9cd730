package nrw.digitalisierungsdashboard.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The rows of a table that a test is about to change, kept as JSON and written back afterwards, so a test that must
 * touch shared rows (a Leistung's Fachämter, a Themenfeld's Koordination, ...) leaves them as it found them.
 */
public final class Snapshot {

    private final String table;
    private final String where;
    private final String rows;

    private Snapshot(String table, String where, String rows) {
        this.table = table;
        this.where = where;
        this.rows = rows;
    }

    /** @param where a condition on the table's columns (written by the test, never from input) */
    public static Snapshot of(DataSource dataSource, String table, String where) {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT coalesce(json_agg(t), '[]')::text FROM " + table + " t WHERE " + where)) {
            rs.next();
            return new Snapshot(table, where, rs.getString(1));
        } catch (SQLException e) {
            throw new IllegalStateException("Stand von " + table + " nicht gelesen", e);
        }
    }

    /** Replaces the rows matching the condition by the saved ones, in one transaction. */
    public void restore(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement();
                    PreparedStatement insert = c.prepareStatement("INSERT INTO " + table
                            + " SELECT * FROM json_populate_recordset(NULL::" + table + ", CAST(? AS json))")) {
                s.executeUpdate("DELETE FROM " + table + " t WHERE " + where);
                insert.setString(1, rows);
                insert.executeUpdate();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Stand von " + table + " nicht wiederhergestellt", e);
        }
    }
}
