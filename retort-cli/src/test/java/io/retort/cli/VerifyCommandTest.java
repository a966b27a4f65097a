package io.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.testing.RevisionFiles;
import io.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code retort verify} prints one line per failure and exits 1, or says what passed. */
class VerifyCommandTest {
    static TestDatabase db;
    @TempDir Path project;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.create(VerifyCommandTest.class);
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @Test
    void aLeftoverIndexFailsAndItsFixPasses() throws IOException {
        Path versions = project.resolve("versions");
        RevisionFiles.write(versions, "a", new String[0], "op.createTable(\"t\", column(\"id\", INTEGER));", "op.dropTable(\"t\");");
        RevisionFiles.write(versions, "b", new String[] {"a"}, "op.createIndex(\"ix_t_id\", \"t\", \"id\");", "op.execute(\"SELECT 1\");");
        Files.writeString(project.resolve("retort.toml"), "[retort]\nscript_locations = [\"versions\"]\n");
        CliRun failed = CliRun.in(project, db.url(), "verify");
        assertThat(failed.exitCode()).as(failed.err()).isEqualTo(1);
        assertThat(failed.out()).startsWith("revision b, downgrade: ").contains("ix_t_id").hasLineCount(1);

        RevisionFiles.write(versions, "b", new String[] {"a"}, "op.createIndex(\"ix_t_id\", \"t\", \"id\");", "op.dropIndex(\"ix_t_id\");");
        CliRun passed = CliRun.in(project, db.url(), "verify");
        assertThat(passed.exitCode()).as(passed.out() + passed.err()).isZero();
        assertThat(passed.out()).startsWith("verify: 2 revision(s) passed");
    }
}
