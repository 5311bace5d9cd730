package nrw.digitalisierungsdashboard.referenzdaten;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Batched {@code INSERT … ON CONFLICT (key) DO UPDATE … WHERE changed}: a row is written only when it is new
 * or its values differ, so reloading the same data changes nothing and a newer version updates in place.
 */
final class Upsert {

    private final String table;
    private final List<String> keys;
    private final List<String> columns;
    private final Map<String, String> updateExpressions = new LinkedHashMap<>();
    private final List<Object[]> rows = new ArrayList<>();
    private String versionColumn;

    private Upsert(String table, List<String> keys, List<String> columns) {
        this.table = table;
        this.keys = keys;
        this.columns = columns;
        for (String c : columns) {
            if (!keys.contains(c)) {
                updateExpressions.put(c, "EXCLUDED." + c);
            }
        }
    }

    /** @param columns all columns in row order; the key columns among them */
    static Upsert into(String table, List<String> keys, String... columns) {
        return new Upsert(table, keys, List.of(columns));
    }

    /** Replaces the new value of a column on update, e.g. to keep an editor's confirmed value. */
    Upsert onUpdate(String column, String sqlExpression) {
        updateExpressions.put(column, sqlExpression);
        return this;
    }

    /** Increments this optimistic-locking column whenever a row really changes, so clients' ETags go stale. */
    Upsert bumpsVersion(String column) {
        this.versionColumn = column;
        return this;
    }

    Upsert row(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(
                    table + ": " + values.length + " Werte für " + columns.size() + " Spalten");
        }
        rows.add(values);
        return this;
    }

    /** @return the number of rows inserted or changed */
    int execute(Connection connection) throws SQLException {
        if (rows.isEmpty()) {
            return 0;
        }
        String targets = String.join(", ", updateExpressions.keySet());
        String values = String.join(", ", updateExpressions.values());
        String current =
                updateExpressions.keySet().stream().map(c -> table + "." + c).collect(Collectors.joining(", "));
        String bump = versionColumn == null ? "" : ", " + versionColumn + " = " + table + "." + versionColumn + " + 1";
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")"
                + " ON CONFLICT (" + String.join(", ", keys) + ") DO UPDATE SET (" + targets + ") = ROW(" + values + ")"
                + bump + " WHERE ROW(" + current + ") IS DISTINCT FROM ROW(" + values + ")";
        int changed = 0;
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    Object v = row[i];
                    if (v instanceof String[] array) {
                        ps.setArray(i + 1, connection.createArrayOf("text", array));
                    } else {
                        ps.setObject(i + 1, v);
                    }
                }
                ps.addBatch();
            }
            for (int count : ps.executeBatch()) {
                changed += Math.max(count, 0);
            }
        }
        return changed;
    }
}
