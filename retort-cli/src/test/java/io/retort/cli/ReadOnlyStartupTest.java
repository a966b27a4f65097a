package io.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a read-only command does at head, as facts a busy machine cannot blur: the classes a fresh
 * JVM loads for a no-op {@code upgrade head}, the files of the project it reads, and the statements {@code current} and {@code upgrade}
 * send, whatever the number of revisions.
 */
class ReadOnlyStartupTest {
    @TempDir Path temp;

    @Test
    void aNoOpUpgradeLoadsNeitherTheCompilerNorPicocliNorARevision() throws Exception {
        Path project = project("classes", 5);
        List<String> loaded;
        try (TestDatabase db = TestDatabase.create(ReadOnlyStartupTest.class)) {
            run(project, db, "upgrade", "head"); // compiles and applies; the no-op below reads the cache
            loaded = loadedClasses(project, db, "upgrade", "head");
        }

        assertThat(loaded).as("classes loaded").contains("io.retort.cli.UpgradeCommand");
        assertThat(loaded).filteredOn(c -> c.startsWith("javax.tools.") || c.startsWith("com.sun.tools.javac.")
                || c.startsWith("picocli.CommandLine$Model") || c.startsWith("com.fasterxml.jackson.databind.ObjectMapper")
                || c.startsWith("com.fasterxml.jackson.databind.deser.") || c.matches("R\\d+_t"))
                .as("compiler, picocli's model, Jackson's data binding or a revision class").isEmpty();
    }

    @Test
    void currentAndANoOpUpgradeReadOneCacheFileOfTheProject() throws Exception {
        Path project = project("reads", 50);
        try (TestDatabase db = TestDatabase.create(ReadOnlyStartupTest.class)) {
            run(project, db, "upgrade", "head"); // compiles and applies; the commands below find the cache warm
            for (String[] command : List.of(new String[] {"current"}, new String[] {"upgrade", "head"})) {
                // No revision source and no class file: the configuration aside, one cache file.
                assertThat(filesRead(project, db, command)).filteredOn(f -> !f.equals("retort.toml"))
                        .as("files of the project that '" + String.join(" ", command) + "' reads (Flight Recorder's jdk.FileRead)")
                        .containsExactly(".retort/cache/headers.bin");
            }
        }
    }

    @Test
    void currentAndANoOpUpgradeSendOneStatementEachForTenRevisionsAndForTwoHundred() throws Exception {
        List<Integer> few = statements(project("few", 10));
        List<Integer> many = statements(project("many", 200));

        assertThat(few).as("statements of current, then of a no-op upgrade, at 10 revisions").containsExactly(1, 1);
        assertThat(many).as("statements of current, then of a no-op upgrade, at 200 revisions").containsExactly(1, 1);
    }

    @Test
    void currentSendsOneStatementBeforeTheVersionTableExists() throws Exception {
        Path project = project("empty", 3);
        try (TestDatabase db = TestDatabase.create(ReadOnlyStartupTest.class);
                StatementCountingDriver counting = StatementCountingDriver.install()) {
            CliRun r = CliRun.in(project, db.url(), "current");
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(counting.take()).as("statements of current on an empty database").isEqualTo(1);
        }
    }

    /** The statements {@code current} and then a no-op {@code upgrade head} send at head, on a database of their own. */
    private List<Integer> statements(Path project) throws Exception {
        try (TestDatabase db = TestDatabase.create(ReadOnlyStartupTest.class);
                StatementCountingDriver counting = StatementCountingDriver.install()) {
            run(project, db, "upgrade", "head");
            counting.take();
            run(project, db, "current");
            int current = counting.take();
            run(project, db, "upgrade", "head");
            return List.of(current, counting.take());
        }
    }

    private Path project(String name, int revisions) throws IOException {
        Path project = temp.resolve(name);
        Path versions = Files.createDirectories(project.resolve("versions"));
        Files.writeString(project.resolve("retort.toml"), "[retort]\nscript_locations = [\"versions\"]\n");
        String down = null;
        for (int i = 1; i <= revisions; i++) {
            String id = "%s%05d".formatted(name, i);
            Files.writeString(versions.resolve("R%05d_t.java".formatted(i)), """
                    @io.retort.Revision(id = "%s"%s, message = "table %d")
                    public class R%05d_t implements io.retort.Migration {
                        public void upgrade(io.retort.ops.Ops op) {
                            op.execute("CREATE TABLE %s_%d (id bigint)");
                        }
                        public void downgrade(io.retort.ops.Ops op) {
                            op.execute("DROP TABLE %s_%d");
                        }
                    }
                    """.formatted(id, down == null ? "" : ", down = \"" + down + "\"", i, i, name, i, name, i));
            down = id;
        }
        return project;
    }

    private static void run(Path project, TestDatabase db, String... args) {
        CliRun r = CliRun.in(project, db.url(), args);
        assertThat(r.exitCode()).as(String.join(" ", args) + "\n" + r.err()).isZero();
    }

    /**
     * The files under {@code project} a fresh JVM reads running {@code retort args}, relative to it,
     * each once: Flight Recorder records every read of a file channel, stream or random-access file.
     */
    private List<String> filesRead(Path project, TestDatabase db, String... args) throws IOException, InterruptedException {
        Path recording = temp.resolve("reads-" + args[0] + ".jfr");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:StartFlightRecording:filename=" + recording + ",settings=none,+jdk.FileRead#enabled=true,"
                        + "+jdk.FileRead#threshold=0ms,+jdk.FileRead#stackTrace=false",
                "-Xlog:jfr+startup=off", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "-c", project.resolve("retort.toml").toString(), "--url", db.url()));
        command.addAll(List.of(args));
        Path log = temp.resolve("reads-" + args[0] + ".txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the child JVM ends").isTrue();
        assertThat(process.exitValue()).as(Files.readString(log)).isZero();
        Path root = project.toRealPath();
        return RecordingFile.readAllEvents(recording).stream()
                .filter(e -> e.getEventType().getName().equals("jdk.FileRead") && e.getString("path") != null)
                .map(e -> Path.of(e.getString("path")).toAbsolutePath().normalize())
                .filter(p -> p.startsWith(root) || p.startsWith(project))
                .map(p -> (p.startsWith(root) ? root : project).relativize(p).toString())
                .distinct().toList();
    }

    /** The classes a fresh JVM loads running {@code retort args} on {@code project}, by name. */
    private List<String> loadedClasses(Path project, TestDatabase db, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xshare:off", "-Xlog:class+load=info",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "-c", project.resolve("retort.toml").toString(), "--url", db.url()));
        command.addAll(List.of(args));
        Path log = temp.resolve("class-load.txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the child JVM ends").isTrue();
        List<String> lines = Files.readAllLines(log);
        assertThat(process.exitValue()).as(String.join("\n", lines)).isZero();
        return lines.stream().filter(l -> l.contains("[class,load]"))
                .map(l -> l.replaceFirst(".*\\[class,load\\] (\\S+) .*", "$1")).toList();
    }

}
