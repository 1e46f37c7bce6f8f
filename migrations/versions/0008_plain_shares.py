"""plain figures: the share of a scope's stories that report escalation / de-escalation

Filled by the index job (and `monitor index rebuild`); NULL on rows computed before.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('daily_index') as batch:
        batch.add_column(sa.Column('escalation_share', sa.Float(), nullable=True))
        batch.add_column(sa.Column('de_escalation_share', sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('daily_index') as batch:
        batch.drop_column('de_escalation_share')
        batch.drop_column('escalation_share')
