// STUB: the differ engineer's DiffOptions replaces this file.
package io.retort.autogen;

import java.util.List;
import java.util.regex.Pattern;

public record DiffOptions(List<String> includeSchemas, List<Pattern> includeTables, List<Pattern> excludeTables) {
    public static DiffOptions defaults() {
        return new DiffOptions(List.of(), List.of(), List.of());
    }

    public DiffOptions excludingTables(String... names) {
        return this;
    }

    public DiffOptions includingSchemas(String... schemas) {
        return this;
    }

    public DiffOptions excludingTables(Pattern... patterns) {
        return this;
    }
}
