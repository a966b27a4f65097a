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

    /** True when the model and the database match. */
    public boolean clean() {
        return diff.isEmpty();
    }

    /** One line per difference, naming the object; empty when clean. */
    public List<String> differences() {
        return diff.lines();
    }

    /** The warnings a person should read before running the generated operations (data loss, probable renames). */
    public List<String> warnings() {
        return diff.notes().stream().filter(n -> n.kind() != DiffNote.Kind.NOT_GENERATED).map(DiffNote::message).toList();
    }
}
