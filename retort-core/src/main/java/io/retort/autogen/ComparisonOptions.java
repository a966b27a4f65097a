package io.retort.autogen;

/**
 * What a {@link SchemaComparison} may overlook. {@link #strict()} overlooks nothing.
 *
 * @param ignoreColumnOrder compare each table's columns as a set: a downgrade that drops and adds
 *     a column back restores the column but not its position
 * @param ignoreSequenceDataType overlook a sequence's data type, and its MINVALUE/MAXVALUE where
 *     each is the default bound of its own type (an {@code integer} sequence ending at 2147483647
 *     then matches a {@code bigint} one ending at 9223372036854775807)
 */
public record ComparisonOptions(boolean ignoreColumnOrder, boolean ignoreSequenceDataType) {

    /** Every difference counts. */
    public static ComparisonOptions strict() {
        return new ComparisonOptions(false, false);
    }

    /** These options, overlooking column order. */
    public ComparisonOptions ignoringColumnOrder() {
        return new ComparisonOptions(true, ignoreSequenceDataType);
    }

    /** These options, overlooking sequences' data types and their types' default bounds. */
    public ComparisonOptions ignoringSequenceDataType() {
        return new ComparisonOptions(ignoreColumnOrder, true);
    }
}
