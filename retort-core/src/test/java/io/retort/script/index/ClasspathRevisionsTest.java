package io.retort.script.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.Migration;
import io.retort.RetortException;
import io.retort.script.PrecompiledRevision;
import io.retort.script.RevisionHeader;
import io.retort.script.RevisionHeaderReader;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClasspathRevisionsTest {
    @TempDir
    Path dir;

    /** Compiles like a build tool does: the processor is found through META-INF/services. */
    String compile(Path out, Path... files) throws Exception {
        return compile(out, List.of(), files);
    }

    String compile(Path out, List<String> extraOptions, Path... files) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String classpath = Path.of(Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                + File.pathSeparator + System.getProperty("java.class.path");
        StringWriter output = new StringWriter();
        try (var files2 = javac.getStandardFileManager(null, null, null)) {
            List<String> options = new java.util.ArrayList<>(List.of("-classpath", classpath, "-d", out.toString()));
            options.addAll(extraOptions);
            boolean ok = javac.getTask(output, files2, null, options, null,
                    files2.getJavaFileObjects(files)).call();
            return (ok ? "ok\n" : "failed\n") + output;
        }
    }

    Path write(String className, String text) throws IOException {
        Path file = dir.resolve("src/org/example/" + className + ".java");
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void indexesRevisionsAtCompileTimeAndLoadsThemWithoutACompiler() throws Exception {
        Path base = write("R1_base", """
                package org.example;

                import io.retort.*;

                @Revision(id = "p1", message = "base", created = "2025-09-18T10:42:00")
                public class R1_base implements Migration {
                    public void upgrade(io.retort.ops.Ops op) {}
                    public void downgrade(io.retort.ops.Ops op) {}
                }
                """);
        Path next = write("R2_next", """
                package org.example;

                @io.retort.Revision(id = "p2", down = "p1", branchLabels = {"x"}, transactional = false)
                public class R2_next implements io.retort.Migration {
                    public void upgrade(io.retort.ops.Ops op) {}
                    public void downgrade(io.retort.ops.Ops op) {}

                    @io.retort.Revision(id = "p3", down = "p2")
                    public static class Nested extends R2_next {}
                }
                """);
        Path out = Files.createDirectories(dir.resolve("out"));
        assertThat(compile(out, base, next)).startsWith("ok");
        assertThat(out.resolve("META-INF/retort/revisions.idx")).exists();

        try (URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, getClass().getClassLoader())) {
            ClasspathRevisions classpath = ClasspathRevisions.load(loader);
            List<PrecompiledRevision> ours = classpath.revisions().stream()
                    .filter(r -> r.className().startsWith("org.example."))
                    .toList();
            assertThat(ours).extracting(PrecompiledRevision::className)
                    .containsExactly("org.example.R1_base", "org.example.R2_next", "org.example.R2_next$Nested");
            assertThat(ours.get(0).header()).isEqualTo(new RevisionHeader("p1", List.of(), List.of(), List.of(),
                    "base", "2025-09-18T10:42:00", true));
            assertThat(ours.get(1).header()).isEqualTo(new RevisionHeader("p2", List.of("p1"), List.of("x"), List.of(),
                    "", "", false));
            assertThat(ours.get(0).checksum()).isEqualTo(RevisionHeaderReader.read(base).checksum());
            assertThat(ours.get(1).origin()).startsWith("org.example.R2_next (").endsWith("revisions.idx)");

            Map<String, Migration> migrations = classpath.migrations(ours);
            assertThat(migrations.keySet()).containsExactly("p1", "p2", "p3");
            assertThat(migrations.get("p2").getClass().getName()).isEqualTo("org.example.R2_next");
        }
    }

    @Test
    void leavesOutClassesItCannotRunWithAWarningAndCanBeTurnedOff() throws Exception {
        Path plain = write("Plain", "package org.example; public class Plain {}");
        Path bad = write("R3_bad", """
                package org.example;
                @io.retort.Revision(id = "p3")
                public class R3_bad {}
                """);
        Path out = Files.createDirectories(dir.resolve("out"));
        assertThat(compile(out, plain, bad)).startsWith("ok")
                .contains("R3_bad.java:3: warning: a @Revision class must implement io.retort.Migration; left out of META-INF/retort/revisions.idx");
        assertThat(out.resolve("META-INF/retort/revisions.idx")).doesNotExist();

        Path good = write("R1_good", """
                package org.example;
                @io.retort.Revision(id = "p1")
                public class R1_good implements io.retort.Migration {
                    public void upgrade(io.retort.ops.Ops op) {}
                    public void downgrade(io.retort.ops.Ops op) {}
                }
                """);
        assertThat(compile(out, List.of("-Aretort.index=false"), good)).startsWith("ok");
        assertThat(out.resolve("META-INF/retort/revisions.idx")).doesNotExist();
    }

    @Test
    void aMissingClassNamesTheIndex() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out/META-INF/retort"));
        Files.writeString(out.resolve("revisions.idx"), """
                {"format": 1, "revisions": [{"className": "org.example.Gone", "checksum": "",
                  "header": {"id": "g1", "downRevisions": [], "branchLabels": [], "dependsOn": [],
                             "message": "", "created": "", "transactional": true}}]}
                """);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("out").toUri().toURL()}, null)) {
            ClasspathRevisions classpath = ClasspathRevisions.load(loader);
            assertThat(classpath.revisions()).extracting(PrecompiledRevision::id).containsExactly("g1");
            assertThatThrownBy(() -> classpath.migrations(classpath.revisions()))
                    .isInstanceOf(RetortException.class)
                    .hasMessageContaining("org.example.Gone (")
                    .hasMessageContaining("revisions.idx): cannot load class org.example.Gone");
        }
    }
}
