"""analysis.max_chars: a reading records that its text was truncated

``article_analyses.truncated_from`` / ``truncated_to``: characters of title +
text given and read, when the text was longer than ``analysis.max_chars``
(issue 14 §5); NULL on readings of whole texts and on rows written before.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import sqlalchemy as sa
from alembic import op


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('article_analyses') as batch:
        batch.add_column(sa.Column('truncated_from', sa.Integer(), nullable=True))
        batch.add_column(sa.Column('truncated_to', sa.Integer(), nullable=True))


def downgrade() -> None:
    # SQLite drops a column by copying the table, which a view on it forbids: the
    # lens view of 0007 goes while the table is rebuilt, and comes back as it was.
    op.execute("DROP VIEW IF EXISTS story_article_lenses")
    with op.batch_alter_table('article_analyses') as batch:
        batch.drop_column('truncated_to')
        batch.drop_column('truncated_from')
    op.execute(_lens_view())


def _lens_view() -> str:
    spec = importlib.util.spec_from_file_location("_m0007", Path(__file__).with_name("0007_lens_view.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return str(module.LENS_VIEW)
