"""full-text search over articles: article_search and its engine-specific index (issue 13 §1)

``article_search(article_id, text)`` holds each article's title and summary normalised as the
analyser reads text (``monitor/store/search.py`` says what that folds), on both engines; the store
writes it in the same transaction as the article.  Over it:

- SQLite: an external-content FTS5 table ``article_search_fts`` (``unicode61 remove_diacritics 2``;
  sqlite.org/fts5.html §4.4.3 "External Content Tables") kept in step by triggers on insert, update
  and delete.  SQLite 3.40 has no ``contentless_delete`` (3.43), and external content keeps the text
  once rather than twice.  ``ON DELETE CASCADE`` from ``articles`` fires the delete trigger
  (sqlite.org/foreignkeys.html §4.3: cascade actions run triggers), so a removed source's articles
  leave the index.
- PostgreSQL: a generated column ``doc tsvector`` = ``to_tsvector('simple', text)`` (PostgreSQL docs
  §12.2.2 "Creating Indexes": a stored column spares recomputing the vector when a bitmap heap scan
  rechecks lossy pages) with a GIN index.  ``simple`` because the text is already normalised: a
  language configuration's stemmer would apply to one language and stop words would drop words.

Existing articles are indexed here, in batches, with the same Python normaliser the store uses.
``ix_articles_language_published`` serves the article list's language filter newest first.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None

_BATCH = 5000

_SQLITE = (
    "CREATE VIRTUAL TABLE article_search_fts USING fts5("
    "text, content='article_search', content_rowid='article_id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER article_search_ai AFTER INSERT ON article_search BEGIN "
    "INSERT INTO article_search_fts(rowid, text) VALUES (new.article_id, new.text); END",
    "CREATE TRIGGER article_search_ad AFTER DELETE ON article_search BEGIN "
    "INSERT INTO article_search_fts(article_search_fts, rowid, text) VALUES ('delete', old.article_id, old.text); END",
    "CREATE TRIGGER article_search_au AFTER UPDATE ON article_search BEGIN "
    "INSERT INTO article_search_fts(article_search_fts, rowid, text) VALUES ('delete', old.article_id, old.text); "
    "INSERT INTO article_search_fts(rowid, text) VALUES (new.article_id, new.text); END",
)
_POSTGRESQL = (
    "ALTER TABLE article_search ADD COLUMN doc tsvector "
    "GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, text)) STORED",
    "CREATE INDEX ix_article_search_doc ON article_search USING gin (doc)",
)


def upgrade() -> None:
    op.create_table(
        'article_search',
        sa.Column('article_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_article_search_article_id_articles'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('article_id', name=op.f('pk_article_search')),
        comment='Normalised title + summary of each article, for full-text search (an internal index).',
    )
    # the article list's language filter, newest first (an absent language scanned every article)
    op.create_index('ix_articles_language_published', 'articles', ['language', 'published_at'])
    bind = op.get_bind()
    for stmt in (_POSTGRESQL if bind.dialect.name == "postgresql" else _SQLITE):
        op.execute(stmt)
    _backfill(bind)


def _backfill(bind: sa.Connection) -> None:
    # The store's own normaliser (imported here, not copied: the index and the queries must fold
    # text identically).  Keyset batches keep memory flat on a large database.
    from monitor.store.search import search_text

    ins = sa.text("INSERT INTO article_search (article_id, text) VALUES (:article_id, :text)")
    last = 0
    while True:
        rows = bind.execute(
            sa.text("SELECT id, title, summary FROM articles WHERE id > :last ORDER BY id LIMIT :n"),
            {"last": last, "n": _BATCH},
        ).all()
        if not rows:
            break
        bind.execute(ins, [{"article_id": r[0], "text": search_text(r[1] or "", r[2] or "")} for r in rows])
        last = rows[-1][0]


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("article_search_ai", "article_search_ad", "article_search_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS article_search_fts")
    op.drop_table('article_search')
    op.drop_index('ix_articles_language_published', table_name='articles')
