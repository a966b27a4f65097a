package io.retort.autogen;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

/** Tables ordered so that each comes after the tables its foreign keys point at. */
final class DiffOrdering {
    private DiffOrdering() {}

    /** A foreign key's direction: table {@code from} points at table {@code to}. */
    record Reference(String from, String to) {}

    /**
     * The order, and the references that had to be left out of it because they close a cycle: those
     * foreign keys are added after all the tables (and dropped before them).
     */
    record Order(List<String> tables, Set<Reference> cyclic) {}

    /**
     * Orders {@code references} (each table to the tables it points at) referenced first; ties by
     * name. A table's references to itself and to tables not in the map do not constrain the order.
     */
    static Order referencedFirst(SortedMap<String, Set<String>> references) {
        List<String> order = new ArrayList<>();
        Set<Reference> cyclic = new LinkedHashSet<>();
        TreeSet<String> remaining = new TreeSet<>(references.keySet());
        while (!remaining.isEmpty()) {
            String next = remaining.stream().filter(t -> waitingOn(t, references, remaining).isEmpty()).findFirst()
                    .orElse(remaining.first());
            waitingOn(next, references, remaining).forEach(to -> cyclic.add(new Reference(next, to)));
            order.add(next);
            remaining.remove(next);
        }
        return new Order(List.copyOf(order), Set.copyOf(cyclic));
    }

    private static List<String> waitingOn(String table, Map<String, Set<String>> references, Set<String> remaining) {
        return references.get(table).stream().filter(to -> !to.equals(table) && remaining.contains(to)).sorted().toList();
    }
}
