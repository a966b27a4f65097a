package io.retort.safety;

import io.retort.RetortException;
import io.retort.runtime.MigrationEngine;
import io.retort.runtime.RunSettings;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database made for one {@code verify} on the server of the configured one, and dropped after:
 * the configured database itself is never touched.
 */
final class ScratchDatabase implements AutoCloseable {
    private static final Pattern URL = Pattern.compile("^(jdbc:postgresql://[^/?]*)(/[^?]*)?(\\?.*)?$");

    private final MigrationEngine home;
    private final String purpose;
    private final String name;
    private final RunSettings.Database database;

    private ScratchDatabase(MigrationEngine home, String purpose, String name, RunSettings.Database database) {
        this.home = home;
        this.purpose = purpose;
        this.name = name;
        this.database = database;
    }

    static ScratchDatabase create(MigrationEngine home) {
        return create(home, "verify");
    }

    /** A scratch database for the command {@code purpose} (e.g. {@code rehearse}), which names it in messages. */
    static ScratchDatabase create(MigrationEngine home, String purpose) {
        RunSettings.Database db = home.database();
        Matcher m = URL.matcher(db.url());
        if (!m.matches()) {
            throw new RetortException(purpose + " needs a jdbc:postgresql://host:port/database URL to make its scratch"
                    + " database beside, not " + db.description());
        }
        byte[] random = new byte[6];
        new SecureRandom().nextBytes(random);
        String name = "retort_" + purpose + "_" + HexFormat.of().formatHex(random);
        run(home, purpose, "CREATE DATABASE " + name, "create the scratch database " + name + " (the user needs CREATEDB)");
        String url = m.group(1) + "/" + name + (m.group(3) == null ? "" : m.group(3));
        return new ScratchDatabase(home, purpose, name, new RunSettings.Database(url, db.user(), db.password(),
                "scratch database " + name + " beside " + db.description()));
    }

    RunSettings.Database database() {
        return database;
    }

    @Override
    public void close() {
        run(home, purpose, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)", "drop the scratch database " + name);
    }

    String name() {
        return name;
    }

    private static void run(MigrationEngine engine, String purpose, String sql, String what) {
        try (Connection c = engine.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new RetortException(purpose + " could not " + what + " on " + engine.describeDatabase() + ": " + e.getMessage(), e);
        }
    }
}
