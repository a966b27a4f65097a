package io.retort.bench;

import java.util.Arrays;
import java.util.List;

/**
 * What {@code --fleet SCHEMAS:LEVELS} asks for: {@code schemas} tenant schemas brought to
 * SmartEM's head once per parallelism in {@code levels}; 0 schemas measures nothing.
 */
record FleetPlan(int schemas, List<Integer> levels) {
    static final FleetPlan NONE = new FleetPlan(0, List.of());
    /** The fleet: 200 schemas, serial against {@code --parallel} 2, 4 and 8. */
    static final FleetPlan DEFAULT = new FleetPlan(200, List.of(1, 2, 4, 8));

    FleetPlan {
        levels = List.copyOf(levels);
    }

    /** {@code 200:1,2,4,8}; {@code 0} alone is {@link #NONE}. */
    static FleetPlan parse(String text) {
        try {
            return parseNumbers(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--fleet " + text + ": give SCHEMAS:LEVELS as numbers, e.g. 200:1,2,4,8", e);
        }
    }

    private static FleetPlan parseNumbers(String text) {
        String[] parts = text.split(":", 2);
        int schemas = Integer.parseInt(parts[0].strip());
        if (schemas == 0) {
            return NONE;
        }
        if (parts.length < 2 || schemas < 0) {
            throw new IllegalArgumentException("--fleet " + text + ": give SCHEMAS:LEVELS, e.g. 200:1,2,4,8");
        }
        List<Integer> levels = Arrays.stream(parts[1].split(",")).map(String::strip).map(Integer::parseInt).toList();
        if (levels.stream().anyMatch(n -> n < 1)) {
            throw new IllegalArgumentException("--fleet " + text + ": every parallelism is at least 1");
        }
        return new FleetPlan(schemas, levels);
    }

    boolean measures() {
        return schemas > 0 && !levels.isEmpty();
    }
}
