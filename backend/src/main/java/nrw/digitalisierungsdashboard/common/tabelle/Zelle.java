package nrw.digitalisierungsdashboard.common.tabelle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Cell values as text, and the defence against CSV/formula injection (OWASP) for both formats. */
public final class Zelle {

    private Zelle() {}

    private static final String GEFAEHRLICH = "=+-@\t\r";

    /**
     * Text that a spreadsheet would read as a formula (it begins with =, +, -, @, tab or carriage return) gets a
     * leading apostrophe, so it is shown, never evaluated. Only text cells: numbers keep their sign.
     */
    public static String neutralisiert(String text) {
        if (text == null || text.isEmpty() || GEFAEHRLICH.indexOf(text.charAt(0)) < 0) {
            return text;
        }
        return "'" + text;
    }

    /** A value as the JSON answer writes it (ISO dates, points in UTC, plain decimals); text neutralised. */
    public static String text(Spalte.Art art, Object value) {
        if (value == null) {
            return "";
        }
        return switch (art) {
            case ZAHL -> value instanceof BigDecimal d ? d.toPlainString() : value.toString();
            case DATUM -> value instanceof LocalDate d ? d.toString() : value.toString();
            case ZEITPUNKT ->
                value instanceof OffsetDateTime t
                        ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.withOffsetSameInstant(ZoneOffset.UTC))
                        : value.toString();
            case WAHRHEITSWERT -> value.toString();
            case TEXT -> neutralisiert(value instanceof Enum<?> e ? e.name() : value.toString());
        };
    }
}
