package io.retort.ops;

import java.util.Objects;

/**
 * A column definition. Immutable; the {@code with}-style methods return a changed copy:
 * {@code column("name", VARCHAR).notNull().defaultValue("Unknown")}.
 *
 * @param identity {@code null} for none, else {@link Identity#ALWAYS} or {@link Identity#BY_DEFAULT}
 * @param inlinePrimaryKey an inline {@code PRIMARY KEY} (only meaningful inside {@code createTable})
 * @param inlineUnique an inline {@code UNIQUE}, which PostgreSQL names {@code <table>_<column>_key}
 */
public record Column(
        String name,
        SqlType type,
        boolean nullable,
        DefaultValue serverDefault,
        Identity identity,
        boolean inlinePrimaryKey,
        boolean inlineUnique,
        String comment)
        implements TableElement {

    public enum Identity { ALWAYS, BY_DEFAULT }

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** A nullable column with no default. */
    public static Column column(String name, SqlType type) {
        return new Column(name, type, true, null, null, false, false, null);
    }

    public Column notNull() {
        return new Column(name, type, false, serverDefault, identity, inlinePrimaryKey, inlineUnique, comment);
    }

    public Column nullable(boolean value) {
        return new Column(name, type, value, serverDefault, identity, inlinePrimaryKey, inlineUnique, comment);
    }

    /** A literal server default: strings are quoted, numbers and booleans are not. */
    public Column defaultValue(Object value) {
        return withDefault(DefaultValue.literal(value));
    }

    /** A server default given as SQL text, such as {@code now()}. */
    public Column defaultSql(String sql) {
        return withDefault(DefaultValue.sql(sql));
    }

    public Column withDefault(DefaultValue value) {
        return new Column(name, type, nullable, value, identity, inlinePrimaryKey, inlineUnique, comment);
    }

    public Column identity(Identity kind) {
        return new Column(name, type, false, serverDefault, kind, inlinePrimaryKey, inlineUnique, comment);
    }

    /** An inline primary key; implies NOT NULL. */
    public Column primaryKey() {
        return new Column(name, type, false, serverDefault, identity, true, inlineUnique, comment);
    }

    public Column unique() {
        return new Column(name, type, nullable, serverDefault, identity, inlinePrimaryKey, true, comment);
    }

    public Column comment(String text) {
        return new Column(name, type, nullable, serverDefault, identity, inlinePrimaryKey, inlineUnique, text);
    }
}
