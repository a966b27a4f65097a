package io.retort.cli;

import io.retort.JsonText;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One JSON object written by hand, field by field: the few shapes the commands print need no
 * JSON library, and a read-only command then loads none (start-up time).
 */
final class JsonFields {
    private final StringBuilder text = new StringBuilder();

    /** Adds a field; values are strings, booleans, numbers, collections of these, other objects, or null. */
    JsonFields put(String name, Object value) {
        text.append(text.isEmpty() ? "" : ", ").append(quote(name)).append(": ").append(value(value));
        return this;
    }

    @Override
    public String toString() {
        return "{" + text + "}";
    }

    static String value(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Boolean || value instanceof Integer || value instanceof Long || value instanceof JsonFields) {
            return value.toString();
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(JsonFields::value).collect(Collectors.joining(", ", "[", "]"));
        }
        return quote(value.toString());
    }

    static String quote(String value) {
        return JsonText.quote(value);
    }
}
