"""formula 2.0: counts of stories per component, and the baseline length of the index

``<component>_stories``: how many of the scope's stories of the day report that
component (escalation, de-escalation, threat, act, verbal, material), filled
here from ``story_scopes`` so that existing rows carry them; ``baseline_days``:
the days of history ``index`` was rebased on.  The derived values of existing
rows stay those of their ``formula_version`` until ``monitor index rebuild``.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

COMPONENTS = ('escalation', 'de_escalation', 'threat', 'act', 'verbal', 'material')


def upgrade() -> None:
    with op.batch_alter_table('daily_index') as batch:
        for c in COMPONENTS:
            batch.add_column(sa.Column(f'{c}_stories', sa.Integer(), nullable=True))
        batch.add_column(sa.Column('baseline_days', sa.Integer(), nullable=True))
    # one correlated count per column; both engines accept this UPDATE form
    sets = ', '.join(
        f"{c}_stories = (SELECT count(*) FROM story_scopes s WHERE s.day = daily_index.day "
        f"AND s.scope = daily_index.scope AND s.{c} > 0)"
        for c in COMPONENTS
    )
    op.execute(f"UPDATE daily_index SET {sets}")


def downgrade() -> None:
    with op.batch_alter_table('daily_index') as batch:
        batch.drop_column('baseline_days')
        for c in reversed(COMPONENTS):
            batch.drop_column(f'{c}_stories')
