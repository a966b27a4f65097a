package io.retort.schema;

import java.util.Map;

/** A sequence's MINVALUE and MAXVALUE with the default bounds of its own data type read as "default". */
final class SequenceBounds {
    private SequenceBounds() {}

    private static final String DEFAULT = "default";

    /** The largest value of each sequence data type; its smallest is {@code -max - 1}. */
    private static final Map<String, Long> TYPE_MAX = Map.of(
            "smallint", (long) Short.MAX_VALUE, "integer", (long) Integer.MAX_VALUE, "bigint", Long.MAX_VALUE);

    /** {@code default} for NO MINVALUE: 1 when ascending, the type's minimum when descending. */
    static Object minValue(SequenceDef sequence) {
        long bound = sequence.increment() > 0 ? 1 : -typeMax(sequence) - 1;
        return sequence.minValue() == bound ? DEFAULT : sequence.minValue();
    }

    /** {@code default} for NO MAXVALUE: the type's maximum when ascending, -1 when descending. */
    static Object maxValue(SequenceDef sequence) {
        long bound = sequence.increment() > 0 ? typeMax(sequence) : -1;
        return sequence.maxValue() == bound ? DEFAULT : sequence.maxValue();
    }

    /** {@code sequence} with its data type left out and its type's default bounds written as one marker value. */
    static SequenceDef withoutDataType(SequenceDef sequence) {
        return new SequenceDef(sequence.schema(), sequence.name(), "", sequence.start(), sequence.increment(),
                marked(minValue(sequence)), marked(maxValue(sequence)), sequence.cache(), sequence.cycle(), sequence.ownedBy());
    }

    private static long marked(Object bound) {
        return bound instanceof Long value ? value : Long.MIN_VALUE;
    }

    private static long typeMax(SequenceDef sequence) {
        Long max = TYPE_MAX.get(sequence.dataType());
        if (max == null) {
            throw new IllegalArgumentException("sequence " + sequence.name() + " has unknown data type " + sequence.dataType());
        }
        return max;
    }
}
