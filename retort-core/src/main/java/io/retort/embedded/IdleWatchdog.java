package io.retort.embedded;

import io.retort.RetortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stops a server that has had no client for the idle time. The server outlives Retort, so the
 * watchdog must too: a POSIX shell loop, started detached next to each server Retort starts (a
 * second JVM would cost some 40 MB for every server). Every few seconds it looks for client
 * backends among the server's child processes in {@code /proc} (PostgreSQL names them
 * {@code postgres: user db 127.0.0.1(port) ...} or {@code [local]}), so it is no client itself, and
 * it ends when the server does. Short Retort commands that come and go between two looks leave a
 * mark file instead. It also stops the server at once when the project is gone.
 *
 * <p>Stopping races with a command that has just been handed the URL. Both sides write first and
 * read second: Retort writes {@code retort.used}, then waits while {@code retort.stopping} exists;
 * the watchdog writes {@code retort.stopping}, then looks for {@code retort.used} and clients once
 * more before it runs {@code pg_ctl stop}. Either the watchdog sees the command, or the command
 * sees the stop and starts the server again.
 */
final class IdleWatchdog {
    static final String NAME = "retort-watchdog";
    private static final Duration LONGEST_POLL = Duration.ofSeconds(15);
    private static final Duration PATIENCE = Duration.ofMinutes(2);
    private static final String SCRIPT = """
            data=$1 pid=$2 idle=$3 poll=$4 project=$5
            shift 5
            trap '' HUP INT QUIT TSTP
            cd "$data" || exit 1
            clients() {
              for s in /proc/[0-9]*/stat; do
                read -r line < "$s" || continue
                set -- ${line##*") "}
                [ "$2" = "$pid" ] || continue
                grep -qa -e '127\\.0\\.0\\.1(' -e '\\[local\\]' "${s%stat}cmdline" && return 0
              done
              return 1
            }
            busy() {
              [ -e "$project" ] || return 1
              if [ -e retort.used ]; then rm -f retort.used; return 0; fi
              clients
            }
            since=
            while sleep "$poll"; do
              read -r owner < postmaster.pid || break
              [ "$owner" = "$pid" ] && kill -0 "$pid" || break
              if busy; then since=; rm -f retort.idle; continue; fi
              now=$(date +%s)
              if [ -z "$since" ]; then since=$now; echo "$since $((since + idle))" > retort.idle; fi
              [ -e "$project" ] && [ $((now - since)) -lt "$idle" ] && continue
              : > retort.stopping
              if busy; then since=; rm -f retort.stopping retort.idle; continue; fi
              "$@"
              rm -f retort.stopping
              break
            done
            rm -f retort.idle
            [ "$(cat retort.watchdog)" = "$$" ] && rm -f retort.watchdog
            """;

    /** When the server became idle, and when it will stop if no client comes. */
    record Idle(Instant since, Instant deadline) {}

    private final Path dataDir;

    IdleWatchdog(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** Whether this system lets the watchdog see the server's clients. */
    static boolean supported() {
        return Files.isDirectory(Path.of("/proc/self"));
    }

    /**
     * Marks that a command is about to use the server, then waits if the watchdog is stopping it
     * right now; afterwards the caller finds the server running or stopped, never stopping.
     */
    void markUse() throws IOException {
        if (!Files.isDirectory(dataDir)) {
            return;
        }
        Files.writeString(dataDir.resolve("retort.used"), "");
        Path stopping = dataDir.resolve("retort.stopping");
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (Files.exists(stopping) && watchdogProcess().isPresent() && System.nanoTime() < deadline) {
            pause();
        }
        Files.deleteIfExists(stopping);
    }

    /**
     * Makes sure one watchdog with {@code idle} watches the server process {@code serverPid}: keeps
     * a matching one, replaces one watching another process or with another idle time.
     */
    void ensure(long serverPid, Duration idle, Path projectMark, List<String> stopCommand, PostgresPrograms programs)
            throws IOException {
        List<String> arguments = new ArrayList<>(List.of(SCRIPT, NAME, dataDir.toString(), String.valueOf(serverPid),
                String.valueOf(idle.toSeconds()), String.valueOf(pollSeconds(idle)), projectMark.toString()));
        arguments.addAll(stopCommand);
        Optional<ProcessHandle> running = watchdogProcess();
        if (running.isPresent() && running.get().info().arguments().map(a -> endsWith(List.of(a), arguments)).orElse(false)) {
            return;
        }
        running.ifPresent(ProcessHandle::destroy);
        if (idle.isZero() || !supported()) {
            return;
        }
        List<String> command = new ArrayList<>();
        ServerAccount.Nobody.onPath("setsid").ifPresent(setsid -> command.add(setsid.toString()));
        command.addAll(List.of("sh", "-c"));
        command.addAll(arguments);
        Process watchdog = programs.builder(command)
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        Files.writeString(pidFile(), watchdog.pid() + "\n");
    }

    /** The idle time's start and end, while the server runs with no client. */
    Optional<Idle> idle() {
        try {
            String[] fields = Files.readString(dataDir.resolve("retort.idle")).trim().split(" ");
            return Optional.of(new Idle(Instant.ofEpochSecond(Long.parseLong(fields[0])),
                    Instant.ofEpochSecond(Long.parseLong(fields[1]))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // none yet, or being rewritten
        }
    }

    /** The watchdog named in the data folder, if it still runs. */
    Optional<ProcessHandle> watchdogProcess() {
        try {
            long pid = Long.parseLong(Files.readString(pidFile()).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().arguments().map(a -> List.of(a).contains(NAME)).orElse(false));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Ends every watchdog of this data folder: for when Retort stops the server itself. */
    void endAll() {
        ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(a -> List.of(a).contains(NAME) && List.of(a).contains(dataDir.toString()))
                        .orElse(false))
                .forEach(ProcessHandle::destroy);
    }

    private Path pidFile() {
        return dataDir.resolve("retort.watchdog");
    }

    /** A tenth of the idle time, within 1 to 15 seconds. */
    private static long pollSeconds(Duration idle) {
        return Math.max(1, Math.min(LONGEST_POLL.toSeconds(), idle.toSeconds() / 10));
    }

    private static boolean endsWith(List<String> all, List<String> end) {
        return all.size() >= end.size() && all.subList(all.size() - end.size(), all.size()).equals(end);
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetortException("interrupted while the embedded PostgreSQL was stopping", e);
        }
    }
}
