"""the analysis stage's work list: stored articles waiting to be read (issue 12 §1)

Existing articles without a current reading are not queued here (the
analyser's version is not known to a migration): `monitor analyze --reanalyze`
queues and reads them.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'analysis_queue',
        sa.Column('article_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
        sa.Column('enqueued_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('lease_owner', sa.String(length=100), nullable=True),
        sa.Column('lease_until', sa.DateTime(timezone=True), nullable=True),
        sa.Column('attempts', sa.Integer(), server_default='0', nullable=False),
        sa.Column('last_error', sa.Text(), nullable=True),
        sa.Column('read_at', sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('article_id'),
        comment="Articles stored but not yet read (the analysis stage's work list, with leases).",
    )
    op.create_index('ix_analysis_queue_enqueued', 'analysis_queue', ['enqueued_at'])


def downgrade() -> None:
    op.drop_index('ix_analysis_queue_enqueued', table_name='analysis_queue')
    op.drop_table('analysis_queue')
