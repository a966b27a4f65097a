package io.retort.bench;

import java.util.List;
import java.util.function.Function;

/** A loader in the bulk-insert case: its commands for a database holding the empty bulk table. */
record BulkContender(String name, boolean floor, Function<String, List<Invocation>> load) implements Contender {

    @Override
    public List<Invocation> commands(Case c, String database) {
        return c == Case.BULK_INSERT ? load.apply(database) : List.of();
    }
}
