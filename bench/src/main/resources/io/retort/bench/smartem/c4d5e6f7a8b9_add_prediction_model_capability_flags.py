"""Add can_train, can_infer, can_update flags to qualitypredictionmodel (port of SmartEM's revision c4d5e6f7a8b9)"""
import sqlalchemy as sa
from alembic import op

revision = "c4d5e6f7a8b9"
down_revision = "b3c4d5e6f7a8"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("qualitypredictionmodel",
                  sa.Column("can_train", sa.Boolean(), nullable=False, server_default=sa.text("false")))
    op.add_column("qualitypredictionmodel",
                  sa.Column("can_infer", sa.Boolean(), nullable=False, server_default=sa.text("true")))
    op.add_column("qualitypredictionmodel",
                  sa.Column("can_update", sa.Boolean(), nullable=False, server_default=sa.text("false")))


def downgrade():
    op.drop_column("qualitypredictionmodel", "can_update")
    op.drop_column("qualitypredictionmodel", "can_infer")
    op.drop_column("qualitypredictionmodel", "can_train")
