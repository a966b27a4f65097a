package io.retort.safety;

import io.retort.ops.Column;
import io.retort.ops.Constraint;
import io.retort.ops.Operation;
import io.retort.runtime.RecordedOperation;
import io.retort.runtime.RecordedRevision;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules applied to one recorded revision. A table is "existing" unless this revision created
 * it before the operation: only then can it hold rows and readers.
 */
final class RevisionLint {
    private static final Pattern NOT_NULL_CHECK = Pattern.compile(
            "^\\(*\\s*\"?([A-Za-z_][A-Za-z0-9_$]*)\"?\\s+IS\\s+NOT\\s+NULL\\s*\\)*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATA_SQL = Pattern.compile(
            "^\\s*(INSERT|UPDATE|DELETE|MERGE|COPY)\\b", Pattern.CASE_INSENSITIVE);

    private final RecordedRevision revision;
    private final List<LintFinding> findings = new ArrayList<>();
    private final Set<String> newTables = new HashSet<>();
    private final Set<String> newIndexes = new HashSet<>();
    /** Not-null CHECKs added in this revision: constraint name → table.column. */
    private final Map<String, String> notNullChecks = new HashMap<>();
    private final Set<String> validatedNotNull = new HashSet<>();

    private RevisionLint(RecordedRevision revision) {
        this.revision = revision;
    }

    static List<LintFinding> check(RecordedRevision revision, int downgradeLine) {
        RevisionLint lint = new RevisionLint(revision);
        revision.upgrade().forEach(lint::check);
        lint.mixedStructureAndData();
        if (!revision.upgrade().isEmpty() && revision.downgrade().isEmpty() && revision.incomplete().isEmpty()) {
            lint.findings.add(new LintFinding(revision.id(), revision.origin(), downgradeLine, "downgrade",
                    LintRule.EMPTY_DOWNGRADE));
        }
        return lint.findings;
    }

    private void check(RecordedOperation recorded) {
        Operation op = recorded.operation();
        if (op instanceof Operation.CreateTable t) {
            newTables.add(key(t.name()));
        } else if (op instanceof Operation.AddColumn a) {
            Column c = a.column();
            if (existing(a.table()) && !c.nullable() && c.serverDefault() == null && c.identity() == null) {
                find(recorded, LintRule.NOT_NULL_WITHOUT_DEFAULT);
            }
        } else if (op instanceof Operation.AlterColumn a) {
            alterColumn(recorded, a);
        } else if (op instanceof Operation.CreateIndex i) {
            newIndexes.add(key(i.name() == null ? "" : i.name()));
            if (existing(i.table()) && !i.concurrent()) {
                find(recorded, LintRule.INDEX_WITHOUT_CONCURRENTLY);
            }
            outsideTransaction(recorded, i.concurrent());
        } else if (op instanceof Operation.DropIndex d) {
            if (!d.concurrently() && !newIndexes.contains(key(d.name())) && (d.table() == null || existing(d.table()))) {
                find(recorded, LintRule.INDEX_WITHOUT_CONCURRENTLY);
            }
            outsideTransaction(recorded, d.concurrently());
        } else if (op instanceof Operation.AddConstraint a) {
            addConstraint(recorded, a);
        } else if (op instanceof Operation.ValidateConstraint v) {
            String column = notNullChecks.get(key(v.name()));
            if (column != null) {
                validatedNotNull.add(column);
            }
        } else if (op instanceof Operation.DropTable d && existing(d.name())) {
            find(recorded, LintRule.DROP_TABLE);
        } else if (op instanceof Operation.DropColumn d && existing(d.table())) {
            find(recorded, LintRule.DROP_COLUMN);
        } else if (op instanceof Operation.RenameTable r && existing(r.name())) {
            find(recorded, LintRule.RENAME_TABLE);
        } else if (op instanceof Operation.Execute) {
            find(recorded, LintRule.UNCHECKED_SQL);
        }
    }

    private void alterColumn(RecordedOperation recorded, Operation.AlterColumn a) {
        if (!existing(a.table())) {
            return;
        }
        if (Boolean.FALSE.equals(a.nullable()) && !Boolean.FALSE.equals(a.existingNullable())
                && !validatedNotNull.contains(key(a.table()) + "." + key(a.column()))) {
            find(recorded, LintRule.SET_NOT_NULL);
        }
        if (a.type() != null && (a.using() != null || a.existingType() == null
                || !TypeChanges.withoutRewrite(a.existingType(), a.type()))) {
            find(recorded, LintRule.REWRITING_TYPE_CHANGE);
        }
        if (a.newName() != null) {
            find(recorded, LintRule.RENAME_COLUMN);
        }
    }

    private void addConstraint(RecordedOperation recorded, Operation.AddConstraint a) {
        Constraint c = a.constraint();
        boolean validatesNow = c instanceof Constraint.ForeignKey fk && !fk.skipValidation()
                || c instanceof Constraint.Check ck && !ck.skipValidation();
        if (existing(a.table()) && validatesNow) {
            find(recorded, LintRule.CONSTRAINT_WITHOUT_NOT_VALID);
        }
        if (c instanceof Constraint.Check ck) {
            Matcher m = NOT_NULL_CHECK.matcher(ck.expression().strip());
            if (m.matches()) {
                String column = key(a.table()) + "." + key(m.group(1));
                if (ck.skipValidation()) {
                    notNullChecks.put(key(ck.name() == null ? "" : ck.name()), column);
                } else {
                    validatedNotNull.add(column);
                }
            }
        }
    }

    private void outsideTransaction(RecordedOperation recorded, boolean needsIt) {
        if (needsIt && revision.transactional() && !recorded.outsideTransaction()) {
            find(recorded, LintRule.NON_TRANSACTIONAL_IN_TRANSACTION);
        }
    }

    /** Structure and data in one upgrade: reported at the first data operation. */
    private void mixedStructureAndData() {
        RecordedOperation firstData = null;
        boolean structure = false;
        for (RecordedOperation r : revision.upgrade()) {
            boolean data = r.operation() instanceof Operation.BulkInsert
                    || r.operation() instanceof Operation.Execute e && DATA_SQL.matcher(e.sql()).find();
            if (data && firstData == null) {
                firstData = r;
            }
            structure |= !data && !(r.operation() instanceof Operation.Execute);
        }
        if (firstData != null && structure) {
            find(firstData, LintRule.STRUCTURE_AND_DATA);
        }
    }

    private boolean existing(String table) {
        return !newTables.contains(key(table));
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private void find(RecordedOperation recorded, LintRule rule) {
        findings.add(new LintFinding(revision.id(), revision.origin(), recorded.line(),
                OperationLabel.of(recorded.operation()), rule));
    }
}
