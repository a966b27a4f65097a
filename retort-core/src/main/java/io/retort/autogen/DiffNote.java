package io.retort.autogen;

import io.retort.ops.Operation;
import java.util.Objects;

/**
 * Something about a diff that a person should read: a warning the console prints and the generated
 * code carries as a comment above {@code operation}, or a difference the differ reports but does not
 * turn into an operation (then {@code operation} is null).
 *
 * @param kind what sort of note this is
 * @param message one line, naming the object
 * @param operation the upgrade or downgrade operation the note is about, or null
 */
public record DiffNote(Kind kind, String message, Operation operation) {

    /** The sorts of note. */
    public enum Kind {
        /** The operation drops data (a table or a column), or restores only the structure of what was dropped. */
        DATA_LOSS,
        /** A dropped and an added column of one type in one table, written as drop + add; {@code @RenamedFrom} makes it a rename. */
        PROBABLE_RENAME,
        /** A difference left as it is: an option no operation expresses. */
        NOT_GENERATED,
        /** Columns in another order than the model's, which Retort never changes. */
        COLUMN_ORDER
    }

    public DiffNote {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }
}
