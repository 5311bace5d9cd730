package nrw.digitalisierungsdashboard.common;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Parsing of query and path parameters into typed values, with problems that name the parameter. */
public final class Params {

    private Params() {}

    public static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    public static int intInRange(String name, String value, int fallback, int min, int max) {
        if (!present(value)) {
            return fallback;
        }
        int parsed;
        try {
            parsed = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw InvalidParameterException.query(name, "Muss eine ganze Zahl sein.");
        }
        if (parsed < min) {
            throw InvalidParameterException.query(name, "Muss mindestens " + min + " sein.");
        }
        if (parsed > max) {
            throw InvalidParameterException.query(name, "Darf höchstens " + max + " sein.");
        }
        return parsed;
    }

    public static Integer optionalInt(String name, String value) {
        if (!present(value)) {
            return null;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw InvalidParameterException.query(name, "Muss eine ganze Zahl sein.");
        }
    }

    public static String matching(String name, String value, String regex, String expectation) {
        if (!present(value)) {
            return null;
        }
        String v = value.trim();
        if (!v.matches(regex)) {
            throw InvalidParameterException.query(name, expectation);
        }
        return v;
    }

    /** A date (JJJJ-MM-TT) within the range every date of the API lies in, or the fallback when absent. */
    public static LocalDate date(String name, String value, LocalDate fallback) {
        if (!present(value)) {
            return fallback;
        }
        LocalDate d;
        try {
            d = LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw InvalidParameterException.query(name, "Erwartet wird ein Datum JJJJ-MM-TT.");
        }
        return inRange(name, d, d);
    }

    /** A point in time (ISO 8601 with offset) within the same range, or null when absent. */
    public static OffsetDateTime dateTime(String name, String value) {
        if (!present(value)) {
            return null;
        }
        OffsetDateTime t;
        try {
            t = OffsetDateTime.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw InvalidParameterException.query(
                    name, "Erwartet wird ein Zeitpunkt nach ISO 8601, z. B. 2026-01-31T00:00:00Z.");
        }
        return inRange(name, t.toLocalDate(), t);
    }

    private static <T> T inRange(String name, LocalDate d, T value) {
        if (d.isBefore(StrictJson.EARLIEST) || d.isAfter(StrictJson.LATEST)) {
            throw InvalidParameterException.query(
                    name, "Das Datum muss zwischen " + StrictJson.EARLIEST + " und " + StrictJson.LATEST + " liegen.");
        }
        return value;
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (!present(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidParameterException.query(
                    name,
                    "Unbekannter Wert „" + value + "“; erlaubt: "
                            + Arrays.stream(type.getEnumConstants())
                                    .map(Enum::name)
                                    .collect(Collectors.joining(", ")) + ".");
        }
    }

    public static <T> T lookup(String name, String value, Function<String, T> finder, String expectation) {
        if (!present(value)) {
            return null;
        }
        T found = finder.apply(value.trim());
        if (found == null) {
            throw InvalidParameterException.query(name, expectation);
        }
        return found;
    }
}
