package io.retort.autogen;

import io.retort.RetortException;
import io.retort.script.compile.RevisionCompiler;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;

/**
 * Finds the {@code @Entity} classes of the model's packages: compiles the source folders (one
 * compiler run, cached by content) and takes the class folders and jars, scans them for class
 * files in the packages, and loads them.
 */
final class EntityClasses {
    private EntityClasses() {}

    /**
     * The folder the model's source folders are compiled into (one compiler run, cached by
     * content), or empty when the model has no sources.
     */
    static Optional<Path> compiledSources(ModelSettings settings, Path cacheDir, ClassLoader parent,
            Supplier<JavaCompiler> compilers) {
        if (settings.packages().isEmpty()) {
            throw new RetortException("[model] packages is empty: name the packages that hold the entities, e.g. packages = [\"org.example.db\"]");
        }
        List<Path> sourceFiles = sourceFiles(settings.sources());
        if (sourceFiles.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RevisionCompiler(cacheDir, parent, compilers).compileTogether(sourceFiles));
    }

    /**
     * Finds the entities in {@code compiled} (from {@link #compiledSources}) and the model's
     * classpath and hands them to {@code use}; their class loader is closed after.
     */
    static <T> T withEntities(ModelSettings settings, Optional<Path> compiled, ClassLoader parent,
            Function<List<Class<?>>, T> use) {
        List<Path> roots = new ArrayList<>(settings.classpath());
        compiled.ifPresent(classes -> roots.add(0, classes));
        try (URLClassLoader loader = new URLClassLoader("retort-model", urls(roots), parent)) {
            return use.apply(entities(settings, roots, loader));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Class<?>> entities(ModelSettings settings, List<Path> roots, ClassLoader loader) {
        List<Class<?>> classes = new ArrayList<>();
        for (String name : classNames(roots, settings.packages())) {
            Class<?> type = load(name, loader);
            if (type.isAnnotationPresent(Entity.class)) {
                classes.add(type);
            }
        }
        if (classes.isEmpty()) {
            throw new RetortException("no @Entity class in packages " + settings.packages() + " of " + roots
                    + "; check [model] packages, sources and classpath in retort.toml");
        }
        return classes;
    }

    private static List<Path> sourceFiles(List<Path> folders) {
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                throw new RetortException("[model] sources: " + folder + " is not a folder; fix the path in retort.toml");
            }
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new RetortException("[model] sources: cannot read " + folder + ": " + e.getMessage(), e);
            }
        }
        return files;
    }

    private static URL[] urls(List<Path> roots) {
        List<URL> urls = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                throw new RetortException("[model] classpath: " + root + " does not exist; build the classes first or fix the path in retort.toml");
            }
            try {
                urls.add(root.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalStateException(root.toString(), e);
            }
        }
        return urls.toArray(URL[]::new);
    }

    /** The top-level and nested class names under {@code packages} in the folders and jars, sorted. */
    private static TreeSet<String> classNames(List<Path> roots, List<String> packages) {
        TreeSet<String> names = new TreeSet<>();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.map(p -> root.relativize(p).toString().replace(root.getFileSystem().getSeparator(), "/"))
                            .forEach(entry -> addClass(entry, packages, names));
                } catch (IOException e) {
                    throw new RetortException("[model] cannot read " + root + ": " + e.getMessage(), e);
                }
            } else {
                try (JarFile jar = new JarFile(root.toFile())) {
                    jar.stream().map(JarEntry::getName).forEach(entry -> addClass(entry, packages, names));
                } catch (IOException e) {
                    throw new RetortException("[model] classpath: cannot read jar " + root + ": " + e.getMessage(), e);
                }
            }
        }
        return names;
    }

    private static void addClass(String entry, List<String> packages, TreeSet<String> names) {
        if (!entry.endsWith(".class") || entry.endsWith("module-info.class") || entry.endsWith("package-info.class")) {
            return;
        }
        String name = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
        for (String pkg : packages) {
            if (name.startsWith(pkg + ".")) {
                names.add(name);
                return;
            }
        }
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new RetortException("[model] cannot load " + name + ": " + e
                    + "; put what it needs on [model] classpath", e);
        }
    }
}
