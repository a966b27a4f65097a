package io.retort.bench;

import java.util.List;
import org.flywaydb.core.internal.license.VersionPrinter;

/** Flyway through its Java API ({@link FlywayMain}), one fresh JVM per command. */
record FlywayJava(JavaCommand java, WorkFolder folder) implements Contender {

    @Override
    public String name() {
        return "Flyway " + VersionPrinter.getVersion();
    }

    @Override
    public List<Invocation> commands(Case c, String database) {
        String location = folder.flyway().toString();
        return switch (c) {
            case FRESH_UPGRADE, NOOP_UPGRADE -> List.of(new Invocation("flyway migrate", java.main(FlywayMain.class, "migrate", database, location)));
            case FRESH_UPGRADE_ONE_TRANSACTION -> List.of(new Invocation("flyway migrate (group = true)",
                    java.main(FlywayMain.class, "migrate-group", database, location)));
            case STATUS -> List.of(new Invocation("flyway info", java.main(FlywayMain.class, "info", database, location)));
            case DOWNGRADE_BASE, BULK_INSERT, CHECK, SMARTEM_UPGRADE, SMARTEM_CURRENT -> List.of();
        };
    }

    @Override
    public String missing(Case c) {
        return c == Case.DOWNGRADE_BASE ? "no undo in Flyway Community (`undo` is a paid feature)" : Contender.super.missing(c);
    }
}
