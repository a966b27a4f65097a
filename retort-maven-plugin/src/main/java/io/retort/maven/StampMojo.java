package io.retort.maven;

import io.retort.Retort;
import java.util.Arrays;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Sets the version table without running anything, like {@code retort stamp}. */
@Mojo(name = "stamp", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class StampMojo extends RetortMojo {
    /** The revision(s) to record, separated by commas. */
    @Parameter(property = "retort.target")
    String target;

    /** Empties the version table first. */
    @Parameter(property = "retort.purge", defaultValue = "false")
    boolean purge;

    @Override
    void checkParameters() throws MojoFailureException {
        requireTarget(target, "stamp", "<revision>[,<revision>...]");
    }

    @Override
    void run(Retort retort) {
        retort.stamp(Arrays.stream(target.split(",")).map(String::strip).toList(), purge);
    }
}
