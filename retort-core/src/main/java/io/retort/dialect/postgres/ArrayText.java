package io.retort.dialect.postgres;

import io.retort.ops.SqlType;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;

/** A list or Java array as PostgreSQL's array input text: {@code {"a","b c",NULL}}. */
final class ArrayText {
    private ArrayText() {}

    /** True for what is written as an array: an Iterable or a Java array other than byte[]. */
    static boolean isList(Object value) {
        return value instanceof Iterable<?> || (value.getClass().isArray() && !(value instanceof byte[]));
    }

    /** {@code value}'s elements, each written for {@code elementType} (null when unknown) and quoted. */
    static String of(Object value, SqlType elementType) {
        StringBuilder out = new StringBuilder("{");
        for (Object element : elements(value)) {
            if (out.length() > 1) {
                out.append(',');
            }
            if (element == null) {
                out.append("NULL");
            } else if (isList(element) && !ValueText.isJson(elementType)) {
                out.append(of(element, elementType));
            } else {
                String text = ValueText.text(element, elementType);
                out.append('"').append(text.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
        }
        return out.append('}').toString();
    }

    private static List<Object> elements(Object value) {
        List<Object> out = new ArrayList<>();
        if (value instanceof Iterable<?> items) {
            items.forEach(out::add);
        } else {
            for (int i = 0; i < Array.getLength(value); i++) {
                out.add(Array.get(value, i));
            }
        }
        return out;
    }
}
