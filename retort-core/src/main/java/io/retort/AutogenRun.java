package io.retort;

import io.retort.autogen.AutogenResult;
import io.retort.autogen.AutogenTimings;
import io.retort.autogen.CheckReport;
import io.retort.autogen.CodeWriter;
import io.retort.autogen.DiffOptions;
import io.retort.autogen.EntityModel;
import io.retort.autogen.GeneratedCode;
import io.retort.autogen.ModelSettings;
import io.retort.autogen.SchemaDiff;
import io.retort.autogen.SchemaDiffer;
import io.retort.dialect.Dialect;
import io.retort.dialect.postgres.PostgresInspector;
import io.retort.runtime.AutogenDatabase;
import io.retort.runtime.MigrationEngine;
import io.retort.runtime.RunSettings;
import io.retort.schema.DatabaseSchema;
import io.retort.script.authoring.RevisionAuthoring;
import io.retort.script.authoring.RevisionWriter;
import io.retort.schema.InspectOptions;
import io.retort.schema.SchemaDef;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The comparisons behind {@code check} and {@code revision --autogenerate}: the entity model of
 * retort.toml's {@code [model]} against the environment's database, or against a scratch database
 * beside it that the revisions are replayed into ({@code --from-revisions}) and that is dropped
 * afterwards. The catalog is read with a fixed number of queries, whatever the number of tables.
 */
final class AutogenRun {
    private final RunSettings settings;
    private final Dialect dialect;
    private final MigrationEngine engine;
    private final Function<RunSettings, MigrationEngine> engines;
    private final Optional<ModelSettings> model;
    private final DiffOptions scope;
    private final UnaryOperator<Connection> wrapper;

    AutogenRun(RunSettings settings, Dialect dialect, MigrationEngine engine, Function<RunSettings, MigrationEngine> engines,
               Optional<ModelSettings> model, DiffOptions scope, UnaryOperator<Connection> wrapper) {
        this.settings = settings;
        this.dialect = dialect;
        this.engine = engine;
        this.engines = engines;
        this.model = model;
        this.scope = scope;
        this.wrapper = wrapper;
    }

    /** Whether retort.toml has a [model] to compare with. */
    boolean hasModel() {
        return model.isPresent();
    }

    /** Compares the model with the database (or, {@code fromRevisions}, with the revisions replayed). */
    CheckReport check(boolean fromRevisions) {
        ModelSettings entities = model.orElseThrow(() -> new RetortException(
                "retort.toml has no [model] section: add one naming the entity packages and their sources or classpath, "
                        + "so that there is a model to compare with (see the README, Autogenerate)"));
        // Reading the model is CPU work, inspecting mostly waits on the database: they run side by side.
        CompletableFuture<Timed> reading = CompletableFuture.supplyAsync(() -> {
            long start = System.nanoTime();
            DatabaseSchema desired = dialect.normalize(EntityModel.read(entities, dialect, modelCache(),
                    new ModelPackagesHidden(Retort.class.getClassLoader(), entities.packages())));
            return new Timed(desired, since(start));
        });
        AutogenDatabase target = new AutogenDatabase(settings.database().get(), wrapper);
        Duration replay = Duration.ZERO;
        Timed current;
        String compared;
        if (fromRevisions) {
            long replayStart = System.nanoTime();
            AutogenDatabase scratch = target.createScratch();
            try {
                engines.apply(withDatabase(scratch.database())).upgrade("heads");
                replay = since(replayStart);
                current = inspect(scratch, reading);
            } finally {
                target.dropScratch(scratch);
            }
            compared = "the revisions, replayed into a scratch database beside " + target.database().description();
        } else {
            current = inspect(target, reading);
            compared = target.database().description();
        }
        Timed desired = await(reading);
        long diffStart = System.nanoTime();
        SchemaDiff diff = SchemaDiffer.between(dialect.normalize(current.schema()), desired.schema(), diffOptions());
        return new CheckReport(diff, compared, new AutogenTimings(replay, current.took(), desired.took(), since(diffStart)));
    }

    /** A schema and how long it took to get. */
    private record Timed(DatabaseSchema schema, Duration took) {}

    /**
     * Inspects the schemas {@code [model]} names, or else {@code public} and then, once the model
     * is read, any other schema it uses: at most two set-based inspections.
     */
    private Timed inspect(AutogenDatabase database, CompletableFuture<Timed> reading) {
        long start = System.nanoTime();
        TreeSet<String> first = new TreeSet<>(scope.includeSchemas().isEmpty() ? List.of(DatabaseSchema.DEFAULT_SCHEMA) : scope.includeSchemas());
        DatabaseSchema inspected = inspect(database, first);
        Duration took = since(start);
        if (scope.includeSchemas().isEmpty()) {
            TreeSet<String> more = new TreeSet<>(await(reading).schema().schemas().keySet());
            more.removeAll(first);
            if (!more.isEmpty()) {
                long again = System.nanoTime();
                TreeMap<String, SchemaDef> all = new TreeMap<>(inspected.schemas());
                all.putAll(inspect(database, more).schemas());
                inspected = new DatabaseSchema(all);
                took = took.plus(since(again));
            }
        }
        return new Timed(inspected, took);
    }

    private static Timed await(CompletableFuture<Timed> reading) {
        try {
            return reading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * Writes a revision with the operations that turn the database into the model. The database
     * must be at head (unless {@code fromRevisions}); with no difference nothing is written unless
     * {@code allowEmpty}.
     */
    AutogenResult autogenerate(AutogenRequest request) {
        if (!request.fromRevisions()) {
            List<String> missing = engine.missingForHeads();
            if (!missing.isEmpty()) {
                throw new RetortException("the database " + engine.describeDatabase() + " is not at head: "
                        + describeMissing(missing) + " not applied; run 'retort upgrade head' first (or compare with the revisions alone: --from-revisions)");
            }
        }
        CheckReport report = check(request.fromRevisions());
        if (report.clean() && !request.allowEmpty()) {
            return new AutogenResult(Optional.empty(), report);
        }
        GeneratedCode code = CodeWriter.write(report.diff());
        Path file = new RevisionAuthoring(engine.graph(), settings.scriptLocations(),
                RevisionWriter.forProject(settings.projectDir(), settings.fileTemplate()))
                .write(request.revision(), code.upgrades(), code.downgrades(), importLines(code));
        return new AutogenResult(Optional.of(file), report);
    }

    private static String describeMissing(List<String> missing) {
        int shown = Math.min(missing.size(), 10);
        String list = String.join(", ", missing.subList(0, shown)) + (missing.size() > shown ? " and " + (missing.size() - shown) + " more" : "");
        return (missing.size() == 1 ? "revision " : missing.size() + " revisions (") + list + (missing.size() == 1 ? " is" : ") are");
    }

    /** {@code schemas} of the database, without Retort's bookkeeping tables. */
    private DatabaseSchema inspect(AutogenDatabase database, TreeSet<String> schemas) {
        List<String> excluded = new ArrayList<>(InspectOptions.BOOKKEEPING_TABLES);
        excluded.add(settings.versionTable().name());
        excluded.add(settings.historyTable().name());
        excluded.add(settings.progressTable().name());
        InspectOptions options = InspectOptions.defaults().withSchemas(schemas.toArray(String[]::new))
                .withExcludedTables(excluded.toArray(String[]::new));
        try (Connection c = database.openForReading()) {
            return new PostgresInspector().inspect(c, options);
        } catch (SQLException e) {
            throw new RetortException("cannot close the inspection of " + database.database().description() + ": " + e.getMessage(), e);
        }
    }

    private DiffOptions diffOptions() {
        return scope.excludingTables(settings.versionTable().name(), settings.historyTable().name(),
                settings.progressTable().name());
    }

    /** The compiled entity classes share the revisions' cache ({@code .retort/cache}), keyed by content. */
    private Path modelCache() {
        return settings.cacheDirectory();
    }

    /** These settings pointed at {@code database}, with the replay's log lines kept quiet. */
    private RunSettings withDatabase(RunSettings.Database database) {
        return settings.on(database);
    }

    /** The generated code's imports as declarations: {@code import x.Y;}. */
    private static List<String> importLines(GeneratedCode code) {
        return new TreeSet<>(code.imports()).stream()
                .map(i -> i.startsWith("import ") ? i : "import " + i + ";")
                .toList();
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /**
     * The class loader entity classes see, without the model's own packages: the entities come from
     * {@code [model]}'s sources or classpath, never from stale copies on Retort's own class path
     * (an application that runs Retort as a library has its entities there).
     */
    private static final class ModelPackagesHidden extends ClassLoader {
        private final List<String> prefixes;

        ModelPackagesHidden(ClassLoader parent, List<String> packages) {
            super(parent);
            this.prefixes = packages.stream().map(p -> p + ".").toList();
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (prefixes.stream().anyMatch(name::startsWith)) {
                throw new ClassNotFoundException(name);
            }
            return super.loadClass(name, resolve);
        }
    }
}
