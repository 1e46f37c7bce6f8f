"""`monitor eval`: precision, recall and F1 of the analyser against hand-labelled gold sets.

Gold format (tests/gold/README.md): one JSON object per line with ``text``,
``lang``, ``date``, ``regions``, ``actors``, ``escalation``, ``de_escalation``,
``categories``.  Entities are scored as sets per item (micro-averaged);
polarity as two binary labels (does the item carry a counted escalation /
de-escalation signal?); categories as a confusion table.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from monitor.analysis.analyzer import Analyzer
from monitor.analysis.types import DE_ESCALATION, ESCALATION


class _PRF:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, gold: set[str], pred: set[str]) -> None:
        self.tp += len(gold & pred)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)

    def as_json(self) -> dict[str, float | int]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "tp": self.tp, "fp": self.fp, "fn": self.fn}


def load_gold(paths: Iterable[Path]) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for p in paths:
        files = sorted(p.glob("*.jsonl")) if p.is_dir() else [p]
        for f in files:
            for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), start=1):
                if line.strip():
                    try:
                        items.append(json.loads(line))
                    except json.JSONDecodeError as exc:
                        raise ValueError(f"{f}:{n}: {exc}") from exc
    return items


def evaluate(analyzer: Analyzer, items: Iterable[dict[str, Any]]) -> dict[str, Any]:
    per_lang: dict[str, dict[str, _PRF]] = defaultdict(lambda: defaultdict(_PRF))
    confusion: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    counts: dict[str, int] = defaultdict(int)
    errors: list[dict[str, Any]] = []
    for item in items:
        lang = str(item.get("lang", "?"))
        counts[lang] += 1
        day = date.fromisoformat(item["date"]) if item.get("date") else None
        r = analyzer.analyze(item["text"], lang=item.get("lang"), day=day)
        pred_regions = {m.id for m in r.regions}
        pred_actors = {m.id for m in r.actors if not m.related} | {m.id for m in r.actors if m.related}
        counted = [s for s in r.signals if s.counted > 0]
        pred_esc = any(s.polarity == ESCALATION for s in counted)
        pred_de = any(s.polarity == DE_ESCALATION for s in counted)
        gold_regions, gold_actors = set(item.get("regions", [])), set(item.get("actors", []))
        m = per_lang[lang]
        for key in (lang, "all"):
            m = per_lang[key]
            m["regions"].add(gold_regions, pred_regions)
            m["actors"].add(gold_actors, pred_actors)
            m["escalation"].add({"y"} if item.get("escalation") else set(), {"y"} if pred_esc else set())
            m["de_escalation"].add({"y"} if item.get("de_escalation") else set(), {"y"} if pred_de else set())
        gold_c = set(item.get("categories", []))
        pred_c = {s.category for s in counted}
        for c in gold_c & pred_c:
            confusion[c][c] += 1
        missed, extra = sorted(gold_c - pred_c), sorted(pred_c - gold_c)
        for i, g in enumerate(missed):
            confusion[g][extra[i] if i < len(extra) else "(none)"] += 1
        for p in extra[len(missed):]:
            confusion["(none)"][p] += 1
        if gold_regions != pred_regions or gold_actors != pred_actors or bool(item.get("escalation")) != pred_esc or bool(item.get("de_escalation")) != pred_de:
            errors.append({
                "id": item.get("id"), "text": item["text"][:200],
                "regions": {"missed": sorted(gold_regions - pred_regions), "extra": sorted(pred_regions - gold_regions)},
                "actors": {"missed": sorted(gold_actors - pred_actors), "extra": sorted(pred_actors - gold_actors)},
                "escalation": [bool(item.get("escalation")), pred_esc],
                "de_escalation": [bool(item.get("de_escalation")), pred_de],
            })
    return {
        "items": dict(counts),
        "scores": {lang: {k: v.as_json() for k, v in ms.items()} for lang, ms in sorted(per_lang.items())},
        "confusion": {g: dict(p) for g, p in sorted(confusion.items())},
        "errors": errors,
        "analyzer_version": analyzer.version,
        "data_version": analyzer.data_version,
    }


def evaluate_paths(analyzer: Analyzer, paths: Iterable[Path]) -> dict[str, Any]:
    return evaluate(analyzer, load_gold(paths))


def format_report(report: dict[str, Any]) -> str:
    lines = [f"gold items: {sum(report['items'].values())} ({', '.join(f'{k} {v}' for k, v in sorted(report['items'].items()))})",
             f"analyser {report['analyzer_version']}, reference data {report['data_version']}", ""]
    lines.append(f"{'lang':<5} {'what':<14} {'P':>6} {'R':>6} {'F1':>6}   tp/fp/fn")
    for lang, ms in report["scores"].items():
        for what in ("regions", "actors", "escalation", "de_escalation"):
            s = ms.get(what)
            if s:
                lines.append(f"{lang:<5} {what:<14} {s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f}   {s['tp']}/{s['fp']}/{s['fn']}")
    lines.append("")
    lines.append("category confusion (rows gold, columns predicted; (none) = missed or spurious):")
    conf = report["confusion"]
    cats = sorted({c for row in conf.values() for c in row} | set(conf))
    head = "".join(f"{c[:6]:>7}" for c in cats)
    lines.append(f"{'':<14}{head}")
    for g in cats:
        row = conf.get(g, {})
        lines.append(f"{g[:13]:<14}" + "".join(f"{row.get(c, 0) or '.':>7}" for c in cats))
    return "\n".join(lines)
