"""`monitor seeds check --corpus DIR`: every lexicon entry's hits in real text, before it lands.

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
from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from monitor.analysis.analyzer import Analyzer

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
