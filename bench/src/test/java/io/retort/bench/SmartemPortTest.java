package io.retort.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench's Alembic port of SmartEM's revisions against the Java revisions it ports. */
class SmartemPortTest {
    /** The SmartEM project, from the bench module's folder (where Maven runs the tests). */
    private static final Path SMARTEM_VERSIONS = Path.of("..", "smartem", "migrations", "versions");
    private static final Pattern JAVA_HEADER = Pattern.compile("@Revision\\(id = \"([^\"]+)\"(?:, down = \"([^\"]+)\")?");
    private static final Pattern PYTHON_HEADER = Pattern.compile("(?m)^revision = \"([^\"]+)\"\ndown_revision = (None|\"([^\"]+)\")$");

    /** Revision id → its parent (null for the base) in the Java revisions. */
    private static Map<String, String> javaParents() throws Exception {
        Map<String, String> parents = new HashMap<>();
        try (Stream<Path> files = Files.list(SMARTEM_VERSIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = JAVA_HEADER.matcher(Files.readString(file).replaceAll("\\s+", " "));
                assertThat(m.find()).as("a @Revision header in %s", file).isTrue();
                parents.put(m.group(1), m.group(2));
            }
        }
        return parents;
    }

    @Test
    void thePortHasTheJavaChainFromBaseToTheTargetWithTheSameIdsAndParents() throws Exception {
        Map<String, String> java = javaParents();
        List<String> chain = new ArrayList<>();
        for (String id = SmartemComparison.TARGET; id != null; id = java.get(id)) {
            assertThat(java).as("the Java revisions hold %s", id).containsKey(id);
            chain.add(0, id);
        }
        assertThat(chain).hasSize(9);

        List<String> portIds = new ArrayList<>();
        String parent = null;
        for (String file : SmartemComparison.ALEMBIC_FILES) {
            Matcher m = PYTHON_HEADER.matcher(SmartemComparison.alembicSource(file));
            assertThat(m.find()).as("revision and down_revision in %s", file).isTrue();
            assertThat(file).startsWith(m.group(1) + "_");
            assertThat(Optional.ofNullable(m.group(3))).as("down_revision of %s", file).isEqualTo(Optional.ofNullable(parent));
            assertThat(m.group(3)).isEqualTo(java.get(m.group(1)));
            portIds.add(m.group(1));
            parent = m.group(1);
        }
        assertThat(portIds).isEqualTo(chain);
    }

    @Test
    void thePortCompilesUpgradesToTheTargetAndDowngradesToAnEmptySchema(@TempDir Path temp) throws Exception {
        InstalledPrograms.assumeAlembic();
        AlembicProject project = new AlembicProject(temp.resolve("alembic"));
        SmartemComparison.writeAlembicPort(project);
        List<String> compile = new ArrayList<>(List.of(AlembicProject.PYTHON, "-m", "py_compile"));
        SmartemComparison.ALEMBIC_FILES.forEach(f -> compile.add(project.versions().resolve(f).toString()));
        InstalledPrograms.output(compile);

        try (TestDatabase db = TestDatabase.create(SmartemPortTest.class)) {
            Path ini = project.writeMigrationConfig(db.name(), false);
            InstalledPrograms.output(AlembicCli.command(ini, "upgrade", SmartemComparison.TARGET));

            String schema = SmartemComparison.fingerprint(db.name());
            assertThat(schema).contains("version " + SmartemComparison.TARGET)
                    .contains("model R2-D2 falsetruefalse")
                    .contains("column qualitypredictionmodel.can_infer #5 boolean NO true")
                    .contains("CREATE UNIQUE INDEX ix_agentsession_session_id ON public.agentsession USING btree (session_id)")
                    .contains("constraint grid grid_acquisition_uuid_fkey FOREIGN KEY (acquisition_uuid) REFERENCES acquisition(uuid)")
                    .doesNotContain("ON DELETE CASCADE").doesNotContain("idx_agent_");
            assertThat(InstalledPrograms.output(AlembicCli.command(ini, "current"))).contains(SmartemComparison.TARGET + " (head)");

            InstalledPrograms.output(AlembicCli.command(ini, "downgrade", "base"));
            assertThat(Scratch.otherTables(db.name())).isEqualTo("public.alembic_version");
        }
    }

    @Test
    void aDifferenceNamesTheMissingAndTheExtraLines() {
        assertThat(SmartemComparison.difference("a\nb\nc", "a\nb\nc")).isEmpty();
        assertThat(SmartemComparison.difference("a\nb\nc", "a\nc\nd")).contains("missing `b`; extra `d`");
    }
}
