"""add quality metric and training tables (port of SmartEM's revision 33107394dcd1)"""
import sqlalchemy as sa
from alembic import op

revision = "33107394dcd1"
down_revision = "003"
branch_labels = None
depends_on = None

# The 67 indexes the legacy, non-migration bootstrap creates; on a database built by this chain
# only the 26 single-column idx_agent_* exist (from 001): name, table.
LEGACY_INDEXES = [
    ("idx_acquisition_id_hash", "acquisition"), ("idx_acquisition_id_pattern", "acquisition"),
    ("idx_acquisition_name", "acquisition"), ("idx_agent_connection_agent_id", "agentconnection"),
    ("idx_agent_connection_created_at", "agentconnection"), ("idx_agent_connection_heartbeat", "agentconnection"),
    ("idx_agent_connection_session_id", "agentconnection"), ("idx_agent_connection_status", "agentconnection"),
    ("idx_agent_instruction_acknowledged_at", "agentinstruction"), ("idx_agent_instruction_agent_id", "agentinstruction"),
    ("idx_agent_instruction_created_at", "agentinstruction"), ("idx_agent_instruction_expires_at", "agentinstruction"),
    ("idx_agent_instruction_priority", "agentinstruction"), ("idx_agent_instruction_sent_at", "agentinstruction"),
    ("idx_agent_instruction_sequence", "agentinstruction"), ("idx_agent_instruction_session_id", "agentinstruction"),
    ("idx_agent_instruction_status", "agentinstruction"), ("idx_agent_instruction_type", "agentinstruction"),
    ("idx_agent_ack_agent_id", "agentinstructionacknowledgement"),
    ("idx_agent_ack_created_at", "agentinstructionacknowledgement"),
    ("idx_agent_ack_instruction_id", "agentinstructionacknowledgement"),
    ("idx_agent_ack_processed_at", "agentinstructionacknowledgement"),
    ("idx_agent_ack_session_id", "agentinstructionacknowledgement"),
    ("idx_agent_ack_status", "agentinstructionacknowledgement"),
    ("idx_agent_session_acquisition_uuid", "agentsession"), ("idx_agent_session_agent_id", "agentsession"),
    ("idx_agent_session_created_at", "agentsession"), ("idx_agent_session_last_activity", "agentsession"),
    ("idx_agent_session_status", "agentsession"), ("idx_atlas_grid_uuid", "atlas"), ("idx_atlas_id_pattern", "atlas"),
    ("idx_atlastile_atlas_id", "atlastile"), ("idx_atlastile_id_pattern", "atlastile"),
    ("idx_foilhole_gridsquare_id", "foilhole"), ("idx_foilhole_id_hash", "foilhole"),
    ("idx_foilhole_id_pattern", "foilhole"), ("idx_foilhole_quality", "foilhole"),
    ("idx_grid_acquisition_id", "grid"), ("idx_grid_name", "grid"), ("idx_grid_uuid_hash", "grid"),
    ("idx_grid_uuid_pattern", "grid"), ("idx_gridsquare_grid_uuid", "gridsquare"),
    ("idx_gridsquare_id_hash", "gridsquare"), ("idx_gridsquare_id_pattern", "gridsquare"),
    ("idx_micrograph_foilhole_id", "micrograph"), ("idx_micrograph_id_hash", "micrograph"),
    ("idx_micrograph_id_pattern", "micrograph"), ("idx_quality_prediction_foilhole_uuid", "qualityprediction"),
    ("idx_quality_prediction_gridsquare_uuid", "qualityprediction"),
    ("idx_quality_prediction_model_foilhole", "qualityprediction"),
    ("idx_quality_prediction_model_gridsquare", "qualityprediction"),
    ("idx_quality_prediction_model_name", "qualityprediction"), ("idx_quality_prediction_timestamp", "qualityprediction"),
    ("idx_quality_prediction_value", "qualityprediction"),
    ("idx_quality_model_param_composite", "qualitypredictionmodelparameter"),
    ("idx_quality_model_param_grid_uuid", "qualitypredictionmodelparameter"),
    ("idx_quality_model_param_key", "qualitypredictionmodelparameter"),
    ("idx_quality_model_param_model_name", "qualitypredictionmodelparameter"),
    ("idx_quality_model_param_timestamp", "qualitypredictionmodelparameter"),
    ("idx_quality_model_weight_grid_model", "qualitypredictionmodelweight"),
    ("idx_quality_model_weight_grid_uuid", "qualitypredictionmodelweight"),
    ("idx_quality_model_weight_micrograph_model", "qualitypredictionmodelweight"),
    ("idx_quality_model_weight_micrograph_uuid", "qualitypredictionmodelweight"),
    ("idx_quality_model_weight_model_name", "qualitypredictionmodelweight"),
    ("idx_quality_model_weight_quality", "qualitypredictionmodelweight"),
    ("idx_quality_model_weight_timestamp", "qualitypredictionmodelweight"),
    ("idx_quality_model_weight_value", "qualitypredictionmodelweight"),
]

# What a database built by this chain had at 003 of the list above: name, table, column.
CHAIN_INDEXES_AT_003 = [
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

METRIC_TABLES = ["qualityprediction", "qualitypredictionmodelparameter", "qualitypredictionmodelweight"]


def upgrade():
    op.create_table(
        "qualitymetric",
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )
    op.create_table(
        "currentqualitypredictionmodelweight",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("grid_uuid", sa.String(), nullable=False),
        sa.Column("prediction_model_name", sa.String(), nullable=False),
        sa.Column("metric_name", sa.String()),
        sa.Column("weight", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(["grid_uuid"], ["grid.uuid"]),
        sa.ForeignKeyConstraint(["metric_name"], ["qualitymetric.name"]),
        sa.ForeignKeyConstraint(["prediction_model_name"], ["qualitypredictionmodel.name"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "qualitymetricstatistics",
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("grid_uuid", sa.String(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("value_sum", sa.Float(), nullable=False),
        sa.Column("squared_value_sum", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(["grid_uuid"], ["grid.uuid"]),
        sa.ForeignKeyConstraint(["name"], ["qualitymetric.name"]),
        sa.PrimaryKeyConstraint("name", "grid_uuid"),
    )
    op.create_table(
        "currentqualityprediction",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("grid_uuid", sa.String(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("prediction_model_name", sa.String(), nullable=False),
        sa.Column("metric_name", sa.String()),
        sa.Column("foilhole_uuid", sa.String()),
        sa.Column("gridsquare_uuid", sa.String()),
        sa.ForeignKeyConstraint(["foilhole_uuid"], ["foilhole.uuid"]),
        sa.ForeignKeyConstraint(["grid_uuid"], ["grid.uuid"]),
        sa.ForeignKeyConstraint(["gridsquare_uuid"], ["gridsquare.uuid"]),
        sa.ForeignKeyConstraint(["metric_name"], ["qualitymetric.name"]),
        sa.ForeignKeyConstraint(["prediction_model_name"], ["qualitypredictionmodel.name"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "overallqualityprediction",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("foilhole_uuid", sa.String(), nullable=False),
        sa.Column("grid_uuid", sa.String(), nullable=False),
        sa.Column("gridsquare_uuid", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["foilhole_uuid"], ["foilhole.uuid"]),
        sa.ForeignKeyConstraint(["grid_uuid"], ["grid.uuid"]),
        sa.ForeignKeyConstraint(["gridsquare_uuid"], ["gridsquare.uuid"]),
        sa.PrimaryKeyConstraint("id"),
    )
    for name, _table in LEGACY_INDEXES:
        op.execute("DROP INDEX IF EXISTS " + name)

    # The original adds this NOT NULL with no default, which fails once grids exist.
    op.add_column("grid", sa.Column("prediction_updated_time", sa.DateTime()))
    op.execute("UPDATE grid SET prediction_updated_time = now() WHERE prediction_updated_time IS NULL")
    op.alter_column("grid", "prediction_updated_time", nullable=False, existing_type=sa.DateTime(),
                    existing_nullable=True)

    for table in METRIC_TABLES:
        op.add_column(table, sa.Column("metric_name", sa.String()))
        op.create_foreign_key(None, table, "qualitymetric", ["metric_name"], ["name"])
    op.add_column("qualitypredictionmodel", sa.Column("level", sa.String()))
    op.drop_column("qualitypredictionmodelweight", "origin")


def downgrade():
    op.add_column("qualitypredictionmodelweight", sa.Column("origin", sa.String()))
    op.drop_column("qualitypredictionmodel", "level")
    for table in METRIC_TABLES:
        op.drop_constraint(table + "_metric_name_fkey", table, type_="foreignkey")
        op.drop_column(table, "metric_name")
    op.drop_column("grid", "prediction_updated_time")
    for name, table, column in CHAIN_INDEXES_AT_003:
        op.create_index(name, table, [column])
    for table in ["overallqualityprediction", "currentqualityprediction", "qualitymetricstatistics",
                  "currentqualitypredictionmodelweight", "qualitymetric"]:
        op.drop_table(table)
