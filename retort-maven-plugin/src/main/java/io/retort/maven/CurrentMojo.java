package io.retort.maven;

import io.retort.Retort;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Logs the revision(s) the database is at, like {@code retort current}. */
@Mojo(name = "current", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class CurrentMojo extends RetortMojo {
    @Override
    void run(Retort retort) {
        var current = retort.current();
        if (current.isEmpty()) {
            getLog().info("retort: no revision applied (" + retort.describeTarget() + ")");
        }
        current.forEach(getLog()::info);
    }
}
