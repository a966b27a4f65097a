package io.retort.autogen;

import io.retort.ops.Operation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** The steps a diff has found so far, each an upgrade with its reverse, and the notes. */
final class DiffPlan {

    /** Operations that go together, their reverse, where in the upgrade they belong, and the difference in words (or null). */
    record Step(DiffPhase phase, String line, List<Operation> up, List<Operation> down) {}

    private final List<Step> steps = new ArrayList<>();
    private final List<DiffNote> notes = new ArrayList<>();

    /** A step whose difference is said by its first operation ({@code add table account}). */
    void add(DiffPhase phase, List<Operation> up, List<Operation> down) {
        add(phase, DiffDescriptions.of(up.get(0)), up, down);
    }

    /** A step with its own line, or none when another step's line covers it. */
    void add(DiffPhase phase, String line, List<Operation> up, List<Operation> down) {
        steps.add(new Step(phase, line, List.copyOf(up), List.copyOf(down)));
    }

    void add(DiffPhase phase, Operation up, Operation down) {
        add(phase, List.of(up), List.of(down));
    }

    void note(DiffNote.Kind kind, String message, Operation operation) {
        notes.add(new DiffNote(kind, message, operation));
    }

    /** Steps in phase order (stable within a phase); the downgrade is every step's reverse, last step first. */
    SchemaDiff build() {
        List<Step> ordered = new ArrayList<>(steps);
        ordered.sort(Comparator.comparing(Step::phase));
        List<Operation> upgrade = new ArrayList<>();
        ordered.forEach(s -> upgrade.addAll(s.up()));
        List<Operation> downgrade = new ArrayList<>();
        for (int i = ordered.size() - 1; i >= 0; i--) {
            downgrade.addAll(ordered.get(i).down());
        }
        List<String> lines = ordered.stream().map(Step::line).filter(Objects::nonNull).toList();
        return new SchemaDiff(upgrade, downgrade, notes, lines);
    }
}
