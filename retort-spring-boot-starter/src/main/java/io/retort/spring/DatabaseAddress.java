package io.retort.spring;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** The database the starter migrates and the endpoint reads, as Retort connects to it. */
record DatabaseAddress(String url, String user, String password) {
    Connection connect() throws SQLException {
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        return DriverManager.getConnection(url, props);
    }

    @Override
    public String toString() {
        return "DatabaseAddress[" + url.replaceAll("(?i)(password=)[^&;]*", "$1***") + ", user=" + user + "]";
    }
}
