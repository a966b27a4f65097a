package io.retort.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The psql, Flyway and Liquibase forms of a 20-revision workload each build the same catalog and undo it. */
class SqlFormsTest {
    private static final Workload WORKLOAD = new Workload(20);
    private static final Workload.Catalog EMPTY = new Workload.Catalog(0, 0, 0, 0);

    @TempDir
    static Path temp;
    static WorkFolder folder;
    static TestDatabase psql;
    static TestDatabase psqlOneTransaction;
    static TestDatabase flyway;
    static TestDatabase liquibase;

    @BeforeAll
    static void setUp() {
        folder = WorkFolder.write(temp.resolve("20"), WORKLOAD);
        psql = TestDatabase.create(SqlFormsTest.class);
        psqlOneTransaction = TestDatabase.create(SqlFormsTest.class);
        flyway = TestDatabase.create(SqlFormsTest.class);
        liquibase = TestDatabase.create(SqlFormsTest.class);
    }

    @AfterAll
    static void tearDown() {
        for (TestDatabase db : List.of(psql, psqlOneTransaction, flyway, liquibase)) {
            db.close();
        }
    }

    private static Measurement run(Contender contender, Case c, TestDatabase db) {
        TimedProcess timed = new TimedProcess(temp, temp.resolve("test.log"), Duration.ofMinutes(2));
        return contender.commands(c, db.name()).stream().map(timed::run).toList().get(0);
    }

    @Test
    void psqlPerMigrationScriptsUpgradeAndDowngrade() {
        InstalledPrograms.assumeGnuTimeAndPsql();
        Psql floor = new Psql(folder);

        run(floor, Case.FRESH_UPGRADE, psql);
        assertThat(Scratch.catalog(psql.name())).isEqualTo(WORKLOAD.expectedCatalog());
        run(floor, Case.DOWNGRADE_BASE, psql);
        assertThat(Scratch.catalog(psql.name())).isEqualTo(EMPTY);
    }

    @Test
    void psqlOneTransactionScriptUpgrades() {
        InstalledPrograms.assumeGnuTimeAndPsql();
        Measurement m = run(new Psql(folder), Case.FRESH_UPGRADE_ONE_TRANSACTION, psqlOneTransaction);

        assertThat(Scratch.catalog(psqlOneTransaction.name())).isEqualTo(WORKLOAD.expectedCatalog());
        assertThat(m.peakRssKiB()).isPositive();
    }

    @Test
    void flywayMigrationsApplyAndReport() {
        InstalledPrograms.assumeGnuTime();
        String location = folder.flyway().toString();

        FlywayMain.main(new String[] {"migrate", flyway.name(), location});
        FlywayMain.main(new String[] {"info", flyway.name(), location});

        assertThat(Scratch.catalog(flyway.name())).isEqualTo(WORKLOAD.expectedCatalog());
        assertThat(Scratch.otherTables(flyway.name())).isEqualTo("public.flyway_schema_history");
    }

    @Test
    void liquibaseChangelogUpdatesAndRollsBack() throws Exception {
        InstalledPrograms.assumeGnuTime();
        String changelog = folder.liquibaseChangelog().toString();

        LiquibaseMain.main(new String[] {"update", liquibase.name(), changelog});
        assertThat(Scratch.catalog(liquibase.name())).isEqualTo(WORKLOAD.expectedCatalog());
        LiquibaseMain.main(new String[] {"rollbackCount", liquibase.name(), changelog, "20"});
        assertThat(Scratch.catalog(liquibase.name())).isEqualTo(EMPTY);
    }
}
