package io.retort.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything one benchmark run measured, in the order it was measured. */
final class Results {

    /** One table row: a contender's command for a case at a workload size (0 for the bulk case). */
    record Row(int revisions, Case c, String contender, String label, boolean floor) {}

    /** A row's samples: the median and range of wall time, the median CPU time, the median and largest peak RSS. */
    record Summary(int runs, double medianWall, double minWall, double maxWall, double medianCpu,
                   double medianRssMiB, double maxRssMiB) {

        static Summary of(List<Measurement> samples) {
            List<Double> walls = samples.stream().map(Measurement::wallSeconds).sorted().toList();
            List<Double> cpu = samples.stream().map(Measurement::cpuSeconds).sorted().toList();
            List<Double> rss = samples.stream().map(Measurement::peakRssMiB).sorted().toList();
            return new Summary(samples.size(), median(walls), walls.get(0), walls.get(walls.size() - 1),
                    median(cpu), median(rss), rss.get(rss.size() - 1));
        }

        private static double median(List<Double> sorted) {
            int n = sorted.size();
            return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        }
    }

    private final Map<Row, List<Measurement>> samples = new LinkedHashMap<>();
    private final Map<Row, String> failures = new LinkedHashMap<>();
    private final Map<Row, String> absent = new LinkedHashMap<>();
    /** Contender → the tables it keeps besides the workload's. */
    private final Map<String, String> bookkeeping = new LinkedHashMap<>();
    private final Map<String, String> notes = new LinkedHashMap<>();

    void add(Row row, Measurement m) {
        samples.computeIfAbsent(row, r -> new ArrayList<>()).add(m);
    }

    void fail(Row row, String why) {
        samples.computeIfAbsent(row, r -> new ArrayList<>());
        failures.putIfAbsent(row, why);
    }

    /** A row the contender has no command for, and why. */
    void absent(Row row, String why) {
        samples.computeIfAbsent(row, r -> new ArrayList<>());
        absent.putIfAbsent(row, why);
    }

    void bookkeeping(String contender, String tables) {
        bookkeeping.putIfAbsent(contender, tables);
    }

    /** A fact about the run worth printing under the tables, keyed so it is recorded once. */
    void note(String key, String text) {
        notes.putIfAbsent(key, text);
    }

    List<Row> rows(int revisions, Case c) {
        return samples.keySet().stream().filter(r -> r.revisions() == revisions && r.c() == c).toList();
    }

    Optional<Summary> summary(Row row) {
        List<Measurement> s = samples.getOrDefault(row, List.of());
        return s.isEmpty() ? Optional.empty() : Optional.of(Summary.of(s));
    }

    Optional<String> failure(Row row) {
        return Optional.ofNullable(failures.get(row));
    }

    Optional<String> absence(Row row) {
        return Optional.ofNullable(absent.get(row));
    }

    /** The floor row of a table (psql), if it was measured. */
    Optional<Row> floor(int revisions, Case c) {
        return rows(revisions, c).stream().filter(Row::floor).findFirst();
    }

    /** The row of {@code contender} whose label starts with {@code label}. */
    Optional<Row> find(int revisions, Case c, String contender, String label) {
        return rows(revisions, c).stream()
                .filter(r -> r.contender().equals(contender) && r.label().startsWith(label))
                .findFirst();
    }

    /** Every row, in the order measured. */
    List<Row> all() {
        return List.copyOf(samples.keySet());
    }

    List<Row> rowsOf(int revisions, String contender) {
        return samples.keySet().stream().filter(r -> r.revisions() == revisions && r.contender().equals(contender)).toList();
    }

    Map<String, String> bookkeeping() {
        return bookkeeping;
    }

    Map<String, String> notes() {
        return notes;
    }
}
