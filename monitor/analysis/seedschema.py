"""The schema of the reference data (``seeds/``): one validator, run in production (issue 11 §4).

:func:`monitor.analysis.reference.load_reference` runs it in strict mode (``strict=True``: every
command-line use of the data), ``monitor seeds check`` prints what it finds, and the seed tests call
it instead of carrying their own copies of the rules (there were three, with different bounds).

What it checks, file by file: the top-level keys a folder's files may hold; per table
(``[[region]]``, ``[[actor]]``, ``[[entry]]``, ``[[office]]`` …) the required keys, the known
optional ones, their types and allowed values; ids unique (regions, actors, lexicon entries,
offices, claim stances); references that resolve (a place's parent, a grouping's members, an
actor's country, affiliation and offices, a relation's parties, a disambiguation rule's entity);
dates that are ISO days, ordered (start <= end) and plausible (not before 1900, not more than a year
after the data's own date); aliases that two entities of one kind share in one language unless
every owner marks them ``ambiguous`` (or, for actors, their active periods do not meet: the Syrian
army before and after 8 December 2024); ``ambiguous`` lexicon entries that carry their sense rule.

What it does not check is what the shipped data *says* (193 UN members, a current head of state per
state, the spot facts): those are tests of the content, in ``tests/test_seed_*.py``.

**One version source.** ``seeds/MANIFEST.toml`` holds ``schema`` (this module's :data:`SCHEMA`) and
``version``, the release of the data as ``YYYY.MM.DD`` (the day it was last reviewed); the data
files carry neither. The tests read the date from there rather than hard-coding it.

Messages name the file, the line of the table (``regions/countries.toml:38``) and the entry id.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from monitor.analysis.plover import CATEGORY_DEFAULT, NAMES
from monitor.analysis.text import CYRILLIC, char_script, tokenize

SCHEMA = 1
MANIFEST = "MANIFEST.toml"
LANGS = ("ar", "en", "fa", "he", "ru", "fr")
# Dates before this are typos in a monitor of current affairs (the oldest recorded role, Hafez
# al-Assad's presidency, starts in 1971; relations go back to 1948).
EARLIEST = date(1900, 1, 1)
# A date more than this after the data's own date is a typo (2062 for 2026), not a scheduled end.
FUTURE_SLACK = timedelta(days=366)

_VERSION = re.compile(r"^(\d{4})\.(\d{2})\.(\d{2})$")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_ISO3 = re.compile(r"^[A-Z]{3}$")
_ISO2 = re.compile(r"^[A-Z]{2}$")
_QID = re.compile(r"^Q[1-9][0-9]*$")  # Wikidata item ids
_OFFICE_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_SCOPE = re.compile(r"^(?:(?:next|prev|window):\d{1,2}|token|clause|sentence)$")

REGION_KINDS = frozenset({"country", "state", "territory", "area", "city", "sea", "strait", "subnational",
                          "grouping"})
UN_STATUS = frozenset({"member", "observer", "none"})
ACTOR_TYPES = frozenset({"person", "government", "institution", "international_org", "court", "ngo", "military",
                         "security_service", "armed_group", "political_party"})
RELATION_KINDS = frozenset({"war", "conflict", "hostile"})
POLARITIES = ("escalation", "de-escalation")
STANCE_POLARITIES = frozenset({"escalation", "de-escalation", "neutral"})
# Lexicon categories (seeds/lexicon/README.md, "Categories"): 13 of lexicon 1.x and 8 of reading v2.
ESCALATION = frozenset({"threat", "mobilisation", "sanction", "accusation", "attack", "casualties",
                        "demand", "disapproval", "rejection", "protest", "coercion"})
DEESCALATION = frozenset({"appeal", "mediation", "talks", "agreement", "withdrawal", "release", "aid",
                          "concession", "cooperation", "support"})
CATEGORIES = ESCALATION | DEESCALATION
# category -> the v1 modes it may use (README, "Modes"); verbal / material are open to every category
# of its polarity (the analyser derives the mode from the PLOVER type).
V1_MODES: dict[str, frozenset[str]] = {
    "threat": frozenset({"threat"}), "mobilisation": frozenset({"threat"}),
    "sanction": frozenset({"threat", "act"}), "accusation": frozenset({"threat"}),
    "attack": frozenset({"act"}), "casualties": frozenset({"act"}),
}
# Cue kinds the analyser knows (reference._CUE_KINDS; a cue of another kind would be dropped silently).
CUE_KINDS = frozenset({"negation", "denial", "future", "conditional", "hypothetical", "historical", "reported",
                       "reversive", "lifting", "halting", "breach", "goal", "opposition", "approval", "posture", "evidence",
                       "reaction", "background",
                       "explainer", "opinion", "nonnegation", "civil", "argument", "cause", "topic",
                       "relative", "kin", "aftermath", "warning", "setting"})
EXCLUSION_SCOPES = frozenset({"sentence", "article", "casualties", "crime"})

# The top-level keys of each folder's files (``schema``/``version`` live in MANIFEST.toml only).
TOP_KEYS: dict[str, frozenset[str]] = {
    "regions": frozenset({"region"}),
    "actors": frozenset({"actor"}),
    "lexicon": frozenset({"language", "entry", "verb", "attribution", "stance", "cue", "exclusion", "family",
                          "kind", "prefix_rule", "rule"}),
    "rules": frozenset({"office", "counterpart", "relation", "peace_terms", "rule", "locatives"}),
}


@dataclass(frozen=True, slots=True)
class SeedProblem:
    """One problem, located: ``file`` relative to the seeds directory, the table's line, the entry id."""

    file: str
    line: int | None
    entry: str | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        what = f"{self.entry}: " if self.entry else ""
        return f"{where}: {what}{self.message}"


@dataclass(frozen=True, slots=True)
class Manifest:
    """``seeds/MANIFEST.toml``: the data's schema and release (the one version source)."""

    schema: int
    version: str  # YYYY.MM.DD

    @property
    def date(self) -> date:
        """The day the data was last reviewed: no recorded event lies after it."""
        y, m, d = _VERSION.match(self.version).groups()  # type: ignore[union-attr]  # checked on reading
        return date(int(y), int(m), int(d))


@dataclass(frozen=True, slots=True)
class SeedFile:
    """One parsed seeds file with what the messages need to locate its tables."""

    folder: str  # regions | actors | lexicon | rules
    name: str  # relative to the seeds directory: "regions/countries.toml"
    data: Mapping[str, Any]
    text: str

    def line_of(self, table: str, index: int) -> int | None:
        """The line of the ``index``-th ``[[table]]`` header (tomllib keeps no positions)."""
        lines = _table_lines(self.text).get(table, [])
        return lines[index] if index < len(lines) else None


def _table_lines(text: str) -> dict[str, list[int]]:
    out: dict[str, list[int]] = defaultdict(list)
    for n, line in enumerate(text.splitlines(), start=1):
        m = re.match(r"^\s*\[\[\s*([A-Za-z0-9_.]+)\s*\]\]", line)
        if m:
            out[m.group(1)].append(n)
    return out


def read_manifest(root: Path) -> tuple[Manifest | None, list[SeedProblem]]:
    """The manifest of the seeds at ``root``, or None with the problems that make it unusable."""
    path = root / MANIFEST
    if not path.is_file():
        return None, [SeedProblem(MANIFEST, None, None, "missing: the data's version lives here "
                                  f"(schema = {SCHEMA}, version = \"YYYY.MM.DD\"); copy the package's seeds/MANIFEST.toml")]
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return None, [SeedProblem(MANIFEST, toml_line(exc), None, f"cannot be read: {exc}")]
    problems = [SeedProblem(MANIFEST, None, None, f"unknown key {k!r} (expected schema, version)")
                for k in data if k not in ("schema", "version")]
    schema, version = data.get("schema"), data.get("version")
    if schema != SCHEMA or isinstance(schema, bool):
        problems.append(SeedProblem(MANIFEST, None, None, f"schema must be {SCHEMA} (this code's), got {schema!r}"))
    m = _VERSION.match(version) if isinstance(version, str) else None
    if m is None:
        problems.append(SeedProblem(MANIFEST, None, None, f"version must be a release date like \"2026.12.06\", got {version!r}"))
    else:
        try:
            date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError as exc:
            problems.append(SeedProblem(MANIFEST, None, None, f"version {version!r} is no date: {exc}"))
    if problems:
        return None, problems
    assert isinstance(schema, int) and isinstance(version, str)
    return Manifest(schema, version), []


def toml_line(exc: Exception) -> int | None:
    m = re.search(r"at line (\d+)", str(exc))  # tomllib: "... (at line N, column M)"
    return int(m.group(1)) if m else None


# --------------------------------------------------------------------------- value checks
# Each returns why the value is wrong, or None.

Check = Callable[[Any], str | None]


def _clean(v: Any) -> str | None:
    """A non-empty string without padding, double spaces or control characters, in NFC."""
    if not isinstance(v, str):
        return f"expected a string, got {v!r}"
    if not v.strip():
        return "empty string"
    if v != v.strip():
        return f"padded string {v!r}"
    if "  " in v:
        return f"double space in {v!r}"
    if any(unicodedata.category(c) == "Cc" for c in v):
        return f"control character in {v!r}"
    # The matcher compares code points: a decomposed "é" would never meet the text's (Unicode UAX #15).
    if unicodedata.normalize("NFC", v) != v:
        return f"not in Unicode NFC: {v!r}"
    return None


def _text(v: Any) -> str | None:
    """Free text (a note, an anchor): any non-empty string."""
    return None if isinstance(v, str) and v.strip() else f"expected a non-empty string, got {v!r}"


def _bool(v: Any) -> str | None:
    return None if isinstance(v, bool) else f"expected true or false, got {v!r}"


def _regex(rx: re.Pattern[str], what: str) -> Check:
    def check(v: Any) -> str | None:
        return None if isinstance(v, str) and rx.match(v) else f"expected {what}, got {v!r}"
    return check


def _enum(options: Iterable[str]) -> Check:
    allowed = sorted(options)

    def check(v: Any) -> str | None:
        return None if v in allowed else f"expected one of {', '.join(allowed)}, got {v!r}"
    return check


def _clean_list(v: Any, *, unique: bool = True, empty_ok: bool = False) -> str | None:
    if not isinstance(v, list):
        return f"expected a list of strings, got {v!r}"
    if not v and not empty_ok:
        return "empty list"
    for item in v:
        if problem := _clean(item):
            return problem
    if unique and len(set(v)) != len(v):
        dupes = sorted({x for x in v if v.count(x) > 1})
        return f"repeated {', '.join(map(repr, dupes))}"
    return None


def _strings(v: Any) -> str | None:
    """A non-empty list of distinct clean strings (patterns, forms, terms, members)."""
    return _clean_list(v)


def _words(v: Any) -> str | None:
    """Context words (near, unless_near, reject_*): clean strings; an empty list or a repeat is harmless."""
    return _clean_list(v, unique=False, empty_ok=True)


def _lang_table(extra: Iterable[str] = ()) -> Check:
    """A table of language -> list of strings (aliases, patterns, phrases)."""
    keys = set(LANGS) | set(extra)

    def check(v: Any) -> str | None:
        if not isinstance(v, dict):
            return f"expected a table of languages, got {v!r}"
        for k, items in v.items():
            if k not in keys:
                return f"unknown language {k!r} (expected {', '.join(sorted(keys))})"
            # an empty list is a declared gap (an actor with no Hebrew name yet: alias_gaps)
            if problem := _clean_list(items, empty_ok=True):
                return f"{k}: {problem}"
        return None
    return check


def _day(v: Any) -> str | None:
    if isinstance(v, date):
        return None
    if not isinstance(v, str) or not _ISO_DAY.match(v):
        return f"expected an ISO date YYYY-MM-DD, got {v!r}"
    try:
        date.fromisoformat(v)
    except ValueError as exc:
        return f"{v!r} is no date: {exc}"
    return None


def _as_day(v: Any) -> date | None:
    if isinstance(v, date):
        return v
    try:
        return date.fromisoformat(v) if isinstance(v, str) and _ISO_DAY.match(v) else None
    except ValueError:
        return None


def _int_in(lo: int, hi: int) -> Check:
    def check(v: Any) -> str | None:
        ok = isinstance(v, int) and not isinstance(v, bool) and lo <= v <= hi
        return None if ok else f"expected a whole number from {lo} to {hi}, got {v!r}"
    return check


# A table's schema: key -> (required, check).
Schema = Mapping[str, tuple[bool, Check]]

REGION: Schema = {
    "id": (True, lambda v: None if isinstance(v, str) and (_ISO3.match(v) or _SLUG.match(v))
           else f"expected an ISO 3166-1 alpha-3 code or a slug like 'gaza-strip', got {v!r}"),
    "kind": (True, _enum(REGION_KINDS)), "name": (True, _clean),
    "iso2": (False, _regex(_ISO2, "an ISO 3166-1 alpha-2 code")), "un": (False, _enum(UN_STATUS)),
    "wikidata": (False, _regex(_QID, "a Wikidata id like Q794")), "ambiguous": (False, _strings),
    "note": (False, _text), "aliases": (True, _lang_table()), "capital": (False, _lang_table()),
    "parent": (False, _clean), "countries": (False, _strings), "members": (False, _strings),
}
ACTOR: Schema = {
    "id": (True, _regex(_SLUG, "a slug like 'benjamin-netanyahu'")), "name": (True, _clean),
    "type": (True, _enum(ACTOR_TYPES)), "country": (False, _regex(_ISO3, "an ISO 3166-1 alpha-3 code")),
    "wikidata": (False, _regex(_QID, "a Wikidata id like Q794")),
    "roles": (False, lambda v: None if isinstance(v, list) else f"expected a list of role tables, got {v!r}"),
    "affiliation": (False, _clean), "died": (False, _day), "active_from": (False, _day), "active_to": (False, _day),
    "alias_gaps": (False, lambda v: _clean_list(v) or (None if set(v) <= set(LANGS) else f"unknown languages in {v!r}")),
    "aliases": (True, _lang_table(("ambiguous", "metonyms"))), "related_phrases": (False, _lang_table()),
}
ROLE: Schema = {"title": (True, _clean), "from": (False, _day), "to": (False, _day),
                "office": (False, _regex(_OFFICE_ID, "an office id like 'foreign_minister'"))}
ENTRY: Schema = {
    "id": (True, _clean), "category": (True, _enum(CATEGORIES)), "polarity": (True, _enum(POLARITIES)),
    "weight": (True, lambda v: None if isinstance(v, int | float) and not isinstance(v, bool) and -10 <= v <= 10
               else f"expected a number from -10 to 10, got {v!r}"),
    "mode": (True, _enum({"threat", "act", "verbal", "material"})), "anchor": (True, _text),
    "patterns": (True, _strings), "note": (False, _text), "near": (False, _words),
    "unless_near": (False, _words), "window": (False, _int_in(1, 12)), "clitics": (False, _bool),
    "plover": (False, _enum(NAMES)), "ambiguous": (False, _bool), "lang": (False, _enum(LANGS)),
    "near_parties": (False, _bool),
}
STANCE: Schema = {"name": (True, _clean), "polarity": (True, _enum(STANCE_POLARITIES)),
                  "anchor": (False, _text), "note": (False, _text)}
VERB: Schema = {"lang": (True, _enum(LANGS)), "stance": (True, _clean), "polarity": (True, _enum(STANCE_POLARITIES)),
                "forms": (True, _strings), "note": (False, _text), "clitics": (False, _bool),
                "followed_by": (False, _strings), "followed_by_prefix": (False, _strings),
                "unless_next": (False, _strings)}
ATTRIBUTION: Schema = {"lang": (True, _enum(LANGS)), "forms": (True, _strings), "note": (False, _text)}
CUE: Schema = {"lang": (True, _enum(LANGS)), "kind": (True, _clean),
               "scope": (True, _regex(_SCOPE, "next:N, prev:N, window:N, token, clause or sentence")),
               "forms": (True, _strings), "note": (False, _text), "clitics": (False, _bool)}
KIND: Schema = {"name": (True, _clean), "effect": (False, _text), "source": (False, _text)}
PREFIX_RULE: Schema = {"lang": (True, _enum(LANGS)), "kind": (True, _clean), "prefixes": (True, _strings),
                       "scope": (True, _regex(_SCOPE, "next:N, prev:N, window:N, token, clause or sentence")),
                       "note": (False, _text)}
# a modality rule's lang may be "*": a rule of every language
MODALITY_RULE: Schema = {"lang": (True, _enum((*LANGS, "*"))), "kind": (True, _clean), "name": (True, _clean),
                         "min_years": (False, _int_in(1, 1000)),
                         "scope": (True, _regex(_SCOPE, "next:N, prev:N, window:N, token, clause or sentence")),
                         "note": (False, _text)}
FAMILY: Schema = {"name": (True, _clean), "default_scope": (False, _enum(EXCLUSION_SCOPES)), "source": (False, _text)}
EXCLUSION: Schema = {"lang": (True, _enum(LANGS)), "family": (False, _clean), "scope": (False, _enum(EXCLUSION_SCOPES)),
                     "terms": (False, _strings), "forms": (False, _strings), "except": (False, _strings),
                     "note": (False, _text)}
OFFICE: Schema = {
    "id": (True, _regex(_OFFICE_ID, "an office id like 'foreign_minister'")), "name": (True, _clean),
    "patterns": (False, _lang_table()), "country": (False, _regex(_ISO3, "an ISO 3166-1 alpha-3 code")),
    "org": (False, _clean),
    "country_patterns": (False, lambda v: None if isinstance(v, dict) and all(
        isinstance(t, dict) and _lang_table()(t) is None for t in v.values())
        else "expected tables of state -> language -> phrases"),
    "fallback": (False, lambda v: None if isinstance(v, dict) and all(isinstance(x, str) for x in v.values())
                 else "expected a table of state -> office id"),
    "default": (False, _regex(_OFFICE_ID, "an office id like 'head_of_state'")),
    "needs_state": (False, lambda v: None if isinstance(v, bool) else "expected true or false"),
    "voice_patterns": (False, lambda v: None if isinstance(v, dict) and all(
        isinstance(t, dict) and _lang_table()(t) is None for t in v.values())
        else "expected tables of outlet state -> language -> phrases"),
}
RELATION: Schema = {"a": (True, _clean), "b": (True, _clean), "kind": (True, _enum(RELATION_KINDS)),
                    "from": (False, _day), "to": (False, _day), "note": (False, _text)}
DISAMBIGUATION: Schema = {"alias": (True, _clean), "entity": (True, _clean), "reject_prev": (False, _words),
                          "reject_next": (False, _words), "reject_sentence": (False, _words),
                          "require_sentence": (False, _words), "note": (False, _text)}

# folder -> table -> schema; the rules folder's plain tables (lang -> phrases) are listed apart.
TABLES: dict[str, dict[str, Schema]] = {
    "regions": {"region": REGION},
    "actors": {"actor": ACTOR},
    "lexicon": {"entry": ENTRY, "stance": STANCE, "verb": VERB, "attribution": ATTRIBUTION, "cue": CUE,
                "kind": KIND, "prefix_rule": PREFIX_RULE, "rule": MODALITY_RULE, "family": FAMILY,
                "exclusion": EXCLUSION},
    "rules": {"office": OFFICE, "relation": RELATION, "rule": DISAMBIGUATION},
}
PHRASE_TABLES = frozenset({"counterpart", "peace_terms", "locatives"})


# --------------------------------------------------------------------------- the validator


@dataclass(slots=True)
class _Item:
    """One table of an array, with where it was written."""

    file: SeedFile
    table: str
    index: int
    data: dict[str, Any]
    valid: bool = True  # every key passed its check: the cross-checks may rely on the types

    @property
    def id(self) -> str:
        for key in ("id", "name"):
            if isinstance(self.data.get(key), str):
                return f"{self.table} {self.data[key]!r}"
        if self.table == "relation":
            return f"relation {self.data.get('a')!r}–{self.data.get('b')!r}"
        if self.table == "rule" and "alias" in self.data:
            return f"rule {self.data.get('alias')!r}"
        return f"{self.table} #{self.index + 1}"

    @property
    def line(self) -> int | None:
        return self.file.line_of(self.table, self.index)


class _Report:
    def __init__(self) -> None:
        self.problems: list[SeedProblem] = []

    def add(self, item: _Item | SeedFile, message: str) -> None:
        if isinstance(item, _Item):
            self.problems.append(SeedProblem(item.file.name, item.line, item.id, message))
        else:
            self.problems.append(SeedProblem(item.name, None, None, message))


def validate(files: Sequence[SeedFile], manifest: Manifest | None) -> list[SeedProblem]:
    """Every problem of the parsed ``files`` (all of one seeds directory), in file order."""
    rep = _Report()
    items: dict[str, list[_Item]] = defaultdict(list)  # table -> items that passed their schema's keys
    for f in files:
        _check_file(f, rep, items)
    as_of = manifest.date if manifest else None
    regions = _unique(items["region"], rep)
    actors = _unique(items["actor"], rep)
    offices = _unique(items["office"], rep)
    for table, its in items.items():  # the checks below read the types the schema promised
        items[table] = [it for it in its if it.valid]
    _check_regions(regions, rep)
    _check_actors(actors, regions, set(offices), as_of, rep)
    _check_lexicon(items, rep)
    _check_rules(items, regions, actors, offices, as_of, rep)
    _check_aliases(regions, actors, rep)
    return rep.problems


def _check_file(f: SeedFile, rep: _Report, items: dict[str, list[_Item]]) -> None:
    allowed = TOP_KEYS.get(f.folder, frozenset())
    for key in f.data:
        if key in ("schema", "version"):
            rep.add(f, f"{key!r} belongs in {MANIFEST} only (the data has one version source)")
        elif key not in allowed:
            rep.add(f, f"unknown top-level key {key!r} (a {f.folder} file holds {', '.join(sorted(allowed))})")
    lang = f.data.get("language")
    if lang is not None and lang not in LANGS:
        rep.add(f, f"language must be one of {', '.join(LANGS)}, got {lang!r}")
    for key in PHRASE_TABLES & set(f.data) & allowed:
        if problem := _lang_table()(f.data[key]):
            rep.add(f, f"[{key}]: {problem}")
    for table, schema in TABLES.get(f.folder, {}).items():
        if table not in f.data:
            continue
        raw = f.data[table]
        if not isinstance(raw, list) or not all(isinstance(x, dict) for x in raw):
            rep.add(f, f"{table!r} must be an array of tables ([[{table}]])")
            continue
        for i, d in enumerate(raw):
            it = _Item(f, table, i, d)
            it.valid = _check_keys(it, schema, rep)
            if it.valid or isinstance(d.get("id"), str):  # a broken entry's id still resolves references
                items[table].append(it)


def _check_keys(it: _Item, schema: Schema, rep: _Report) -> bool:
    """Required keys, unknown keys, each value's check; True when the item can be checked further."""
    ok = True
    for key, (required, _check) in schema.items():
        if required and key not in it.data:
            rep.add(it, f"required key {key!r} is missing")
            ok = False
    for key, value in it.data.items():
        spec = schema.get(key)
        if spec is None:
            rep.add(it, f"unknown key {key!r} (known: {', '.join(sorted(schema))})")
            continue
        if problem := spec[1](value):
            rep.add(it, f"{key}: {problem}")
            ok = False
    return ok


def _unique(items: list[_Item], rep: _Report) -> dict[str, _Item]:
    out: dict[str, _Item] = {}
    for it in items:
        key = str(it.data["id"])
        if key in out:
            first = out[key]
            rep.add(it, f"id defined twice (first at {first.file.name}:{first.line})")
        else:
            out[key] = it
    return out


def _values(table: Any) -> list[str]:
    """Every string of a language table (the ambiguous / metonyms lists excluded)."""
    if not isinstance(table, dict):
        return []
    return [v for k, vs in table.items() if k in LANGS for v in vs]


def _check_regions(regions: dict[str, _Item], rep: _Report) -> None:
    seen_iso2: dict[str, str] = {}
    for rid, it in regions.items():
        if not it.valid:
            continue
        d = it.data
        if d["kind"] in ("country", "state") and not _ISO3.match(rid):
            rep.add(it, "a country's id is its ISO 3166-1 alpha-3 code")
        if iso2 := d.get("iso2"):
            if iso2 in seen_iso2:
                rep.add(it, f"iso2 {iso2!r} is also {seen_iso2[iso2]!r}'s")
            seen_iso2[iso2] = rid
        own = set(_values(d["aliases"])) | set(_values(d.get("capital")))
        amb = d.get("ambiguous", [])
        for a in amb:
            if a not in own:
                rep.add(it, f"ambiguous {a!r} is none of its aliases")
        if d["kind"] == "grouping":
            members = d.get("members", [])
            if len(members) < 2:
                rep.add(it, "a grouping needs at least two members")
            for m in members:
                if m not in regions:
                    rep.add(it, f"member {m!r} is no region")
                elif regions[m].data.get("kind") == "grouping":
                    rep.add(it, f"member {m!r} is itself a grouping")
        elif "members" in d:
            rep.add(it, "only a grouping has members")
        for c in d.get("countries", []):
            if c not in regions:
                rep.add(it, f"country {c!r} is no region")
        parent = d.get("parent")
        if parent is not None:
            if parent not in regions:
                rep.add(it, f"parent {parent!r} is no region")
            elif parent == rid:
                rep.add(it, "is its own parent")
            elif regions[parent].data.get("kind") == "grouping":
                rep.add(it, f"parent {parent!r} is a grouping (list it in the grouping's members instead)")
            else:
                seen, cur = {rid}, parent
                while cur in regions and cur not in seen:
                    seen.add(cur)
                    cur = regions[cur].data.get("parent")
                if cur in seen:
                    rep.add(it, "parent chain loops back on itself")


def _check_dates(it: _Item, where: str, values: Mapping[str, Any], as_of: date | None, rep: _Report,
                 start_key: str = "from", end_key: str = "to", strict_order: bool = False) -> None:
    days = {k: _as_day(values.get(k)) for k in (start_key, end_key)}
    latest = as_of + FUTURE_SLACK if as_of else None
    for k, d in days.items():
        if d is None:
            continue
        if d < EARLIEST:
            rep.add(it, f"{where}{k} {d} is before {EARLIEST.year}: a typo?")
        if latest and d > latest:
            rep.add(it, f"{where}{k} {d} is more than a year after the data's date ({as_of}): a typo?")
    start, end = days[start_key], days[end_key]
    if start and end and (start >= end if strict_order else start > end):
        rep.add(it, f"{where}{start_key} {start} is after {end_key} {end}")


def _check_actors(actors: dict[str, _Item], regions: dict[str, _Item], offices: set[str], as_of: date | None,
                  rep: _Report) -> None:
    for aid, it in actors.items():
        if not it.valid:
            continue
        d = it.data
        if (c := d.get("country")) and c not in regions:
            rep.add(it, f"country {c!r} is no region")
        aff = d.get("affiliation")
        if aff is not None:
            if aff not in actors and aff not in regions:
                rep.add(it, f"affiliation {aff!r} is no actor")
            else:
                seen, cur = {aid}, aff
                while cur in actors and cur not in seen:
                    seen.add(cur)
                    cur = actors[cur].data.get("affiliation")
                if cur in seen:
                    rep.add(it, "affiliation chain loops back on itself")
        for i, role in enumerate(d.get("roles", [])):
            where = f"role {i + 1}: "
            if not isinstance(role, dict):
                rep.add(it, f"{where}expected a table, got {role!r}")
                continue
            for key, value in role.items():
                spec = ROLE.get(key)
                if spec is None:
                    rep.add(it, f"{where}unknown key {key!r} (known: {', '.join(sorted(ROLE))})")
                elif problem := spec[1](value):
                    rep.add(it, f"{where}{key}: {problem}")
            if "title" not in role:
                rep.add(it, f"{where}required key 'title' is missing")
            if (o := role.get("office")) and offices and o not in offices:
                rep.add(it, f"{where}office {o!r} is not in rules/offices")
            _check_dates(it, where, role, as_of, rep)
        _check_dates(it, "", d, as_of, rep, "active_from", "active_to", strict_order=True)
        if "died" in d:
            _check_dates(it, "", {"died": d["died"]}, as_of, rep, "died", "_")
        aliases = d["aliases"]
        own = set(_values(aliases))
        for key in ("ambiguous", "metonyms"):
            for a in aliases.get(key, []):
                if a not in own:
                    rep.add(it, f"aliases.{key} {a!r} is none of its aliases")


def pattern_key(p: str, lang: str) -> tuple[str, ...]:
    """When two patterns are one for the matcher: the production normalisation (text.tokenize), with
    the Arabic article dropped from a long word (the matcher adds and strips ال).  Russian is read
    by lemma (lemmas.py), so its words are only lower-cased here: the surface stem that stands in
    when no lemmatiser is installed would make «закрыть» (close) and «закрытие» (closure) one word."""
    toks = tuple(t.text.lower().replace("ё", "е") if char_script(t.text[0]) == CYRILLIC else t.norm
                 for t in tokenize(p))
    if lang == "ar":
        toks = tuple(t[2:] if t.startswith("ال") and len(t) > 4 else t for t in toks)
    return toks


def _check_lexicon(items: dict[str, list[_Item]], rep: _Report) -> None:
    seen: dict[str, _Item] = {}
    owner: dict[tuple[str, tuple[str, ...]], _Item] = {}
    for it in items["entry"]:
        d = it.data
        lang = d.get("lang", it.file.data.get("language"))
        if lang not in LANGS:
            rep.add(it, "no language: set the file's `language` or the entry's `lang`")
            continue
        eid, cat, pol, w = d["id"], d["category"], d["polarity"], d["weight"]
        if not re.fullmatch(rf"{lang}\.{re.escape(cat)}\.[a-z][a-z0-9_]*", eid):
            rep.add(it, f"id must read {lang}.{cat}.<name> (language, category, a lower-case name)")
        if eid in seen:
            rep.add(it, f"id defined twice (first at {seen[eid].file.name}:{seen[eid].line})")
        seen.setdefault(eid, it)
        expected = "escalation" if cat in ESCALATION else "de-escalation"
        if pol != expected:
            rep.add(it, f"polarity of a {cat} entry is {expected}, not {pol}")
        if (pol == "escalation" and w >= 0) or (pol == "de-escalation" and w <= 0):
            rep.add(it, f"weight {w} has the wrong sign for {pol}")
        mode = d["mode"]
        if pol == "de-escalation" and mode not in ("verbal", "material"):
            rep.add(it, f"mode of a de-escalation entry is verbal or material, not {mode}")
        if mode in ("threat", "act") and cat in V1_MODES and mode not in V1_MODES[cat]:
            rep.add(it, f"mode {mode} is not one of {cat}'s ({', '.join(sorted(V1_MODES[cat]))})")
        if mode in ("threat", "act") and cat not in V1_MODES and pol == "escalation":
            rep.add(it, f"a {cat} entry's mode is verbal or material")
        if not (d.get("plover") or CATEGORY_DEFAULT.get(cat)):
            rep.add(it, f"no PLOVER type: category {cat} has no default, set `plover`")
        has_rule = bool(d.get("near") or d.get("unless_near"))
        if ("window" in d) != has_rule:
            rep.add(it, "window goes with near / unless_near (and only with them)")
        if d.get("ambiguous") and not has_rule:
            # issue 8 §7: an entry with a non-conflict sense says how to tell the senses apart
            rep.add(it, "ambiguous without near / unless_near: say which context tells the senses apart")
        own = {pattern_key(p, lang) for p in d["patterns"]}
        for word in d.get("unless_near", []):
            if pattern_key(word, lang) in own:
                rep.add(it, f"{word!r} is both a pattern and an exclusion")
        for p in d["patterns"]:
            key = pattern_key(p, lang)
            if not key:
                rep.add(it, f"pattern {p!r} has no word")
                continue
            other = owner.setdefault((lang, key), it)
            if other is not it and other.data["id"] != eid:
                rep.add(it, f"pattern {p!r} is also {other.data['id']}'s: a surface form belongs to one entry")
    stances: dict[str, str] = {}
    for it in items["stance"]:
        name = it.data["name"]
        if name in stances:
            rep.add(it, "stance defined twice")
        stances[name] = it.data["polarity"]
    for it in items["verb"]:
        st = it.data["stance"]
        if stances and st not in stances:
            rep.add(it, f"stance {st!r} is not declared ([[stance]])")
        elif stances and it.data["polarity"] != stances[st]:
            rep.add(it, f"polarity {it.data['polarity']} differs from stance {st}'s ({stances[st]})")
    kinds = {it.data["name"] for it in items["kind"]}
    for table in ("cue", "prefix_rule", "rule"):
        for it in items[table]:
            if it.file.folder != "lexicon":
                continue  # rules/disambiguation.toml's [[rule]] is another table
            k = it.data["kind"]
            if k not in CUE_KINDS | kinds:
                rep.add(it, f"unknown kind {k!r} (the analyser knows {', '.join(sorted(CUE_KINDS))})")
    families = {it.data["name"] for it in items["family"]}
    for it in items["exclusion"]:
        if not (it.data.get("terms") or it.data.get("forms")):
            rep.add(it, "an exclusion needs terms")
        fam = it.data.get("family")
        if fam is not None and families and fam not in families:
            rep.add(it, f"family {fam!r} is not declared ([[family]])")


def _check_rules(items: dict[str, list[_Item]], regions: dict[str, _Item], actors: dict[str, _Item],
                 offices: dict[str, _Item], as_of: date | None, rep: _Report) -> None:
    for it in offices.values():
        if not it.valid:
            continue
        d = it.data
        if not (d.get("patterns") or d.get("country_patterns")):
            rep.add(it, "an office needs patterns or country_patterns")
        if (c := d.get("country")) and c not in regions:
            rep.add(it, f"country {c!r} is no region")
        if (o := d.get("org")) and o not in actors:
            rep.add(it, f"org {o!r} is no actor")
        for c in d.get("country_patterns", {}):
            if c not in regions:
                rep.add(it, f"country_patterns: {c!r} is no region")
        for c, target in d.get("fallback", {}).items():
            if c not in regions:
                rep.add(it, f"fallback: {c!r} is no region")
            if target not in offices:
                rep.add(it, f"fallback: {target!r} is no office")
        if (target := d.get("default")) and target not in offices:
            rep.add(it, f"default: {target!r} is no office")
        for c in d.get("voice_patterns", {}):
            if c not in regions:
                rep.add(it, f"voice_patterns: {c!r} is no region")
    for it in items["relation"]:
        for party in (it.data["a"], it.data["b"]):
            if party not in regions and party not in actors:
                rep.add(it, f"party {party!r} is neither region nor actor")
        _check_dates(it, "", it.data, as_of, rep)
    for it in items["rule"]:
        if it.file.folder != "rules":
            continue
        if (e := it.data["entity"]) not in regions and e not in actors:
            rep.add(it, f"entity {e!r} is neither region nor actor")


def _overlap(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Whether two actors' active periods meet (an open end is forever)."""
    lo_a, hi_a = _as_day(a.get("active_from")) or date.min, _as_day(a.get("active_to")) or date.max
    lo_b, hi_b = _as_day(b.get("active_from")) or date.min, _as_day(b.get("active_to")) or date.max
    return lo_a < hi_b and lo_b < hi_a


def _check_aliases(regions: dict[str, _Item], actors: dict[str, _Item], rep: _Report) -> None:
    """An alias (per language, case-folded as the matcher folds it) that names two regions, or two actors
    at once, must be marked ambiguous by every owner: the analyser then asks for context.

    Regions and actors are apart on purpose: "European Union" is both a grouping and an actor, and
    a mention may be both."""
    for kind, ents in (("region", regions), ("actor", actors)):
        owners: dict[tuple[str, str], list[_Item]] = defaultdict(list)
        flagged: dict[str, set[str]] = {}
        for eid, it in ents.items():
            if not it.valid:
                continue
            aliases = it.data["aliases"]
            flagged[eid] = {a.casefold() for a in it.data.get("ambiguous", []) + aliases.get("ambiguous", [])}
            for lang in LANGS:
                for v in dict.fromkeys(a.casefold() for a in aliases.get(lang, [])):
                    owners[(lang, v)].append(it)
        for (lang, alias), group in owners.items():
            if len(group) < 2:
                continue
            if kind == "actor" and not any(_overlap(x.data, y.data) for i, x in enumerate(group) for y in group[i + 1:]):
                continue  # one at a time: the article's date chooses (the Syrian army before / after 2024-12-08)
            ids = [str(x.data["id"]) for x in group]
            for it in group:
                if alias not in flagged[str(it.data["id"])]:
                    others = ", ".join(i for i in ids if i != it.data["id"])
                    rep.add(it, f"{lang} alias {alias!r} also names {kind} {others}: mark it ambiguous in each")
