package io.retort.autogen;

import java.util.List;

/**
 * What comparing the entity model with a database found.
 *
 * @param diff what would turn the database into the model; empty when they match
 * @param compared the database compared with, for messages (never with a password)
 * @param timings how long each phase took
 */
public record CheckReport(SchemaDiff diff, String compared, AutogenTimings timings) {

    /** True when no operation would change the database: the model and the database match. */
    public boolean clean() {
        return diff.isEmpty();
    }

    /** One line per difference an operation would make, naming the object; empty when clean. */
    public List<String> differences() {
        return diff.differences();
    }

    /** The warnings a person should read before running the generated operations (data loss, probable renames). */
    public List<String> warnings() {
        return messages(DiffNote.Kind.DATA_LOSS, DiffNote.Kind.PROBABLE_RENAME);
    }

    /** Differences no operation expresses, left as they are (a person decides what to do). */
    public List<String> notGenerated() {
        return messages(DiffNote.Kind.NOT_GENERATED);
    }

    /** Tables whose columns are in another order than the model's; Retort never reorders columns. */
    public List<String> columnOrder() {
        return messages(DiffNote.Kind.COLUMN_ORDER);
    }

    private List<String> messages(DiffNote.Kind... kinds) {
        List<DiffNote.Kind> wanted = List.of(kinds);
        return diff.notes().stream().filter(n -> wanted.contains(n.kind())).map(DiffNote::message).toList();
    }
}
