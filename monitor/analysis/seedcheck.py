"""`monitor seeds check`: the seeds valid (schema, guards) and, with ``--corpus DIR``, every lexicon
entry's hits in real text, before it lands.

Without a corpus (issue 11 §4), :func:`check_seeds` runs the production validator
(:mod:`monitor.analysis.seedschema`, what ``load_reference(strict=True)`` runs) and then the
ambiguity guards of ``seeds/checks/guards.toml`` through the production analyser: sentences that
must (not) be read as a category ("workers went on strike" is no attack), words that must carry a
sense rule, and patterns of two entries that meet on one lemma key with different types.

Issue 8 §7: an entry with a common non-conflict sense («مسيرات» marches vs
drones, "strike" by workers) has to be seen on real news before it counts.
This reads a folder of news items with the production analyser (the same
automaton, lemmas and sense rules as ingest) and lists, per entry, how often it
fired, how often it counted, and sample lines; entries that never fire are
listed too (dead patterns or a missing inflection).

Item formats it reads (recursively): ``.json`` (a list of objects or one
object), ``.jsonl``, ``.csv`` (a ``title`` column, as in headlines-2025) and
``.txt`` (one item per line).  Text is the object's title plus its summary or
content; language and date come from the usual field names when present.
"""

from __future__ import annotations

import csv
import json
import tomllib
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from monitor.analysis.analyzer import Analyzer
from monitor.analysis.reference import LexiconEntry, ReferenceError
from monitor.analysis.seedschema import CATEGORIES, LANGS, pattern_key

_TITLE = ("title_original", "title")
_BODY = ("content_original", "summary_original", "description", "summary", "content", "text")
_LANG = ("language", "lang")
_DATE = ("published", "date_published", "first_seen_utc", "date")


def _first(obj: dict[str, Any], names: tuple[str, ...]) -> str:
    for n in names:
        v = obj.get(n)
        if isinstance(v, str) and v.strip():
            return v.strip()
    return ""


def _day(v: str) -> date | None:
    try:
        return date.fromisoformat(v[:10]) if v else None
    except ValueError:
        return None


def iter_items(root: Path) -> Iterator[tuple[str, str, str | None, date | None]]:
    """(where, text, lang, day) for every item under ``root``; unreadable files are skipped with a note."""
    files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
    for f in files:
        suffix = f.suffix.lower()
        try:
            if suffix == ".json":
                data = json.loads(f.read_text(encoding="utf-8"))
                objs = data if isinstance(data, list) else [data]
            elif suffix == ".jsonl":
                objs = [json.loads(line) for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
            elif suffix == ".csv":
                with f.open(encoding="utf-8", newline="") as fh:
                    objs = list(csv.DictReader(fh))
            elif suffix == ".txt":
                objs = [{"text": line} for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
            else:
                continue
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, csv.Error):
            continue
        for n, obj in enumerate(objs, start=1):
            if not isinstance(obj, dict):
                continue
            title, body = _first(obj, _TITLE), _first(obj, _BODY)
            text = title if not body or body.startswith(title[:40]) else f"{title}\n{body}"
            text = text or body
            if text:
                lang = _first(obj, _LANG).split("-")[0].lower() or None
                yield f"{f.name}:{n}", text, lang, _day(_first(obj, _DATE))


def check_corpus(analyzer: Analyzer, root: Path, *, limit: int = 0, samples: int = 3,
                 lang: str | None = None) -> dict[str, Any]:
    hits: dict[str, int] = defaultdict(int)
    counted: dict[str, int] = defaultdict(int)
    modalities: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    examples: dict[str, list[str]] = defaultdict(list)
    n = 0
    for where, text, item_lang, day in iter_items(root):
        if lang and item_lang and item_lang != lang:
            continue
        title, _, body = text.partition("\n")
        r = analyzer.analyze(body, lang=item_lang, day=day, title=title)
        if lang and r.language != lang:
            continue
        n += 1
        for s in r.signals:
            if s.entry.startswith("claim:"):
                continue
            hits[s.entry] += 1
            counted[s.entry] += int(s.counted > 0)
            modalities[s.entry][s.modality] += 1
            if len(examples[s.entry]) < samples:
                sent = r.sentences[s.sentence] if s.sentence < len(r.sentences) else ""
                examples[s.entry].append(f"{where} [{s.text}] {sent[:160]}")
        if limit and n >= limit:
            break
    entries: list[dict[str, Any]] = []
    for e in analyzer.ref.lexicon:
        if lang and e.lang != lang:
            continue
        entries.append({
            "entry": e.id, "plover": e.plover, "polarity": e.polarity, "ambiguous": e.ambiguous,
            "hits": hits.get(e.id, 0), "counted": counted.get(e.id, 0),
            "modalities": dict(modalities.get(e.id, {})), "samples": examples.get(e.id, []),
        })
    entries.sort(key=lambda d: (-int(d["hits"]), str(d["entry"])))
    summary = {
        "entries": len(entries), "entries_that_fire": sum(1 for d in entries if d["hits"]),
        "hits": sum(int(d["hits"]) for d in entries), "counted": sum(int(d["counted"]) for d in entries),
        "ambiguous_entries": sum(1 for d in entries if d["ambiguous"]),
        "ambiguous_hits": sum(int(d["hits"]) for d in entries if d["ambiguous"]),
    }
    return {"items": n, "corpus": str(root), "summary": summary, "entries": entries,
            "never_hit": [d["entry"] for d in entries if d["hits"] == 0]}


def format_check(report: dict[str, Any], entry_filter: str | None = None) -> str:
    sm = report["summary"]
    lines = [f"{report['items']} items read from {report['corpus']}: {sm['entries_that_fire']} of {sm['entries']} entries "
             f"fire, {sm['hits']} hits ({sm['counted']} counted); {sm['ambiguous_entries']} ambiguous entries, "
             f"{sm['ambiguous_hits']} of the hits", ""]
    for d in report["entries"]:
        if entry_filter and not d["entry"].startswith(entry_filter):
            continue
        if d["hits"] == 0:
            continue
        amb = " ambiguous" if d["ambiguous"] else ""
        mods = ", ".join(f"{k} {v}" for k, v in sorted(d["modalities"].items(), key=lambda kv: -kv[1]))
        lines.append(f"{d['entry']}  [{d['plover']} {d['polarity']}{amb}]  hits {d['hits']}, counted {d['counted']}  ({mods})")
        lines.extend(f"    {s}" for s in d["samples"])
    never = [e for e in report["never_hit"] if not entry_filter or e.startswith(entry_filter)]
    lines.append("")
    lines.append(f"{len(never)} entries never hit: " + ", ".join(never[:200]) + (" ..." if len(never) > 200 else ""))
    return "\n".join(lines)


def redundant_patterns(analyzer: Analyzer, lang: str | None = None) -> list[dict[str, Any]]:
    """Patterns that the lemma keys make redundant: same key sequence as another pattern of the entry.

    Issue 8 §1: entries are written as lemmas; a hand-listed inflection whose
    key equals its lemma's adds nothing while the language reads by lemma (it
    would matter again only if that language went back to surface keys).
    """
    from monitor.analysis.analyzer import _phrase_keys

    keyer = analyzer.keyer
    out: list[dict[str, Any]] = []
    for e in analyzer.ref.lexicon:
        if (lang and e.lang != lang) or not keyer.backends.get(e.lang):
            continue
        seen: dict[tuple[str, ...], str] = {}
        for p in e.patterns:
            k = _phrase_keys(p, keyer, e.lang)
            if k in seen:
                out.append({"entry": e.id, "pattern": p, "same_as": seen[k], "keys": " ".join(k)})
            else:
                seen[k] = p
    return out


def shadowed_patterns(analyzer: Analyzer, lang: str | None = None) -> list[dict[str, Any]]:
    """Patterns whose key sequence an earlier entry of the same language already has.

    The matcher keeps one signal entry per span: the first in file order reads the words, and a
    later entry with the same keys never fires, even where the first one's sense rule rejects
    them (a fallback to the later entry was measured and not kept: docs/methodology.md §12.16).
    A lexicon author merges the two, or moves the pattern to the entry that should own it.
    """
    from monitor.analysis.analyzer import _phrase_keys

    keyer = analyzer.keyer
    owner: dict[tuple[str | None, tuple[str, ...]], tuple[str, str]] = {}
    out: list[dict[str, Any]] = []
    for e in analyzer.ref.lexicon:
        if lang and e.lang != lang:
            continue
        for p in e.patterns:
            k = _phrase_keys(p, keyer, e.lang)
            first = owner.setdefault((e.lang, k), (e.id, p))
            if first[0] != e.id:
                out.append({"entry": e.id, "pattern": p, "owned_by": first[0], "as": first[1], "keys": " ".join(k),
                            "owner_has_rule": first[0] in analyzer._with_near})
    return out


# --------------------------------------------------------------------------- ambiguity guards (issue 11 §4)

GUARDS = "checks/guards.toml"


@dataclass(frozen=True, slots=True)
class GuardCase:
    """A sentence the lexicon must read right (seeds/checks/guards.toml ``[[case]]``)."""

    lang: str
    text: str
    found: frozenset[str] = frozenset()
    not_found: frozenset[str] = frozenset()
    entries: frozenset[str] = frozenset()
    not_entries: frozenset[str] = frozenset()
    known: str = ""  # a known defect of the analyser this case shows (reported apart)
    line: int | None = None


@dataclass(frozen=True, slots=True)
class Guards:
    cases: tuple[GuardCase, ...]
    guarded: Mapping[str, tuple[str, ...]]
    never_bare: Mapping[str, tuple[str, ...]]


def load_guards(root: Path) -> Guards | None:
    """The guard cases of the seeds at ``root`` (None when it has none: an analyst's own seeds may not)."""
    path = root / GUARDS
    if not path.is_file():
        return None
    text = path.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ReferenceError(f"{GUARDS}: cannot be read: {exc}") from exc
    lines = [n for n, s in enumerate(text.splitlines(), start=1) if s.strip() == "[[case]]"]
    problems: list[str] = []
    cases: list[GuardCase] = []
    allowed = {"lang", "text", "found", "not_found", "entries", "not_entries", "known"}
    for i, c in enumerate(data.get("case", [])):
        where = f"{GUARDS}:{lines[i] if i < len(lines) else '?'}"
        unknown = set(c) - allowed
        if unknown or c.get("lang") not in LANGS or not isinstance(c.get("text"), str):
            problems.append(f"{where}: a case needs lang (one of {', '.join(LANGS)}) and text, and only "
                            f"{', '.join(sorted(allowed))}" + (f" (unknown: {', '.join(sorted(unknown))})" if unknown else ""))
            continue
        cats = {k: frozenset(c.get(k, [])) for k in ("found", "not_found")}
        for k, v in cats.items():
            if v - CATEGORIES:
                problems.append(f"{where}: {k}: unknown categories {sorted(v - CATEGORIES)}")
        cases.append(GuardCase(c["lang"], c["text"], cats["found"], cats["not_found"],
                               frozenset(c.get("entries", [])), frozenset(c.get("not_entries", [])),
                               str(c.get("known", "")), lines[i] if i < len(lines) else None))
    words = {k: {str(lang): tuple(v) for lang, v in (data.get(k) or {}).items()} for k in ("guarded", "never_bare")}
    for k in set(data) - {"case", "guarded", "never_bare"}:
        problems.append(f"{GUARDS}: unknown key {k!r}")
    if problems:
        raise ReferenceError("\n  ".join([f"{len(problems)} problem(s) in {root / GUARDS}:", *problems]),
                             problems=problems)
    return Guards(tuple(cases), words["guarded"], words["never_bare"])


@dataclass(frozen=True, slots=True)
class GuardResult:
    case: GuardCase
    categories: frozenset[str]  # what the analyser found
    ids: frozenset[str]

    @property
    def problem(self) -> str | None:
        """Why the reading is wrong, or None."""
        c = self.case
        why = []
        if missing := c.found - self.categories:
            why.append(f"no {', '.join(sorted(missing))}")
        if wrong := c.not_found & self.categories:
            why.append(f"{', '.join(sorted(wrong))} found")
        if missing_ids := c.entries - self.ids:
            why.append(f"no {', '.join(sorted(missing_ids))}")
        if wrong_ids := c.not_entries & self.ids:
            why.append(f"{', '.join(sorted(wrong_ids))} found")
        if not why:
            return None
        return f"{GUARDS}:{c.line}: [{c.lang}] {c.text!r}: {'; '.join(why)} (read: {', '.join(sorted(self.ids)) or 'nothing'})"


def run_guards(analyzer: Analyzer, guards: Guards) -> list[GuardResult]:
    """Every case read by the production analyser (a signal counts whether or not modality discounts it:
    the guards are about which sense a word is read in, not about negation)."""
    category = {e.id: e.category for e in analyzer.ref.lexicon}
    out = []
    for c in guards.cases:
        r = analyzer.analyze(c.text, lang=c.lang)
        ids = frozenset(s.entry for s in r.signals if s.entry in category)
        out.append(GuardResult(c, frozenset(category[i] for i in ids), ids))
    return out


def guarded_words(analyzer: Analyzer, guards: Guards) -> list[str]:
    """Problems with the words of ``[guarded]`` (must be a guarded pattern) and ``[never_bare]`` (no pattern)."""
    owner: dict[tuple[str, tuple[str, ...]], LexiconEntry] = {}
    for e in analyzer.ref.lexicon:
        for p in e.patterns:
            owner[(e.lang, pattern_key(p, e.lang))] = e
    out = []
    for lang, words in guards.guarded.items():
        for w in words:
            guarded = owner.get((lang, pattern_key(w, lang)))
            if guarded is None:
                out.append(f"{GUARDS}: [{lang}] {w!r} should be a pattern (with a guard)")
            elif not (guarded.near or guarded.unless_near or not guarded.clitics):
                out.append(f"{GUARDS}: [{lang}] {w!r} in {guarded.id} has no near / unless_near / clitics guard")
    for lang, words in guards.never_bare.items():
        for w in words:
            if (bare := owner.get((lang, pattern_key(w, lang)))) is not None:
                out.append(f"{GUARDS}: [{lang}] {w!r} must not be a bare pattern (it is one of {bare.id})")
    return out


def lemma_key_clashes(analyzer: Analyzer) -> list[str]:
    """Entries whose patterns meet on the same matching keys (lemmas) but disagree on PLOVER type or
    polarity: they fire together, so one of them is wrong (the surface check of seedschema cannot see
    "pull-out" and "pull out" as one pattern)."""
    from monitor.analysis.analyzer import _phrase_keys

    seen: dict[tuple[str, tuple[str, ...]], set[tuple[str, str, str]]] = defaultdict(set)
    for e in analyzer.ref.lexicon:
        for p in e.patterns:
            seen[(e.lang, _phrase_keys(p, analyzer.keyer, e.lang))].add((e.id, e.plover, e.polarity))
    return [f"lexicon: [{lang}] {' '.join(k)!r} is a pattern of {', '.join(sorted(i for i, _, _ in v))}, which differ in type or polarity"
            for (lang, k), v in sorted(seen.items()) if len({(t, pol) for _, t, pol in v}) > 1]


@dataclass(frozen=True, slots=True)
class SeedsReport:
    """``monitor seeds check`` without a corpus: the schema, then the guards through the analyser."""

    root: Path
    problems: tuple[str, ...]
    known: tuple[str, ...] = ()  # guard cases that show a known analyser defect
    release: str = ""
    version: str = ""
    counts: Mapping[str, int] = field(default_factory=dict)
    cases: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def check_seeds(root: Path | None = None, analyzer: Analyzer | None = None) -> SeedsReport:
    """Validate the seeds at ``root`` (default: the ones in use) with the production validator, then read
    the guard cases with the production analyser (``analyzer``, else one built for ``root``)."""
    from monitor.analysis.reference import load_reference, seeds_dir

    root = seeds_dir() if root is None else root
    try:
        ref = load_reference(root, strict=True)
    except ReferenceError as exc:
        return SeedsReport(root, tuple(exc.problems))
    counts = {"regions": len(ref.regions), "actors": len(ref.actors), "lexicon entries": len(ref.lexicon)}
    try:
        guards = load_guards(root)
    except ReferenceError as exc:
        return SeedsReport(root, tuple(exc.problems), (), ref.release, ref.version, counts)
    if analyzer is None or analyzer.data_version != ref.version:
        from monitor.analysis.cache import get_analyzer, load_analyzer

        # the seeds in use: the process-wide analyser; others: built (or read from the disk cache)
        analyzer = get_analyzer() if root == seeds_dir() else load_analyzer(root, strict=True).analyzer
    problems = lemma_key_clashes(analyzer)
    known: list[str] = []
    n = 0
    if guards is not None:
        problems += guarded_words(analyzer, guards)
        for res in run_guards(analyzer, guards):
            n += 1
            if (why := res.problem) is None:
                if res.case.known:  # fixed: the note is stale
                    problems.append(f"{GUARDS}:{res.case.line}: [{res.case.lang}] {res.case.text!r} now reads right: "
                                    "drop its `known` note")
            elif res.case.known:
                known.append(f"{why}; known: {res.case.known}")
            else:
                problems.append(why)
    return SeedsReport(root, tuple(problems), tuple(known), ref.release, ref.version, counts, n)


def format_seeds_report(rep: SeedsReport) -> str:
    if not rep.ok:
        return "\n".join([f"{len(rep.problems)} problem(s) in the seeds at {rep.root}:", *(f"  {p}" for p in rep.problems)])
    counts = ", ".join(f"{n} {what}" for what, n in rep.counts.items())
    lines = [f"seeds OK: {counts} (version {rep.release}, digest {rep.version}); {rep.cases} guard cases read"]
    lines += [f"  known analyser defect: {k}" for k in rep.known]
    return "\n".join(lines)
