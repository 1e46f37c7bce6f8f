#!/usr/bin/env python
"""Issue 10, task H6: threat and escalation definitions that follow GPR, in folds of the development part.

Not a test.  Reads the scratch databases ``monitor validate gpr --scratch-db`` leaves (see
bench/gpr_study.py for the commands) and prints Spearman's rho, with percentile bootstrap 95%
intervals over days, of candidate global daily series against GPRD / GPRD_THREAT one day later,
per fold, raw and with the weekday cycle removed from both sides (each series minus the mean of
its weekday within the fold).  Candidates are *definitions*, not day-by-day fits:

* ``v2_esc`` / ``v2_threat``: formula 2.0 as stored (``daily_index``, global scope); ``esc`` /
  ``threat`` / ``act`` recompute them from the readings (a check: they must equal the stored ones);
* ``gthreat``: stories with a GPR-style threat reading -- THREATEN, MOBILIZE or SANCTION -- only
  (Caldara & Iacoviello's threats: war threats, build-ups, nuclear and terror threats), instead of
  2.0's every non-act escalation (which includes ACCUSE, REJECT, PROTEST, REQUEST);
* ``*_state`` (candidate a; c with weight 0): only readings about a state or an armed actor -- a
  state actor, a military, an armed group, a security service, an international organisation, a
  country-level place, a contested area, or terror/nuclear/war-outbreak wording; a story naming
  only a city or a province, or private people, is domestic news and does not count;
* ``*_geo`` (candidate b): §14.2's test -- two or more states, a military, an armed group, an
  international organisation, a contested area, or terror/nuclear/war-outbreak wording;
* ``esc_nodom_half`` (candidate c): escalation stories, the ones not about a state counted half;
* ``conflict_state``: any conflict *or* cooperation reading about a state or armed actor (GPR
  counts a war's ceasefire coverage too); ``geo_stories`` / ``armed_stories`` / ``state_stories``:
  stories in that context whatever their reading (attention, not escalation);
* ``*_corr``: only stories two or more independent publishers carried that day;
* ``*_share``: the count divided by the day's stories; ``nine_word_count`` / ``gpr_word_count``:
  the naive baselines of ``monitor validate gpr`` on the same items.

Candidate d (the weekday cycle removed from both sides) is the second table of each column.
``--versus COLUMN:SERIES`` adds paired bootstrap differences against a series (the same resampled
days for both), the test of a win: a difference whose interval contains 0 is not one.

    # the scratch databases (development only: about 1.5 min and 1 min)
    monitor validate gpr --headlines ../shared/corpus/headlines-2025 --reference REF \\
        --from 2025-05-22 --to 2025-08-31 --scratch-db sqlite:////tmp/h6-dev.db --format json
    monitor validate gpr --headlines ../shared/corpus/items-2023-10 --reference REF \\
        --from 2023-10-05 --to 2023-10-21 --scratch-db sqlite:////tmp/h6-oct.db --format json
    # the folds: May+July against August, and October 2023
    .venv/bin/python bench/gpr_threat_study.py --db dev=/tmp/h6-dev.db --db oct=/tmp/h6-oct.db \\
        --fold may+jul=dev@2025-05-22..2025-07-31 --fold aug=dev@2025-08-01..2025-08-31 \\
        --fold dev=dev@2025-05-22..2025-08-31 --fold oct23=oct@2023-10-05..2023-10-21 --reference REF \\
        --series v2_threat gthreat threat_state gthreat_state threat_geo gthreat_geo geo_stories \\
        --columns GPRD_THREAT --versus GPRD_THREAT:v2_threat
    (the same with --series v2_esc esc_state esc_geo esc_nodom_half conflict_state geo_stories
     armed_stories nine_word_count gpr_word_count --columns GPRD --versus GPRD:v2_esc)

REF is ../shared/reference/gpr/gpr_daily.csv.  Never point it at the test part's database while
choosing: the test part (1 Sep - 19 Oct 2025) is measured once, with ``monitor validate gpr``.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path
from statistics import mean
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from monitor.analysis.plover import GPR_ACT  # noqa: E402
from monitor.analysis.reference import load_reference  # noqa: E402
from monitor.validate import NINE_WORDS, correlate, gpr_words, paired_difference, read_reference  # noqa: E402

GPR_THREAT = {"THREATEN", "MOBILIZE", "SANCTION"}
ARMED = {"military", "armed_group", "security_service", "international_org"}
STATE_ACTOR = {"government", "person", "institution", "military", "security_service"}
CONTESTED = {"territory", "area", "sea", "strait"}
COOPERATION = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}


def articles(db: Path) -> list[dict[str, Any]]:
    ref = load_reference()
    kind = {k: r.kind for k, r in ref.regions.items()}
    actor = {k: (a.type, a.country) for k, a in ref.actors.items()}

    def state(rid: str | None, depth: int = 0) -> str | None:
        r = ref.regions.get(rid or "")
        if r is None or depth > 5:
            return None
        return rid if r.kind in ("country", "state") and len(rid or "") == 3 else state(r.parent, depth + 1)

    c = sqlite3.connect(db)
    arts = {aid: {"day": date.fromisoformat(day), "story": sid, "esc": set(), "de": set(), "all": set(),
                  "states": set(), "country_level": False, "state_actor": False, "armed": False, "contested": False,
                  "terror": False}
            for aid, day, sid in c.execute("SELECT article_id, day, story_id FROM story_articles")}
    for aid, pub in c.execute("SELECT a.id, s.publisher_id FROM articles a JOIN sources s ON s.id = a.source_id"):
        if aid in arts:
            arts[aid]["publisher"] = pub
    for aid, pt, counted, pol, eid in c.execute(
            "SELECT article_id, plover_type, counted, polarity, entry_id FROM article_signals"):
        a = arts.get(aid)
        if a is None or not counted:
            continue
        if pol == "escalation":
            a["esc"].add(pt)
            a["terror"] |= any(w in eid for w in ("terror", "nuclear", "war_outbreak"))
        elif pol == "de-escalation":
            a["de"].add(pt)
        a["all"].add(pt)
    for aid, k, eid in c.execute("SELECT article_id, kind, entity_id FROM article_mentions"):
        a = arts.get(aid)
        if a is None:
            continue
        if k == "region":
            st = state(eid)
            if st:
                a["states"].add(st)
            a["country_level"] |= kind.get(eid) in ("country", "state")
            a["contested"] |= kind.get(eid) in CONTESTED
        else:
            typ, cty = actor.get(eid, (None, None))
            if cty:
                a["states"].add(cty)
            a["state_actor"] |= bool(cty) and typ in STATE_ACTOR
            a["armed"] |= typ in ARMED
    return list(arts.values())


def features(db: Path) -> dict[date, dict[str, float]]:
    stories: dict[date, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    pubs: dict[tuple[date, int], set[int]] = defaultdict(set)
    arts = articles(db)
    for a in arts:
        pubs[(a["day"], a["story"])].add(a.get("publisher", 0))
    for a in arts:
        esc = a["esc"]
        about_state = a["state_actor"] or a["armed"] or a["country_level"] or a["contested"] or a["terror"]
        geo = a["armed"] or a["contested"] or len(a["states"]) >= 2 or a["terror"]
        threat = {t for t in esc if t not in GPR_ACT}
        gthreat = esc & GPR_THREAT
        hits = {
            "esc": bool(esc), "threat": bool(threat), "act": bool(esc & GPR_ACT),
            "gthreat": bool(gthreat),
            "esc_state": bool(esc) and about_state, "threat_state": bool(threat) and about_state,
            "gthreat_state": bool(gthreat) and about_state,
            "esc_geo": bool(esc) and geo, "threat_geo": bool(threat) and geo, "gthreat_geo": bool(gthreat) and geo,
            "gthreat_mil_state": bool(gthreat | (esc & {"ASSAULT"})) and about_state,
            "conflict_state": bool(esc or (a["de"] & COOPERATION)) and about_state,
            "state_stories": about_state,
            # attention to armed conflict, whatever the reading: a military, an armed group or a
            # contested area named (GPR counts articles about wars, not only escalations)
            "armed_stories": a["armed"] or a["contested"] or a["terror"],
            "geo_stories": geo,
        }
        day, sid = a["day"], a["story"]
        stories[day]["stories"].add(sid)
        for name, hit in hits.items():
            if hit:
                stories[day][name].add(sid)
    # corroborated: a story that two or more independent publishers carried that day (front-page
    # prominence; print newspapers, which GPR counts, carry what many outlets carry)
    for day, by in stories.items():
        for k in ("esc", "threat", "threat_state", "threat_geo"):
            by[k + "_corr"] = {sid for sid in by[k] if len(pubs[(day, sid)]) >= 2}
    names = ("esc_corr", "threat_corr", "threat_state_corr", "threat_geo_corr", "stories", "esc", "threat", "act", "gthreat", "esc_state", "threat_state", "gthreat_state",
             "esc_geo", "threat_geo", "gthreat_geo", "gthreat_mil_state", "conflict_state", "state_stories", "armed_stories", "geo_stories")
    out: dict[date, dict[str, float]] = {}
    for day, by in stories.items():
        n = len(by["stories"]) or 1
        row = {k: float(len(by[k])) for k in names}
        row["esc_share"] = 100.0 * row["esc"] / n
        row["esc_state_share"] = 100.0 * row["esc_state"] / n
        row["gthreat_state_share"] = 100.0 * row["gthreat_state"] / n
        # domestic crime de-weighted: the rest of escalation counts half
        row["esc_nodom_half"] = row["esc_state"] + 0.5 * (row["esc"] - row["esc_state"])
        out[day] = row
    c = sqlite3.connect(db)
    # formula 2.0 exactly as stored (the global scope of daily_index), and the naive baselines of
    # `monitor validate gpr` on the same items (their day as the command dates them: first seen, UTC)
    for day, esc, thr in c.execute("SELECT day, escalation_stories, threat_stories FROM daily_index WHERE scope='global'"):
        d = date.fromisoformat(day)
        if d in out:
            out[d]["v2_esc"], out[d]["v2_threat"] = float(esc or 0), float(thr or 0)
    nine: dict[date, int] = defaultdict(int)
    gpr: dict[date, int] = defaultdict(int)
    for title, seen in c.execute("SELECT title, published_at FROM articles"):
        d = date.fromisoformat(seen[:10])
        nine[d] += bool(NINE_WORDS.search(title))
        gpr[d] += gpr_words(title)
    for d, row in out.items():
        row["nine_word_count"], row["gpr_word_count"] = float(nine[d]), float(gpr[d])
    return out


def deweek(vals: list[float], days: list[date]) -> list[float]:
    """Each value minus the mean of its weekday over the fold (the weekday cycle removed)."""
    by: dict[int, list[float]] = defaultdict(list)
    for v, d in zip(vals, days, strict=True):
        by[d.weekday()].append(v)
    m = {w: mean(v) for w, v in by.items()}
    return [v - m[d.weekday()] for v, d in zip(vals, days, strict=True)]


def aligned(ser: dict[date, dict[str, float]], ref: dict[date, dict[str, float]], series: str, col: str,
            lag: int, deweeked: bool) -> tuple[list[float], list[float]]:
    """``series`` of a fold and the reference column ``lag`` days later, on the days both have (the
    weekday cycle removed from both when ``deweeked``)."""
    days = [d for d in sorted(ser) if col in ref.get(d + timedelta(days=lag), {})]
    x = [ser[d].get(series, 0.0) for d in days]
    y = [ref[d + timedelta(days=lag)][col] for d in days]
    return (deweek(x, days), deweek(y, days)) if deweeked else (x, y)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", action="append", required=True, metavar="NAME=PATH")
    ap.add_argument("--fold", action="append", required=True, metavar="NAME=DB@FROM..TO")
    ap.add_argument("--reference", type=Path, required=True)
    ap.add_argument("--lag", type=int, default=1)
    ap.add_argument("--resamples", type=int, default=1000)
    ap.add_argument("--series", nargs="*", help="only these series")
    ap.add_argument("--columns", nargs="*", default=["GPRD", "GPRD_THREAT"])
    ap.add_argument("--versus", nargs="*", default=[], metavar="COLUMN:SERIES",
                    help="also paired bootstrap differences of every series minus SERIES on COLUMN")
    args = ap.parse_args(argv)
    ref = read_reference(args.reference)
    dbs = {n: features(Path(p)) for n, p in (s.split("=", 1) for s in args.db)}
    folds: dict[str, dict[date, dict[str, float]]] = {}
    for spec in args.fold:
        name, rest = spec.split("=", 1)
        dbn, span = rest.split("@")
        lo, hi = (date.fromisoformat(x) for x in span.split(".."))
        folds[name] = {d: v for d, v in dbs[dbn].items() if lo <= d <= hi}
    keys = args.series or list(next(iter(next(iter(folds.values())).values())))
    for col in args.columns:
        for dw in (False, True):
            print(f"\nSpearman [95% CI] against {col} (day + {args.lag}){', weekday cycle removed' if dw else ''}")
            print(f"{'series':<20}" + "".join(f"{n:>24}" for n in folds))
            for k in keys:
                cells = []
                for ser in folds.values():
                    x, y = aligned(ser, ref, k, col, args.lag, dw)
                    c = correlate(x, y, resamples=args.resamples)
                    ci = f"[{c.spearman_ci[0]:+.2f},{c.spearman_ci[1]:+.2f}]" if c.spearman_ci else ""
                    cells.append("–" if c.spearman is None else f"{c.spearman:+.2f} {ci}")
                print(f"{k:<20}" + "".join(f"{x:>24}" for x in cells))
    for spec in args.versus:
        col, base = spec.split(":")
        for dw in (False, True):
            print(f"\nSpearman difference [paired 95% CI] minus {base} on {col}{', weekday cycle removed' if dw else ''}")
            print(f"{'series':<20}" + "".join(f"{n:>24}" for n in folds))
            for k in keys:
                cells = []
                for ser in folds.values():
                    x, y = aligned(ser, ref, k, col, args.lag, dw)
                    b, _ = aligned(ser, ref, base, col, args.lag, dw)
                    diff, dci = paired_difference(x, b, y, resamples=args.resamples)
                    cis = f"[{dci[0]:+.2f},{dci[1]:+.2f}]" if dci else ""
                    cells.append("–" if diff is None else f"{diff:+.2f} {cis}")
                print(f"{k:<20}" + "".join(f"{x:>24}" for x in cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
