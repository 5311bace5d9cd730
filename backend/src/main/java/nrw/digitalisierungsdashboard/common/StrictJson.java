package nrw.digitalisierungsdashboard.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Request bodies are read exactly as the contract types them: {@code 1.5} or {@code "3"} is no integer, {@code 1} no
 * string, {@code "true"} no boolean, a number no enum or date; a field the contract does not name, a duplicate key or
 * trailing content is refused too (400 naming the field) rather than silently dropped – a typo in a PUT would
 * otherwise erase a value. Strings must not contain NUL (PostgreSQL cannot store it), dates must lie in
 * {@link #EARLIEST}–{@link #LATEST}.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** No date in this registry lies before 1900 (the OZG dates from 2017); years beyond 9999 are typing errors. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    /**
     * Applied last: Quarkus registers its JavaTimeModule in a customizer of priority MINIMUM + 100, and the module
     * registered last decides a type's deserializer, so at the default priority the date checks below would be lost.
     */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        SimpleModule module = new SimpleModule("dashboard-strict");
        module.addDeserializer(String.class, new TextDeserializer());
        module.addDeserializer(LocalDate.class, new DateDeserializer());
        module.addDeserializer(OffsetDateTime.class, new DateTimeDeserializer());
        mapper.registerModule(module);
    }

    /** Thrown for a value of the right JSON type that the API still refuses; the mapper names the field. */
    public static class RefusedValueException extends MismatchedInputException {
        RefusedValueException(JsonParser p, String reason, Class<?> type) {
            super(p, reason, type);
        }
    }

    static final class TextDeserializer extends StdScalarDeserializer<String> {
        TextDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw new RefusedValueException(p, "Erwartet wird eine Zeichenkette.", String.class);
            }
            String text = p.getText();
            if (text.indexOf('\0') >= 0) {
                throw new RefusedValueException(p, "Das Zeichen U+0000 (NUL) ist nicht erlaubt.", String.class);
            }
            return text;
        }
    }

    static final class DateDeserializer extends StdScalarDeserializer<LocalDate> {
        DateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = text(p, "ein Datum (JJJJ-MM-TT)", LocalDate.class);
            LocalDate d;
            try {
                d = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
            } catch (DateTimeParseException e) {
                throw new RefusedValueException(p, "Erwartet wird ein Datum (JJJJ-MM-TT).", LocalDate.class);
            }
            inRange(p, d, LocalDate.class);
            return d;
        }
    }

    static final class DateTimeDeserializer extends StdScalarDeserializer<OffsetDateTime> {
        DateTimeDeserializer() {
            super(OffsetDateTime.class);
        }

        @Override
        public OffsetDateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = text(p, "ein Zeitpunkt mit Zeitzone (ISO 8601)", OffsetDateTime.class);
            OffsetDateTime t;
            try {
                t = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            } catch (DateTimeParseException e) {
                throw new RefusedValueException(
                        p, "Erwartet wird ein Zeitpunkt mit Zeitzone (ISO 8601).", OffsetDateTime.class);
            }
            inRange(p, t.toLocalDate(), OffsetDateTime.class);
            return t;
        }
    }

    private static String text(JsonParser p, String expected, Class<?> type) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw new RefusedValueException(p, "Erwartet wird " + expected + " als Zeichenkette.", type);
        }
        return p.getText().trim();
    }

    private static void inRange(JsonParser p, LocalDate d, Class<?> type) throws IOException {
        if (d.isBefore(EARLIEST) || d.isAfter(LATEST)) {
            throw new RefusedValueException(
                    p, "Das Datum muss zwischen " + EARLIEST + " und " + LATEST + " liegen.", type);
        }
    }
}
