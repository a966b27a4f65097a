package io.retort.script.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.Migration;
import io.retort.RetortException;
import io.retort.script.RevisionFolderScanner;
import io.retort.script.RevisionSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevisionCompilerTest {
    @TempDir
    Path project;

    Path versions;
    Path cache;
    final AtomicInteger compilerCalls = new AtomicInteger();

    @BeforeEach
    void writeRevisions() throws IOException {
        versions = Files.createDirectories(project.resolve("versions"));
        cache = RevisionCompiler.defaultCache(project);
        write("R1_base", """
                package org.example.db;

                import io.retort.Migration;
                import io.retort.Revision;
                import io.retort.ops.Ops;
                import static io.retort.ops.Column.column;
                import static io.retort.ops.Types.*;

                @Revision(id = "r1", message = "base")
                public class R1_base implements Migration {
                    @Override public void upgrade(Ops op) { op.createTable("t", column("id", INTEGER).primaryKey()); }
                    @Override public void downgrade(Ops op) { op.dropTable("t"); }
                    @Override public String toString() { return Helper.NAME + new Object() {}.getClass().getName(); }
                }

                class Helper {
                    static final String NAME = "helped:";
                }
                """);
        write("R2_next", """
                import io.retort.*;

                @Revision(id = "r2", down = "r1")
                public class R2_next implements Migration {
                    public void upgrade(io.retort.ops.Ops op) {}
                    public void downgrade(io.retort.ops.Ops op) {}
                }
                """);
        write("R3_broken", """
                import io.retort.*;

                @Revision(id = "r3", down = "r2")
                public class R3_broken implements Migration {
                    public void upgrade(io.retort.ops.Ops op) {
                        op.createTable(undefinedName);
                    }
                    public void downgrade(io.retort.ops.Ops op) {
                        int x = "not an int";
                    }
                }
                """);
    }

    void write(String className, String text) throws IOException {
        Files.writeString(versions.resolve(className + ".java"), text);
    }

    RevisionCompiler compiler(Supplier<JavaCompiler> javac) {
        return new RevisionCompiler(cache, getClass().getClassLoader(), () -> {
            compilerCalls.incrementAndGet();
            return javac.get();
        });
    }

    List<RevisionSource> sources(String... ids) {
        List<RevisionSource> all = RevisionFolderScanner.scan(List.of(versions));
        return Stream.of(ids).map(id -> all.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow()).toList();
    }

    @Test
    void overAThousandFilesCompileInBatchesAndAClassOfAnotherBatchMakesItOneRun() throws IOException {
        List<Integer> filesPerRun = manyRevisions(false);
        assertThat(filesPerRun).as("files per javac run").containsExactly(RevisionCompiler.BATCH, 1);

        org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> deleteCache());
        List<Integer> crossing = manyRevisions(true);
        assertThat(crossing).as("files per javac run when the first uses a class of the last")
                .containsExactly(RevisionCompiler.BATCH, RevisionCompiler.BATCH + 1);
    }

    /** Writes 1,001 revisions (the first using a class declared beside the last when {@code crossing}), loads them all. */
    private List<Integer> manyRevisions(boolean crossing) throws IOException {
        int count = RevisionCompiler.BATCH + 1;
        try (Stream<Path> old = Files.list(versions)) {
            for (Path f : old.toList()) {
                Files.delete(f);
            }
        }
        for (int i = 1; i <= count; i++) {
            String id = "m%04d".formatted(i);
            String use = crossing && i == 1 ? " public String toString() { return Shared.NAME; }" : "";
            String shared = i == count ? "\nclass Shared { static final String NAME = \"shared\"; }\n" : "";
            write("M%04d".formatted(i), """
                    @io.retort.Revision(id = "%s"%s)
                    public class M%04d implements io.retort.Migration {
                        public void upgrade(io.retort.ops.Ops op) {}
                        public void downgrade(io.retort.ops.Ops op) {}%s
                    }%s
                    """.formatted(id, i == 1 ? "" : ", down = \"m%04d\"".formatted(i - 1), i, use, shared));
        }
        List<Integer> filesPerRun = new java.util.ArrayList<>();
        JavaCompiler system = ToolProvider.getSystemJavaCompiler();
        JavaCompiler counting = (JavaCompiler) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {JavaCompiler.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getTask")) {
                        int n = 0;
                        for (Object unit : (Iterable<?>) args[5]) {
                            n++;
                        }
                        filesPerRun.add(n);
                    }
                    try {
                        return method.invoke(system, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        List<RevisionSource> all = RevisionFolderScanner.scan(List.of(versions));
        Map<String, Migration> loaded = compiler(() -> counting).load(all);
        assertThat(loaded).hasSize(count);
        if (crossing) {
            assertThat(loaded.get("m0001")).hasToString("shared");
        }
        return filesPerRun;
    }

    private void deleteCache() throws IOException {
        try (Stream<Path> files = Files.walk(cache)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    @Test
    void compilesOnlyWhatIsAskedInOneBatchThenLoadsFromTheCacheWithoutACompiler() throws IOException {
        Map<String, Migration> first = compiler(ToolProvider::getSystemJavaCompiler).load(sources("r1", "r2"));
        assertThat(compilerCalls).hasValue(1);
        assertThat(first.keySet()).containsExactly("r1", "r2");
        assertThat(first.get("r1").getClass().getName()).isEqualTo("org.example.db.R1_base");
        assertThat(first.get("r1")).hasToString("helped:org.example.db.R1_base$1");
        assertThat(first.get("r1").getClass().getClassLoader().getParent()).isSameAs(getClass().getClassLoader());
        try (Stream<Path> entries = Files.list(cache)) {
            assertThat(entries.map(p -> p.getFileName().toString()).toList())
                    .hasSize(2)
                    .allMatch(name -> name.matches("[0-9a-f]{64}"));
        }

        Map<String, Migration> warm = compiler(() -> null).load(sources("r2", "r1"));
        assertThat(compilerCalls).as("a warm cache needs no compiler").hasValue(1);
        assertThat(warm.keySet()).containsExactly("r2", "r1");
        assertThat(warm.get("r1")).hasToString("helped:org.example.db.R1_base$1");
    }

    @Test
    void recompilesAnEditedFile() throws IOException {
        compiler(ToolProvider::getSystemJavaCompiler).load(sources("r2"));
        Files.writeString(versions.resolve("R2_next.java"),
                Files.readString(versions.resolve("R2_next.java")).replace("{}\n    public void downgrade", "{ }\n    public void downgrade"));
        compiler(ToolProvider::getSystemJavaCompiler).load(sources("r2"));
        assertThat(compilerCalls).hasValue(2);
    }

    @Test
    void reportsEveryCompileErrorWithFileAndLine() {
        assertThatThrownBy(() -> compiler(ToolProvider::getSystemJavaCompiler).load(sources("r2", "r3")))
                .isInstanceOf(RetortException.class)
                .hasMessageStartingWith("revision files do not compile:\n")
                .hasMessageContaining(versions.resolve("R3_broken.java") + ":6: cannot find symbol")
                .hasMessageContaining(versions.resolve("R3_broken.java") + ":9: incompatible types");
        assertThat(cache).isEmptyDirectory();
    }

    @Test
    void namesARevisionItCannotInstantiate() throws IOException {
        write("R4_arguments", """
                @io.retort.Revision(id = "r4")
                public class R4_arguments implements io.retort.Migration {
                    public R4_arguments(String name) {}
                    public void upgrade(io.retort.ops.Ops op) {}
                    public void downgrade(io.retort.ops.Ops op) {}
                }
                """);
        assertThatThrownBy(() -> compiler(ToolProvider::getSystemJavaCompiler).load(sources("r4")))
                .isInstanceOf(RetortException.class)
                .hasMessage(versions.resolve("R4_arguments.java") + ": class R4_arguments needs a public constructor without arguments");
    }

    @Test
    void asksForAJdkWhenThereIsNoCompiler() {
        assertThatThrownBy(() -> compiler(() -> null).load(sources("r1")))
                .isInstanceOf(RetortException.class)
                .hasMessageContaining("no Java compiler")
                .hasMessageContaining("run Retort on a JDK, or precompile the revisions");
    }

    @Test
    void concurrentCompilersShareTheCache() {
        List<CompletableFuture<Map<String, Migration>>> runs = Stream.of(1, 2)
                .map(i -> CompletableFuture.supplyAsync(() -> compiler(ToolProvider::getSystemJavaCompiler).load(sources("r1", "r2"))))
                .toList();
        runs.forEach(run -> assertThat(run.join()).containsOnlyKeys("r1", "r2"));
        assertThat(cache.toFile().list()).hasSize(2);
    }
}
