package org.smartem.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartem.db.SmartemDatabases.*;

import io.retort.Migration;
import io.retort.Revision;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The revision files compile on their own (they are not in Maven's source tree: Retort compiles
 * them at run time) and their headers form the chain, base first.
 */
class RevisionFilesTest {

    @Test
    void filesCompileAndFormTheChain(@TempDir Path out) throws Exception {
        List<Path> files;
        try (Stream<Path> listing = Files.list(VERSIONS)) {
            files = listing.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        assertThat(files).hasSize(12);
        // Revision files see retort-core only, as when Retort compiles them.
        String retortCore = Path.of(Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-cp", retortCore,
                "--release", "17", "-proc:none", "-Xlint:all,-path", "-Werror"));
        files.forEach(f -> args.add(f.toString()));
        assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new)))
                .as("javac exit code").isZero();

        List<Revision> headers = new ArrayList<>();
        try (URLClassLoader loader = new URLClassLoader(new java.net.URL[] {out.toUri().toURL()}, getClass().getClassLoader())) {
            for (Path file : files) {
                String name = file.getFileName().toString().replace(".java", "");
                Class<?> type = loader.loadClass(name);
                assertThat(Migration.class).isAssignableFrom(type);
                Revision revision = type.getAnnotation(Revision.class);
                assertThat(name).as("file name of " + revision.id()).contains("_" + revision.id() + "_");
                headers.add(revision);
            }
        }
        List<String> chain = new ArrayList<>();
        for (String parent = null; ; ) {
            String p = parent;
            List<Revision> children = headers.stream()
                    .filter(h -> p == null ? h.down().length == 0 : List.of(h.down()).equals(List.of(p))).toList();
            if (children.isEmpty()) {
                break;
            }
            assertThat(children).as("children of " + p).hasSize(1);
            parent = children.get(0).id();
            chain.add(parent);
        }
        assertThat(chain).containsExactlyElementsOf(allRevisions());
    }

    @Test
    void newRevisionIdsAreTwelveLowercaseHexDigits() {
        assertThat(NEW_REVISIONS).allMatch(id -> id.matches("[0-9a-f]{12}"));
    }
}
