package io.retort.runtime;

import java.time.OffsetDateTime;

/**
 * One row of the history table: a step that finished and was committed. A step that failed is
 * rolled back with its transaction, so it leaves no row.
 *
 * @param id         the row's number, in the order the steps were recorded
 * @param revision   the revision's id
 * @param direction  {@code upgrade}, {@code downgrade}, {@code stamp}, or {@code validate} / {@code repair}
 *                   (a checksum recorded for an applied revision)
 * @param message    the revision's message when it ran; may be null
 * @param checksum   the checksum of the revision's source when it ran; null when none was recorded
 * @param startedAt  when the step started
 * @param finishedAt when it finished
 * @param durationMs how long it took, in milliseconds
 * @param appliedBy  the operating-system user and host that ran it: {@code user@host}
 * @param dbUser     the database role it ran as
 */
public record HistoryEntry(long id, String revision, String direction, String message, String checksum,
                           OffsetDateTime startedAt, OffsetDateTime finishedAt, long durationMs,
                           String appliedBy, String dbUser) {}
