package nrw.digitalisierungsdashboard.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A filtered, sorted, paged native query: conditions are added only for the filters a request sets, values
 * are always bound, never concatenated. Returns one page and the total in the API's envelope.
 */
public final class NativeSql {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();
    private final Map<String, Object> orderParams = new LinkedHashMap<>();

    public NativeSql where(String condition) {
        conditions.add(condition);
        return this;
    }

    public NativeSql where(String condition, String name, Object value) {
        conditions.add(condition);
        params.put(name, value);
        return this;
    }

    public NativeSql bind(String name, Object value) {
        params.put(name, value);
        return this;
    }

    /** A value used only by the ORDER BY clause, so the count query does not bind it. */
    public NativeSql bindForOrder(String name, Object value) {
        orderParams.put(name, value);
        return this;
    }

    public String whereClause() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /**
     * @param select  SELECT … FROM … (joins included), without WHERE
     * @param orderBy ORDER BY clause from {@link Sort}
     */
    public List<Tuple> page(EntityManager em, String select, String orderBy, PageRequest page) {
        Query q = em.createNativeQuery(select + whereClause() + orderBy + " LIMIT :limit OFFSET :offset", Tuple.class);
        params.forEach(q::setParameter);
        orderParams.forEach(q::setParameter);
        q.setParameter("limit", page.size());
        q.setParameter("offset", page.offset());
        @SuppressWarnings("unchecked")
        List<Tuple> rows = q.getResultList();
        return rows;
    }

    public long count(EntityManager em, String from) {
        Query q = em.createNativeQuery("SELECT count(*) " + from + whereClause());
        params.forEach(q::setParameter);
        return ((Number) q.getSingleResult()).longValue();
    }

    public static List<Tuple> list(EntityManager em, String sql, Object... namedParams) {
        Query q = em.createNativeQuery(sql, Tuple.class);
        for (int i = 0; i < namedParams.length; i += 2) {
            q.setParameter((String) namedParams[i], namedParams[i + 1]);
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = q.getResultList();
        return rows;
    }

    /** A PostgreSQL array literal of texts, for a parameter cast to text[] (the JDBC driver binds no arrays here). */
    public static String textArray(String[] values) {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append('"')
                    .append(values[i].replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return b.append('}').toString();
    }
}
