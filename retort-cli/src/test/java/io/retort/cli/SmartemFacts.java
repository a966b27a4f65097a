package io.retort.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the SmartEM facts ({@code shared/smartem}) and revision files are, from this module's folder. */
final class SmartemFacts {
    private SmartemFacts() {}

    static Path folder() {
        String override = System.getenv("SMARTEM_FACTS");
        if (override != null) {
            return Path.of(override);
        }
        // shared/ lies beside the repository (CI's layout), or higher up for a worktree.
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path facts = dir.resolve("shared").resolve("smartem");
            if (Files.isDirectory(facts)) {
                return facts;
            }
        }
        throw new IllegalStateException("shared/smartem not found above " + Path.of("").toAbsolutePath()
                + "; set SMARTEM_FACTS to the folder");
    }

    static Path versions() {
        return Path.of("").toAbsolutePath().getParent().resolve("smartem").resolve("migrations").resolve("versions");
    }
}
