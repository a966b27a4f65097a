package io.retort.fleet;

import io.retort.JsonText;
import io.retort.graph.RevisionGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Where each target of a fleet is: its version table (read once each, {@code parallel} at a time),
 * whether it is behind the heads, and its last outcome in the ledger.
 */
public final class FleetStatus {
    private FleetStatus() {}

    /**
     * One target's row.
     *
     * @param current the version table's rows; empty at base, or when it could not be read
     * @param error why the version table could not be read; empty when it was
     * @param last the last outcome the ledger holds for the target
     */
    public record Row(String target, List<String> current, boolean behind, String error, Optional<TargetOutcome> last) {}

    public static List<Row> read(List<FleetTarget> targets, Function<FleetTarget, TargetDatabase> databases,
                                 RevisionGraph graph, FleetLedger ledger, int parallel) {
        Map<String, TargetOutcome> last = ledger.lastOutcomes();
        TargetAction toHeads = TargetAction.upgrade(graph, "heads");
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(parallel, targets.size())));
        try {
            List<Future<Row>> rows = targets.stream().map(t -> pool.submit(() -> {
                Optional<TargetOutcome> outcome = Optional.ofNullable(last.get(t.name()));
                try {
                    List<String> current = databases.apply(t).current();
                    return new Row(t.name(), current, toHeads.needed(current), "", outcome);
                } catch (RuntimeException e) {
                    return new Row(t.name(), List.of(), true, String.valueOf(e.getMessage()).lines().findFirst().orElse(""), outcome);
                }
            })).toList();
            List<Row> out = new ArrayList<>();
            for (Future<Row> f : rows) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new io.retort.RetortException("interrupted while reading the fleet's status");
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** A table: target, current, behind or at head, last outcome and its duration. */
    public static String table(List<Row> rows) {
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"TARGET", "CURRENT", "STATE", "LAST RUN", "DURATION"});
        for (Row r : rows) {
            cells.add(new String[] {r.target(), r.error().isEmpty() ? TargetOutcome.revisions(r.current()) : "?",
                    !r.error().isEmpty() ? "unreachable: " + r.error() : r.behind() ? "behind" : "at head",
                    r.last().map(o -> o.result().label() + (o.error().isEmpty() ? "" : ": " + o.error())).orElse("-"),
                    r.last().map(o -> seconds(o)).orElse("-")});
        }
        int[] width = new int[5];
        cells.forEach(c -> {
            for (int i = 0; i < 4; i++) {
                width[i] = Math.max(width[i], c[i].length());
            }
        });
        StringBuilder out = new StringBuilder();
        for (String[] c : cells) {
            out.append(String.format(Locale.ROOT, "%-" + width[0] + "s  %-" + width[1] + "s  %-" + width[2] + "s  %-"
                    + width[3] + "s  %s", (Object[]) c).stripTrailing()).append('\n');
        }
        long behind = rows.stream().filter(Row::behind).count();
        return out.append(rows.size()).append(" target(s): ").append(rows.size() - behind).append(" at head, ")
                .append(behind).append(" behind or unreachable\n").toString();
    }

    /** The rows as a JSON array, for scripts. */
    public static String json(List<Row> rows) {
        StringBuilder out = new StringBuilder("[");
        for (Row r : rows) {
            out.append(out.length() > 1 ? ",\n " : "\n ").append("{\"target\": ").append(quote(r.target()))
                    .append(", \"current\": [").append(String.join(", ", r.current().stream().map(FleetStatus::quote).toList()))
                    .append("], \"behind\": ").append(r.behind()).append(", \"error\": ")
                    .append(r.error().isEmpty() ? "null" : quote(r.error()));
            r.last().ifPresentOrElse(o -> out.append(", \"last_outcome\": ").append(quote(o.result().label()))
                            .append(", \"last_duration_ms\": ").append(o.duration().toMillis())
                            .append(", \"last_error\": ").append(o.error().isEmpty() ? "null" : quote(o.error())),
                    () -> out.append(", \"last_outcome\": null"));
            out.append('}');
        }
        return out.append(rows.isEmpty() ? "]\n" : "\n]\n").toString();
    }

    private static String seconds(TargetOutcome o) {
        return String.format(Locale.ROOT, "%.2f s", o.duration().toMillis() / 1000.0);
    }

    private static String quote(String s) {
        return JsonText.quote(s);
    }
}
