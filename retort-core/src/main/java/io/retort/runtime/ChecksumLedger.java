package io.retort.runtime;

import io.retort.dialect.Statement;
import io.retort.graph.MigrationStep;
import io.retort.graph.RevisionGraph;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares the checksums the history table recorded for applied revisions with the revision
 * files as they are now, and records the current ones after a human has looked.
 */
final class ChecksumLedger {
    private final HistoryTable history;
    private final VersionTable versions;
    private final RevisionStore store;
    private final RevisionGraph graph;

    ChecksumLedger(HistoryTable history, VersionTable versions, RevisionStore store, RevisionGraph graph) {
        this.history = history;
        this.versions = versions;
        this.store = store;
        this.graph = graph;
    }

    /** The mismatches, and in {@code recorded} the applied revisions that have no checksum yet (nothing is written). */
    ChecksumReport check(Connection c) throws SQLException {
        Map<String, Optional<String>> recordedSums = history.appliedChecksums(c);
        List<ChecksumReport.Problem> problems = new ArrayList<>();
        List<String> unrecorded = new ArrayList<>();
        Set<String> applied = applied(c, problems);
        for (String id : applied) {
            Optional<String> recorded = recordedSums.getOrDefault(id, Optional.empty());
            String current = store.checksum(id);
            if (recorded.isEmpty()) {
                if (current != null) {
                    unrecorded.add(id);
                }
            } else if (!RecordedChecksum.known(recorded.get())) {
                problems.add(new ChecksumReport.Problem(id, origin(id), ChecksumReport.Kind.UNKNOWN_ALGORITHM));
            } else if (current != null && !RecordedChecksum.matches(recorded.get(), current)) {
                problems.add(new ChecksumReport.Problem(id, origin(id), ChecksumReport.Kind.CHANGED));
            }
        }
        for (String id : recordedSums.keySet()) {
            if (graph.find(id).isEmpty() && problems.stream().noneMatch(p -> p.revision().equals(id))) {
                problems.add(new ChecksumReport.Problem(id, "", ChecksumReport.Kind.MISSING));
            }
        }
        return new ChecksumReport(problems, unrecorded);
    }

    /** The applied revisions the graph knows; version-table rows it does not know are reported as missing. */
    private Set<String> applied(Connection c, List<ChecksumReport.Problem> problems) throws SQLException {
        List<String> known = new ArrayList<>();
        for (String head : versions.read(c)) {
            if (graph.find(head).isPresent()) {
                known.add(head);
            } else {
                problems.add(new ChecksumReport.Problem(head, "", ChecksumReport.Kind.MISSING));
            }
        }
        Set<String> applied = new LinkedHashSet<>();
        for (MigrationStep step : graph.downgrade(known, "base").steps()) {
            applied.add(step.revision().id());
        }
        return applied;
    }

    private String origin(String id) {
        return graph.find(id).map(n -> n.origin()).orElse("");
    }

    /** Rows recording each revision's current checksum, {@code direction} saying why ({@code repair} or {@code validate}). */
    List<Statement> record(Collection<String> ids, String direction, String appliedBy) {
        OffsetDateTime now = OffsetDateTime.now();
        List<Statement> rows = new ArrayList<>();
        for (String id : ids) {
            String message = graph.find(id).map(n -> n.message()).orElse(null);
            rows.add(history.record(id, direction, message, store.checksum(id), now, now, appliedBy));
        }
        return rows;
    }
}
