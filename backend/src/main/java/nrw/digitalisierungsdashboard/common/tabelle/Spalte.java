package nrw.digitalisierungsdashboard.common.tabelle;

import java.util.function.Function;

/**
 * One column of a download: its name (the JSON field name, nested ones as {@code parent.child}), the kind of its
 * values (numbers and dates become typed cells in XLSX) and how to read the value from a row.
 */
public record Spalte<T>(String name, Art art, Function<? super T, ?> wert) {

    public enum Art {
        TEXT,
        ZAHL,
        DATUM,
        ZEITPUNKT,
        WAHRHEITSWERT
    }

    public static <T> Spalte<T> text(String name, Function<? super T, ?> wert) {
        return new Spalte<>(name, Art.TEXT, wert);
    }

    public static <T> Spalte<T> zahl(String name, Function<? super T, ? extends Number> wert) {
        return new Spalte<>(name, Art.ZAHL, wert);
    }
}
