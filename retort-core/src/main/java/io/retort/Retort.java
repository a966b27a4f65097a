package io.retort;

import io.retort.autogen.AutogenResult;
import io.retort.autogen.CheckReport;
import io.retort.autogen.DiffOptions;
import io.retort.autogen.ModelSettings;
import io.retort.config.ConnectionSettings;
import io.retort.config.EmbeddedConfig;
import io.retort.config.LintLevel;
import io.retort.config.ResolvedEnvironment;
import io.retort.config.RetortConfig;
import io.retort.dialect.Dialect;
import io.retort.dialect.postgres.PostgresDialect;
import io.retort.embedded.EmbeddedPostgres;
import io.retort.embedded.EmbeddedSettings;
import io.retort.graph.RevisionGraph;
import io.retort.runtime.ChecksumReport;
import io.retort.runtime.MigrationEngine;
import io.retort.runtime.RecordedRevision;
import io.retort.runtime.RunSettings;
import io.retort.runtime.TableName;
import io.retort.config.BackupConfig;
import io.retort.graph.MigrationPlan;
import io.retort.safety.Backups;
import io.retort.safety.LintFinding;
import io.retort.safety.LintResult;
import io.retort.safety.LintRule;
import io.retort.safety.Linter;
import io.retort.safety.Rehearsal;
import io.retort.safety.RehearsalReport;
import io.retort.safety.Verifier;
import io.retort.safety.VerifyReport;
import io.retort.script.authoring.ProjectInitializer;
import io.retort.script.authoring.RevisionAuthoring;
import io.retort.script.authoring.RevisionRequest;
import io.retort.script.authoring.RevisionWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The library entry point: runs commands against one database, like the {@code retort} command
 * does. Build one with {@link #configure()}.
 *
 * <pre>{@code
 * Retort retort = Retort.configure()
 *         .url("jdbc:postgresql://127.0.0.1:5432/smartem?user=postgres")
 *         .scriptLocations(List.of(Path.of("smartem/migrations/versions")))
 *         .build();
 * retort.upgrade("head");
 * }</pre>
 */
public final class Retort {
    private final MigrationEngine engine;
    private final RunSettings settings;
    private final ResolvedEnvironment environment;
    private final boolean confirmed;
    private final AutogenRun autogen;
    /** The builder's backup folder, which wins over the environment's; null for that. */
    private Path backupDirectory;

    private Retort(MigrationEngine engine, RunSettings settings, ResolvedEnvironment environment, boolean confirmed, AutogenRun autogen) {
        this.engine = engine;
        this.settings = settings;
        this.environment = environment;
        this.confirmed = confirmed;
        this.autogen = autogen;
    }

    /** Collects the settings of a {@link Retort}; every setting has a default but the URL. */
    public static final class Builder {
        private String url;
        private String user;
        private String password;
        private Supplier<RunSettings.Database> database;
        private ResolvedEnvironment environment;
        private Path projectDir = Path.of("");
        private String fileTemplate = RetortConfig.DEFAULT_FILE_TEMPLATE;
        private List<Path> scriptLocations = List.of(Path.of("versions"));
        private Path cacheDirectory;
        private ClassLoader precompiled;
        private String versionTable = "alembic_version";
        private String versionTableSchema;
        private String historyTable = "retort_history";
        private TransactionMode mode = TransactionMode.RUN;
        private Duration lockTimeout = Duration.ofSeconds(60);
        private RunSettings.LockWaits lockWaits = RunSettings.LockWaits.NONE;
        private Map<String, String> arguments = Map.of();
        private boolean confirmed;
        private Consumer<String> log = System.err::println;
        private ModelSettings model;
        private DiffOptions modelScope = DiffOptions.defaults();
        private UnaryOperator<Connection> connectionWrapper = UnaryOperator.identity();
        private boolean sourcesGiven;
        private RetortListener listener = RetortListener.NONE;
        private Path backupDirectory;

        Builder() {}

        /**
         * Connects through the application's DataSource instead of a URL: a run takes two of its
         * connections at once (one holds Retort's lock), and messages name the database by the URL
         * its connections report, without a password. Returns them as it got them, in autocommit.
         */
        public Builder dataSource(DataSource source) {
            Objects.requireNonNull(source);
            this.database = new OnFirstUse<>(() -> RunSettings.Database.of(source));
            return this;
        }

        /** Hears what upgrade, downgrade and stamp do as they run (see {@link RetortEvent}); the log lines still go to {@link #log}. */
        public Builder listener(RetortListener events) {
            this.listener = Objects.requireNonNull(events);
            return this;
        }

        /** Where the entity model comes from, for {@code check} and autogenerate (retort.toml's {@code [model]}), comparing everything. */
        public Builder model(ModelSettings settings) {
            return model(settings, DiffOptions.defaults());
        }

        /** Where the entity model comes from, and which schemas and tables {@code check} and autogenerate compare. */
        public Builder model(ModelSettings settings, DiffOptions scope) {
            this.model = settings;
            this.modelScope = Objects.requireNonNull(scope);
            return this;
        }

        /** Wraps the connections {@code check} and autogenerate read the catalog through; tests count statements with it. */
        Builder connectionWrapper(UnaryOperator<Connection> wrapper) {
            this.connectionWrapper = Objects.requireNonNull(wrapper);
            return this;
        }

        /** The JDBC URL of the database; user and password may be in it or given separately. */
        public Builder url(String jdbcUrl) {
            this.url = jdbcUrl;
            return this;
        }

        public Builder user(String value) {
            this.user = value;
            return this;
        }

        public Builder password(String value) {
            this.password = value;
            return this;
        }

        /** Folders holding revision files. */
        public Builder scriptLocations(List<Path> folders) {
            this.scriptLocations = List.copyOf(folders);
            this.sourcesGiven = true;
            return this;
        }

        /** Where compiled revisions are cached (default {@code .retort/cache} beside the first script location's parent). */
        public Builder cacheDirectory(Path folder) {
            this.cacheDirectory = folder;
            return this;
        }

        /** The version table's name (default {@code alembic_version}). */
        public Builder versionTable(String name) {
            this.versionTable = name;
            return this;
        }

        public Builder versionTableSchema(String schema) {
            this.versionTableSchema = schema;
            return this;
        }

        /** The history table's name (default {@code retort_history}), in the version table's schema. */
        public Builder historyTable(String name) {
            this.historyTable = name;
            return this;
        }

        /** {@code -x key=value} arguments for migrations. */
        public Builder arguments(Map<String, String> args) {
            this.arguments = Map.copyOf(args);
            return this;
        }

        /** One transaction per migration instead of one for the whole run. */
        public Builder transactionPerMigration(boolean value) {
            this.mode = value ? TransactionMode.MIGRATION : TransactionMode.RUN;
            return this;
        }

        public Builder transactionMode(TransactionMode value) {
            this.mode = Objects.requireNonNull(value);
            return this;
        }

        /**
         * PostgreSQL's {@code lock_timeout} while migrations run (zero, the default: none), and how
         * often a run that timed out waiting for a table lock is tried again (retort.toml's
         * {@code lock_timeout} and {@code lock_retries}).
         */
        public Builder lockWaits(Duration timeout, int retries) {
            this.lockWaits = new RunSettings.LockWaits(timeout, retries);
            return this;
        }

        /** How long to wait for another run's lock before failing (default 60 s). */
        public Builder lockTimeout(Duration value) {
            this.lockTimeout = value;
            return this;
        }

        /** Where the {@code Running upgrade ...} lines go (default standard error). */
        public Builder log(Consumer<String> sink) {
            this.log = Objects.requireNonNull(sink);
            return this;
        }

        /**
         * Runs revisions precompiled into the jars {@code loader} sees (listed in their
         * {@code META-INF/retort/revisions.idx}): no compiler needed. With {@link #scriptLocations}
         * called on this builder too (not only read from retort.toml), the source files that are
         * not precompiled run as well, compiled when they run; a revision in both runs from its
         * class, and must have the file's checksum.
         */
        public Builder precompiledRevisions(ClassLoader loader) {
            this.precompiled = loader;
            return this;
        }

        /** The folder of retort.toml, where {@code script.java.tmpl} lives (default: the working directory). */
        public Builder projectDirectory(Path folder) {
            this.projectDir = folder;
            return this;
        }

        /** How new revision files are named (see the README). */
        /**
         * Confirms {@link Retort#upgrade}, {@link Retort#downgrade}, {@link Retort#stamp} and {@link Retort#repair} in an
         * environment with {@code confirm = true}, which refuses them otherwise (the command line's {@code --yes}).
         */
        public Builder confirmed(boolean value) {
            this.confirmed = value;
            return this;
        }

        /** Where {@link Retort#backup()} writes, instead of the environment's {@code backup_dir} (default {@code .retort/backups}). */
        public Builder backupDirectory(Path folder) {
            this.backupDirectory = folder;
            return this;
        }

        public Builder fileTemplate(String template) {
            this.fileTemplate = template;
            return this;
        }

        public Retort build() {
            Path cache = cacheDirectory != null ? cacheDirectory : defaultCache(scriptLocations);
            Supplier<RunSettings.Database> db = database != null ? database : () -> {
                if (url == null) {
                    throw new RetortException("no database: give a JDBC URL with --url (or RETORT_URL), "
                            + "or configure an environment in retort.toml");
                }
                return new RunSettings.Database(url, user, password, ConnectionSettings.redacted(url));
            };
            Dialect dialect = new PostgresDialect();
            RunSettings settings = new RunSettings(db, projectDir, scriptLocations, cache, fileTemplate,
                    TableName.of(versionTableSchema, versionTable), TableName.of(versionTableSchema, historyTable),
                    mode, lockTimeout, lockWaits, arguments, log);
            ClassLoader loader = precompiled;
            boolean both = loader != null && sourcesGiven;
            Function<RunSettings, MigrationEngine> engines = s -> both ? MigrationEngine.forPrecompiledAndSources(s, dialect, loader)
                    : loader != null ? MigrationEngine.forPrecompiled(s, dialect, loader)
                    : MigrationEngine.forSources(s, dialect);
            MigrationEngine engine = engines.apply(settings).listening(listener);
            Retort retort = new Retort(engine, settings, environment, confirmed,
                    new AutogenRun(settings, dialect, engine, engines, Optional.ofNullable(model), modelScope, connectionWrapper));
            retort.backupDirectory = backupDirectory;
            return retort;
        }

        /**
         * Connects to this database, whatever the environment names: for an application that
         * already knows its database (the Spring Boot starter passes its DataSource's).
         */
        public Builder database(String jdbcUrl, String dbUser, String dbPassword) {
            Objects.requireNonNull(jdbcUrl);
            this.database = () -> new RunSettings.Database(jdbcUrl, dbUser, dbPassword, ConnectionSettings.redacted(jdbcUrl));
            return this;
        }

        private static Path defaultCache(List<Path> locations) {
            Path first = locations.isEmpty() ? Path.of("versions") : locations.get(0).toAbsolutePath();
            Path parent = first.getParent() == null ? first : first.getParent();
            return parent.resolve(".retort").resolve("cache");
        }
    }

    public static Builder configure() {
        return new Builder();
    }

    /**
     * A builder set up from {@code retort.toml}: its script locations, tables, transaction mode and
     * the chosen environment's database (the embedded PostgreSQL when the environment names none).
     *
     * @param configFile the file, or null for {@code ./retort.toml}, and the defaults without one
     * @param environment the environment's name, or null for the file's default
     * @param urlOverride a JDBC URL that replaces the environment's database, or null
     * @param variables where {@code ${VAR}} placeholders are looked up (normally {@code System.getenv()})
     */
    public static Builder fromConfig(Path configFile, String environment, String urlOverride, Map<String, String> variables) {
        RetortConfig config = RetortConfig.loadOrDefaults(configFile);
        ResolvedEnvironment env = config.environment(environment, variables, urlOverride);
        Builder b = configure()
                .projectDirectory(config.projectDir())
                .scriptLocations(config.scriptLocations())
                .cacheDirectory(config.projectDir().resolve(".retort").resolve("cache"))
                .fileTemplate(config.fileTemplate())
                .versionTable(config.versionTable())
                .versionTableSchema(config.versionTableSchema().orElse(null))
                .historyTable(config.historyTable())
                .transactionMode(env.transactionPer())
                .lockTimeout(Duration.ofSeconds(config.lockTimeoutSeconds()))
                .lockWaits(env.lockTimeout(), env.lockRetries());
        b.environment = env;
        // retort.toml's folders are a default: precompiled revisions (the Maven plugin's) replace them.
        b.sourcesGiven = false;
        config.model().ifPresent(m -> b.model(new ModelSettings(m.packages(), m.sources(), m.classpath()),
                DiffOptions.defaults().includingSchemas(m.includeSchemas().toArray(String[]::new))
                        .excludingTables(m.excludeTables().stream().map(Pattern::compile).toArray(Pattern[]::new))));
        if (env.connection() instanceof ConnectionSettings.Jdbc jdbc) {
            b.database = () -> new RunSettings.Database(jdbc.url(), jdbc.user().orElse(null),
                    jdbc.password().orElse(null), env.describe());
        } else {
            String name = ((ConnectionSettings.Embedded) env.connection()).database();
            // Started only when a command needs the database: heads and history never do.
            b.database = () -> new RunSettings.Database(embeddedServer(config).jdbcUrl(name),
                    EmbeddedPostgres.SUPERUSER, null, env.describe());
        }
        return b;
    }

    /** The project's embedded PostgreSQL, as its {@code [embedded]} table sets it up; starts nothing. */
    public static EmbeddedPostgres embeddedServer(RetortConfig config) {
        EmbeddedConfig embedded = config.embedded();
        EmbeddedSettings settings = new EmbeddedSettings(
                embedded.postgresVersion().orElse(EmbeddedSettings.DEFAULT_POSTGRES_VERSION), embedded.dataDir());
        if (embedded.idleShutdown().isPresent()) {
            settings = settings.withIdleShutdown(embedded.idleShutdown().get());
        }
        return EmbeddedPostgres.forProject(config.projectDir(), settings);
    }

    /** Writes a new project into {@code directory}: retort.toml, versions/ and the revision template. */
    public static List<Path> init(Path directory) {
        return ProjectInitializer.init(directory);
    }

    /**
     * Stops the upgrade, downgrade or stamp running now (or, when none runs, the next one to
     * start), from another thread such as a shutdown hook on Ctrl-C: its statement is cancelled,
     * its transaction rolled back, and the command throws; the listener hears
     * {@link RetortEvent.RolledBack} and {@link RetortEvent.RunFailed} first.
     */
    public void cancel() {
        engine.cancel();
    }

    /** The environment this Retort was configured for, when it came from retort.toml. */
    public Optional<ResolvedEnvironment> environment() {
        return Optional.ofNullable(environment);
    }

    /** Where commands connect, for messages; never shows a password. */
    public String describeTarget() {
        return engine.describeDatabase();
    }

    /** The creation date in a revision's header, or an empty string. */
    public String created(String id) {
        return engine.created(id);
    }

    /**
     * The revision's checksum as {@code retort_history} records it ({@code v1:...}; null when the
     * revision is unknown): read from its file, compiling nothing.
     */
    public String checksum(String id) {
        return engine.checksum(id);
    }

    /** Writes a new revision file (or, with {@code mergeOf}, a merge); returns its path. */
    public Path revision(RevisionRequest request) {
        return new RevisionAuthoring(engine.graph(), settings.scriptLocations(),
                RevisionWriter.forProject(settings.projectDir(), settings.fileTemplate())).write(request);
    }

    /** The revision graph, read from the revision headers without compiling anything. */
    public RevisionGraph graph() {
        return engine.graph();
    }

    /**
     * Applies the target and everything it needs; returns the revisions run, in order. An
     * environment with {@code confirm = true} refuses, changing nothing, unless {@link Builder#confirmed}
     * or there is nothing to do.
     */
    public List<String> upgrade(String target) {
        return upgrade(target, false);
    }

    /**
     * Removes the applied revisions above the target; returns the revisions run, in order. An
     * environment with {@code confirm = true} refuses, changing nothing, unless {@link Builder#confirmed}.
     */
    public List<String> downgrade(String target) {
        requireConfirmation("downgrade " + target);
        backupBefore(graph -> graph.downgrade(engine.current(), target));
        return engine.downgrade(target);
    }

    /**
     * Writes the version table to say the database is at the targets, running nothing. An
     * environment with {@code confirm = true} refuses, changing nothing, unless {@link Builder#confirmed}.
     */
    public void stamp(List<String> targets, boolean purge) {
        requireConfirmation("stamp " + String.join(" ", targets));
        backupBefore(graph -> graph.stamp(engine.current(), targets, purge));
        engine.stamp(targets, purge);
    }

    private void requireConfirmation(String what) {
        if (environment != null && environment.confirm() && !confirmed) {
            throw new RetortException("environment '" + environment.name() + "' asks for confirmation before '" + what
                    + "'; check the target, take a backup, then run it again with --yes");
        }
    }

    /**
     * The steps {@code upgrade(target)} would run now, as the {@code Running upgrade ...} lines it
     * logs, changing nothing; empty when the database is there already.
     */
    public List<String> plan(String target) {
        return engine.plan(target);
    }

    /** The revisions in the version table (one per applied head). */
    public List<String> current() {
        return engine.current();
    }

    /**
     * The history table's last {@code limit} rows (every row with a negative limit), oldest first:
     * who ran which revision, which way, when and for how long. Failed steps are rolled back and leave no row.
     */
    public List<io.retort.runtime.HistoryEntry> log(int limit) {
        return engine.log(limit);
    }

    /** The upgrade as an SQL script; the target may be a {@code start:end} range. */
    public String upgradeSql(String target) {
        return engine.upgradeSql(target);
    }

    /** The downgrade as an SQL script, for a {@code start:end} range. */
    public String downgradeSql(String target) {
        return engine.downgradeSql(target);
    }

    /**
     * Compares the entity model with the database ({@code fromRevisions}: with a scratch database
     * beside it that the revisions are replayed into, dropped afterwards); never changes the database.
     */
    public CheckReport check(boolean fromRevisions) {
        return autogen.check(fromRevisions);
    }

    /**
     * Writes a revision whose operations turn the database into the entity model; the database must
     * be at head unless the request compares with the revisions alone.
     */
    public AutogenResult autogenerate(AutogenRequest request) {
        return autogen.autogenerate(request);
    }

    /**
     * Like {@link #upgrade(String)}, which refuses while an applied revision's file differs from the
     * checksum recorded when it ran; {@code ignoreChecksums} runs anyway.
     */
    public List<String> upgrade(String target, boolean ignoreChecksums) {
        LintLevel level = environment == null ? LintLevel.WARN : environment.lint();
        // Asked under the lock, once there is something to run: upgrade at head never needs --yes.
        Consumer<List<RecordedRevision>> checks = revisions -> {
            requireConfirmation("upgrade " + target);
            if (level == LintLevel.OFF) {
                return;
            }
            LintResult result = Linter.lint(revisions);
            // Errors one by one; warnings as a count, so a long history does not bury the run's own lines.
            result.findings().stream().filter(f -> f.rule().severity() == LintRule.Severity.ERROR)
                    .forEach(f -> settings.log().accept("lint: " + f.describe()));
            long warnings = result.findings().stream().filter(f -> f.rule().severity() == LintRule.Severity.WARNING).count();
            if (warnings > 0) {
                settings.log().accept("lint: " + warnings + " warning(s) in the revisions to run; 'retort lint' lists them");
            }
            if (level == LintLevel.ERROR && result.hasErrors()) {
                LintFinding first = result.findings().stream()
                        .filter(f -> f.rule().severity() == LintRule.Severity.ERROR).findFirst().orElseThrow();
                throw new RetortException("environment '" + environment.name() + "' has lint = \"error\" and "
                        + first.origin() + (first.line() > 0 ? ":" + first.line() : "") + " (revision " + first.revision()
                        + ") breaks rule " + first.rule().ruleName() + "; nothing was run: fix it, or allow it with"
                        + " '// retort:allow " + first.rule().ruleName() + " <reason>' on that line");
            }
        };
        // The backup comes last: a refusal above needs none.
        return engine.upgrade(target, ignoreChecksums, checks.andThen(revisions -> backupBefore(graph -> null)));
    }

    /**
     * Lints the revisions of {@code range} ({@code start:end}, or an end alone from base; null for
     * all) without a database: their operations, recorded, against PostgreSQL's locking rules.
     */
    public LintResult lint(String range) {
        return Linter.lint(engine.record(range));
    }

    /**
     * Applied revisions whose file changed or disappeared since they ran; revisions with no
     * checksum yet (a database taken over from Python Alembic) get the current one recorded.
     */
    public ChecksumReport validate() {
        return engine.validate();
    }

    /**
     * Records the current checksum of {@code revisions} (none: every changed one) after review; returns those recorded.
     * An environment with {@code confirm = true} refuses, changing nothing, unless {@link Builder#confirmed}.
     */
    public List<String> repair(List<String> revisions) {
        requireConfirmation("repair " + (revisions.isEmpty() ? "--all" : String.join(" ", revisions)));
        return engine.repair(revisions);
    }

    /**
     * Checks the revisions on a scratch database made beside this Retort's database and dropped
     * afterwards: a single head, upgrade from empty to head, and the stairway (each revision up, down,
     * up, comparing catalog snapshots and row counts); and, when retort.toml has a {@code [model]},
     * that the entity model matches head.
     */
    public VerifyReport verify() {
        VerifyReport report = Verifier.verify(engine);
        if (!report.passed() || !autogen.hasModel()) {
            return report;
        }
        // The revisions are sound; with a [model], head must also be what the entities say.
        CheckReport model = autogen.check(true);
        List<VerifyReport.Failure> failures = model.differences().stream()
                .map(line -> new VerifyReport.Failure("head", "model", line)).toList();
        return new VerifyReport(report.revisions(), failures);
    }

    /**
     * Dumps the database with {@code pg_dump -Fc} into the environment's {@code backup_dir} (default
     * {@code .retort/backups} beside retort.toml) as {@code DATABASE-yyyyMMdd-HHmmss-SSS.dump}, deletes
     * all but the newest {@code backup_keep}, and returns the file. {@code pg_dump} must be of the
     * server's major version or later; a mismatch is refused before anything runs.
     */
    public Path backup() {
        return backups().backup(engine);
    }

    /**
     * Restores a {@link #backup()} into the database in one transaction: an empty one, or, with
     * {@code clean}, one whose schemas are emptied first. An environment with {@code confirm = true}
     * refuses, changing nothing, unless {@link Builder#confirmed}.
     */
    public void restore(Path file, boolean clean) {
        requireConfirmation("restore " + file);
        backups().restore(engine, file, clean);
    }

    /**
     * Rehearses {@code upgrade(target)} on a copy of the database on the same server, made with
     * pg_dump and pg_restore and dropped afterwards (also on failure): each revision's time, the
     * locks its transaction held at commit, and the tables whose row count it changed. The database
     * itself is only read.
     */
    public RehearsalReport rehearse(String target) {
        return Rehearsal.rehearse(engine, target, Optional.empty(), backups(), bookkeepingTables());
    }

    /** Like {@link #rehearse(String)}, making the copy on the server of {@code scratchUrl} (a JDBC URL of any database there). */
    public RehearsalReport rehearse(String target, String scratchUrl) {
        return Rehearsal.rehearse(engine, target, Optional.of(new RunSettings.Database(scratchUrl, null, null,
                ConnectionSettings.redacted(scratchUrl))), backups(), bookkeepingTables());
    }

    private List<String> bookkeepingTables() {
        return List.of(settings.versionTable().name(), settings.historyTable().name());
    }

    private BackupConfig backupConfig() {
        return environment == null ? BackupConfig.DEFAULTS : environment.backup();
    }

    private Backups backups() {
        BackupConfig config = backupConfig();
        Path folder = backupDirectory != null ? backupDirectory
                : config.folder().orElse(settings.projectDir().toAbsolutePath().resolve(".retort").resolve("backups"));
        return Backups.of(folder,
                config.keep(), config.programs());
    }

    /** With {@code backup = true}, a backup when {@code planner}'s plan changes something; a failed backup stops the command. */
    private void backupBefore(Function<RevisionGraph, MigrationPlan> planner) {
        if (backupConfig().beforeChanges()) {
            // Null: the caller already knows there is something to do.
            MigrationPlan plan = planner.apply(engine.graph());
            if (plan == null || !plan.steps().isEmpty() || !plan.headsAfter().equals(plan.headsBefore())) {
                try {
                    settings.log().accept("backup before changes: " + backup());
                } catch (RetortException e) {
                    throw new RetortException(e.getMessage() + " (environment '" + environment.name()
                            + "' has backup = true, so nothing was changed)", e);
                }
            }
        }
    }
}
