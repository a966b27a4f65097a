package io.retort.runtime;

import io.retort.RetortException;

/**
 * Servers that speak PostgreSQL's protocol but are not PostgreSQL, told apart by {@code version()}.
 * Retort refuses them until a dialect supports them: CockroachDB's session advisory locks are stubs
 * that always succeed, so two runs could both hold Retort's lock and apply a revision twice, and it
 * allows one schema change per implicit transaction; YugabyteDB's locks and DDL transactions differ too.
 */
final class DistributedSql {
    private DistributedSql() {}

    /** Throws, naming the server, when {@code version} (the text of {@code SELECT version()}) is not PostgreSQL's. */
    static void refuseUnsupported(String version, String database) {
        String server = version == null ? null
                : version.contains("CockroachDB") ? "CockroachDB"
                : version.contains("-YB-") || version.contains("Yugabyte") ? "YugabyteDB" : null;
        if (server != null) {
            throw new RetortException(database + " is " + server + " (" + version.lines().findFirst().orElse("")
                    + "), which Retort does not support yet: its advisory locks and DDL transactions differ from"
                    + " PostgreSQL's, so a run could apply a revision twice; nothing was changed");
        }
    }
}
