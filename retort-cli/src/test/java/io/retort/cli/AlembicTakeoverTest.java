package io.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.testing.SmartemFacts;
import io.retort.testing.SqlScripts;
import io.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database as Python Alembic leaves SmartEM at c4d5e6f7a8b9 is read by {@code retort current}. */
class AlembicTakeoverTest {
    static TestDatabase db;
    @TempDir Path project;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.create(AlembicTakeoverTest.class);
        SqlScripts.load(db, SmartemFacts.headSchema());
        SqlScripts.load(db, SmartemFacts.headData());
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @Test
    void currentReadsAlembicsVersionTable() throws IOException {
        Files.writeString(project.resolve("retort.toml"), """
                [retort]
                script_locations = ["%s"]
                """.formatted(SmartemFacts.versions().toString().replace("\\", "/")));
        CliRun run = CliRun.in(project, db.url(), "current");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("c4d5e6f7a8b9\n");
        CliRun history = CliRun.in(project, db.url(), "history", "-r", "b3c4d5e6f7a8:c4d5e6f7a8b9", "--indicate-current");
        assertThat(history.out()).contains("b3c4d5e6f7a8 -> c4d5e6f7a8b9 (current)");
    }
}
