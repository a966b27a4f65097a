package io.retort.fleet;

import java.nio.file.Path;

/** The ledgers a fleet can keep: in its control database, or in a local run file. */
public final class FleetLedgers {
    private FleetLedgers() {}

    /** The {@code retort_fleet_ledger} table of the control database (created when missing). */
    public static FleetLedger controlTable(FleetDatabase control) {
        return new ControlTableLedger(control);
    }

    /** A local file of runs, for a fleet without a control database. */
    public static FleetLedger runFile(Path file) {
        return new RunFileLedger(file);
    }
}
