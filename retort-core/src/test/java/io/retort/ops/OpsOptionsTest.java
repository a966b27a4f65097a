package io.retort.ops;

import static io.retort.ops.Constraint.foreignKey;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The options the README promises are reachable through {@code Ops} itself. */
class OpsOptionsTest {

    /** Collects the operations a migration asks for. */
    static class Collected implements Ops {
        final List<Operation> operations = new ArrayList<>();

        @Override public void run(Operation operation) { operations.add(operation); }
        @Override public List<Map<String, Object>> query(String sql, Object... parameters) { return List.of(); }
        @Override public void nonTransactional(Runnable block) { block.run(); }
        @Override public boolean offline() { return true; }
        @Override public Map<String, String> arguments() { return Map.of(); }
    }

    @Test
    void aForeignKeyTakesItsActionsDeferrabilityAndNotValid() {
        Collected op = new Collected();
        op.createForeignKey("grid", foreignKey("acquisition_uuid", "acquisition", "uuid")
                .onDelete("CASCADE").onUpdate("SET NULL").deferrable(true).notValid().named("grid_acq_fk"));

        Operation.AddConstraint add = (Operation.AddConstraint) op.operations.get(0);
        Constraint.ForeignKey fk = (Constraint.ForeignKey) add.constraint();
        assertThat(add.table()).isEqualTo("grid");
        assertThat(fk.name()).isEqualTo("grid_acq_fk");
        assertThat(fk.onDelete()).isEqualTo("CASCADE");
        assertThat(fk.onUpdate()).isEqualTo("SET NULL");
        assertThat(fk.skipValidation()).isTrue();
        assertThat(fk.deferrable()).isTrue();
    }

    @Test
    void anEnumLabelGoesBeforeOrAfterAnother() {
        Collected op = new Collected();
        op.addEnumValueBefore("gridstatus", "REGISTERED", "NONE");
        op.addEnumValueAfter("gridstatus", "ARCHIVED", "NONE");

        assertThat(op.operations).hasSize(2).allSatisfy(o -> assertThat(o).isInstanceOf(Operation.AddEnumValue.class));
        assertThat(op.operations.get(0).toString()).contains("REGISTERED", "NONE");
    }
}
