// STUB: the differ engineer's SchemaDiff replaces this file.
package io.retort.autogen;

import io.retort.ops.Operation;
import java.util.List;

public record SchemaDiff(List<Operation> upgrade, List<Operation> downgrade, List<DiffNote> notes) {
    public boolean isEmpty() {
        return upgrade.isEmpty();
    }

    public List<String> lines() {
        return List.of();
    }
}
