package io.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --format json} of current, heads, history, branches and show, and {@code retort log}, on a
 * graph that branches at a and merges at m: a -> b, a -> c, (b, c) -> m, m -> d.
 */
class ReadCommandsJsonTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir static Path project;
    static TestDatabase db;

    @BeforeAll
    static void setUp() throws IOException {
        db = TestDatabase.create(ReadCommandsJsonTest.class);
        BranchedProject.write(project);
        assertThat(run("upgrade", "m").exitCode()).isZero();
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    static CliRun run(String... args) {
        return CliRun.in(project, db.url(), args);
    }

    static JsonNode json(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--format", "json"));
        CliRun run = run(all.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().count()).as("one line: " + run.out()).isEqualTo(1);
        return JSON.readTree(run.out());
    }

    static List<String> ids(JsonNode revisions) {
        List<String> ids = new ArrayList<>();
        revisions.forEach(r -> ids.add(r.get("id").asText()));
        return ids;
    }

    @Test
    void current() throws IOException {
        JsonNode out = json("current");
        assertThat(out.get("current").get(0).asText()).isEqualTo("m");
        assertThat(out.get("database").asText()).contains(db.name());
        assertThat(out.get("unknown")).isEmpty();
        JsonNode m = out.get("revisions").get(0);
        assertThat(m.get("id").asText()).isEqualTo("m");
        assertThat(m.get("parents").toString()).isEqualTo("[\"b\",\"c\"]");
        assertThat(m.get("merge_point").asBoolean()).isTrue();
        assertThat(m.get("head").asBoolean()).isFalse();
        assertThat(m.get("current").asBoolean()).isTrue();
        assertThat(m.get("message").asText()).isEqualTo("revision m");
        assertThat(m.get("path").asText()).endsWith("R_m.java");
        assertThat(m.fieldNames()).toIterable().containsExactly("id", "parents", "children", "message", "branch_labels",
                "depends_on", "head", "branch_point", "merge_point", "current", "created", "path");
    }

    @Test
    void heads() throws IOException {
        assertThat(ids(json("heads").get("revisions"))).containsExactly("d");
    }

    @Test
    void historyMarksCurrentWithIndicateCurrent() throws IOException {
        JsonNode revisions = json("history", "--indicate-current").get("revisions");
        assertThat(ids(revisions)).containsExactlyInAnyOrder("a", "b", "c", "m", "d");
        assertThat(ids(revisions).get(0)).isEqualTo("d");
        revisions.forEach(r -> assertThat(r.get("current").asBoolean()).isEqualTo(r.get("id").asText().equals("m")));
    }

    @Test
    void branches() throws IOException {
        JsonNode a = json("branches").get("revisions").get(0);
        assertThat(a.get("id").asText()).isEqualTo("a");
        assertThat(a.get("branch_point").asBoolean()).isTrue();
        assertThat(a.get("children").toString()).contains("\"b\"").contains("\"c\"");
    }

    @Test
    void show() throws IOException {
        JsonNode b = json("show", "feature@head").get("revisions");
        assertThat(ids(b)).containsExactly("d");
        assertThat(json("show", "b").get("revisions").get(0).get("branch_labels").toString()).isEqualTo("[\"feature\"]");
    }

    @Test
    void logShowsEveryStepInOrder() throws IOException {
        JsonNode entries = json("log").get("entries");
        List<String> steps = new ArrayList<>();
        entries.forEach(e -> steps.add(e.get("direction").asText() + " " + e.get("revision").asText()));
        assertThat(steps).startsWith("upgrade a").contains("upgrade b", "upgrade c").endsWith("upgrade m");
        JsonNode first = entries.get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("id", "revision", "direction", "message", "checksum",
                "started_at", "finished_at", "duration_ms", "applied_by", "db_user");
        assertThat(first.get("applied_by").asText()).contains("@");
        assertThat(first.get("db_user").asText()).isEqualTo("postgres");
        assertThat(first.get("checksum").asText()).startsWith("v1:");
        assertThat(first.get("duration_ms").isIntegralNumber()).isTrue();
        assertThat(first.get("started_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*");
    }

    @Test
    void logLastN() throws IOException {
        JsonNode entries = json("log", "-n", "2").get("entries");
        assertThat(entries).hasSize(2);
        assertThat(entries.get(1).get("revision").asText()).isEqualTo("m");
        CliRun text = run("log", "-n", "1");
        assertThat(text.out().lines().toList()).hasSize(2);
        assertThat(text.out().lines().toList().get(0)).startsWith("started (UTC)");
        assertThat(text.out().lines().toList().get(1)).contains(" upgrade ").contains(" m ").contains("(postgres), revision m");
    }

    @Test
    void logOfAnEmptyDatabase() throws IOException {
        try (TestDatabase empty = TestDatabase.create(LogCommand.class)) {
            CliRun run = CliRun.in(project, empty.url(), "log");
            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).startsWith("No steps recorded in ");
            CliRun json = CliRun.in(project, empty.url(), "log", "--format", "json");
            assertThat(JSON.readTree(json.out()).get("entries")).isEmpty();
        }
    }

    @Test
    void aFailedStepLeavesNoRow(@TempDir Path other) throws IOException {
        // A transaction per migration, so that a's step is committed before b's fails.
        java.nio.file.Files.writeString(other.resolve("retort.toml"),
                "[retort]\nscript_locations = [\"versions\"]\ntransaction_per = \"migration\"\n");
        io.retort.testing.RevisionFiles.table(other.resolve("versions"), "a");
        io.retort.testing.RevisionFiles.write(other.resolve("versions"), "b", new String[] {"a"}, "op.execute(\"SELECT 1/0\");", "");
        try (TestDatabase failing = TestDatabase.create(ReadCommandsJsonTest.class)) {
            CliRun upgrade = CliRun.in(other, failing.url(), "upgrade", "head");
            assertThat(upgrade.exitCode()).isEqualTo(1);
            JsonNode entries = JSON.readTree(CliRun.in(other, failing.url(), "log", "--format", "json").out()).get("entries");
            assertThat(entries).hasSize(1);
            assertThat(entries.get(0).get("revision").asText()).isEqualTo("a");
        }
    }

    @Test
    void logRejectsANegativeCount() {
        CliRun run = run("log", "-n", "-3");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("retort: error: -n -3 is negative; give how many of the last steps to show, such as -n 20");
    }

    @Test
    void unknownFormatIsAUsageError() {
        CliRun run = run("heads", "--format", "yaml");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith("retort: error: invalid value for option '--format'");
    }
}
