"""Reference data: regions, actors and lexicons loaded from ``seeds/`` (versioned data, not code).

The seeds ship inside the package (``monitor._data.seeds``, read through
:mod:`importlib.resources`: see :mod:`monitor._data`); ``$MONITOR_SEEDS`` names another
directory with the same layout, for analysts who keep their own lexicons.

The data version is a short hash of every file's bytes (``MANIFEST.toml`` included), so an
analysis stamped with it can be reproduced (or found stale) after the data changes; the release
people quote ("2026.12.06") is ``MANIFEST.toml``'s ``version`` (:func:`data_release`), the one
date the data carries.  ``load_reference(strict=True)`` validates everything first
(:mod:`monitor.analysis.seedschema`).
"""

from __future__ import annotations

import hashlib
import os
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from monitor.analysis.seedschema import (
    MANIFEST,
    Manifest,
    SeedFile,
    SeedProblem,
    read_manifest,
    toml_line,
    validate,
)
from monitor.errors import MonitorError

SEEDS_ENV = "MONITOR_SEEDS"  # a directory laid out like seeds/, for analysts with their own lexicons
LANGS = ("ar", "en", "fa", "he", "ru", "fr")


class ReferenceError(MonitorError):
    """Reference data that cannot be used (message names the file and entry; exit status 1).

    ``problems``: every problem the strict validator found, one line each (else the message).
    """

    def __init__(self, message: str = "", *, problems: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.problems = list(problems) or [message]


@dataclass(frozen=True, slots=True)
class Role:
    title: str
    start: date | None
    end: date | None
    office: str = ""  # office kind (seeds/rules/offices.toml): "foreign_minister", "supreme_leader" ...

    def active(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class Region:
    id: str
    kind: str  # country | territory | area | city | sea | strait | subnational | grouping
    name: str
    iso2: str | None
    parent: str | None
    members: tuple[str, ...]
    aliases: Mapping[str, tuple[str, ...]]
    capital: Mapping[str, tuple[str, ...]]
    ambiguous: frozenset[str]


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    name: str
    type: str
    country: str | None
    roles: tuple[Role, ...]
    aliases: Mapping[str, tuple[str, ...]]
    ambiguous: frozenset[str]
    related: Mapping[str, tuple[str, ...]]
    affiliation: str | None
    wikidata: str | None
    metonyms: frozenset[str] = frozenset()  # aliases that name a building or place ("the Kremlin")

    def role_on(self, day: date | None) -> str | None:
        """The office the date implies ("President of Iran"); "former …" after it ended."""
        if not self.roles:
            return None
        titled = [r for r in self.roles if r.title]
        if not titled:
            return None
        if day is None:
            current = [r for r in titled if r.end is None]
            return current[0].title if current else None
        for r in titled:
            if r.active(day):
                return r.title
        past = [r for r in titled if r.end is not None and r.end <= day]
        if past:
            last = max(past, key=lambda r: r.end or date.min)
            return f"former {last.title}"
        return None

    def active_on(self, day: date | None) -> bool:
        if day is None:
            return any(r.end is None for r in self.roles) or not self.roles
        return any(r.active(day) for r in self.roles)

    def latest_start(self) -> date:
        starts = [r.start for r in self.roles if r.start]
        return max(starts) if starts else date.min


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    id: str
    lang: str
    category: str
    polarity: str
    mode: str
    weight: float
    patterns: tuple[str, ...]
    near: tuple[str, ...] = ()
    unless_near: tuple[str, ...] = ()
    window: int = 6
    anchor: str = ""
    clitics: bool = True  # false: match the forms exactly, no prefix expansion (ירי vs בכירי)
    plover: str = ""  # PLOVER type (monitor/analysis/plover.py); defaults from the category
    ambiguous: bool = False  # has a non-conflict sense: needs its near/unless_near rule
    # the near rule is also met by two named parties in the window, one of them an actor
    # ("Putin visits Xi", "Erdogan hosts Macron"): a visit between named leaders needs no title word
    near_parties: bool = False


@dataclass(frozen=True, slots=True)
class Office:
    """An office kind whose title names its holder ("Iran's foreign minister")."""

    id: str
    name: str
    country: str | None  # fixed country ("supreme_leader" -> IRN), else from context
    patterns: Mapping[str, tuple[str, ...]]
    org: str | None = None  # office of an organisation or armed group ("un", "hezbollah"): no state
    # phrases that name the office in one state only ("Mossad chief", «דובר צה"ל»): state -> lang -> phrases
    country_patterns: Mapping[str, Mapping[str, tuple[str, ...]]] = field(default_factory=dict)
    fallback: Mapping[str, str] = field(default_factory=dict)  # state -> office standing in when vacant
    default: str | None = None  # office standing in for a state without its own fallback entry
    needs_state: bool = False  # names a holder only with a state written next to it ("leaders of Bahrain")
    # outlet's state -> lang -> phrases that name the office only in that outlet's voice (Press TV's
    # "the Leader's martyrdom", Al Masirah's «السيد القائد»)
    voice_patterns: Mapping[str, Mapping[str, tuple[str, ...]]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Relation:
    """Two states or armed actors in conflict or hostile (seeds/rules/relations.toml)."""

    a: str
    b: str
    kind: str  # war | conflict | hostile
    start: date | None
    end: date | None

    def active(self, day: date | None) -> bool:
        if day is None:
            return self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class ClaimVerb:
    lang: str
    stance: str
    polarity: str
    forms: tuple[str, ...]
    followed_by: tuple[str, ...] = ()  # the next word must be one of these
    followed_by_prefix: tuple[str, ...] = ()  # ... or start with one of these letters
    clitics: bool = True
    unless_next: tuple[str, ...] = ()  # none of the next four words may be one of these (another sense)


@dataclass(frozen=True, slots=True)
class Cue:
    """A modality cue (negation, denial, future, conditional, hypothetical, historical)."""

    lang: str
    kind: str
    forms: tuple[str, ...]
    # Where the signal must stand relative to the cue (modality.toml "scope"):
    # next:N (after the cue), prev:N (before it: verb-final negation), window:N,
    # token (the cue is the signal's own word), clause, sentence.
    direction: str = "next"
    window: int = 4
    clitics: bool = True


@dataclass(frozen=True, slots=True)
class Exclusion:
    lang: str
    forms: tuple[str, ...]
    scope: str  # sentence | article
    # phrases in which a term names no such thing (an organisation's name: «نادي الأسير», the
    # Palestinian Prisoners' Society, is no sports club): a term inside one of them excludes nothing
    exceptions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DisambiguationRule:
    """Context an ambiguous alias needs (or must not have) to count as the entity."""

    alias: str
    entity: str
    reject_prev: tuple[str, ...] = ()
    reject_next: tuple[str, ...] = ()
    reject_sentence: tuple[str, ...] = ()
    require_sentence: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReferenceData:
    regions: dict[str, Region]
    actors: dict[str, Actor]
    lexicon: list[LexiconEntry]
    verbs: list[ClaimVerb]
    attributions: list[ClaimVerb]
    cues: list[Cue]
    exclusions: list[Exclusion]
    rules: list[DisambiguationRule]
    version: str
    locatives: dict[str, tuple[str, ...]] = field(default_factory=dict)
    files: tuple[str, ...] = field(default=())
    offices: dict[str, Office] = field(default_factory=dict)
    relations: tuple[Relation, ...] = ()
    peace_terms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    counterparts: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "counterpart", «نظير»
    release: str = ""  # MANIFEST.toml's version ("2026.12.06"); ``version`` is the digest of the bytes


def _strs(v: Any) -> tuple[str, ...]:
    if v is None:
        return ()
    if isinstance(v, str):
        return (v.strip(),) if v.strip() else ()
    return tuple(s.strip() for s in v if isinstance(s, str) and s.strip())


def _date(v: Any) -> date | None:
    if v is None or v == "":
        return None
    if isinstance(v, date):
        return v
    return date.fromisoformat(str(v))


def _per_lang(table: Mapping[str, Any] | None) -> dict[str, tuple[str, ...]]:
    if not table:
        return {}
    return {lang: _strs(table.get(lang)) for lang in LANGS if table.get(lang)}


def _region(item: Mapping[str, Any]) -> Region:
    return Region(
        id=str(item["id"]),
        kind=str(item.get("kind", "country")),
        name=str(item.get("name", item["id"])),
        iso2=item.get("iso2"),
        parent=item.get("parent"),
        members=_strs(item.get("members")) + _strs(item.get("countries")),
        aliases=_per_lang(item.get("aliases")),
        capital=_per_lang(item.get("capital")),
        ambiguous=frozenset(_strs(item.get("ambiguous")) + _strs((item.get("aliases") or {}).get("ambiguous"))),
    )


def _actor(item: Mapping[str, Any]) -> Actor:
    aliases = item.get("aliases") or {}
    roles = tuple(
        Role(str(r.get("title", "")), _date(r.get("from")), _date(r.get("to")), str(r.get("office", "")))
        for r in item.get("roles", []) or []
        if isinstance(r, Mapping)
    )
    if not roles and (item.get("active_from") or item.get("active_to")):
        # Organisations that existed for a period (the Assad-era army): an untitled
        # role carries the dates so the analyser can choose by article date.
        roles = (Role("", _date(item.get("active_from")), _date(item.get("active_to"))),)
    return Actor(
        id=str(item["id"]),
        name=str(item.get("name", item["id"])),
        type=str(item.get("type", "person")),
        country=item.get("country"),
        roles=roles,
        aliases=_per_lang(aliases),
        ambiguous=frozenset(_strs(item.get("ambiguous")) + _strs(aliases.get("ambiguous"))),
        related=_per_lang(item.get("related_phrases")),
        affiliation=item.get("affiliation"),
        wikidata=item.get("wikidata"),
        metonyms=frozenset(_strs(aliases.get("metonyms"))),
    )


def _files(root: Path, sub: str) -> list[Path]:
    d = root / sub
    return sorted(d.glob("*.toml")) if d.is_dir() else []


def seeds_dir() -> Path:
    """The reference data in use: ``$MONITOR_SEEDS`` if set, else the seeds shipped with the package."""
    override = os.environ.get(SEEDS_ENV, "").strip()
    if override:
        return Path(override).expanduser()
    from monitor._data import data_dir

    try:
        return data_dir("seeds")
    except FileNotFoundError as exc:
        raise ReferenceError(str(exc)) from exc


# The folders load_reference reads, in its order (the version digest depends on it).
_SUBDIRS = ("regions", "actors", "lexicon", "rules")


def _seed_files(root: Path) -> list[Path]:
    """The files that make the data, in digest order: the manifest (when there is one), then each folder's."""
    manifest = root / MANIFEST
    return ([manifest] if manifest.is_file() else []) + [p for sub in _SUBDIRS for p in _files(root, sub)]


def reference_version(root: Path | None = None) -> str:
    """The version :func:`load_reference` would stamp, from the files' bytes alone.

    Hashing without parsing takes milliseconds where loading takes ~0.6 s: the
    analyser cache (cache.py) and ``monitor status`` need only the version.
    """
    root = seeds_dir() if root is None else root
    digest = hashlib.sha256()
    for path in _seed_files(root):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def data_release(root: Path | None = None) -> Manifest:
    """The release of the reference data (``seeds/MANIFEST.toml``): its one version source (issue 11 §4)."""
    root = seeds_dir() if root is None else root
    manifest, problems = read_manifest(root)
    if manifest is None:
        raise ReferenceError(f"{root}: " + "; ".join(str(p) for p in problems), problems=[str(p) for p in problems])
    return manifest


def load_reference(root: Path | None = None, *, strict: bool = False) -> ReferenceData:
    """Load every seeds file; raise :class:`ReferenceError` on unusable data.

    ``root`` defaults to :func:`seeds_dir`.  A missing directory, or one without regions, actors
    or lexicon entries, is an error: analysing with empty reference data would silently read
    every article as saying nothing (issue 11 §3).

    ``strict`` (every command-line use, the process-wide analyser) first runs the schema validator
    (:mod:`monitor.analysis.seedschema`: ``MANIFEST.toml``, keys, types, allowed values, unique ids,
    references, dates, colliding aliases) and raises with *every* problem, each naming its file, line
    and entry.  Without it, only what stops the loader is an error (small hand-made test data).
    """
    if root is None:
        root = seeds_dir()
    override = os.environ.get(SEEDS_ENV, "").strip()
    where = f" (${SEEDS_ENV})" if override and root == Path(override).expanduser() else ""
    if not root.is_dir():
        raise ReferenceError(f"no seeds directory at {root}{where}")
    digest = hashlib.sha256()
    parsed: list[SeedFile] = []
    problems: list[SeedProblem] = []
    manifest: Manifest | None = None
    if strict:
        manifest, problems = read_manifest(root)
    for path in _seed_files(root):
        rel = path.relative_to(root).as_posix()
        raw = path.read_bytes()
        digest.update(rel.encode())
        digest.update(raw)
        if path.name == MANIFEST and path.parent == root:
            continue
        try:
            text = raw.decode("utf-8")
            data = tomllib.loads(text)
        except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            if not strict:
                raise ReferenceError(f"{path}: {exc}") from exc
            problems.append(SeedProblem(rel, toml_line(exc), None, f"cannot be read: {exc}"))
            continue
        parsed.append(SeedFile(rel.split("/")[0], rel, data, text))
    def no_data(regions: int, actors: int, entries: int) -> ReferenceError | None:
        empty = [what for what, n in (("regions/*.toml [[region]]", regions), ("actors/*.toml [[actor]]", actors),
                                      ("lexicon/*.toml [[entry]]", entries)) if not n]
        if not empty:
            return None
        return ReferenceError(f"the seeds directory {root}{where} has no {', no '.join(empty)}: "
                              "copy the package's seeds/ and edit it rather than start from an empty folder")

    if strict:
        tables = {t: sum(len(f.data.get(t) or []) for f in parsed if f.folder == sub)
                  for sub, t in (("regions", "region"), ("actors", "actor"), ("lexicon", "entry"))}
        unreadable = any(p.message.startswith("cannot be read") for p in problems)
        # an empty folder is the first thing to say (one line), unless a file could not be parsed
        if not unreadable and (err := no_data(tables["region"], tables["actor"], tables["entry"])):
            raise err
        problems += validate(parsed, manifest)
        if problems:
            shown = [str(p) for p in problems]
            head = f"{len(shown)} problem(s) in the seeds directory {root}{where}:"
            raise ReferenceError("\n  ".join([head, *shown[:50]]) + (f"\n  … and {len(shown) - 50} more"
                                                                       if len(shown) > 50 else ""), problems=shown)
    by_folder: dict[str, list[tuple[Path, dict[str, Any]]]] = {sub: [] for sub in _SUBDIRS}
    for f in parsed:
        by_folder[f.folder].append((root / f.name, dict(f.data)))
    used = [f.name for f in parsed]

    regions: dict[str, Region] = {}
    for _path, data in by_folder["regions"]:
        for item in data.get("region", []):
            r = _region(item)
            regions[r.id] = r
    actors: dict[str, Actor] = {}
    for path, data in by_folder["actors"]:
        for item in data.get("actor", []):
            a = _actor(item)
            if a.id in actors:
                raise ReferenceError(f"{path}: actor id {a.id!r} defined twice")
            actors[a.id] = a
    lexicon: list[LexiconEntry] = []
    verbs: list[ClaimVerb] = []
    attributions: list[ClaimVerb] = []
    cues: list[Cue] = []
    exclusions: list[Exclusion] = []
    rules: list[DisambiguationRule] = []
    for path, data in by_folder["lexicon"]:
        file_lang = data.get("language")
        for e in data.get("entry", []):
            lexicon.append(
                LexiconEntry(
                    id=str(e["id"]), lang=str(e.get("lang", file_lang)), category=str(e["category"]),
                    polarity=str(e["polarity"]), mode=str(e.get("mode", "")), weight=float(e["weight"]),
                    patterns=_strs(e.get("patterns")), near=_strs(e.get("near")),
                    unless_near=_strs(e.get("unless_near")), window=int(e.get("window", 6)),
                    anchor=str(e.get("anchor", "")), clitics=bool(e.get("clitics", True)),
                    plover=_plover(e, path), ambiguous=bool(e.get("ambiguous", False)),
                    near_parties=bool(e.get("near_parties", False)),
                )
            )
        for v in data.get("verb", []):
            verbs.append(ClaimVerb(str(v.get("lang", file_lang)), str(v.get("stance", "statement")),
                                   str(v.get("polarity", "neutral")), _strs(v.get("forms")),
                                   _strs(v.get("followed_by")), _strs(v.get("followed_by_prefix")),
                                   bool(v.get("clitics", True)), _strs(v.get("unless_next"))))
        for v in data.get("attribution", []):
            attributions.append(ClaimVerb(str(v.get("lang", file_lang)), "statement", "neutral", _strs(v.get("forms"))))
        cues.extend(_cues(data, file_lang))
        exclusions.extend(_exclusions(data, file_lang))
    locatives: dict[str, tuple[str, ...]] = {}
    offices: dict[str, Office] = {}
    relations: list[Relation] = []
    peace_terms: dict[str, tuple[str, ...]] = {}
    counterparts: dict[str, tuple[str, ...]] = {}
    for _path, rules_data in by_folder["rules"]:
        for o in rules_data.get("office", []):
            offices[str(o["id"])] = Office(
                str(o["id"]), str(o.get("name", o["id"])), o.get("country") or None, _per_lang(o.get("patterns")),
                org=o.get("org") or None,
                country_patterns={str(c): _per_lang(t) for c, t in (o.get("country_patterns") or {}).items()},
                fallback={str(c): str(v) for c, v in (o.get("fallback") or {}).items()},
                default=o.get("default") or None, needs_state=bool(o.get("needs_state", False)),
                voice_patterns={str(c): _per_lang(t) for c, t in (o.get("voice_patterns") or {}).items()},
            )
        for r in rules_data.get("relation", []):
            relations.append(Relation(str(r["a"]), str(r["b"]), str(r.get("kind", "hostile")),
                                      _date(r.get("from")), _date(r.get("to"))))
        for lang, words in (rules_data.get("peace_terms") or {}).items():
            peace_terms[lang] = peace_terms.get(lang, ()) + _strs(words)
        for lang, words in (rules_data.get("counterpart") or {}).items():
            counterparts[lang] = counterparts.get(lang, ()) + _strs(words)
        for lang, words in (rules_data.get("locatives") or {}).items():
            locatives[lang] = locatives.get(lang, ()) + _strs(words)
        for r in rules_data.get("rule", []):
            rules.append(
                DisambiguationRule(
                    alias=str(r["alias"]), entity=str(r["entity"]),
                    reject_prev=_strs(r.get("reject_prev")), reject_next=_strs(r.get("reject_next")),
                    reject_sentence=_strs(r.get("reject_sentence")), require_sentence=_strs(r.get("require_sentence")),
                )
            )
    if err := no_data(len(regions), len(actors), len(lexicon)):
        raise err
    if manifest is None and not strict:
        manifest, _ = read_manifest(root)
    return ReferenceData(
        regions=regions, actors=actors, lexicon=lexicon, verbs=verbs, attributions=attributions,
        cues=cues, exclusions=exclusions, rules=rules,
        version=digest.hexdigest()[:12], files=tuple(used), locatives=locatives,
        offices=offices, relations=tuple(relations), peace_terms=peace_terms, counterparts=counterparts,
        release=manifest.version if manifest else "",
    )


def _plover(e: Mapping[str, Any], path: Path) -> str:
    """The entry's PLOVER type: its own ``plover`` key, else the category's default."""
    from monitor.analysis.plover import CATEGORY_DEFAULT, NAMES

    t = str(e.get("plover") or CATEGORY_DEFAULT.get(str(e.get("category", "")), ""))
    if t and t not in NAMES:
        raise ReferenceError(f"{path}: entry {e.get('id')!r}: unknown PLOVER type {t!r}")
    return t


_CUE_KINDS = ("negation", "denial", "future", "conditional", "hypothetical", "historical", "reported",
              # composition cues (issue 8 §3, §6; seeds/lexicon/composition-<lang>.toml)
              "reversive", "lifting", "halting", "breach", "goal", "opposition", "approval", "posture", "evidence", "reaction",
              "background", "explainer", "opinion", "nonnegation", "civil", "argument", "cause", "topic",
              "relative", "kin", "aftermath", "warning", "setting")


def _cues(data: Mapping[str, Any], file_lang: str | None) -> Iterable[Cue]:
    """Accept ``[[cue]]`` tables (lang, kind, forms, direction, window)."""
    for c in data.get("cue", []):
        kind = str(c.get("kind", ""))
        if kind not in _CUE_KINDS:
            continue
        scope = str(c.get("scope", "next:4"))
        direction, _, n = scope.partition(":")
        window = int(n) if n.isdigit() else {"clause": 12, "sentence": 999, "token": 0}.get(direction, 4)
        yield Cue(
            lang=str(c.get("lang", file_lang)), kind=kind, forms=_strs(c.get("forms")),
            direction=direction, window=window, clitics=bool(c.get("clitics", True)),
        )


def _exclusions(data: Mapping[str, Any], file_lang: str | None) -> Iterable[Exclusion]:
    for x in data.get("exclusion", []):
        yield Exclusion(
            lang=str(x.get("lang", file_lang)),
            forms=_strs(x.get("forms")) + _strs(x.get("terms")),
            scope=str(x.get("scope", "sentence")),
            exceptions=_strs(x.get("except")),
        )
