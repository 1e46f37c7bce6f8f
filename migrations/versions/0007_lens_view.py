"""media lenses: a view of every story article with its language, publisher country and reading

`monitor index --lens` computes lenses in Python with the index's own rules;
this view lets SQL users (BI tools) slice stories by press the same way
(docs/schema.md has example queries).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06
"""
from __future__ import annotations

from alembic import op


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


LENS_VIEW = """
CREATE VIEW story_article_lenses AS
SELECT sa.story_id, sa.day, sa.article_id, lower(a.language) AS language,
       p.name AS publisher, p.id AS publisher_id, COALESCE(p.country, src.country) AS publisher_country,
       an.escalation, an.de_escalation, an.threat, an.act, an.verbal, an.material
FROM story_articles sa
JOIN articles a ON a.id = sa.article_id
JOIN sources src ON src.id = a.source_id
JOIN publishers p ON p.id = src.publisher_id
LEFT JOIN article_analyses an ON an.article_id = sa.article_id
"""


def upgrade() -> None:
    op.execute(LENS_VIEW)


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS story_article_lenses")
