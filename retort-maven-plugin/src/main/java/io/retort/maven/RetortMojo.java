package io.retort.maven;

import io.retort.Retort;
import io.retort.RetortException;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal shares: the parameters that pick the project's retort.toml, environment and
 * database, and the step from them to a {@link Retort}. A {@link RetortException} fails the build
 * with its one-line message; anything else is a bug and shows its stack trace.
 */
abstract class RetortMojo extends AbstractMojo {
    /** The project's retort.toml, which must exist. */
    @Parameter(property = "retort.configFile", defaultValue = "${project.basedir}/retort.toml")
    File configFile;

    /** An environment of retort.toml (default: its {@code default_environment}). */
    @Parameter(property = "retort.environment")
    String environment;

    /** A JDBC URL that replaces the environment's database. */
    @Parameter(property = "retort.url")
    String url;

    /** Confirms upgrade, downgrade and stamp in an environment with {@code confirm = true} (the CLI's {@code --yes}). */
    @Parameter(property = "retort.yes", defaultValue = "false")
    boolean yes;

    /** Skips the goal. */
    @Parameter(property = "retort.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("retort: skipped");
            return;
        }
        checkParameters();
        try (ProjectRevisions revisions = ProjectRevisions.of(project)) {
            Retort.Builder builder = Retort.fromConfig(configFile.toPath(), environment, url, System.getenv())
                    .confirmed(yes)
                    .log(getLog()::info);
            revisions.loader().ifPresent(loader -> {
                getLog().info("retort: precompiled revisions from " + project.getBuild().getOutputDirectory());
                builder.precompiledRevisions(loader);
            });
            run(builder.build());
        } catch (RetortException e) {
            throw new MojoFailureException("retort: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("retort: cannot close the class loader of " + project.getId() + ": " + e, e);
        }
    }

    /** Fails on parameters the goal cannot run with, before anything is read or connected. */
    void checkParameters() throws MojoFailureException {}

    /** Fails unless a goal without a default target was given one. */
    static void requireTarget(String target, String goal, String example) throws MojoFailureException {
        if (target == null || target.isBlank()) {
            throw new MojoFailureException("retort:" + goal + " needs a target: give -Dretort.target=" + example);
        }
    }

    /** The goal's command. */
    abstract void run(Retort retort) throws MojoFailureException;
}
