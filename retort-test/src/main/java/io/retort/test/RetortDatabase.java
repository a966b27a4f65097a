package io.retort.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a test a database migrated to {@link #target()}: parameters of type {@link MigratedDatabase},
 * {@link javax.sql.DataSource} or {@link java.sql.Connection} (of test methods, {@code @BeforeAll},
 * {@code @BeforeEach} ...) receive it. On a class, the class's tests share one database, dropped
 * after the class; on a method, that method gets its own, dropped after it.
 *
 * <p>The first use on a server migrates a template database named after a hash of the revisions'
 * ids and checksums ({@code retort_tpl_<hash>}); every use clones it with
 * {@code CREATE DATABASE ... TEMPLATE}, which takes milliseconds. A changed revision makes a new
 * template. Two JVMs building the same template at once wait for each other.
 *
 * <p>The server: {@link #url()}, else the system property {@code retort.test.url}, else the
 * variable {@code RETORT_TEST_URL}, else PostgreSQL on 127.0.0.1:5432 (user postgres) when it
 * answers, else Retort's embedded server (which needs {@code retort-embedded-binaries}).
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(RetortDatabaseExtension.class)
public @interface RetortDatabase {
    /**
     * A retort.toml (relative to the working directory) giving the script locations, tables and
     * {@code [model]}; its environments' databases are not used. Empty: {@code ./retort.toml} when
     * it exists and no {@link #locations()} are given.
     */
    String config() default "";

    /** Folders of revision files; they replace the config file's script locations. */
    String[] locations() default {};

    /** What to migrate to: {@code head}, {@code heads}, a revision id, {@code base} ... */
    String target() default "head";

    /**
     * A JDBC URL of any database on the server to make the test databases on, with a user that may
     * create databases; empty: see the class comment.
     */
    String url() default "";
}
