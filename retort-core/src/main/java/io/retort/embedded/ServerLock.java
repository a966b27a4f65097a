package io.retort.embedded;

import io.retort.RetortException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Optional;

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
        return holding(lockFile, false, work);
    }

    /**
     * Runs {@code work} holding the lock, then deletes the lock file before letting go: for a
     * server whose data is gone, so that lock files do not pile up in a shared folder.
     */
    static <T> T holdingThenRemoving(Path lockFile, Work<T> work) throws IOException {
        return holding(lockFile, true, work);
    }

    private static <T> T holding(Path lockFile, boolean remove, Work<T> work) throws IOException {
        synchronized (IN_THIS_JVM) {
            while (true) {
                try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                    Optional<Object> opened = fileKey(lockFile);
                    try (FileLock lock = acquire(channel, lockFile)) {
                        if (opened.isEmpty() || !opened.equals(fileKey(lockFile))) {
                            continue; // deleted by its last holder while we waited: lock the file that is there now
                        }
                        T result = work.run();
                        if (remove) {
                            Files.deleteIfExists(lockFile);
                        }
                        return result;
                    }
                }
            }
        }
    }

    /** Deletes {@code lockFile} if no one holds it and, checked while holding it, {@code unused} says so. */
    static void removeIfFree(Path lockFile, Work<Boolean> unused) throws IOException {
        synchronized (IN_THIS_JVM) {
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
                    FileLock lock = channel.tryLock()) {
                if (lock != null && unused.run()) {
                    Files.deleteIfExists(lockFile);
                }
            } catch (NoSuchFileException e) {
                // deleted meanwhile
            }
        }
    }

    /**
     * The identity (device and inode) of the file {@code lockFile} names now, found without
     * opening it: closing any descriptor of a file would let go of this process's lock on it. A
     * holder may delete the file, and whoever waited on it then holds a lock on a file no one else
     * can find; comparing identities tells.
     */
    private static Optional<Object> fileKey(Path lockFile) throws IOException {
        try {
            return Optional.ofNullable(Files.readAttributes(lockFile, BasicFileAttributes.class).fileKey());
        } catch (NoSuchFileException e) {
            return Optional.empty();
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
