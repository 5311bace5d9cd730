package nrw.digitalisierungsdashboard.common.tabelle;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The columns of a download. Built from an API record by {@link #aus(Class)}: one column per JSON field, nested
 * records flattened as {@code parent.child}, lists joined into one cell ({@code ", "}; records in a list by their
 * name, title or key). So a CSV or XLSX row names its fields as the JSON item does.
 */
public record Tabelle<T>(List<Spalte<T>> spalten) {

    private static final Map<Class<?>, Tabelle<?>> CACHE = new ConcurrentHashMap<>();
    private static final List<String> BEZEICHNER = List.of("name", "titel", "feld", "id", "ozgId", "schluessel", "ags");

    public List<String> namen() {
        return spalten.stream().map(Spalte::name).toList();
    }

    /** Columns for every field of a record type (cached per type). */
    @SuppressWarnings("unchecked")
    public static <T> Tabelle<T> aus(Class<T> record) {
        return (Tabelle<T>) CACHE.computeIfAbsent(record, r -> {
            List<Spalte<Object>> spalten = new ArrayList<>();
            felder(r, "", Function.identity(), spalten);
            return new Tabelle<>(List.copyOf(spalten));
        });
    }

    @SafeVarargs
    public static <T> Tabelle<T> von(Spalte<T>... spalten) {
        return new Tabelle<>(List.of(spalten));
    }

    /** These columns, then more (e.g. one per Basiskomponente of a matrix). */
    public Tabelle<T> und(List<Spalte<T>> weitere) {
        List<Spalte<T>> alle = new ArrayList<>(spalten);
        alle.addAll(weitere);
        return new Tabelle<>(List.copyOf(alle));
    }

    private static void felder(
            Class<?> record, String prefix, Function<Object, Object> pfad, List<Spalte<Object>> spalten) {
        if (!record.isRecord()) {
            throw new IllegalArgumentException(record + " ist kein Record");
        }
        for (RecordComponent c : record.getRecordComponents()) {
            Method accessor = c.getAccessor();
            accessor.setAccessible(true);
            Function<Object, Object> wert = row -> {
                Object parent = pfad.apply(row);
                return parent == null ? null : lies(accessor, parent);
            };
            String name = prefix + c.getName();
            Class<?> type = c.getType();
            if (type.isRecord()) {
                felder(type, name + ".", wert, spalten);
            } else if (Collection.class.isAssignableFrom(type)) {
                spalten.add(new Spalte<>(name, Spalte.Art.TEXT, row -> liste((Collection<?>) wert.apply(row))));
            } else if (Map.class.isAssignableFrom(type) || type.getName().endsWith(".Page")) {
                // nested collections of an answer are tables of their own, not cells
                continue;
            } else {
                spalten.add(new Spalte<>(name, art(type), wert));
            }
        }
    }

    static Spalte.Art art(Class<?> type) {
        if (type == boolean.class || type == Boolean.class) {
            return Spalte.Art.WAHRHEITSWERT;
        }
        if (type.isPrimitive()
                || Number.class.isAssignableFrom(type)
                || type == BigDecimal.class
                || type == BigInteger.class) {
            return type == char.class ? Spalte.Art.TEXT : Spalte.Art.ZAHL;
        }
        if (type == LocalDate.class) {
            return Spalte.Art.DATUM;
        }
        if (type == OffsetDateTime.class || type == Instant.class) {
            return Spalte.Art.ZEITPUNKT;
        }
        return Spalte.Art.TEXT;
    }

    private static Object lies(Method accessor, Object target) {
        try {
            return accessor.invoke(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static String liste(Collection<?> values) {
        if (values == null) {
            return null;
        }
        return values.stream().map(Tabelle::bezeichnung).collect(Collectors.joining(", "));
    }

    /** A list element as text: a record by its name, title or key; anything else as itself. */
    private static String bezeichnung(Object value) {
        if (value == null) {
            return "";
        }
        Class<?> type = value.getClass();
        if (!type.isRecord()) {
            return value instanceof Enum<?> e ? e.name() : value.toString();
        }
        RecordComponent[] components = type.getRecordComponents();
        for (String name : BEZEICHNER) {
            for (RecordComponent c : components) {
                if (c.getName().equals(name)) {
                    c.getAccessor().setAccessible(true);
                    return String.valueOf(lies(c.getAccessor(), value));
                }
            }
        }
        components[0].getAccessor().setAccessible(true);
        return String.valueOf(lies(components[0].getAccessor(), value));
    }

    /** These columns read from a part of another row, named {@code prefix.name}. */
    public <R> List<Spalte<R>> unter(String prefix, Function<? super R, ? extends T> teil) {
        return spalten.stream()
                .map(s -> new Spalte<R>(prefix + "." + s.name(), s.art(), row -> {
                    T t = teil.apply(row);
                    return t == null ? null : s.wert().apply(t);
                }))
                .toList();
    }
}
