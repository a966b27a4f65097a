package io.retort.dialect.postgres;

import io.retort.schema.CheckDef;
import io.retort.schema.ColumnDef;
import io.retort.schema.DatabaseSchema;
import io.retort.schema.ForeignKeyDef;
import io.retort.schema.IndexDef;
import io.retort.schema.SchemaDef;
import io.retort.schema.SequenceDef;
import io.retort.schema.TableDef;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One spelling for what PostgreSQL accepts in many, so that a schema read from a database and one
 * read from entities compare equal when they mean the same. Both sides go through it.
 *
 * <ul>
 * <li>Types as {@code format_type} prints them: {@code varchar} → {@code character varying},
 *     {@code int4} → {@code integer}, {@code timestamptz} → {@code timestamp with time zone},
 *     {@code numeric(10, 2)} → {@code numeric(10,2)}, {@code public.mytype} → {@code mytype}.</li>
 * <li>A {@code serial}, {@code bigserial} or {@code smallserial} column becomes its integer type
 *     with the default {@code nextval('<table>_<column>_seq')}.</li>
 * <li>Defaults, CHECK conditions, index keys and WHERE conditions as token lists: casts dropped
 *     ({@code 'x'::character varying} → {@code 'x'}), redundant parentheses dropped, key words in
 *     lower case, one space between tokens; a quoted number on a numeric column unquoted;
 *     {@code nextval('public.s'::regclass)} → {@code nextval('s')}.</li>
 * <li>Indexes compare by unique, method, keys, INCLUDE and predicate: the {@code definition} text,
 *     which a model cannot reproduce, is rebuilt from those.</li>
 * <li>Foreign-key actions in upper case; sequence data types as above.</li>
 * </ul>
 */
public final class PostgresNormalForm {
    private PostgresNormalForm() {}

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("varchar", "character varying"), Map.entry("char", "character"), Map.entry("bpchar", "character"),
            Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("int2", "smallint"),
            Map.entry("int8", "bigint"), Map.entry("float8", "double precision"), Map.entry("float", "double precision"),
            Map.entry("float4", "real"), Map.entry("bool", "boolean"), Map.entry("decimal", "numeric"),
            Map.entry("timestamptz", "timestamp with time zone"), Map.entry("timetz", "time with time zone"),
            Map.entry("varbit", "bit varying"));
    private static final Map<String, String> SERIALS = Map.of(
            "serial", "integer", "serial4", "integer", "bigserial", "bigint", "serial8", "bigint",
            "smallserial", "smallint", "serial2", "smallint");
    private static final Pattern TYPE = Pattern.compile(
            "(?i)^([a-z_][a-z0-9_ ]*?)\\s*(\\(([^)]*)\\))?\\s*((?:with|without) time zone)?$");
    private static final Pattern NUMERIC_TYPES = Pattern.compile(
            "smallint|integer|bigint|real|double precision|numeric(\\(.*\\))?");
    private static final Pattern QUOTED_NUMBER = Pattern.compile("'(-?[0-9]+(\\.[0-9]+)?)'");
    private static final Pattern PUBLIC_NEXTVAL = Pattern.compile("(?i)nextval\\('public\\.");
    private static final Pattern PUBLIC_PREFIX = Pattern.compile("^(\"public\"|public)\\.");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * One normalisation's results by input: a schema repeats a handful of types and expressions
     * across thousands of columns and indexes, and each costs regular expressions.
     */
    private static final class Memo {
        private final Map<String, String> types = new HashMap<>();
        private final Map<String, String> expressions = new HashMap<>();

        String type(String given) {
            return types.computeIfAbsent(given, PostgresNormalForm::type);
        }

        String normal(String expression) {
            return expressions.computeIfAbsent(expression, PostgresExpressions::normal);
        }
    }

    /** The schema in normal form. */
    public static DatabaseSchema of(DatabaseSchema schema) {
        TreeMap<String, SchemaDef> schemas = new TreeMap<>();
        Memo memo = new Memo();
        for (SchemaDef s : schema.schemas().values()) {
            TreeMap<String, TableDef> tables = new TreeMap<>();
            s.tables().forEach((name, table) -> tables.put(name, table(table, memo)));
            TreeMap<String, SequenceDef> sequences = new TreeMap<>();
            s.sequences().forEach((name, q) -> sequences.put(name, new SequenceDef(q.schema(), q.name(), memo.type(q.dataType()),
                    q.start(), q.increment(), q.minValue(), q.maxValue(), q.cache(), q.cycle(), q.ownedBy())));
            schemas.put(s.name(), new SchemaDef(s.name(), tables, s.enums(), sequences, s.extensions()));
        }
        return new DatabaseSchema(schemas);
    }

    private static TableDef table(TableDef t, Memo memo) {
        List<ColumnDef> columns = t.columns().stream().map(c -> column(t.name(), c, memo)).toList();
        TreeMap<String, ForeignKeyDef> foreignKeys = new TreeMap<>();
        t.foreignKeys().forEach((name, f) -> foreignKeys.put(name, new ForeignKeyDef(f.name(), f.columns(),
                f.referencedSchema(), f.referencedTable(), f.referencedColumns(), upper(f.onDelete()), upper(f.onUpdate()),
                f.match() == null ? "SIMPLE" : upper(f.match()), f.deferrable(), f.initiallyDeferred(), f.validated())));
        TreeMap<String, CheckDef> checks = new TreeMap<>();
        t.checks().forEach((name, c) -> checks.put(name,
                new CheckDef(c.name(), memo.normal(c.expression()), c.validated(), c.noInherit())));
        TreeMap<String, IndexDef> indexes = new TreeMap<>();
        t.indexes().forEach((name, i) -> indexes.put(name, index(t, i, memo)));
        return new TableDef(t.schema(), t.name(), columns, t.primaryKey(), foreignKeys, t.uniques(), checks, indexes,
                t.comment());
    }

    private static ColumnDef column(String table, ColumnDef c, Memo memo) {
        String serial = SERIALS.get(c.type().strip().toLowerCase(Locale.ROOT));
        String type = serial != null ? serial : memo.type(c.type());
        String defaultExpression = serial != null && c.defaultExpression() == null
                ? "nextval('" + PostgresNaming.sequence(table, c.name()) + "'::regclass)" : c.defaultExpression();
        return new ColumnDef(c.name(), c.position(), type, c.notNull() || serial != null, defaultExpression(defaultExpression, type, memo),
                c.identity(), c.generatedExpression() == null ? null : memo.normal(c.generatedExpression()),
                c.comment());
    }

    private static String defaultExpression(String expression, String type, Memo memo) {
        if (expression == null) {
            return null;
        }
        String normal = memo.normal(PUBLIC_NEXTVAL.matcher(expression).replaceAll("nextval('"));
        Matcher number = QUOTED_NUMBER.matcher(normal);
        if (number.matches() && NUMERIC_TYPES.matcher(type).matches()) {
            return memo.normal(number.group(1));
        }
        return normal;
    }

    private static IndexDef index(TableDef table, IndexDef i, Memo memo) {
        String keys = memo.normal(i.keys());
        String predicate = i.predicate() == null ? null : memo.normal(i.predicate());
        String method = i.method().toLowerCase(Locale.ROOT);
        String definition = "CREATE " + (i.unique() ? "UNIQUE " : "") + "INDEX " + i.name() + " ON " + table.schema()
                + "." + table.name() + " USING " + method + " (" + keys + ")"
                + (i.includeColumns().isEmpty() ? "" : " INCLUDE (" + String.join(", ", i.includeColumns()) + ")")
                + (predicate == null ? "" : " WHERE " + predicate);
        return new IndexDef(i.name(), i.unique(), method, keys,
                i.keyColumns().stream().map(memo::normal).toList(), i.includeColumns(), predicate,
                definition, i.backsConstraint());
    }

    /** A type as {@code format_type} prints it. */
    static String type(String given) {
        String t = given.strip();
        if (t.endsWith("[]")) {
            return type(t.substring(0, t.length() - 2)) + "[]";
        }
        if (t.startsWith("\"") && t.endsWith("\"") && t.indexOf('"', 1) == t.length() - 1) {
            return PostgresNaming.isBare(t.substring(1, t.length() - 1)) ? t.substring(1, t.length() - 1) : t;
        }
        t = PUBLIC_PREFIX.matcher(t).replaceFirst("");
        Matcher m = TYPE.matcher(t);
        if (!m.matches()) {
            return t;
        }
        String base = SPACES.matcher(m.group(1).strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
        base = ALIASES.getOrDefault(base, base);
        String modifiers = m.group(3) == null ? null : SPACES.matcher(m.group(3)).replaceAll("");
        String zone = m.group(4) == null ? null : m.group(4).toLowerCase(Locale.ROOT);
        if (base.equals("timestamp") || base.equals("time")) {
            zone = zone == null ? "without time zone" : zone;
        } else if (base.equals("timestamp with time zone") || base.equals("time with time zone")) {
            zone = "with time zone";
            base = base.substring(0, base.indexOf(' '));
        }
        if (base.equals("numeric") && modifiers != null && !modifiers.contains(",")) {
            modifiers = modifiers + ",0";
        }
        if ((base.equals("character") || base.equals("bit")) && modifiers == null) {
            modifiers = "1";
        }
        return base + (modifiers == null ? "" : "(" + modifiers + ")") + (zone == null ? "" : " " + zone);
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }
}
