package io.retort.config;

import io.retort.Redaction;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * retort.toml's {@code [fleet]} table (or an environment's {@code [environments.NAME.fleet]}, which
 * replaces it): the databases and schemas {@code retort fleet} runs on. Targets come from any of
 * three sources, in this order: the {@code [fleet.targets.NAME]} tables, every schema of the
 * environment's database whose name is {@code LIKE schemas}, and the rows of {@code query}.
 * {@code ${VAR}} placeholders are kept as written until the fleet is resolved.
 *
 * @param schemas a {@code LIKE} pattern over the schemas of the environment's database: one target per schema
 * @param query SQL run on the control database, one target per row: columns {@code name} and
 *     {@code url} or {@code schema}; any other column becomes a {@code -x} argument of that target
 * @param controlUrl the control database, where {@code query} runs and the fleet's ledger is kept;
 *     without it, the environment's database when there is a query, else no control database
 * @param targets the targets named in the file, in file order
 */
public record FleetConfig(Optional<String> schemas, Optional<String> query, Optional<String> controlUrl,
                          List<Target> targets) {
    public FleetConfig {
        Objects.requireNonNull(schemas, "schemas");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(controlUrl, "controlUrl");
        targets = List.copyOf(targets);
    }

    /**
     * One {@code [fleet.targets.NAME]} table: a database by URL, or a schema of the environment's database.
     *
     * @param arguments {@code -x} arguments for this target's migrations ({@code op.argument})
     */
    public record Target(String name, Optional<String> url, Optional<String> schema, Map<String, String> arguments) {
        public Target {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(schema, "schema");
            arguments = Map.copyOf(arguments);
        }

        @Override
        public String toString() {
            return "Target[name=" + name + ", url=" + url.map(Redaction::url).orElse("") + ", schema="
                    + schema.orElse("") + ", arguments=" + arguments + "]";
        }
    }

    /**
     * The same fleet with {@code ${VAR}} and {@code ${VAR:-default}} in its URLs replaced from
     * {@code variables}; a missing variable is an error naming it and {@code file}.
     */
    public FleetConfig expanded(Map<String, String> variables, java.nio.file.Path file) {
        EnvironmentVariables vars = new EnvironmentVariables(variables);
        FleetConfig out = new FleetConfig(schemas, query, vars.expand(controlUrl), targets.stream()
                .map(t -> new Target(t.name(), vars.expand(t.url()), t.schema(), t.arguments())).toList());
        if (!vars.missing().isEmpty()) {
            throw new io.retort.RetortException(file + ": the fleet needs " + String.join(", ", vars.missing())
                    + ", which is not set");
        }
        return out;
    }

    @Override
    public String toString() {
        return "FleetConfig[schemas=" + schemas.orElse("") + ", query=" + query.orElse("") + ", controlUrl="
                + controlUrl.map(Redaction::url).orElse("") + ", targets=" + targets + "]";
    }
}
