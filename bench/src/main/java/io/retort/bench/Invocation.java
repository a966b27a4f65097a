package io.retort.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One command a contender runs for a case, as a separate OS process; {@code label} heads its
 * row and {@code environment} is added to the bench's own. {@code clearFirst} are folders deleted
 * (untimed) before the command starts: Retort's revision cache or Python's {@code __pycache__}, for cold runs.
 */
record Invocation(String label, List<String> command, Map<String, String> environment, List<Path> clearFirst) {
    Invocation {
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
        clearFirst = List.copyOf(clearFirst);
    }

    Invocation(String label, List<String> command) {
        this(label, command, Map.of(), List.of());
    }

    Invocation withEnvironment(String key, String value) {
        Map<String, String> env = new HashMap<>(environment);
        env.put(key, value);
        return new Invocation(label, command, env, clearFirst);
    }

    Invocation clearingFirst(Path... folders) {
        return new Invocation(label, command, environment, List.of(folders));
    }
}
