"""Add composite index for acquisition datetime queries (port of SmartEM's revision 002)"""
from alembic import op

revision = "002"
down_revision = "001"
branch_labels = None
depends_on = None


def upgrade():
    op.create_index("idx_gridsquare_acquisition_datetime_status", "gridsquare", ["acquisition_datetime", "status"],
                    postgresql_using="btree")
    op.create_index("idx_micrograph_acquisition_datetime", "micrograph", ["acquisition_datetime"],
                    postgresql_using="btree")


def downgrade():
    op.drop_index("idx_micrograph_acquisition_datetime", table_name="micrograph")
    op.drop_index("idx_gridsquare_acquisition_datetime_status", table_name="gridsquare")
