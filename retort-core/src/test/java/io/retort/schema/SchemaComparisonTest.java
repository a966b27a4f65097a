package io.retort.schema;

import io.retort.autogen.ComparisonOptions;
import io.retort.autogen.SchemaComparison;
import static org.assertj.core.api.Assertions.assertThat;

import io.retort.dialect.postgres.PostgresInspector;
import io.retort.testing.SqlScripts;
import io.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two databases built by the same SQL compare equal; one change, made in a transaction on the
 * second and rolled back afterwards, gives exactly one line of the diff that would undo it.
 */
class SchemaComparisonTest {
    private static final InspectOptions BOTH_SCHEMAS = InspectOptions.defaults().withSchemas("public", "audit");

    private static TestDatabase expectedDb;
    private static TestDatabase actualDb;
    private static DatabaseSchema expected;

    @RegisterExtension
    final RolledBackTransaction actual = new RolledBackTransaction(() -> actualDb);

    @BeforeAll
    static void buildTwice() throws SQLException {
        expectedDb = TestDatabase.create(SchemaComparisonTest.class);
        actualDb = TestDatabase.create(SchemaComparisonTest.class);
        for (TestDatabase db : List.of(expectedDb, actualDb)) {
            SqlScripts.execute(db, EveryElementSchema.SQL);
        }
        try (Connection c = expectedDb.connect()) {
            expected = inspect(c);
        }
    }

    @AfterAll
    static void drop() {
        expectedDb.close();
        actualDb.close();
    }

    private static DatabaseSchema inspect(Connection c) {
        return new PostgresInspector().inspect(c, BOTH_SCHEMAS);
    }

    private List<String> differencesAfter(String sql, ComparisonOptions options) throws SQLException {
        return SchemaComparison.differences(expected, inspect(actual.after(sql)), options);
    }

    @Test
    void databasesBuiltAlikeHaveNoDifferences() {
        assertThat(SchemaComparison.differences(expected, inspect(actual.connection()))).isEmpty();
    }

    static Stream<Arguments> oneChange() {
        return Stream.of(
                Arguments.of("ALTER TABLE account ALTER COLUMN name SET NOT NULL",
                        "column account.name: not null true -> false"),
                Arguments.of("ALTER TABLE event ALTER COLUMN kind SET DEFAULT 'x'",
                        "column event.kind: default expression 'x'::text -> none"),
                Arguments.of("ALTER TABLE account ALTER COLUMN email TYPE varchar(300)",
                        "column account.email: type character varying(300) -> character varying(255)"),
                Arguments.of("COMMENT ON COLUMN account.email IS NULL",
                        "column account.email: comment none -> Login address"),
                Arguments.of("ALTER TABLE account ADD COLUMN extra integer", "drop column account.extra"),
                Arguments.of("ALTER TABLE audit.entry ALTER COLUMN note SET NOT NULL",
                        "column audit.entry.note: not null true -> false"),
                Arguments.of("DROP TABLE nothing_yet", "add table nothing_yet"),
                Arguments.of("COMMENT ON TABLE account IS 'Users'",
                        "table account: comment Users -> People who log in"),
                Arguments.of("CREATE INDEX extra_ix ON event (kind)", "drop index extra_ix on event"),
                Arguments.of("ALTER TABLE event DROP CONSTRAINT event_account_id_fkey, ADD CONSTRAINT event_account_id_fkey"
                                + " FOREIGN KEY (account_id) REFERENCES account (id) ON UPDATE CASCADE",
                        "foreign key event_account_id_fkey on event: on delete NO ACTION -> CASCADE"),
                Arguments.of("ALTER TABLE membership DROP CONSTRAINT membership_role_check",
                        "add check constraint membership_role_check on membership"),
                Arguments.of("ALTER TABLE event VALIDATE CONSTRAINT event_kind_check",
                        "check constraint event_kind_check on event: validated true -> false; no operation writes this, change it by hand"),
                Arguments.of("ALTER TABLE membership DROP CONSTRAINT membership_sponsor_role_key",
                        "add unique constraint membership_sponsor_role_key on membership"),
                Arguments.of("ALTER TABLE membership DROP CONSTRAINT membership_pkey",
                        "add primary key membership_pkey on membership"),
                Arguments.of("ALTER TYPE mood ADD VALUE 'ecstatic'",
                        "enum mood: labels [sad, ok, happy, ecstatic] -> [sad, ok, happy]"),
                Arguments.of("ALTER SEQUENCE invoice_number INCREMENT 20",
                        "sequence invoice_number: increment 20 -> 10; alter it by hand"),
                Arguments.of("ALTER SEQUENCE audit.entry_seq_no_seq START 7",
                        "sequence audit.entry_seq_no_seq: start 7 -> 100; alter it by hand"));
    }

    @ParameterizedTest
    @MethodSource
    void oneChange(String change, String difference) throws SQLException {
        assertThat(differencesAfter(change, ComparisonOptions.strict())).containsExactly(difference);
    }

    @Test
    void aMissingSchemaIsAddedWithWhatItHolds() throws SQLException {
        assertThat(differencesAfter("CREATE SCHEMA audit2; DROP SCHEMA audit CASCADE", ComparisonOptions.strict()))
                .containsExactly("add schema audit", "add enum audit.level [low, high]", "add table audit.entry");
    }

    @Test
    void anIndexWithDescendingKeysIsReportedWithWhatCannotBeGenerated() throws SQLException {
        String keys = "index event_recent_ix on event: keys (happened_at DESC) have an operator class, collation or order"
                + " createIndex does not write; add it by hand";
        assertThat(differencesAfter("DROP INDEX event_recent_ix", ComparisonOptions.strict()))
                .containsExactly("add index event_recent_ix on event", keys);
    }

    @Test
    void aChangedIndexIsOneLine() throws SQLException {
        assertThat(differencesAfter("DROP INDEX event_recent_ix; CREATE INDEX event_recent_ix ON event (happened_at DESC)"
                + " WHERE kind <> 'trace'", ComparisonOptions.strict()))
                .startsWith("index event_recent_ix on event: predicate (kind <> 'trace'::text) -> (kind <> 'debug'::text)");
    }

    @Test
    void droppingAnExtensionDropsItsColumnsToo() throws SQLException {
        assertThat(differencesAfter("DROP EXTENSION citext CASCADE", ComparisonOptions.strict()))
                .containsExactly("add extension citext", "add column account.nick");
    }

    @Test
    void bookkeepingTablesAreNotCompared() throws SQLException {
        assertThat(differencesAfter("ALTER TABLE retort_history ADD COLUMN x integer;"
                + " INSERT INTO alembic_version VALUES ('abc'); DROP TABLE alembic_version", ComparisonOptions.strict())).isEmpty();
    }

    @Test
    void columnOrderCountsUnlessIgnored() throws SQLException {
        List<String> strict = differencesAfter(
                "ALTER TABLE membership DROP COLUMN role; ALTER TABLE membership ADD COLUMN role text NOT NULL DEFAULT 'member';"
                        + " ALTER TABLE membership ADD CONSTRAINT membership_sponsor_role_key UNIQUE (sponsor_id, role) DEFERRABLE,"
                        + " ADD CONSTRAINT membership_role_check CHECK (role IN ('member', 'admin'));"
                        + " CREATE INDEX \"Role (pattern)\" ON membership (role text_pattern_ops)",
                ComparisonOptions.strict());
        assertThat(strict).containsExactly("table membership: column order is [account_id, group_name, sponsor_id, role],"
                + " the model has [account_id, group_name, role, sponsor_id]; Retort never reorders columns");
        assertThat(SchemaComparison.differences(expected, inspect(actual.connection()), ComparisonOptions.strict().ignoringColumnOrder()))
                .isEmpty();
    }

    @Test
    void sequenceDataTypeCountsUnlessIgnored() throws SQLException {
        assertThat(differencesAfter("ALTER SEQUENCE event_id_seq AS integer", ComparisonOptions.strict())).containsExactly(
                "sequence event_id_seq: data type integer -> bigint, max value 2147483647 -> 9223372036854775807; alter it by hand");
        assertThat(SchemaComparison.differences(expected, inspect(actual.connection()), ComparisonOptions.strict().ignoringSequenceDataType()))
                .isEmpty();
    }

    @Test
    void ignoringSequenceDataTypeStillSeesExplicitBounds() throws SQLException {
        assertThat(differencesAfter("ALTER SEQUENCE invoice_number AS bigint MAXVALUE 5000",
                ComparisonOptions.strict().ignoringSequenceDataType()))
                .containsExactly("sequence invoice_number: max value 5000 -> 999999; alter it by hand");
    }
}
