package io.retort.testing;

import io.retort.embedded.EmbeddedPostgres;
import io.retort.embedded.EmbeddedSettings;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The PostgreSQL server tests run against: the machine's server on 127.0.0.1:5432 (user
 * postgres, trust auth) when it answers, otherwise Retort's embedded server for the project folder
 * {@code <java.io.tmpdir>/retort-test-postgres} (or {@code retort.test.embedded.project}), which
 * asks for its password. The system property {@code retort.test.embedded=true} forces the embedded
 * server. Chosen once per JVM. An embedded server this JVM started is stopped when the JVM ends,
 * unless another JVM's tests are connected to it, so a test run leaves no server behind.
 */
public final class TestServer {
    /** Set to {@code true} to use the embedded server even when 127.0.0.1:5432 answers. */
    public static final String FORCE_EMBEDDED = "retort.test.embedded";

    /** The project folder of the embedded server, if not {@code <java.io.tmpdir>/retort-test-postgres}. */
    public static final String EMBEDDED_PROJECT = "retort.test.embedded.project";

    /** The server's address, for tools such as psql: {@code psql -h HOST -p PORT -U postgres}. */
    public static final String HOST = "127.0.0.1";

    private static final int LOCAL_PORT = 5432;
    private static final String ADMIN_DATABASE = "/postgres?";

    private TestServer() {}

    /** The URL of {@code database} as postgres, with the embedded server's password when it is chosen. */
    public static String url(String database) {
        return Chosen.SERVER.adminUrl().replace(ADMIN_DATABASE, "/" + database + "?");
    }

    /** The chosen server's port: 5432, or the embedded server's. */
    public static int port() {
        return Chosen.SERVER.port();
    }

    /** What psql needs in its environment to log in: the embedded server's PGPASSFILE, or nothing. */
    public static Map<String, String> psqlEnvironment() {
        return Chosen.SERVER.passwordFile().map(file -> Map.of("PGPASSFILE", file.toString())).orElse(Map.of());
    }

    public static Connection admin() throws SQLException {
        return DriverManager.getConnection(url("postgres"));
    }

    /** A server: its port, the URL of its database postgres, and the embedded server's pgpass file. */
    private record Server(int port, String adminUrl, Optional<Path> passwordFile) {}

    /** Lazily decided on first use, then fixed for the JVM. */
    private static final class Chosen {
        static final Server SERVER = choose();
    }

    private static Server choose() {
        if (!Boolean.getBoolean(FORCE_EMBEDDED) && answers(LOCAL_PORT)) {
            return new Server(LOCAL_PORT, "jdbc:postgresql://" + HOST + ":" + LOCAL_PORT + ADMIN_DATABASE + "user=postgres",
                    Optional.empty());
        }
        Path project = Path.of(System.getProperty(EMBEDDED_PROJECT,
                Path.of(System.getProperty("java.io.tmpdir"), "retort-test-postgres").toString()));
        EmbeddedPostgres server = EmbeddedPostgres.forProject(project, EmbeddedSettings.defaults());
        boolean wasRunning = server.status().running();
        String adminUrl = server.jdbcUrl("postgres") + "&ApplicationName=" + THIS_JVM;
        if (!wasRunning) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopUnlessUsedByOthers(server)));
        }
        return new Server(server.status().port(), adminUrl, Optional.of(server.passwordFile()));
    }

    /** The application name of this JVM's connections, which do not keep the server from stopping at exit. */
    private static final String THIS_JVM = "retort-tests-" + ProcessHandle.current().pid();

    /** Stops the embedded server at exit, unless the tests of another JVM (another module's, say) use it. */
    private static void stopUnlessUsedByOthers(EmbeddedPostgres server) {
        long others = server.stopUnlessUsedByOthers(THIS_JVM);
        System.err.println(others > 0 ? "TestServer: " + others + " clients of other programs use the embedded"
                + " PostgreSQL, so it stays; its idle shutdown stops it after them"
                : "TestServer: stopped the embedded PostgreSQL this JVM started");
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
