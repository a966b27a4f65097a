package io.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which command lines run without picocli, and that those still answer as picocli's would. */
class DirectRunTest {
    @TempDir Path temp;

    private static boolean direct(String... args) {
        PrintWriter none = new PrintWriter(new StringWriter());
        return DirectRun.command(none, none, args).isPresent();
    }

    @Test
    void thePlainestReadOnlyFormsRunDirectly() {
        assertThat(direct("current")).isTrue();
        assertThat(direct("heads")).isTrue();
        assertThat(direct("history")).isTrue();
        assertThat(direct("upgrade")).isTrue();
        assertThat(direct("upgrade", "head")).isTrue();
        assertThat(direct("-c", "x.toml", "--env", "prod", "--url", "jdbc:postgresql://h/d", "upgrade", "+1")).isTrue();
    }

    @Test
    void anythingElseGoesToPicocli() {
        assertThat(direct()).isFalse();
        assertThat(direct("--version")).isFalse();
        assertThat(direct("current", "-v")).isFalse();
        assertThat(direct("current", "extra")).isFalse();
        assertThat(direct("upgrade", "--sql")).isFalse();
        assertThat(direct("upgrade", "head", "--yes")).isFalse();
        assertThat(direct("--config=x.toml", "current")).isFalse();
        assertThat(direct("-x", "k=v", "upgrade")).isFalse();
        assertThat(direct("-c")).isFalse();
        assertThat(direct("downgrade", "base")).isFalse();
        assertThat(direct("history", "-r", "a:b")).isFalse();
    }

    @Test
    void aUserErrorOnTheDirectPathIsOneLineAndExitOne() {
        CliRun run = CliRun.of("-c", temp.resolve("missing.toml").toString(), "current");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().startsWith("retort: error: ").contains("missing.toml");
    }
}
