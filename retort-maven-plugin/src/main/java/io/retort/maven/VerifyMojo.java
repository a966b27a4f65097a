package io.retort.maven;

import io.retort.Retort;
import io.retort.safety.VerifyReport;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Walks the revisions up, down and up on a scratch database, like {@code retort verify}. */
@Mojo(name = "verify", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class VerifyMojo extends RetortMojo {
    @Override
    void run(Retort retort) throws MojoFailureException {
        VerifyReport report = retort.verify();
        report.failures().forEach(failure -> getLog().error(failure.describe()));
        if (!report.passed()) {
            throw new MojoFailureException("retort: verify found " + report.failures().size() + " problem(s)");
        }
        getLog().info("retort: " + report.revisions() + " revision(s) verified");
    }
}
