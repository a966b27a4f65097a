package io.retort.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * An environment's backup settings ({@code backup}, {@code backup_dir}, {@code backup_keep},
 * {@code pg_bin_dir} in retort.toml).
 *
 * @param beforeChanges whether upgrade, downgrade and stamp take a backup before they change anything
 * @param folder where backups go; empty for {@code .retort/backups} beside retort.toml
 * @param keep how many backups of one database to keep; older ones are deleted
 * @param programs the folder of {@code pg_dump} and {@code pg_restore}; empty to look for them on the machine
 */
public record BackupConfig(boolean beforeChanges, Optional<Path> folder, int keep, Optional<Path> programs) {
    /** How many backups are kept when {@code backup_keep} is not given. */
    public static final int DEFAULT_KEEP = 10;

    /** No backups before changes, the default folder, count and programs. */
    public static final BackupConfig DEFAULTS = new BackupConfig(false, Optional.empty(), DEFAULT_KEEP, Optional.empty());

    public BackupConfig {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(programs, "programs");
    }
}
