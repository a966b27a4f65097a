package io.retort.autogen;

import io.retort.schema.DatabaseSchema;
import java.io.Serializable;
import java.util.List;

/**
 * A schema read from entities, with what a schema cannot hold.
 *
 * @param schema the tables, enum types and sequences the entities describe
 * @param renames the renames the entities declare
 */
public record ModelSchema(DatabaseSchema schema, List<ModelRename> renames) implements Serializable {
    public ModelSchema {
        renames = List.copyOf(renames);
    }
}
