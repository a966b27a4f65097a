package io.retort.maven;

import io.retort.Retort;
import io.retort.autogen.CheckReport;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Fails the build when the entity model and the database differ, like {@code retort check}. */
@Mojo(name = "check", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class CheckMojo extends RetortMojo {
    /** Compare with the revisions replayed into a scratch database instead of the environment's database. */
    @Parameter(property = "retort.fromRevisions", defaultValue = "false")
    boolean fromRevisions;

    @Override
    void run(Retort retort) throws MojoFailureException {
        CheckReport report = retort.check(fromRevisions);
        report.differences().forEach(line -> getLog().error(line));
        if (!report.clean()) {
            throw new MojoFailureException("retort: " + report.differences().size()
                    + " difference(s) between the model and " + report.compared()
                    + "; write them as a revision with: retort revision --autogenerate -m MESSAGE");
        }
        getLog().info("retort: the model matches " + report.compared());
    }
}
