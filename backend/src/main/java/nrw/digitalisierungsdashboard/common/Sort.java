package nrw.digitalisierungsdashboard.common;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code sort=feld} ascending, {@code sort=-feld} descending, over a fixed set of fields per collection.
 * The collection's key is always appended, so equal values keep a stable order across pages.
 */
public final class Sort {

    private final Map<String, String> fields = new LinkedHashMap<>();
    private final String tieBreaker;

    private Sort(String tieBreaker) {
        this.tieBreaker = tieBreaker;
    }

    /** @param tieBreaker SQL expression of the unique key, e.g. {@code l.ozg_id} */
    public static Sort by(String tieBreaker) {
        return new Sort(tieBreaker);
    }

    public Sort field(String name, String sqlExpression) {
        fields.put(name, sqlExpression);
        return this;
    }

    /** The ORDER BY clause for the requested sort, or {@code fallback} (already an ORDER BY body) when none. */
    public String orderBy(String requested, String fallback) {
        if (!Params.present(requested)) {
            return " ORDER BY " + fallback + ", " + tieBreaker;
        }
        String value = requested.trim();
        boolean descending = value.startsWith("-");
        String name = descending ? value.substring(1) : value;
        String expression = fields.get(name);
        if (expression == null) {
            throw InvalidParameterException.query(
                    "sort",
                    "Unbekanntes Sortierfeld „" + name + "“; erlaubt: " + String.join(", ", fields.keySet())
                            + " (mit vorangestelltem - absteigend).");
        }
        return " ORDER BY " + expression + (descending ? " DESC NULLS LAST" : " ASC NULLS LAST") + ", " + tieBreaker;
    }
}
