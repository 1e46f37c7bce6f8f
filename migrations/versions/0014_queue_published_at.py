"""the analysis queue in publication order without a join: analysis_queue.published_at (issue 12)

Both steps of the analysis stage take queued articles in publication order: a claim the oldest
unread ones, the story step the read ones published before the oldest unread one.  Both ordered
through a join with ``articles`` and read the whole queue each time -- a claim or a filing chunk
cost O(queue), and a re-analysis that queues every article O(n²) in all (``bench/reanalyse.py``
on PostgreSQL at 200,000 articles: the database's own CPU, not the workers', was the limit).  The
article's publication time is now copied into its queue row when it is queued (and again when an
edit queues it afresh), with two partial indexes: unread rows and read rows, each in publication
order (PostgreSQL docs §11.8 "Partial Indexes"; sqlite.org/partialindex.html).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('analysis_queue', schema=None) as batch_op:
        batch_op.add_column(sa.Column('published_at', sa.DateTime(timezone=True), nullable=True))
    op.execute("UPDATE analysis_queue SET published_at = "
               "(SELECT articles.published_at FROM articles WHERE articles.id = analysis_queue.article_id)")
    op.create_index('ix_analysis_queue_unread', 'analysis_queue', ['published_at', 'article_id'],
                    sqlite_where=sa.text('read_at IS NULL'), postgresql_where=sa.text('read_at IS NULL'))
    op.create_index('ix_analysis_queue_read', 'analysis_queue', ['published_at', 'article_id'],
                    sqlite_where=sa.text('read_at IS NOT NULL'), postgresql_where=sa.text('read_at IS NOT NULL'))


def downgrade() -> None:
    op.drop_index('ix_analysis_queue_read', table_name='analysis_queue')
    op.drop_index('ix_analysis_queue_unread', table_name='analysis_queue')
    with op.batch_alter_table('analysis_queue', schema=None) as batch_op:
        batch_op.drop_column('published_at')
