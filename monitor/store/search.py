"""The article search index (issue 13 §1): one normalised text per article, kept with the article.

``article_search`` holds, per article, its title and summary **as the analyser reads text**
(:func:`monitor.analysis.text.tokenize`: Arabic alef forms, hamza carriers, alef maqsura and ta
marbuta unified, tashkeel and tatweel dropped, Persian ی/ک folded to ي/ك, Hebrew niqqud dropped,
Cyrillic lower-cased with ё → е and one inflectional ending stripped, Latin case-folded with
elisions and possessives removed).  Neither FTS5's ``unicode61`` tokenizer nor PostgreSQL's
``simple`` configuration knows those rules, so both engines index text that already follows them,
and a query goes through the same function (:func:`query_terms`) before it reaches the index.

Two search-only additions to the analyser's forms, so that both engines see the same tokens:

* every token is cut into runs of letters and digits (``צה"ל`` → ``צהל``, ``al-Aqsa`` → ``al``
  ``aqsa``), which is how ``unicode61`` and PostgreSQL's parser would split it anyway, and Latin
  diacritics are stripped (``pérez`` → ``perez``: FTS5's ``remove_diacritics 2`` does that, the
  ``simple`` configuration does not);
* an Arabic-script token that starts with proclitics (و ف, the article ال and ب/ك/ل + ال) is indexed
  a second time without them, at the end of the text so that phrases of the written forms stay
  adjacent: «والغارات» is also «غارات», which a query for «الغارات» or «غارات» looks for.  The
  analyser expands patterns with clitics instead (``expand_arabic``); a search box has no pattern
  list, so the index carries the bare form.  A remainder of fewer than three letters keeps its
  prefix («الله» stays whole).  Hebrew prefix letters are *not* stripped (too many words begin with
  ו ה ב ל מ ש כ): «ישראל» does not find «בישראל».

The engine-specific parts (SQLite's FTS5 table and triggers, PostgreSQL's generated ``tsvector``
column and GIN index) are created by migration 0013; this module writes the plain table on both.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.dialects import postgresql, sqlite

from monitor.analysis.text import (
    ARABIC,
    LATIN,
    WORD_CACHE_MAX,
    char_script,
    normalise_word,
    raw_tokens,
)
from monitor.store.models import article_search

# Characters of normalised text indexed per article.  Titles and summaries are short; a feed that
# puts the whole article into <description> must not make one index row megabytes long (a
# PostgreSQL tsvector is limited to 1 MB; the GIN posting lists grow with every distinct token).
MAX_INDEXED_CHARS = 4000

# Names the search index owns beyond ``article_search`` (the FTS5 table and its shadow tables on
# SQLite; the generated column and its GIN index on PostgreSQL): not in the models, so the drift
# check and autogenerate must leave them alone (see :func:`include_name`).
FTS_TABLE = "article_search_fts"
PG_DOC_COLUMN = "doc"
PG_DOC_INDEX = "ix_article_search_doc"

_RUN = re.compile(r"[^\W_]+")
# Arabic proclitics stripped for the bare form, longest first: conjunctions و ف, the article ال
# and the prepositions that attach to it (بال كال لل = ل + ال).  Standard Arabic orthography; the
# analyser's list (monitor/analysis/text.py, _AR_PREFIXES) also strips bare ب ل ك, which a
# search would over-apply (لبنان → بنان).
_AR_PROCLITICS = tuple(sorted(("وبال", "فبال", "وكال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال",
                               "و", "ف"), key=len, reverse=True))
_MIN_BARE = 3


def _strip_latin_marks(tok: str) -> str:
    if tok.isascii():
        return tok
    return "".join(ch for ch in unicodedata.normalize("NFD", tok) if not unicodedata.combining(ch))


def bare_arabic(tok: str) -> str:
    """``tok`` without its leading proclitics (repeatedly, while three letters remain)."""
    changed = True
    while changed:
        changed = False
        for p in _AR_PROCLITICS:
            if tok.startswith(p) and len(tok) - len(p) >= _MIN_BARE:
                tok = tok[len(p):]
                changed = True
                break
    return tok


@lru_cache(maxsize=100_000)
def _cut(norm: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A normalised token's written forms as the index stores them, and their bare Arabic forms
    where those differ (cached: news vocabularies repeat, and this runs for every stored article)."""
    forms: list[str] = []
    bare: list[str] = []
    for run in _RUN.findall(norm):
        script = char_script(run[0])
        if script == LATIN:
            run = _strip_latin_marks(run)
        forms.append(run)
        if script == ARABIC and (b := bare_arabic(run)) != run:
            bare.append(b)
    return tuple(forms), tuple(bare)


# A word as written -> its forms and bare forms (``_cut`` of its normalisation): one dict lookup
# per word of a stored article instead of building a Token, normalising through the tokenizer's
# cache and calling the lru_cache'd ``_cut``: search_text was about half of what the search rows
# cost the store on SQLite, and is 2-3x faster so (docs/benchmarks.md, "Faster reading (issue
# 12)").  Bounded like the tokenizer's cache, and emptied when full (``text.WORD_CACHE_MAX``).
_WORD_FORMS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
_WORD_FORMS_MAX = WORD_CACHE_MAX
_NOTHING: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())


def _word_forms(raw: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    got = _WORD_FORMS.get(raw)
    if got is None:
        norm = normalise_word(raw)
        # a word whose normalisation is empty is no token (``tokenize`` drops it)
        got = _cut(norm) if norm else _NOTHING
        if len(_WORD_FORMS) >= _WORD_FORMS_MAX:
            _WORD_FORMS.clear()
        _WORD_FORMS[raw] = got
    return got


def _forms(text: str) -> list[str]:
    """The written forms of ``text``'s tokens, normalised and cut as the index stores them."""
    return [f for raw in raw_tokens(text) for f in _word_forms(raw)[0]]


def search_text(title: str, summary: str) -> str:
    """What the index stores for an article: its normalised tokens, then the bare Arabic forms."""
    forms: list[str] = []
    extra: list[str] = []
    cache = _WORD_FORMS
    for raw in raw_tokens(f"{title}\n{summary or ''}"):
        got = cache.get(raw) or _word_forms(raw)
        forms.extend(got[0])
        if got[1]:
            extra.extend(got[1])
    out = " ".join(forms + extra)
    if len(out) > MAX_INDEXED_CHARS:
        out = out[:MAX_INDEXED_CHARS].rsplit(" ", 1)[0]
    return out


def query_terms(text: str) -> list[str]:
    """A query's words as the index stores them (Arabic-script words in their bare form)."""
    return [bare_arabic(f) if char_script(f[0]) == ARABIC else f for f in _forms(text)]


def phrase_terms(text: str) -> list[str]:
    """A quoted phrase's words in their written (normalised) forms: they are adjacent in the index."""
    return _forms(text)


def write_search_rows(conn: Connection, rows: Sequence[tuple[int, str, str | None]]) -> None:
    """Insert or replace the index rows of ``(article_id, title, summary)``: one statement, many rows.

    Runs in the caller's transaction (the one that stores the articles), so an article and its
    index row commit together.  On SQLite the FTS5 table follows through triggers; on PostgreSQL
    the ``tsvector`` is a generated column.
    """
    if not rows:
        return
    values = [{"article_id": aid, "text": search_text(title, summary or "")} for aid, title, summary in rows]
    stmt: Any
    if conn.dialect.name == "postgresql":
        stmt = postgresql.insert(article_search)
    else:
        stmt = sqlite.insert(article_search)
    stmt = stmt.on_conflict_do_update(index_elements=["article_id"], set_={"text": stmt.excluded.text})
    conn.execute(stmt, values)


def include_name(name: str | None, type_: str, parent_names: dict[str, Any]) -> bool:
    """Alembic ``include_name`` hook: skip the engine-specific parts of the search index."""
    if type_ == "table" and name is not None and name.startswith(FTS_TABLE):
        return False
    if type_ == "column" and name == PG_DOC_COLUMN and parent_names.get("table_name") == "article_search":
        return False
    return not (type_ == "index" and name == PG_DOC_INDEX)
