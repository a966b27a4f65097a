package org.smartem.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartem.db.SmartemDatabases.*;

import io.retort.dialect.Dialect;
import io.retort.dialect.postgres.PostgresDialect;
import io.retort.schema.ColumnDef;
import io.retort.schema.DatabaseSchema;
import io.retort.schema.IndexDef;
import io.retort.schema.TableDef;
import io.retort.test.MigratedDatabase;
import io.retort.test.RetortDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * SmartEM's entities describe the database at head exactly: read from their sources as
 * retort.toml's {@code [model]} section says, normalised, they equal the inspected database table by table, column by
 * column, index by index and constraint by constraint.
 */
class EntityModelHeadTest {
    static final Dialect DIALECT = new PostgresDialect();

    @Test
    @RetortDatabase(config = "retort.toml")
    void entitiesMatchTheDatabaseAtHead(MigratedDatabase db) {
        DatabaseSchema database = DIALECT.normalize(inspect(db));
        DatabaseSchema model = entityModel(DIALECT);
        assertThat(model.tables()).hasSize(27);
        assertThat(differences(database, model)).isEmpty();

        execute(db, "ALTER TABLE agentlog ALTER COLUMN level TYPE varchar(20); DROP INDEX ix_agentlog_timestamp;"
                + " ALTER TABLE grid ALTER COLUMN status SET DEFAULT 'SCAN_STARTED'");
        assertThat(differences(DIALECT.normalize(inspect(db)), model)).containsExactly(
                "public.agentlog.level: database " + column("character varying(20)", "level")
                        + " <> model " + column("character varying", "level"),
                "public.agentlog index ix_agentlog_timestamp: in the model, not in the database",
                "public.grid.status: database " + enumColumn("'SCAN_STARTED'") + " <> model " + enumColumn("'NONE'"));
    }

    private static ColumnDef column(String type, String name) {
        return new ColumnDef(name, 0, type, true, null, ColumnDef.Identity.NONE, null, null);
    }

    private static ColumnDef enumColumn(String defaultExpression) {
        return new ColumnDef("status", 0, "gridstatus", false, defaultExpression, ColumnDef.Identity.NONE, null, null);
    }

    /**
     * Every difference between two normalised schemas, one line each; column order aside. A stand-in
     * for the differ's {@code SchemaDiffer.between(...).isEmpty()}.
     */
    static List<String> differences(DatabaseSchema database, DatabaseSchema model) {
        List<String> out = new ArrayList<>();
        compare(out, "enum", database.enums(), model.enums(), e -> e.schema() + "." + e.name());
        compare(out, "sequence", database.sequences(), model.sequences(), s -> s.schema() + "." + s.name());
        compare(out, "table", database.tables(), model.tables(), t -> t.schema() + "." + t.name(), (a, b) -> {
            String where = a.schema() + "." + a.name();
            List<String> inner = new ArrayList<>();
            compare(inner, where + " column", a.columns(), b.columns(), ColumnDef::name,
                    (x, y) -> same(inner, where + "." + x.name(), withoutPosition(x), withoutPosition(y)));
            same(inner, where + " primary key", a.primaryKey(), b.primaryKey());
            compare(inner, where + " foreign key", a.foreignKeys().values(), b.foreignKeys().values(), f -> f.name());
            compare(inner, where + " unique", a.uniques().values(), b.uniques().values(), u -> u.name());
            compare(inner, where + " check", a.checks().values(), b.checks().values(), c -> c.name());
            compare(inner, where + " index", a.indexes().values(), b.indexes().values(), IndexDef::name);
            same(inner, where + " comment", a.comment(), b.comment());
            out.addAll(inner);
        });
        return out;
    }

    private static ColumnDef withoutPosition(ColumnDef c) {
        return new ColumnDef(c.name(), 0, c.type(), c.notNull(), c.defaultExpression(), c.identity(),
                c.generatedExpression(), c.comment());
    }

    private static void same(List<String> out, String what, Object database, Object model) {
        if (!Objects.equals(database, model)) {
            out.add(what + ": database " + database + " <> model " + model);
        }
    }

    private static <T> void compare(List<String> out, String kind, java.util.Collection<T> database,
            java.util.Collection<T> model, Function<T, String> key) {
        compare(out, kind, database, model, key, (a, b) -> same(out, kind + " " + key.apply(a), a, b));
    }

    private static <T> void compare(List<String> out, String kind, java.util.Collection<T> database,
            java.util.Collection<T> model, Function<T, String> key, java.util.function.BiConsumer<T, T> both) {
        Map<String, T> a = new java.util.TreeMap<>();
        database.forEach(x -> a.put(key.apply(x), x));
        Map<String, T> b = new java.util.TreeMap<>();
        model.forEach(x -> b.put(key.apply(x), x));
        for (String name : new TreeSet<>(union(a.keySet(), b.keySet()))) {
            if (!b.containsKey(name)) {
                out.add(kind + " " + name + ": in the database, not in the model");
            } else if (!a.containsKey(name)) {
                out.add(kind + " " + name + ": in the model, not in the database");
            } else {
                both.accept(a.get(name), b.get(name));
            }
        }
    }

    private static TreeSet<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        TreeSet<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
