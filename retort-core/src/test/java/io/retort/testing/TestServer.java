package io.retort.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The PostgreSQL server tests run against: the machine's server on 127.0.0.1:5432 (user
 * postgres, trust auth) when it answers, otherwise Retort's embedded server.
 */
public final class TestServer {
    private static final String HOST = "127.0.0.1";
    private static final int PORT = 5432;

    private TestServer() {}

    public static String url(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database + "?user=postgres";
    }

    public static Connection admin() throws SQLException {
        return DriverManager.getConnection(url("postgres"));
    }
}
