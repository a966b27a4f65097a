package org.smartem.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartem.db.SmartemDatabases.*;

import io.retort.Retort;
import io.retort.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Offline SQL: the whole chain prints, 003's seed included (it inserts without reading first). */
class OfflineSqlTest {
    static TestDatabase db;
    static Retort retort;

    @BeforeAll
    static void create() {
        db = TestDatabase.create(OfflineSqlTest.class);
        retort = retort(db);
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void baselineAndIndexesPrint() {
        assertThat(retort.upgradeSql("base:002"))
                .contains("CREATE TYPE acquisitionstatus AS ENUM", "CREATE TABLE agentsession (",
                        "ON DELETE CASCADE", "USING btree (acquisition_datetime, status)");
    }

    @Test
    void theWholeChainPrintsWithTheSeedAsIdempotentInserts() {
        String sql = retort.upgradeSql("base:head");
        assertThat(sql).contains("-- Running upgrade 002 -> 003",
                "INSERT INTO qualitypredictionmodel (name, description) VALUES ('R2-D2', ",
                "ON CONFLICT (name) DO NOTHING", "-- Running upgrade 6a1d3b8f52c8 -> 7b2e4c9063d9");
        assertThat(sql).doesNotContain("SELECT name FROM qualitypredictionmodel");
    }

    @Test
    void fromAlembicsHeadTheNewRevisionsPrintWithTheEnumLabelCommittedOnItsOwn() {
        String sql = retort.upgradeSql(ALEMBIC_HEAD + ":head");
        assertThat(sql).contains("CREATE TABLE user_preferences (", "INSERT INTO user_preferences");
        assertThat(sql.substring(sql.indexOf("ADD VALUE 'REGISTERED'") - 200)).contains("COMMIT;");
        assertThat(retort.downgradeSql("head:" + ALEMBIC_HEAD))
                .contains("RENAME TO gridsquarestatus", "DELETE FROM user_preferences", "DROP TABLE user_preferences");
    }
}
