package io.retort.embedded;

import io.retort.RetortException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * Serialises "check, initdb, start" (and stop, reset, status) on one data folder across threads
 * and processes, so commands run at the same time end up sharing one server.
 */
final class ServerLock {
    private static final Duration PATIENCE = Duration.ofMinutes(2);
    private static final Duration POLL = Duration.ofMillis(50);

    /**
     * File locks belong to the process, and on Linux closing any channel on the file drops them
     * all, so threads of one JVM must not even open the lock file while another thread holds it.
     * One monitor for the whole JVM is enough: starting a server is rare and short.
     */
    private static final Object IN_THIS_JVM = new Object();

    /** Work done while holding the lock. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws IOException;
    }

    private ServerLock() {}

    static <T> T holding(Path lockFile, Work<T> work) throws IOException {
        synchronized (IN_THIS_JVM) {
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = acquire(channel, lockFile)) {
                return work.run();
            }
        }
    }

    private static FileLock acquire(FileChannel channel, Path lockFile) throws IOException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        for (FileLock lock = channel.tryLock(); ; lock = channel.tryLock()) {
            if (lock != null) {
                return lock;
            }
            if (System.nanoTime() > deadline) {
                throw new RetortException("another Retort command has held " + lockFile + " for "
                        + PATIENCE.toMinutes() + " minutes: wait for it to finish, or end it and retry");
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RetortException("interrupted while waiting for " + lockFile, e);
            }
        }
    }
}
