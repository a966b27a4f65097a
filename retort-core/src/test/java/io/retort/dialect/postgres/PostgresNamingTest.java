package io.retort.dialect.postgres;

import static io.retort.ops.Column.column;
import static io.retort.ops.Types.INTEGER;
import static io.retort.ops.Types.SERIAL;
import static io.retort.ops.Types.TEXT;
import static org.assertj.core.api.Assertions.assertThat;

import io.retort.ops.Constraint;
import io.retort.ops.Operation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The names PostgreSQL gives unnamed objects, predicted offline and checked against the server. */
class PostgresNamingTest {
    private static LiveDatabase db;

    @BeforeAll
    static void start() throws Exception {
        db = new LiveDatabase(PostgresNamingTest.class);
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    @Test
    void shortNamesAreJoined() {
        assertThat(PostgresNaming.primaryKey("grid")).isEqualTo("grid_pkey");
        assertThat(PostgresNaming.unique("grid", List.of("a", "b"))).isEqualTo("grid_a_b_key");
        assertThat(PostgresNaming.foreignKey("grid", List.of("session_id"))).isEqualTo("grid_session_id_fkey");
        assertThat(PostgresNaming.check("grid", "x > 0")).isEqualTo("grid_x_check");
        assertThat(PostgresNaming.check("grid", "x > y")).isEqualTo("grid_check");
        assertThat(PostgresNaming.sequence("grid", "id")).isEqualTo("grid_id_seq");
        assertThat(new PostgresNaming().nameOf("grid", new Constraint.Check("mine", "x > 0"))).isEqualTo("mine");
    }

    @Test
    void longNamesAreCutFromTheLongerPartToSixtyThreeBytes() {
        String name = PostgresNaming.objectName("a".repeat(50), "b".repeat(40), "fkey");
        assertThat(name).isEqualTo("a".repeat(29) + "_" + "b".repeat(28) + "_fkey").hasSize(63);
        assertThat(PostgresNaming.objectName("t", "c".repeat(100), "key")).isEqualTo("t_" + "c".repeat(57) + "_key");
        String multibyte = PostgresNaming.objectName("表".repeat(30), null, "pkey");
        assertThat(multibyte.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(63);
        assertThat(multibyte).isEqualTo("表".repeat(19) + "_pkey");
    }

    @Test
    void checkNamesFollowTheOneColumnAnExpressionMentions() {
        assertThat(PostgresNaming.check("t", "status IN ('a', 'b')")).isEqualTo("t_status_check");
        assertThat(PostgresNaming.check("t", "length(name) > 0 AND name <> ''")).isEqualTo("t_name_check");
        assertThat(PostgresNaming.check("t", "\"Total\"::numeric >= 0")).isEqualTo("t_Total_check");
        assertThat(PostgresNaming.check("t", "created_at < now() + interval '1 day'")).isEqualTo("t_created_at_check");
        assertThat(PostgresNaming.check("t", "CAST(value AS double precision) > 0.5e3")).isEqualTo("t_value_check");
        assertThat(PostgresNaming.check("t", "x IS NOT NULL OR x::text = E'it\\'s y'")).isEqualTo("t_x_check");
        assertThat(PostgresNaming.check("t", "true")).isEqualTo("t_check");
    }

    @Test
    void predictionsMatchTheServer() throws Exception {
        String longTable = "acquisition_" + "x".repeat(60);
        String longColumn = "grid_square_" + "y".repeat(30);
        String unicodeTable = "größe_" + "表".repeat(20);
        db.run(new Operation.CreateTable(null, longTable, List.of(column("id", SERIAL), column(longColumn, INTEGER),
                column("other_" + "z".repeat(40), INTEGER)), null),
                new Operation.CreateTable(null, unicodeTable, List.of(column("größe", INTEGER), column("value", TEXT)), null));
        List<Operation.AddConstraint> adds = List.of(
                new Operation.AddConstraint(null, longTable, Constraint.primaryKey("id")),
                new Operation.AddConstraint(null, longTable, Constraint.unique(longColumn, "other_" + "z".repeat(40))),
                new Operation.AddConstraint(null, longTable, Constraint.foreignKey(longColumn, longTable, "id")),
                new Operation.AddConstraint(null, longTable, Constraint.check(longColumn + " > 0")),
                new Operation.AddConstraint(null, unicodeTable, Constraint.unique("größe")),
                new Operation.AddConstraint(null, unicodeTable, Constraint.check("\"größe\" > 0 AND größe < 10")),
                new Operation.AddConstraint(null, unicodeTable, Constraint.check("value IN ('a', 'b')")),
                new Operation.AddConstraint(null, unicodeTable, Constraint.check("value <> 'c' OR größe > 1")));
        for (Operation.AddConstraint add : adds) {
            db.run(add);
        }
        String storedLongTable = (String) db.value("SELECT relname::text FROM pg_class WHERE relname LIKE 'acquisition_%' AND relkind = 'r'");
        assertThat(db.constraintNames(storedLongTable)).containsExactlyInAnyOrderElementsOf(
                adds.subList(0, 4).stream().map(a -> new PostgresNaming().nameOf(longTable, a.constraint())).toList());
        assertThat(db.constraintNames(unicodeTable)).containsExactlyInAnyOrderElementsOf(
                adds.subList(4, 8).stream().map(a -> new PostgresNaming().nameOf(unicodeTable, a.constraint())).toList());
        assertThat(db.value("SELECT pg_get_serial_sequence(?, 'id')", '"' + storedLongTable + '"'))
                .isEqualTo("public." + PostgresNaming.sequence(longTable, "id"));

        Operation.CreateIndex unnamed = new Operation.CreateIndex(null, null, unicodeTable,
                List.of(Operation.IndexKey.column("größe"), Operation.IndexKey.expression("lower(value)")), false, null, null,
                List.of(), false, false);
        db.run(unnamed);
        db.run(unnamed.reverse(new PostgresNaming()).orElseThrow());
        assertThat(db.value("SELECT count(*) FROM pg_index WHERE indrelid = to_regclass(?)", '"' + unicodeTable + '"')).isEqualTo(1L); // the unique constraint's
    }
}
