package io.retort.dialect.postgres;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.retort.RetortException;
import io.retort.ops.SqlType;
import java.math.BigDecimal;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

/**
 * A Java value as the text PostgreSQL's input functions read: what COPY carries, what goes
 * between the quotes of a literal, and what a json, array or interval parameter is bound as.
 */
final class ValueText {
    private ValueText() {}

    /** Map keys sorted, so the same rows always give the same SQL text. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral(' ').append(DateTimeFormatter.ISO_LOCAL_TIME)
            .toFormatter();
    private static final DateTimeFormatter OFFSET = new DateTimeFormatterBuilder()
            .appendOffset("+HH:MM:ss", "+00:00").toFormatter();

    /** The input text of a non-null value whose column type is unknown or not json/array. */
    static String text(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Character || value instanceof Boolean || value instanceof UUID
                || value instanceof Duration || value instanceof Period) {
            return value.toString();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Number) {
            return value.toString();
        }
        if (value instanceof byte[] bytes) {
            return "\\x" + HexFormat.of().formatHex(bytes);
        }
        if (value instanceof Map<?, ?> || value instanceof Iterable<?> || value instanceof JsonNode) {
            return json(value);
        }
        if (value.getClass().isArray()) {
            return ArrayText.of(value, null);
        }
        return temporal(value);
    }

    /** The input text of a non-null value for a column of {@code type} (null when undeclared). */
    static String text(Object value, SqlType type) {
        if (isJson(type)) {
            return value instanceof String s ? s : json(value);
        }
        if (type instanceof SqlType.Array array && ArrayText.isList(value)) {
            return ArrayText.of(value, array.element());
        }
        return text(value);
    }

    /** True for json and jsonb, whose values are JSON documents rather than their Java form. */
    static boolean isJson(SqlType type) {
        return type instanceof SqlType.Simple s && (s.name().equals("json") || s.name().equals("jsonb"));
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new RetortException("Cannot write a " + value.getClass().getName() + " as JSON: "
                    + e.getOriginalMessage() + ". Use maps, lists, strings, numbers and booleans.", e);
        }
    }

    private static String temporal(Object value) {
        if (value instanceof Timestamp t) {
            return TIMESTAMP.format(t.toLocalDateTime());
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (value instanceof Time t) {
            return t.toLocalTime().toString();
        }
        if (value instanceof java.util.Date d) {
            return temporal(d.toInstant());
        }
        if (value instanceof LocalDate || value instanceof LocalTime) {
            return value.toString();
        }
        if (value instanceof LocalDateTime t) {
            return TIMESTAMP.format(t);
        }
        if (value instanceof OffsetDateTime t) {
            return TIMESTAMP.format(t) + OFFSET.format(t);
        }
        if (value instanceof ZonedDateTime t) {
            return temporal(t.toOffsetDateTime());
        }
        if (value instanceof Instant t) {
            return temporal(t.atOffset(ZoneOffset.UTC));
        }
        if (value instanceof OffsetTime t) {
            return t.toLocalTime() + OFFSET.format(t);
        }
        throw new RetortException("Cannot write a value of " + value.getClass().getName()
                + " for PostgreSQL: use a string, number, boolean, UUID, java.time value, byte[], map, list or array.");
    }
}
