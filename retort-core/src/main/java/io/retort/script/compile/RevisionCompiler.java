package io.retort.script.compile;

import io.retort.Migration;
import io.retort.RetortException;
import io.retort.script.JavaTokens;
import io.retort.script.MigrationInstantiator;
import io.retort.script.RevisionHeaderReader;
import io.retort.script.RevisionSource;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles revision files in-process and loads them, through a cache of class files keyed by each
 * file's content: {@code <cache>/<sha256>/<package>/<Class>.class}. Only the sources asked for are
 * compiled, all in one compiler run, and a warm cache needs no compiler at all. Several processes
 * may share a cache: each compiles into a private folder and moves the result in atomically.
 */
public final class RevisionCompiler {
    private final Path cache;
    private final ClassLoader parent;
    private final Supplier<JavaCompiler> compilers;

    /** The usual cache folder: {@code .retort/cache} next to {@code retort.toml}. */
    public static Path defaultCache(Path projectDir) {
        return projectDir.resolve(".retort").resolve("cache");
    }

    /**
     * @param cacheFolder where compiled classes are kept, normally {@link #defaultCache}
     * @param parent      the class loader revision classes see: the caller's
     */
    public RevisionCompiler(Path cacheFolder, ClassLoader parent) {
        this(cacheFolder, parent, null);
    }

    /**
     * As the other constructor, with the compiler's source (null for the JDK's,
     * {@code ToolProvider::getSystemJavaCompiler}); tests count the calls. The JDK's is looked up
     * only when something is compiled: a method reference to it would load the compiler API on
     * every command, a warm one included.
     */
    public RevisionCompiler(Path cacheFolder, ClassLoader parent, Supplier<JavaCompiler> compilers) {
        this.cache = cacheFolder;
        this.parent = parent;
        this.compilers = compilers;
    }

    /**
     * Compiles the sources not in the cache (in one batch), loads all of them in one new class
     * loader whose parent is this compiler's parent, and instantiates each.
     *
     * @return revision id → a new instance of its class, in the order given
     * @throws RetortException on a compile error (every error, one per line, as
     *                         {@code file:line: message}), when no compiler is available, or when a
     *                         class cannot be instantiated
     */
    public Map<String, Migration> load(Collection<RevisionSource> sources) {
        List<Path> entries = new ArrayList<>();
        Map<Path, Pending> missing = new LinkedHashMap<>(); // by entry: identical files compile once
        for (RevisionSource source : sources) {
            byte[] bytes = read(source.file());
            Path entry = cache.resolve(cacheKey(bytes));
            entries.add(entry);
            if (!Files.isDirectory(entry)) {
                missing.putIfAbsent(entry, new Pending(source, RevisionHeaderReader.decode(source.file(), bytes), entry));
            }
        }
        if (!missing.isEmpty()) {
            compile(List.copyOf(missing.values()));
        }
        ClassLoader loader = new CachedClassLoader(entries, parent);
        Map<String, Migration> migrations = new LinkedHashMap<>();
        for (RevisionSource source : sources) {
            migrations.put(source.id(), MigrationInstantiator.instantiate(source, loader));
        }
        return migrations;
    }

    /**
     * Compiles {@code files} together, in one compiler run, into one cache entry keyed by the
     * names and content of all of them and the Java version, and returns that entry: a folder of
     * class files by package. For sources that refer to one another, such as entity classes. A
     * warm cache starts no compiler.
     *
     * @throws RetortException on a compile error, as {@link #load} does
     */
    public Path compileTogether(List<Path> files) {
        List<Path> sorted = files.stream().sorted().toList();
        List<String> texts = new ArrayList<>();
        List<byte[]> parts = new ArrayList<>();
        parts.add(("retort-sources-1/java-" + Runtime.version().feature() + "\n").getBytes(StandardCharsets.UTF_8));
        for (Path file : sorted) {
            byte[] bytes = read(file);
            texts.add(RevisionHeaderReader.decode(file, bytes));
            parts.add((file.getFileName() + "\n" + bytes.length + "\n").getBytes(StandardCharsets.UTF_8));
            parts.add(bytes);
        }
        Path entry = cache.resolve(JavaTokens.sha256(parts.toArray(byte[][]::new)));
        if (Files.isDirectory(entry)) {
            return entry;
        }
        JavaCompiler javac = compiler();
        if (javac == null) {
            throw new RetortException("no Java compiler in " + System.getProperty("java.home") + " (a JRE?) to compile "
                    + sorted.size() + " source file(s) such as " + sorted.get(0) + "; run Retort on a JDK, or give compiled classes instead");
        }
        Path work = createWorkFolder();
        try {
            Path output = work.resolve(entry.getFileName());
            List<RoutedFileManager.Unit> units = new ArrayList<>();
            for (int i = 0; i < sorted.size(); i++) {
                units.add(new RoutedFileManager.Unit(sorted.get(i), texts.get(i), output));
            }
            JavacRun.compile(javac, classpath(), units, work);
            publish(output, entry);
        } finally {
            deleteRecursively(work);
        }
        return entry;
    }

    /** A source to compile: its text, exactly the bytes hashed, and its cache entry. */
    private record Pending(RevisionSource source, String text, Path entry) {}

    private JavaCompiler compiler() {
        return compilers != null ? compilers.get() : ToolProvider.getSystemJavaCompiler();
    }

    private static String cacheKey(byte[] bytes) {
        // The Java version is part of the key: a class file from a newer JDK does not load on an older one.
        byte[] salt = ("retort-classes-1/java-" + Runtime.version().feature() + "\n").getBytes(StandardCharsets.UTF_8);
        return JavaTokens.sha256(salt, bytes);
    }

    private void compile(List<Pending> pending) {
        JavaCompiler javac = compiler();
        if (javac == null) {
            throw new RetortException("no Java compiler in " + System.getProperty("java.home")
                    + " (a JRE?) to compile " + pending.size() + " revision file(s) such as " + pending.get(0).source().file()
                    + "; run Retort on a JDK, or precompile the revisions with RevisionIndexProcessor");
        }
        String classpath = classpath();
        if (pending.size() <= BATCH) {
            compileBatch(javac, classpath, pending);
            return;
        }
        // Many files go in batches, with a full collection between them: the serial collector of a
        // short command grows its old generation rather than collect it, so one javac run over
        // 10,000 files peaked at 425 MB resident, batches of 1,000 with a collection between at
        // 210 MB, in the same time (javac's trees of a finished batch are garbage by then). A
        // revision that uses a class of a file in another batch does not compile on its own: then
        // everything is compiled in one run, as before.
        try {
            for (int from = 0; from < pending.size(); from += BATCH) {
                compileBatch(javac, classpath, pending.subList(from, Math.min(from + BATCH, pending.size())));
                System.gc();
            }
        } catch (RetortException e) {
            compileBatch(javac, classpath, pending);
        }
    }

    /** Files per javac run when more are compiled at once. */
    static final int BATCH = 1000;

    private void compileBatch(JavaCompiler javac, String classpath, List<Pending> pending) {
        Path work = createWorkFolder();
        try {
            JavacRun.compile(javac, classpath, pending.stream()
                    .map(p -> new RoutedFileManager.Unit(p.source().file(), p.text(), work.resolve(p.entry().getFileName())))
                    .toList(), work);
            for (Pending p : pending) {
                publish(work.resolve(p.entry().getFileName()), p.entry());
            }
        } finally {
            deleteRecursively(work);
        }
    }

    /** Retort's own classes, its dependencies, and what the parent class loaders see. */
    private String classpath() {
        Set<String> entries = new LinkedHashSet<>();
        try {
            entries.add(Path.of(Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        } catch (URISyntaxException | RuntimeException e) {
            // not from a file (a custom runtime image): java.class.path must then hold it
        }
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                entries.add(entry);
            }
        }
        for (ClassLoader l = parent; l != null; l = l.getParent()) {
            if (l instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    try {
                        entries.add(Path.of(url.toURI()).toString());
                    } catch (URISyntaxException | RuntimeException e) {
                        // not a local file: javac cannot read it anyway
                    }
                }
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private Path createWorkFolder() {
        try {
            Files.createDirectories(cache);
            return Files.createTempDirectory(cache, ".compiling-");
        } catch (IOException e) {
            throw new RetortException("cannot write the revision class cache " + cache + ": " + e.getMessage(), e);
        }
    }

    /** Moves a finished entry in; if another process was quicker, its equal entry stays. */
    private static void publish(Path built, Path entry) {
        try {
            Files.move(built, entry, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            // another process published the same content first
        } catch (IOException e) {
            if (!Files.isDirectory(entry)) {
                throw new RetortException("cannot write the revision class cache " + entry + ": " + e.getMessage(), e);
            }
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new RetortException(file + ": cannot read revision file: " + e.getMessage(), e);
        }
    }

    private static void deleteRecursively(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a leftover temporary folder costs only space
        }
    }
}
