package io.retort.test;

import io.retort.RetortException;
import io.retort.embedded.EmbeddedPostgres;
import io.retort.embedded.EmbeddedSettings;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL server test databases are made on, as a JDBC URL of one of its databases (with
 * the credentials): the one asked for, else 127.0.0.1:5432 when it answers, else the embedded server
 * of {@code <java.io.tmpdir>/retort-test-postgres}, the one Retort's own tests use.
 */
record DatabaseServer(String url) {
    static final String URL_PROPERTY = "retort.test.url";
    static final String URL_VARIABLE = "RETORT_TEST_URL";
    private static final Pattern JDBC = Pattern.compile("^(jdbc:postgresql://[^/?]*)(/[^?]*)?(\\?.*)?$");
    /**
     * The application name of this JVM's connections to the embedded server, which do not keep it
     * running at exit; Retort's own test support names its connections alike, so that the two
     * exit hooks of one JVM do not each wait for the other.
     */
    private static final String THIS_JVM = "retort-tests-" + ProcessHandle.current().pid();
    private static final String LOCAL = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";

    DatabaseServer {
        if (!JDBC.matcher(url).matches()) {
            throw new RetortException("@RetortDatabase needs a jdbc:postgresql://host:port/database URL, not '"
                    + url.replaceAll("password=[^&]*", "password=***") + "' (from url, -D" + URL_PROPERTY + " or " + URL_VARIABLE + ")");
        }
    }

    /** The server asked for ({@code url} from the annotation, the property or the variable), else the default. */
    static DatabaseServer choose(String url) {
        return Optional.ofNullable(blankToNull(url))
                .or(() -> Optional.ofNullable(blankToNull(System.getProperty(URL_PROPERTY))))
                .or(() -> Optional.ofNullable(blankToNull(System.getenv(URL_VARIABLE))))
                .map(DatabaseServer::new)
                .orElseGet(() -> Default.SERVER);
    }

    /** The URL of {@code database} on this server, same credentials and parameters. */
    String url(String database) {
        Matcher m = JDBC.matcher(url);
        m.matches();
        return m.group(1) + "/" + database + (m.group(3) == null ? "" : m.group(3));
    }

    /** Runs one statement on the server's given database (CREATE or DROP DATABASE). */
    void execute(String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new RetortException("@RetortDatabase could not run '" + sql + "' on " + describe() + ": " + e.getMessage(), e);
        }
    }

    /** The URL for messages: no password. */
    String describe() {
        return url.replaceAll("password=[^&]*", "password=***");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Decided on first use, then fixed for the JVM. */
    private static final class Default {
        static final DatabaseServer SERVER = answers() ? new DatabaseServer(LOCAL) : embedded();
    }

    private static boolean answers() {
        if (Boolean.getBoolean("retort.test.embedded")) {
            return false;
        }
        Properties props = new Properties();
        props.setProperty("connectTimeout", "2");
        try (Connection c = DriverManager.getConnection(LOCAL, props)) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static DatabaseServer embedded() {
        Path project = Path.of(System.getProperty("retort.test.embedded.project",
                Path.of(System.getProperty("java.io.tmpdir"), "retort-test-postgres").toString()));
        EmbeddedPostgres server = EmbeddedPostgres.forProject(project, EmbeddedSettings.defaults());
        if (!server.status().running()) {
            // A test run leaves no server behind, but does not cut off another JVM's tests.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stopUnlessUsedByOthers(THIS_JVM)));
        }
        return new DatabaseServer(server.jdbcUrl("postgres") + "&ApplicationName=" + THIS_JVM);
    }
}
