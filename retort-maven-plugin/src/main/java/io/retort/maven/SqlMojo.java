package io.retort.maven;

import io.retort.Retort;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes the offline SQL script to a file without touching the database: the script
 * {@code retort upgrade --sql} prints (or, with {@code downgrade}, {@code retort downgrade --sql}).
 */
@Mojo(name = "sql", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class SqlMojo extends RetortMojo {
    /** The upgrade's target, or a start:end range; a downgrade needs a range. */
    @Parameter(property = "retort.target", defaultValue = "head")
    String target;

    /** Writes the downgrade script instead. */
    @Parameter(property = "retort.downgrade", defaultValue = "false")
    boolean downgrade;

    /** Where the script goes. */
    @Parameter(property = "retort.outputFile", defaultValue = "${project.build.directory}/retort/retort.sql")
    File outputFile;

    @Override
    void run(Retort retort) throws MojoFailureException {
        String script = downgrade ? retort.downgradeSql(target) : retort.upgradeSql(target);
        Path file = outputFile.toPath();
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoFailureException("retort:sql cannot write " + file + " (" + e + "); choose another outputFile");
        }
        getLog().info("retort: wrote " + file);
    }
}
