package io.retort.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Retort form of a workload: a folder with {@code versions/} (one Java revision file per
 * revision, as a user writes them) and one {@code retort.toml} per database it is run against.
 */
record RetortProject(Path root) {

    /** Retort's {@code transaction_per} setting. */
    enum TransactionPer {
        MIGRATION, RUN;

        String toml() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static final String ENVIRONMENT = "bench";

    Path versions() {
        return root.resolve("versions");
    }

    /** Where Retort keeps compiled revisions (its revision cache). */
    Path cache() {
        return root.resolve(".retort");
    }

    void writeRevisions(Workload workload) {
        String parent = null;
        for (Workload.Step step : workload.steps()) {
            WorkFolder.write(versions().resolve(className(step) + ".java"), revisionSource(step, parent));
            parent = step.id();
        }
    }

    /** Writes {@code <database>.toml} pointing at the database, and returns its path. */
    Path writeConfig(String database, TransactionPer transactionPer) {
        Map<String, Object> environment = new LinkedHashMap<>();
        environment.put("url", Scratch.jdbcUrl(database));
        environment.put("user", Scratch.USER);
        environment.put("transaction_per", transactionPer.toml());
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("retort", Map.of("script_locations", List.of(root.relativize(versions()).toString())));
        config.put("environments", Map.of(ENVIRONMENT, environment));
        return writeToml(root.resolve(database + ".toml"), config);
    }

    /**
     * Writes {@code retort.toml} for {@code check} against {@code database}: no revisions, and a
     * {@code [model]} section reading the entities of {@code entityPackage} from the {@code model/} sources.
     */
    Path writeModelConfig(String database, String entityPackage) {
        WorkFolder.write(versions().resolve(".keep"), "");
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("retort", Map.of("script_locations", List.of(root.relativize(versions()).toString())));
        config.put("model", Map.of("sources", List.of(root.relativize(modelSources()).toString()), "packages", List.of(entityPackage)));
        config.put("environments", Map.of(ENVIRONMENT, Map.of("url", Scratch.jdbcUrl(database), "user", Scratch.USER)));
        return writeToml(root.resolve("retort.toml"), config);
    }

    /** The entity sources a {@code [model]} section reads. */
    Path modelSources() {
        return root.resolve("model");
    }

    private static Path writeToml(Path toml, Map<String, Object> config) {
        try {
            WorkFolder.write(toml, new TomlMapper().writeValueAsString(config));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render " + toml, e);
        }
        return toml;
    }

    static String className(Workload.Step step) {
        return "R%05d_%s".formatted(step.revision(), step.slug());
    }

    static String revisionSource(Workload.Step step, String parent) {
        String down = parent == null ? "" : ", down = \"" + parent + "\"";
        String[] body = step instanceof Workload.CreateTable t ? createTable(t) : addColumn((Workload.AddColumn) step);
        return """
                import static io.retort.ops.Column.column;
                import static io.retort.ops.Constraint.foreignKey;
                import static io.retort.ops.Types.BIGINT;
                import static io.retort.ops.Types.TIMESTAMPTZ;
                import static io.retort.ops.Types.varchar;

                import io.retort.Migration;
                import io.retort.Revision;
                import io.retort.ops.Ops;

                @Revision(id = "%s"%s, message = "%s")
                public class %s implements Migration {
                    @Override
                    public void upgrade(Ops op) {
                %s    }

                    @Override
                    public void downgrade(Ops op) {
                %s    }
                }
                """.formatted(step.id(), down, step.message(), className(step), body[0], body[1]);
    }

    private static String[] createTable(Workload.CreateTable t) {
        List<String> elements = new ArrayList<>(List.of(
                "column(\"id\", BIGINT).primaryKey()",
                "column(\"name\", varchar(100)).notNull()",
                "column(\"created_at\", TIMESTAMPTZ).defaultSql(\"now()\")"));
        if (t.previousTable() != null) {
            elements.add("column(\"prev_id\", BIGINT)");
            elements.add("foreignKey(\"prev_id\", \"" + t.previousTable() + "\", \"id\")");
        }
        String upgrade = "        op.createTable(\"" + t.table() + "\",\n"
                + elements.stream().map(e -> "                " + e).collect(Collectors.joining(",\n")) + ");\n"
                + "        op.createIndex(\"" + t.index() + "\", \"" + t.table() + "\", \"name\", \"created_at\");\n";
        String downgrade = "        op.dropIndex(\"" + t.index() + "\");\n"
                + "        op.dropTable(\"" + t.table() + "\");\n";
        return new String[] {upgrade, downgrade};
    }

    private static String[] addColumn(Workload.AddColumn a) {
        return new String[] {
            "        op.addColumn(\"" + a.table() + "\", column(\"" + a.column() + "\", varchar(50)));\n",
            "        op.dropColumn(\"" + a.table() + "\", \"" + a.column() + "\");\n"
        };
    }
}
