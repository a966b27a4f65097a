package io.retort.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.RetortException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** retort.toml's [model] table. */
class ModelSectionTest {
    static final Path FILE = Path.of("project/retort.toml");
    static final Path PROJECT = FILE.toAbsolutePath().getParent();

    @Test
    void readsPackagesAndSourcesResolvedAgainstTheFilesFolder() {
        RetortConfig config = RetortConfig.parse("""
                [model]
                packages = ["org.example.db"]
                sources = ["src/main/java"]
                exclude_tables = ["tmp_.*"]
                """, FILE);
        assertThat(config.model()).contains(new ModelSection(List.of("org.example.db"),
                List.of(PROJECT.resolve("src/main/java")), List.of(), List.of("public"), List.of("tmp_.*")));
    }

    @Test
    void readsAClasspathInstead() {
        ModelSection model = RetortConfig.parse("""
                [model]
                packages = "org.example.db"
                classpath = ["target/classes", "lib/entities.jar"]
                include_schemas = ["public", "audit"]
                """, FILE).model().orElseThrow();
        assertThat(model.classpath()).containsExactly(PROJECT.resolve("target/classes"), PROJECT.resolve("lib/entities.jar"));
        assertThat(model.includeSchemas()).containsExactly("public", "audit");
    }

    @Test
    void noModelTableIsEmpty() {
        assertThat(RetortConfig.parse("[retort]\n", FILE).model()).isEmpty();
    }

    @Test
    void mistakesNameTheFileAndKey() {
        assertThatThrownBy(() -> RetortConfig.parse("[model]\nsources = [\"src\"]\n", FILE))
                .isInstanceOf(RetortException.class).hasMessage(FILE + ": model.packages must list the packages of the"
                        + " entities, e.g. packages = [\"org.example.db\"]");
        assertThatThrownBy(() -> RetortConfig.parse("[model]\npackages = [\"a\"]\n", FILE))
                .hasMessage(FILE + ": [model] needs either sources (entity source folders) or classpath (class folders or jars), not neither");
        assertThatThrownBy(() -> RetortConfig.parse("[model]\npackages = [\"a\"]\nsources = [\"s\"]\nclasspath = [\"c\"]\n", FILE))
                .hasMessageEndingWith("not both");
        assertThatThrownBy(() -> RetortConfig.parse("[model]\npackages = [\"a\"]\nsources = [\"s\"]\nexclude_tables = [\"(\"]\n", FILE))
                .hasMessageStartingWith(FILE + ": model.exclude_tables: \"(\" is not a regular expression");
        assertThatThrownBy(() -> RetortConfig.parse("[model]\npackage = [\"a\"]\n", FILE))
                .hasMessageContaining("unknown key model.package");
    }
}
