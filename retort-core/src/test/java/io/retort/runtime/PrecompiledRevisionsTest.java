package io.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.Migration;
import io.retort.Retort;
import io.retort.testing.RevisionFiles;
import io.retort.testing.TestDatabase;
import java.io.File;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Revisions compiled at build time run from the index the annotation processor wrote. */
class PrecompiledRevisionsTest {
    static TestDatabase db;
    @TempDir Path dir;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.create(PrecompiledRevisionsTest.class);
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @Test
    void upgradesFromAJarIndexWithoutSources() throws Exception {
        Path src = dir.resolve("src");
        Path a = RevisionFiles.table(src, "pa");
        Path b = RevisionFiles.table(src, "pb", "pa");
        Path classes = dir.resolve("classes");
        java.nio.file.Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String classpath = Path.of(Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                + File.pathSeparator + System.getProperty("java.class.path");
        StringWriter out = new StringWriter();
        try (var files = javac.getStandardFileManager(null, null, null)) {
            boolean ok = javac.getTask(out, files, null, List.of("-classpath", classpath, "-d", classes.toString()),
                    null, files.getJavaFileObjects(a, b)).call();
            assertThat(ok).as(out.toString()).isTrue();
        }
        java.nio.file.Files.delete(a);
        java.nio.file.Files.delete(b);

        try (URLClassLoader jar = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            Retort r = Retort.configure().url(db.url()).precompiledRevisions(jar).build();
            assertThat(r.graph().heads()).containsExactly("pb");
            assertThat(r.upgrade("head")).containsExactly("pa", "pb");
            assertThat(r.current()).containsExactly("pb");
            assertThat(r.downgrade("base")).containsExactly("pb", "pa");
        }
    }
}
