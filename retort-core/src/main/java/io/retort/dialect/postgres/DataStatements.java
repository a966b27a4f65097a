package io.retort.dialect.postgres;

import com.fasterxml.jackson.databind.JsonNode;
import io.retort.RetortException;
import io.retort.dialect.Statement;
import io.retort.ops.Operation;
import io.retort.ops.SqlType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Data operations: raw SQL, and bulk inserts as multi-row INSERTs whose values are all bind
 * parameters. A value for a column the table handle types (other than text types) is cast to
 * that type in the SQL, {@code ?::jsonb}, and bound as its input text, as COPY would send it.
 */
final class DataStatements {
    private DataStatements() {}

    static final int MAX_ROWS_PER_INSERT = 1000;
    /** The most bind parameters one statement can carry in PostgreSQL's protocol (a 16-bit count). */
    static final int MAX_PARAMETERS = 65535;

    private static final Set<String> NUMBER_OR_BOOLEAN = Set.of("smallint", "integer", "bigint", "serial", "bigserial",
            "smallserial", "real", "double precision", "boolean");

    static List<Statement> execute(Operation.Execute op) {
        return List.of(new Statement(op.sql(), op.parameters()));
    }

    static List<Statement> bulkInsert(Operation.BulkInsert op) {
        List<Statement> out = new ArrayList<>();
        for (RowGroup group : RowGroup.of(op)) {
            out.addAll(inserts(group));
        }
        return out;
    }

    static List<Statement> inserts(RowGroup group) {
        List<Statement> out = new ArrayList<>();
        if (group.columns().isEmpty()) {
            group.rows().forEach(row -> out.add(Statement.of("INSERT INTO " + group.tableSql() + " DEFAULT VALUES")));
            return out;
        }
        int perStatement = Math.min(MAX_ROWS_PER_INSERT, MAX_PARAMETERS / group.columns().size());
        String tuple = "(" + String.join(", ", group.types().stream().map(DataStatements::placeholder).toList()) + ")";
        String head = "INSERT INTO " + group.tableSql() + " (" + group.columnsSql() + ") VALUES ";
        for (int from = 0; from < group.rows().size(); from += perStatement) {
            List<Map<String, Object>> rows = group.rows().subList(from, Math.min(from + perStatement, group.rows().size()));
            List<Object> parameters = new ArrayList<>(rows.size() * group.columns().size());
            for (Map<String, Object> row : rows) {
                for (int i = 0; i < group.columns().size(); i++) {
                    parameters.add(parameter(row.get(group.columns().get(i)), group.types().get(i)));
                }
            }
            out.add(new Statement(head + String.join(",\n    ", Collections.nCopies(rows.size(), tuple)), parameters));
        }
        return out;
    }

    private static String placeholder(SqlType type) {
        return isCast(type) ? "?::" + castType(type) : "?";
    }

    /** Text types take a varchar parameter as it is; casting to varchar(n) would silently truncate. */
    private static boolean isCast(SqlType type) {
        return type != null && !(type instanceof SqlType.Varchar) && !(type instanceof SqlType.Char)
                && !(type instanceof SqlType.Simple s && s.name().equals("text"));
    }

    /** serial is only a column shorthand; values of it are integers. */
    private static String castType(SqlType type) {
        if (type instanceof SqlType.Simple s && s.name().endsWith("serial")) {
            return s.name().equals("bigserial") ? "bigint" : s.name().equals("serial") ? "integer" : "smallint";
        }
        return SqlText.type(type);
    }

    /** A map or list means JSON or an array, which only a column declared json, jsonb or an array can say. */
    static void requireDeclaredType(Object value, SqlType type) {
        boolean structured = value instanceof Map<?, ?> || value instanceof Iterable<?> || value instanceof JsonNode;
        if (structured && (type == null || !isCast(type))) {
            throw new RetortException("bulkInsert: a " + value.getClass().getSimpleName() + " value is written as JSON or an"
                    + " array, so declare its column in the table handle as one, e.g. col(\"settings\", JSONB).");
        }
    }

    /**
     * The value bound for a column of {@code type}: for a cast column its input text (numbers and
     * booleans for number and boolean columns stay as they are), otherwise what pgjdbc binds natively.
     */
    static Object parameter(Object value, SqlType type) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigInteger b) {
            value = new BigDecimal(b);
        }
        if (isCast(type)) {
            boolean plain = type instanceof SqlType.Numeric || (type instanceof SqlType.Simple s && NUMBER_OR_BOOLEAN.contains(s.name()));
            return plain && (bindsAsNumber(value) || value instanceof Boolean) ? value : ValueText.text(value, type);
        }
        requireDeclaredType(value, type);
        if (value instanceof Instant t) {
            return t.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof ZonedDateTime t) {
            return t.toOffsetDateTime();
        }
        boolean bindsAsIs = value instanceof String || bindsAsNumber(value) || value instanceof Boolean
                || value instanceof UUID || value instanceof byte[] || value instanceof LocalDate
                || value instanceof LocalDateTime || value instanceof LocalTime || value instanceof OffsetDateTime
                || value instanceof OffsetTime || value instanceof Date;
        return bindsAsIs ? value : ValueText.text(value, type);
    }

    /** The number classes pgjdbc binds by itself; others (AtomicLong) go as text. */
    private static boolean bindsAsNumber(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof Double || value instanceof Float || value instanceof BigDecimal;
    }
}
