import io.retort.Migration;
import io.retort.Revision;
import io.retort.ops.Constraint;
import io.retort.ops.Operation.AlterColumn;
import io.retort.ops.Operation.CreateIndex;
import io.retort.ops.Ops;

import java.util.List;

import static io.retort.ops.Constraint.*;
import static io.retort.ops.Types.*;

/**
 * Brings the database in line with the SQLModel models: every foreign key loses ON DELETE CASCADE,
 * the agent tables trade their UNIQUE constraints and idx_* composites for ix_* indexes, their ids
 * become integer (the bigint sequences stay), and the status columns become nullable. Unlike the
 * original, whose downgrade fails at its first unnamed drop, the downgrade restores 33107394dcd1
 * exactly (column positions aside).
 */
@Revision(id = "87f8c5e11906", down = "33107394dcd1",
        message = "fix schema drift: sync indexes, constraints, and foreign key cascades",
        created = "2025-10-30T00:13:45")
public class R2025_10_30_0013_87f8c5e11906_fix_schema_drift_sync_indexes implements Migration {

    /** A single-column foreign key: table.column → referenced table.column. */
    private record Fk(String table, String column, String referencedTable, String referencedColumn) {
        /** The name PostgreSQL gives it when created unnamed. */
        String name() {
            return table + "_" + column + "_fkey";
        }

        /** The constraint, unnamed and without ON DELETE action. */
        Constraint.ForeignKey unnamed() {
            return foreignKey(column, referencedTable, referencedColumn);
        }
    }

    /** The three agent FKs that lean on the UNIQUE constraints this revision replaces. */
    private static final List<Fk> AGENT_FKS = List.of(
            new Fk("agentinstructionacknowledgement", "instruction_id", "agentinstruction", "instruction_id"),
            new Fk("agentconnection", "session_id", "agentsession", "session_id"),
            new Fk("agentinstruction", "session_id", "agentsession", "session_id"));

    /** The other 17 foreign keys of 001, all recreated without CASCADE. */
    private static final List<Fk> CORE_FKS = List.of(
            new Fk("agentsession", "acquisition_uuid", "acquisition", "uuid"),
            new Fk("atlas", "grid_uuid", "grid", "uuid"),
            new Fk("atlastile", "atlas_uuid", "atlas", "uuid"),
            new Fk("atlastilegridsquareposition", "atlastile_uuid", "atlastile", "uuid"),
            new Fk("atlastilegridsquareposition", "gridsquare_uuid", "gridsquare", "uuid"),
            new Fk("foilhole", "gridsquare_uuid", "gridsquare", "uuid"),
            new Fk("grid", "acquisition_uuid", "acquisition", "uuid"),
            new Fk("gridsquare", "grid_uuid", "grid", "uuid"),
            new Fk("micrograph", "foilhole_uuid", "foilhole", "uuid"),
            new Fk("qualityprediction", "foilhole_uuid", "foilhole", "uuid"),
            new Fk("qualityprediction", "gridsquare_uuid", "gridsquare", "uuid"),
            new Fk("qualityprediction", "prediction_model_name", "qualitypredictionmodel", "name"),
            new Fk("qualitypredictionmodelparameter", "grid_uuid", "grid", "uuid"),
            new Fk("qualitypredictionmodelparameter", "prediction_model_name", "qualitypredictionmodel", "name"),
            new Fk("qualitypredictionmodelweight", "grid_uuid", "grid", "uuid"),
            new Fk("qualitypredictionmodelweight", "micrograph_uuid", "micrograph", "uuid"),
            new Fk("qualitypredictionmodelweight", "prediction_model_name", "qualitypredictionmodel", "name"));

    /** The agent tables whose BIGSERIAL id becomes integer, and their UNIQUE column. */
    private static final String[][] AGENT_KEYS = {
            {"agentconnection", "connection_id"},
            {"agentinstruction", "instruction_id"},
            {"agentsession", "session_id"},
    };

    /** The composite indexes of 001 that go: name, table, columns. */
    private static final String[][] AGENT_COMPOSITES = {
            {"idx_agent_connection_agent_status", "agentconnection", "agent_id", "status"},
            {"idx_agent_instruction_agent_created", "agentinstruction", "agent_id", "created_at"},
            {"idx_agent_instruction_session_status", "agentinstruction", "session_id", "status"},
            {"idx_agent_session_agent_status", "agentsession", "agent_id", "status"},
    };

    /** The ix_<table>_<column> indexes that come: table → columns; the UNIQUE ones are AGENT_KEYS. */
    private static final String[][] IX_INDEXES = {
            {"agentconnection", "agent_id", "connection_id", "created_at", "last_heartbeat_at", "session_id", "status"},
            {"agentinstruction", "acknowledged_at", "agent_id", "created_at", "expires_at", "instruction_id",
                    "instruction_type", "priority", "sent_at", "sequence_number", "session_id", "status"},
            {"agentinstructionacknowledgement", "agent_id", "created_at", "instruction_id", "processed_at",
                    "session_id", "status"},
            {"agentsession", "acquisition_uuid", "agent_id", "created_at", "last_activity_at", "session_id", "status"},
    };

    /** The tables whose status enum column becomes nullable. */
    private static final List<String> STATUS_TABLES =
            List.of("acquisition", "foilhole", "grid", "gridsquare", "micrograph");

    @Override
    public void upgrade(Ops op) {
        setStatusNullable(op, true);
        for (Fk fk : AGENT_FKS) {
            op.dropConstraint(fk.name(), fk.table());
        }
        for (String[] key : AGENT_KEYS) {
            op.alterColumn(AlterColumn.of(key[0], "id").type(INTEGER).existingType(BIGINT).existingNullable(false));
            op.dropConstraint(key[0] + "_" + key[1] + "_key", key[0]);
        }
        op.alterColumn(AlterColumn.of("agentinstruction", "payload").nullable(true)
                .existingType(JSONB).existingNullable(false));
        for (String[] index : AGENT_COMPOSITES) {
            op.dropIndex(index[0]);
        }
        for (String[] table : IX_INDEXES) {
            for (int i = 1; i < table.length; i++) {
                CreateIndex index = CreateIndex.on(ixName(table[0], table[i]), table[0], table[i]);
                op.createIndex(isAgentKey(table[0], table[i]) ? index.unique() : index);
            }
        }
        for (Fk fk : CORE_FKS) {
            op.dropConstraint(fk.name(), fk.table());
            op.addConstraint(fk.table(), fk.unnamed());
        }
        op.dropIndex("idx_gridsquare_acquisition_datetime_status");
        op.dropIndex("idx_micrograph_acquisition_datetime");
        for (Fk fk : AGENT_FKS) {
            op.addConstraint(fk.table(), fk.unnamed());
        }
    }

    @Override
    public void downgrade(Ops op) {
        for (Fk fk : AGENT_FKS) {
            op.dropConstraint(fk.name(), fk.table());
        }
        op.createIndex(CreateIndex.on("idx_gridsquare_acquisition_datetime_status", "gridsquare",
                "acquisition_datetime", "status").using("btree"));
        op.createIndex(CreateIndex.on("idx_micrograph_acquisition_datetime", "micrograph",
                "acquisition_datetime").using("btree"));
        for (Fk fk : CORE_FKS) {
            op.dropConstraint(fk.name(), fk.table());
            op.addConstraint(fk.table(), fk.unnamed().onDelete("CASCADE"));
        }
        for (String[] table : IX_INDEXES) {
            for (int i = 1; i < table.length; i++) {
                op.dropIndex(ixName(table[0], table[i]));
            }
        }
        for (String[] index : AGENT_COMPOSITES) {
            op.createIndex(index[0], index[1], index[2], index[3]);
        }
        // Rows written since may hold NULLs the old schema forbids: an empty payload, the status default.
        op.execute("UPDATE agentinstruction SET payload = '{}' WHERE payload IS NULL");
        op.alterColumn(AlterColumn.of("agentinstruction", "payload").nullable(false)
                .existingType(JSONB).existingNullable(true));
        for (String[] key : AGENT_KEYS) {
            op.alterColumn(AlterColumn.of(key[0], "id").type(BIGINT).existingType(INTEGER).existingNullable(false));
            op.createUniqueConstraint(key[0] + "_" + key[1] + "_key", key[0], key[1]);
        }
        for (Fk fk : AGENT_FKS) {
            op.addConstraint(fk.table(), fk.unnamed().onDelete("CASCADE"));
        }
        setStatusNullable(op, false);
    }

    private static void setStatusNullable(Ops op, boolean nullable) {
        for (String table : STATUS_TABLES) {
            if (!nullable) {
                op.execute("UPDATE " + table + " SET status = DEFAULT WHERE status IS NULL");
            }
            op.alterColumn(AlterColumn.of(table, "status").nullable(nullable).existingNullable(!nullable));
        }
    }

    private static String ixName(String table, String column) {
        return "ix_" + table + "_" + column;
    }

    private static boolean isAgentKey(String table, String column) {
        for (String[] key : AGENT_KEYS) {
            if (key[0].equals(table) && key[1].equals(column)) {
                return true;
            }
        }
        return false;
    }
}
