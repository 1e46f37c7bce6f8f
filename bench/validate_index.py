#!/usr/bin/env python
"""Validate the daily index on real news: ../shared/corpus/items-2023-10 and items-2026-03.

Not a test: it ingests a corpus through the project's own pipeline and prints
what an analyst needs to judge the index.

1. Every corpus item becomes a :class:`ParsedEntry` (title and summary as clean
   text via ``html_to_text``, canonical link, ``sane_date`` publication time,
   normalised language, ``content_hash``); there is one source per feed and one
   publisher per outlet, so syndication across an outlet's feeds is counted
   once (Media Cloud).  Items of items-2026-03 are read in their original
   language (``title_original``, ``content_original``); the corpus's English
   translations are used only by the keyword yardstick below.  A body that
   merely repeats the headline is dropped (it would be read twice); the
   count is printed.
2. Items are stored feed by feed and day by day, in time order, the way the
   daemon would have stored them: ``store_entries`` + ``analyse_stored`` (which
   analyses, assigns stories and marks days), each batch in its own
   transaction; then ``monitor.index.build.rebuild``.
3. Printed: per-day tables for the key scopes; the top de-escalation stories
   per day; a keyword yardstick for de-escalation news (hostage talks,
   humanitarian pauses and aid, calls for restraint, ceasefire/talks) with the
   share the analyser caught; the biggest stories and how far stories stretch
   over days (to check the clustering); an article-level view (every article
   its own story: a diagnostic that separates the analyser from the
   clustering, not the index); ``explain`` for key days; and Pearson /
   Spearman correlations of the daily acts sub-index with the daily casualty
   series in ../shared/reference/casualties (with n, lags of one day either
   way and a permutation p-value).

    .venv/bin/python bench/validate_index.py --corpus items-2023-10
    .venv/bin/python bench/validate_index.py --corpus items-2026-03 --json /tmp/v26.json
    .venv/bin/python bench/validate_index.py --corpus items-2023-10 --db postgresql://…  (an empty database)

Defaults: a fresh SQLite file under /tmp (deleted first), time zone UTC, index
settings per corpus (see ``CORPORA``; printed at the start of every run).
Nothing from ../shared is copied anywhere; the script only reads it, and exits
cleanly when it is absent.
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import re
import statistics
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import and_, case, func, select

from monitor.config import Settings, SourceSpec
from monitor.corpus import outlet_2026, parse_time
from monitor.feeds.normalise import (
    canonical_url,
    content_hash,
    entry_key,
    html_to_text,
    normalise_language,
    sane_date,
)
from monitor.feeds.types import ParsedEntry
from monitor.index.build import rebuild
from monitor.index.formula import FORMULA_VERSION, IndexSettings
from monitor.index.report import explain, render_explain
from monitor.ingest import analyse_stored
from monitor.store import make_engine, upgrade
from monitor.store.articles import StoreCounts, store_entries
from monitor.store.models import (
    article_analyses,
    article_mentions,
    article_signals,
    articles,
    daily_index,
    publishers,
    sources,
    stories,
    story_articles,
)
from monitor.store.sources import sync_sources
from monitor.validate import pearson, ranks, spearman

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CASUALTIES = SHARED / "reference" / "casualties"

SCOPES = ["global", "country:ISR", "country:PSE", "region:gaza-strip", "pair:ISR-PSE"]


@dataclass(frozen=True)
class CorpusSpec:
    name: str
    settings: IndexSettings
    report_from: date
    report_to: date
    extra_scopes: tuple[str, ...] = ()
    explain: tuple[tuple[str, str], ...] = ()  # (day, scope)
    acts_scopes: tuple[str, ...] = ("country:PSE", "region:gaza-strip", "country:ISR", "pair:ISR-PSE")
    note: str = ""


CORPORA: dict[str, CorpusSpec] = {
    "items-2023-10": CorpusSpec(
        name="items-2023-10",
        # Fixed GPR-style base period: the two pre-war days, so that 7 Oct is read
        # against the news before it (not against a trailing window that the war fills).
        settings=IndexSettings(
            baseline_from=date(2023, 10, 5), baseline_to=date(2023, 10, 6),
            min_baseline_days=2, anomaly_days=28, smoothing_days=3, min_stories=3, z_threshold=1.0,
        ),
        report_from=date(2023, 10, 5), report_to=date(2023, 10, 21),
        extra_scopes=("region:west-bank", "country:LBN", "country:IRN", "dyad:ISR>PSE", "dyad:PSE>ISR",
                      "actor:hamas"),
        explain=(("2023-10-07", "pair:ISR-PSE"), ("2023-10-07", "country:ISR"),
                 ("2023-10-17", "region:gaza-strip"), ("2023-10-20", "country:PSE"),
                 ("2023-10-21", "region:gaza-strip")),
        note="no items at all on 10 Oct and 18 Oct (gaps in the corpus); 7 Oct has no Guardian file",
    ),
    "items-2026-03": CorpusSpec(
        name="items-2026-03",
        # The corpus is the first days of the US-Israeli strikes on Iran (from 28 Feb);
        # the only pre-strike items are 80 from 25-27 Feb (4 outlets): a thin base.
        settings=IndexSettings(
            baseline_from=date(2026, 2, 25), baseline_to=date(2026, 2, 27),
            min_baseline_days=2, anomaly_days=28, smoothing_days=3, min_stories=3, z_threshold=1.0,
        ),
        report_from=date(2026, 2, 25), report_to=date(2026, 3, 3),
        extra_scopes=("country:IRN", "country:USA", "country:LBN", "pair:IRN-ISR", "pair:IRN-USA",
                      "dyad:IRN>ISR", "dyad:ISR>IRN", "region:persian-gulf"),
        explain=(("2026-02-28", "country:IRN"), ("2026-03-01", "pair:IRN-ISR"),
                 ("2026-03-02", "country:LBN"), ("2026-03-01", "country:PSE")),
        acts_scopes=("country:PSE", "region:gaza-strip", "country:ISR", "country:IRN", "country:LBN"),
        note="25-27 Feb: only 80 items from 4 outlets; 3 Mar is partial (collection ended ~12:40 UTC)",
    ),
}


# --------------------------------------------------------------------------- corpus items


@dataclass
class Item:
    source: str  # one source per feed
    publisher: str  # one publisher per outlet
    feed_url: str
    language: str | None
    title: str  # raw (may hold HTML)
    summary: str  # raw (may hold HTML)
    link: str | None
    published: datetime | None
    fetched: datetime
    yardstick: str  # English text used only by the keyword yardstick (never analysed)
    extra: dict[str, Any] = field(default_factory=dict)


def load_2023(root: Path) -> list[Item]:
    # The feed URL names the outlet; the one item whose album is a bare URL
    # (https://www.aljazeera.com) belongs to Al Jazeera's feed's outlet.
    raw: list[dict[str, Any]] = []
    for f in sorted(root.glob("*/*.json")):
        raw.extend(json.loads(f.read_text(encoding="utf-8")))
    host_outlet: dict[str, str] = {}
    host_feed: dict[str, str] = {}
    for it in raw:
        host = re.sub(r"^https?://(www\.|feeds\.|rss\.)?", "", it["source"]).split("/")[0]
        if not it["album"].startswith("http"):
            host_outlet.setdefault(host, it["album"])
            host_feed.setdefault(host, it["source"])
    end = datetime(2023, 10, 22, tzinfo=UTC)
    out = []
    for it in raw:
        host = re.sub(r"^https?://(www\.|feeds\.|rss\.)?", "", it["source"]).split("/")[0]
        outlet = it["album"] if not it["album"].startswith("http") else host_outlet.get(host, it["album"])
        feed = host_feed.get(host, it["source"])
        desc = it.get("description") or ""
        out.append(Item(
            source=outlet, publisher=outlet, feed_url=feed, language=it.get("language"),
            title=it.get("title") or "", summary=desc, link=it.get("link"),
            published=parse_time(it.get("date_published")), fetched=end,
            yardstick=(it.get("title") or "") + " . " + html_to_text(desc),
        ))
    return out


_TG_CHANNEL = re.compile(r'channel:\s*"?([^"\n]+)"?')


def _sources_yaml(path: Path) -> dict[str, dict[str, str]]:
    """name -> {url, region, category} from the corpus's sources.yaml (no YAML dependency)."""
    text = path.read_text(encoding="utf-8")
    out: dict[str, dict[str, str]] = {}
    region = ""
    for block in re.split(r"\n(?=\s*- name:|  [a-z_]+:\n\s+label:)", text):
        m = re.match(r"\s*([a-z_]+):\n\s+label:", block)
        if m:
            region = m.group(1)
            continue
        m = re.match(r'\s*- name:\s*"?([^"\n]+)"?', block)
        if not m:
            continue
        url = re.search(r'\burl:\s*"?([^"\n]+)"?', block)
        ch = _TG_CHANNEL.search(block)
        out[m.group(1).strip()] = {
            "url": url.group(1).strip() if url else (f"https://t.me/s/{ch.group(1).strip()}" if ch else ""),
            "region": region,
        }
    return out


def load_2026(root: Path) -> list[Item]:
    meta = _sources_yaml(root / "sources.yaml")
    raw: list[dict[str, Any]] = []
    for f in sorted(root.glob("*.json")):
        raw.extend(json.loads(f.read_text(encoding="utf-8")))
    last_fetch = max(parse_time(it.get("fetched_at")) or datetime.min.replace(tzinfo=UTC) for it in raw)
    out = []
    for it in raw:
        name = it["source_name"]
        url = meta.get(name, {}).get("url") or f"https://corpus.invalid/items-2026-03/{re.sub(r'[^a-z0-9]+', '-', name.lower())}"
        title = it.get("title_original") or ""
        summary = it.get("content_original") or ""
        out.append(Item(
            source=name, publisher=outlet_2026(name), feed_url=url, language=it.get("language"),
            title=title, summary=summary, link=it.get("url"), published=parse_time(it.get("published")),
            fetched=parse_time(it.get("fetched_at")) or last_fetch,
            yardstick=((it.get("title_en") or "") + " . " + (it.get("summary_en") or "")).strip(" ."),
            extra={"region": it.get("region"), "category": it.get("source_category")},
        ))
    return out


def _one_line(s: str) -> str:
    return " ".join(s.split())


@dataclass
class EntryStats:
    body_repeats_title: int = 0
    body_starts_with_title: int = 0
    date_substituted: int = 0


def to_entry(it: Item, stats: EntryStats) -> ParsedEntry:
    """A corpus item as the normaliser would have produced it from a feed."""
    title = _one_line(html_to_text(it.title))
    summary = html_to_text(it.summary)
    if summary and _one_line(summary) == title:
        # A body that only repeats the headline would be read twice by the
        # analyser (its signals counted twice); feeds and Telegram exports do
        # this a lot (RIA, TASS, Mivzakim, IRNA).  Dropped here, counted.
        summary = ""
        stats.body_repeats_title += 1
    elif summary and title and _one_line(summary).startswith(title.rstrip(".… ")):
        stats.body_starts_with_title += 1
    url = canonical_url(it.link)
    published, substituted = sane_date(it.published, fetched_at=it.fetched)
    stats.date_substituted += substituted
    language = normalise_language(it.language)
    return ParsedEntry(
        entry_key=entry_key(None, url, title, summary), guid=None, url=url, title=title, summary=summary,
        content="", author=None, published=published, published_raw=it.published.isoformat() if it.published else None,
        date_substituted=substituted, updated=None, language=language,
        content_hash=content_hash({"title": title, "summary": summary, "content": "", "url": url, "author": None}),
    )


# --------------------------------------------------------------------------- ingest


def ingest(engine: Any, items: list[Item], settings: Settings, analyzer: Any, tz: Any) -> dict[str, Any]:
    now = datetime.now(UTC)
    specs: dict[str, SourceSpec] = {}
    for it in items:
        specs.setdefault(it.source, SourceSpec(name=it.source, url=it.feed_url, publisher=it.publisher,
                                               language=normalise_language(it.language)))
    with engine.begin() as conn:
        sync_sources(conn, specs.values(), now)
        sid = {r.name: r.id for r in conn.execute(select(sources.c.id, sources.c.name))}
    stats = EntryStats()
    batches: dict[tuple[date, str], list[ParsedEntry]] = defaultdict(list)
    for it in items:
        e = to_entry(it, stats)
        batches[(e.published.astimezone(tz).date(), it.source)].append(e)
    total = StoreCounts()
    t0 = time.perf_counter()
    for (_day, src), entries in sorted(batches.items()):
        entries.sort(key=lambda e: e.published)
        with engine.begin() as conn:
            counts = store_entries(conn, sid[src], entries, now)
            analyse_stored(conn, analyzer, sid[src], counts, now, settings)
        total = total + counts
    elapsed = time.perf_counter() - t0
    with engine.begin() as conn:
        n = rebuild(conn, settings.index, now)
        n_art = conn.execute(select(func.count()).select_from(articles)).scalar()
        n_read = conn.execute(select(func.count()).select_from(article_analyses)).scalar()
        n_sto = conn.execute(select(func.count()).select_from(stories)).scalar()
        n_in = conn.execute(select(func.count()).select_from(story_articles)).scalar()
    return {
        "items": len(items), "sources": len(specs), "publishers": len({s.publisher for s in specs.values()}),
        "stored_new": total.new, "stored_unchanged": total.unchanged, "articles": n_art, "analysed": n_read,
        "in_stories": n_in, "stories": n_sto, "daily_values": n, "seconds": round(elapsed, 1),
        "body_repeats_title_dropped": stats.body_repeats_title,
        "body_starts_with_title_kept": stats.body_starts_with_title,
        "date_substituted": stats.date_substituted,
    }


# --------------------------------------------------------------------------- reading back


def daily(conn: Any, scopes: Sequence[str]) -> dict[str, dict[date, dict[str, Any]]]:
    out: dict[str, dict[date, dict[str, Any]]] = defaultdict(dict)
    for r in conn.execute(select(daily_index).where(daily_index.c.scope.in_(list(scopes)))).mappings():
        out[r["scope"]][r["day"]] = dict(r)
    return out


def days_between(a: date, b: date) -> list[date]:
    return [a + timedelta(days=i) for i in range((b - a).days + 1)]


def fmt(v: float | None, nd: int = 1) -> str:
    return "–" if v is None else f"{v:.{nd}f}"


def print_tables(conn: Any, spec: CorpusSpec, scopes: Sequence[str], present_days: set[date]) -> dict[str, Any]:
    data = daily(conn, scopes)
    glob_ = data.get("global", {})
    result: dict[str, Any] = {}
    for scope in scopes:
        rows = data.get(scope, {})
        print(f"\n### {scope}\n")
        print("| day | stories | share % | escalation | threat | act | de-esc | verbal | material | index | direction |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
        out_rows = []
        for d in days_between(spec.report_from, spec.report_to):
            r = rows.get(d)
            if d not in present_days:
                print(f"| {d} | no items in the corpus | | | | | | | | | |")
                continue
            if r is None:
                print(f"| {d} | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | – | – |")
                out_rows.append({"day": d.isoformat(), "stories": 0})
                continue
            g = glob_.get(d)
            share = 100.0 * r["stories"] / g["stories"] if g and g["stories"] else 0.0
            direction = r["direction"] + (" (low vol.)" if r["low_volume"] else "")
            print(f"| {d} | {r['stories']} | {share:.1f} | {fmt(r['escalation'])} | {fmt(r['threat'])} | {fmt(r['act'])} "
                  f"| {fmt(r['de_escalation'])} | {fmt(r['verbal'])} | {fmt(r['material'])} | {fmt(r['index'], 0)} | {direction} |")
            out_rows.append({k: (v.isoformat() if isinstance(v, date) else v) for k, v in r.items()
                             if k not in ("computed_at", "formula_version")} | {"share": share})
        result[scope] = out_rows
    return result


def jump_summary(conn: Any, spec: CorpusSpec, scopes: Sequence[str], split: date) -> list[dict[str, Any]]:
    """Mean escalation / act / index before and from ``split`` (days with data only)."""
    data = daily(conn, scopes)
    out: list[dict[str, Any]] = []
    for scope in scopes:
        rows = data.get(scope, {})
        before = [r for d, r in rows.items() if spec.report_from <= d < split]
        after = [r for d, r in rows.items() if split <= d <= spec.report_to]

        def m(rs: list[dict[str, Any]], k: str) -> float | None:
            vals = [r[k] for r in rs if r[k] is not None]
            return statistics.fmean(vals) if vals else None

        out.append({"scope": scope, "days_before": len(before), "days_after": len(after),
                    "esc_before": m(before, "escalation"), "esc_after": m(after, "escalation"),
                    "act_before": m(before, "act"), "act_after": m(after, "act"),
                    "de_before": m(before, "de_escalation"), "de_after": m(after, "de_escalation"),
                    "min_index_after": min((r["index"] for r in after if r["index"] is not None), default=None),
                    "stories_before": m(before, "stories"), "stories_after": m(after, "stories")})
    print(f"\n| scope | esc/100 before {split} | esc/100 from {split} | act before | act from | de-esc before | de-esc from | lowest index from {split} | stories/day before → from |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---|")
    for r in out:
        print(f"| {r['scope']} | {fmt(r['esc_before'])} | {fmt(r['esc_after'])} | {fmt(r['act_before'])} | {fmt(r['act_after'])} "
              f"| {fmt(r['de_before'])} | {fmt(r['de_after'])} | {fmt(r['min_index_after'], 0)} "
              f"| {fmt(r['stories_before'], 0)} → {fmt(r['stories_after'], 0)} |")
    return out


def _story_signals(conn: Any, story_ids: Sequence[int], polarity: str) -> dict[int, list[tuple[str, str, float]]]:
    out: dict[int, list[tuple[str, str, float]]] = defaultdict(list)
    if not story_ids:
        return out
    for r in conn.execute(
        select(story_articles.c.story_id, article_signals.c.category, article_signals.c.text, article_signals.c.counted)
        .join(article_signals, article_signals.c.article_id == story_articles.c.article_id)
        .where(and_(story_articles.c.story_id.in_(list(story_ids)), article_signals.c.polarity == polarity,
                    article_signals.c.counted > 0))
    ):
        out[r.story_id].append((r.category, r.text, r.counted))
    return out


def top_de_escalation(conn: Any, spec: CorpusSpec, per_day: int, scope: str | None = None) -> dict[str, list[dict[str, Any]]]:
    from monitor.store.models import story_scopes

    out: dict[str, list[dict[str, Any]]] = {}
    for d in days_between(spec.report_from, spec.report_to):
        q = (select(stories.c.id, stories.c.title, stories.c.articles, stories.c.publishers, stories.c.language,
                    story_scopes.c.de_escalation, story_scopes.c.verbal, story_scopes.c.material)
             .join(story_scopes, story_scopes.c.story_id == stories.c.id)
             .where(and_(story_scopes.c.day == d, story_scopes.c.scope == (scope or "global"),
                         story_scopes.c.de_escalation > 0))
             .order_by(story_scopes.c.de_escalation.desc()).limit(per_day))
        rows = conn.execute(q).all()
        if not rows:
            continue
        sigs = _story_signals(conn, [r.id for r in rows], "de-escalation")
        print(f"\n**{d}**" + (f" ({scope})" if scope else ""))
        lst = []
        for r in rows:
            cats: dict[str, float] = defaultdict(float)
            words: dict[str, str] = {}
            for cat, text, counted in sigs.get(r.id, []):
                cats[cat] += counted
                words.setdefault(cat, text)
            tags = ", ".join(f"{c} «{words[c]}»" for c in sorted(cats, key=lambda c: -cats[c])[:3])
            print(f"- [{r.de_escalation:.1f}] {r.title[:150]} ({r.articles} art., {r.publishers} pub., {r.language}) — {tags}")
            lst.append({"story_id": r.id, "title": r.title, "de_escalation": r.de_escalation, "verbal": r.verbal,
                        "material": r.material, "articles": r.articles, "publishers": r.publishers,
                        "categories": dict(cats), "words": words})
        out[d.isoformat()] = lst
    return out


# --------------------------------------------------------------------------- keyword yardstick

# What an English-reading analyst would call de-escalation news, as plain regular
# expressions over the item's English text (2023: the item itself; 2026: the
# corpus's own English translation, title_en + summary_en, which the analyser
# never sees).  Deliberately simple and independent of the lexicon.
YARDSTICK: dict[str, re.Pattern[str]] = {
    "hostage talks / release": re.compile(
        r"\b(hostages?|captives?|prisoners?|detainees?|abductees?)\b[^.]{0,80}\b(talks?|negotiat\w*|deal|swap|exchange|releas\w*|freed|free|handed over)\b"
        r"|\b(releas\w*|freed|free|handed over|swap|exchange)\b[^.]{0,60}\b(hostages?|captives?|prisoners?|detainees?)\b", re.I),
    "humanitarian pause / aid": re.compile(
        r"\bhumanitarian (pause|corridor|truce|aid|assistance|supplies)|\baid (convoy|trucks?|deliver\w*|shipments?)\b"
        r"|\b(rafah|kerem shalom) crossing\b|\bsafe passage\b", re.I),
    "call for restraint / de-escalation": re.compile(
        r"\brestraint\b|\bde-?escalat\w*|\bcalm(ing)? (the )?(situation|tensions?)|\bavoid (a )?(wider|regional|further) (war|conflict|escalation)"
        r"|\burg\w* (both|all) sides|\bprevent (a )?(wider|regional) (war|conflict)", re.I),
    "ceasefire / talks / mediation": re.compile(
        r"\bcease-?fire\b|\btruce\b|\bmediat\w*|\bnegotiat\w*|\bpeace (talks|plan|process|deal)\b|\bdiplomatic (solution|efforts?)\b", re.I),
}
TOPIC_2023 = re.compile(r"\b(israel\w*|gaza\w*|hamas|palestin\w*|hezbollah|west bank|netanyahu|idf|hostages?)\b", re.I)


def yardstick(conn: Any, items: list[Item], topic: re.Pattern[str] | None, rng: random.Random) -> dict[str, Any]:
    """Of the items the yardstick calls de-escalation news, how many carry a counted de-escalation signal."""
    de: dict[int, set[str]] = defaultdict(set)
    for r in conn.execute(
        select(article_signals.c.article_id, article_signals.c.category)
        .where(and_(article_signals.c.polarity == "de-escalation", article_signals.c.counted > 0))
    ):
        de[r.article_id].add(r.category)
    esc = {r[0] for r in conn.execute(
        select(article_signals.c.article_id).where(and_(article_signals.c.polarity == "escalation", article_signals.c.counted > 0)).distinct())}
    by_url = {r.url: (r.id, r.language, r.title) for r in conn.execute(select(articles.c.id, articles.c.url, articles.c.language, articles.c.title))}
    result: dict[str, Any] = {"categories": {}}
    on_topic_ids: set[int] = set()
    hit_ids: set[int] = set()
    per_lang: dict[str, Counter[str]] = defaultdict(Counter)
    misses: dict[str, list[str]] = defaultdict(list)
    for it in items:
        if not it.yardstick:
            continue
        row = by_url.get(canonical_url(it.link))
        if row is None:
            continue
        aid, lang, title = row
        if topic is not None and not topic.search(it.yardstick):
            continue
        on_topic_ids.add(aid)
        cats = [c for c, rx in YARDSTICK.items() if rx.search(it.yardstick)]
        if not cats:
            continue
        hit_ids.add(aid)
        caught = aid in de
        per_lang[lang or "?"]["yard"] += 1
        per_lang[lang or "?"]["caught"] += caught
        for c in cats:
            st = result["categories"].setdefault(c, {"items": 0, "caught": 0})
            st["items"] += 1
            st["caught"] += caught
            if not caught:
                misses[c].append(f"{title[:110]}" + (f"  [en: {it.yardstick[:110]}]" if it.yardstick[:60] not in title else ""))
    n_on = len(on_topic_ids)
    sig_on = [a for a in on_topic_ids if a in de]
    sig_not_yard = [a for a in sig_on if a not in hit_ids]
    result.update({
        "items_considered": n_on, "yardstick_items": len(hit_ids),
        "caught": sum(1 for a in hit_ids if a in de),
        "items_with_de_signal": len(sig_on),
        "de_signal_without_yardstick_keyword": len(sig_not_yard),
        "yardstick_items_also_escalation": sum(1 for a in hit_ids if a in esc),
        "per_language": {k: dict(v) for k, v in per_lang.items()},
    })
    print(f"\nitems considered: {n_on}" + (" (on topic: Israel/Gaza/Hamas/Palestine…)" if topic else " (with an English translation in the corpus)"))
    print(f"items the yardstick calls de-escalation news: {len(hit_ids)}; with a counted de-escalation signal: "
          f"{result['caught']} ({100 * result['caught'] / max(len(hit_ids), 1):.0f} %)")
    for c, st in result["categories"].items():
        print(f"- {c}: {st['caught']}/{st['items']} caught ({100 * st['caught'] / max(st['items'], 1):.0f} %)")
    if len(per_lang) > 1:
        print("- by language: " + "; ".join(f"{k} {v['caught']}/{v['yard']}" for k, v in sorted(per_lang.items())))
    print(f"items with a de-escalation signal: {len(sig_on)}; of them without any yardstick keyword: {len(sig_not_yard)} "
          f"(not necessarily wrong: aid, talks, releases in other words; sample below)")
    titles = {r.id: r.title for r in conn.execute(select(articles.c.id, articles.c.title).where(articles.c.id.in_(sig_not_yard[:5000])))}
    sample_ids = rng.sample(sig_not_yard, min(8, len(sig_not_yard)))
    sig_words: dict[int, list[str]] = defaultdict(list)
    for r in conn.execute(select(article_signals.c.article_id, article_signals.c.category, article_signals.c.text)
                          .where(and_(article_signals.c.article_id.in_(sample_ids), article_signals.c.polarity == "de-escalation",
                                      article_signals.c.counted > 0))):
        sig_words[r.article_id].append(f"{r.category} «{r.text}»")
    for a in sample_ids:
        print(f"  · {titles.get(a, '')[:120]} — {', '.join(sig_words[a][:3])}")
    print("missed (sample):")
    for c, lst in misses.items():
        for t in rng.sample(lst, min(3, len(lst))):
            print(f"  · [{c}] {t}")
    result["missed_sample"] = {c: lst[:10] for c, lst in misses.items()}
    return result


# --------------------------------------------------------------------------- stories sample


def big_stories(conn: Any, spec: CorpusSpec, n: int) -> list[dict[str, Any]]:
    rows = conn.execute(
        select(stories.c.id, stories.c.day, stories.c.title, stories.c.articles, stories.c.publishers)
        .where(and_(stories.c.day >= spec.report_from, stories.c.day <= spec.report_to))
        .order_by(stories.c.articles.desc(), stories.c.id).limit(n)
    ).all()
    out = []
    for r in rows:
        members = conn.execute(
            select(articles.c.title, articles.c.language, story_articles.c.how, story_articles.c.similarity,
                   publishers.c.name.label("pub"))
            .join(story_articles, story_articles.c.article_id == articles.c.id)
            .join(sources, sources.c.id == articles.c.source_id)
            .join(publishers, publishers.c.id == sources.c.publisher_id)
            .where(story_articles.c.story_id == r.id).order_by(articles.c.published_at)
        ).all()
        print(f"\n- story {r.id} ({r.day}, {r.articles} articles, {r.publishers} publishers): {r.title[:120]}")
        for m in members[:6]:
            print(f"    {m.how:8} {m.similarity:.2f} {m.pub[:18]:18} {m.language or '?'}  {m.title[:100]}")
        out.append({"id": r.id, "day": r.day.isoformat(), "articles": r.articles, "publishers": r.publishers,
                    "title": r.title, "members": [(m.how, m.pub, m.title) for m in members[:10]]})
    return out


def clustering_stats(conn: Any, tz: Any) -> dict[str, Any]:
    """How far stories stretch, and whether every article counts on its own day (issue 9 §2)."""
    rows = conn.execute(
        select(articles.c.published_at, story_articles.c.day.label("counted_on"), stories.c.day, stories.c.id,
               stories.c.articles, stories.c.first_seen_at, stories.c.last_seen_at)
        .join(story_articles, story_articles.c.article_id == articles.c.id)
        .join(stories, stories.c.id == story_articles.c.story_id)
    ).all()
    off = Counter((r.published_at.astimezone(tz).date() - r.day).days for r in rows)
    n = len(rows)
    later = sum(v for k, v in off.items() if k > 0)
    wrong_day = sum(1 for r in rows if r.counted_on != r.published_at.astimezone(tz).date())
    big = sum(1 for r in rows if r.articles >= 20)
    span = max((k for k in off), default=0)
    longest = max(((r.last_seen_at - r.first_seen_at).total_seconds() / 3600 for r in rows), default=0.0)
    out = {"articles": n, "after_their_storys_first_day": later, "counted_on_another_day": wrong_day,
           "max_days_after_story_day": span, "longest_story_hours": round(longest, 1),
           "in_stories_of_20_or_more": big, "offsets": dict(sorted(off.items()))}
    print(f"\narticles published after their story's first day: {later} of {n} ({100 * later / max(n, 1):.0f} %), "
          f"up to {span} days later; counted on a day other than their own: {wrong_day}; longest story "
          f"{longest:.1f} h; articles in stories of 20+ articles: {big}")
    return out


def article_level(conn: Any, spec: CorpusSpec, settings: IndexSettings, scopes: Sequence[str], tz: Any,
                  present: set[date]) -> dict[str, dict[date, dict[str, float]]]:
    """Diagnostic, not the index: every article its own story (no clustering, no corroboration).

    Same readings and scope rules (``article_scopes``), per 100 articles of the day,
    rebased to the same base period; it separates what the analyser reads from
    what the story grouping does to it.
    """
    from monitor.analysis.service import get_analyzer
    from monitor.index.formula import article_scopes
    from monitor.index.stories import _readings, scope_context

    ctx = scope_context(get_analyzer().ref)
    pub = {r.id: r.published_at.astimezone(tz).date() for r in conn.execute(select(articles.c.id, articles.c.published_at))}
    ids = list(pub)
    per_day_total: Counter[date] = Counter(pub.values())
    sums: dict[str, dict[date, list[float]]] = {sc: defaultdict(lambda: [0.0] * 7) for sc in scopes}
    for i in range(0, len(ids), 500):
        for aid, reading in _readings(conn, ids[i : i + 500]).items():
            d = pub[aid]
            for sc, comps in article_scopes(reading, ctx).items():
                if sc in sums:
                    acc = sums[sc][d]
                    acc[0] += 1
                    for k in range(6):
                        acc[k + 1] += comps[k]
    out: dict[str, dict[date, dict[str, float]]] = {}
    days = [d for d in days_between(spec.report_from, spec.report_to) if d in present]
    print("\n| scope | " + " | ".join(d.strftime("%d %b") for d in days) + " |")
    print("|---|" + "---:|" * len(days))
    for sc in scopes:
        vals: dict[date, dict[str, Any]] = {}
        for d in days:
            acc = sums[sc].get(d, [0.0] * 7)
            per100 = 100.0 / per_day_total[d] if per_day_total[d] else 0.0
            vals[d] = {"articles": acc[0], "escalation": acc[1] * per100, "de_escalation": acc[2] * per100,
                       "threat": acc[3] * per100, "act": acc[4] * per100, "verbal": acc[5] * per100,
                       "material": acc[6] * per100}
        base_days = [d for d in days if settings.baseline_from and settings.baseline_to
                     and settings.baseline_from <= d <= settings.baseline_to]
        base = statistics.fmean(vals[d]["escalation"] for d in base_days) if base_days else 0.0
        for d in days:
            vals[d]["index"] = 100.0 * vals[d]["escalation"] / base if base else None
        out[sc] = vals
        print(f"| {sc} | " + " | ".join(
            f"{int(vals[d]['articles'])} · {vals[d]['escalation']:.0f} / {vals[d]['de_escalation']:.0f} · {fmt(vals[d]['index'], 0)}"
            for d in days) + " |")
    print("\n(cell: articles in scope · escalation / de-escalation per 100 articles of the day · index against the same base period)")
    return out


def entity_links(conn: Any, rng: random.Random, n: int) -> list[tuple[str, str]]:
    """Articles joined to a story by entities only (the cross-language rule), next to the story's lead."""
    rows = conn.execute(
        select(story_articles.c.story_id, articles.c.title, articles.c.language, stories.c.title.label("lead"),
               stories.c.language.label("lead_lang"))
        .join(articles, articles.c.id == story_articles.c.article_id)
        .join(stories, stories.c.id == story_articles.c.story_id)
        .where(story_articles.c.how == "entities")
    ).all()
    hows = Counter(r[0] for r in conn.execute(select(story_articles.c.how)))
    print(f"\narticles by how they joined a story: {dict(hows)}")
    sample = rng.sample(rows, min(n, len(rows)))
    for r in sample:
        print(f"  · [{r.lead_lang}] {r.lead[:90]}\n    ← [{r.language}] {r.title[:90]}")
    return [(r.lead, r.title) for r in sample]


# --------------------------------------------------------------------------- casualties and correlation


def casualty_series() -> dict[str, dict[date, float]]:
    """Daily series from ../shared/reference/casualties (report dates)."""
    out: dict[str, dict[date, float]] = {}
    tfp = CASUALTIES / "techforpalestine" / "casualties_daily.json"
    if tfp.exists():
        rows = json.loads(tfp.read_text(encoding="utf-8"))
        out["gaza_killed (TfP/MoH, daily)"] = {date.fromisoformat(r["report_date"]): float(r.get("killed", r.get("ext_killed", 0)) or 0)
                                               for r in rows if r.get("killed") is not None or r.get("ext_killed") is not None}
    wb = CASUALTIES / "techforpalestine" / "west_bank_daily.json"
    if wb.exists():
        rows = json.loads(wb.read_text(encoding="utf-8"))
        out["west_bank_killed (TfP/OCHA verified)"] = {date.fromisoformat(r["report_date"]): float(r["verified"]["killed"])
                                                       for r in rows if isinstance(r.get("verified"), dict) and "killed" in r["verified"]}
    cum = CASUALTIES / "360info-gaza-1year" / "daily-killed-cumulative.csv"
    if cum.exists():
        import csv

        with cum.open(encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        leb: dict[date, float] = {}
        isr: dict[date, float] = {}
        prev_l = prev_i = None
        for r in rows:
            d = date.fromisoformat(r["date"])
            lv = float(r["killed_in_lebanon"]) if r["killed_in_lebanon"] else None
            iv = (float(r["israel_adults"]) + float(r["israel_children"] or 0)) if r["israel_adults"] else None
            if lv is not None:
                leb[d] = lv - (prev_l if prev_l is not None else 0.0)
                prev_l = lv
            if iv is not None and prev_i is not None:  # the first value (10 Oct) is the 7-10 Oct total, not a day
                isr[d] = iv - prev_i
            if iv is not None:
                prev_i = iv
        out["lebanon_killed (360info, diff of cumulative)"] = leb
        out["israel_killed (360info, diff of cumulative; from 11 Oct)"] = isr
    return out


def _perm_p(x: Sequence[float], y: Sequence[float], r: float, f: Callable[[Sequence[float], Sequence[float]], float | None],
            rng: random.Random, reps: int = 5000) -> float:
    """Two-sided permutation p-value of a correlation (no SciPy)."""
    ys = list(y)
    hits = 0
    for _ in range(reps):
        rng.shuffle(ys)
        v = f(x, ys)
        if v is not None and abs(v) >= abs(r) - 1e-12:
            hits += 1
    return (hits + 1) / (reps + 1)


def correlate(x: dict[date, float], y: dict[date, float], days: Sequence[date], rng: random.Random, lag: int = 0) -> dict[str, Any]:
    """Correlation of x(d) with y(d + lag) over ``days`` where both exist."""
    pairs = [(x[d], y[d + timedelta(days=lag)]) for d in days if d in x and (d + timedelta(days=lag)) in y]
    xs, ys = [p[0] for p in pairs], [p[1] for p in pairs]
    pear = pearson(xs, ys) if len(pairs) >= 3 else None
    spear = spearman(xs, ys) if len(pairs) >= 3 else None
    res: dict[str, Any] = {"n": len(pairs), "pearson": pear, "spearman": spear, "lag": lag}
    if pear is not None:
        res["p_pearson"] = _perm_p(xs, ys, pear, pearson, rng)
    if spear is not None:
        res["p_spearman"] = _perm_p(ranks(xs), ranks(ys), spear, pearson, rng)
    return res


def correlations(conn: Any, spec: CorpusSpec, present: set[date], rng: random.Random,
                 art: dict[str, dict[date, dict[str, float]]] | None = None) -> list[dict[str, Any]]:
    series = casualty_series()
    if not series:
        print("(../shared/reference/casualties not found: no correlation)")
        return []
    data = daily(conn, list(spec.acts_scopes))
    glob_ = daily(conn, ["global"]).get("global", {})
    days = [d for d in days_between(spec.report_from, spec.report_to) if d in present]
    targets = {
        "country:PSE": ["gaza_killed (TfP/MoH, daily)"], "region:gaza-strip": ["gaza_killed (TfP/MoH, daily)"],
        "pair:ISR-PSE": ["gaza_killed (TfP/MoH, daily)"],
        "country:ISR": ["israel_killed (360info, diff of cumulative; from 11 Oct)", "gaza_killed (TfP/MoH, daily)"],
        "country:LBN": ["lebanon_killed (360info, diff of cumulative)"],
        "country:IRN": [],
    }
    out = []
    print("\n| acts series | casualty series | days | n | Pearson r | p | Spearman ρ | p |")
    print("|---|---|---|---:|---:|---:|---:|---:|")
    for scope in spec.acts_scopes:
        rows = data.get(scope, {})
        act_share = {d: rows[d]["act"] if d in rows else 0.0 for d in days}
        # the same acts without the division by the day's stories (sum of corroborated contributions)
        act_mass = {d: (rows[d]["act"] * glob_[d]["stories"] / 100.0 if d in rows and d in glob_ else 0.0) for d in days}
        for target in targets.get(scope, []):
            y = series.get(target)
            if not y:
                continue
            first = min(y)
            variants: list[tuple[str, dict[date, float], str, int, dict[date, float] | None]] = [
                ("act/100 stories", act_share, "overlap", 0, None),
                ("act/100 stories", act_share, "overlap", -1, None),
                ("act/100 stories", act_share, "overlap", +1, None),
                ("act (sum, not per 100)", act_mass, "overlap", 0, None),
            ]
            if art and scope in art:
                variants.append(("act/100 articles, no stories (diagnostic)",
                                 {d: v["act"] for d, v in art[scope].items()}, "overlap", 0, None))
            if spec.report_from < first and target.startswith("gaza"):
                # the series starts on 7 Oct 2023; before the war the daily toll was ~0
                y0 = dict(y)
                for d in days:
                    if d < first:
                        y0[d] = 0.0
                variants.append(("act/100 stories", act_share, "with 5-6 Oct as 0 killed", 0, y0))
            for label, xs, days_label, lag, yy in variants:
                c = correlate(xs, yy or y, days, rng, lag=lag)
                c.update({"scope": scope, "x": label, "y": target, "days": days_label})
                out.append(c)
                lag_s = "" if lag == 0 else f", casualties of day {'+' if lag > 0 else ''}{lag}"
                print(f"| {scope} {label} | {target} | {days_label}{lag_s} | {c['n']} | {fmt(c['pearson'], 2)} | "
                      f"{fmt(c.get('p_pearson'), 3)} | {fmt(c['spearman'], 2)} | {fmt(c.get('p_spearman'), 3)} |")
    return out


# --------------------------------------------------------------------------- language coverage (2026)


def language_coverage(conn: Any) -> dict[str, Any]:
    q = conn.execute(
        select(articles.c.language, func.count(articles.c.id).label("n"),
               func.sum(case((article_analyses.c.escalation > 0, 1), else_=0)).label("esc"),
               func.sum(case((article_analyses.c.de_escalation > 0, 1), else_=0)).label("de"))
        .join(article_analyses, article_analyses.c.article_id == articles.c.id)
        .group_by(articles.c.language)
    ).all()
    reg = dict(conn.execute(
        select(articles.c.language, func.count(func.distinct(article_mentions.c.article_id)))
        .join(article_mentions, article_mentions.c.article_id == articles.c.id)
        .where(article_mentions.c.kind == "region").group_by(articles.c.language)).all())
    out = {}
    print("\n| language | articles | with a region | with escalation | with de-escalation |")
    print("|---|---:|---:|---:|---:|")
    for r in sorted(q, key=lambda r: -r.n):
        n = r.n or 1
        out[r.language] = {"articles": r.n, "region": reg.get(r.language, 0), "esc": r.esc, "de": r.de}
        print(f"| {r.language} | {r.n} | {100 * reg.get(r.language, 0) / n:.0f} % | {100 * (r.esc or 0) / n:.0f} % | {100 * (r.de or 0) / n:.0f} % |")
    return out


# --------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", choices=sorted(CORPORA), required=True)
    ap.add_argument("--db", help="database URL (default: a fresh SQLite file under /tmp); must be empty")
    ap.add_argument("--tz", default="UTC", help="time zone of the index day (default UTC)")
    ap.add_argument("--baseline", nargs=2, metavar=("FROM", "TO"), help="override the fixed base period (YYYY-MM-DD)")
    ap.add_argument("--de-per-day", type=int, default=5, help="top de-escalation stories per day")
    ap.add_argument("--stories", type=int, default=10, help="biggest stories to list (clustering check)")
    ap.add_argument("--explain", action="append", metavar="DAY=SCOPE", help="explain a day and scope (repeatable)")
    ap.add_argument("--no-explain", action="store_true")
    ap.add_argument("--json", type=Path, help="write the figures as JSON here")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)

    spec = CORPORA[args.corpus]
    root = SHARED / "corpus" / args.corpus
    if not root.is_dir():
        print(f"{root} not found: nothing to validate (../shared is not on this machine)")
        return 0
    from zoneinfo import ZoneInfo

    tz = ZoneInfo(args.tz)
    ixs = spec.settings
    if args.baseline:
        from dataclasses import replace

        ixs = replace(ixs, baseline_from=date.fromisoformat(args.baseline[0]), baseline_to=date.fromisoformat(args.baseline[1]))
    db = args.db
    if not db:
        path = Path("/tmp") / f"validate-{args.corpus}.sqlite"
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        db = f"sqlite:///{path}"
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    rng = random.Random(args.seed)
    t_start = time.perf_counter()

    from monitor.analysis.service import get_analyzer
    from monitor.store.analyses import load_reference_into_db

    analyzer = get_analyzer()
    engine = make_engine(db)
    upgrade(engine)
    with engine.begin() as conn:
        if conn.execute(select(func.count()).select_from(articles)).scalar():
            print(f"{db} already holds articles: give an empty database", file=sys.stderr)
            return 2
        load_reference_into_db(conn, analyzer.ref)
    settings = Settings(database_url=db, data_dir=Path("/tmp"), sources_file=None, timezone=args.tz, index=ixs)
    try:
        commit = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    except OSError:
        commit = "?"

    items = load_2023(root) if args.corpus == "items-2023-10" else load_2026(root)
    print(f"# Validation: {args.corpus}\n")
    print(f"commit {commit}; analyser {analyzer.version}, reference data {analyzer.data_version}, formula {FORMULA_VERSION}; "
          f"database {db.split('@')[-1]}; time zone {args.tz}")
    print(f"index settings: {asdict(ixs)}")
    if spec.note:
        print(f"corpus note: {spec.note}")
    info = ingest(engine, items, settings, analyzer, tz)
    print(f"ingest: {info}")
    langs = Counter(normalise_language(i.language) for i in items)
    print(f"languages: {dict(langs)}; publishers: {sorted({i.publisher for i in items})}")

    result: dict[str, Any] = {"corpus": args.corpus, "commit": commit, "analyzer": analyzer.version,
                              "data_version": analyzer.data_version, "formula": FORMULA_VERSION,
                              "settings": {k: (v.isoformat() if isinstance(v, date) else v) for k, v in asdict(ixs).items()},
                              "tz": args.tz, "ingest": info}
    with engine.connect() as conn:
        present = {r[0] for r in conn.execute(select(stories.c.day).distinct())}
        scopes = SCOPES + list(spec.extra_scopes)
        print("\n## Daily values (per 100 stories of the day; index = escalation rebased to the base period = 100)")
        result["daily"] = print_tables(conn, spec, scopes, present)
        split = date(2023, 10, 7) if args.corpus == "items-2023-10" else date(2026, 2, 28)
        print(f"\n## Before / from {split}")
        result["jump"] = jump_summary(conn, spec, scopes, split)
        print("\n## Top de-escalation stories per day (all scopes; value = corroborated de-escalation)")
        result["top_de_escalation"] = top_de_escalation(conn, spec, args.de_per_day)
        if args.corpus == "items-2023-10":
            print("\n## Top de-escalation stories per day in pair:ISR-PSE")
            result["top_de_escalation_pair"] = top_de_escalation(conn, spec, 3, scope="pair:ISR-PSE")
        print("\n## Keyword yardstick for de-escalation news")
        result["yardstick"] = yardstick(conn, items, TOPIC_2023 if args.corpus == "items-2023-10" else None, rng)
        if args.corpus == "items-2026-03":
            print("\n## Analyser coverage by language")
            result["languages"] = language_coverage(conn)
        print(f"\n## Biggest stories (clustering check; top {args.stories} by articles)")
        result["clustering"] = clustering_stats(conn, tz)
        result["big_stories"] = big_stories(conn, spec, args.stories)
        result["entity_links"] = entity_links(conn, rng, 8)
        print("\n## Article-level view (diagnostic: no stories, every article counts once)")
        art = article_level(conn, spec, ixs, list(dict.fromkeys(SCOPES + list(spec.acts_scopes))), tz, present)
        result["article_level"] = {sc: {d.isoformat(): v for d, v in vals.items()} for sc, vals in art.items()}
        print("\n## Acts sub-index vs daily casualties")
        result["correlations"] = correlations(conn, spec, present, rng, art)
        if not args.no_explain:
            wanted = [tuple(e.split("=", 1)) for e in args.explain] if args.explain else list(spec.explain)
            for day_s, scope in wanted:
                print(f"\n## explain {scope} {day_s}\n")
                doc = explain(conn, date.fromisoformat(day_s), scope, top=4)
                if doc is None:
                    print("(no value)")
                    continue
                render_explain(doc)
    print(f"\ntotal {time.perf_counter() - t_start:.0f} s")
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
