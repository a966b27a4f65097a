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

    // In a holder, so that a literal or a timestamp never builds a mapper (databind is slow to start).
    private static final class Json {
        /** Map keys sorted, so the same rows always give the same SQL text. */
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .build();
    }

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
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new RetortException("Cannot write a " + value.getClass().getName() + " as JSON: "
                    + e.getOriginalMessage() + ". Use maps, lists, strings, numbers and booleans.", e);
        }
    }

    /**
     * What {@code TIMESTAMP} (and {@code OFFSET}, when given) print, written by hand for the years
     * 0 to 9999: a seed of a million timestamps spent a fifth of its time in the formatters.
     */
    static String timestamp(LocalDateTime t, ZoneOffset offset) {
        int year = t.getYear();
        if (year < 0 || year > 9999) {
            return TIMESTAMP.format(t) + (offset == null ? "" : OFFSET.format(offset));
        }
        StringBuilder b = new StringBuilder(35);
        digits(b, year, 4).append('-');
        digits(b, t.getMonthValue(), 2).append('-');
        digits(b, t.getDayOfMonth(), 2).append(' ');
        digits(b, t.getHour(), 2).append(':');
        digits(b, t.getMinute(), 2).append(':');
        digits(b, t.getSecond(), 2);
        int nano = t.getNano();
        if (nano > 0) {
            int width = 9;
            while (nano % 10 == 0) {
                nano /= 10;
                width--;
            }
            digits(b.append('.'), nano, width);
        }
        if (offset != null) {
            int total = offset.getTotalSeconds();
            int abs = Math.abs(total);
            b.append(total < 0 ? '-' : '+');
            digits(b, abs / 3600, 2).append(':');
            digits(b, abs / 60 % 60, 2);
            if (abs % 60 != 0) {
                digits(b.append(':'), abs % 60, 2);
            }
        }
        return b.toString();
    }

    private static StringBuilder digits(StringBuilder b, int value, int width) {
        String text = Integer.toString(value);
        for (int i = text.length(); i < width; i++) {
            b.append('0');
        }
        return b.append(text);
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
            return timestamp(t, null);
        }
        if (value instanceof OffsetDateTime t) {
            return timestamp(t.toLocalDateTime(), t.getOffset());
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
