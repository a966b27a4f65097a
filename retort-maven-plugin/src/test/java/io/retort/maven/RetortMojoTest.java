package io.retort.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the goals fail and skip, without a Maven around them; MavenPluginIT runs them for real. */
class RetortMojoTest {
    @TempDir Path dir;

    @Test
    void aBadRetortTomlFailsTheBuildWithOneLineNamingTheFile() throws Exception {
        Path toml = Files.writeString(dir.resolve("retort.toml"), "[retort]\nscript_location = [\"versions\"]\n");
        UpgradeMojo upgrade = configured(new UpgradeMojo(), toml);
        upgrade.target = "head";

        assertThatThrownBy(upgrade::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("retort: ").hasMessageContaining("retort.toml").hasMessageContaining("script_location")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void skipRunsNothing() throws Exception {
        UpgradeMojo upgrade = configured(new UpgradeMojo(), dir.resolve("missing.toml"));
        upgrade.skip = true;

        upgrade.execute();
    }

    @Test
    void downgradeNeedsATarget() throws Exception {
        Path toml = Files.writeString(dir.resolve("retort.toml"), "[retort]\n");
        DowngradeMojo downgrade = configured(new DowngradeMojo(), toml);

        assertThatThrownBy(downgrade::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("-Dretort.target=-1");
    }

    private <T extends RetortMojo> T configured(T mojo, Path toml) {
        MavenProject project = new MavenProject();
        project.getBuild().setOutputDirectory(dir.resolve("classes").toString());
        mojo.project = project;
        mojo.configFile = toml.toFile();
        mojo.url = "jdbc:postgresql://127.0.0.1:5432/not_used";
        return mojo;
    }
}
