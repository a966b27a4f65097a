package io.retort.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A fresh JVM running one of the bench's main classes with the bench's own class path, started
 * with the JVM's default options as a user's launcher script would start it.
 */
record JavaCommand(String classPath, List<String> options) {

    JavaCommand {
        options = List.copyOf(options);
    }

    /** The class path and JVM this process runs with. */
    static JavaCommand current() {
        return new JavaCommand(System.getProperty("java.class.path"), List.of());
    }

    JavaCommand withProperty(String key, String value) {
        return withOptions(List.of("-D" + key + "=" + value));
    }

    JavaCommand withOptions(List<String> more) {
        List<String> all = new ArrayList<>(options);
        all.addAll(more);
        return new JavaCommand(classPath, all);
    }

    List<String> main(Class<?> mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        return command;
    }
}
