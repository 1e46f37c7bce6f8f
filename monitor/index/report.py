"""Reading the index back: listings with sparklines, and `explain` down to the sentence."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, and_, desc, func, select, true

from monitor.analysis.text import split_sentences
from monitor.output import print_table, render
from monitor.store.analyses import ArticleText
from monitor.store.models import (
    article_claims,
    article_signals,
    articles,
    daily_index,
    lexicon_entries,
    publishers,
    sources,
    stories,
    story_articles,
    story_scopes,
)

COLUMNS = (
    "day", "scope", "stories", "articles", "publishers", "escalation", "de_escalation", "threat", "act",
    "verbal", "material", "net", "balance", "index", "smoothed", "anomaly", "direction", "low_volume",
    "escalation_share", "de_escalation_share",
    # formula 2.0 (issue 10): counts of the scope's stories reporting each component, the index's basis
    "escalation_stories", "de_escalation_stories", "threat_stories", "act_stories", "verbal_stories",
    "material_stories", "baseline_days", "formula_version",
)
_BARS = "▁▂▃▄▅▆▇█"
SHORT_BASELINE = 28  # days: an index rebased on less history is marked (issue 10 §5)


def sparkline(values: list[float]) -> str:
    if not values:
        return ""
    hi = max(values)
    if hi <= 0:
        return _BARS[0] * len(values)
    return "".join(_BARS[min(len(_BARS) - 1, int(v / hi * (len(_BARS) - 1) + 0.5))] for v in values)


def index_rows(
    conn: Connection,
    *,
    day_from: date | None = None,
    day_to: date | None = None,
    scopes: list[str] | None = None,
    limit_scopes: int = 12,
) -> list[dict[str, Any]]:
    cond: list[Any] = []
    if day_from:
        cond.append(daily_index.c.day >= day_from)
    if day_to:
        cond.append(daily_index.c.day <= day_to)
    if not scopes:
        scopes = scopes_with_values(conn, day_from=day_from, day_to=day_to, limit=limit_scopes)
    if not scopes:
        return []
    rows = conn.execute(
        select(*(daily_index.c[c] for c in COLUMNS))
        .where(and_(daily_index.c.scope.in_(scopes), *cond))
        .order_by(daily_index.c.scope, daily_index.c.day)
    ).mappings().all()
    order = {s: i for i, s in enumerate(scopes)}
    out = [dict(r) for r in rows]
    out.sort(key=lambda r: (order.get(r["scope"], 1 << 30), r["day"]))
    return out


def scopes_with_values(conn: Connection, *, day_from: date | None = None, day_to: date | None = None,
                       limit: int | None = None) -> list[str]:
    """The scopes with index values in the range (all days by default), the most stories first."""
    cond: list[Any] = []
    if day_from:
        cond.append(daily_index.c.day >= day_from)
    if day_to:
        cond.append(daily_index.c.day <= day_to)
    q = (select(daily_index.c.scope, func.sum(daily_index.c.stories).label("n"))
         .where(and_(true(), *cond))
         .group_by(daily_index.c.scope)
         .order_by(desc("n"), daily_index.c.scope))
    if limit is not None:
        q = q.limit(limit)
    return [str(r.scope) for r in conn.execute(q)]


def index_days(conn: Connection) -> tuple[date, date] | None:
    """The first and last day with index values, or None when there are none yet."""
    lo, hi = conn.execute(select(func.min(daily_index.c.day), func.max(daily_index.c.day))).one()
    return None if lo is None or hi is None else (lo, hi)


def _round(r: dict[str, Any]) -> dict[str, Any]:
    return {k: (round(v, 3) if isinstance(v, float) else v) for k, v in r.items()}


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


LENS_COLUMNS = ("day", "scope", "lens", "stories", "articles", "publishers", "escalation", "de_escalation", "threat",
                "act", "verbal", "material", "net", "balance", "low_volume",
                "escalation_stories", "de_escalation_stories", "threat_stories", "act_stories", "verbal_stories",
                "material_stories", "escalation_share", "de_escalation_share")


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


def explain(conn: Connection, day: date, scope: str, *, top: int = 5) -> dict[str, Any] | None:
    value = conn.execute(
        select(*(daily_index.c[c] for c in COLUMNS)).where(and_(daily_index.c.day == day, daily_index.c.scope == scope))
    ).mappings().first()
    if value is None:
        return None
    contrib = conn.execute(
        select(story_scopes, stories.c.title, stories.c.articles.label("story_articles"),
               stories.c.publishers.label("story_publishers"), stories.c.corroboration)
        .join(stories, stories.c.id == story_scopes.c.story_id)
        .where(and_(story_scopes.c.day == day, story_scopes.c.scope == scope))
    ).mappings().all()
    tot_e = sum(r["escalation"] for r in contrib) or 1.0
    tot_d = sum(r["de_escalation"] for r in contrib) or 1.0
    ranked = sorted(contrib, key=lambda r: -(r["escalation"] + r["de_escalation"]))[:top]
    out_stories = []
    for r in ranked:
        sid = r["story_id"]
        members = conn.execute(
            select(articles.c.id, articles.c.title, articles.c.summary, articles.c.content, articles.c.url,
                   articles.c.language, articles.c.published_at, sources.c.name.label("source"),
                   publishers.c.name.label("publisher"), story_articles.c.how, story_articles.c.similarity,
                   story_articles.c.day)
            .join(story_articles, story_articles.c.article_id == articles.c.id)
            .join(sources, sources.c.id == articles.c.source_id)
            .join(publishers, publishers.c.id == sources.c.publisher_id)
            .where(story_articles.c.story_id == sid)
            .order_by(articles.c.published_at)
        ).mappings().all()
        evidence = []
        for m in members[:3]:
            text = ArticleText(m["id"], m["title"], m["summary"] or "", m["content"] or "", m["language"], m["published_at"], m.get("url"))
            sentences = [text.title, *split_sentences(text.body)]
            sigs = conn.execute(
                select(article_signals, lexicon_entries.c.anchor)
                .outerjoin(lexicon_entries, lexicon_entries.c.id == article_signals.c.entry_id)
                .where(and_(article_signals.c.article_id == m["id"], article_signals.c.counted > 0))
                .order_by(desc(article_signals.c.counted))
                .limit(6)
            ).mappings().all()
            for sg in sigs:
                evidence.append({
                    "article_id": m["id"], "sentence": sentences[sg["sentence"]] if sg["sentence"] < len(sentences) else "",
                    "words": sg["text"], "entry": sg["entry_id"], "anchor": sg["anchor"], "category": sg["category"],
                    "polarity": sg["polarity"], "modality": sg["modality"], "counted": round(sg["counted"], 2),
                    "plover_type": sg["plover_type"], "note": sg["note"],
                })
        claims = conn.execute(
            select(article_claims.c.speaker, article_claims.c.stance, article_claims.c.polarity, article_claims.c.text)
            .join(story_articles, story_articles.c.article_id == article_claims.c.article_id)
            .where(story_articles.c.story_id == sid)
            .limit(5)
        ).mappings().all()
        out_stories.append({
            # the day's articles and independent publishers (a story counts on each of its days)
            "story_id": sid, "headline": r["title"], "articles": r["articles"], "publishers": r["publishers"],
            "story_articles": r["story_articles"], "story_publishers": r["story_publishers"],
            "corroboration": round(r["corroboration"], 2),
            "escalation": round(r["escalation"], 2), "de_escalation": round(r["de_escalation"], 2),
            "share_of_escalation": round(r["escalation"] / tot_e, 3),
            "share_of_de_escalation": round(r["de_escalation"] / tot_d, 3),
            "outlets": sorted({m["publisher"] for m in members if m["day"] in (day, None)}),
            # how each article joined its story: lead | url | title | text | text+event | event, with the score
            "members": [
                {"article_id": m["id"], "title": m["title"], "publisher": m["publisher"], "language": m["language"],
                 "published_at": m["published_at"].isoformat() if m["published_at"] else None,
                 "day": m["day"].isoformat() if m["day"] else None, "how": m["how"], "similarity": round(m["similarity"], 3)}
                for m in members
            ],
            "links": [m["url"] for m in members if m["url"]][:5],
            "evidence": evidence,
            "claims": [dict(c) for c in claims],
        })
    return {"value": _round(dict(value)), "stories": out_stories, "contributing_stories": len(contrib)}


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
