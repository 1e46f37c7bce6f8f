"""reading v2: PLOVER type and note on signals, PLOVER type on lexicon entries, how an actor was named

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # batch mode: SQLite cannot ALTER TABLE ... ADD COLUMN inside every context Alembic uses
    with op.batch_alter_table('article_signals') as batch:
        batch.add_column(sa.Column('plover_type', sa.String(length=12), nullable=True))
        batch.add_column(sa.Column('note', sa.Text(), nullable=True))
    with op.batch_alter_table('lexicon_entries') as batch:
        batch.add_column(sa.Column('plover_type', sa.String(length=12), nullable=True))
    with op.batch_alter_table('article_mentions') as batch:
        batch.add_column(sa.Column('via', sa.String(length=10), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('article_mentions') as batch:
        batch.drop_column('via')
    with op.batch_alter_table('lexicon_entries') as batch:
        batch.drop_column('plover_type')
    with op.batch_alter_table('article_signals') as batch:
        batch.drop_column('note')
        batch.drop_column('plover_type')
