package io.retort.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The facts about SmartEM's original Alembic-built database that tests compare against, kept in
 * the repository's {@code smartem/facts/} (where they came from: {@code smartem/README.md}), and
 * SmartEM's revision files. Found from the working directory, which Maven sets to the module's
 * folder, by walking up to the repository's root.
 */
public final class SmartemFacts {
    private SmartemFacts() {}

    /** {@code pg_dump --schema-only} of the database Alembic leaves at c4d5e6f7a8b9. */
    public static Path headSchema() {
        return folder().resolve("head_schema.sql");
    }

    /** {@code pg_dump --data-only} of the same database: the rows the chain seeds. */
    public static Path headData() {
        return folder().resolve("head_data.sql");
    }

    /** SmartEM's revision files, {@code smartem/migrations/versions}. */
    public static Path versions() {
        return root().resolve("smartem/migrations/versions");
    }

    private static Path folder() {
        return root().resolve("smartem/facts");
    }

    /** The nearest folder at or above the working directory that holds {@code smartem/facts}. */
    private static Path root() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("smartem/facts/head_schema.sql"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no smartem/facts/head_schema.sql at or above " + start
                + "; run the tests from a folder of the repository");
    }
}
