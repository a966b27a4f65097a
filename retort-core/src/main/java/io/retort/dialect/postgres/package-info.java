/**
 * The PostgreSQL dialect: {@link io.retort.dialect.postgres.PostgresDialect} renders every
 * operation to SQL, and {@link io.retort.dialect.postgres.PostgresBulkLoader} loads bulk inserts
 * online, through COPY when they are large.
 */
package io.retort.dialect.postgres;
