package io.retort.maven;

import io.retort.Retort;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Applies revisions up to the target, like {@code retort upgrade}. */
@Mojo(name = "upgrade", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class UpgradeMojo extends RetortMojo {
    /** Where to go: head, heads, an id, label@head, +N, ... */
    @Parameter(property = "retort.target", defaultValue = "head")
    String target;

    @Override
    void run(Retort retort) {
        retort.upgrade(target);
    }
}
