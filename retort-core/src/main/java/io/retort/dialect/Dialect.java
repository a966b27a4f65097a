package io.retort.dialect;

import io.retort.ops.ConstraintNaming;
import io.retort.ops.Operation;
import io.retort.ops.SqlType;
import io.retort.schema.DatabaseSchema;
import java.util.List;

/**
 * How one database spells operations. Identifier quoting and literal escaping live here and
 * nowhere else; the runtime executes or prints what this returns.
 */
public interface Dialect {

    /** The statements that carry out {@code operation}, in order. */
    List<Statement> render(Operation operation);

    /** An identifier, quoted only when it needs to be. */
    String quoteIdentifier(String identifier);

    /** A value as an SQL literal, for offline scripts: {@code 'it''s'}, {@code 42}, {@code NULL}. */
    String literal(Object value);

    /** The statement with its bind parameters written in as literals, for offline scripts. */
    String inline(Statement statement);

    /** How bulk inserts reach a live database (rendered INSERTs, or something faster). */
    BulkLoader bulkLoader();

    /** The names this database gives unnamed indexes and constraints; pass it to {@link Operation#reverse(ConstraintNaming)}. */
    ConstraintNaming naming();

    /** A column type as this database names it: {@code varchar(255)}, {@code timestamp without time zone}. */
    String typeName(SqlType type);

    /** The names this database gives to unnamed constraints, indexes and sequences. */
    DefaultNames defaultNames();

    /**
     * The schema with harmless spellings made one (type aliases, casts on literals, redundant
     * parentheses), so that two schemas that mean the same compare equal. Apply it to both sides.
     */
    DatabaseSchema normalize(DatabaseSchema schema);
}
