/**
 * The embedded PostgreSQL: a server Retort starts itself from binaries on the class path when no
 * database URL is configured, shared by every command run in the same project. The entry point is
 * {@link io.retort.embedded.EmbeddedPostgres}; see "The embedded PostgreSQL" in the README.
 */
package io.retort.embedded;
