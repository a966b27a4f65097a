package io.retort.autogen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.RetortException;
import io.retort.dialect.postgres.PostgresDialect;
import io.retort.schema.DatabaseSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entity sources are compiled in one run and cached by content; class folders are read as they are. */
class EntitySourcesTest {
    static final PostgresDialect DIALECT = new PostgresDialect();

    @TempDir
    Path dir;

    final AtomicInteger compilerRuns = new AtomicInteger();
    final Supplier<JavaCompiler> compilers = () -> {
        compilerRuns.incrementAndGet();
        return ToolProvider.getSystemJavaCompiler();
    };

    Path sources() throws Exception {
        Path pkg = Files.createDirectories(dir.resolve("src/org/example/db"));
        Files.writeString(pkg.resolve("Author.java"), """
                package org.example.db;
                import jakarta.persistence.*;
                @Entity @Table(name = "author")
                public class Author { @Id Integer id; @Column(name = "name", nullable = false, length = 100) String name; }
                """);
        Files.writeString(pkg.resolve("Book.java"), """
                package org.example.db;
                import jakarta.persistence.*;
                @Entity @Table(name = "book")
                public class Book { @Id Integer id; @ManyToOne @JoinColumn(name = "author_id") Author author; }
                """);
        Files.writeString(pkg.resolve("NotAnEntity.java"), "package org.example.db;\npublic class NotAnEntity {}\n");
        return dir.resolve("src");
    }

    DatabaseSchema read(ModelSettings settings) {
        return EntityModel.readModel(settings, DIALECT, dir.resolve("cache"), getClass().getClassLoader(), compilers).schema();
    }

    @Test
    void sourcesAreCompiledOnceAndASecondReadStartsNoCompiler() throws Exception {
        ModelSettings settings = new ModelSettings(List.of("org.example.db"), List.of(sources()), List.of());
        DatabaseSchema first = read(settings);
        assertThat(compilerRuns).hasValue(1);
        assertThat(first.tables()).extracting(t -> t.name()).containsExactly("author", "book");
        assertThat(first.table("book").orElseThrow().foreignKeys()).containsOnlyKeys("book_author_id_fkey");

        assertThat(read(settings)).isEqualTo(first);
        assertThat(compilerRuns).as("warm cache").hasValue(1);

        Files.writeString(dir.resolve("src/org/example/db/Author.java"), Files.readString(dir.resolve("src/org/example/db/Author.java"))
                .replace("length = 100", "length = 200"));
        assertThat(read(settings).table("author").orElseThrow().column("name").orElseThrow().type()).isEqualTo("varchar(200)");
        assertThat(compilerRuns).as("an edited entity compiles again").hasValue(2);
    }

    /** A parent that counts the classes the model's loader asks it for: a read that loads no entity asks none. */
    static final class CountingLoader extends ClassLoader {
        final AtomicInteger loads = new AtomicInteger();

        CountingLoader(ClassLoader parent) {
            super(parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            loads.incrementAndGet();
            return super.loadClass(name, resolve);
        }
    }

    @Test
    void theSchemaReadFromUnchangedSourcesIsKeptAndReadWithoutLoadingAnEntity() throws Exception {
        ModelSettings settings = new ModelSettings(List.of("org.example.db"), List.of(sources()), List.of());
        CountingLoader parent = new CountingLoader(getClass().getClassLoader());
        ModelSchema first = EntityModel.readModel(settings, DIALECT, dir.resolve("cache"), parent, compilers);
        assertThat(parent.loads.get()).as("entities load jakarta.persistence through the parent").isPositive();

        CountingLoader warm = new CountingLoader(getClass().getClassLoader());
        Supplier<JavaCompiler> noCompiler = () -> {
            throw new AssertionError("unchanged sources need no compiler");
        };
        assertThat(EntityModel.readModel(settings, DIALECT, dir.resolve("cache"), warm, noCompiler)).isEqualTo(first);
        assertThat(warm.loads).as("no entity class loaded").hasValue(0);

        Files.writeString(dir.resolve("src/org/example/db/Author.java"), Files.readString(dir.resolve("src/org/example/db/Author.java"))
                .replace("length = 100", "length = 200"));
        assertThat(read(settings).table("author").orElseThrow().column("name").orElseThrow().type()).isEqualTo("varchar(200)");
    }

    @Test
    void aCorruptKeptSchemaIsReadAgainFromTheClasses() throws Exception {
        ModelSettings settings = new ModelSettings(List.of("org.example.db"), List.of(sources()), List.of());
        DatabaseSchema first = read(settings);
        List<Path> kept;
        try (var files = Files.walk(dir.resolve("cache"))) {
            kept = files.filter(p -> p.getFileName().toString().endsWith(".ser")).toList();
        }
        assertThat(kept).hasSize(1);
        Files.write(kept.get(0), new byte[] {(byte) 0xac, (byte) 0xed, 0, 5, 's', 'r', 0, 1, 'x'});
        assertThat(read(settings)).isEqualTo(first);
        Files.writeString(kept.get(0), "not a schema");
        assertThat(read(settings)).isEqualTo(first);
        assertThat(read(settings)).as("written anew").isEqualTo(first);
        assertThat(compilerRuns).hasValue(1);
    }

    @Test
    void classFoldersAreReadWithoutACompiler() throws Exception {
        ModelSettings fromSources = new ModelSettings(List.of("org.example.db"), List.of(sources()), List.of());
        DatabaseSchema compiled = read(fromSources);
        Path classes;
        try (var entries = Files.list(dir.resolve("cache"))) {
            classes = entries.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        assertThat(read(new ModelSettings(List.of("org.example"), List.of(), List.of(classes)))).isEqualTo(compiled);
        assertThat(compilerRuns).hasValue(1);
    }

    @Test
    void aCompileErrorNamesTheFileAndLine() throws Exception {
        Path src = sources();
        Files.writeString(src.resolve("org/example/db/Broken.java"), "package org.example.db;\nclass Broken { int x = ; }\n");
        assertThatThrownBy(() -> read(new ModelSettings(List.of("org.example.db"), List.of(src), List.of())))
                .isInstanceOf(RetortException.class).hasMessageContaining("Broken.java:2: ");
    }

    @Test
    void noEntityInThePackagesIsAnErrorNamingThem() throws Exception {
        ModelSettings settings = new ModelSettings(List.of("org.elsewhere"), List.of(sources()), List.of());
        assertThatThrownBy(() -> read(settings)).isInstanceOf(RetortException.class)
                .hasMessageStartingWith("no @Entity class in packages [org.elsewhere]");
    }
}
