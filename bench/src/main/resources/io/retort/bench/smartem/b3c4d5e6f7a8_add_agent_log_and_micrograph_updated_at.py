"""Add agent_log table and micrograph.updated_at column (port of SmartEM's revision b3c4d5e6f7a8)"""
import sqlalchemy as sa
from alembic import op

revision = "b3c4d5e6f7a8"
down_revision = "b2c3d4e5f6a7"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "agentlog",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agent_id", sa.String(), nullable=False),
        sa.Column("session_id", sa.String(), nullable=False),
        sa.Column("timestamp", sa.DateTime(), nullable=False),
        sa.Column("level", sa.String(), nullable=False),
        sa.Column("logger_name", sa.String(), nullable=False),
        sa.Column("message", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_agentlog_agent_id", "agentlog", ["agent_id"])
    op.create_index("ix_agentlog_session_id", "agentlog", ["session_id"])
    op.create_index("ix_agentlog_timestamp", "agentlog", ["timestamp"])
    op.create_index("ix_agentlog_level", "agentlog", ["level"])
    op.create_index("ix_agentlog_agent_id_id", "agentlog", ["agent_id", "id"])
    op.add_column("micrograph", sa.Column("updated_at", sa.DateTime()))
    op.create_index("ix_micrograph_updated_at", "micrograph", ["updated_at"])


def downgrade():
    op.drop_index("ix_micrograph_updated_at", table_name="micrograph")
    op.drop_column("micrograph", "updated_at")
    op.drop_table("agentlog")
