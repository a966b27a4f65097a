package io.retort.cli;

import io.retort.testing.RevisionFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A project whose default environment, production, has {@code confirm = true}, for tests. */
final class ProductionProject {
    private ProductionProject() {}

    /** Writes retort.toml for {@code url} and revision {@code revision} into {@code project}; returns retort.toml. */
    static Path write(Path project, String url, String revision) throws IOException {
        Path toml = project.resolve("retort.toml");
        Files.writeString(toml, """
                [retort]
                script_locations = ["versions"]
                default_environment = "production"
                [environments.production]
                url = "%s"
                confirm = true
                """.formatted(url));
        RevisionFiles.table(project.resolve("versions"), revision);
        return toml;
    }
}
