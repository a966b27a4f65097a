"""fix schema drift: sync indexes, constraints, and foreign key cascades (port of SmartEM's revision 87f8c5e11906)"""
import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "87f8c5e11906"
down_revision = "33107394dcd1"
branch_labels = None
depends_on = None

# The three agent foreign keys that lean on the UNIQUE constraints this revision replaces:
# table, column, referenced table, referenced column.
AGENT_FKS = [
    ("agentinstructionacknowledgement", "instruction_id", "agentinstruction", "instruction_id"),
    ("agentconnection", "session_id", "agentsession", "session_id"),
    ("agentinstruction", "session_id", "agentsession", "session_id"),
]

# The other 17 foreign keys of 001, all recreated without CASCADE.
CORE_FKS = [
    ("agentsession", "acquisition_uuid", "acquisition", "uuid"),
    ("atlas", "grid_uuid", "grid", "uuid"),
    ("atlastile", "atlas_uuid", "atlas", "uuid"),
    ("atlastilegridsquareposition", "atlastile_uuid", "atlastile", "uuid"),
    ("atlastilegridsquareposition", "gridsquare_uuid", "gridsquare", "uuid"),
    ("foilhole", "gridsquare_uuid", "gridsquare", "uuid"),
    ("grid", "acquisition_uuid", "acquisition", "uuid"),
    ("gridsquare", "grid_uuid", "grid", "uuid"),
    ("micrograph", "foilhole_uuid", "foilhole", "uuid"),
    ("qualityprediction", "foilhole_uuid", "foilhole", "uuid"),
    ("qualityprediction", "gridsquare_uuid", "gridsquare", "uuid"),
    ("qualityprediction", "prediction_model_name", "qualitypredictionmodel", "name"),
    ("qualitypredictionmodelparameter", "grid_uuid", "grid", "uuid"),
    ("qualitypredictionmodelparameter", "prediction_model_name", "qualitypredictionmodel", "name"),
    ("qualitypredictionmodelweight", "grid_uuid", "grid", "uuid"),
    ("qualitypredictionmodelweight", "micrograph_uuid", "micrograph", "uuid"),
    ("qualitypredictionmodelweight", "prediction_model_name", "qualitypredictionmodel", "name"),
]

# The agent tables whose BIGSERIAL id becomes integer, and their UNIQUE column.
AGENT_KEYS = [("agentconnection", "connection_id"), ("agentinstruction", "instruction_id"),
              ("agentsession", "session_id")]

AGENT_COMPOSITES = [
    ("idx_agent_connection_agent_status", "agentconnection", ["agent_id", "status"]),
    ("idx_agent_instruction_agent_created", "agentinstruction", ["agent_id", "created_at"]),
    ("idx_agent_instruction_session_status", "agentinstruction", ["session_id", "status"]),
    ("idx_agent_session_agent_status", "agentsession", ["agent_id", "status"]),
]

IX_INDEXES = [
    ("agentconnection", ["agent_id", "connection_id", "created_at", "last_heartbeat_at", "session_id", "status"]),
    ("agentinstruction", ["acknowledged_at", "agent_id", "created_at", "expires_at", "instruction_id",
                          "instruction_type", "priority", "sent_at", "sequence_number", "session_id", "status"]),
    ("agentinstructionacknowledgement", ["agent_id", "created_at", "instruction_id", "processed_at", "session_id",
                                         "status"]),
    ("agentsession", ["acquisition_uuid", "agent_id", "created_at", "last_activity_at", "session_id", "status"]),
]

STATUS_TABLES = ["acquisition", "foilhole", "grid", "gridsquare", "micrograph"]


def fk_name(table, column):
    return table + "_" + column + "_fkey"


def set_status_nullable(nullable):
    for table in STATUS_TABLES:
        if not nullable:
            op.execute("UPDATE " + table + " SET status = DEFAULT WHERE status IS NULL")
        op.alter_column(table, "status", nullable=nullable, existing_nullable=not nullable)


def upgrade():
    set_status_nullable(True)
    for table, column, _, _ in AGENT_FKS:
        op.drop_constraint(fk_name(table, column), table, type_="foreignkey")
    for table, key in AGENT_KEYS:
        op.alter_column(table, "id", type_=sa.Integer(), existing_type=sa.BigInteger(), existing_nullable=False)
        op.drop_constraint(table + "_" + key + "_key", table, type_="unique")
    op.alter_column("agentinstruction", "payload", nullable=True, existing_type=postgresql.JSONB(),
                    existing_nullable=False)
    for name, table, _ in AGENT_COMPOSITES:
        op.drop_index(name, table_name=table)
    for table, columns in IX_INDEXES:
        for column in columns:
            op.create_index("ix_" + table + "_" + column, table, [column], unique=(table, column) in AGENT_KEYS)
    for table, column, referenced, referenced_column in CORE_FKS:
        op.drop_constraint(fk_name(table, column), table, type_="foreignkey")
        op.create_foreign_key(None, table, referenced, [column], [referenced_column])
    op.drop_index("idx_gridsquare_acquisition_datetime_status", table_name="gridsquare")
    op.drop_index("idx_micrograph_acquisition_datetime", table_name="micrograph")
    for table, column, referenced, referenced_column in AGENT_FKS:
        op.create_foreign_key(None, table, referenced, [column], [referenced_column])


def downgrade():
    for table, column, _, _ in AGENT_FKS:
        op.drop_constraint(fk_name(table, column), table, type_="foreignkey")
    op.create_index("idx_gridsquare_acquisition_datetime_status", "gridsquare", ["acquisition_datetime", "status"],
                    postgresql_using="btree")
    op.create_index("idx_micrograph_acquisition_datetime", "micrograph", ["acquisition_datetime"],
                    postgresql_using="btree")
    for table, column, referenced, referenced_column in CORE_FKS:
        op.drop_constraint(fk_name(table, column), table, type_="foreignkey")
        op.create_foreign_key(None, table, referenced, [column], [referenced_column], ondelete="CASCADE")
    for table, columns in IX_INDEXES:
        for column in columns:
            op.drop_index("ix_" + table + "_" + column, table_name=table)
    for name, table, columns in AGENT_COMPOSITES:
        op.create_index(name, table, columns)
    op.execute("UPDATE agentinstruction SET payload = '{}' WHERE payload IS NULL")
    op.alter_column("agentinstruction", "payload", nullable=False, existing_type=postgresql.JSONB(),
                    existing_nullable=True)
    for table, key in AGENT_KEYS:
        op.alter_column(table, "id", type_=sa.BigInteger(), existing_type=sa.Integer(), existing_nullable=False)
        op.create_unique_constraint(table + "_" + key + "_key", table, [key])
    for table, column, referenced, referenced_column in AGENT_FKS:
        op.create_foreign_key(None, table, referenced, [column], [referenced_column], ondelete="CASCADE")
    set_status_nullable(False)
