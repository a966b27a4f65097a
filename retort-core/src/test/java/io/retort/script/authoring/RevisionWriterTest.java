package io.retort.script.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import io.retort.Migration;
import io.retort.RetortException;
import io.retort.script.RevisionHeader;
import io.retort.script.RevisionHeaderReader;
import io.retort.script.RevisionIds;
import io.retort.script.RevisionSource;
import io.retort.script.compile.RevisionCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RevisionWriterTest {
    static final LocalDateTime CREATED = LocalDateTime.of(2025, 9, 8, 7, 5, 3, 999);

    @TempDir
    Path project;

    RevisionWriter writer() {
        return new RevisionWriter(RevisionWriter.defaultTemplate(), "script.java.tmpl", RevisionWriter.DEFAULT_FILE_TEMPLATE);
    }

    @Test
    void writesARevisionThatReadsBackAndCompiles() {
        Path versions = project.resolve("versions");
        ProjectInitializer.init(project);
        NewRevision revision = NewRevision.of("ae1027a6acf", List.of("001", "002"), "Add \"quoted\" \\ col\n*/ umn", CREATED)
                .withPackage("org.example.db")
                .withBranchLabels(List.of("smartem"))
                .withDependsOn(List.of("x9"))
                .withBody("op.createTable(\"t\",\n    column(\"id\", INTEGER).primaryKey());\nop.dropTable(\"u\");",
                        "Objects.requireNonNull(op);", List.of("import java.util.Objects;"));

        Path file = RevisionWriter.forProject(project, RevisionWriter.DEFAULT_FILE_TEMPLATE).write(versions, revision);

        assertThat(file.getFileName()).hasToString("R2025_09_08_0705_ae1027a6acf_add_quoted_col_umn.java");
        RevisionSource source = RevisionHeaderReader.read(file);
        assertThat(source.className()).isEqualTo("org.example.db.R2025_09_08_0705_ae1027a6acf_add_quoted_col_umn");
        assertThat(source.header()).isEqualTo(new RevisionHeader("ae1027a6acf", List.of("001", "002"), List.of("smartem"),
                List.of("x9"), "Add \"quoted\" \\ col\n*/ umn", "2025-09-08T07:05:03", true));
        Map<String, Migration> loaded = new RevisionCompiler(project.resolve(".retort/cache"), getClass().getClassLoader())
                .load(List.of(source));
        assertThat(loaded).containsOnlyKeys("ae1027a6acf");
    }

    @Test
    void rendersTheDefaultTemplateWithoutItsCommentsOrEmptyPlaceholderLines() {
        String text = writer().render(NewRevision.of("001", List.of(), "Create core schema", CREATED)
                .withBody("op.createTable(\"t\",\n    column(\"id\", INTEGER));", "", List.of()));
        assertThat(text).doesNotContain("##").doesNotContain("${").doesNotContain("package");
        assertThat(text).startsWith("import io.retort.Migration;\n").endsWith("}\n");
        assertThat(text).contains("""
                @Revision(
                        id = "001",
                        down = {},
                        branchLabels = {},
                        dependsOn = {},
                        message = "Create core schema",
                        created = "2025-09-08T07:05:03")
                public class R2025_09_08_0705_001_create_core_schema implements Migration {

                    @Override
                    public void upgrade(Ops op) {
                        op.createTable("t",
                            column("id", INTEGER));
                    }

                    @Override
                    public void downgrade(Ops op) {
                    }
                }
                """);
    }

    @Test
    void aUserTemplateIsUsedAndChecked() throws IOException {
        ProjectInitializer.init(project);
        Files.writeString(project.resolve("script.java.tmpl"), """
                ## mine
                // $${not a placeholder}
                @io.retort.Revision(id = "${id}", down = ${down})
                public class ${class_name} implements io.retort.Migration {
                    public void upgrade(io.retort.ops.Ops op) { ${upgrades} }
                    public void downgrade(io.retort.ops.Ops op) {}
                }
                """);
        RevisionWriter mine = RevisionWriter.forProject(project, "{rev}_{slug}");
        NewRevision revision = NewRevision.of("001", List.of(), "x", CREATED);
        assertThat(mine.render(revision)).startsWith("// ${not a placeholder}\n@io.retort.Revision(id = \"001\", down = {})\npublic class R001_x ");

        Files.writeString(project.resolve("script.java.tmpl"), "## ${nope}\nclass A {}\n  ${nope} \n");
        assertThatThrownBy(() -> RevisionWriter.forProject(project, RevisionWriter.DEFAULT_FILE_TEMPLATE))
                .isInstanceOf(RetortException.class)
                .hasMessageStartingWith(project.resolve("script.java.tmpl") + ":3: unknown placeholder ${nope}; known: ${package}");

        Files.writeString(project.resolve("script.java.tmpl"), "public class ${class_name} {}\n");
        assertThatThrownBy(() -> RevisionWriter.forProject(project, "{rev}").write(project.resolve("versions"), revision))
                .hasMessageStartingWith("the revision template makes an unreadable revision: ")
                .hasMessageContaining("R001.java:1: no @Revision header");
    }

    @Test
    void refusesToOverwriteARevision() {
        ProjectInitializer.init(project);
        NewRevision revision = NewRevision.of("001", List.of(), "same", CREATED);
        writer().write(project.resolve("versions"), revision);
        assertThatThrownBy(() -> writer().write(project.resolve("versions"), revision))
                .hasMessageEndingWith("R2025_09_08_0705_001_same.java already exists; choose another message or id");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "R{year}_{month}_{day}_{hour}{minute}_{rev}_{slug} | abc     | Create core SmartEM schema baseline | R2025_09_08_0705_abc_create_core_smartem_schema_baseline",
        "R{year}_{month}_{day}_{hour}{minute}_{rev}_{slug} | abc     | ''                                   | R2025_09_08_0705_abc",
        "R{year}_{month}_{day}_{hour}{minute}_{rev}_{slug} | abc     | '  --Ünïcödé, café!!  '              | R2025_09_08_0705_abc_unicode_cafe",
        "{rev}_{slug}                                      | 001     | Add index                            | R001_add_index",
        "{slug}                                            | a1      | class                                | Rclass",
        "{slug}                                            | a1      | ''                                   | R",
        "{slug}{second}                                    | a1      | x                                    | x03",
        "V{rev}__{slug}                                    | a1      | drop-table: \"users\"                | Va1__drop_table_users",
        "{rev}-{slug}.x                                    | a1      | b                                    | a1_b_x",
        "_{rev}                                            | a1      | b                                    | _a1",
        "{slug}                                            | a1      | 1234567890 1234567890 1234567890 123456789 123 | R1234567890_1234567890_1234567890_1234567",
    })
    void fileNamesAreLegalJavaClassNames(String fileTemplate, String id, String message, String expected) {
        RevisionWriter writer = new RevisionWriter(RevisionWriter.defaultTemplate(), "t", fileTemplate);
        assertThat(writer.className(NewRevision.of(id, List.of(), message, CREATED))).isEqualTo(expected);
    }

    @Test
    void slugsAreCutAtFortyCharacters() {
        assertThat(FileNameTemplate.slug("a".repeat(39) + " bcd")).isEqualTo("a".repeat(39));
        assertThat(FileNameTemplate.slug("x".repeat(50))).hasSize(40);
    }

    @Test
    void rejectsBadFileTemplatesAndIds() {
        assertThatThrownBy(() -> new FileNameTemplate("R{year}_{revision}"))
                .hasMessage("file_template \"R{year}_{revision}\": unknown field {revision}; fields are {year} {month} {day} {hour} {minute} {second} {rev} {slug}");
        assertThatThrownBy(() -> new FileNameTemplate("R{year"))
                .hasMessageContaining("unbalanced { or }");
        assertThatThrownBy(() -> NewRevision.of("a b", List.of(), "m", CREATED))
                .hasMessage("revision id 'a b' must be 1 to 128 letters, digits or _");
        assertThatThrownBy(() -> NewRevision.of("a", List.of("p-1"), "m", CREATED))
                .hasMessage("down revision 'p-1' must be 1 to 128 letters, digits or _");
        assertThatThrownBy(() -> NewRevision.of("a", List.of(), "m", CREATED).withPackage("org.1x"))
                .hasMessage("'org.1x' is not a Java package name");
    }

    @Test
    void generatesAndValidatesIds() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            ids.add(RevisionIds.generate());
        }
        assertThat(ids).hasSize(100).allMatch(id -> id.matches("[0-9a-f]{12}"));
        assertThat(RevisionIds.isValid("a".repeat(128))).isTrue();
        assertThat(RevisionIds.isValid("Ab_9")).isTrue();
        assertThat(RevisionIds.isValid("a".repeat(129))).isFalse();
        assertThat(RevisionIds.isValid("")).isFalse();
        assertThat(RevisionIds.isValid("a.b")).isFalse();
        assertThat(RevisionIds.isValid(null)).isFalse();
        assertThatThrownBy(() -> RevisionIds.requireValid("é")).isInstanceOf(RetortException.class);
    }

    @Test
    void initWritesAProjectSkeletonOnce() throws IOException {
        Path dir = project.resolve("db");
        List<Path> created = ProjectInitializer.init(dir);
        assertThat(created).containsExactly(dir, dir.resolve("versions"), dir.resolve("retort.toml"), dir.resolve("script.java.tmpl"));
        assertThat(dir.resolve("versions")).isEmptyDirectory();
        assertThat(dir.resolve("script.java.tmpl")).hasContent(RevisionWriter.defaultTemplate());

        JsonNode toml = new TomlMapper().readTree(dir.resolve("retort.toml").toFile());
        assertThat(toml.at("/retort/script_locations/0").asText()).isEqualTo("versions");
        assertThat(toml.at("/retort/version_table").asText()).isEqualTo("alembic_version");
        assertThat(toml.at("/retort/file_template").asText()).isEqualTo(RevisionWriter.DEFAULT_FILE_TEMPLATE);
        assertThat(toml.at("/retort/transaction_per").asText()).isEqualTo("run");
        assertThat(toml.at("/retort/default_environment").asText()).isEqualTo("development");
        assertThat(toml.at("/environments/development").isObject()).isTrue();
        assertThat(toml.at("/environments/development/url").isMissingNode()).isTrue();

        assertThatThrownBy(() -> ProjectInitializer.init(dir))
                .hasMessage(dir.resolve("retort.toml") + " already exists; retort init does not overwrite a project");
    }
}
