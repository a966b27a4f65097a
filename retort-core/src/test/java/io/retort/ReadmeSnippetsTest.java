package io.retort;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.testing.ReadmeJavaBlocks;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code java} block of the README compiles as written, against Retort's classes; those that
 * use the JUnit kit ({@code io.retort.test}) are compiled by retort-test's tests, whose class path has it.
 */
class ReadmeSnippetsTest {
    /** What marks a block of the JUnit kit, which retort-core's class path cannot compile. */
    private static final String KIT_IMPORT = "import io.retort.test.";

    @Test
    void everyJavaSnippetCompiles(@TempDir Path out) {
        List<JavaFileObject> units = ReadmeJavaBlocks.sources(block -> !block.contains(KIT_IMPORT));
        assertThat(units).isNotEmpty();
        ReadmeJavaBlocks.compileEach(units, out);
    }
}
