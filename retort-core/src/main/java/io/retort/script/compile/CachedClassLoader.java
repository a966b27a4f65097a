package io.retort.script.compile;

import io.retort.RetortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads compiled revisions from their cache entries, one folder per revision. It indexes each
 * class file once, so finding a class is one map lookup: a {@code URLClassLoader} over N folders
 * tries every folder for every class, N²/2 file lookups, which at 10,000 revisions took minutes.
 */
final class CachedClassLoader extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    private final Map<String, Path> classFiles;

    CachedClassLoader(List<Path> entries, ClassLoader parent) {
        super("retort-revisions", parent);
        Map<String, Path> files = new HashMap<>();
        for (Path entry : entries) {
            try (Stream<Path> walk = Files.walk(entry)) {
                walk.filter(p -> p.getFileName().toString().endsWith(".class")).forEach(p -> {
                    String relative = entry.relativize(p).toString();
                    String name = relative.substring(0, relative.length() - ".class".length())
                            .replace(p.getFileSystem().getSeparator(), ".");
                    files.putIfAbsent(name, p);
                });
            } catch (IOException e) {
                throw new RetortException("cannot read the revision cache " + entry + ": " + e.getMessage()
                        + "; delete the .retort/cache folder and run again", e);
            }
        }
        this.classFiles = files;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        Path file = classFiles.get(name);
        if (file == null) {
            throw new ClassNotFoundException(name);
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            return defineClass(name, bytes, 0, bytes.length);
        } catch (IOException e) {
            throw new ClassNotFoundException(name + " (" + file + ": " + e.getMessage() + ")", e);
        }
    }
}
