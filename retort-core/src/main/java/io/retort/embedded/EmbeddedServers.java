package io.retort.embedded;

import io.retort.RetortException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;

/**
 * Every embedded PostgreSQL of this user (as root: of root, in {@code /var/tmp/retort-root}),
 * found through the list Retort keeps of the servers it starts. A server whose project folder (or,
 * as root, the pointer file in it) no longer exists is an orphan: {@link #prune()} stops it,
 * deletes its data and lock file and forgets it, and every command that uses the embedded
 * PostgreSQL does the same first.
 *
 * <pre>{@code
 * EmbeddedServers.ofThisUser().list().forEach(s -> System.out.println(s.describe()));
 * }</pre>
 */
public final class EmbeddedServers {
    private static final Duration STOP_PATIENCE = Duration.ofSeconds(60);

    private final ServerRegistry registry;
    private final ServerAccount account;

    private EmbeddedServers(ServerRegistry registry, ServerAccount account) {
        this.registry = registry;
        this.account = account;
    }

    /** The servers of the user running Retort. */
    public static EmbeddedServers ofThisUser() {
        ServerAccount account = ServerAccount.detect();
        return new EmbeddedServers(ServerRegistry.of(account, System.getenv()), account);
    }

    /**
     * One server: where it is, and what it does now.
     *
     * @param port the port it listens on, or would at its next start; 0 if unknown
     * @param pid its process, 0 when it does not run
     * @param dataBytes the size of its data folder
     * @param watched whether a watchdog stops it when idle (not one started by a Retort without them)
     * @param idle while it runs with no client: since when, and when it stops itself
     */
    public record Listing(Path projectDir, Path dataDir, boolean running, int port, long pid, long dataBytes,
            boolean watched, Optional<IdleTime> idle) {
        /** For {@code retort db list}: project, port, pid, data size and idle time on one line. */
        public String describe() {
            String state = !running ? "stopped"
                    : "pid " + pid + ", " + idle.map(IdleTime::describe)
                            .orElse(watched ? "in use" : "no idle shutdown until a command uses it");
            return projectDir + ": port " + (port == 0 ? "-" : port) + ", " + state + ", data "
                    + (dataBytes + (1 << 19)) / (1 << 20) + " MB in " + dataDir;
        }
    }

    /** When a server with no client became idle, and when it stops itself (times of day, this machine's zone). */
    public record IdleTime(LocalTime since, LocalTime stopsAt) {
        /** E.g. {@code idle since 14:02:10, stops at 14:07:10}. */
        public String describe() {
            return "idle since " + since + ", stops at " + stopsAt;
        }

        static IdleTime of(Instant since, Instant stopsAt) {
            return new IdleTime(LocalTime.ofInstant(since, ZoneId.systemDefault()).truncatedTo(ChronoUnit.SECONDS),
                    LocalTime.ofInstant(stopsAt, ZoneId.systemDefault()).truncatedTo(ChronoUnit.SECONDS));
        }
    }

    /** Every server left after {@link #prune()} (which says on standard error what it removed), by project folder. */
    public List<Listing> list() {
        pruneAndSay();
        try {
            List<Listing> all = new ArrayList<>();
            for (RegisteredServer server : registry.servers()) {
                all.add(listing(server));
            }
            all.sort(Comparator.comparing(Listing::projectDir));
            return all;
        } catch (IOException e) {
            throw new RetortException("cannot read the list of embedded PostgreSQL servers in " + registry.folder() + ": " + e, e);
        }
    }

    /**
     * Stops and removes every server whose project is gone, forgets servers whose data is gone,
     * and deletes lock files left without a data folder; returns the servers removed.
     */
    public List<Listing> prune() {
        try {
            List<Listing> removed = new ArrayList<>();
            for (RegisteredServer server : registry.servers()) {
                if (server.projectGone()) {
                    removed.add(listing(server));
                    remove(server);
                } else if (!Files.exists(server.dataDir())) {
                    registry.forget(server);
                }
            }
            removeStrayLockFiles();
            return removed;
        } catch (IOException e) {
            throw new RetortException("cannot prune the embedded PostgreSQL servers listed in " + registry.folder() + ": " + e, e);
        }
    }

    /**
     * {@link #prune()}, saying on standard error what it removed: what every command using the
     * server does first. Housekeeping, so a failure is reported there too and the command goes on.
     */
    static void pruneSaying() {
        try {
            ofThisUser().pruneAndSay();
        } catch (RetortException e) {
            System.err.println("retort: warning: " + e.getMessage());
        }
    }

    private void pruneAndSay() {
        for (Listing gone : prune()) {
            System.err.println("retort: the project " + gone.projectDir() + " is gone: stopped its embedded PostgreSQL"
                    + " and deleted its data in " + gone.dataDir());
        }
    }

    private Listing listing(RegisteredServer server) throws IOException {
        Path data = server.dataDir();
        Optional<PostmasterFile> process = Files.isDirectory(data)
                ? PostmasterFile.read(data).filter(PostmasterFile::alive) : Optional.empty();
        int port = process.map(PostmasterFile::port).filter(p -> p > 0).orElse(0);
        port = port > 0 ? port : RetortConf.port(data).orElse(0);
        IdleWatchdog watchdog = new IdleWatchdog(data);
        boolean watched = process.isPresent() && watchdog.watchdogProcess().isPresent();
        Optional<IdleTime> idle = watched ? watchdog.idle().map(i -> IdleTime.of(i.since(), i.deadline())) : Optional.empty();
        return new Listing(server.projectDir(), data, process.isPresent(), port, process.map(PostmasterFile::pid).orElse(0L),
                size(data), watched, idle);
    }

    private void remove(RegisteredServer server) throws IOException {
        Path lock = server.lockFile();
        if (Files.isDirectory(lock.getParent())) {
            ServerLock.holdingThenRemoving(lock, () -> {
                removeNow(server);
                return null;
            });
        } else {
            removeNow(server); // a normal user's project folder held the lock file, and the data
        }
    }

    private void removeNow(RegisteredServer server) throws IOException {
        Optional<Long> named = Files.isDirectory(server.dataDir())
                ? PostmasterFile.read(server.dataDir()).map(PostmasterFile::pid) : Optional.empty();
        new IdleWatchdog(server.dataDir()).endAll();
        for (long pid : Stream.concat(named.stream(), Stream.of(server.pid())).distinct().toList()) {
            stopProcess(pid, server.dataDir());
        }
        boolean ours = server.dataDir().startsWith(ServerLayout.ROOT_BASE) || Files.exists(server.dataDir().resolve("PG_VERSION"));
        if (Files.isDirectory(server.dataDir()) && ours) {
            PathUtils.deleteDirectory(server.dataDir());
        }
        registry.forget(server);
    }

    /**
     * Stops the postgres process {@code pid} if it serves {@code dataDir}, as {@code pg_ctl stop -m
     * fast} would (SIGINT), which also works when the data folder was deleted under it.
     */
    private static void stopProcess(long pid, Path dataDir) throws IOException {
        Optional<ProcessHandle> server = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().arguments().map(a -> List.of(a).contains(dataDir.toString())).orElse(false));
        if (server.isEmpty()) {
            return;
        }
        try {
            new ProcessBuilder("sh", "-c", "kill -INT \"$1\"", "sh", String.valueOf(pid)).inheritIO().start().waitFor();
            server.get().onExit().get(STOP_PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetortException("interrupted while stopping the embedded PostgreSQL " + pid, e);
        } catch (ExecutionException | TimeoutException e) {
            server.get().destroyForcibly();
        }
    }

    /** As root, lock files of data folders that no longer exist, which no command holds. */
    private void removeStrayLockFiles() throws IOException {
        Path shared = ServerLayout.ROOT_BASE.resolve("data");
        if (!account.isOtherAccount() || !Files.isDirectory(shared)) {
            return;
        }
        try (Stream<Path> files = Files.list(shared)) {
            for (Path lock : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".lock"))::iterator) {
                Path data = shared.resolve(lock.getFileName().toString().replaceFirst("\\.lock$", ""));
                ServerLock.removeIfFree(lock, () -> !Files.exists(data));
            }
        }
    }

    private static long size(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0; // removed meanwhile, e.g. a finished temporary file
                }
            }).sum();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }
}
