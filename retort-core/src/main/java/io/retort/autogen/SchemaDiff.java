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
 */
public record SchemaDiff(List<io.retort.ops.Operation> upgrade, List<io.retort.ops.Operation> downgrade, List<DiffNote> notes) {

    public SchemaDiff {
        upgrade = List.copyOf(upgrade);
        downgrade = List.copyOf(downgrade);
        notes = List.copyOf(notes);
    }

    /** True when no operation is needed; notes about what is never generated (column order) do not count. */
    public boolean isEmpty() {
        return upgrade.isEmpty();
    }

    /**
     * One line per difference, naming the object: each upgrade operation in words
     * ({@code add column account.nick}), then each difference left as it is.
     */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        upgrade.forEach(op -> out.add(DiffDescriptions.of(op)));
        notes.stream().filter(n -> n.kind() == DiffNote.Kind.NOT_GENERATED).forEach(n -> out.add(n.message()));
        return List.copyOf(out);
    }
}
