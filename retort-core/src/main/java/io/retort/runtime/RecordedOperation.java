package io.retort.runtime;

import io.retort.ops.Operation;

/**
 * One operation a migration asked for, recorded without a database.
 *
 * @param line the line of the revision file that asked for it (0 when unknown)
 * @param outsideTransaction whether it was asked inside {@code op.nonTransactional(...)}
 */
public record RecordedOperation(Operation operation, int line, boolean outsideTransaction) {}
