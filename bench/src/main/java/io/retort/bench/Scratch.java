package io.retort.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The PostgreSQL server the benchmark runs on, and the fresh databases each run gets. */
final class Scratch {
    static final String HOST = "127.0.0.1";
    static final int PORT = 5432;
    static final String USER = "postgres";

    private Scratch() {}

    /** The URL without credentials, as the tools' configurations take it. */
    static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }

    static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), USER, "");
    }

    /** Drops {@code database} if a previous run left it, then creates it empty. */
    static void create(String database) {
        admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        admin("CREATE DATABASE " + database);
    }

    static void drop(String database) {
        admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    static String serverVersion() {
        return query("postgres", "SELECT version()", r -> r.getString(1));
    }

    /** The catalog the workload's tables ({@code t<i>}) make up in {@code database}. */
    static Workload.Catalog catalog(String database) {
        String tables = "SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                + "WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname ~ '^t[0-9]+$'";
        return query(database, "SELECT (SELECT count(*) FROM (" + tables + ") t), "
                + "(SELECT count(*) FROM pg_attribute WHERE attnum > 0 AND NOT attisdropped AND attrelid IN (" + tables + ")), "
                + "(SELECT count(*) FROM pg_index WHERE indrelid IN (" + tables + ")), "
                + "(SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND conrelid IN (" + tables + "))",
                r -> new Workload.Catalog(r.getInt(1), r.getInt(2), r.getInt(3), r.getInt(4)));
    }

    /** The tables in {@code database} besides the workload's: the tool's own bookkeeping. */
    static String otherTables(String database) {
        return query(database, "SELECT coalesce(string_agg(table_schema || '.' || table_name, ', ' ORDER BY table_schema, table_name), '') "
                + "FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema') "
                + "AND table_name !~ '^t[0-9]+$' AND table_name <> '" + BulkLoad.TABLE + "'", r -> r.getString(1));
    }

    static long rowCount(String database, String table) {
        return query(database, "SELECT count(*) FROM " + table, r -> r.getLong(1));
    }

    /** Runs SQL with no result on {@code database}. */
    static void execute(String database, String sql) {
        try (Connection c = connect(database); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on " + jdbcUrl(database) + ": " + e.getMessage(), e);
        }
    }

    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    static <T> T query(String database, String sql, RowReader<T> reader) {
        try (Connection c = connect(database); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return reader.read(r);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on " + jdbcUrl(database) + ": " + e.getMessage(), e);
        }
    }

    private static void admin(String sql) {
        execute("postgres", sql);
    }
}
