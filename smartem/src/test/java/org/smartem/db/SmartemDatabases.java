package org.smartem.db;

import io.retort.Retort;
import io.retort.autogen.EntityModel;
import io.retort.autogen.ModelSettings;
import io.retort.config.ModelSection;
import io.retort.config.RetortConfig;
import io.retort.dialect.Dialect;
import io.retort.dialect.postgres.PostgresInspector;
import io.retort.testing.TableRowComparison;
import io.retort.autogen.ComparisonOptions;
import io.retort.schema.DatabaseSchema;
import io.retort.autogen.SchemaComparison;
import io.retort.testing.SmartemFacts;
import io.retort.testing.SqlScripts;
import io.retort.testing.TestDatabase;
import io.retort.test.MigratedDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** What the SmartEM tests share: the revision ids, Retort on a test database, the facts, inspection. */
final class SmartemDatabases {
    /** The nine revisions of the original Alembic chain, base first. */
    static final List<String> ORIGINAL_CHAIN = List.of("001", "002", "003", "33107394dcd1", "87f8c5e11906",
            "a1b2c3d4e5f6", "b2c3d4e5f6a7", "b3c4d5e6f7a8", "c4d5e6f7a8b9");
    /** The revisions added on top of it, in order. */
    static final List<String> NEW_REVISIONS = List.of("5f0c2a9e41b7", "6a1d3b8f52c8", "7b2e4c9063d9");
    static final String ALEMBIC_HEAD = "c4d5e6f7a8b9";
    static final String HEAD = "7b2e4c9063d9";
    /** The revision files, relative to the smartem module (Maven's working directory for its tests). */
    static final Path VERSIONS = Path.of("migrations/versions");

    private SmartemDatabases() {}

    /** All twelve revisions, base first. */
    static List<String> allRevisions() {
        return Stream.concat(ORIGINAL_CHAIN.stream(), NEW_REVISIONS.stream()).toList();
    }

    static List<String> reversed(List<String> list) {
        List<String> out = new ArrayList<>(list);
        java.util.Collections.reverse(out);
        return out;
    }

    /** The parent of {@code revision} in the linear chain, {@code base} for the first. */
    static String parentOf(String revision) {
        int at = allRevisions().indexOf(revision);
        return at == 0 ? "base" : allRevisions().get(at - 1);
    }

    static Retort retort(TestDatabase db) {
        return Retort.configure().url(db.url()).scriptLocations(List.of(VERSIONS)).build();
    }

    /** A database as Python Alembic leaves it at c4d5e6f7a8b9: the facts' schema and data dumps loaded. */
    static TestDatabase alembicBuilt(Class<?> owner) {
        TestDatabase db = TestDatabase.create(owner);
        SqlScripts.load(db, SmartemFacts.headSchema());
        SqlScripts.load(db, SmartemFacts.headData());
        return db;
    }

    /** SmartEM's entities read from their sources as retort.toml's {@code [model]} section says, normalised. */
    static DatabaseSchema entityModel(Dialect dialect) {
        ModelSection section = RetortConfig.load(Path.of("retort.toml")).model().orElseThrow();
        return dialect.normalize(EntityModel.read(new ModelSettings(section.packages(), section.sources(), section.classpath()),
                dialect, Path.of("target/retort-model-cache"), SmartemDatabases.class.getClassLoader()));
    }

    static DatabaseSchema inspect(TestDatabase db) {
        return inspect(db::connect);
    }

    static DatabaseSchema inspect(MigratedDatabase db) {
        return inspect(db::connect);
    }

    private static DatabaseSchema inspect(Connector db) {
        try (Connection c = db.connect()) {
            return new PostgresInspector().inspect(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> schemaDifferences(TestDatabase expected, TestDatabase actual) {
        return SchemaComparison.differences(inspect(expected), inspect(actual), ComparisonOptions.strict());
    }

    /** The differences of every table's rows, plus alembic_version's, between two databases. */
    static List<String> rowDifferences(TestDatabase expected, TestDatabase actual) {
        List<String> out = new ArrayList<>();
        try (Connection e = expected.connect(); Connection a = actual.connect()) {
            for (var table : inspect(expected).tables()) {
                out.addAll(TableRowComparison.differences(e, a, table.name()));
            }
            out.addAll(TableRowComparison.differences(e, a, "alembic_version"));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    static void execute(TestDatabase db, String sql) {
        execute(db::connect, sql);
    }

    static void execute(MigratedDatabase db, String sql) {
        execute(db::connect, sql);
    }

    private static void execute(Connector db, String sql) {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The first column of every row of {@code sql}, as text. */
    static List<String> column(TestDatabase db, String sql) {
        return column(db::connect, sql);
    }

    static List<String> column(MigratedDatabase db, String sql) {
        return column(db::connect, sql);
    }

    private static List<String> column(Connector db, String sql) {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    static long count(TestDatabase db, String sql) {
        return Long.parseLong(column(db, sql).get(0));
    }

    /** A test database of either kind: one made here ({@link TestDatabase}) or by {@code @RetortDatabase}. */
    private interface Connector {
        Connection connect() throws SQLException;
    }

    /** An exception's message followed by its causes' messages. */
    static String messages(Throwable e) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            out.append(t.getMessage()).append('\n');
        }
        return out.toString();
    }
}
