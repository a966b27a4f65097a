package io.retort.safety;

import io.retort.RetortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The {@code pg_dump} and {@code pg_restore} a backup uses, of one PostgreSQL installation. The
 * embedded binaries hold only the server (initdb, pg_ctl, postgres), so they come from the machine:
 * {@code pg_bin_dir} when configured, else the first installation on {@code PATH} or in the usual
 * package folders whose major version is at least the server's (pg_dump cannot read a newer server).
 */
record ClientPrograms(Path dump, Path restore, int major) {
    private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)");
    /** Where Debian's and Red Hat's packages put each major version's programs. */
    private static final List<Path> PACKAGE_ROOTS = List.of(Path.of("/usr/lib/postgresql"), Path.of("/usr"));

    static ClientPrograms find(Optional<Path> configured, int serverMajor) {
        if (configured.isPresent()) {
            Path folder = configured.get();
            ClientPrograms programs = in(folder).orElseThrow(() -> new RetortException("pg_bin_dir " + folder
                    + " holds no runnable pg_dump and pg_restore: point it at a PostgreSQL " + serverMajor
                    + " (or later) bin folder"));
            return programs.requireAtLeast(serverMajor);
        }
        List<ClientPrograms> found = candidates().map(ClientPrograms::in).flatMap(Optional::stream).toList();
        return found.stream().filter(p -> p.major >= serverMajor).findFirst()
                .orElseGet(() -> found.isEmpty() ? missing(serverMajor) : found.get(0).requireAtLeast(serverMajor));
    }

    private static ClientPrograms missing(int serverMajor) {
        throw new RetortException("no pg_dump found on PATH nor in the usual PostgreSQL folders: install PostgreSQL "
                + serverMajor + "'s client programs (e.g. the postgresql-client-" + serverMajor
                + " package), or set pg_bin_dir in the environment");
    }

    private ClientPrograms requireAtLeast(int serverMajor) {
        if (major < serverMajor) {
            throw new RetortException(dump + " is PostgreSQL " + major + "'s, older than the server (" + serverMajor
                    + "), which it cannot dump: install PostgreSQL " + serverMajor + "'s client programs and set"
                    + " pg_bin_dir to their folder; nothing was run");
        }
        return this;
    }

    private static Stream<Path> candidates() {
        List<Path> folders = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) {
            Stream.of(path.split(java.io.File.pathSeparator)).filter(p -> !p.isEmpty()).map(Path::of).forEach(folders::add);
        }
        // Newest first, so a machine with several versions dumps with the one that reads them all.
        List<Path> packaged = new ArrayList<>();
        for (Path root : PACKAGE_ROOTS) {
            try (Stream<Path> children = Files.list(root)) {
                children.filter(c -> c.getFileName().toString().matches("(pgsql-)?\\d+"))
                        .map(c -> c.resolve("bin")).forEach(packaged::add);
            } catch (IOException e) {
                // No such folder on this machine.
            }
        }
        packaged.sort(Comparator.comparingInt((Path p) -> Integer.parseInt(
                p.getParent().getFileName().toString().replace("pgsql-", ""))).reversed());
        folders.addAll(packaged);
        return folders.stream().distinct();
    }

    /** The programs in {@code folder}, when both are there and pg_dump says its version. */
    private static Optional<ClientPrograms> in(Path folder) {
        Path dump = folder.resolve("pg_dump");
        Path restore = folder.resolve("pg_restore");
        if (!Files.isExecutable(dump) || !Files.isExecutable(restore)) {
            return Optional.empty();
        }
        try {
            Matcher m = VERSION.matcher(ProgramRun.run(List.of(dump.toString(), "--version"), Map.of(), "pg_dump --version"));
            return m.find() ? Optional.of(new ClientPrograms(dump, restore, Integer.parseInt(m.group(1)))) : Optional.empty();
        } catch (RetortException e) {
            return Optional.empty();
        }
    }
}
