package io.retort.dialect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** One SQL statement with its {@code ?} bind parameters (which may hold nulls). */
public record Statement(String sql, List<Object> parameters) {
    public Statement {
        Objects.requireNonNull(sql, "sql");
        parameters = Collections.unmodifiableList(new ArrayList<>(parameters));
    }

    public static Statement of(String sql) {
        return new Statement(sql, List.of());
    }
}
