"""add foilhole groups and prediction weight tracking (port of SmartEM's revision b2c3d4e5f6a7)"""
import sqlalchemy as sa
from alembic import op

revision = "b2c3d4e5f6a7"
down_revision = "a1b2c3d4e5f6"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "foilholegroup",
        sa.Column("uuid", sa.String(), nullable=False),
        sa.Column("grid_uuid", sa.String(), nullable=False),
        sa.Column("name", sa.String()),
        sa.ForeignKeyConstraint(["grid_uuid"], ["grid.uuid"]),
        sa.PrimaryKeyConstraint("uuid"),
    )
    op.create_table(
        "foilholegroupmembership",
        sa.Column("group_uuid", sa.String(), nullable=False),
        sa.Column("foilhole_uuid", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["group_uuid"], ["foilholegroup.uuid"]),
        sa.ForeignKeyConstraint(["foilhole_uuid"], ["foilhole.uuid"]),
        sa.PrimaryKeyConstraint("group_uuid", "foilhole_uuid"),
    )
    op.create_table(
        "qualitygroupprediction",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("timestamp", sa.DateTime(), nullable=False),
        sa.Column("group_uuid", sa.String(), nullable=False),
        sa.Column("grid_uuid", sa.String(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("prediction_model_name", sa.String(), nullable=False),
        sa.Column("metric_name", sa.String()),
        sa.ForeignKeyConstraint(["group_uuid"], ["foilholegroup.uuid"]),
        sa.ForeignKeyConstraint(["grid_uuid"], ["grid.uuid"]),
        sa.ForeignKeyConstraint(["prediction_model_name"], ["qualitypredictionmodel.name"]),
        sa.ForeignKeyConstraint(["metric_name"], ["qualitymetric.name"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "currentqualitygroupprediction",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_uuid", sa.String(), nullable=False),
        sa.Column("grid_uuid", sa.String(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("prediction_model_name", sa.String(), nullable=False),
        sa.Column("metric_name", sa.String()),
        sa.ForeignKeyConstraint(["group_uuid"], ["foilholegroup.uuid"]),
        sa.ForeignKeyConstraint(["grid_uuid"], ["grid.uuid"]),
        sa.ForeignKeyConstraint(["prediction_model_name"], ["qualitypredictionmodel.name"]),
        sa.ForeignKeyConstraint(["metric_name"], ["qualitymetric.name"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.add_column("qualitypredictionmodelweight", sa.Column("prediction_value", sa.Float()))
    op.add_column("qualitypredictionmodelweight", sa.Column("quality_score", sa.Float()))


def downgrade():
    op.drop_column("qualitypredictionmodelweight", "quality_score")
    op.drop_column("qualitypredictionmodelweight", "prediction_value")
    op.drop_table("currentqualitygroupprediction")
    op.drop_table("qualitygroupprediction")
    op.drop_table("foilholegroupmembership")
    op.drop_table("foilholegroup")
