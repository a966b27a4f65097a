package io.retort.cli;

import io.retort.testing.RevisionFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A project whose graph branches at a and merges at m: a -> b (label feature), a -> c, (b, c) -> m, m -> d. */
final class BranchedProject {
    private BranchedProject() {}

    /** Writes the project into {@code project}; returns it. */
    static Path write(Path project) throws IOException {
        Files.writeString(project.resolve("retort.toml"), "[retort]\nscript_locations = [\"versions\"]\n");
        Path v = project.resolve("versions");
        RevisionFiles.table(v, "a");
        RevisionFiles.write(v, "b", new String[] {"a"}, "branchLabels = \"feature\"",
                "op.execute(\"CREATE TABLE t_b (id integer)\");", "op.execute(\"DROP TABLE t_b\");");
        RevisionFiles.table(v, "c", "a");
        RevisionFiles.table(v, "m", "b", "c");
        RevisionFiles.table(v, "d", "m");
        return project;
    }
}
