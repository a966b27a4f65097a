package org.smartem.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.smartem.db.SmartemDatabases.*;

import io.retort.Retort;
import io.retort.RetortException;
import io.retort.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Offline SQL: the ranges around 003 print, 003 itself refuses (it reads the database), as in the original. */
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
    void theSeedReadsTheDatabaseSoItCannotPrint() {
        assertThatThrownBy(() -> retort.upgradeSql("base:head"))
                .isInstanceOf(RetortException.class)
                .satisfies(e -> assertThat(messages(e)).contains("003"));
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
