package io.retort.runtime;

import java.util.List;
import java.util.Optional;

/**
 * A revision's upgrade and downgrade as the operations they ask for, recorded without a database.
 *
 * @param origin the revision's file (or its index entry, when precompiled)
 * @param transactional the header's {@code transactional}
 * @param incomplete why recording stopped early (the migration read the database or failed), or empty
 */
public record RecordedRevision(String id, String origin, boolean transactional, List<RecordedOperation> upgrade,
                               List<RecordedOperation> downgrade, Optional<String> incomplete) {
    public RecordedRevision {
        upgrade = List.copyOf(upgrade);
        downgrade = List.copyOf(downgrade);
    }
}
