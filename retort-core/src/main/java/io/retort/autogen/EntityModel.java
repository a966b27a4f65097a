// STUB: the model engineer's EntityModel replaces this file.
package io.retort.autogen;

import io.retort.dialect.Dialect;
import io.retort.schema.DatabaseSchema;
import java.nio.file.Path;

public final class EntityModel {
    private EntityModel() {}

    public static DatabaseSchema read(ModelSettings settings, Dialect dialect, Path cacheDir, ClassLoader parent) {
        throw new UnsupportedOperationException("STUB");
    }
}
