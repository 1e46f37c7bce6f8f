#!/usr/bin/env python
"""The formula study of issue 10 §2 (docs/methodology.md §14.2): candidate global series against GPR.

Not a test: it reads the scratch databases ``monitor validate gpr --scratch-db`` leaves behind and
prints Spearman's rho of each candidate daily series against GPRD, GPRD_THREAT and GPRD_ACT one day
later, on the days of each part, plus GPR's weekday means.  Candidates: every escalation reading,
GPR-like threats (THREATEN/MOBILIZE/SANCTION), acts (ASSAULT/COERCE), and the same in a
"geopolitical" context (two states, a military, an armed group, an international organisation or
a contested area; terror or nuclear wording anywhere) -- each as a count and a share of stories.

    monitor validate gpr --headlines ../shared/corpus/headlines-2025 --reference REF \\
        --from 2025-05-22 --to 2025-08-31 --scratch-db sqlite:////tmp/dev.db
    monitor validate gpr … --from 2025-09-01 --to 2025-10-19 --scratch-db sqlite:////tmp/test.db
    .venv/bin/python bench/gpr_study.py --part dev=/tmp/dev.db@2025-05-22..2025-08-31 \\
        --part test=/tmp/test.db@2025-09-01..2025-10-19 --reference ../shared/reference/gpr/gpr_daily.csv
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path
from statistics import mean

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from monitor.analysis.reference import load_reference  # noqa: E402
from monitor.validate import read_reference, spearman  # noqa: E402

GEO = {"ASSAULT", "COERCE", "MOBILIZE", "THREATEN", "SANCTION"}
THREAT = {"THREATEN", "MOBILIZE", "SANCTION"}
ACT = {"ASSAULT", "COERCE"}
CONTEXT_KINDS = {"territory", "area", "sea", "strait"}
CONTEXT_ACTORS = {"military", "armed_group", "international_org"}


def features(db: Path) -> dict[date, dict[str, float]]:
    """Per day: counts and shares of stories for each candidate (a story counts if any of its articles does)."""
    ref = load_reference()
    kind = {k: r.kind for k, r in ref.regions.items()}
    actor = {k: (a.type, a.country) for k, a in ref.actors.items()}

    def state(rid: str | None, depth: int = 0) -> str | None:
        r = ref.regions.get(rid or "")
        if r is None or depth > 5:
            return None
        return rid if r.kind == "country" else state(r.parent, depth + 1)

    c = sqlite3.connect(db)
    arts = {aid: {"day": date.fromisoformat(day), "story": sid, "sig": [], "ment": []}
            for aid, day, sid in c.execute("SELECT article_id, day, story_id FROM story_articles")}
    for aid, pt, counted, pol, eid, txt in c.execute(
            "SELECT article_id, plover_type, counted, polarity, entry_id, text FROM article_signals"):
        if aid in arts and pol == "escalation" and counted:
            arts[aid]["sig"].append((pt, eid, txt))  # type: ignore[attr-defined]
    for aid, k, eid in c.execute("SELECT article_id, kind, entity_id FROM article_mentions"):
        if aid in arts:
            arts[aid]["ment"].append((k, eid))  # type: ignore[attr-defined]
    stories: dict[date, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    for a in arts.values():
        states, ctx = set(), False
        for k, eid in a["ment"]:  # type: ignore[attr-defined]
            if k == "region":
                if state(eid):
                    states.add(state(eid))
                ctx = ctx or kind.get(eid) in CONTEXT_KINDS
            else:
                typ, cty = actor.get(eid, (None, None))
                if cty:
                    states.add(cty)
                ctx = ctx or typ in CONTEXT_ACTORS
        ctx = ctx or len(states) >= 2
        types = {pt for pt, _, _ in a["sig"]}  # type: ignore[attr-defined]
        terror = any("terror" in eid or "nuclear" in txt.lower() for pt, eid, txt in a["sig"] if pt in GEO)  # type: ignore[attr-defined]
        geo = types & GEO if (ctx or terror) else set()
        day, sid = a["day"], a["story"]
        stories[day]["all"].add(sid)  # type: ignore[index]
        for name, hit in (("escalation", bool(types)), ("threat", bool(types & THREAT)), ("act", bool(types & ACT)),
                          ("geo", bool(geo)), ("geo_threat", bool(geo & THREAT)), ("geo_act", bool(geo & ACT))):
            if hit:
                stories[day][name].add(sid)  # type: ignore[index]
    out: dict[date, dict[str, float]] = {}
    for day, by in stories.items():
        n = len(by["all"]) or 1
        row: dict[str, float] = {"stories": float(len(by["all"]))}
        for name in ("escalation", "threat", "act", "geo", "geo_threat", "geo_act"):
            row[f"{name} count"] = float(len(by[name]))
            row[f"{name} share"] = 100.0 * len(by[name]) / n
        out[day] = row
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--part", action="append", required=True, metavar="NAME=DB", help="a part and its scratch database")
    ap.add_argument("--reference", type=Path, required=True)
    ap.add_argument("--lag", type=int, default=1)
    args = ap.parse_args(argv)
    ref = read_reference(args.reference)
    parts: dict[str, dict[date, dict[str, float]]] = {}
    for spec in args.part:  # NAME=DB or NAME=DB@FROM..TO (the days the part is scored on)
        name, rest = spec.split("=", 1)
        path, _, span = rest.partition("@")
        ser = features(Path(path))
        if span:
            lo, hi = (date.fromisoformat(x) for x in span.split(".."))
            ser = {d: v for d, v in ser.items() if lo <= d <= hi}
        parts[name] = ser
    for col in ("GPRD", "GPRD_THREAT", "GPRD_ACT"):
        print(f"\nSpearman against {col} (reference day = day + {args.lag})")
        keys = sorted(next(iter(parts.values()))[min(next(iter(parts.values())))])
        print(f"{'series':<22}" + "".join(f"{name:>10}" for name in parts))
        for k in keys:
            cells = []
            for ser in parts.values():
                days = [d for d in sorted(ser) if col in ref.get(d + timedelta(days=args.lag), {})]
                r = spearman([ser[d].get(k, 0.0) for d in days], [ref[d + timedelta(days=args.lag)][col] for d in days])
                cells.append("–" if r is None else f"{r:+.2f}")
            print(f"{k:<22}" + "".join(f"{x:>10}" for x in cells))
    print("\nGPRD (day + lag) by weekday of the headlines:")
    for name, ser in parts.items():
        by: dict[int, list[float]] = defaultdict(list)
        for d in ser:
            g = ref.get(d + timedelta(days=args.lag), {}).get("GPRD")
            if g is not None:
                by[d.weekday()].append(g)
        print(f"  {name}: " + ", ".join(f"{'MTWTFSS'[w]} {mean(v):.0f}" for w, v in sorted(by.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
