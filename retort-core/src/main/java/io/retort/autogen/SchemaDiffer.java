// STUB: the differ engineer's SchemaDiffer replaces this file.
package io.retort.autogen;

import io.retort.schema.DatabaseSchema;

public final class SchemaDiffer {
    private SchemaDiffer() {}

    public static SchemaDiff between(DatabaseSchema current, DatabaseSchema desired, DiffOptions options) {
        throw new UnsupportedOperationException("STUB");
    }
}
