"""stories that are events: a story counts on each day it has articles

A story's articles are counted on their own day (issue 9 §2): ``story_scopes``
gets one row per (story, scope, day) with that day's articles and independent
publishers, and ``story_articles`` records each article's day.  Existing rows
keep the old meaning (every article on its story's first day) until
``monitor index rebuild --stories`` regroups them with the new rules.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


CONTRIBUTIONS_VIEW = """
CREATE VIEW index_contributions AS
SELECT ss.day, ss.scope, ss.story_id, s.title, s.lead_article_id, s.language,
       ss.articles, ss.publishers, s.corroboration,
       ss.escalation, ss.de_escalation, ss.threat, ss.act, ss.verbal, ss.material
FROM story_scopes ss JOIN stories s ON s.id = ss.story_id
"""

STORY_OUTLETS_VIEW = """
CREATE VIEW story_outlets AS
SELECT sa.story_id, a.id AS article_id, a.title, a.url, a.language, a.published_at, sa.day,
       src.name AS source, p.name AS publisher, sa.how, sa.similarity
FROM story_articles sa
JOIN articles a ON a.id = sa.article_id
JOIN sources src ON src.id = a.source_id
JOIN publishers p ON p.id = src.publisher_id
"""

OLD_CONTRIBUTIONS_VIEW = CONTRIBUTIONS_VIEW.replace("ss.articles, ss.publishers", "s.articles, s.publishers")
OLD_STORY_OUTLETS_VIEW = STORY_OUTLETS_VIEW.replace(" sa.day,", "")


def upgrade() -> None:
    # the views read both tables: SQLite's batch mode recreates them, so the views go first
    op.execute("DROP VIEW IF EXISTS story_outlets")
    op.execute("DROP VIEW IF EXISTS index_contributions")
    with op.batch_alter_table('story_articles') as batch:
        batch.add_column(sa.Column('day', sa.Date(), nullable=True))
    op.execute("UPDATE story_articles SET day = (SELECT s.day FROM stories s WHERE s.id = story_articles.story_id)")
    with op.batch_alter_table('story_scopes', recreate='always') as batch:
        batch.add_column(sa.Column('articles', sa.Integer(), nullable=False, server_default='0'))
        batch.add_column(sa.Column('publishers', sa.Integer(), nullable=False, server_default='0'))
        batch.drop_constraint('pk_story_scopes', type_='primary')
        batch.create_primary_key('pk_story_scopes', ['story_id', 'scope', 'day'])
    if op.get_bind().dialect.name != "sqlite":  # SQLite keeps no table comments
        op.create_table_comment(
            'story_scopes', 'Provenance of the index: what each story contributes to each scope on each of its days.',
            existing_comment='Provenance of the index: what each story contributes to each scope on its day.')
    op.execute("UPDATE story_scopes SET articles = (SELECT s.articles FROM stories s WHERE s.id = story_scopes.story_id), "
               "publishers = (SELECT s.publishers FROM stories s WHERE s.id = story_scopes.story_id)")
    op.execute(CONTRIBUTIONS_VIEW)
    op.execute(STORY_OUTLETS_VIEW)
    # the MinHash/entity blocking keys of the old grouping: the grouper now holds its window in memory
    with op.batch_alter_table('article_keys') as batch:
        batch.drop_index('ix_article_keys_article')
    op.drop_table('article_keys')


def downgrade() -> None:
    op.create_table('article_keys',
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('article_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('seen_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_article_keys_article_id_articles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('key', 'article_id', name=op.f('pk_article_keys')),
    comment='Blocking keys for near-duplicate search (MinHash LSH bands, URL, entity signature).'
    )
    with op.batch_alter_table('article_keys') as batch:
        batch.create_index('ix_article_keys_article', ['article_id'], unique=False)
    op.execute("DROP VIEW IF EXISTS story_outlets")
    op.execute("DROP VIEW IF EXISTS index_contributions")
    # one row per (story, scope) again: keep the story's first day
    op.execute("DELETE FROM story_scopes WHERE day <> (SELECT s.day FROM stories s WHERE s.id = story_scopes.story_id)")
    with op.batch_alter_table('story_scopes', recreate='always') as batch:
        batch.drop_constraint('pk_story_scopes', type_='primary')
        batch.create_primary_key('pk_story_scopes', ['story_id', 'scope'])
        batch.drop_column('publishers')
        batch.drop_column('articles')
    if op.get_bind().dialect.name != "sqlite":
        op.create_table_comment(
            'story_scopes', 'Provenance of the index: what each story contributes to each scope on its day.',
            existing_comment='Provenance of the index: what each story contributes to each scope on each of its days.')
    with op.batch_alter_table('story_articles') as batch:
        batch.drop_column('day')
    op.execute(OLD_CONTRIBUTIONS_VIEW)
    op.execute(OLD_STORY_OUTLETS_VIEW)
