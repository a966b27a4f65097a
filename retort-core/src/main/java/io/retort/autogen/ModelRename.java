package io.retort.autogen;

import java.io.Serializable;

/**
 * A table or column the model says was renamed ({@code @RenamedFrom}).
 *
 * @param schema the table's schema
 * @param table the table's name now
 * @param column the column's name now, or null when the table itself was renamed
 * @param from the former name of the table or column
 */
public record ModelRename(String schema, String table, String column, String from) implements Serializable {}
