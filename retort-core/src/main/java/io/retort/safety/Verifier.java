package io.retort.safety;

import io.retort.graph.RevisionGraph;
import io.retort.graph.RevisionNode;
import io.retort.runtime.MigrationEngine;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code retort verify}: on scratch databases, checks that the graph has a single head, that
 * upgrading from empty to head works, and the stairway: for each revision in order, up, down, up,
 * with a catalog snapshot (and every table's row count) before and after, so every downgrade must
 * restore exactly the schema and rows before it and the second upgrade must give the first one's.
 * It stops at the first revision that fails, whose database state later steps could not trust.
 */
public final class Verifier {
    private final MigrationEngine scratch;
    private final List<VerifyReport.Failure> failures = new ArrayList<>();

    private Verifier(MigrationEngine scratch) {
        this.scratch = scratch;
    }

    /**
     * Verifies {@code engine}'s revisions on two scratch databases beside its database, dropped
     * afterwards: one upgraded from empty to head at once, one walked up the stairway.
     */
    public static VerifyReport verify(MigrationEngine engine) {
        try (ScratchDatabase direct = ScratchDatabase.create(engine);
             ScratchDatabase stairs = ScratchDatabase.create(engine)) {
            return new Verifier(engine.on(stairs.database())).run(engine.on(direct.database()));
        }
    }

    private VerifyReport run(MigrationEngine direct) {
        RevisionGraph graph = scratch.graph();
        List<String> heads = graph.heads(true);
        if (heads.size() > 1) {
            fail(String.join(", ", heads), "single head", heads.size()
                    + " heads; merge them with 'retort merge heads -m ...'");
        }
        List<String> order = graph.upgrade(List.of(), "heads").revisionIds();
        if (!step("head", "upgrade from empty to head", () -> direct.upgrade("heads"))) {
            return report(order);
        }
        CatalogSnapshot head = snapshot(direct);
        for (String id : order) {
            if (!stair(graph.find(id).orElseThrow())) {
                return report(order);
            }
        }
        compare("head", "stairway's end against upgrade from empty to head", head, snapshot(scratch));
        return report(order);
    }

    /** One revision up, down and up again; false when it failed. */
    private boolean stair(RevisionNode revision) {
        String id = revision.id();
        int failed = failures.size();
        CatalogSnapshot before = snapshot(scratch);
        List<String> headsBefore = scratch.current();
        if (!step(id, "upgrade", () -> scratch.upgrade(id))) {
            return false;
        }
        CatalogSnapshot up = snapshot(scratch);
        String target = revision.downRevisions().isEmpty() ? "base" : revision.downRevisions().get(0);
        if (!step(id, "downgrade", () -> scratch.downgrade(target))) {
            return false;
        }
        // A downgrade to the parent also undoes the parent's other applied children (a branch): no comparison then.
        if (scratch.current().equals(headsBefore)) {
            compare(id, "downgrade", before, snapshot(scratch));
        }
        if (failures.size() > failed || !step(id, "upgrade after its downgrade", () -> scratch.upgrade(id))) {
            return false;
        }
        compare(id, "upgrade after its downgrade", up, snapshot(scratch));
        return failures.size() == failed;
    }

    private boolean step(String revision, String direction, Supplier<?> work) {
        try {
            work.get();
            return true;
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            fail(revision, direction, message.lines().findFirst().orElse(message));
            return false;
        }
    }

    private void compare(String revision, String direction, CatalogSnapshot expected, CatalogSnapshot actual) {
        expected.differences(actual).forEach(d -> fail(revision, direction, d));
    }

    private static CatalogSnapshot snapshot(MigrationEngine on) {
        try (Connection c = on.connect()) {
            return CatalogSnapshot.take(c);
        } catch (SQLException e) {
            throw new IllegalStateException("closing a connection to the scratch database", e);
        }
    }

    private void fail(String revision, String direction, String difference) {
        failures.add(new VerifyReport.Failure(revision, direction, difference));
    }

    private VerifyReport report(List<String> order) {
        return new VerifyReport(order.size(), failures);
    }
}
