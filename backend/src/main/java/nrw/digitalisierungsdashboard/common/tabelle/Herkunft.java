package nrw.digitalisierungsdashboard.common.tabelle;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What a downloaded file says about itself: dataset (source, licence, attribution), the data's Stand, the request it
 * answers, and for answers that are more than a table the rest of the answer (e.g. a formula) as named values.
 */
public record Herkunft(
        String titel,
        Datensatz datensatz,
        OffsetDateTime stand,
        OffsetDateTime abgerufen,
        String abfrage,
        String katalog,
        List<Angabe> angaben) {

    /** A named value of the answer besides its table (XLSX: a row of the sheet „Über die Daten“). */
    public record Angabe(String name, Object wert) {}

    /**
     * The plain values of an object answer (nested records as {@code parent.child}); its lists are left out, they
     * are the tables.
     */
    public static List<Angabe> angaben(Object answer) {
        List<Angabe> result = new ArrayList<>();
        angaben(answer, "", result);
        return result;
    }

    private static void angaben(Object record, String prefix, List<Angabe> result) {
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            Object value;
            try {
                c.getAccessor().setAccessible(true);
                value = c.getAccessor().invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
            if (value == null
                    || value instanceof Collection<?>
                    || value.getClass().getName().endsWith(".Page")) {
                continue;
            }
            if (value.getClass().isRecord()) {
                angaben(value, prefix + c.getName() + ".", result);
            } else {
                result.add(new Angabe(prefix + c.getName(), value instanceof Enum<?> e ? e.name() : value));
            }
        }
    }
}
