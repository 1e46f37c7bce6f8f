"""The index for a terminal: listings with sparklines, and ``explain`` as text.

The interface layer's (it prints, with rich through ``monitor/output.py``); the data it
draws is ``monitor/index/query.py``'s, whose names are re-exported here for existing
callers (``from monitor.index.report import explain``).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from monitor.index.query import COLUMNS as COLUMNS
from monitor.index.query import LENS_COLUMNS as LENS_COLUMNS
from monitor.index.query import explain as explain
from monitor.index.query import index_days as index_days
from monitor.index.query import index_rows as index_rows
from monitor.index.query import rounded as _round
from monitor.index.query import scopes_with_values as scopes_with_values
from monitor.output import print_table, render

_BARS = "▁▂▃▄▅▆▇█"
SHORT_BASELINE = 28  # days: an index rebased on less history is marked (issue 10 §5)


def sparkline(values: list[float]) -> str:
    if not values:
        return ""
    hi = max(values)
    if hi <= 0:
        return _BARS[0] * len(values)
    return "".join(_BARS[min(len(_BARS) - 1, int(v / hi * (len(_BARS) - 1) + 0.5))] for v in values)


# Columns a narrow terminal hides first (monitor/output.py fit_columns): the totals and the
# components before the headline figures (esc / de-esc stories and the index).
INDEX_DROP = ("anomaly", "act", "threat", "stories", "de-esc %", "esc %")
LENS_DROP = ("act", "threat", "publishers", "stories", "de-esc %", "esc %")


def render_index(rows: list[dict[str, Any]], fmt: str) -> None:
    if fmt != "table":
        render([_round(r) for r in rows], fmt, columns=COLUMNS)
        return
    by_scope: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_scope[r["scope"]].append(r)
    header = ("day", "scope", "stories", "esc", "esc %", "de-esc", "de-esc %", "threat", "act", "index", "anomaly",
              "direction")

    def n(r: dict[str, Any], c: str) -> str:
        return "–" if r.get(c) is None else str(r[c])

    cells: list[list[str]] = []
    styles: list[str | None] = []
    for scope, rs in by_scope.items():
        for r in rs:
            style = "red" if r["direction"] == "escalating" else "green" if r["direction"] == "de-escalating" else None
            if r["low_volume"]:
                style = "dim"
            bd = r.get("baseline_days")
            idx = "–" if r["index"] is None else f"{r['index']:.0f}" + ("*" if bd is not None and bd < SHORT_BASELINE else "")
            cells.append([
                r["day"].isoformat(), scope, str(r["stories"]),
                n(r, "escalation_stories"), "–" if r.get("escalation_share") is None else f"{r['escalation_share']:.0f}",
                n(r, "de_escalation_stories"),
                "–" if r.get("de_escalation_share") is None else f"{r['de_escalation_share']:.0f}",
                n(r, "threat_stories"), n(r, "act_stories"), idx,
                "–" if r["anomaly"] is None else f"{r['anomaly']:+.1f}",
                r["direction"] + (" (low volume)" if r["low_volume"] else ""),
            ])
            styles.append(style)
    print_table(header, cells, row_styles=styles, drop=INDEX_DROP,
                right=[c for c in header if c not in ("day", "scope", "direction")],
                title="daily index — esc / de-esc: the scope's stories of the day (each event once) reporting "
                      "escalation / de-escalation, and their share; threat / act: stories reporting threats / acts; "
                      "index: escalation stories, 100 = the mean of the baseline days (* = fewer than 28 days); "
                      "dim = low volume")
    summary: list[list[str]] = []
    for scope, rs in by_scope.items():
        first, last = rs[0]["day"], rs[-1]["day"]
        dense: dict[date, dict[str, Any]] = {r["day"]: r for r in rs}
        span = [first + timedelta(days=i) for i in range((last - first).days + 1)]
        esc = [float(dense[d].get("escalation_stories") or 0) if d in dense else 0.0 for d in span]
        de = [float(dense[d].get("de_escalation_stories") or 0) if d in dense else 0.0 for d in span]
        lr = rs[-1]
        summary.append([scope, f"{first}…{last}", sparkline(esc), sparkline(de),
                        f"{n(lr, 'escalation_stories')} / {n(lr, 'de_escalation_stories')} of {lr['stories']}",
                        lr["direction"]])
    print_table(("scope", "days", "escalation", "de-escalation", "last", "direction"), summary, drop=("last", "days"),
                title="per scope (stories reporting escalation / de-escalation, one mark a day)")


def render_lens_rows(rows: list[dict[str, Any]], fmt: str) -> None:
    """The whole press (lens ``all``) and each lens side by side, per scope and day."""
    rows = [{c: r.get(c) for c in LENS_COLUMNS} for r in rows]
    if fmt != "table":
        render([_round(r) for r in rows], fmt, columns=LENS_COLUMNS)
        return
    header = ("day", "scope", "lens", "stories", "publishers", "esc", "esc %", "de-esc", "de-esc %", "threat", "act")

    def n(r: dict[str, Any], c: str, fmt: str = "{}") -> str:
        return "–" if r.get(c) is None else fmt.format(r[c])

    cells = [[r["day"].isoformat(), r["scope"], r["lens"], str(r["stories"]), str(r["publishers"]),
              n(r, "escalation_stories"), n(r, "escalation_share", "{:.0f}"), n(r, "de_escalation_stories"),
              n(r, "de_escalation_share", "{:.0f}"), n(r, "threat_stories"), n(r, "act_stories")] for r in rows]
    print_table(header, cells, row_styles=["dim" if r["low_volume"] else None for r in rows], drop=LENS_DROP,
                right=[c for c in header if c not in ("day", "scope", "lens")],
                title="daily index by lens (stories of the lens's day reporting escalation / de-escalation, "
                      "and their share of the lens's stories)")
    print("dim rows: fewer stories than index.min_stories (low volume); a lens sees fewer stories than the whole press")


def render_explain(doc: dict[str, Any]) -> None:
    v = doc["value"]
    print(f"{v['scope']} on {v['day']}: escalation {v['escalation']:.1f} (threat {v['threat']:.1f}, act {v['act']:.1f}), "
          f"de-escalation {v['de_escalation']:.1f} (verbal {v['verbal']:.1f}, material {v['material']:.1f}) per 100 stories; "
          f"index {v['index'] if v['index'] is not None else '–'}, anomaly {v['anomaly'] if v['anomaly'] is not None else '–'}, "
          f"{v['direction']}{' (low volume)' if v['low_volume'] else ''}; {v['stories']} stories, {v['publishers']} publishers")
    print(f"top {len(doc['stories'])} of {doc['contributing_stories']} contributing stories:\n")
    for i, s in enumerate(doc["stories"], start=1):
        print(f"{i}. {s['headline']}")
        print(f"   {s['share_of_escalation']:.0%} of escalation, {s['share_of_de_escalation']:.0%} of de-escalation; "
              f"{s['articles']} article(s) from {s['publishers']} publisher(s): {', '.join(s['outlets'])}")
        if s.get("story_articles", s["articles"]) != s["articles"]:
            print(f"   (the story has {s['story_articles']} article(s) from {s['story_publishers']} publisher(s) over all its days)")
        for link in s["links"][:2]:
            print(f"   {link}")
        for m in s.get("members", [])[:8]:
            how = "lead" if m["how"] == "lead" else f"joined by {m['how']} {m['similarity']:.2f}"
            print(f"   ↳ {m['day'] or '?'} {m['publisher']} [{m['language'] or '?'}] {how}: {m['title'][:90]}")
        for e in s["evidence"][:5]:
            kind = f"{e['plover_type']} " if e.get("plover_type") else ""
            print(f"   · [{e['polarity']}/{kind}{e['category']}, {e['modality']}, {e['counted']}] «{e['words']}» — {e['entry']}"
                  + (f" ({e['anchor']})" if e["anchor"] else "") + (f" — {e['note']}" if e.get("note") else ""))
            if e["sentence"]:
                print(f"     “{e['sentence'][:220]}”")
        for c in s["claims"][:3]:
            print(f"   ☞ {c['speaker']} — {c['stance']} ({c['polarity']}): {c['text'][:160]}")
        print()
