package io.retort.autogen;

import io.retort.dialect.postgres.PostgresNaming;
import io.retort.ops.SqlType;
import io.retort.schema.DatabaseSchema;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Types as the schema model holds them ({@code format_type}'s text) turned back into {@link SqlType}
 * values, and names written as PostgreSQL prints them in such text.
 */
final class DiffTypes {
    private DiffTypes() {}

    private static final Map<String, SqlType> SIMPLE = Map.ofEntries(
            Map.entry("character varying", new SqlType.Varchar(null)),
            Map.entry("numeric", new SqlType.Numeric(null, null)),
            Map.entry("timestamp without time zone", new SqlType.Timestamp(false, null)),
            Map.entry("timestamp with time zone", new SqlType.Timestamp(true, null)),
            Map.entry("time without time zone", new SqlType.Time(false, null)),
            Map.entry("time with time zone", new SqlType.Time(true, null)));

    private static final Pattern SIMPLE_NAMES = Pattern.compile(
            "smallint|integer|bigint|real|double precision|boolean|text|bytea|date|interval|uuid|json|jsonb|inet|cidr");
    private static final Pattern VARCHAR = Pattern.compile("character varying\\((\\d+)\\)");
    private static final Pattern CHAR = Pattern.compile("character\\((\\d+)\\)");
    private static final Pattern NUMERIC = Pattern.compile("numeric\\((\\d+),(\\d+)\\)");
    private static final Pattern TIMES = Pattern.compile("(timestamp|time)\\((\\d+)\\) with(out)? time zone");
    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_$]*|\"(?:[^\"]|\"\")+\"");
    private static final Pattern NAMED = Pattern.compile("(?:(" + NAME.pattern() + ")\\.)?(" + NAME.pattern() + ")");

    /** The type {@code text} ({@code format_type} output) as an {@link SqlType}; what it does not know stays text. */
    static SqlType parse(String text) {
        if (text.endsWith("[]")) {
            return new SqlType.Array(parse(text.substring(0, text.length() - 2)));
        }
        if (SIMPLE.containsKey(text)) {
            return SIMPLE.get(text);
        }
        if (SIMPLE_NAMES.matcher(text).matches()) {
            return new SqlType.Simple(text);
        }
        Matcher m;
        if ((m = VARCHAR.matcher(text)).matches()) {
            return new SqlType.Varchar(Integer.valueOf(m.group(1)));
        }
        if ((m = CHAR.matcher(text)).matches()) {
            return new SqlType.Char(Integer.parseInt(m.group(1)));
        }
        if ((m = NUMERIC.matcher(text)).matches()) {
            return new SqlType.Numeric(Integer.valueOf(m.group(1)), Integer.valueOf(m.group(2)));
        }
        if ((m = TIMES.matcher(text)).matches()) {
            boolean zone = m.group(3) == null;
            int precision = Integer.parseInt(m.group(2));
            return m.group(1).equals("time") ? new SqlType.Time(zone, precision) : new SqlType.Timestamp(zone, precision);
        }
        if ((m = NAMED.matcher(text)).matches() && !text.contains(" ")) {
            return new SqlType.Named(m.group(1) == null ? null : unquoted(m.group(1)), unquoted(m.group(2)));
        }
        return new SqlType.Simple(text);
    }

    /** A name as PostgreSQL prints it in SQL text: bare when {@code quote_ident} would leave it so. */
    static String identifier(String name) {
        return PostgresNaming.isBare(name) ? name : '"' + name.replace("\"", "\"\"") + '"';
    }

    /** How {@code format_type} names a type of {@code schema}: bare in the default schema, else qualified. */
    static String typeName(String schema, String name) {
        return (schema == null || DatabaseSchema.DEFAULT_SCHEMA.equals(schema) ? "" : identifier(schema) + ".") + identifier(name);
    }

    /** A key as {@code pg_get_indexdef} prints it is a plain column when it is a (possibly quoted) name. */
    static boolean isColumnName(String key) {
        return NAME.matcher(key).matches();
    }

    /** The name in {@code text}, without the double quotes PostgreSQL may have put around it. */
    static String unquoted(String text) {
        return text.startsWith("\"") ? text.substring(1, text.length() - 1).replace("\"\"", "\"") : text;
    }

    /** Null for the default schema, so operations and generated code leave it out. */
    static String schemaOf(String schema) {
        return DatabaseSchema.DEFAULT_SCHEMA.equals(schema) ? null : schema;
    }
}
