package io.retort.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import io.retort.Migration;
import io.retort.Revision;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Retort form compiles against retort-core and its headers chain r00001 → r00020. */
class RetortFormTest {

    @TempDir
    Path temp;

    private List<Class<?>> compile(Path versions) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Path classes = Files.createDirectories(temp.resolve("classes"));
        List<Path> sources;
        try (Stream<Path> files = Files.list(versions)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, null)) {
            boolean ok = compiler.getTask(null, files, diagnostics,
                    List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"), "-Xlint:none"),
                    null, files.getJavaFileObjectsFromPaths(sources)).call();
            assertThat(diagnostics.getDiagnostics()).isEmpty();
            assertThat(ok).isTrue();
        }
        URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
        return sources.stream().<Class<?>>map(p -> {
            String name = p.getFileName().toString().replace(".java", "");
            try {
                return loader.loadClass(name);
            } catch (ClassNotFoundException e) {
                throw new AssertionError(e);
            }
        }).toList();
    }

    @Test
    void revisionFilesCompileAndFormOneLinearChain() throws IOException {
        RetortProject project = WorkFolder.write(temp.resolve("20"), new Workload(20)).retort();

        List<Class<?>> revisions = compile(project.versions());

        assertThat(revisions).hasSize(20).allMatch(Migration.class::isAssignableFrom);
        Revision first = revisions.get(0).getAnnotation(Revision.class);
        Revision tenth = revisions.get(9).getAnnotation(Revision.class);
        assertThat(first.id()).isEqualTo("r00001");
        assertThat(first.down()).isEmpty();
        assertThat(tenth.id()).isEqualTo("r00010");
        assertThat(tenth.down()).containsExactly("r00009");
        assertThat(tenth.message()).isEqualTo("add extra10 to t1");
        assertThat(revisions.get(9).getSimpleName()).isEqualTo("R00010_t1_extra10");
    }

    @Test
    void bulkRevisionCompiles() throws IOException {
        RetortProject project = new BulkLoad(1_000).writeRetortProject(temp.resolve("bulk"));

        assertThat(compile(project.versions())).singleElement()
                .satisfies(c -> assertThat(c.getAnnotation(Revision.class).message()).isEqualTo("load 1000 rows into bulk"));
    }

    @Test
    void configNamesTheDatabaseAndTransactionMode() throws IOException {
        RetortProject project = new RetortProject(temp.resolve("p"));

        Path toml = project.writeConfig("bench_x", RetortProject.TransactionPer.RUN);

        JsonNode config = new TomlMapper().readTree(toml.toFile());
        assertThat(config.at("/retort/script_locations/0").asText()).isEqualTo("versions");
        assertThat(config.at("/environments/bench/url").asText()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/bench_x");
        assertThat(config.at("/environments/bench/user").asText()).isEqualTo("postgres");
        assertThat(config.at("/environments/bench/transaction_per").asText()).isEqualTo("run");
    }
}
