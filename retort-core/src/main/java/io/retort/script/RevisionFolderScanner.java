package io.retort.script;

import io.retort.RetortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Finds the revision files in the versions folders and reads their headers. */
public final class RevisionFolderScanner {
    private static final Comparator<Path> ORDER = Comparator
            .comparing((Path p) -> p.getFileName().toString())
            .thenComparing(Path::toString);

    private RevisionFolderScanner() {}

    /** From how many files a scan reads in parallel. */
    private static final int PARALLEL_FROM = 64;

    /**
     * Reads every {@code *.java} file directly in each folder (not in subfolders), sorted by file
     * name and then by path. Duplicate ids are left for the revision graph to report.
     *
     * @throws RetortException for a missing folder or a file whose header cannot be read
     */
    public static List<RevisionSource> scan(List<Path> folders) {
        return scan(folders, null);
    }

    /**
     * As {@link #scan(List)}, keeping what it read in {@code cacheFile} (null for none), so the
     * next scan reads only the files that changed.
     */
    public static List<RevisionSource> scan(List<Path> folders, Path cacheFile) {
        HeaderCache cache = HeaderCache.open(cacheFile);
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            files.addAll(javaFiles(folder));
        }
        files.sort(ORDER);
        // Long histories are read in parallel (starting the pool costs more than a few dozen files);
        // the first failure in file order is reported, so errors are stable either way.
        Stream<Path> stream = files.size() > PARALLEL_FROM ? files.parallelStream() : files.stream();
        List<Read> reads = stream.map(file -> Read.of(file, cache)).toList();
        List<RevisionSource> sources = new ArrayList<>(reads.size());
        for (Read read : reads) {
            if (read.failure() != null) {
                throw read.failure();
            }
            sources.add(read.source());
        }
        cache.save();
        return sources;
    }

    /** One file's header, or why it could not be read. */
    private record Read(RevisionSource source, RetortException failure) {
        static Read of(Path file, HeaderCache cache) {
            try {
                return new Read(cache.read(file), null);
            } catch (RetortException e) {
                return new Read(null, e);
            }
        }
    }

    private static List<Path> javaFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new RetortException("script location " + folder + (Files.exists(folder) ? " is not a folder" : " does not exist")
                    + "; create it, or set script_locations in retort.toml (`retort init` writes one)");
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> p.getFileName().toString().endsWith(".java") && Files.isRegularFile(p)).toList();
        } catch (IOException e) {
            throw new RetortException("cannot list script location " + folder + ": " + e.getMessage(), e);
        }
    }
}
