package io.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.RetortException;
import io.retort.dialect.postgres.PostgresDialect;
import io.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lease-row lock: one holder at a time, kept alive by its heartbeat, taken over once a dead holder's lease expired. */
class LeaseRunLockTest {
    static final TableName TABLE = TableName.of(null, "retort_lock");
    TestDatabase db;

    @BeforeEach
    void setUp() {
        db = TestDatabase.create(LeaseRunLockTest.class);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private LeaseRunLock take(String holder, Duration lease, Duration timeout) throws Exception {
        return LeaseRunLock.acquire(db.connect(), TABLE, new PostgresDialect(), "alembic_version", holder, lease, timeout);
    }

    @Test
    void aSecondRunWaitsAndIsRefusedNamingTheHolderThenTakesTheLockOnceReleased() throws Exception {
        try (LeaseRunLock first = take("run-a", Duration.ofSeconds(30), Duration.ZERO)) {
            assertThat(first.session().isClosed()).isFalse();
            assertThatThrownBy(() -> take("run-b", Duration.ofSeconds(30), Duration.ZERO))
                    .isInstanceOf(RetortException.class)
                    .hasMessageContaining("another migration holds Retort's lease alembic_version in retort_lock (held by run-a ");
        }
        try (LeaseRunLock second = take("run-b", Duration.ofSeconds(30), Duration.ZERO)) {
            assertThat(holders()).hasSize(1).allMatch(h -> h.startsWith("run-b "));
        }
        assertThat(holders()).isEmpty();
    }

    @Test
    void theHeartbeatKeepsALeaseLongerThanItsLength() throws Exception {
        try (LeaseRunLock first = take("run-a", Duration.ofMillis(300), Duration.ZERO)) {
            Thread.sleep(1200); // four lease lengths: only the heartbeat keeps it
            assertThatThrownBy(() -> take("run-b", Duration.ofMillis(300), Duration.ZERO))
                    .hasMessageContaining("held by run-a");
            assertThat(first.lost()).isFalse();
        }
    }

    @Test
    void aDeadHoldersExpiredLeaseIsTakenOverAndItsHeartbeatThenFindsItLost() throws Exception {
        LeaseRunLock dead = take("run-a", Duration.ofSeconds(30), Duration.ZERO);
        try (Connection c = db.connect()) {
            c.createStatement().execute("UPDATE retort_lock SET expires_at = now() - interval '1 second'");
        }
        try (LeaseRunLock next = take("run-b", Duration.ofSeconds(30), Duration.ofSeconds(5))) {
            assertThat(holders()).hasSize(1).allMatch(h -> h.startsWith("run-b "));
            dead.close(); // deletes only its own row
            assertThat(holders()).hasSize(1);
        }
    }

    private java.util.List<String> holders() throws Exception {
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery("SELECT holder FROM retort_lock")) {
            java.util.List<String> out = new java.util.ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }
}
