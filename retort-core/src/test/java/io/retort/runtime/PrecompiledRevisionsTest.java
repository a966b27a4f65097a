package io.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.Retort;
import io.retort.RetortException;
import io.retort.testing.PrecompiledClasses;
import io.retort.testing.RevisionFiles;
import io.retort.testing.TestDatabase;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
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
        PrecompiledClasses.compile(classes, a, b);
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

    @Test
    void precompiledClassesAndTheSourcesNotAmongThemRunInOneUpgrade() throws Exception {
        Path src = dir.resolve("src");
        Path a = RevisionFiles.table(src, "qa");
        Path b = RevisionFiles.table(src, "qb", "qa");
        PrecompiledClasses.compile(dir.resolve("classes"), a, b);
        java.nio.file.Files.delete(a); // qb stays as a file too, unchanged
        RevisionFiles.table(src, "qc", "qb");
        Path cache = dir.resolve("cache");

        try (URLClassLoader jar = new URLClassLoader(new URL[] {dir.resolve("classes").toUri().toURL()}, getClass().getClassLoader())) {
            Retort r = Retort.configure().url(db.url()).precompiledRevisions(jar).scriptLocations(List.of(src))
                    .cacheDirectory(cache).build();
            assertThat(r.graph().heads()).containsExactly("qc");
            assertThat(r.upgrade("head")).containsExactly("qa", "qb", "qc");
            assertThat(r.current()).containsExactly("qc");
            // qb ran from its class: only qc was compiled.
            try (var files = java.nio.file.Files.walk(cache)) {
                assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".class")).toList())
                        .containsExactly("R_qc.class");
            }
            assertThat(r.downgrade("base")).containsExactly("qc", "qb", "qa");
        }
    }

    @Test
    void aRevisionWhoseFileIsNotWhatItsClassWasCompiledFromIsRefused() throws Exception {
        Path src = dir.resolve("src");
        Path a = RevisionFiles.table(src, "ra");
        PrecompiledClasses.compile(dir.resolve("classes"), a);
        RevisionFiles.write(src, "ra", new String[0], "op.execute(\"CREATE TABLE t_other (id integer)\");", "");

        try (URLClassLoader jar = new URLClassLoader(new URL[] {dir.resolve("classes").toUri().toURL()}, getClass().getClassLoader())) {
            var builder = Retort.configure().url(db.url()).precompiledRevisions(jar).scriptLocations(List.of(src))
                    .cacheDirectory(dir.resolve("cache"));
            assertThatThrownBy(builder::build).isInstanceOf(RetortException.class)
                    .hasMessageStartingWith("revision ra is both precompiled (R_ra (")
                    .hasMessageContaining("R_ra.java), and their checksums differ")
                    .hasMessageEndingWith("; rebuild the jar, or remove one of the two");
        }
    }
}
