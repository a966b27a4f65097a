package io.retort.script.authoring;

import io.retort.RetortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a new Retort project for {@code retort init <dir>}: {@code retort.toml}, an empty
 * {@code versions/} folder and the revision template {@code script.java.tmpl}.
 */
public final class ProjectInitializer {
    /** The configuration file's name. */
    public static final String CONFIG_FILE = "retort.toml";
    /** The folder for revision files. */
    public static final String VERSIONS_FOLDER = "versions";

    private ProjectInitializer() {}

    /**
     * Creates {@code dir} if needed and writes the skeleton into it.
     *
     * @return what was created, in creation order
     * @throws RetortException when {@code retort.toml} or the template already exists (nothing is
     *                         written then)
     */
    public static List<Path> init(Path dir) {
        Path config = dir.resolve(CONFIG_FILE);
        Path template = dir.resolve(RevisionWriter.TEMPLATE_FILE);
        Path versions = dir.resolve(VERSIONS_FOLDER);
        for (Path existing : List.of(config, template)) {
            if (Files.exists(existing)) {
                throw new RetortException(existing + " already exists; retort init does not overwrite a project");
            }
        }
        List<Path> created = new ArrayList<>();
        try {
            for (Path folder : List.of(dir, versions)) {
                if (!Files.isDirectory(folder)) {
                    created.add(Files.createDirectories(folder));
                }
            }
            created.add(Files.writeString(config, RevisionWriter.resource(CONFIG_FILE)));
            created.add(Files.writeString(template, RevisionWriter.defaultTemplate()));
        } catch (IOException e) {
            throw new RetortException("cannot write the project in " + dir + ": " + e.getMessage(), e);
        }
        return created;
    }
}
