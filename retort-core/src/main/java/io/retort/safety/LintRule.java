package io.retort.safety;

/**
 * What {@code retort lint} looks for: PostgreSQL's locking and rewriting rules, applied to the
 * operations a revision asks for. Each says why the operation is dangerous and what the safe form is.
 */
public enum LintRule {
    NOT_NULL_WITHOUT_DEFAULT("not-null-without-default", Severity.ERROR,
            "a NOT NULL column without a default fails on a table that has rows",
            "add it nullable, backfill it, then set NOT NULL behind a validated CHECK; or give it a constant default"),
    SET_NOT_NULL("set-not-null", Severity.WARNING,
            "SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock",
            "first add CHECK (col IS NOT NULL) NOT VALID and VALIDATE it; PostgreSQL then skips the scan"),
    INDEX_WITHOUT_CONCURRENTLY("index-without-concurrently", Severity.WARNING,
            "building or dropping an index without CONCURRENTLY blocks writes to the table until it finishes",
            "CreateIndex.on(...).concurrently() / DropIndex.of(...).concurrent(), inside op.nonTransactional(...)"),
    REWRITING_TYPE_CHANGE("rewriting-type-change", Severity.ERROR,
            "this type change rewrites the table and its indexes under an ACCESS EXCLUSIVE lock",
            "add a new column, backfill it in batches and switch over; only widening changes (varchar(n) to"
                    + " varchar(m>n) or text, a larger numeric precision, ...) are free, and need existingType to be seen"),
    CONSTRAINT_WITHOUT_NOT_VALID("constraint-without-not-valid", Severity.WARNING,
            "adding a foreign key or CHECK checks every row while holding a lock that blocks writes",
            "add it with .notValid(), then op.validateConstraint(...) in a later step, which does not block writes"),
    DROP_TABLE("drop-table", Severity.ERROR,
            "dropping a table loses its data and breaks code still reading it",
            "stop using it in the application first, back it up, and drop it in a later release"),
    DROP_COLUMN("drop-column", Severity.ERROR,
            "dropping a column loses its data and breaks code still reading it",
            "stop using it in the application first, then drop it in a later release"),
    RENAME_TABLE("rename-table", Severity.ERROR,
            "renaming a table breaks every running client that uses the old name",
            "create the new table (or a view with the new name), move the clients over, then drop the old one"),
    RENAME_COLUMN("rename-column", Severity.ERROR,
            "renaming a column breaks every running client that uses the old name",
            "add the new column, write both, backfill, move the clients over, then drop the old one"),
    STRUCTURE_AND_DATA("structure-and-data", Severity.WARNING,
            "changing structure and data in one revision holds structure locks while the data changes run",
            "put the data change in a revision of its own"),
    EMPTY_DOWNGRADE("empty-downgrade", Severity.WARNING,
            "the downgrade does nothing, so downgrading past this revision leaves its changes behind",
            "write the downgrade, or make it throw a RetortException saying why it cannot be undone"),
    NON_TRANSACTIONAL_IN_TRANSACTION("non-transactional-in-transaction", Severity.ERROR,
            "this statement cannot run inside a transaction, and this revision runs in one",
            "wrap it in op.nonTransactional(...), or declare the revision transactional = false"),
    UNCHECKED_SQL("unchecked-sql", Severity.INFO,
            "Retort cannot see inside raw SQL, so it is unchecked (not known to be safe)",
            "use a typed operation where one exists, or review the SQL and suppress this");

    private final String ruleName;
    private final Severity severity;
    private final String danger;
    private final String safeForm;

    LintRule(String ruleName, Severity severity, String danger, String safeForm) {
        this.ruleName = ruleName;
        this.severity = severity;
        this.danger = danger;
        this.safeForm = safeForm;
    }

    /** The name used in output and in {@code // retort:allow <name> reason}. */
    public String ruleName() {
        return ruleName;
    }

    public Severity severity() {
        return severity;
    }

    public String danger() {
        return danger;
    }

    public String safeForm() {
        return safeForm;
    }

    /** How bad a finding is: an error may refuse an upgrade (environment {@code lint = "error"}). */
    public enum Severity { ERROR, WARNING, INFO }
}
