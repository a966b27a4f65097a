package io.retort.test;

import io.retort.Retort;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database made for a test by {@link RetortDatabase}, at its target; dropped after the test or class.
 */
public final class MigratedDatabase {
    private final String name;
    private final String url;
    private final Duration madeIn;
    private final Supplier<Retort.Builder> settings;

    MigratedDatabase(String name, String url, Duration madeIn, Supplier<Retort.Builder> settings) {
        this.name = name;
        this.url = url;
        this.madeIn = madeIn;
        this.settings = settings;
    }

    /** The database's name, {@code retort_t_<test class>_<random>}. */
    public String name() {
        return name;
    }

    /** Its JDBC URL, with user (and the embedded server's password): pass it to your code, do not print it. */
    public String url() {
        return url;
    }

    /** A new connection; the caller closes it. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    /** A data source over this database (no pool). */
    public DataSource dataSource() {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(url);
        return source;
    }

    /** Retort on this database, with the annotation's revisions: to downgrade, stamp or check it in the test. */
    public Retort retort() {
        return settings.get().database(url, null, null).confirmed(true).build();
    }

    /** How long making it took: the clone of the template, plus the template's migration when this use built it. */
    public Duration madeIn() {
        return madeIn;
    }
}
