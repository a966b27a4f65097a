package io.retort.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The floor's COPY file and the JDBC loader insert the same rows. */
class BulkLoadTest {
    private static final BulkLoad LOAD = new BulkLoad(2_500);

    @TempDir
    static Path temp;
    static TestDatabase copy;
    static TestDatabase jdbc;

    @BeforeAll
    static void setUp() {
        copy = TestDatabase.create(BulkLoadTest.class);
        jdbc = TestDatabase.create(BulkLoadTest.class);
        for (TestDatabase db : List.of(copy, jdbc)) {
            Scratch.execute(db.name(), BulkLoad.CREATE_TABLE);
        }
    }

    @AfterAll
    static void tearDown() {
        copy.close();
        jdbc.close();
    }

    @Test
    void psqlCopyLoadsTheRows() {
        InstalledPrograms.assumeGnuTimeAndPsql();
        Path rows = temp.resolve("rows.tsv");
        LOAD.writeCopyFile(rows);

        new TimedProcess(temp, temp.resolve("test.log"), Duration.ofMinutes(1)).run(new Invocation("copy",
                Psql.command(copy.name(), "-c", "\\copy bulk (id, name, payload, created_at) FROM '" + rows + "'")));

        assertThat(Scratch.rowCount(copy.name(), "bulk")).isEqualTo(LOAD.rows());
        assertThat(Scratch.rowCount(copy.name(), "bulk WHERE payload ->> 'tag' = 'bench' AND created_at = '2026-01-01Z'")).isEqualTo(LOAD.rows());
    }

    @Test
    void jdbcBatchesLoadTheSameRows() throws Exception {
        JdbcBulkInsertMain.main(new String[] {jdbc.name(), String.valueOf(LOAD.rows()), "1000", "true"});

        assertThat(Scratch.rowCount(jdbc.name(), "bulk")).isEqualTo(LOAD.rows());
        assertThat(Scratch.rowCount(jdbc.name(), "bulk WHERE payload ->> 'i' = id::text AND name = 'name-' || id")).isEqualTo(LOAD.rows());
    }
}
