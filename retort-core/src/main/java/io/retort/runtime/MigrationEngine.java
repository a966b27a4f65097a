package io.retort.runtime;

import io.retort.RetortException;
import io.retort.RetortListener;
import io.retort.dialect.Dialect;
import io.retort.dialect.Statement;
import io.retort.graph.MigrationPlan;
import io.retort.graph.MigrationStep;
import io.retort.graph.RevisionGraph;
import java.io.IOException;
import java.net.InetAddress;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Runs commands on one database: reads the version table under the lock, asks the graph for a
 * plan, loads only the revisions the plan runs, and carries it out online or as SQL text.
 */
public final class MigrationEngine {
    private final RunSettings settings;
    private final RevisionStore store;
    private final Dialect dialect;
    private final VersionTable versions;
    private final HistoryTable history;
    private final RetortListener listener;
    /** The one piece of mutable state: what another thread pulls to stop the command running now. */
    private final CancelSwitch cancel = new CancelSwitch();
    private final ProgressTable progress;
    private final UnaryOperator<Connection> connections;

    MigrationEngine(RunSettings settings, Dialect dialect, RevisionStore store) {
        this(settings, dialect, store, RetortListener.NONE, UnaryOperator.identity());
    }

    private MigrationEngine(RunSettings settings, Dialect dialect, RevisionStore store, RetortListener listener,
                            UnaryOperator<Connection> connections) {
        this.listener = listener;
        this.connections = connections;
        this.settings = settings;
        this.dialect = dialect;
        this.store = store;
        this.versions = new VersionTable(settings.versionTable(), dialect);
        this.history = new HistoryTable(settings.historyTable(), dialect);
        this.progress = new ProgressTable(settings.progressTable(), versions, dialect);
    }

    /** An engine over revision source files in the settings' script locations. */
    public static MigrationEngine forSources(RunSettings settings, Dialect dialect) {
        return new MigrationEngine(settings, dialect, ScriptRevisionStore.sources(settings.scriptLocations(), settings.cacheDirectory()));
    }

    /** An engine over revisions precompiled into the jars {@code loader} sees; needs no compiler. */
    public static MigrationEngine forPrecompiled(RunSettings settings, Dialect dialect, ClassLoader loader) {
        return new MigrationEngine(settings, dialect, ScriptRevisionStore.precompiled(loader));
    }

    /**
     * An engine over the classes precompiled into the jars {@code loader} sees plus the source files
     * in the settings' script locations that are not among them (a revision in both must have the
     * same checksum; the class runs).
     */
    public static MigrationEngine forPrecompiledAndSources(RunSettings settings, Dialect dialect, ClassLoader loader) {
        return new MigrationEngine(settings, dialect, new CombinedRevisionStore(ScriptRevisionStore.precompiled(loader),
                ScriptRevisionStore.sources(settings.scriptLocations(), settings.cacheDirectory())));
    }

    /** The same engine, telling {@code events} what upgrade, downgrade and stamp do as they run. */
    public MigrationEngine listening(RetortListener events) {
        return new MigrationEngine(settings, dialect, store, events, connections);
    }

    /**
     * Stops the upgrade, downgrade or stamp running now (or, when none runs, the next one to start),
     * from another thread: its statement is cancelled and the run rolls back and throws, as after
     * any failure.
     */
    public void cancel() {
        cancel.pull();
    }

    /** The revision graph, read from headers only. */
    public RevisionGraph graph() {
        return RevisionGraph.of(store.nodes());
    }

    /** The version table's rows; empty at base or when the table does not exist. */
    public List<String> current() {
        try (Connection c = connect()) {
            return versions.read(c);
        } catch (SQLException e) {
            throw JdbcSession.failure("SELECT version_num FROM " + versions.qualified(), e);
        }
    }

    public List<String> upgrade(String target) {
        return upgrade(target, false);
    }

    /**
     * Applies the target; refuses, changing nothing, while an applied revision's file differs from
     * the checksum recorded when it ran, unless {@code ignoreChecksums}.
     */
    public List<String> upgrade(String target, boolean ignoreChecksums) {
        return upgrade(target, ignoreChecksums, null);
    }

    /**
     * Like {@link #upgrade(String, boolean)}; {@code beforeRun}, when not null, receives the
     * revisions about to run, recorded, under the lock and before anything changes: it may refuse
     * by throwing.
     */
    public List<String> upgrade(String target, boolean ignoreChecksums, Consumer<List<RecordedRevision>> beforeRun) {
        RevisionGraph graph = graph();
        return online(heads -> graph.upgrade(heads, target), false, ignoreChecksums ? null : graph, beforeRun);
    }

    /**
     * The revisions an upgrade through {@code range} runs, recorded without a database, in order:
     * {@code start:end} ({@code start} may be {@code base}), or every revision when null.
     */
    public List<RecordedRevision> record(String range) {
        String r = range == null ? "base:heads" : range.contains(":") ? range : "base:" + range;
        int colon = r.indexOf(':');
        String start = r.substring(0, colon);
        String end = r.substring(colon + 1);
        RevisionGraph graph = graph();
        List<String> from = start.isEmpty() || start.equals("base") ? List.of() : graph.resolve(start, List.of());
        MigrationPlan plan = graph.upgrade(from, end.isEmpty() ? "heads" : end);
        return record(plan);
    }

    private List<RecordedRevision> record(MigrationPlan plan) {
        Map<String, LoadedRevision> loaded = store.load(stepIds(plan));
        return record(plan, loaded);
    }

    private List<RecordedRevision> record(MigrationPlan plan, Map<String, LoadedRevision> loaded) {
        return stepIds(plan).stream().map(id -> RecordingOps.record(loaded.get(id), settings.arguments())).toList();
    }

    public List<String> downgrade(String target) {
        RevisionGraph graph = graph();
        return online(heads -> graph.downgrade(heads, target), false, null, null);
    }

    /** Writes the version table to say the database is at {@code targets}, running nothing. */
    public List<String> stamp(List<String> targets, boolean purge) {
        RevisionGraph graph = graph();
        return online(heads -> graph.stamp(heads, targets, purge), true, null, null);
    }

    /** The steps an upgrade to {@code target} would run now, described as the run logs them; changes nothing. */
    public List<String> plan(String target) {
        RevisionGraph graph = graph();
        try (Connection c = connect()) {
            return graph.upgrade(versions.read(c), target).steps().stream().map(MigrationStep::describe).toList();
        } catch (SQLException e) {
            throw JdbcSession.failure("SELECT version_num FROM " + versions.qualified(), e);
        }
    }

    /** The upgrade as a script; {@code target} may be a {@code start:end} range. */
    public String upgradeSql(String target) {
        return offline(target, true);
    }

    public String downgradeSql(String target) {
        return offline(target, false);
    }

    /** {@code checksumsOf}: the graph whose applied revisions' checksums must match, or null to skip the check. */
    private List<String> online(Function<List<String>, MigrationPlan> planner, boolean stamp, RevisionGraph checksumsOf,
                                Consumer<List<RecordedRevision>> beforeRun) {
        RunClock clock = new RunClock(listener);
        try {
            return clock.finished(online(planner, stamp, checksumsOf, beforeRun, clock));
        } catch (RuntimeException e) {
            throw clock.failed(e);
        } finally {
            cancel.reset();
        }
    }

    private List<String> online(Function<List<String>, MigrationPlan> planner, boolean stamp, RevisionGraph checksumsOf,
                                Consumer<List<RecordedRevision>> beforeRun, RunClock clock) {
        try (Connection c = connect()) {
            // Nothing to do needs no lock: the common case, `upgrade head` at head, stays one query.
            if (isEmpty(planner.apply(versions.read(c)))) {
                return List.of();
            }
            try (MigrationLock lock = MigrationLock.acquire(connect(),
                    MigrationLock.keyFor(versions.qualified()), settings.lockTimeout(), clock, cancel)) {
                // Read again under the lock: another run may have moved the database meanwhile.
                MigrationPlan plan = planner.apply(versions.read(c));
                if (isEmpty(plan)) {
                    return List.of();
                }
                if (checksumsOf != null) {
                    ChecksumReport report = new ChecksumLedger(history, versions, store, checksumsOf).check(c);
                    if (!report.clean()) {
                        throw new RetortException(report.problems().get(0).describe()
                                + (report.problems().size() > 1 ? " (and " + (report.problems().size() - 1)
                                + " more: see 'retort validate')" : "") + "; or upgrade with --ignore-checksums");
                    }
                }
                Map<String, LoadedRevision> loaded = stamp ? Map.of() : store.load(stepIds(plan));
                if (beforeRun != null) {
                    beforeRun.accept(record(plan, loaded));
                }
                clock.planReady(plan);
                if (database().dataSource() == null) { // an application's pooled connection keeps its settings
                    Connections.checkClientEverySecond(c);
                }
                try (LockWaitWatch watch = LockWaitWatch.start(lock.session(), c,
                        stamp ? Duration.ZERO : settings.lockWaits().timeout())) {
                    return runRetryingLockTimeouts(c, planner, plan, loaded, watch, clock);
                }
            }
        } catch (SQLException e) {
            throw JdbcSession.failure("reading the version table " + versions.qualified(), e);
        }
    }

    /**
     * Runs the plan; a migration that timed out waiting for a lock is tried again, up to
     * {@code lock_retries} times with a growing pause, from where the database is then: the whole
     * run in {@code run} mode (it was rolled back), the failed revision on in {@code migration} mode.
     */
    private List<String> runRetryingLockTimeouts(Connection c, Function<List<String>, MigrationPlan> planner,
                                                 MigrationPlan first, Map<String, LoadedRevision> loaded,
                                                 LockWaitWatch watch, RunClock clock) throws SQLException {
        List<String> done = new ArrayList<>();
        MigrationPlan plan = first;
        int retries = settings.lockWaits().retries();
        for (int attempt = 1; ; attempt++) {
            JdbcSession session = new JdbcSession(c, dialect, watch, clock, cancel);
            StepProgress resume = StepProgress.read(progress, c, plan, settings.log());
            List<Statement> setup = setup(c, plan);
            setup.addAll(resume.forget());
            try {
                done.addAll(new PlanRunner(session, dialect, versions, history, settings.mode(), settings.arguments(),
                        settings.log(), appliedBy(), watch, clock, resume).run(plan, loaded, setup));
                return done;
            } catch (PlanRunner.StepFailure f) {
                if (f.lockWait().isEmpty() || attempt > retries) {
                    throw f;
                }
                Duration pause = Duration.ofSeconds(1L << Math.min(attempt - 1, 5));
                settings.log().accept("retry " + attempt + " of " + retries + " in " + pause.toSeconds() + " s: "
                        + f.lockWait().get());
                pauseFor(pause);
                watch.forget();
                MigrationPlan now = planner.apply(versions.read(c));
                List<String> remaining = stepIds(now);
                stepIds(plan).stream().filter(id -> !remaining.contains(id)).forEach(done::add);
                plan = now;
            }
        }
    }

    private static void pauseFor(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetortException("interrupted while waiting to try the migration again");
        }
    }

    private static boolean isEmpty(MigrationPlan plan) {
        return plan.steps().isEmpty() && plan.headsAfter().equals(plan.headsBefore());
    }

    /** Creates or widens the bookkeeping tables, inside the run's first transaction. */
    private List<Statement> setup(Connection c, MigrationPlan plan) throws SQLException {
        List<Statement> setup = new ArrayList<>();
        int width = versions.width(c);
        if (width < 0) {
            setup.addAll(versions.create());
            width = VersionTable.ALEMBIC_WIDTH;
        }
        if (VersionTable.needsWidening(width, plan.headsAfter()) || VersionTable.needsWidening(width, stepIds(plan))) {
            setup.addAll(versions.widen());
        }
        if (!history.exists(c)) {
            setup.addAll(history.create());
        } else {
            setup.addAll(history.widenChecksum(c));
        }
        return setup;
    }

    /**
     * Compares applied revisions with their recorded checksums; the revisions that have none yet
     * (a database taken over from Python Alembic) get the current one recorded, and are listed.
     */
    public ChecksumReport validate() {
        RevisionGraph graph = graph();
        return underLock(c -> {
            ChecksumLedger ledger = new ChecksumLedger(history, versions, store, graph);
            ChecksumReport report = ledger.check(c);
            writeHistory(c, ledger.record(report.recorded(), "validate", appliedBy()));
            return report;
        });
    }

    /**
     * Records the current checksum of applied revisions after a human has reviewed their change:
     * {@code ids}, or with none, every revision {@link #validate} reports changed. Returns those recorded.
     */
    public List<String> repair(List<String> ids) {
        RevisionGraph graph = graph();
        return underLock(c -> {
            ChecksumLedger ledger = new ChecksumLedger(history, versions, store, graph);
            ChecksumReport report = ledger.check(c);
            List<String> repaired = new ArrayList<>();
            if (ids.isEmpty()) {
                report.problems().stream().filter(p -> p.kind() != ChecksumReport.Kind.MISSING)
                        .forEach(p -> repaired.add(p.revision()));
            } else {
                for (String target : ids) {
                    String id = graph.resolve(target, List.of()).get(0);
                    if (graph.downgrade(versions.read(c), "base").revisionIds().stream().noneMatch(id::equals)) {
                        throw new RetortException("revision " + id + " is not applied to " + describeDatabase()
                                + "; repair records checksums of applied revisions only");
                    }
                    repaired.add(id);
                }
            }
            writeHistory(c, ledger.record(repaired, "repair", appliedBy()));
            return repaired;
        });
    }

    /** Runs {@code rows} in one transaction, creating or widening the history table first. */
    private void writeHistory(Connection c, List<Statement> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        List<Statement> all = new ArrayList<>(history.exists(c) ? history.widenChecksum(c) : history.create());
        all.addAll(rows);
        JdbcSession session = new JdbcSession(c, dialect);
        session.begin();
        try {
            all.forEach(session::execute);
            session.commit();
        } catch (RuntimeException e) {
            session.rollback();
            throw e;
        }
    }

    /** Work that reads and writes the bookkeeping tables, holding the migration lock. */
    private <T> T underLock(SqlWork<T> work) {
        try (Connection c = connect();
             MigrationLock lock = MigrationLock.acquire(connect(), MigrationLock.keyFor(versions.qualified()),
                     settings.lockTimeout())) {
            return work.run(c);
        } catch (SQLException e) {
            throw JdbcSession.failure("reading the history table " + history.qualified(), e);
        }
    }

    private interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    private String offline(String target, boolean up) {
        int colon = target.indexOf(':');
        String start = colon < 0 ? null : target.substring(0, colon);
        String end = colon < 0 ? target : target.substring(colon + 1);
        RevisionGraph graph = graph();
        List<String> from = start == null || start.isEmpty() || start.equals("base") ? List.of()
                : graph.resolve(start, List.of());
        if (start == null && !up) {
            throw new RetortException("downgrade --sql needs a range start:end, such as "
                    + "'head:base' or 'c4d5e6f7a8b9:003', because there is no database to read the current revision from");
        }
        MigrationPlan plan = up ? graph.upgrade(from, end) : graph.downgrade(from, end);
        Map<String, LoadedRevision> loaded = store.load(stepIds(plan));
        List<Statement> setup = new ArrayList<>();
        if (up && from.isEmpty()) {
            setup.addAll(versions.create());
            if (VersionTable.needsWidening(VersionTable.ALEMBIC_WIDTH, stepIds(plan))) {
                setup.addAll(versions.widen());
            }
        }
        SqlScript script = new SqlScript(dialect);
        new PlanRunner(script, dialect, versions, history, settings.mode(), settings.arguments(),
                line -> {}, appliedBy()).run(plan, loaded, setup);
        return script.text();
    }

    private static List<String> stepIds(MigrationPlan plan) {
        return plan.steps().stream().filter(s -> !s.stamp()).map(s -> s.revision().id()).toList();
    }


    /** A connection to this engine's database; the caller closes it. */
    public Connection connect() {
        return connections.apply(database().connect());
    }

    /** This engine's database (for the embedded server, starting it). */
    public RunSettings.Database database() {
        return settings.database().get();
    }

    /** The same revisions and settings on another database, logging nothing: for verify's scratch database. */
    public MigrationEngine on(RunSettings.Database other) {
        return new MigrationEngine(settings.on(other), dialect, store);
    }

    /**
     * Like {@link #on(RunSettings.Database)}, every connection it opens passed through {@code wrapper}:
     * rehearse looks at a migration's locks as it commits.
     */
    public MigrationEngine on(RunSettings.Database other, UnaryOperator<Connection> wrapper) {
        return new MigrationEngine(settings.on(other), dialect, store, RetortListener.NONE, wrapper);
    }

    /** Where this engine connects, for messages: no password. */
    public String describeDatabase() {
        return database().description();
    }

    /** The creation date written in a revision's header, or empty. */
    public String created(String id) {
        return store.created(id);
    }

    /** The revision's checksum as the history table records it ({@code v1:...}), or null when unknown. */
    public String checksum(String id) {
        return store.checksum(id);
    }

    /** The history table's last {@code limit} rows (all with a negative limit), oldest first; reads without the lock. */
    public List<HistoryEntry> log(int limit) {
        try (Connection c = connect()) {
            return history.read(c, limit);
        } catch (SQLException e) {
            throw JdbcSession.failure("SELECT ... FROM " + history.qualified(), e);
        }
    }

    /** The revisions an upgrade to every head would run on this database; empty when it is at head. */
    public List<String> missingForHeads() {
        RevisionGraph graph = graph();
        return stepIds(graph.upgrade(current(), "heads"));
    }

    private static String appliedBy() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "unknown-host";
        }
        return System.getProperty("user.name") + "@" + host;
    }

}
