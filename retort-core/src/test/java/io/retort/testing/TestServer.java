package io.retort.testing;

import io.retort.embedded.EmbeddedPostgres;
import io.retort.embedded.EmbeddedSettings;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The PostgreSQL server tests run against: the machine's server on 127.0.0.1:5432 (user
 * postgres, trust auth) when it answers, otherwise Retort's embedded server for the project folder
 * {@code <java.io.tmpdir>/retort-test-postgres}, which keeps running between test runs. The system
 * property {@code retort.test.embedded=true} forces the embedded server. Chosen once per JVM.
 */
public final class TestServer {
    /** Set to {@code true} to use the embedded server even when 127.0.0.1:5432 answers. */
    public static final String FORCE_EMBEDDED = "retort.test.embedded";

    /** The server's address, for tools such as psql: {@code psql -h HOST -p PORT -U postgres}. */
    public static final String HOST = "127.0.0.1";

    private static final int LOCAL_PORT = 5432;

    private TestServer() {}

    public static String url(String database) {
        return "jdbc:postgresql://" + HOST + ":" + port() + "/" + database + "?user=postgres";
    }

    /** The chosen server's port: 5432, or the embedded server's. */
    public static int port() {
        return Chosen.PORT;
    }

    public static Connection admin() throws SQLException {
        return DriverManager.getConnection(url("postgres"));
    }

    /** Lazily decided on first use, then fixed for the JVM. */
    private static final class Chosen {
        static final int PORT = choose();
    }

    private static int choose() {
        if (!Boolean.getBoolean(FORCE_EMBEDDED) && answers(LOCAL_PORT)) {
            return LOCAL_PORT;
        }
        Path project = Path.of(System.getProperty("java.io.tmpdir"), "retort-test-postgres");
        EmbeddedPostgres server = EmbeddedPostgres.forProject(project, EmbeddedSettings.defaults());
        server.jdbcUrl("postgres");
        return server.status().port();
    }

    private static boolean answers(int port) {
        Properties props = new Properties();
        props.setProperty("user", "postgres");
        props.setProperty("connectTimeout", "2");
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + port + "/postgres", props)) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
