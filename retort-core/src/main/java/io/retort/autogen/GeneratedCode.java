// STUB: the differ engineer's GeneratedCode replaces this file.
package io.retort.autogen;

import java.util.Set;

public record GeneratedCode(String upgrades, String downgrades, Set<String> imports) {}
