package nrw.digitalisierungsdashboard.common;

import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/** Typed reads from native query tuples. */
public final class Rows {

    private Rows() {}

    public static String str(Tuple t, String alias) {
        Object v = t.get(alias);
        return v == null ? null : v.toString();
    }

    public static Integer integer(Tuple t, String alias) {
        Object v = t.get(alias);
        return v == null ? null : ((Number) v).intValue();
    }

    public static long number(Tuple t, String alias) {
        Object v = t.get(alias);
        return v == null ? 0 : ((Number) v).longValue();
    }

    public static BigDecimal decimal(Tuple t, String alias) {
        Object v = t.get(alias);
        return v == null ? null : v instanceof BigDecimal b ? b : new BigDecimal(v.toString());
    }

    public static boolean bool(Tuple t, String alias) {
        Object v = t.get(alias);
        return v != null && (Boolean) v;
    }

    public static LocalDate date(Tuple t, String alias) {
        Object v = t.get(alias);
        if (v == null) {
            return null;
        }
        if (v instanceof LocalDate d) {
            return d;
        }
        if (v instanceof Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(v.toString());
    }

    /** A timestamp as PostgreSQL's JDBC driver returns it (OffsetDateTime, Instant or Timestamp), in UTC. */
    public static OffsetDateTime timestamp(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Timestamp ts) {
            return ts.toInstant().atOffset(ZoneOffset.UTC);
        }
        return OffsetDateTime.parse(value.toString());
    }

    /** Trimmed text, or null for null and blank input. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public static List<String> strings(Tuple t, String alias) {
        Object v = t.get(alias);
        if (v == null) {
            return List.of();
        }
        try {
            Object array = v instanceof Array a ? a.getArray() : v;
            if (array instanceof Object[] items) {
                return Arrays.stream(items).map(Object::toString).toList();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("Kein Text-Array: " + alias);
    }
}
