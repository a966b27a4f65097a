// STUB: the differ engineer's DiffNote replaces this file.
package io.retort.autogen;

import io.retort.ops.Operation;

public record DiffNote(Kind kind, String message, Operation operation) {
    public enum Kind { DATA_LOSS, PROBABLE_RENAME, NOT_GENERATED }
}
