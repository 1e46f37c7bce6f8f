"""`monitor eval stories`: how well stories are events, measured on hand-labelled gold.

Gold (tests/gold/README.md, "Stories"): ``stories-pairs-*.jsonl`` hold pairs of
corpus items labelled same event / different event; ``stories-day-*.jsonl``
label every item of a busy day (or slice of one) into events.  Items are named
by their reference in ``../shared/corpus`` (:mod:`monitor.corpus`), never
copied.

The evaluation reads every item of the corpora the gold refers to (within two
days of a gold item) with the analyser, groups them in publication order with
the production :class:`~monitor.index.events.Grouper` (the same code the
store path runs), and reports:

* pairwise precision / recall / F1 on the gold pairs, per language and across languages;
* B-cubed precision / recall / F1 (Bagga & Baldwin 1998) on each labelled day;
* the longest story span and the largest stories per corpus (mega-story check).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, timedelta
from pathlib import Path
from typing import Any

from monitor import corpus as corpora
from monitor.analysis.analyzer import Analyzer
from monitor.feeds.normalise import canonical_url, html_to_text, normalise_language
from monitor.index import events as ev
from monitor.index.formula import scope_context


@dataclass(frozen=True, slots=True)
class Gold:
    pairs: list[dict[str, Any]]
    days: dict[str, list[tuple[str, str]]]  # file name -> (ref, event label)

    @property
    def refs(self) -> set[str]:
        out = {p["a"] for p in self.pairs} | {p["b"] for p in self.pairs}
        for items in self.days.values():
            out |= {r for r, _ in items}
        return out


def load_story_gold(folder: Path, split: str | None = None) -> Gold:
    pairs: list[dict[str, Any]] = []
    days: dict[str, list[tuple[str, str]]] = {}
    for f in sorted(folder.glob("stories-*.jsonl")):
        rows = []
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{f}:{n}: {exc}") from exc
            if split and row.get("split") and row["split"] != split:
                continue
            rows.append(row)
        if f.name.startswith("stories-pairs"):
            pairs.extend(rows)
        elif rows:
            days[f.name] = [(r["ref"], r["event"]) for r in rows]
    return Gold(pairs, days)


def items_for(refs: set[str], root: Path | None) -> list[corpora.CorpusItem]:
    """Every item of the corpora the refs name, within two days of a referenced item."""
    out: list[corpora.CorpusItem] = []
    for name, prefix in corpora.PREFIX.items():
        wanted = {r for r in refs if r.startswith(prefix + ":")}
        if not wanted:
            continue
        try:
            items = [it for it in corpora.read(name, root) if it.published is not None]
        except FileNotFoundError:
            continue
        days = {it.published.astimezone(UTC).date() for it in items if it.ref in wanted and it.published}
        near = {d + timedelta(days=k) for d in days for k in (-2, -1, 0, 1, 2)}
        out.extend(it for it in items if it.published and it.published.astimezone(UTC).date() in near)
    return out


def profile_item(it: corpora.CorpusItem, pid: int, analyzer: Analyzer, ctx: Any, groupings: frozenset[str]) -> ev.Profile:
    title = " ".join(html_to_text(it.title).split())
    summary = html_to_text(it.summary)
    assert it.published is not None
    r = analyzer.analyze(summary, lang=normalise_language(it.language), title=title, day=it.published.date())
    mentions = [("region", m.id, m.count, m.in_title) for m in r.regions] + [("actor", m.id, m.count, m.in_title) for m in r.actors]
    return ev.make_profile(
        pid, it.published, r.language, it.publisher, title, summary, canonical_url(it.link),
        mentions=mentions, sentences=len(r.sentences),
        signals=[(s.sentence, s.plover_type, s.polarity, s.counted) for s in r.signals],
        state_of=ctx.state_of, actor_country=ctx.actor_country, groupings=groupings, publisher_name=it.publisher,
    )


def group(profiles: Sequence[ev.Profile], rules: ev.Rules | None = None,
          probes: Mapping[int, Iterable[int]] | None = None,
          seen: dict[tuple[int, int], dict[str, Any]] | None = None) -> dict[int, tuple[int, str]]:
    """Article id -> (story id, how it joined), grouping in publication order.

    ``probes``: article id -> the ids to explain it against; when it is assigned, what the grouper
    saw of each one already placed goes to ``seen[(later, earlier)]`` (``Grouper.explain``)."""
    g = ev.Grouper(rules)
    out: dict[int, tuple[int, str]] = {}
    for p in sorted(profiles, key=lambda x: (x.published, x.id)):
        if probes and seen is not None:
            g._evict(p.published)  # the window assign() will see
            for oid in probes.get(p.id, ()):
                o = g.profiles.get(oid)
                if o is not None and o.story is not None:
                    seen[(p.id, oid)] = g.explain(p, o)
        m = g.assign(p)
        story, how = (m.story, m.how) if m else (p.id, "lead")
        g.place(p, story)
        out[p.id] = (story, how)
    return out


def _prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
            "tp": tp, "fp": fp, "fn": fn}


def bcubed(gold: dict[str, str], pred: dict[str, int]) -> dict[str, float]:
    """B-cubed precision, recall, F1 of a predicted clustering against a gold one (same items)."""
    items = [i for i in gold if i in pred]
    g_members: dict[str, set[str]] = defaultdict(set)
    p_members: dict[int, set[str]] = defaultdict(set)
    for i in items:
        g_members[gold[i]].add(i)
        p_members[pred[i]].add(i)
    if not items:
        return {"precision": 0.0, "recall": 0.0, "f1": 0.0, "items": 0}
    prec = sum(len(p_members[pred[i]] & g_members[gold[i]]) / len(p_members[pred[i]]) for i in items) / len(items)
    rec = sum(len(p_members[pred[i]] & g_members[gold[i]]) / len(g_members[gold[i]]) for i in items) / len(items)
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"precision": round(prec, 3), "recall": round(rec, 3), "f1": round(f1, 3), "items": len(items)}


@dataclass
class Prepared:
    """The corpus items a gold set needs, read once by the analyser (for sweeps over rules)."""

    items: list[corpora.CorpusItem]
    profiles: dict[str, list[ev.Profile]]  # corpus -> profiles (id = index into ``parts[corpus]``)
    parts: dict[str, list[corpora.CorpusItem]]


def prepare(gold: Gold, analyzer: Analyzer, root: Path | None = None,
            on_progress: Callable[[int, int | None], None] | None = None) -> Prepared:
    """Read the gold's items; ``on_progress`` hears (items read, items in all)."""
    items = items_for(gold.refs, root)
    ctx = scope_context(analyzer.ref)
    groupings = frozenset(r.id for r in analyzer.ref.regions.values() if r.kind == "grouping")
    parts: dict[str, list[corpora.CorpusItem]] = {}
    profiles: dict[str, list[ev.Profile]] = {}
    for name in corpora.CORPORA:
        part = [it for it in items if it.corpus == name]
        if part:
            parts[name] = part
            profiles[name] = []
            for i, it in enumerate(part):
                if on_progress:
                    on_progress(sum(map(len, profiles.values())), len(items))
                profiles[name].append(profile_item(it, i, analyzer, ctx, groupings))
    return Prepared(items, profiles, parts)


def evaluate_stories(
    gold: Gold, analyzer: Analyzer | None = None, *, root: Path | None = None, rules: ev.Rules | None = None,
    assignment: dict[str, int] | None = None, prepared: Prepared | None = None,
    on_progress: Callable[[int, int | None], None] | None = None,
) -> dict[str, Any]:
    """The report; ``assignment`` (ref -> story id) evaluates stories made elsewhere (a database)."""
    if prepared is None:
        if analyzer is None:
            raise ValueError("an analyser or prepared profiles are needed")
        prepared = prepare(gold, analyzer, root, on_progress)
    items = prepared.items
    by_ref = {it.ref: it for it in items}
    lang_of = {it.ref: normalise_language(it.language) for it in items}
    spans: dict[str, float] = {}
    largest: list[dict[str, Any]] = []
    how_counts: Counter[str] = Counter()
    seen: dict[str, dict[str, Any]] = {}  # "a b" -> what the grouper saw when the later one came
    if assignment is None:
        assignment = {}
        for n, (name, profiles) in enumerate(prepared.profiles.items()):
            part = prepared.parts[name]
            for p in profiles:
                p.story = None
            index = {it.ref: i for i, it in enumerate(part)}
            probes: dict[int, set[int]] = defaultdict(set)
            for pair in gold.pairs:
                if pair["a"] in index and pair["b"] in index:
                    probes[index[pair["a"]]].add(index[pair["b"]])
                    probes[index[pair["b"]]].add(index[pair["a"]])
            got_seen: dict[tuple[int, int], dict[str, Any]] = {}
            got = group(profiles, rules, probes, got_seen)
            for (later, earlier), info in got_seen.items():
                seen[f"{part[later].ref} {part[earlier].ref}"] = seen[f"{part[earlier].ref} {part[later].ref}"] = info
            members: dict[int, list[int]] = defaultdict(list)
            for pid, (sid, how) in got.items():
                assignment[part[pid].ref] = sid + n * 10_000_000
                members[sid].append(pid)
                how_counts[how] += 1
            times = {sid: [profiles[m].published for m in ms] for sid, ms in members.items()}
            spans[name] = round(max((max(t) - min(t)).total_seconds() / 3600 for t in times.values()), 1)
            for sid, ms in sorted(members.items(), key=lambda kv: -len(kv[1]))[:5]:
                largest.append({
                    "corpus": name, "articles": len(ms), "publishers": len({part[m].publisher for m in ms}),
                    "languages": sorted({str(profiles[m].language) for m in ms}),
                    "span_hours": round((max(times[sid]) - min(times[sid])).total_seconds() / 3600, 1),
                    "lead": profiles[min(ms, key=lambda m: (profiles[m].published, m))].title[:140],
                })
    # pairwise on the labelled pairs
    buckets: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    errors: list[dict[str, Any]] = []
    missing = 0
    for pair in gold.pairs:
        a, b = pair["a"], pair["b"]
        if a not in assignment or b not in assignment:
            missing += 1
            continue
        joined = assignment[a] == assignment[b]
        la, lb = lang_of.get(a), lang_of.get(b)
        keys = ["all", "cross" if la != lb else f"{la}"]
        if la == lb:
            keys.append("same-language")
        for k in keys:
            c = buckets[k]
            if joined and pair["same"]:
                c[0] += 1
            elif joined:
                c[1] += 1
            elif pair["same"]:
                c[2] += 1
        if joined != pair["same"]:
            errors.append({"gold": "same" if pair["same"] else "different", "kind": pair.get("kind"),
                           "a": by_ref[a].title[:120] if a in by_ref else a, "b": by_ref[b].title[:120] if b in by_ref else b,
                           "languages": [la, lb], "note": pair.get("note", ""), "seen": seen.get(f"{a} {b}")})
    pairwise = {k: _prf(*v) for k, v in sorted(buckets.items())}
    days: dict[str, Any] = {}
    for name, rows in gold.days.items():
        g = dict(rows)
        pred = {r: assignment[r] for r in g if r in assignment}
        tp = fp = fn = 0
        refs = sorted(pred)
        for i, x in enumerate(refs):
            for y in refs[i + 1:]:
                same_g, same_p = g[x] == g[y], pred[x] == pred[y]
                tp += same_g and same_p
                fp += same_p and not same_g
                fn += same_g and not same_p
        days[name] = {"bcubed": bcubed(g, pred), "pairwise": _prf(tp, fp, fn), "missing": len(g) - len(pred)}
    return {"pairs": len(gold.pairs), "missing_pairs": missing, "pairwise": pairwise, "days": days,
            "max_span_hours": spans, "largest": largest, "how": dict(how_counts), "errors": errors}


def format_story_report(rep: dict[str, Any]) -> str:
    lines = [f"pairs: {rep['pairs']} (not scored, an item missing from the corpus or database: {rep['missing_pairs']})", "",
             f"{'pairwise':<15} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
    for k, v in rep["pairwise"].items():
        lines.append(f"{k:<15} {v['precision']:>6.3f} {v['recall']:>6.3f} {v['f1']:>6.3f} {v['tp']:>5} {v['fp']:>5} {v['fn']:>5}")
    if rep["days"]:
        lines += ["", f"{'labelled day':<40} {'B3 P':>6} {'B3 R':>6} {'B3 F1':>6} {'pair P':>7} {'pair R':>7}"]
        for k, v in rep["days"].items():
            b, pw = v["bcubed"], v["pairwise"]
            if not b["items"]:
                lines.append(f"{k:<40} (no item grouped)")
                continue
            lines.append(f"{k:<40} {b['precision']:>6.3f} {b['recall']:>6.3f} {b['f1']:>6.3f} {pw['precision']:>7.3f} {pw['recall']:>7.3f}")
    if rep["max_span_hours"]:
        lines += ["", "longest story (hours): " + ", ".join(f"{k} {v}" for k, v in rep["max_span_hours"].items())]
        lines.append("joined by: " + ", ".join(f"{k} {v}" for k, v in sorted(rep["how"].items())))
        lines += ["", "largest stories:"]
        for s in rep["largest"]:
            lines.append(f"  {s['corpus']}: {s['articles']} articles, {s['publishers']} publishers, "
                         f"{'/'.join(s['languages'])}, {s['span_hours']} h — {s['lead']}")
    return "\n".join(lines)


def format_misses(rep: dict[str, Any], n: int) -> str:
    """The first ``n`` missed same-event pairs and ``n`` false joins, with what the grouper saw when
    the later article came (hours apart, cosine, the evidence rule, main events, shared names) and,
    for a miss, the rule that kept them apart; then the misses counted by that rule."""
    def verdict(e: dict[str, Any]) -> str:
        seen = e.get("seen")
        if not seen:
            return "not compared (evicted, or the earlier item was not placed)"
        if seen["why"]:
            return str(seen["why"])
        # evidence, nothing against it: for a miss, the later article found a better-matching story
        return f"{seen['how']}, but a better match elsewhere" if e["gold"] == "same" else str(seen["how"])

    lines: list[str] = []
    for gold, label in (("same", "missed same-event pairs"), ("different", "false joins (different events)")):
        errs = [e for e in rep["errors"] if e["gold"] == gold]
        lines += ["", f"{label}: {len(errs)}"]
        for e in errs[:n]:
            seen = e.get("seen") or {}
            facts = verdict(e)
            if seen:
                events = "/".join(x or "-" for x in seen["events"])
                facts = f"{seen['hours']} h, cos {seen['cosine']:.2f}, {facts}, events {events}, shared {','.join(seen['shared']) or '-'}"
            lines.append(f"- [{'/'.join(str(x) for x in e['languages'])}] {facts}")
            lines.append(f"    a: {e['a']}")
            lines.append(f"    b: {e['b']}")
    why = Counter(verdict(e) for e in rep["errors"] if e["gold"] == "same")
    if why:
        lines += ["", "missed same-event pairs by the rule that kept them apart:"]
        lines += [f"  {k}: {v}" for k, v in why.most_common()]
    return "\n".join(lines)


def assignment_from_url(url: str, items: Any) -> dict[str, int]:
    """``assignment_from_db`` on a database given by URL, read-only and without a schema check, so
    that databases of older versions can be compared (`monitor eval stories --from-db`)."""
    from sqlalchemy import create_engine

    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return assignment_from_db(conn, items)
    finally:
        engine.dispose()


def assignment_from_db(conn: Any, items: Iterable[corpora.CorpusItem]) -> dict[str, int]:
    """ref -> story id for corpus items stored in a database (matched by canonical URL)."""
    from sqlalchemy import select

    from monitor.store.models import articles, story_articles

    by_url: dict[str, list[str]] = defaultdict(list)
    for it in items:
        u = canonical_url(it.link)
        if u:
            by_url[u].append(it.ref)
    out: dict[str, int] = {}
    rows = conn.execute(select(articles.c.url, story_articles.c.story_id)
                        .join(story_articles, story_articles.c.article_id == articles.c.id)).all()
    for url, sid in rows:
        for ref in by_url.get(url or "", []):
            out[ref] = int(sid)
    return out

