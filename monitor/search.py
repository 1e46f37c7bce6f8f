"""Articles, listed and searched (issue 13 §1 "Articles and search"): one page at a time, newest first.

The shell behind ``monitor search``, the dashboard's articles page and ``/api/v1/articles``.  Rows
are the newest first by ``(published_at, id)``, paged by keyset cursor (``monitor/browse.py``).

**What a query matches.**  The text goes through the analyser's normaliser
(:mod:`monitor.store.search`), so the same folding applies to the query and the index:

* Arabic: any diacritics, tatweel, alef form (أ إ آ ٱ), ى/ي, ة/ه; «اسرائيل» finds «إسرائيل» and
  «الهُدْنَة» finds «الهدنة».  Leading و ف ال (and بال كال لل) are ignored on both sides: «الغارات»
  finds «والغارات» and «غارات».  Other clitics are not (a query for «لبنان» does not find «بلبنان»),
  and suffixes only through prefix matching (below): «غارة» does not find «غارات».
* Persian ی ک = Arabic ي ك; Hebrew without niqqud, but prefix letters are not stripped («ישראל» does
  not find «בישראל»); Russian case-insensitive with ё = е and one inflectional ending stripped
  («Ирана» finds «Иран»); Latin case- and accent-insensitive.
* Every word must occur (AND).  A word of :data:`PREFIX_MIN` letters or more also matches longer
  words it begins («sanction» finds «sanctions»).  ``"two words"`` in double quotes is a phrase:
  the words adjacent, as written (no prefix, no clitic stripping).
* No operator of the engines' query languages (FTS5's ``OR``/``NEAR``/``*``, tsquery's ``|``/``!``)
  reaches them: each word is quoted as a literal term after normalisation, so a query is only
  ever words.  An empty query (or one with no word in it) lists everything the filters keep.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    ColumnElement,
    Connection,
    Integer,
    and_,
    column,
    exists,
    or_,
    select,
    text,
)

from monitor.browse import ArticleQuery, BadQueryError, Page, decode_cursor, encode_cursor
from monitor.store.models import (
    article_mentions,
    article_signals,
    articles,
    publishers,
    sources,
    story_articles,
)
from monitor.store.search import FTS_TABLE, phrase_terms, query_terms

ARTICLE_KEYS = ("id", "title", "summary", "url", "source", "publisher", "language", "published", "regions",
                "actors", "signals", "story_id")

MAX_QUERY_CHARS = 500  # a search box, not a document: longer text is a usage error
MAX_TERMS = 16  # words and phrases per query; each is one more posting list to intersect
PREFIX_MIN = 3  # words of this many letters or more match as prefixes (see the module docstring)
SUMMARY_CHARS = 400
# Matches from which a search walks the articles newest first instead of sorting every match (see
# _match; bench/search.py measured both plans, docs/benchmarks.md "Search (issue 13)").
DENSE_MATCHES = 5000
# ... and articles mentioning a region or actor: fetching their ids costs more per row than probing
# ``article_mentions`` while walking, so the walk takes over sooner
DENSE_MENTIONS = 1000
ADAPTIVE = True  # False: one IN (subquery), the plan left to the engine (the benchmark's other plan)

_PHRASE = re.compile(r'"([^"]*)"')
_LANG = re.compile(r"^[a-z]{2,3}$")


# --------------------------------------------------------------------------- the query language


def parse_query(text_: str) -> tuple[list[str], list[list[str]]]:
    """The words and the phrases of a query, normalised as the index is (see the module docstring)."""
    if len(text_) > MAX_QUERY_CHARS:
        raise BadQueryError(f"the search text is longer than {MAX_QUERY_CHARS} characters")
    phrases: list[list[str]] = []
    for m in _PHRASE.finditer(text_):
        words = phrase_terms(m.group(1))
        if words:
            phrases.append(words)
    rest = _PHRASE.sub(" ", text_).replace('"', " ")  # an unmatched quote is just a space
    terms = list(dict.fromkeys(query_terms(rest)))
    if len(terms) + len(phrases) > MAX_TERMS:
        raise BadQueryError(f"a search takes at most {MAX_TERMS} words")
    return terms, phrases


def fts5_expression(terms: Sequence[str], phrases: Sequence[Sequence[str]]) -> str:
    """An FTS5 MATCH expression: every word a quoted string (sqlite.org/fts5.html §3.1), ANDed.

    The terms hold letters and digits only (``monitor.store.search``), so quoting cannot be broken
    out of; FTS5's bareword operators (AND OR NOT NEAR) inside quotes are plain words.
    """
    parts = [f'"{t}"*' if len(t) >= PREFIX_MIN else f'"{t}"' for t in terms]
    parts += ['"' + " ".join(p) + '"' for p in phrases]
    return " AND ".join(parts)


def tsquery_expression(terms: Sequence[str], phrases: Sequence[Sequence[str]]) -> str:
    """A ``to_tsquery('simple', …)`` text: quoted lexemes, ``:*`` prefixes, ``<->`` phrases, ``&``
    (PostgreSQL docs §8.11.2 "tsquery").  Lexemes are letters and digits only."""
    parts = [f"'{t}':*" if len(t) >= PREFIX_MIN else f"'{t}'" for t in terms]
    parts += ["(" + " <-> ".join(f"'{w}'" for w in p) + ")" for p in phrases]
    return " & ".join(parts)


def _match(conn: Connection, terms: Sequence[str], phrases: Sequence[Sequence[str]]) -> ColumnElement[bool]:
    """The articles the index matches, in the shape that suits how many match.

    Two plans give the newest page: fetch every match by id and sort them (quick when few match), or
    walk ``ix_articles_published`` newest first and probe each article until a page is full (quick
    when many match: a word in 5 % of articles fills a page of 50 within ~1,000 rows).  The planners
    cannot tell which: SQLite knows nothing of an FTS5 query's selectivity, and PostgreSQL estimates
    a prefix ``tsquery`` badly (it walked all 1M articles for a word in 24 of them: 0.7 s,
    bench/search.py).  So the first :data:`DENSE_MATCHES` matches are fetched (one index probe):
    fewer than that, and the page is those ids, sorted; as many, and the id is wrapped in ``+ 0``,
    an expression no index on it can serve (sqlite.org/optoverview.html, "Disqualifying WHERE
    clause terms using unary-+"; the same holds in PostgreSQL), which leaves the published-time
    index to drive.
    """
    if conn.dialect.name == "postgresql":
        sql, params = ("SELECT article_id FROM article_search WHERE doc @@ to_tsquery('simple', :tsq)",
                       {"tsq": tsquery_expression(terms, phrases)})
        sub = text(sql).bindparams(**params).columns(column("article_id", Integer))
    else:
        sql, params = (f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :fts",
                       {"fts": fts5_expression(terms, phrases)})
        sub = text(sql).bindparams(**params).columns(column("rowid", Integer))
    if not ADAPTIVE:
        return articles.c.id.in_(sub)
    if conn.dialect.name == "postgresql" and _pg_estimate(conn, sub) >= DENSE_MATCHES:
        # PostgreSQL: the planner's estimate is accurate for common lexemes (ANALYZE keeps their
        # frequencies), so with many matches it is left to weigh them against the other filters;
        # listing the matches first would cost a GIN scan of all of them (~25 ms for 68k).  It
        # assumes a word spread evenly over languages, though: a common English word filtered to
        # Hebrew walks every Hebrew article (~0.3 s per 100k; docs/benchmarks.md, the worst case).
        return articles.c.id.in_(sub)
    ids = [int(i) for i in conn.execute(text(f"{sql} LIMIT :cap"), {**params, "cap": DENSE_MATCHES}).scalars()]
    if len(ids) < DENSE_MATCHES:
        return articles.c.id.in_(ids)
    return (articles.c.id + 0).in_(sub)


def _pg_estimate(conn: Connection, sub: Any) -> float:
    """The planner's row estimate for a match query (EXPLAIN takes no bound parameters: the query is
    rendered with literals, SQLAlchemy quoting the ``tsquery`` text, which holds only letters, digits
    and our own operators anyway)."""
    sql = str(sub.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}))
    plan = conn.exec_driver_sql("EXPLAIN (FORMAT JSON) " + sql).scalar()
    return float(plan[0]["Plan"]["Plan Rows"]) if plan else 0.0


# --------------------------------------------------------------------------- the page


def _utc(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _bounds(day_from: date | None, day_to: date | None, tz: ZoneInfo) -> tuple[datetime | None, datetime | None]:
    """``[day_from 00:00, day after day_to 00:00)`` in ``tz`` as UTC instants: days as the index counts them."""
    if day_from and day_to and day_from > day_to:
        raise BadQueryError(f"'from' ({day_from}) is after 'to' ({day_to})")
    lo = datetime.combine(day_from, time(), tzinfo=tz).astimezone(UTC) if day_from else None
    hi = datetime.combine(day_to + timedelta(days=1), time(), tzinfo=tz).astimezone(UTC) if day_to else None
    return lo, hi


def _after(cursor: str) -> ColumnElement[bool]:
    stamp, last_id = decode_cursor(cursor, 2)
    try:
        at = _utc(datetime.fromisoformat(str(stamp)))
        last = int(last_id)
    except (TypeError, ValueError) as exc:
        raise BadQueryError("the cursor is damaged: start again from the first page") from exc
    published = articles.c.published_at
    return or_(published < at, and_(published == at, articles.c.id < last))


def _mentioning(conn: Connection, kind: str, entity: str) -> ColumnElement[bool]:
    """Articles mentioning ``entity``, in the shape that suits how many do (as :func:`_match`): a
    region in few articles is fetched through ``ix_article_mentions_entity`` and sorted; one in many
    is probed row by row while walking newest first (a scan for an entity in no article read every
    article: ~0.4 s on 1M)."""
    m = article_mentions.c
    if ADAPTIVE:
        by_entity = select(m.article_id).where(m.kind == kind, m.entity_id == entity).limit(DENSE_MENTIONS)
        ids = [int(i) for i in conn.execute(by_entity).scalars()]
        if len(ids) < DENSE_MENTIONS:
            return articles.c.id.in_(ids)
    return exists().where(m.article_id == articles.c.id, m.kind == kind, m.entity_id == entity)


def _conditions(conn: Connection, query: ArticleQuery, tz: ZoneInfo) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    terms, phrases = parse_query(query.text or "")
    if terms or phrases:
        conds.append(_match(conn, terms, phrases))
    if query.source:
        conds.append(sources.c.name == query.source.strip())
    if query.language:
        lang = query.language.strip().lower()
        if not _LANG.match(lang):
            raise BadQueryError(f"language must be an ISO 639-1 code such as ar or en, got {query.language!r}")
        # stored as the primary subtag only ("en-US" → "en": feeds/normalise.py, normalise_language),
        # so equality, which ix_articles_language_published serves newest first
        conds.append(articles.c.language == lang)
    for kind, value in (("region", query.region), ("actor", query.actor)):
        if value:
            conds.append(_mentioning(conn, kind, value.strip()))
    if query.signal:
        sig = query.signal.strip()
        conds.append(exists().where(article_signals.c.article_id == articles.c.id,
                                    or_(article_signals.c.polarity == sig, article_signals.c.category == sig)))
    lo, hi = _bounds(query.day_from, query.day_to, tz)
    if lo is not None:
        conds.append(articles.c.published_at >= lo)
    if hi is not None:
        conds.append(articles.c.published_at < hi)
    return conds


def _plain(summary: str | None) -> str:
    s = " ".join((summary or "").split())
    return s if len(s) <= SUMMARY_CHARS else s[: SUMMARY_CHARS - 1].rstrip() + "…"


def search_articles(conn: Connection, query: ArticleQuery, *, cursor: str | None, limit: int, tz: ZoneInfo) -> Page:
    """One page of the articles ``query`` keeps, newest first (keys :data:`ARTICLE_KEYS`).

    ``limit`` is already clamped (``browse.clamp_limit``); days are publication days in ``tz``.
    """
    conds = _conditions(conn, query, tz)
    if cursor is not None:
        conds.append(_after(cursor))
    q = (select(articles.c.id, articles.c.title, articles.c.summary, articles.c.url, articles.c.language,
                articles.c.published_at, sources.c.name.label("source"), publishers.c.name.label("publisher"))
         .select_from(articles.join(sources, sources.c.id == articles.c.source_id)
                      .join(publishers, publishers.c.id == sources.c.publisher_id))
         .where(*conds)
         .order_by(articles.c.published_at.desc(), articles.c.id.desc())
         .limit(limit + 1))
    found = list(conn.execute(q).mappings())
    more = len(found) > limit
    found = found[:limit]
    ids = [int(r["id"]) for r in found]
    mentions, signals, stories = _details(conn, ids)
    rows = [{
        "id": int(r["id"]), "title": r["title"], "summary": _plain(r["summary"]), "url": r["url"],
        "source": r["source"], "publisher": r["publisher"], "language": r["language"],
        "published": _utc(r["published_at"]),
        "regions": mentions[(int(r["id"]), "region")], "actors": mentions[(int(r["id"]), "actor")],
        "signals": signals[int(r["id"])], "story_id": stories.get(int(r["id"])),
    } for r in found]
    nxt = encode_cursor([rows[-1]["published"].isoformat(), rows[-1]["id"]]) if more and rows else None
    return Page(rows=rows, next_cursor=nxt)


def _details(conn: Connection, ids: Sequence[int]) -> tuple[
        defaultdict[tuple[int, str], list[str]], defaultdict[int, list[str]], dict[int, int]]:
    """Regions, actors, signal kinds and story of a page's articles: three queries for the page."""
    mentions: defaultdict[tuple[int, str], list[str]] = defaultdict(list)
    signals: defaultdict[int, list[str]] = defaultdict(list)
    stories: dict[int, int] = {}
    if not ids:
        return mentions, signals, stories
    m = article_mentions.c
    for aid, kind, entity in conn.execute(select(m.article_id, m.kind, m.entity_id).where(m.article_id.in_(list(ids)))
                                          .order_by(m.article_id, m.kind, m.count.desc(), m.entity_id)):
        mentions[(int(aid), str(kind))].append(str(entity))
    found: defaultdict[int, set[str]] = defaultdict(set)
    s = article_signals.c
    for aid, pol, cat in conn.execute(select(s.article_id, s.polarity, s.category).where(s.article_id.in_(list(ids)))
                                      .distinct()):
        found[int(aid)].update((str(pol), str(cat)))
    for aid, kinds in found.items():
        signals[aid] = sorted(kinds)
    sa_ = story_articles.c
    for aid, sid in conn.execute(select(sa_.article_id, sa_.story_id).where(sa_.article_id.in_(list(ids)))):
        stories[int(aid)] = int(sid)
    return mentions, signals, stories

