package io.retort.schema;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/** Unmodifiable, name-sorted copies for the model's records. */
final class Sorted {
    private Sorted() {}

    static <V> SortedMap<String, V> copyOf(Map<String, V> map) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(map));
    }

    static SortedSet<String> copyOf(Collection<String> names) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(names));
    }

    /** Indexes {@code values} by name; names must be unique. */
    static <V> SortedMap<String, V> byName(Collection<V> values, Function<V, String> name) {
        TreeMap<String, V> map = new TreeMap<>();
        for (V value : values) {
            if (map.put(name.apply(value), value) != null) {
                throw new IllegalArgumentException("duplicate name " + name.apply(value));
            }
        }
        return Collections.unmodifiableSortedMap(map);
    }
}
