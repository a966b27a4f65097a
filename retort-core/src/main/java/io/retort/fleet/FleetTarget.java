package io.retort.fleet;

import io.retort.Redaction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * One database, or one schema of a database, in a fleet. {@code toString()} shows no password.
 *
 * @param name stable: it picks the target's shard and keys its ledger rows
 * @param url the database; for a schema target, the database holding the schema
 * @param schema the tenant schema: its version and history tables live in it, and its migrations
 *     run with it first on the search path; empty for a whole database
 * @param arguments the target's own {@code -x} arguments, besides the command line's
 */
public record FleetTarget(String name, String url, String user, String password, Optional<String> schema,
                          Map<String, String> arguments) {
    public FleetTarget {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(schema, "schema");
        arguments = Map.copyOf(arguments);
    }

    /** The URL migrations connect with: for a schema target, with that schema first on the search path. */
    public String connectionUrl() {
        return schema.map(s -> url + (url.contains("?") ? "&" : "?") + "currentSchema=" + s + ",public").orElse(url);
    }

    /** A hash of the name that is the same in every process and on every machine, for {@link Shard}. */
    long stableHash() {
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

    @Override
    public String toString() {
        return name + " (" + Redaction.url(url) + schema.map(s -> ", schema " + s).orElse("") + ")";
    }
}
