import io.retort.Migration;
import io.retort.Revision;
import io.retort.ops.Ops;
import io.retort.ops.SqlType;

import static io.retort.ops.Column.column;
import static io.retort.ops.Constraint.*;
import static io.retort.ops.Types.*;

/**
 * The baseline: 16 tables, the 5 status enums (created with the first table that uses each), all
 * foreign keys ON DELETE CASCADE, BIGSERIAL ids with inline UNIQUE keys on the agent tables, and 30
 * btree indexes on the agent tables. Port of Alembic revision 001.
 */
@Revision(id = "001", message = "Create core SmartEM schema baseline", created = "2025-09-18T10:42:14")
public class R2025_09_18_1042_001_create_core_smartem_schema_baseline implements Migration {

    static final SqlType.Enum ACQUISITION_STATUS =
            enumOf("acquisitionstatus", "PLANNED", "STARTED", "COMPLETED", "PAUSED", "ABANDONED");
    static final SqlType.Enum GRID_STATUS = enumOf("gridstatus", "NONE", "SCAN_STARTED", "SCAN_COMPLETED",
            "GRID_SQUARES_DECISION_STARTED", "GRID_SQUARES_DECISION_COMPLETED");
    static final SqlType.Enum GRIDSQUARE_STATUS =
            enumOf("gridsquarestatus", "NONE", "FOIL_HOLES_DECISION_STARTED", "FOIL_HOLES_DECISION_COMPLETED");
    static final SqlType.Enum FOILHOLE_STATUS = enumOf("foilholestatus", "NONE", "MICROGRAPHS_DETECTED");
    static final SqlType.Enum MICROGRAPH_STATUS = enumOf("micrographstatus", "NONE",
            "MOTION_CORRECTION_STARTED", "MOTION_CORRECTION_COMPLETED", "CTF_STARTED", "CTF_COMPLETED",
            "PARTICLE_PICKING_STARTED", "PARTICLE_PICKING_COMPLETED", "PARTICLE_SELECTION_STARTED",
            "PARTICLE_SELECTION_COMPLETED");

    /** The 26 single-column agent indexes: name, table, column. 33107394dcd1 drops them. */
    static final String[][] AGENT_INDEXES = {
            {"idx_agent_session_agent_id", "agentsession", "agent_id"},
            {"idx_agent_session_acquisition_uuid", "agentsession", "acquisition_uuid"},
            {"idx_agent_session_status", "agentsession", "status"},
            {"idx_agent_session_created_at", "agentsession", "created_at"},
            {"idx_agent_session_last_activity", "agentsession", "last_activity_at"},
            {"idx_agent_instruction_session_id", "agentinstruction", "session_id"},
            {"idx_agent_instruction_agent_id", "agentinstruction", "agent_id"},
            {"idx_agent_instruction_type", "agentinstruction", "instruction_type"},
            {"idx_agent_instruction_status", "agentinstruction", "status"},
            {"idx_agent_instruction_created_at", "agentinstruction", "created_at"},
            {"idx_agent_instruction_sent_at", "agentinstruction", "sent_at"},
            {"idx_agent_instruction_acknowledged_at", "agentinstruction", "acknowledged_at"},
            {"idx_agent_instruction_expires_at", "agentinstruction", "expires_at"},
            {"idx_agent_instruction_sequence", "agentinstruction", "sequence_number"},
            {"idx_agent_instruction_priority", "agentinstruction", "priority"},
            {"idx_agent_connection_session_id", "agentconnection", "session_id"},
            {"idx_agent_connection_agent_id", "agentconnection", "agent_id"},
            {"idx_agent_connection_status", "agentconnection", "status"},
            {"idx_agent_connection_created_at", "agentconnection", "created_at"},
            {"idx_agent_connection_heartbeat", "agentconnection", "last_heartbeat_at"},
            {"idx_agent_ack_instruction_id", "agentinstructionacknowledgement", "instruction_id"},
            {"idx_agent_ack_agent_id", "agentinstructionacknowledgement", "agent_id"},
            {"idx_agent_ack_session_id", "agentinstructionacknowledgement", "session_id"},
            {"idx_agent_ack_status", "agentinstructionacknowledgement", "status"},
            {"idx_agent_ack_created_at", "agentinstructionacknowledgement", "created_at"},
            {"idx_agent_ack_processed_at", "agentinstructionacknowledgement", "processed_at"},
    };

    @Override
    public void upgrade(Ops op) {
        op.createTable("acquisition",
                column("uuid", VARCHAR).notNull(),
                column("id", VARCHAR),
                column("name", VARCHAR).notNull().defaultValue("Unknown"),
                column("status", ACQUISITION_STATUS).notNull().defaultValue("PLANNED"),
                column("start_time", TIMESTAMP),
                column("end_time", TIMESTAMP),
                column("paused_time", TIMESTAMP),
                column("storage_path", VARCHAR),
                column("atlas_path", VARCHAR),
                column("clustering_mode", VARCHAR),
                column("clustering_radius", VARCHAR),
                column("instrument_model", VARCHAR),
                column("instrument_id", VARCHAR),
                column("computer_name", VARCHAR),
                primaryKey("uuid"));

        op.createTable("grid",
                column("uuid", VARCHAR).notNull(),
                column("acquisition_uuid", VARCHAR),
                column("status", GRID_STATUS).notNull().defaultValue("NONE"),
                column("name", VARCHAR).notNull(),
                column("data_dir", VARCHAR),
                column("atlas_dir", VARCHAR),
                column("scan_start_time", TIMESTAMP),
                column("scan_end_time", TIMESTAMP),
                foreignKey("acquisition_uuid", "acquisition", "uuid").onDelete("CASCADE"),
                primaryKey("uuid"));

        op.createTable("atlas",
                column("uuid", VARCHAR).notNull(),
                column("atlas_id", VARCHAR).notNull().defaultValue(""),
                column("grid_uuid", VARCHAR),
                column("acquisition_date", TIMESTAMP),
                column("storage_folder", VARCHAR),
                column("description", VARCHAR),
                column("name", VARCHAR).notNull().defaultValue(""),
                foreignKey("grid_uuid", "grid", "uuid").onDelete("CASCADE"),
                primaryKey("uuid"));

        op.createTable("atlastile",
                column("uuid", VARCHAR).notNull(),
                column("atlas_uuid", VARCHAR),
                column("tile_id", VARCHAR).notNull().defaultValue(""),
                column("position_x", INTEGER),
                column("position_y", INTEGER),
                column("size_x", INTEGER),
                column("size_y", INTEGER),
                column("file_format", VARCHAR),
                column("base_filename", VARCHAR),
                foreignKey("atlas_uuid", "atlas", "uuid").onDelete("CASCADE"),
                primaryKey("uuid"));

        op.createTable("gridsquare",
                column("uuid", VARCHAR).notNull(),
                column("grid_uuid", VARCHAR),
                column("status", GRIDSQUARE_STATUS).notNull().defaultValue("NONE"),
                column("gridsquare_id", VARCHAR).notNull().defaultValue(""),
                column("data_dir", VARCHAR),
                column("atlas_node_id", INTEGER),
                column("state", VARCHAR),
                column("rotation", DOUBLE),
                column("image_path", VARCHAR),
                column("selected", BOOLEAN),
                column("unusable", BOOLEAN),
                column("stage_position_x", DOUBLE),
                column("stage_position_y", DOUBLE),
                column("stage_position_z", DOUBLE),
                column("center_x", INTEGER),
                column("center_y", INTEGER),
                column("physical_x", DOUBLE),
                column("physical_y", DOUBLE),
                column("size_width", INTEGER),
                column("size_height", INTEGER),
                column("acquisition_datetime", TIMESTAMP),
                column("defocus", DOUBLE),
                column("magnification", DOUBLE),
                column("pixel_size", DOUBLE),
                column("detector_name", VARCHAR),
                column("applied_defocus", DOUBLE),
                foreignKey("grid_uuid", "grid", "uuid").onDelete("CASCADE"),
                primaryKey("uuid"));

        op.createTable("atlastilegridsquareposition",
                column("atlastile_uuid", VARCHAR).notNull(),
                column("gridsquare_uuid", VARCHAR).notNull(),
                column("center_x", INTEGER).notNull(),
                column("center_y", INTEGER).notNull(),
                column("size_width", INTEGER).notNull(),
                column("size_height", INTEGER).notNull(),
                foreignKey("atlastile_uuid", "atlastile", "uuid").onDelete("CASCADE"),
                foreignKey("gridsquare_uuid", "gridsquare", "uuid").onDelete("CASCADE"),
                primaryKey("atlastile_uuid", "gridsquare_uuid"));

        op.createTable("foilhole",
                column("uuid", VARCHAR).notNull(),
                column("foilhole_id", VARCHAR).notNull().defaultValue(""),
                column("gridsquare_uuid", VARCHAR),
                column("gridsquare_id", VARCHAR),
                column("status", FOILHOLE_STATUS).notNull().defaultValue("NONE"),
                column("center_x", DOUBLE),
                column("center_y", DOUBLE),
                column("quality", DOUBLE),
                column("rotation", DOUBLE),
                column("size_width", DOUBLE),
                column("size_height", DOUBLE),
                column("x_location", INTEGER),
                column("y_location", INTEGER),
                column("x_stage_position", DOUBLE),
                column("y_stage_position", DOUBLE),
                column("diameter", INTEGER),
                column("is_near_grid_bar", BOOLEAN).notNull().defaultValue(false),
                foreignKey("gridsquare_uuid", "gridsquare", "uuid").onDelete("CASCADE"),
                primaryKey("uuid"));

        op.createTable("micrograph",
                column("uuid", VARCHAR).notNull(),
                column("micrograph_id", VARCHAR).notNull().defaultValue(""),
                column("foilhole_uuid", VARCHAR),
                column("foilhole_id", VARCHAR).notNull().defaultValue(""),
                column("location_id", VARCHAR),
                column("status", MICROGRAPH_STATUS).notNull().defaultValue("NONE"),
                column("high_res_path", VARCHAR),
                column("manifest_file", VARCHAR),
                column("acquisition_datetime", TIMESTAMP),
                column("defocus", DOUBLE),
                column("detector_name", VARCHAR),
                column("energy_filter", BOOLEAN),
                column("phase_plate", BOOLEAN),
                column("image_size_x", INTEGER),
                column("image_size_y", INTEGER),
                column("binning_x", INTEGER),
                column("binning_y", INTEGER),
                column("total_motion", DOUBLE),
                column("average_motion", DOUBLE),
                column("ctf_max_resolution_estimate", DOUBLE),
                column("number_of_particles_selected", INTEGER),
                column("number_of_particles_rejected", INTEGER),
                column("selection_distribution", VARCHAR),
                column("number_of_particles_picked", INTEGER),
                column("pick_distribution", VARCHAR),
                foreignKey("foilhole_uuid", "foilhole", "uuid").onDelete("CASCADE"),
                primaryKey("uuid"));

        op.createTable("qualitypredictionmodel",
                column("name", VARCHAR).notNull(),
                column("description", VARCHAR).notNull().defaultValue(""),
                primaryKey("name"));

        op.createTable("qualitypredictionmodelparameter",
                column("id", SERIAL).notNull(),
                column("grid_uuid", VARCHAR).notNull(),
                column("timestamp", TIMESTAMP).notNull(),
                column("prediction_model_name", VARCHAR).notNull(),
                column("key", VARCHAR).notNull(),
                column("value", DOUBLE).notNull(),
                column("group", VARCHAR).notNull().defaultValue(""),
                foreignKey("grid_uuid", "grid", "uuid").onDelete("CASCADE"),
                foreignKey("prediction_model_name", "qualitypredictionmodel", "name").onDelete("CASCADE"),
                primaryKey("id"));

        op.createTable("qualitypredictionmodelweight",
                column("id", SERIAL).notNull(),
                column("grid_uuid", VARCHAR).notNull(),
                column("micrograph_uuid", VARCHAR),
                column("micrograph_quality", BOOLEAN),
                column("timestamp", TIMESTAMP).notNull(),
                column("origin", VARCHAR),
                column("prediction_model_name", VARCHAR).notNull(),
                column("weight", DOUBLE).notNull(),
                foreignKey("grid_uuid", "grid", "uuid").onDelete("CASCADE"),
                foreignKey("micrograph_uuid", "micrograph", "uuid").onDelete("CASCADE"),
                foreignKey("prediction_model_name", "qualitypredictionmodel", "name").onDelete("CASCADE"),
                primaryKey("id"));

        op.createTable("qualityprediction",
                column("id", SERIAL).notNull(),
                column("timestamp", TIMESTAMP).notNull(),
                column("value", DOUBLE).notNull(),
                column("prediction_model_name", VARCHAR).notNull(),
                column("foilhole_uuid", VARCHAR),
                column("gridsquare_uuid", VARCHAR),
                foreignKey("foilhole_uuid", "foilhole", "uuid").onDelete("CASCADE"),
                foreignKey("gridsquare_uuid", "gridsquare", "uuid").onDelete("CASCADE"),
                foreignKey("prediction_model_name", "qualitypredictionmodel", "name").onDelete("CASCADE"),
                primaryKey("id"));

        // The agent tables declare their keys on the column, as the original does: BIGSERIAL
        // ids and inline UNIQUE constraints named <table>_<column>_key.
        op.createTable("agentsession",
                column("id", BIGSERIAL).primaryKey(),
                column("session_id", VARCHAR).notNull().unique(),
                column("agent_id", VARCHAR).notNull(),
                column("acquisition_uuid", VARCHAR),
                column("name", VARCHAR),
                column("description", VARCHAR),
                column("experimental_parameters", JSONB),
                column("status", VARCHAR).notNull().defaultValue("active"),
                column("created_at", TIMESTAMP).notNull().defaultSql("now()"),
                column("started_at", TIMESTAMP),
                column("ended_at", TIMESTAMP),
                column("last_activity_at", TIMESTAMP).notNull().defaultSql("now()"),
                foreignKey("acquisition_uuid", "acquisition", "uuid").onDelete("CASCADE"));

        op.createTable("agentinstruction",
                column("id", BIGSERIAL).primaryKey(),
                column("instruction_id", UUID).notNull().unique().defaultSql("gen_random_uuid()"),
                column("session_id", VARCHAR).notNull(),
                column("agent_id", VARCHAR).notNull(),
                column("instruction_type", VARCHAR).notNull(),
                column("payload", JSONB).notNull(),
                column("sequence_number", INTEGER),
                column("priority", VARCHAR).notNull().defaultValue("normal"),
                column("status", VARCHAR).notNull().defaultValue("pending"),
                column("created_at", TIMESTAMP).notNull().defaultSql("now()"),
                column("sent_at", TIMESTAMP),
                column("acknowledged_at", TIMESTAMP),
                column("expires_at", TIMESTAMP),
                column("retry_count", INTEGER).notNull().defaultValue(0),
                column("max_retries", INTEGER).notNull().defaultValue(3),
                column("instruction_metadata", JSONB),
                foreignKey("session_id", "agentsession", "session_id").onDelete("CASCADE"));

        op.createTable("agentconnection",
                column("id", BIGSERIAL).primaryKey(),
                column("connection_id", VARCHAR).notNull().unique(),
                column("session_id", VARCHAR).notNull(),
                column("agent_id", VARCHAR).notNull(),
                column("connection_type", VARCHAR).notNull().defaultValue("sse"),
                column("client_info", JSONB),
                column("status", VARCHAR).notNull().defaultValue("active"),
                column("created_at", TIMESTAMP).notNull().defaultSql("now()"),
                column("last_heartbeat_at", TIMESTAMP).notNull().defaultSql("now()"),
                column("closed_at", TIMESTAMP),
                column("close_reason", VARCHAR),
                foreignKey("session_id", "agentsession", "session_id").onDelete("CASCADE"));

        op.createTable("agentinstructionacknowledgement",
                column("acknowledgement_id", UUID).notNull().defaultSql("gen_random_uuid()"),
                column("instruction_id", UUID).notNull(),
                column("agent_id", VARCHAR).notNull(),
                column("session_id", VARCHAR).notNull(),
                column("status", VARCHAR).notNull(),
                column("result", VARCHAR),
                column("error_message", VARCHAR),
                column("processing_time_ms", INTEGER),
                column("acknowledgement_metadata", JSONB),
                column("created_at", TIMESTAMP).notNull().defaultSql("now()"),
                column("processed_at", TIMESTAMP),
                primaryKey("acknowledgement_id"),
                foreignKey("instruction_id", "agentinstruction", "instruction_id").onDelete("CASCADE"));

        for (String[] index : AGENT_INDEXES) {
            op.createIndex(index[0], index[1], index[2]);
        }
        op.createIndex("idx_agent_session_agent_status", "agentsession", "agent_id", "status");
        op.createIndex("idx_agent_instruction_session_status", "agentinstruction", "session_id", "status");
        op.createIndex("idx_agent_instruction_agent_created", "agentinstruction", "agent_id", "created_at");
        op.createIndex("idx_agent_connection_agent_status", "agentconnection", "agent_id", "status");
    }

    @Override
    public void downgrade(Ops op) {
        for (String table : new String[] {"agentinstructionacknowledgement", "agentconnection", "agentinstruction",
                "agentsession", "qualityprediction", "qualitypredictionmodelweight", "qualitypredictionmodelparameter",
                "qualitypredictionmodel", "micrograph", "foilhole", "atlastilegridsquareposition", "gridsquare",
                "atlastile", "atlas", "grid", "acquisition"}) {
            op.dropTable(table);
        }
        for (SqlType.Enum type : new SqlType.Enum[] {MICROGRAPH_STATUS, FOILHOLE_STATUS, GRIDSQUARE_STATUS,
                GRID_STATUS, ACQUISITION_STATUS}) {
            op.dropEnum(type.name());
        }
    }
}
