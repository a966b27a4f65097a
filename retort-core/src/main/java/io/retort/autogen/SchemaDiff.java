package io.retort.autogen;

import java.util.ArrayList;
import java.util.List;

/**
 * What it takes to turn one schema into another: the upgrade operations in dependency order, the
 * downgrade (each upgrade step's reverse, in reverse order) and the notes a person should read.
 *
 * @param upgrade the operations that turn the current schema into the desired one
 * @param downgrade the operations that turn it back
 * @param notes warnings (drops of data, probable renames) and differences left as they are
 * @param differences one line per difference the operations make, in their order
 */
public record SchemaDiff(List<io.retort.ops.Operation> upgrade, List<io.retort.ops.Operation> downgrade, List<DiffNote> notes,
        List<String> differences) {

    public SchemaDiff {
        upgrade = List.copyOf(upgrade);
        downgrade = List.copyOf(downgrade);
        notes = List.copyOf(notes);
        differences = List.copyOf(differences);
    }

    /** True when no operation is needed; notes about what is never generated (column order) do not count. */
    public boolean isEmpty() {
        return upgrade.isEmpty();
    }

    /**
     * One line per difference, naming the object ({@code add column account.nick},
     * {@code change index event_recent_ix on event}), then each difference left as it is.
     */
    public List<String> lines() {
        List<String> out = new ArrayList<>(differences);
        notes.stream().filter(n -> n.kind() == DiffNote.Kind.NOT_GENERATED || n.kind() == DiffNote.Kind.COLUMN_ORDER)
                .forEach(n -> out.add(n.message()));
        return List.copyOf(out);
    }
}
