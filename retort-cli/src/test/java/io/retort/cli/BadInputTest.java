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

/** Every kind of bad input gives one clear line on standard error and a non-zero exit. */
class BadInputTest {
    static TestDatabase db;
    @TempDir Path project;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.create(BadInputTest.class);
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    Path versions() throws IOException {
        Files.writeString(project.resolve("retort.toml"), """
                [retort]
                script_locations = ["versions"]
                """);
        return project.resolve("versions");
    }

    CliRun upgrade(String target) {
        return CliRun.in(project, db.url(), "upgrade", target);
    }

    void assertOneLineError(CliRun run, String... fragments) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.errLines()).as(run.err()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith("retort: error: ").contains(fragments);
    }

    @Test
    void malformedRevisionFile() throws IOException {
        Path v = versions();
        Files.createDirectories(v);
        Files.writeString(v.resolve("R_x.java"), "public class R_x {\n}\n");
        assertOneLineError(upgrade("head"), "R_x.java");
    }

    @Test
    void headerWithANonLiteralValue() throws IOException {
        Path v = versions();
        Files.createDirectories(v);
        Files.writeString(v.resolve("R_x.java"), """
                import io.retort.*;
                @Revision(id = SOME_CONSTANT)
                public class R_x {}
                """);
        assertOneLineError(upgrade("head"), "R_x.java:2");
    }

    @Test
    void compileError() throws IOException {
        RevisionFiles.write(versions(), "a", new String[0], "op.nosuchmethod();", "");
        CliRun run = upgrade("head");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("retort: error: ").contains("R_a.java:").contains("nosuchmethod");
    }

    @Test
    void cycle() throws IOException {
        Path v = versions();
        RevisionFiles.table(v, "a", "c");
        RevisionFiles.table(v, "b", "a");
        RevisionFiles.table(v, "c", "b");
        assertOneLineError(CliRun.in(project, db.url(), "heads"), "cycle");
    }

    @Test
    void duplicateId() throws IOException {
        Path v = versions();
        RevisionFiles.table(v, "a");
        RevisionFiles.write(v.resolve("other"), "a", new String[0], "", "");
        Files.writeString(project.resolve("retort.toml"), """
                [retort]
                script_locations = ["versions", "versions/other"]
                """);
        assertOneLineError(CliRun.in(project, db.url(), "history"), "a");
    }

    @Test
    void missingParent() throws IOException {
        RevisionFiles.table(versions(), "b", "a");
        assertOneLineError(CliRun.in(project, db.url(), "history"), "R_b.java", "a");
    }

    @Test
    void unknownTarget() throws IOException {
        RevisionFiles.table(versions(), "a");
        assertOneLineError(upgrade("zzz"), "zzz");
    }

    @Test
    void ambiguousPrefix() throws IOException {
        Path v = versions();
        RevisionFiles.table(v, "abc1");
        RevisionFiles.table(v, "abc2", "abc1");
        assertOneLineError(upgrade("abc"), "abc1", "abc2");
    }

    @Test
    void badUrl() throws IOException {
        RevisionFiles.table(versions(), "a");
        assertOneLineError(CliRun.in(project, "mysql://localhost/x", "upgrade", "head"), "mysql://localhost/x");
    }

    @Test
    void unreachableServer() throws IOException {
        RevisionFiles.table(versions(), "a");
        assertOneLineError(CliRun.in(project, "jdbc:postgresql://127.0.0.1:1/nothing", "upgrade", "head"),
                "cannot reach", "127.0.0.1:1");
    }

    @Test
    void passwordNeverPrinted() throws IOException {
        RevisionFiles.table(versions(), "a");
        CliRun run = CliRun.in(project, "jdbc:postgresql://127.0.0.1:1/nothing?user=u&password=s3cret", "upgrade", "head");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).doesNotContain("s3cret");
    }

    @Test
    void missingConfigFile() {
        assertOneLineError(CliRun.of("-c", project.resolve("nope.toml").toString(), "heads"), "nope.toml");
    }
}
