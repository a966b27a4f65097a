package io.retort.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.retort.Retort;
import io.retort.testing.TestDatabase;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Builds the sample project in {@code src/it/sample} with the plugin as the README shows it:
 * {@code mvn compile retort:sql retort:upgrade}. Runs in the integration-test phase (the plugin's
 * jar must exist), with the same Maven, on a local repository of its own that holds this build's
 * artifacts and takes everything else from the outer build's local repository: no network.
 */
class MavenPluginIT {
    private static final String README_MARK = "<!-- README -->";
    private static TestDatabase db;

    @BeforeAll
    static void createDatabase() {
        db = TestDatabase.create(MavenPluginIT.class);
    }

    @AfterAll
    static void dropDatabase() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void theSampleProjectMigratesWithThePlugin() throws Exception {
        String pluginJar = System.getProperty("retort.it.pluginJar");
        assumeTrue(pluginJar != null, "runs in the integration-test phase, once the plugin's jar exists");
        String version = System.getProperty("retort.it.version");
        Path module = Path.of("").toAbsolutePath();
        Path root = module.getParent();
        Path work = module.resolve("target").resolve("it");
        deleteTree(work.resolve("sample"));
        Path repo = work.resolve("repository");
        install(repo, "retort-parent", version, root.resolve("pom.xml"), null);
        install(repo, "retort-core", version, root.resolve("retort-core").resolve("pom.xml"), jarOf(Retort.class));
        install(repo, "retort-embedded-binaries", version, root.resolve("retort-embedded-binaries").resolve("pom.xml"),
                jarHolding("META-INF/retort/embedded-binaries.txt"));
        install(repo, "retort-maven-plugin", version, module.resolve("pom.xml"), Path.of(pluginJar));
        Path sample = copyTree(module.resolve("src").resolve("it").resolve("sample"), work.resolve("sample"));
        Path pom = sample.resolve("pom.xml");
        Files.writeString(pom, Files.readString(pom)
                .replace(README_MARK, readmeSnippet(root.resolve("README.md")))
                .replace("@retort.version@", version));

        // The build compiles the revisions: retort:sql and retort:upgrade run them precompiled.
        maven(work, sample, repo, "compile", "retort:sql", "retort:upgrade");
        assertThat(sample.resolve(".retort")).as("precompiled revisions need no compiler cache").doesNotExist();
        String cliScript = Retort.fromConfig(sample.resolve("retort.toml"), null, db.url(), System.getenv())
                .log(line -> {}).build().upgradeSql("head");
        assertThat(Files.readString(sample.resolve("target/retort/retort.sql"))).contains("CREATE TABLE widget").isEqualTo(cliScript);
        assertThat(versionNum()).isEqualTo("002");
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO widget (id, name, colour) VALUES (1, 'cog', 'blue')");
        }

        // Without compiled classes, the goals compile retort.toml's source folders themselves.
        deleteTree(sample.resolve("target"));
        deleteTree(sample.resolve(".retort"));
        maven(work, sample, repo, "retort:downgrade", "-Dretort.target=001");
        assertThat(versionNum()).isEqualTo("001");
    }

    private static String versionNum() throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT string_agg(version_num, ',') FROM alembic_version")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /**
     * Runs the Maven that runs this build on the sample, against the test's database, with the outer
     * build's local repository as its only remote; fails with the build's output unless it succeeds.
     */
    private static void maven(Path work, Path project, Path repo, String... args) throws IOException, InterruptedException {
        Path log = work.resolve("build.log");
        Path settings = work.resolve("settings.xml");
        Files.writeString(settings, """
                <settings>
                  <mirrors><mirror><id>outer-build</id><mirrorOf>*</mirrorOf><url>%s</url></mirror></mirrors>
                </settings>
                """.formatted(Path.of(System.getProperty("retort.it.localRepository")).toUri()));
        String home = System.getProperty("maven.home");
        List<String> command = new ArrayList<>(List.of(home == null ? "mvn" : Path.of(home, "bin", "mvn").toString(),
                "-B", "-q", "-s", settings.toString(), "-Dmaven.repo.local=" + repo, "-f", project.resolve("pom.xml").toString(),
                "-Dretort.url=" + db.url()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("MAVEN_ARGS");
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the sample build took over 5 minutes; see " + log);
        }
        assertThat(process.exitValue()).as("mvn %s:%n%s", String.join(" ", args), Files.readString(log)).isZero();
    }

    /** The README's pom snippet: the first xml block of its "Maven plugin" section. */
    static String readmeSnippet(Path readme) throws IOException {
        String text = Files.readString(readme);
        int section = text.indexOf("\n## Maven plugin\n");
        assertThat(section).as("README section '## Maven plugin'").isNotNegative();
        int start = text.indexOf("```xml\n", section) + "```xml\n".length();
        return text.substring(start, text.indexOf("```", start));
    }

    /** Lays the pom (and jar) out as {@code mvn install} would, in the sample's own repository. */
    private static void install(Path repo, String artifactId, String version, Path pom, Path jar) throws IOException {
        Path dir = repo.resolve("io").resolve("retort").resolve(artifactId).resolve(version);
        Files.createDirectories(dir);
        Files.copy(pom, dir.resolve(artifactId + "-" + version + ".pom"), StandardCopyOption.REPLACE_EXISTING);
        if (jar != null) {
            Files.copy(jar, dir.resolve(artifactId + "-" + version + ".jar"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Path jarOf(Class<?> type) throws URISyntaxException {
        Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(location).as("%s comes from a jar in the integration-test phase", type.getName()).isRegularFile();
        return location;
    }

    /** The jar on the class path that holds {@code resource}. */
    private static Path jarHolding(String resource) throws URISyntaxException {
        String url = MavenPluginIT.class.getClassLoader().getResource(resource).toString();
        assertThat(url).as("%s comes from a jar in the integration-test phase", resource).startsWith("jar:file:");
        return Path.of(java.net.URI.create(url.substring("jar:".length(), url.indexOf("!/"))));
    }

    private static Path copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return to;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(file);
                }
            }
        }
    }
}
