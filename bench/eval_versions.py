"""Before/after (not a test): an earlier analyser and the current one scored on the same gold items.

The earlier analyser runs from a git worktree of REF (default ``92f3f29``, the last commit with
analyser 1.0) in a subprocess, so both versions' packages never meet in one interpreter; its
readings are scored by the current ``monitor.analysis.evaluate`` with the PLOVER type of each
1.0 signal taken from its category (``plover.CATEGORY_DEFAULT``), which is what 1.0 meant by it.

    .venv/bin/python bench/eval_versions.py [--ref 92f3f29] [--split test] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from monitor.analysis.evaluate import evaluate, load_gold  # noqa: E402
from monitor.analysis.plover import CATEGORY_DEFAULT, mode_of  # noqa: E402
from monitor.analysis.service import get_analyzer  # noqa: E402
from monitor.analysis.types import Claim, Mention, Reading, Scores, Signal  # noqa: E402

_PREDICT = """
import json, sys
from datetime import date
sys.path.insert(0, sys.argv[1])
from monitor.analysis.analyzer import Analyzer
an = Analyzer.from_seeds()
for line in sys.stdin:
    it = json.loads(line)
    day = date.fromisoformat(it["date"]) if it.get("date") else None
    r = an.analyze(it["text"], lang=it.get("lang"), day=day)
    print(json.dumps({"id": it["id"], "reading": r.as_json()}, ensure_ascii=False))
"""


def _reading(j: dict[str, Any]) -> Reading:
    """A 1.x reading as a Reading of today, its signals typed by their category."""
    sigs = []
    for s in j["signals"]:
        t = CATEGORY_DEFAULT.get(s["category"], "")
        sigs.append(Signal(s["polarity"], s["category"], mode_of(t) if t else s["mode"], s["weight"], s["modality"],
                           s["counted"], s["entry"], s["text"], s["sentence"], t))
    sc = j["scores"]
    return Reading(
        language=j["language"],
        regions=tuple(Mention("region", m["id"], m["name"], m["count"], m["in_title"]) for m in j["regions"]),
        actors=tuple(Mention("actor", m["id"], m["name"], m["count"], m["in_title"], country=m.get("country"))
                     for m in j["actors"]),
        signals=tuple(sigs),
        claims=tuple(Claim(c["speaker"], c["speaker_name"], c["speaker_country"], c["verb"], c["stance"], c["polarity"],
                           tuple(c["targets"]), c["text"], c["sentence"]) for c in j["claims"]),
        scores=Scores(sc["escalation"], sc["de_escalation"], sc["threat"], sc["act"], sc["verbal"], sc["material"]),
        analyzer_version=j["analyzer_version"], data_version=j["data_version"],
    )


class _Recorded:
    """Stands in for an analyser: answers with the readings another version made."""

    def __init__(self, readings: dict[str, Reading], version: str) -> None:
        self._by_text = readings
        self.version = version
        self.data_version = "-"
        self.keyer = type("K", (), {"signature": "1.x surface keys"})()

    def analyze(self, text: str, **_: Any) -> Reading:
        return self._by_text[text]


def run_old(ref: str, items: list[dict[str, Any]]) -> dict[str, Reading]:
    with tempfile.TemporaryDirectory() as tmp:
        wt = Path(tmp) / "old"
        subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--detach", "-q", str(wt), ref], check=True)
        try:
            feed = "".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items)
            out = subprocess.run([sys.executable, "-c", _PREDICT, str(wt)], input=feed, capture_output=True,
                                 text=True, check=True).stdout
        finally:
            subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(wt)], check=False)
    text_of = {it["id"]: it["text"] for it in items}
    return {text_of[j["id"]]: _reading(j["reading"]) for j in map(json.loads, out.splitlines())}


def table(old: dict[str, Any], new: dict[str, Any]) -> str:
    lines = ["| lang | what | before | after |", "|---|---|---:|---:|"]
    for lang in sorted(new["scores"]):
        if lang == "all":
            continue
        for what in ("escalation", "de_escalation"):
            lines.append(f"| {lang} | {what} F1 | {old['scores'][lang][what]['f1']:.3f} | {new['scores'][lang][what]['f1']:.3f} |")
        for what, label in (("coverage", "coverage"), ("plover_accuracy", "PLOVER accuracy"),
                            ("title_recall", "title-only actor recall"), ("false_new_act", "false new acts (reactions)")):
            o, n = old["rates"][lang].get(what), new["rates"][lang].get(what)
            if o or n:
                lines.append(f"| {lang} | {label} | {o['rate'] if o else 0:.3f} | {n['rate'] if n else 0:.3f} |")
        lines.append(f"| {lang} | PLOVER macro-F1 | {old['plover'][lang]['macro_f1']:.3f} | {new['plover'][lang]['macro_f1']:.3f} |")
        lines.append(f"| {lang} | actor recall (all / named only) | {old['scores'][lang]['actors']['recall']:.3f} / "
                     f"{old['scores'][lang]['actors_named']['recall']:.3f} | {new['scores'][lang]['actors']['recall']:.3f} / "
                     f"{new['scores'][lang]['actors_named']['recall']:.3f} |")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ref", default="92f3f29", help="the earlier version (a git ref)")
    ap.add_argument("--split", choices=("dev", "test", "all"), default="test")
    ap.add_argument("--gold", default=str(REPO / "tests" / "gold"), help="folder of plover-<lang>.jsonl sets")
    ap.add_argument("--json", metavar="PATH")
    args = ap.parse_args()
    items = load_gold(sorted(Path(args.gold).glob("plover-*.jsonl")), None if args.split == "all" else args.split)
    old_readings = run_old(args.ref, items)
    old = evaluate(_Recorded(old_readings, f"1.x ({args.ref})"), items)  # type: ignore[arg-type]
    new = evaluate(get_analyzer(), items)
    print(f"{len(items)} gold items ({args.split} split); before = {args.ref}, after = analyser {new['analyzer_version']}\n")
    print(table(old, new))
    if args.json:
        Path(args.json).write_text(json.dumps({"before": old, "after": new, "date": date.today().isoformat()},
                                              ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
