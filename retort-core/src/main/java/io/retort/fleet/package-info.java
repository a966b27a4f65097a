/**
 * Fleets: one set of revisions run on many databases or schemas (a schema per tenant, a database
 * per facility, shards). Each target is migrated as a single {@code upgrade} would be, with its own
 * connection, lock and transaction; this package only plans, runs targets in parallel, records
 * their outcomes in a ledger and splits a fleet into shards by a stable hash of each target's name.
 */
package io.retort.fleet;
