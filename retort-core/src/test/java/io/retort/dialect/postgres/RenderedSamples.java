package io.retort.dialect.postgres;

import static io.retort.ops.Column.column;
import static io.retort.ops.Types.*;

import io.retort.ops.Column;
import io.retort.ops.Constraint;
import io.retort.ops.Operation;
import io.retort.ops.TableRef;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** One value of every operation type, so a new type without a renderer fails a test. */
final class RenderedSamples {
    private RenderedSamples() {}

    /** A table with every kind of column option and constraint, its enum and comments. */
    static final Operation GRID = new Operation.CreateTable(null, "grid", List.of(
            column("uuid", VARCHAR).primaryKey(),
            column("name", varchar(100)).notNull().defaultValue("Unknown").comment("display name"),
            column("count", INTEGER).defaultValue(0),
            column("active", BOOLEAN).notNull().defaultValue(true),
            column("created_at", TIMESTAMPTZ).defaultSql("now()"),
            column("status", enumOf("grid_status", "none", "scanned")),
            column("id", BIGINT).identity(Column.Identity.ALWAYS),
            column("code", character(3)).unique(),
            column("parent", VARCHAR),
            Constraint.unique("name", "count"),
            new Constraint.Check("ck_count", "count >= 0"),
            Constraint.foreignKey("parent", "grid", "uuid").onDelete("cascade").onUpdate("set  null").deferrable(true)),
            "Grids, as 'scanned'");

    static final List<Operation> ALL = List.of(
            new Operation.CreateTable(null, "t", List.of(column("a", INTEGER)), null),
            new Operation.DropTable(null, "t", false, false, List.of()),
            new Operation.RenameTable(null, "t", "u"),
            new Operation.CommentOnTable(null, "t", "c", null),
            new Operation.AddColumn(null, "t", column("b", INTEGER)),
            new Operation.DropColumn(null, "t", "b", false),
            Operation.AlterColumn.of("t", "a").nullable(false),
            Operation.CreateIndex.on("ix", "t", "a"),
            new Operation.DropIndex(null, "ix", "t", false, false),
            new Operation.AddConstraint(null, "t", Constraint.unique("a")),
            new Operation.DropConstraint(null, "t", "t_a_key", false, false),
            new Operation.ValidateConstraint(null, "t", "t_a_key"),
            new Operation.CreateEnum(null, "e", List.of("x")),
            new Operation.DropEnum(null, "e", false),
            new Operation.AddEnumValue(null, "e", "y", null, null, false),
            new Operation.RenameEnumValue(null, "e", "x", "z"),
            new Operation.CreateSequence(null, "s", null, null, null, null),
            new Operation.DropSequence(null, "s", false),
            new Operation.CreateSchema("sc", false),
            new Operation.DropSchema("sc", false, false),
            new Operation.CreateExtension("pg_trgm", null, true),
            new Operation.DropExtension("pg_trgm", false),
            new Operation.BulkInsert(TableRef.table("t"), List.of(Map.of("a", 1))),
            new Operation.Execute("SELECT 1", List.of()));

    static final Set<String> NAMES = ALL.stream().map(op -> op.getClass().getSimpleName()).collect(Collectors.toSet());
}
