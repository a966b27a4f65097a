package org.smartem.db;

import static io.retort.testing.GeneratedRevisions.catalog;
import static org.assertj.core.api.Assertions.assertThat;
import static org.smartem.db.SmartemDatabases.*;

import io.retort.Retort;
import io.retort.autogen.DiffOptions;
import io.retort.autogen.SchemaDiff;
import io.retort.autogen.SchemaDiffer;
import io.retort.dialect.Dialect;
import io.retort.dialect.postgres.PostgresDialect;
import io.retort.ops.Column;
import io.retort.ops.Operation;
import io.retort.schema.DatabaseSchema;
import io.retort.testing.GeneratedRevisions;
import io.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Autogenerate and check on SmartEM's real history. At head, check is clean; at every earlier
 * revision R it flags the database, and autogenerate from R produces the same operations as the
 * later revisions do (the difference between R's schema and head's), except where a later
 * revision did what an entity model cannot say ({@link #MODEL_CANNOT_SAY}). The generated revision,
 * compiled and run on R, leaves nothing for check to flag, and its downgrade restores R's catalog.
 */
class SmartemAutogenerateTest {
    static final Dialect DIALECT = new PostgresDialect();
    static final DiffOptions OPTIONS = DiffOptions.defaults();

    /**
     * The later revisions' work that autogenerate cannot produce, by revision, with the reason.
     * Both are data migrations: they change no schema object, so the schema before and after them
     * is the same and a diff of schemas has nothing to say about them.
     */
    static final Map<String, String> MODEL_CANNOT_SAY = Map.of(
            "003", "data only: inserts the four quality prediction models (R2-D2, WALL-E, Bender, Claptrap)",
            "6a1d3b8f52c8", "data only: inserts the system's default user preferences");

    static TestDatabase head;
    static DatabaseSchema atHead;
    static DatabaseSchema model;

    @BeforeAll
    static void build() {
        head = TestDatabase.create(SmartemAutogenerateTest.class);
        retort(head).upgrade("head");
        atHead = DIALECT.normalize(inspect(head));
        model = entityModel(DIALECT);
    }

    @AfterAll
    static void drop() {
        head.close();
    }

    @Test
    void checkIsCleanAtHead() {
        assertClean(SchemaDiffer.between(atHead, model, OPTIONS), "check at head");
    }

    @TestFactory
    Stream<DynamicTest> autogenerateFromEachEarlierRevision(@TempDir Path project) {
        List<String> earlier = allRevisions().subList(0, allRevisions().size() - 1);
        return earlier.stream().map(r -> DynamicTest.dynamicTest(r, () -> fromRevision(project, r)));
    }

    /**
     * The operations with columns in name order: each new table's, and each run of columns added
     * to (or dropped from) one table. The history added foreign-key columns last, the entities
     * declare them where they read best, and Retort never reorders columns, so column order is the
     * one thing the two may say differently.
     */
    private static List<String> columnsByName(List<Operation> operations) {
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        String runTable = null;
        for (Operation op : operations) {
            String table = op instanceof Operation.AddColumn a ? "add " + a.table()
                    : op instanceof Operation.DropColumn d ? "drop " + d.table() : null;
            if (!Objects.equals(table, runTable)) {
                out.addAll(run.stream().sorted().toList());
                run.clear();
                runTable = table;
            }
            (table == null ? out : run).add(columnsByName(op).toString());
        }
        out.addAll(run.stream().sorted().toList());
        return out;
    }

    private static Operation columnsByName(Operation op) {
        return op instanceof Operation.CreateTable t
                ? new Operation.CreateTable(t.schema(), t.name(), Stream.concat(
                        t.elements().stream().filter(Column.class::isInstance)
                                .sorted(Comparator.comparing(e -> ((Column) e).name())),
                        t.elements().stream().filter(e -> !(e instanceof Column))).toList(), t.comment())
                : op;
    }

    /** Check's verdict: no operation, and no line but the notes that column order differs. */
    private static void assertClean(SchemaDiff check, String what) {
        assertThat(check.isEmpty()).as(what).isTrue();
        assertThat(check.lines()).as(what).allMatch(line -> line.endsWith("Retort never reorders columns"));
    }

    private static void fromRevision(Path project, String revision) {
        try (TestDatabase db = TestDatabase.create(SmartemAutogenerateTest.class)) {
            Retort retort = retort(db);
            retort.upgrade(revision);
            DatabaseSchema catalogAtRevision = inspect(db);
            DatabaseSchema atRevision = DIALECT.normalize(catalogAtRevision);

            SchemaDiff check = SchemaDiffer.between(atRevision, model, OPTIONS);
            assertThat(check.isEmpty()).as("check flags the database at " + revision).isFalse();
            SchemaDiff later = SchemaDiffer.between(atRevision, atHead, OPTIONS);
            assertThat(columnsByName(check.upgrade())).as("autogenerate from " + revision + " = the later revisions")
                    .containsExactlyElementsOf(columnsByName(later.upgrade()));
            assertThat(columnsByName(check.downgrade())).as("its downgrade")
                    .containsExactlyElementsOf(columnsByName(later.downgrade()));

            String id = "ae" + String.format("%010d", allRevisions().indexOf(revision));
            Path versions = project.resolve(revision);
            String source = GeneratedRevisions.write(versions, id, List.of(revision), check);
            Retort generated = Retort.configure().url(db.url()).scriptLocations(List.of(VERSIONS, versions))
                    .cacheDirectory(project.resolve("cache")).log(line -> {}).build();
            generated.upgrade(id);
            assertClean(SchemaDiffer.between(DIALECT.normalize(inspect(db)), model, OPTIONS),
                    "check after the generated revision\n" + source);
            generated.downgrade(revision);
            assertThat(catalog(inspect(db))).as("catalog after its downgrade\n" + source)
                    .isEqualTo(catalog(catalogAtRevision));
        }
    }

    /** Autogenerate can only miss a revision that changes no schema: exactly the listed ones do that. */
    @Test
    void theExceptionsAreExactlyTheRevisionsThatChangeNoSchema() {
        try (TestDatabase db = TestDatabase.create(SmartemAutogenerateTest.class)) {
            Retort retort = retort(db);
            DatabaseSchema previous = DIALECT.normalize(inspect(db));
            List<String> unchanged = new ArrayList<>();
            for (String revision : allRevisions()) {
                retort.upgrade(revision);
                DatabaseSchema now = DIALECT.normalize(inspect(db));
                if (SchemaDiffer.between(previous, now, OPTIONS).isEmpty()) {
                    unchanged.add(revision);
                }
                previous = now;
            }
            assertThat(unchanged).containsExactlyInAnyOrderElementsOf(MODEL_CANNOT_SAY.keySet());
        }
    }
}
