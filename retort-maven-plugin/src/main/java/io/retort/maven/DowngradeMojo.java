package io.retort.maven;

import io.retort.Retort;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Reverts down to the target, like {@code retort downgrade}; the target has no default. */
@Mojo(name = "downgrade", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class DowngradeMojo extends RetortMojo {
    /** Where to go: -1, an id, base, ... */
    @Parameter(property = "retort.target")
    String target;

    @Override
    void checkParameters() throws MojoFailureException {
        requireTarget(target, "downgrade", "-1 (or an id, or base)");
    }

    @Override
    void run(Retort retort) {
        retort.downgrade(target);
    }
}
