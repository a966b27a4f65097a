package io.retort.bench;

import java.util.List;
import java.util.Map;

/**
 * One command a contender runs for a case, as a separate OS process; {@code label} heads its
 * row and {@code environment} is added to the bench's own.
 */
record Invocation(String label, List<String> command, Map<String, String> environment) {
    Invocation {
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
    }

    Invocation(String label, List<String> command) {
        this(label, command, Map.of());
    }

    Invocation withEnvironment(String key, String value) {
        Map<String, String> env = new java.util.HashMap<>(environment);
        env.put(key, value);
        return new Invocation(label, command, env);
    }
}
