package io.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.RetortException;
import io.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class AutogenDatabaseTest {

    @Test
    void aScratchDatabaseKeepsTheHostPortAndParameters() {
        assertThat(AutogenDatabase.withDatabaseName("jdbc:postgresql://127.0.0.1:5432/app?user=postgres&ssl=false", "s1"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/s1?user=postgres&ssl=false");
        assertThat(AutogenDatabase.withDatabaseName("jdbc:postgresql://h1:5432,h2:5433/app", "s1")).isEqualTo("jdbc:postgresql://h1:5432,h2:5433/s1");
        assertThat(AutogenDatabase.withDatabaseName("jdbc:postgresql:app?user=x", "s1")).isEqualTo("jdbc:postgresql:s1?user=x");
        assertThat(AutogenDatabase.databaseName("jdbc:postgresql://localhost/app")).isEqualTo("app");
    }

    @Test
    void aUrlWithoutADatabaseIsRefusedInOneLine() {
        assertThatThrownBy(() -> AutogenDatabase.withDatabaseName("jdbc:postgresql://localhost:5432?user=x", "s1"))
                .isInstanceOf(RetortException.class).hasMessageContaining("names no database");
    }

    @Test
    void aScratchDatabaseIsMadeOnTheSameServerAndDropped() throws SQLException {
        try (TestDatabase db = TestDatabase.create(AutogenDatabaseTest.class)) {
            AutogenDatabase target = new AutogenDatabase(new RunSettings.Database(db.url(), null, null, db.name()));
            AutogenDatabase scratch = target.createScratch();
            String name = AutogenDatabase.databaseName(scratch.database().url());
            assertThat(name).startsWith(AutogenDatabase.SCRATCH_PREFIX);
            try (Connection c = scratch.openForReading(); ResultSet r = c.createStatement().executeQuery("SELECT current_database()")) {
                r.next();
                assertThat(r.getString(1)).isEqualTo(name);
                assertThat(c.isReadOnly()).isTrue();
            }
            target.dropScratch(scratch);
            try (Connection c = db.connect(); ResultSet r = c.createStatement().executeQuery(
                    "SELECT count(*) FROM pg_database WHERE datname = '" + name + "'")) {
                r.next();
                assertThat(r.getInt(1)).isZero();
            }
        }
    }
}
