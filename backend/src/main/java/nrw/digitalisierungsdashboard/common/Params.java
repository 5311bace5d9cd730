package nrw.digitalisierungsdashboard.common;

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
