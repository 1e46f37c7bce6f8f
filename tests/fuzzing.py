"""Hypothesis strategies and output checks shared by tests/test_fuzz.py and bench/fuzz.py.

Two targets (issue 14, "Faults not yet tried: fuzzing"):

* **parse + normalise**: real feeds from ``../shared/corpus/news-feeds`` and
  ``../shared/corpus/feedparser-tests`` (feedparser's own test documents), mutated the
  ways hostile or broken servers do: byte flips, truncation, inserted entities (an
  entity-declaring DTD, undefined and out-of-range references), a wrong encoding
  declaration (and a Content-Type charset that disagrees), huge attributes, bidi controls;
* **the analyser**: random Unicode built from real words of five languages (tests/gold),
  any code point, bidi and joiner controls, combining marks, and huge tokens.

Mutations are drawn as plain data (kind, position, value), so Hypothesis shrinks a failure
to the smallest mutation of the smallest seed file.  The checks are what "well-formed"
means for each output; they raise AssertionError with a message naming the field.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from monitor.analysis.types import DE_ESCALATION, ESCALATION, MODALITIES, NEUTRAL, Reading
from monitor.feeds.types import ParsedFeed, RawFeed

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
SEED_DIRS = (CORPUS / "news-feeds", CORPUS / "feedparser-tests")
FETCHED_AT = datetime(2025, 6, 13, 12, 0, tzinfo=UTC)

# --------------------------------------------------------------------------- seed feeds


@cache
def seed_files(max_bytes: int = 256 * 1024) -> tuple[Path, ...]:
    """Real feed documents to mutate, smallest first (Hypothesis shrinks towards index 0).

    Empty when ``../shared`` is absent: callers skip.  ``max_bytes`` keeps the CI run
    short; bench/fuzz.py passes a larger bound to include the 1.2 MB Reuters file.
    """
    files = [
        p for d in SEED_DIRS if d.is_dir() for p in d.rglob("*")
        if p.is_file() and p.suffix in (".xml", ".rss", ".atom", ".rdf", ".json") and p.stat().st_size <= max_bytes
    ]
    return tuple(sorted(files, key=lambda p: (p.stat().st_size, str(p))))


# Entities as hostile feeds use them: a DTD declaring the billion-laughs chain, references
# nobody declared, numeric references to NUL, a surrogate and beyond U+10FFFF (XML 1.0 §2.2
# and §4.1 forbid all three), and HTML names that XML does not know.
_DTD = (
    b'<!DOCTYPE rss [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    b'<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">'
    b'<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
)
ENTITIES = (
    b"&lol2;", b"&xxe;", b"&undeclared;", b"&#0;", b"&#x0;", b"&#xD800;", b"&#x110000;", b"&#99999999999;",
    b"&nbsp;", b"&amp;amp;", b"&;", b"&#;", b"&#x;", b"&", b"&lt;script&gt;alert(1)&lt;/script&gt;",
)
# Encodings a server may claim wrongly (IANA character-set names, and some that are not).
ENCODINGS = (
    "utf-8", "utf-16", "utf-16le", "utf-32", "iso-8859-1", "windows-1251", "windows-1256", "koi8-r",
    "shift_jis", "gb18030", "cp500", "utf-7", "x-unknown", "", "utf-8\x00", "\u0130",
)
# Bidi and other invisible format characters (Unicode Bidirectional Algorithm, UAX #9 §2):
# embeddings and overrides U+202A..U+202E, isolates U+2066..U+2069, marks LRM/RLM/ALM,
# joiners, BOM, tatweel, and a combining mark with nothing to combine with.
BIDI = (
    "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
    "\u200e", "\u200f", "\u061c", "\u200c", "\u200d", "\ufeff", "\u0640", "\u0301",
)


def _insert(doc: bytes, pos: int, piece: bytes) -> bytes:
    pos %= len(doc) + 1
    return doc[:pos] + piece + doc[pos:]


def _in_text(doc: bytes, pos: int, piece: bytes) -> bytes:
    """Insert ``piece`` just after a ``>`` near ``pos`` (inside element text, where it matters)."""
    at = doc.find(b">", pos % (len(doc) + 1))
    return _insert(doc, len(doc) if at < 0 else at + 1, piece)


def _huge_attribute(doc: bytes, pos: int, size: int) -> bytes:
    at = doc.find(b"<item", pos % (len(doc) + 1))
    if at < 0:
        at = doc.find(b"<entry", pos % (len(doc) + 1))
    if at < 0:
        return _insert(doc, pos, b'<x a="' + b"A" * size + b'"/>')
    tag_end = at + (5 if doc.startswith(b"<item", at) else 6)
    return doc[:tag_end] + b' data-x="' + b"\xd7\x90" * (size // 2) + b'"' + doc[tag_end:]


def _declare(doc: bytes, encoding: str) -> bytes:
    decl = f'<?xml version="1.0" encoding="{encoding}"?>'.encode("utf-8", "surrogatepass")
    if doc.startswith(b"<?xml"):
        end = doc.find(b"?>")
        return decl + doc[end + 2:] if end >= 0 else decl + doc
    return decl + doc


Mutation = tuple[str, int, int]
MAX_DOC = 4 * 1024 * 1024  # what mutations may grow a document to (http.max_body_size is 15 MiB)


def apply(doc: bytes, mutations: Sequence[Mutation]) -> tuple[bytes, dict[str, str]]:
    """``doc`` with ``mutations`` applied, and the response headers to parse it with."""
    headers = {"content-type": "application/rss+xml"}
    for kind, pos, value in mutations:
        if not doc:
            doc = b"<"
        if kind == "flip":
            i = pos % len(doc)
            doc = doc[:i] + bytes([doc[i] ^ (value % 255 + 1)]) + doc[i + 1:]
        elif kind == "truncate":
            doc = doc[: pos % (len(doc) + 1)]
        elif kind == "entity":
            doc = _in_text(doc, pos, ENTITIES[value % len(ENTITIES)])
        elif kind == "dtd":
            end = doc.find(b"?>") + 2 if doc.startswith(b"<?xml") else 0
            doc = doc[:end] + _DTD + doc[end:]
        elif kind == "encoding":
            doc = _declare(doc, ENCODINGS[value % len(ENCODINGS)])
        elif kind == "charset":
            headers["content-type"] = f"text/xml; charset={ENCODINGS[value % len(ENCODINGS)]}"
        elif kind == "attribute":
            doc = _huge_attribute(doc, pos, 1 << (10 + value % 11))  # 1 KiB .. 1 MiB
        elif kind == "bidi":
            doc = _in_text(doc, pos, BIDI[value % len(BIDI)].encode("utf-8") * (1 + value % 3))
        elif kind == "nul":
            doc = _insert(doc, pos, b"\x00")
        elif kind == "repeat" and len(doc) <= MAX_DOC // 4:
            doc = doc * (2 + value % 3)  # several documents glued together
        doc = doc[:MAX_DOC]
    return doc, headers


MUTATION_KINDS = ("flip", "truncate", "entity", "dtd", "encoding", "charset", "attribute", "bidi", "nul", "repeat")
mutations = st.lists(
    st.tuples(st.sampled_from(MUTATION_KINDS), st.integers(0, 1 << 24), st.integers(0, 255)),
    min_size=1, max_size=6,
)


def feeds(files: Sequence[Path]) -> st.SearchStrategy[tuple[str, bytes, dict[str, str]]]:
    """(seed name, mutated bytes, headers) from the given seed files."""

    @st.composite
    def build(draw: Callable[[st.SearchStrategy[Any]], Any]) -> tuple[str, bytes, dict[str, str]]:
        path: Path = draw(st.sampled_from(list(files)))
        doc, headers = apply(path.read_bytes(), draw(mutations))
        return path.name, doc, headers

    return build()


# --------------------------------------------------------------------------- checks: feeds

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # C0 controls but TAB, LF, CR; and DEL
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")


def _storable(name: str, value: str | None) -> None:
    """A string the store can write on both engines.

    PostgreSQL's text type cannot hold NUL (its documentation, "Character Types"), and
    UTF-8 has no encoding for a lone surrogate, so either one would fail the whole feed's
    transaction with a store error instead of storing its other entries.
    """
    if value is None:
        return
    assert isinstance(value, str), f"{name} is {type(value).__name__}"
    assert "\x00" not in value, f"{name} holds NUL: {value[:80]!r}"
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise AssertionError(f"{name} is not encodable as UTF-8 ({exc.reason}): {value[:80]!r}") from None


def check_raw(raw: RawFeed) -> None:
    assert isinstance(raw, RawFeed)
    # parse_feed turns anything the parser throws into "parser crashed: …" so that one feed
    # cannot stop a poll; the fuzzer treats reaching that safety net as a bug.
    assert not (raw.error or "").startswith("parser crashed"), raw.error
    if raw.error:
        assert raw.entries == (), "an error comes with no entries"


def check_parsed(parsed: ParsedFeed, fetched_at: datetime = FETCHED_AT) -> None:
    assert isinstance(parsed, ParsedFeed)
    if parsed.error:
        assert parsed.entries == ()
    for name in ("title", "link", "problem", "error", "version"):
        _storable(f"feed.{name}", getattr(parsed, name))
    assert parsed.language is None or _LANGUAGE.match(parsed.language), parsed.language
    keys = [e.entry_key for e in parsed.entries]
    assert len(keys) == len(set(keys)), "entry keys are unique within a feed"
    for i, e in enumerate(parsed.entries):
        where = f"entry {i}"
        assert e.entry_key and e.entry_key.strip() == e.entry_key, f"{where}: key {e.entry_key!r}"
        assert e.title or e.summary or e.url, f"{where}: no title, summary or link"
        assert "\n" not in e.title, f"{where}: the title is one line"
        for field in ("title", "summary", "content"):
            text = getattr(e, field)
            _storable(f"{where}.{field}", text)
            assert not _CONTROL.search(text), f"{where}.{field} holds a control character: {text[:80]!r}"
            assert text == text.strip(), f"{where}.{field} is not stripped"
        for field in ("entry_key", "guid", "url", "author", "published_raw", "language", "content_hash"):
            _storable(f"{where}.{field}", getattr(e, field))
        assert e.url is None or not _CONTROL.search(e.url), f"{where}: url {e.url!r}"
        assert e.published.tzinfo is not None and e.published.utcoffset() == timedelta(0), f"{where}: published not UTC"
        assert e.published <= fetched_at + timedelta(days=1), f"{where}: published {e.published} is in the future"
        assert e.updated is None or e.updated.tzinfo is not None, f"{where}: updated is naive"
        assert e.language is None or _LANGUAGE.match(e.language), f"{where}: language {e.language!r}"
        assert re.fullmatch(r"1:[0-9a-f]{64}", e.content_hash), f"{where}: content hash {e.content_hash!r}"


# --------------------------------------------------------------------------- analyser input


@cache
def gold_words() -> dict[str, tuple[str, ...]]:
    """Words of the project's gold sentences per language: real vocabulary that hits the lexicons."""
    out: dict[str, tuple[str, ...]] = {}
    for lang in ("en", "ar", "fa", "he", "ru"):
        words: set[str] = set()
        for line in (REPO / "tests" / "gold" / f"{lang}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                words.update(json.loads(line).get("text", "").split())
        out[lang] = tuple(sorted(words))
    return out


def _token() -> st.SearchStrategy[str]:
    pools = gold_words()
    words = st.one_of(*(st.sampled_from(pools[lang]) for lang in sorted(pools)))
    any_text = st.text(
        # Lone surrogates cannot come out of a decoded feed or file, so they are left out.
        alphabet=st.characters(exclude_categories=["Cs"]), min_size=1, max_size=12,
    )
    controls = st.sampled_from(BIDI).map(lambda c: c * 2)
    punctuation = st.sampled_from((".", "!", "?", "،", "؛", "؟", "…", "\n", "\n\n", "—", "«", "»", '"', ":"))
    huge = st.builds(
        lambda ch, n: ch * n,
        st.sampled_from(("a", "ب", "ש", "ж", "漢", "\u0301", "-", ".", "\u200f")),
        st.integers(1_000, 60_000),
    )
    return st.one_of(words, words, words, any_text, controls, punctuation, huge)


texts = st.lists(_token(), min_size=0, max_size=80).map(" ".join)
titles = st.one_of(st.none(), st.lists(_token(), max_size=12).map(" ".join))
languages = st.sampled_from((None, "en", "ar", "fa", "he", "ru", "uk", "zz", ""))


# --------------------------------------------------------------------------- checks: readings

_POLARITIES = frozenset({ESCALATION, DE_ESCALATION, NEUTRAL})


def check_reading(reading: Reading, *, given: int, max_chars: int | None) -> None:
    """``given``: characters of title + text handed to the analyser."""
    assert isinstance(reading, Reading)
    # The reading is stored as rows and shown as JSON: it must serialise, with finite numbers
    # (allow_nan=False refuses NaN and infinities) and only encodable text.
    json.dumps(reading.as_json(), ensure_ascii=False, allow_nan=False).encode("utf-8")
    for name, value in reading.scores.as_json().items():
        assert math.isfinite(value), f"score {name} = {value}"
    n = len(reading.sentences)
    for m in (*reading.regions, *reading.actors):
        assert m.id and m.count >= 1, m
    for s in reading.signals:
        assert 0 <= s.sentence < n, f"signal in sentence {s.sentence} of {n}"
        assert s.modality in MODALITIES and s.polarity in _POLARITIES, s
        assert math.isfinite(s.weight) and math.isfinite(s.counted), s
        assert s.text.strip(), s
    for c in reading.claims:
        assert 0 <= c.sentence < n, f"claim in sentence {c.sentence} of {n}"
        assert c.polarity in _POLARITIES, c
    # Sentences are the text given, cut: no NUL check here, since stored articles cannot
    # hold one (normalise removes control characters) and `analyze --file` only prints.
    assert "".join(reading.sentences).strip() or not reading.signals, "signals without text"
    if max_chars and given > max_chars:
        assert reading.truncated_from == given, (reading.truncated_from, given)
        assert reading.truncated_to is not None and reading.truncated_to <= max_chars
    else:
        assert reading.truncated_from is None and reading.truncated_to is None
