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
        Path repo = Path.of("").toAbsolutePath().getParent();
        Path facts = repo.getParent().resolve("shared").resolve("smartem");
        if (!Files.isDirectory(facts)) {
            throw new IllegalStateException("SmartEM facts not found at " + facts + "; set SMARTEM_FACTS");
        }
        return facts;
    }

    static Path versions() {
        return Path.of("").toAbsolutePath().getParent().resolve("smartem").resolve("migrations").resolve("versions");
    }
}
