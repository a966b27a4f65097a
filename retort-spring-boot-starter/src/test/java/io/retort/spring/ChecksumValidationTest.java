package io.retort.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.retort.Retort;
import io.retort.RetortException;
import io.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An applied revision whose recorded checksum no longer matches its file stops the start,
 * changing nothing, unless {@code spring.retort.validate-checksums=false}.
 */
class ChecksumValidationTest {
    static TestDatabase db;

    @BeforeAll
    static void appliedRevisionChangedSinceItRan() throws SQLException {
        db = TestDatabase.create(ChecksumValidationTest.class);
        try (ConfigurableApplicationContext app = SmartemApplication.start(db, "spring.retort.target=001",
                "spring.jpa.hibernate.ddl-auto=none")) {
            assertThat(app.getBean(Retort.class).current()).containsExactly("001");
        }
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE retort_history SET checksum = 'v1:" + "0".repeat(64) + "' WHERE revision = '001'");
        }
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void theStartFailsChangingNothing() throws SQLException {
        List<String> before = RetortStarterTest.revisionsRun(db);
        assertThatThrownBy(() -> SmartemApplication.start(db, "spring.jpa.hibernate.ddl-auto=none"))
                .hasRootCauseInstanceOf(RetortException.class)
                .rootCause().hasMessageContaining("001");
        assertThat(RetortStarterTest.revisionsRun(db)).isEqualTo(before);
    }

    @Test
    void theFailureIsReportedAsRetortsOneLine() {
        Throwable failure = catchThrowable(() -> SmartemApplication.start(db, "spring.jpa.hibernate.ddl-auto=none"));
        FailureAnalysis analysis = new RetortFailureAnalyzer().analyze(failure);
        assertThat(analysis.getDescription()).startsWith("Retort could not migrate the database: ").contains("revision 001");
    }

    @Test
    void validateChecksumsFalseMigratesAnyway() {
        try (ConfigurableApplicationContext app = SmartemApplication.start(db, "spring.retort.validate-checksums=false")) {
            Retort retort = app.getBean(Retort.class);
            assertThat(retort.current()).isEqualTo(retort.graph().heads());
        }
    }
}
