package io.retort.bench;

/** What is measured, in the order one run performs it on one database. */
enum Case {
    FRESH_UPGRADE("Fresh upgrade to head, one transaction per migration"),
    NOOP_UPGRADE("No-op `upgrade head` at head"),
    STATUS("Status at head: `current`, `history`, `heads` and the peers' nearest equivalents"),
    DOWNGRADE_BASE("Downgrade to base, one transaction per migration"),
    FRESH_UPGRADE_ONE_TRANSACTION("Fresh upgrade to head, one transaction for the whole run"),
    BULK_INSERT("Bulk insert"),
    CHECK("`check`: the model against a database that matches it"),
    SMARTEM_UPGRADE("SmartEM: upgrade from an empty database to " + SmartemComparison.TARGET + ", one transaction"),
    SMARTEM_CURRENT("SmartEM: `current` at " + SmartemComparison.TARGET);

    final String title;

    Case(String title) {
        this.title = title;
    }
}
