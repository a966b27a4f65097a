package io.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.testing.RevisionFiles;
import io.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a new user met on a first try, each now a clear answer. */
class NewUserTest {
    static TestDatabase db;
    @TempDir Path project;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.create(NewUserTest.class);
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    private Path init() {
        CliRun run = CliRun.of("init", project.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return project.resolve("versions");
    }

    private CliRun revision(String... args) {
        return CliRun.of(Stream.concat(Stream.of("-c", project.resolve("retort.toml").toString(), "revision"),
                Stream.of(args)).toArray(String[]::new));
    }

    private long files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.count();
        }
    }

    @Test
    void reservedAndDuplicateIdsAreRefusedBeforeAnythingIsWritten() throws IOException {
        Path versions = init();
        assertThat(revision("-m", "first", "--rev-id", "a").exitCode()).isZero();
        for (String[] args : new String[][] {{"--rev-id", "head"}, {"--rev-id", "a"}, {"--branch-label", "current"}}) {
            CliRun run = revision(Stream.concat(Stream.of("-m", "second"), Stream.of(args)).toArray(String[]::new));
            assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
            assertThat(run.err()).startsWith("retort: error: ");
            assertThat(files(versions)).isEqualTo(1);
        }
        assertThat(revision("-m", "then").exitCode()).isZero();
    }

    @Test
    void generatedRevisionsStartWithCodeAndInitNeedsNoEditing() throws IOException {
        CliRun init = CliRun.of("init", project.toString());
        assertThat(init.out()).doesNotContain("Edit ").contains("embedded PostgreSQL", "revision -m");
        revision("-m", "first", "--rev-id", "a");
        try (Stream<Path> s = Files.list(project.resolve("versions"))) {
            assertThat(Files.readString(s.findFirst().orElseThrow())).startsWith("import io.retort.Migration;");
        }
    }

    @Test
    void withoutRetortTomlTheDefaultsAndTheUrlAreUsed() {
        // The tests' working directory, the module folder, holds no retort.toml and no migrations/versions.
        assertThat(Path.of("retort.toml")).doesNotExist();
        CliRun run = CliRun.of("--url", db.url(), "current");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(Path.of("migrations", "versions").toAbsolutePath() + " does not exist",
                "retort init").doesNotContain("retort.toml does not exist");

        CliRun missing = CliRun.of("-c", project.resolve("nope.toml").toString(), "current");
        assertThat(missing.err()).contains("nope.toml does not exist", "retort init", "leave out -c");
    }

    @Test
    void compileErrorsKeepJavacsLines() throws IOException {
        RevisionFiles.write(init(), "a", new String[0], "op.nosuchmethod();", "");
        CliRun run = CliRun.in(project, db.url(), "upgrade", "head");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).containsPattern("R_a\\.java:\\d+: cannot find symbol\n    symbol: +method nosuchmethod\\(\\)\n");
    }

    @Test
    void anSqlErrorNamesTheRevisionsLine() throws IOException {
        Path file = RevisionFiles.write(init(), "a", new String[0], "op.execute(\"SELECT * FROM no_such_table\");", "");
        int line = Files.readAllLines(file).indexOf(Files.readAllLines(file).stream()
                .filter(l -> l.contains("no_such_table")).findFirst().orElseThrow()) + 1;
        CliRun run = CliRun.in(project, db.url(), "upgrade", "head");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("R_a.java:" + line + ")", "no_such_table");
    }

    @Test
    void upgradeHelpShowsTheTargetAsOptional() {
        CliRun run = CliRun.of("upgrade", "--help");
        assertThat(run.out()).contains("[TARGET]").contains("default: head");
    }
}
