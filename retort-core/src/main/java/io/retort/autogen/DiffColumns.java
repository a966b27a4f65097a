package io.retort.autogen;

import io.retort.ops.Column;
import io.retort.ops.DefaultValue;
import io.retort.ops.Operation.AlterColumn;
import io.retort.ops.SqlType;
import io.retort.ops.Types;
import io.retort.schema.ColumnDef;
import io.retort.schema.SchemaDef;
import io.retort.schema.SequenceDef;
import io.retort.schema.TableDef;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Columns of the schema model as {@link Column} definitions, and the change between two of them. */
final class DiffColumns {
    private DiffColumns() {}

    private static final Map<String, SqlType> SERIALS = Map.of(
            "integer", Types.SERIAL, "bigint", Types.BIGSERIAL, "smallint", new SqlType.Simple("smallserial"));

    /**
     * The column as {@code createTable} or {@code addColumn} would write it. A column whose default
     * takes the next value of a sequence it owns is a serial, which brings its sequence along.
     */
    static Column definition(TableDef table, ColumnDef c, SchemaDef schema) {
        SqlType type = DiffTypes.parse(c.type());
        DefaultValue serverDefault = c.defaultExpression() == null ? null : DefaultValue.sql(c.defaultExpression());
        if (isSerial(table, c, schema)) {
            type = SERIALS.get(c.type());
            serverDefault = null;
        }
        return new Column(c.name(), type, !c.notNull(), serverDefault, identity(c.identity()), false, false, c.comment());
    }

    private static boolean isSerial(TableDef table, ColumnDef c, SchemaDef schema) {
        if (c.defaultExpression() == null || !SERIALS.containsKey(c.type()) || schema == null) {
            return false;
        }
        String owner = table.name() + "." + c.name();
        // As inspected, nextval('s'::regclass); in Dialect.normalize's normal form, casts dropped: nextval('s').
        return schema.sequences().values().stream().filter(s -> owner.equals(s.ownedBy())).map(SequenceDef::name)
                .map(name -> "nextval('" + DiffTypes.identifier(name) + "'")
                .anyMatch(call -> c.defaultExpression().equals(call + "::regclass)") || c.defaultExpression().equals(call + ")"));
    }

    static Column.Identity identity(ColumnDef.Identity identity) {
        return switch (identity) {
            case NONE -> null;
            case ALWAYS -> Column.Identity.ALWAYS;
            case BY_DEFAULT -> Column.Identity.BY_DEFAULT;
        };
    }

    /**
     * The change that turns column {@code current} into {@code desired} (named as in {@code desired}),
     * with every {@code existing*} field it needs to be reversed; empty when they match. A type
     * change re-sets the default, which PostgreSQL could not always cast along.
     */
    static Optional<AlterColumn> change(String schema, String table, ColumnDef current, ColumnDef desired) {
        AlterColumn alter = AlterColumn.of(table, desired.name()).inSchema(schema);
        AlterColumn none = alter;
        boolean typeChanged = !current.type().equals(desired.type());
        if (typeChanged) {
            alter = alter.type(DiffTypes.parse(desired.type())).existingType(DiffTypes.parse(current.type()));
            if (alter.type() instanceof SqlType.Named) {
                alter = alter.using(DiffTypes.identifier(desired.name()) + "::text::" + desired.type());
            }
        }
        if (current.notNull() != desired.notNull()) {
            alter = alter.nullable(!desired.notNull()).existingNullable(!current.notNull());
        }
        String was = current.defaultExpression();
        String wanted = desired.defaultExpression();
        if (!Objects.equals(was, wanted) || (typeChanged && wanted != null)) {
            alter = wanted == null ? alter.dropDefault() : alter.setDefault(DefaultValue.sql(wanted));
            alter = was == null ? alter : alter.existingDefault(DefaultValue.sql(was));
        }
        if (current.identity() != desired.identity()) {
            alter = desired.identity() == ColumnDef.Identity.NONE ? alter.dropIdentity() : alter.identity(identity(desired.identity()));
            alter = current.identity() == ColumnDef.Identity.NONE ? alter : alter.existingIdentity(identity(current.identity()));
        }
        if (!Objects.equals(current.comment(), desired.comment())) {
            alter = alter.comment(desired.comment() == null ? "" : desired.comment()).existingComment(current.comment());
        }
        return alter.equals(none) ? Optional.empty() : Optional.of(alter);
    }

    /** The reverse of {@link #change}: back to the earlier type (cast through text to a named type), default and so on. */
    static AlterColumn reverse(AlterColumn change) {
        AlterColumn back = (AlterColumn) change.reverse().orElseThrow();
        return back.type() instanceof SqlType.Named
                ? back.using(DiffTypes.identifier(back.column()) + "::text::" + typeText(back.type()))
                : back;
    }

    private static String typeText(SqlType type) {
        SqlType.Named named = (SqlType.Named) type;
        return DiffTypes.typeName(named.schema(), named.name());
    }
}
