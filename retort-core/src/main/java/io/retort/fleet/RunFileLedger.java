package io.retort.fleet;

import io.retort.RetortException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A ledger in a local file of tab-separated lines, one per event, appended and flushed as each
 * happens: for a fleet without a control database. Lines: {@code begin RUN COMMAND N},
 * {@code target RUN NAME RESULT FROM TO MILLIS ERROR}, {@code end RUN FAILED}.
 */
final class RunFileLedger implements FleetLedger {
    private final Path file;

    RunFileLedger(Path file) {
        this.file = file;
    }

    @Override
    public synchronized Optional<String> begin(String runId, String command, int targets) {
        Optional<String> unfinished = unfinished();
        append("begin", runId, command, Integer.toString(targets));
        return unfinished;
    }

    @Override
    public synchronized void record(String runId, TargetOutcome o) {
        append("target", runId, o.target(), o.result().name(), LedgerRow.revisions(o.from()), LedgerRow.revisions(o.to()),
                Long.toString(o.duration().toMillis()), o.error());
    }

    @Override
    public synchronized void end(String runId, int failed) {
        append("end", runId, Integer.toString(failed));
    }

    @Override
    public synchronized Map<String, TargetOutcome> lastOutcomes() {
        Map<String, TargetOutcome> out = new LinkedHashMap<>();
        for (String[] f : lines()) {
            if (f[0].equals("target") && f.length >= 9 && !f[3].equals(TargetOutcome.Result.NOT_STARTED.name())) {
                out.put(f[2], LedgerRow.outcome(f[2], f[3], f[4], f[5], Long.parseLong(f[6]), f[7]));
            }
        }
        return out;
    }

    /** The last run begun, when no end line followed it. */
    private Optional<String> unfinished() {
        String last = null;
        for (String[] f : lines()) {
            if (f[0].equals("begin")) {
                last = f[1];
            } else if (f[0].equals("end") && f[1].equals(last)) {
                last = null;
            }
        }
        return Optional.ofNullable(last);
    }

    private List<String[]> lines() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            // A line cut short by a kill has fewer fields; the checks above skip it.
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(l -> (l + "\t-").split("\t")).toList();
        } catch (IOException e) {
            throw new RetortException("cannot read the fleet's run file " + file + ": " + e.getMessage(), e);
        }
    }

    private void append(String... fields) {
        StringBuilder line = new StringBuilder();
        for (String f : fields) {
            line.append(line.isEmpty() ? "" : "\t").append(f.replaceAll("[\t\r\n]+", " "));
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, line.append('\n'), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new RetortException("cannot write the fleet's run file " + file + ": " + e.getMessage(), e);
        }
    }
}
