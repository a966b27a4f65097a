package io.retort.autogen;

import static io.retort.testing.GeneratedRevisions.catalog;
import static org.assertj.core.api.Assertions.assertThat;

import io.retort.Retort;
import io.retort.dialect.postgres.PostgresInspector;
import io.retort.schema.DatabaseSchema;
import io.retort.schema.InspectOptions;
import io.retort.testing.GeneratedRevisions;
import io.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Two scratch databases, "before" and "after", built from SQL; the diff between them is written as
 * a revision through the built-in template, compiled and run on "before" by Retort, which must then
 * match "after"; the downgrade must bring "before" back exactly.
 */
final class AutogenRoundTrip implements AutoCloseable {
    static final InspectOptions SCHEMAS = InspectOptions.defaults().withSchemas("public", "extra");

    private final TestDatabase before = TestDatabase.create(AutogenRoundTrip.class);
    private final TestDatabase after = TestDatabase.create(AutogenRoundTrip.class);

    /** What one round trip produced, for further assertions. */
    record Result(SchemaDiff diff, String source) {}

    Result run(Path project, String beforeSql, String afterSql) {
        return run(project, beforeSql, afterSql, UnaryOperator.identity());
    }

    /** {@code model} adjusts the desired side, as an entity model's rename hints would. */
    Result run(Path project, String beforeSql, String afterSql, UnaryOperator<DatabaseSchema> model) {
        DatabaseSchema original = build(before, beforeSql);
        DatabaseSchema desired = model.apply(build(after, afterSql));
        SchemaDiff diff = SchemaDiffer.between(original, desired, DiffOptions.defaults());
        assertThat(diff.isEmpty()).as("a difference").isFalse();
        Path versions = project.resolve("versions");
        String source = GeneratedRevisions.write(versions, "a1b2c3d4e5f6", List.of(), diff);
        Retort retort = Retort.configure().url(before.url()).scriptLocations(List.of(versions))
                .cacheDirectory(project.resolve(".retort/cache")).log(line -> {}).build();
        retort.upgrade("head");
        DatabaseSchema upgraded = inspect(before);
        assertThat(SchemaDiffer.between(upgraded, desired, DiffOptions.defaults()).lines()).as("check after upgrade of\n" + source)
                .allMatch(line -> line.contains("column order"));
        assertThat(catalog(upgraded)).as("catalog after upgrade of\n" + source).isEqualTo(catalog(inspect(after)));
        retort.downgrade("base");
        assertThat(catalog(inspect(before))).as("catalog after downgrade of\n" + source).isEqualTo(catalog(original));
        return new Result(diff, source);
    }

    private static DatabaseSchema build(TestDatabase db, String sql) {
        try (Connection c = db.connect()) {
            c.createStatement().execute("DROP SCHEMA IF EXISTS public, extra CASCADE; CREATE SCHEMA public");
            if (!sql.isBlank()) {
                c.createStatement().execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot build " + db.name() + ": " + e.getMessage(), e);
        }
        return inspect(db);
    }

    private static DatabaseSchema inspect(TestDatabase db) {
        try (Connection c = db.connect()) {
            return new PostgresInspector().inspect(c, SCHEMAS);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        before.close();
        after.close();
    }
}
