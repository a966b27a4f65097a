/**
 * PostgreSQL: {@link io.retort.dialect.postgres.PostgresDialect} renders every operation to SQL,
 * {@link io.retort.dialect.postgres.PostgresBulkLoader} loads bulk inserts online (through COPY
 * when they are large), and the inspector reads a database's schema back. Conventions are in
 * "The PostgreSQL dialect" in the README.
 */
package io.retort.dialect.postgres;
