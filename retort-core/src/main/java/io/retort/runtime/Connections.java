package io.retort.runtime;

import io.retort.Redaction;
import io.retort.RetortException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import javax.sql.DataSource;

/** Opens connections and turns the driver's failures into messages a user can act on. */
final class Connections {
    private Connections() {}

    static Connection open(String url, String user, String password) {
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new RetortException("'" + Redaction.url(url) + "' is not a PostgreSQL JDBC URL; write it as "
                    + "jdbc:postgresql://HOST:PORT/DATABASE");
        }
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        props.setProperty("ApplicationName", "retort");
        props.setProperty("connectTimeout", "10");
        try {
            return DriverManager.getConnection(url, props);
        } catch (SQLException e) {
            throw new RetortException(describe(url, e), e);
        }
    }

    /**
     * A connection from an application's DataSource, in autocommit as Retort's own start. Its
     * session settings are left alone: a pool hands it to the application afterwards.
     */
    static Connection open(DataSource source, String description) {
        try {
            Connection c = source.getConnection();
            if (!c.getAutoCommit()) {
                c.setAutoCommit(true);
            }
            return c;
        } catch (SQLException e) {
            throw new RetortException(describeFailure(description, e), e);
        }
    }

    /**
     * Has the backend of {@code c}, about to run migrations, check every second that its client is
     * still there, so a killed client's transaction is rolled back at once. Only in autocommit,
     * where the error of PostgreSQL before 14, which lacks the setting, aborts no transaction.
     */
    static void checkClientEverySecond(Connection c) throws SQLException {
        if (!c.getAutoCommit()) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute("SET client_connection_check_interval = '1s'");
        } catch (SQLException e) {
            // PostgreSQL before 14 has no such setting; the run works without it.
        }
    }

    static String describe(String url, SQLException e) {
        return describeFailure(Redaction.url(url), e);
    }

    private static String describeFailure(String target, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        // The driver's sentences end with a period; the hint follows after "; ".
        String reason = (e.getMessage() == null ? e.toString() : e.getMessage().strip()).replaceFirst("\\.$", "");
        if (reason.contains("but no password was provided")) {
            return "cannot log in to " + target + ": the server asks for a password and none was given;"
                    + " set password in the environment (or password= in the URL)";
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return "cannot log in to " + target + ": " + reason + "; check the user and password of the environment";
        }
        if (state.equals("3D000")) {
            return "cannot connect to " + target + ": " + reason + "; create the database first";
        }
        if (state.startsWith("08")) {
            return "cannot reach the database at " + target + ": " + reason
                    + "; is the server running, and are the host and port right?";
        }
        return "cannot connect to " + target + ": " + reason;
    }

}
