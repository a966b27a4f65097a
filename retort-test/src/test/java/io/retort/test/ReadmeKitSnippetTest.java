package io.retort.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.testing.ReadmeJavaBlocks;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's blocks that use this kit (retort-core's ReadmeSnippetsTest leaves them here) compile as written. */
class ReadmeKitSnippetTest {

    @Test
    void theKitsSnippetsCompile(@TempDir Path out) {
        List<JavaFileObject> units = ReadmeJavaBlocks.sources(block -> block.contains("import io.retort.test."));
        assertThat(units).isNotEmpty();
        ReadmeJavaBlocks.compileEach(units, out);
    }
}
