package io.retort.runtime;

/**
 * Where a run commits.
 *
 * <ul>
 *   <li>{@link #RUN}: the whole run is one transaction; a failure leaves the database as it was.
 *   <li>{@link #MIGRATION}: each revision commits with its version-table change; a failure leaves
 *       the database at the last revision that completed.
 * </ul>
 *
 * In both modes a revision marked {@code transactional = false}, or a
 * {@code op.nonTransactional} block, commits what came before it and runs in autocommit.
 */
public enum TransactionMode {
    RUN,
    MIGRATION;

    /** Parses {@code run} or {@code migration}, as written in {@code retort.toml}. */
    public static TransactionMode parse(String text) {
        return switch (text == null ? "run" : text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "run" -> RUN;
            case "migration" -> MIGRATION;
            default -> throw new io.retort.RetortException(
                    "transaction_per must be 'run' or 'migration', not '" + text + "'");
        };
    }
}
