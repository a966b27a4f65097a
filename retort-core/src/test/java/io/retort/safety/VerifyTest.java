package io.retort.safety;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.Retort;
import io.retort.testing.RevisionFiles;
import io.retort.testing.SmartemFacts;
import io.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** verify on scratch databases beside a real one: SmartEM passes, each broken downgrade is caught. */
class VerifyTest {
    static TestDatabase home;
    @TempDir static Path project;

    @BeforeAll
    static void setUp() {
        home = TestDatabase.create(VerifyTest.class);
    }

    @AfterAll
    static void tearDown() {
        home.close();
    }

    static Retort retort(Path versions) {
        return Retort.configure().url(home.url()).scriptLocations(List.of(versions))
                .cacheDirectory(project.resolve(".retort/cache")).log(line -> {}).build();
    }

    /** A table with a row and a column default, then revision v2 with the given bodies. */
    static VerifyReport verify(String name, String upgrade, String downgrade) {
        Path versions = project.resolve(name);
        RevisionFiles.write(versions, "v1", new String[0], """
                op.createTable("t", column("id", INTEGER), column("name", varchar(20)),
                                column("status", varchar(10)).defaultValue("new"));
                        op.bulkInsert(TableRef.table("t", TableRef.col("id", INTEGER)), java.util.List.of(java.util.Map.of("id", 1)));""",
                "op.dropTable(\"t\");");
        RevisionFiles.write(versions, "v2", new String[] {"v1"}, upgrade, downgrade);
        return retort(versions).verify();
    }

    @Test
    void smartemsRevisionsPass() throws SQLException {
        VerifyReport report = retort(SmartemFacts.versions()).verify();
        assertThat(report.failures()).isEmpty();
        assertThat(report.revisions()).isEqualTo(12);
        assertThat(scratchDatabases()).isZero();
    }

    @Test
    void aBrokenDowngradeIsCaught() {
        VerifyReport report = verify("broken", "op.addColumn(\"t\", column(\"c\", INTEGER));", "op.dropColumn(\"t\", \"missing\");");
        assertThat(report.failures()).singleElement().satisfies(f -> {
            assertThat(f.revision()).isEqualTo("v2");
            assertThat(f.direction()).isEqualTo("downgrade");
            assertThat(f.difference()).contains("missing");
        });
    }

    @Test
    void aDowngradeThatLeavesAnIndexBehindIsCaught() {
        VerifyReport report = verify("index", "op.createIndex(\"ix_t_name\", \"t\", \"name\");", "op.execute(\"SELECT 1\");");
        assertThat(report.failures()).extracting(VerifyReport.Failure::describe).singleElement().asString()
                .startsWith("revision v2, downgrade: ").contains("ix_t_name");
    }

    @Test
    void aDowngradeThatLosesAColumnDefaultIsCaught() {
        VerifyReport report = verify("default", "op.alterColumn(Operation.AlterColumn.of(\"t\", \"status\").dropDefault());",
                "op.execute(\"SELECT 1\");");
        assertThat(report.failures()).extracting(VerifyReport.Failure::describe).singleElement().asString()
                .startsWith("revision v2, downgrade: ").contains("status").containsIgnoringCase("default");
    }

    @Test
    void aDowngradeThatDeletesRowsItDidNotWriteIsCaught() {
        VerifyReport report = verify("rows", "op.addColumn(\"t\", column(\"c\", INTEGER));",
                "op.dropColumn(\"t\", \"c\"); op.execute(\"DELETE FROM t\");");
        assertThat(report.failures()).extracting(VerifyReport.Failure::describe)
                .containsExactly("revision v2, downgrade: table t had 1 row(s), now 0");
    }

    static int scratchDatabases() throws SQLException {
        try (Connection c = home.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT count(*) FROM pg_database WHERE datname LIKE 'retort_verify_%'")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
