package io.retort.test;

import io.retort.Retort;
import io.retort.RetortException;
import io.retort.graph.RevisionNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Template databases and their clones. A template is named after a hash of the target and every
 * revision's id and checksum, so changed revisions make a new one; it is built under a PostgreSQL
 * advisory lock (two JVMs wanting the same template: the second waits, then finds it), in a
 * database of another name that is renamed once at its target, so a half-built template is never
 * cloned. It is then marked a template that takes no connections, which cloning requires.
 */
final class DatabaseTemplates {
    private static final String PREFIX = "retort_tpl_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private DatabaseTemplates() {}

    /** A new database at {@code target}, cloned from its template (built first if missing). */
    static MigratedDatabase clone(DatabaseServer server, Supplier<Retort.Builder> settings, String target, String owner) {
        long start = System.nanoTime();
        String fingerprint = fingerprint(settings.get().database(server.url(), null, null).build(), target);
        String template = PREFIX + fingerprint;
        if (!exists(server, template)) {
            build(server, settings, target, template);
        }
        String name = freshName(owner);
        server.execute("CREATE DATABASE " + name + " TEMPLATE " + template);
        return new MigratedDatabase(name, server.url(name), Duration.ofNanos(System.nanoTime() - start), settings);
    }

    /** A new empty database, for checks that make their own databases beside it. */
    static String empty(DatabaseServer server, String owner) {
        String name = freshName(owner);
        server.execute("CREATE DATABASE " + name);
        return name;
    }

    static void drop(DatabaseServer server, String name) {
        server.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    /** 16 hex digits of the SHA-256 of the target and each revision's id and checksum, in graph order. */
    static String fingerprint(Retort retort, String target) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((target + "\n").getBytes(StandardCharsets.UTF_8));
            for (RevisionNode node : retort.graph().topological()) {
                sha.update((node.id() + " " + retort.checksum(node.id()) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static void build(DatabaseServer server, Supplier<Retort.Builder> settings, String target, String template) {
        try (Connection c = DriverManager.getConnection(server.url())) {
            long key = Long.parseUnsignedLong(template.substring(PREFIX.length()), 16);
            query(c, "SELECT pg_advisory_lock(?)", key);
            try {
                if (exists(server, template)) {
                    return; // another JVM built it while this one waited
                }
                // Left by a JVM that died building it: no one else builds it while the lock is held.
                String building = template + "_build";
                server.execute("DROP DATABASE IF EXISTS " + building + " WITH (FORCE)");
                server.execute("CREATE DATABASE " + building);
                long start = System.nanoTime();
                try {
                    settings.get().database(server.url(building), null, null).confirmed(true).log(line -> {}).build().upgrade(target);
                } catch (RuntimeException e) {
                    drop(server, building);
                    throw e;
                }
                System.err.printf(Locale.ROOT, "retort-test: migrated the template %s to %s in %d ms%n", template, target,
                        (System.nanoTime() - start) / 1_000_000);
                server.execute("ALTER DATABASE " + building + " RENAME TO " + template);
                server.execute("ALTER DATABASE " + template + " WITH IS_TEMPLATE true ALLOW_CONNECTIONS false");
            } finally {
                query(c, "SELECT pg_advisory_unlock(?)", key);
            }
        } catch (SQLException e) {
            throw new RetortException("@RetortDatabase could not lock the template " + template + " on " + server.describe()
                    + ": " + e.getMessage(), e);
        }
    }

    private static boolean exists(DatabaseServer server, String database) {
        try (Connection c = DriverManager.getConnection(server.url())) {
            return query(c, "SELECT 1 FROM pg_database WHERE datname = ?", database);
        } catch (SQLException e) {
            throw new RetortException("@RetortDatabase cannot connect to " + server.describe() + ": " + e.getMessage(), e);
        }
    }

    private static boolean query(Connection c, String sql, Object parameter) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** {@code retort_t_<owner>_<8 hex digits>}, within PostgreSQL's 63 characters. */
    private static String freshName(String owner) {
        String label = owner.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        byte[] random = new byte[4];
        RANDOM.nextBytes(random);
        return "retort_t_" + label.substring(0, Math.min(label.length(), 40)) + "_" + HexFormat.of().formatHex(random);
    }
}
