"""Create core SmartEM schema baseline

The bench's port of SmartEM's revision 001 (smartem/migrations/versions/R2025_09_18_1042_001_*.java)
back to Alembic: 16 tables, the 5 status enums (created with the first table that uses each), all
foreign keys ON DELETE CASCADE, BIGSERIAL ids with inline UNIQUE keys on the agent tables, and 30
btree indexes on the agent tables.
"""
import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "001"
down_revision = None
branch_labels = None
depends_on = None

ACQUISITION_STATUS = sa.Enum("PLANNED", "STARTED", "COMPLETED", "PAUSED", "ABANDONED", name="acquisitionstatus")
GRID_STATUS = sa.Enum("NONE", "SCAN_STARTED", "SCAN_COMPLETED", "GRID_SQUARES_DECISION_STARTED",
                      "GRID_SQUARES_DECISION_COMPLETED", name="gridstatus")
GRIDSQUARE_STATUS = sa.Enum("NONE", "FOIL_HOLES_DECISION_STARTED", "FOIL_HOLES_DECISION_COMPLETED",
                            name="gridsquarestatus")
FOILHOLE_STATUS = sa.Enum("NONE", "MICROGRAPHS_DETECTED", name="foilholestatus")
MICROGRAPH_STATUS = sa.Enum("NONE", "MOTION_CORRECTION_STARTED", "MOTION_CORRECTION_COMPLETED", "CTF_STARTED",
                            "CTF_COMPLETED", "PARTICLE_PICKING_STARTED", "PARTICLE_PICKING_COMPLETED",
                            "PARTICLE_SELECTION_STARTED", "PARTICLE_SELECTION_COMPLETED", name="micrographstatus")

AGENT_INDEXES = [
    ("idx_agent_session_agent_id", "agentsession", "agent_id"),
    ("idx_agent_session_acquisition_uuid", "agentsession", "acquisition_uuid"),
    ("idx_agent_session_status", "agentsession", "status"),
    ("idx_agent_session_created_at", "agentsession", "created_at"),
    ("idx_agent_session_last_activity", "agentsession", "last_activity_at"),
    ("idx_agent_instruction_session_id", "agentinstruction", "session_id"),
    ("idx_agent_instruction_agent_id", "agentinstruction", "agent_id"),
    ("idx_agent_instruction_type", "agentinstruction", "instruction_type"),
    ("idx_agent_instruction_status", "agentinstruction", "status"),
    ("idx_agent_instruction_created_at", "agentinstruction", "created_at"),
    ("idx_agent_instruction_sent_at", "agentinstruction", "sent_at"),
    ("idx_agent_instruction_acknowledged_at", "agentinstruction", "acknowledged_at"),
    ("idx_agent_instruction_expires_at", "agentinstruction", "expires_at"),
    ("idx_agent_instruction_sequence", "agentinstruction", "sequence_number"),
    ("idx_agent_instruction_priority", "agentinstruction", "priority"),
    ("idx_agent_connection_session_id", "agentconnection", "session_id"),
    ("idx_agent_connection_agent_id", "agentconnection", "agent_id"),
    ("idx_agent_connection_status", "agentconnection", "status"),
    ("idx_agent_connection_created_at", "agentconnection", "created_at"),
    ("idx_agent_connection_heartbeat", "agentconnection", "last_heartbeat_at"),
    ("idx_agent_ack_instruction_id", "agentinstructionacknowledgement", "instruction_id"),
    ("idx_agent_ack_agent_id", "agentinstructionacknowledgement", "agent_id"),
    ("idx_agent_ack_session_id", "agentinstructionacknowledgement", "session_id"),
    ("idx_agent_ack_status", "agentinstructionacknowledgement", "status"),
    ("idx_agent_ack_created_at", "agentinstructionacknowledgement", "created_at"),
    ("idx_agent_ack_processed_at", "agentinstructionacknowledgement", "processed_at"),
]


def now():
    return sa.text("now()")


def fk(column, target):
    return sa.ForeignKeyConstraint([column], [target], ondelete="CASCADE")


def upgrade():
    op.create_table(
        "acquisition",
        sa.Column("uuid", sa.String(), nullable=False),
        sa.Column("id", sa.String()),
        sa.Column("name", sa.String(), nullable=False, server_default="Unknown"),
        sa.Column("status", ACQUISITION_STATUS, nullable=False, server_default="PLANNED"),
        sa.Column("start_time", sa.DateTime()),
        sa.Column("end_time", sa.DateTime()),
        sa.Column("paused_time", sa.DateTime()),
        sa.Column("storage_path", sa.String()),
        sa.Column("atlas_path", sa.String()),
        sa.Column("clustering_mode", sa.String()),
        sa.Column("clustering_radius", sa.String()),
        sa.Column("instrument_model", sa.String()),
        sa.Column("instrument_id", sa.String()),
        sa.Column("computer_name", sa.String()),
        sa.PrimaryKeyConstraint("uuid"),
    )
    op.create_table(
        "grid",
        sa.Column("uuid", sa.String(), nullable=False),
        sa.Column("acquisition_uuid", sa.String()),
        sa.Column("status", GRID_STATUS, nullable=False, server_default="NONE"),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("data_dir", sa.String()),
        sa.Column("atlas_dir", sa.String()),
        sa.Column("scan_start_time", sa.DateTime()),
        sa.Column("scan_end_time", sa.DateTime()),
        fk("acquisition_uuid", "acquisition.uuid"),
        sa.PrimaryKeyConstraint("uuid"),
    )
    op.create_table(
        "atlas",
        sa.Column("uuid", sa.String(), nullable=False),
        sa.Column("atlas_id", sa.String(), nullable=False, server_default=""),
        sa.Column("grid_uuid", sa.String()),
        sa.Column("acquisition_date", sa.DateTime()),
        sa.Column("storage_folder", sa.String()),
        sa.Column("description", sa.String()),
        sa.Column("name", sa.String(), nullable=False, server_default=""),
        fk("grid_uuid", "grid.uuid"),
        sa.PrimaryKeyConstraint("uuid"),
    )
    op.create_table(
        "atlastile",
        sa.Column("uuid", sa.String(), nullable=False),
        sa.Column("atlas_uuid", sa.String()),
        sa.Column("tile_id", sa.String(), nullable=False, server_default=""),
        sa.Column("position_x", sa.Integer()),
        sa.Column("position_y", sa.Integer()),
        sa.Column("size_x", sa.Integer()),
        sa.Column("size_y", sa.Integer()),
        sa.Column("file_format", sa.String()),
        sa.Column("base_filename", sa.String()),
        fk("atlas_uuid", "atlas.uuid"),
        sa.PrimaryKeyConstraint("uuid"),
    )
    op.create_table(
        "gridsquare",
        sa.Column("uuid", sa.String(), nullable=False),
        sa.Column("grid_uuid", sa.String()),
        sa.Column("status", GRIDSQUARE_STATUS, nullable=False, server_default="NONE"),
        sa.Column("gridsquare_id", sa.String(), nullable=False, server_default=""),
        sa.Column("data_dir", sa.String()),
        sa.Column("atlas_node_id", sa.Integer()),
        sa.Column("state", sa.String()),
        sa.Column("rotation", sa.Float()),
        sa.Column("image_path", sa.String()),
        sa.Column("selected", sa.Boolean()),
        sa.Column("unusable", sa.Boolean()),
        sa.Column("stage_position_x", sa.Float()),
        sa.Column("stage_position_y", sa.Float()),
        sa.Column("stage_position_z", sa.Float()),
        sa.Column("center_x", sa.Integer()),
        sa.Column("center_y", sa.Integer()),
        sa.Column("physical_x", sa.Float()),
        sa.Column("physical_y", sa.Float()),
        sa.Column("size_width", sa.Integer()),
        sa.Column("size_height", sa.Integer()),
        sa.Column("acquisition_datetime", sa.DateTime()),
        sa.Column("defocus", sa.Float()),
        sa.Column("magnification", sa.Float()),
        sa.Column("pixel_size", sa.Float()),
        sa.Column("detector_name", sa.String()),
        sa.Column("applied_defocus", sa.Float()),
        fk("grid_uuid", "grid.uuid"),
        sa.PrimaryKeyConstraint("uuid"),
    )
    op.create_table(
        "atlastilegridsquareposition",
        sa.Column("atlastile_uuid", sa.String(), nullable=False),
        sa.Column("gridsquare_uuid", sa.String(), nullable=False),
        sa.Column("center_x", sa.Integer(), nullable=False),
        sa.Column("center_y", sa.Integer(), nullable=False),
        sa.Column("size_width", sa.Integer(), nullable=False),
        sa.Column("size_height", sa.Integer(), nullable=False),
        fk("atlastile_uuid", "atlastile.uuid"),
        fk("gridsquare_uuid", "gridsquare.uuid"),
        sa.PrimaryKeyConstraint("atlastile_uuid", "gridsquare_uuid"),
    )
    op.create_table(
        "foilhole",
        sa.Column("uuid", sa.String(), nullable=False),
        sa.Column("foilhole_id", sa.String(), nullable=False, server_default=""),
        sa.Column("gridsquare_uuid", sa.String()),
        sa.Column("gridsquare_id", sa.String()),
        sa.Column("status", FOILHOLE_STATUS, nullable=False, server_default="NONE"),
        sa.Column("center_x", sa.Float()),
        sa.Column("center_y", sa.Float()),
        sa.Column("quality", sa.Float()),
        sa.Column("rotation", sa.Float()),
        sa.Column("size_width", sa.Float()),
        sa.Column("size_height", sa.Float()),
        sa.Column("x_location", sa.Integer()),
        sa.Column("y_location", sa.Integer()),
        sa.Column("x_stage_position", sa.Float()),
        sa.Column("y_stage_position", sa.Float()),
        sa.Column("diameter", sa.Integer()),
        sa.Column("is_near_grid_bar", sa.Boolean(), nullable=False, server_default=sa.text("false")),
        fk("gridsquare_uuid", "gridsquare.uuid"),
        sa.PrimaryKeyConstraint("uuid"),
    )
    op.create_table(
        "micrograph",
        sa.Column("uuid", sa.String(), nullable=False),
        sa.Column("micrograph_id", sa.String(), nullable=False, server_default=""),
        sa.Column("foilhole_uuid", sa.String()),
        sa.Column("foilhole_id", sa.String(), nullable=False, server_default=""),
        sa.Column("location_id", sa.String()),
        sa.Column("status", MICROGRAPH_STATUS, nullable=False, server_default="NONE"),
        sa.Column("high_res_path", sa.String()),
        sa.Column("manifest_file", sa.String()),
        sa.Column("acquisition_datetime", sa.DateTime()),
        sa.Column("defocus", sa.Float()),
        sa.Column("detector_name", sa.String()),
        sa.Column("energy_filter", sa.Boolean()),
        sa.Column("phase_plate", sa.Boolean()),
        sa.Column("image_size_x", sa.Integer()),
        sa.Column("image_size_y", sa.Integer()),
        sa.Column("binning_x", sa.Integer()),
        sa.Column("binning_y", sa.Integer()),
        sa.Column("total_motion", sa.Float()),
        sa.Column("average_motion", sa.Float()),
        sa.Column("ctf_max_resolution_estimate", sa.Float()),
        sa.Column("number_of_particles_selected", sa.Integer()),
        sa.Column("number_of_particles_rejected", sa.Integer()),
        sa.Column("selection_distribution", sa.String()),
        sa.Column("number_of_particles_picked", sa.Integer()),
        sa.Column("pick_distribution", sa.String()),
        fk("foilhole_uuid", "foilhole.uuid"),
        sa.PrimaryKeyConstraint("uuid"),
    )
    op.create_table(
        "qualitypredictionmodel",
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("description", sa.String(), nullable=False, server_default=""),
        sa.PrimaryKeyConstraint("name"),
    )
    op.create_table(
        "qualitypredictionmodelparameter",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("grid_uuid", sa.String(), nullable=False),
        sa.Column("timestamp", sa.DateTime(), nullable=False),
        sa.Column("prediction_model_name", sa.String(), nullable=False),
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("group", sa.String(), nullable=False, server_default=""),
        fk("grid_uuid", "grid.uuid"),
        fk("prediction_model_name", "qualitypredictionmodel.name"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "qualitypredictionmodelweight",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("grid_uuid", sa.String(), nullable=False),
        sa.Column("micrograph_uuid", sa.String()),
        sa.Column("micrograph_quality", sa.Boolean()),
        sa.Column("timestamp", sa.DateTime(), nullable=False),
        sa.Column("origin", sa.String()),
        sa.Column("prediction_model_name", sa.String(), nullable=False),
        sa.Column("weight", sa.Float(), nullable=False),
        fk("grid_uuid", "grid.uuid"),
        fk("micrograph_uuid", "micrograph.uuid"),
        fk("prediction_model_name", "qualitypredictionmodel.name"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "qualityprediction",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("timestamp", sa.DateTime(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("prediction_model_name", sa.String(), nullable=False),
        sa.Column("foilhole_uuid", sa.String()),
        sa.Column("gridsquare_uuid", sa.String()),
        fk("foilhole_uuid", "foilhole.uuid"),
        fk("gridsquare_uuid", "gridsquare.uuid"),
        fk("prediction_model_name", "qualitypredictionmodel.name"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "agentsession",
        sa.Column("id", sa.BigInteger(), primary_key=True),
        sa.Column("session_id", sa.String(), nullable=False, unique=True),
        sa.Column("agent_id", sa.String(), nullable=False),
        sa.Column("acquisition_uuid", sa.String()),
        sa.Column("name", sa.String()),
        sa.Column("description", sa.String()),
        sa.Column("experimental_parameters", postgresql.JSONB()),
        sa.Column("status", sa.String(), nullable=False, server_default="active"),
        sa.Column("created_at", sa.DateTime(), nullable=False, server_default=now()),
        sa.Column("started_at", sa.DateTime()),
        sa.Column("ended_at", sa.DateTime()),
        sa.Column("last_activity_at", sa.DateTime(), nullable=False, server_default=now()),
        fk("acquisition_uuid", "acquisition.uuid"),
    )
    op.create_table(
        "agentinstruction",
        sa.Column("id", sa.BigInteger(), primary_key=True),
        sa.Column("instruction_id", postgresql.UUID(), nullable=False, unique=True,
                  server_default=sa.text("gen_random_uuid()")),
        sa.Column("session_id", sa.String(), nullable=False),
        sa.Column("agent_id", sa.String(), nullable=False),
        sa.Column("instruction_type", sa.String(), nullable=False),
        sa.Column("payload", postgresql.JSONB(), nullable=False),
        sa.Column("sequence_number", sa.Integer()),
        sa.Column("priority", sa.String(), nullable=False, server_default="normal"),
        sa.Column("status", sa.String(), nullable=False, server_default="pending"),
        sa.Column("created_at", sa.DateTime(), nullable=False, server_default=now()),
        sa.Column("sent_at", sa.DateTime()),
        sa.Column("acknowledged_at", sa.DateTime()),
        sa.Column("expires_at", sa.DateTime()),
        sa.Column("retry_count", sa.Integer(), nullable=False, server_default=sa.text("0")),
        sa.Column("max_retries", sa.Integer(), nullable=False, server_default=sa.text("3")),
        sa.Column("instruction_metadata", postgresql.JSONB()),
        fk("session_id", "agentsession.session_id"),
    )
    op.create_table(
        "agentconnection",
        sa.Column("id", sa.BigInteger(), primary_key=True),
        sa.Column("connection_id", sa.String(), nullable=False, unique=True),
        sa.Column("session_id", sa.String(), nullable=False),
        sa.Column("agent_id", sa.String(), nullable=False),
        sa.Column("connection_type", sa.String(), nullable=False, server_default="sse"),
        sa.Column("client_info", postgresql.JSONB()),
        sa.Column("status", sa.String(), nullable=False, server_default="active"),
        sa.Column("created_at", sa.DateTime(), nullable=False, server_default=now()),
        sa.Column("last_heartbeat_at", sa.DateTime(), nullable=False, server_default=now()),
        sa.Column("closed_at", sa.DateTime()),
        sa.Column("close_reason", sa.String()),
        fk("session_id", "agentsession.session_id"),
    )
    op.create_table(
        "agentinstructionacknowledgement",
        sa.Column("acknowledgement_id", postgresql.UUID(), nullable=False,
                  server_default=sa.text("gen_random_uuid()")),
        sa.Column("instruction_id", postgresql.UUID(), nullable=False),
        sa.Column("agent_id", sa.String(), nullable=False),
        sa.Column("session_id", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("result", sa.String()),
        sa.Column("error_message", sa.String()),
        sa.Column("processing_time_ms", sa.Integer()),
        sa.Column("acknowledgement_metadata", postgresql.JSONB()),
        sa.Column("created_at", sa.DateTime(), nullable=False, server_default=now()),
        sa.Column("processed_at", sa.DateTime()),
        sa.PrimaryKeyConstraint("acknowledgement_id"),
        fk("instruction_id", "agentinstruction.instruction_id"),
    )
    for name, table, column in AGENT_INDEXES:
        op.create_index(name, table, [column])
    op.create_index("idx_agent_session_agent_status", "agentsession", ["agent_id", "status"])
    op.create_index("idx_agent_instruction_session_status", "agentinstruction", ["session_id", "status"])
    op.create_index("idx_agent_instruction_agent_created", "agentinstruction", ["agent_id", "created_at"])
    op.create_index("idx_agent_connection_agent_status", "agentconnection", ["agent_id", "status"])


def downgrade():
    for table in ["agentinstructionacknowledgement", "agentconnection", "agentinstruction", "agentsession",
                  "qualityprediction", "qualitypredictionmodelweight", "qualitypredictionmodelparameter",
                  "qualitypredictionmodel", "micrograph", "foilhole", "atlastilegridsquareposition", "gridsquare",
                  "atlastile", "atlas", "grid", "acquisition"]:
        op.drop_table(table)
    for enum in [MICROGRAPH_STATUS, FOILHOLE_STATUS, GRIDSQUARE_STATUS, GRID_STATUS, ACQUISITION_STATUS]:
        enum.drop(op.get_bind(), checkfirst=False)
