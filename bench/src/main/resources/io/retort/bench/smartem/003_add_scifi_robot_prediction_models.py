"""Add SciFi robot prediction models test data (port of SmartEM's revision 003)"""
import sqlalchemy as sa
from alembic import op

revision = "003"
down_revision = "002"
branch_labels = None
depends_on = None

MODELS = [
    ("R2-D2", "A sassy trash can on wheels who speaks only in beeps but somehow "
              "always has the last word in every argument."),
    ("Claptrap", "An overly enthusiastic one-wheeled model which never stops talking "
                 "and considers stairs to be it's greatest nemesis in the universe."),
    ("WALL-E", "A lonely garbage-compacting model which falls in love and accidentally "
               "saves humanity while pursuing it's passion for collecting shiny objects."),
    ("Bender", "A beer-guzzling, cigar-smoking model which dreams of becoming a folk "
               "singer but settles for petty theft and making sarcastic comments about humans."),
]


def upgrade():
    for name, description in MODELS:
        op.execute(sa.text("INSERT INTO qualitypredictionmodel (name, description) VALUES (:name, :description) "
                           "ON CONFLICT (name) DO NOTHING").bindparams(name=name, description=description))


def downgrade():
    for name, _ in MODELS:
        op.execute(sa.text("DELETE FROM qualitypredictionmodel WHERE name = :name").bindparams(name=name))
