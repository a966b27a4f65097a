package io.retort.safety;

import io.retort.RetortException;
import io.retort.runtime.MigrationEngine;
import io.retort.runtime.RunSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code retort backup} and {@code retort restore}: pg_dump's custom format into a folder that keeps
 * the newest {@code keep} backups of each database, and pg_restore back, in one transaction.
 */
public final class Backups {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    /** User objects a restore would collide with: tables, views, sequences, foreign tables. */
    private static final String USER_RELATIONS = "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND n.nspname NOT IN ('pg_catalog', 'information_schema')"
            + " AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'";

    private final Path folder;
    private final int keep;
    private final Optional<Path> programs;

    private Backups(Path folder, int keep, Optional<Path> programs) {
        this.folder = folder;
        this.keep = keep;
        this.programs = programs;
    }

    /**
     * Backups into {@code folder}, keeping the newest {@code keep} of each database, made with the
     * programs in {@code programs} (empty: found on the machine).
     */
    public static Backups of(Path folder, int keep, Optional<Path> programs) {
        return new Backups(folder, keep, programs);
    }

    /** Dumps {@code engine}'s database into a new timestamped file, prunes older ones, and returns the file. */
    public Path backup(MigrationEngine engine) {
        RunSettings.Database db = engine.database();
        LibpqParameters target = LibpqParameters.of(db);
        ClientPrograms tools = ClientPrograms.find(programs, serverMajor(engine));
        String prefix = target.database().replaceAll("[^A-Za-z0-9_.-]", "_") + "-";
        Path file = folder.resolve(prefix + STAMP.format(ZonedDateTime.now(ZoneOffset.UTC)) + ".dump");
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new RetortException("cannot create the backup folder " + folder + ": " + e.getMessage(), e);
        }
        dump(tools, target, file, "backup of " + db.description());
        prune(prefix);
        return file;
    }

    /**
     * Restores {@code file} into {@code engine}'s database in one transaction; refuses a database
     * that holds tables unless {@code clean}, which first drops every schema's contents.
     */
    public void restore(MigrationEngine engine, Path file, boolean clean) {
        if (!Files.isRegularFile(file)) {
            throw new RetortException(file + ": no such backup file; nothing was changed");
        }
        RunSettings.Database db = engine.database();
        LibpqParameters target = LibpqParameters.of(db);
        ClientPrograms tools = ClientPrograms.find(programs, serverMajor(engine));
        // Read the whole archive before touching the database: a bad file changes nothing.
        try {
            ProgramRun.run(List.of(tools.restore().toString(), "--list", file.toString()), target.variables(), "reading " + file);
        } catch (RetortException e) {
            throw new RetortException(e.getMessage() + "; is it a backup from 'retort backup' (pg_dump -Fc)? nothing was changed", e);
        }
        long relations = query(engine, USER_RELATIONS);
        if (relations > 0 && !clean) {
            throw new RetortException(db.description() + " is not empty (" + relations + " tables, views or sequences):"
                    + " restore into an empty database, or add --clean to replace its contents; nothing was changed");
        }
        if (clean) {
            emptySchemas(engine);
        }
        load(tools, target, file, "restoring " + file + " into " + db.description());
    }

    /** Copies {@code from}'s database into {@code into}'s empty one through a dump in {@code file}. */
    void copy(MigrationEngine from, MigrationEngine into, Path file) {
        int major = Math.max(serverMajor(from), serverMajor(into));
        ClientPrograms tools = ClientPrograms.find(programs, major);
        dump(tools, LibpqParameters.of(from.database()), file, "copying " + from.describeDatabase());
        load(tools, LibpqParameters.of(into.database()), file, "loading the copy into " + into.describeDatabase());
    }

    private static void dump(ClientPrograms tools, LibpqParameters target, Path file, String what) {
        // Written beside and renamed: a failed dump leaves no file that looks like a backup.
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            ProgramRun.run(List.of(tools.dump().toString(), "--format=custom", "--no-password", "--file=" + partial,
                    "--dbname=" + target.database()), target.variables(), what);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new RetortException(what + " failed: cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            partial.toFile().delete();
        }
    }

    private static void load(ClientPrograms tools, LibpqParameters target, Path file, String what) {
        ProgramRun.run(List.of(tools.restore().toString(), "--single-transaction", "--exit-on-error", "--no-password",
                "--dbname=" + target.database(), file.toString()), target.variables(), what);
    }

    /** Deletes all but the newest {@code keep} backups named {@code prefix...}. */
    private void prune(String prefix) {
        Pattern ours = Pattern.compile(Pattern.quote(prefix) + "\\d{8}-\\d{6}-\\d{3}\\.dump");
        List<Path> backups = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> ours.matcher(f.getFileName().toString()).matches()).sorted().forEach(backups::add);
            for (Path old : backups.subList(0, Math.max(0, backups.size() - keep))) {
                Files.deleteIfExists(old);
            }
        } catch (IOException e) {
            throw new RetortException("the backup was written, but older ones in " + folder + " could not be deleted: "
                    + e.getMessage(), e);
        }
    }

    /** Drops every user schema with its contents and makes {@code public} again as a new database has it. */
    private static void emptySchemas(MigrationEngine engine) {
        try (Connection c = engine.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            List<String> schemas = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT quote_ident(nspname) FROM pg_namespace WHERE nspname NOT IN"
                    + " ('pg_catalog', 'information_schema') AND nspname NOT LIKE 'pg\\_toast%' AND nspname NOT LIKE 'pg\\_temp%'")) {
                while (rs.next()) {
                    schemas.add(rs.getString(1));
                }
            }
            for (String schema : schemas) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
            s.execute("CREATE SCHEMA public");
            s.execute(serverMajor(c) >= 15 ? "ALTER SCHEMA public OWNER TO pg_database_owner" : "GRANT CREATE ON SCHEMA public TO PUBLIC");
            s.execute("GRANT USAGE ON SCHEMA public TO PUBLIC");
            c.commit();
        } catch (SQLException e) {
            throw new RetortException("restore --clean could not empty " + engine.describeDatabase() + ": " + e.getMessage()
                    + "; nothing was changed", e);
        }
    }

    static int serverMajor(MigrationEngine engine) {
        return (int) (query(engine, "SHOW server_version_num") / 10000);
    }

    private static int serverMajor(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW server_version_num")) {
            rs.next();
            return Integer.parseInt(rs.getString(1)) / 10000;
        }
    }

    private static long query(MigrationEngine engine, String sql) {
        try (Connection c = engine.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return Long.parseLong(rs.getString(1));
        } catch (SQLException e) {
            throw new RetortException("cannot read " + engine.describeDatabase() + " (" + sql + "): " + e.getMessage(), e);
        }
    }
}
