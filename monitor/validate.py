"""`monitor validate gpr`: does the daily index track the world?  (issue 10 §1)

Headline files are read into a scratch database through the product's own
pipeline (store → analyse → stories → index); the global index and its
components are then correlated, day by day, with the Caldara–Iacoviello daily
GPR index (``GPRD``, ``GPRD_THREAT``, ``GPRD_ACT``) at lags of 0..2 days
(GPR counts print articles, which follow online headlines by about a day),
**beside naive baselines computed on the same days from the same headlines**:

- ``nine-word share`` / ``nine-word count``: headlines with war, attack,
  missile, strike, military, troops, threat, nuclear or terror;
- ``GPR-word share`` / ``GPR-word count``: GPR's own search (Caldara &
  Iacoviello 2022, as summarised in ../shared/design/METHODOLOGY.md): a topic
  word within two words of a threat or act word, build-up words, "nuclear
  weapon(s)", minus its exclusion words;
- ``any-signal share``: headlines with any counted escalation signal.

Spearman and Pearson coefficients come with bootstrap 95% intervals over days
(1,000 resamples, fixed seed): a difference inside the interval is not a win.

    monitor validate gpr --headlines ../shared/corpus/headlines-2025 \\
        --reference ../shared/reference/gpr/gpr_daily.csv [--from D --to D] [--lag 0 1 2] [--plot out.png]
"""

from __future__ import annotations

import csv
import hashlib
import math
import random
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from monitor.clock import utcnow

# ----------------------------------------------------------------------------- statistics


def ranks(values: Sequence[float]) -> list[float]:
    """Average ranks (ties share the mean of their positions), 1-based."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    out = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        r = (i + j) / 2 + 1
        for k in range(i, j + 1):
            out[order[k]] = r
        i = j + 1
    return out


def pearson(x: Sequence[float], y: Sequence[float]) -> float | None:
    n = len(x)
    if n < 3:
        return None
    mx, my = sum(x) / n, sum(y) / n
    sxy = math.fsum((a - mx) * (b - my) for a, b in zip(x, y, strict=True))
    sxx = math.fsum((a - mx) ** 2 for a in x)
    syy = math.fsum((b - my) ** 2 for b in y)
    if sxx <= 0 or syy <= 0:
        return None
    return sxy / math.sqrt(sxx * syy)


def spearman(x: Sequence[float], y: Sequence[float]) -> float | None:
    """Pearson's r of the ranks (Spearman 1904), ties at their average rank."""
    return pearson(ranks(x), ranks(y))


@dataclass(frozen=True, slots=True)
class Corr:
    n: int
    spearman: float | None
    spearman_ci: tuple[float, float] | None
    pearson: float | None
    pearson_ci: tuple[float, float] | None

    def as_json(self) -> dict[str, Any]:
        def r(v: float | None) -> float | None:
            return None if v is None else round(v, 3)

        return {"n": self.n, "spearman": r(self.spearman),
                "spearman_ci": None if self.spearman_ci is None else [round(v, 3) for v in self.spearman_ci],
                "pearson": r(self.pearson),
                "pearson_ci": None if self.pearson_ci is None else [round(v, 3) for v in self.pearson_ci]}


def correlate(x: Sequence[float], y: Sequence[float], *, resamples: int = 1000, seed: int = 7) -> Corr:
    """Spearman and Pearson with percentile bootstrap 95% intervals (days resampled with replacement)."""
    n = len(x)
    rs, rp = spearman(x, y), pearson(x, y)
    if n < 5:
        return Corr(n, rs, None, rp, None)
    rng = random.Random(seed)
    bs: list[float] = []
    bp: list[float] = []
    for _ in range(resamples):
        idx = [rng.randrange(n) for _ in range(n)]
        xs, ys = [x[i] for i in idx], [y[i] for i in idx]
        s, p = spearman(xs, ys), pearson(xs, ys)
        if s is not None:
            bs.append(s)
        if p is not None:
            bp.append(p)

    def ci(v: list[float]) -> tuple[float, float] | None:
        if len(v) < 20:
            return None
        v.sort()
        return v[int(0.025 * (len(v) - 1))], v[int(0.975 * (len(v) - 1))]

    return Corr(n, rs, ci(bs), rp, ci(bp))


# ----------------------------------------------------------------------------- inputs


@dataclass(frozen=True, slots=True)
class Headline:
    first_seen: datetime
    title: str
    link: str | None
    source: str
    summary: str = ""  # feed items carry one; front-page headline lists do not
    language: str = "en"


FEED_SUFFIXES = (".xml", ".rss", ".atom")


def read_headlines(folder: Path) -> list[Headline]:
    """Headlines from a file or a folder (searched recursively):

    - CSV with ``first_seen_utc`` (or ``first_seen``), ``title``, ``link``, ``source``;
    - feed files (``.xml``, ``.rss``, ``.atom``; RSS, Atom or JSON Feed), read by the poller's own
      parser: the item's published time, title, link and summary, the feed's title as the source;
    - ``.json`` files holding a list of items (or a JSON Feed) with ``title``, ``link`` or ``url``,
      ``date_published``/``published``/``first_seen``, optional ``description``/``summary`` and an
      outlet in ``album``/``author``/``source`` (the shape of a feed reader's export).

    Items without a time or a title are skipped (they cannot be placed on a day); a file that is
    none of these raises ``ValueError`` naming it.
    """
    if folder.is_dir():
        files = sorted(f for f in folder.rglob("*") if f.is_file() and f.suffix.lower() in (".csv", ".json", *FEED_SUFFIXES))
    else:
        files = [folder]
    out: list[Headline] = []
    for f in files:
        suffix = f.suffix.lower()
        if suffix == ".csv":
            out.extend(_read_csv(f))
        elif suffix == ".json":
            out.extend(_read_json(f))
        elif suffix in FEED_SUFFIXES:
            out.extend(_read_feed(f))
        else:
            raise ValueError(f"{f}: not a headline file (CSV, JSON items or a feed file)")
    return out


def _read_csv(f: Path) -> list[Headline]:
    out: list[Headline] = []
    with f.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        cols = set(reader.fieldnames or ())
        seen_col = "first_seen_utc" if "first_seen_utc" in cols else "first_seen"
        if seen_col not in cols or "title" not in cols:
            raise ValueError(f"{f}: needs the columns first_seen_utc (or first_seen) and title; found {sorted(cols)}")
        for n, row in enumerate(reader, start=2):
            try:
                seen = datetime.fromisoformat(row[seen_col].replace("Z", "+00:00"))
            except ValueError as exc:
                raise ValueError(f"{f}:{n}: {seen_col} {row[seen_col]!r} is not an ISO date-time") from exc
            out.append(Headline(seen if seen.tzinfo else seen.replace(tzinfo=UTC), row["title"].strip(),
                                (row.get("link") or "").strip() or None, (row.get("source") or "headlines").strip()))
    return out


def _when(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        t = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return t if t.tzinfo else t.replace(tzinfo=UTC)


def _read_json(f: Path) -> list[Headline]:
    import json

    from monitor.feeds.normalise import html_to_text, normalise_language

    try:
        data = json.loads(f.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"{f}: not a JSON file of items ({exc})") from exc
    if isinstance(data, dict) and isinstance(data.get("version"), str) and "jsonfeed" in data["version"]:
        return _read_feed(f)
    items = data.get("items") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise ValueError(f"{f}: expected a list of items (or a JSON Feed)")
    out: list[Headline] = []
    for it in items:
        if not isinstance(it, dict):
            continue
        seen = _when(it.get("first_seen_utc") or it.get("first_seen") or it.get("date_published") or it.get("published"))
        title = html_to_text(str(it.get("title") or ""))
        if seen is None or not title:
            continue
        outlet = next((str(it[k]) for k in ("album", "author", "source") if isinstance(it.get(k), str)
                       and it[k] and not str(it[k]).startswith("http")), None)
        source = outlet or str(it.get("source") or f.stem)
        out.append(Headline(seen, title, str(it.get("link") or it.get("url") or "") or None, source,
                            summary=html_to_text(str(it.get("description") or it.get("summary") or "")),
                            language=normalise_language(str(it.get("language") or "")) or "en"))
    return out


def _read_feed(f: Path) -> list[Headline]:
    from monitor.feeds.normalise import html_to_text, normalise_language
    from monitor.feeds.parse import parse_feed

    raw = parse_feed(f.read_bytes())
    if raw.error:
        raise ValueError(f"{f}: {raw.error}")
    source = (raw.title or f.stem).strip()
    lang = normalise_language(raw.language) or "en"
    out: list[Headline] = []
    for e in raw.entries:
        title = html_to_text(e.title or "")
        if e.published is None or not title:
            continue
        t = e.published if e.published.tzinfo else e.published.replace(tzinfo=UTC)
        out.append(Headline(t, title, e.link, source, summary=html_to_text(e.summary_html or ""), language=lang))
    return out


REFERENCE_COLUMNS = ("GPRD", "GPRD_THREAT", "GPRD_ACT")


def read_reference(path: Path) -> dict[date, dict[str, float]]:
    """The daily GPR file (``DAY`` as YYYYMMDD, ``GPRD``, ``GPRD_THREAT``, ``GPRD_ACT``)."""
    out: dict[date, dict[str, float]] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for n, row in enumerate(csv.DictReader(fh), start=2):
            try:
                d = datetime.strptime(row["DAY"].strip(), "%Y%m%d").date()
                out[d] = {c: float(row[c]) for c in REFERENCE_COLUMNS if row.get(c, "").strip()}
            except (KeyError, ValueError) as exc:
                raise ValueError(f"{path}:{n}: not a GPR row ({exc})") from exc
    return out


# ----------------------------------------------------------------------------- baselines

NINE_WORDS = re.compile(r"\b(war|wars|attack\w*|missile\w*|strike\w*|military|troops|threat\w*|nuclear|terror\w*)\b", re.I)

# GPR's word sets (METHODOLOGY.md; Caldara & Iacoviello 2022, appendix): "word*" is a prefix.
_WAR = ("war", "wars", "conflict", "hostilities", "revolution*", "insurrection", "uprising", "revolt", "coup", "geopolitical")
_THREAT = ("threat*", "warn*", "fear*", "risk*", "concern*", "danger*", "doubt*", "crisis", "troubl*", "disput*",
           "tension*", "imminen*", "inevitable", "footing", "menace*", "brink", "scare", "peril*")
_ACTOR = ("allie*", "ally", "enem*", "insurgen*", "foe*", "army", "navy", "aerial", "troops", "rebels")
_FIGHT = ("advance*", "attack*", "strike*", "drive*", "shell*", "offensive", "invasion", "invad*", "clash*", "raid*",
          "launch*")
_BUILDUP = ("buildup*", "build-up*", "sanction*", "blockad*", "embargo", "quarantine", "ultimatum", "mobiliz*")
_EXCLUDE = ("movie*", "film*", "museum*", "anniversar*", "obituar*", "memorial*", "arts", "book", "books", "memoir*",
            "game", "story", "history", "veteran*", "tribute*", "sport", "music", "racing", "cancer", "mafia", "trial",
            "tax")


def _matcher(words: Iterable[str]) -> re.Pattern[str]:
    alts = [re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for w in words]
    return re.compile(r"^(?:" + "|".join(alts) + r")$")


_M = {k: _matcher(v) for k, v in (("war", _WAR), ("threat", _THREAT), ("actor", _ACTOR), ("fight", _FIGHT),
                                   ("buildup", _BUILDUP), ("exclude", _EXCLUDE))}
_WORD = re.compile(r"[a-z][a-z'-]*")


def _near(toks: Sequence[str], a: re.Pattern[str], b: re.Pattern[str], span: int = 2) -> bool:
    ia = [i for i, t in enumerate(toks) if a.match(t)]
    if not ia:
        return False
    ib = [i for i, t in enumerate(toks) if b.match(t)]
    return any(abs(i - j) <= span + 1 for i in ia for j in ib)


def gpr_words(title: str) -> bool:
    """GPR's search on one headline: topic word within two words of a threat/act word, a build-up
    word, or "nuclear weapon(s)"/"nuclear threat"; no exclusion word ("price war" excluded too)."""
    low = title.lower()
    toks = _WORD.findall(low)
    if any(_M["exclude"].match(t) for t in toks) or "price war" in low or "real estate" in low:
        return False
    return (
        _near(toks, _M["war"], _M["threat"]) or _near(toks, _M["actor"], _M["fight"])
        or any(_M["buildup"].match(t) for t in toks)
        or bool(re.search(r"\bnuclear (weapon|threat|war|bomb|attack)", low))
        or bool(re.search(r"\b(terror\w*) (attack|threat|plot)", low))
    )


# ----------------------------------------------------------------------------- the run


def _entry(h: Headline) -> Any:
    from monitor.feeds.normalise import canonical_url, content_hash, entry_key
    from monitor.feeds.types import ParsedEntry

    url = canonical_url(h.link)
    return ParsedEntry(
        entry_key=entry_key(None, url, h.title, h.summary), guid=None, url=url, title=h.title, summary=h.summary,
        content="", author=None, published=h.first_seen, published_raw=h.first_seen.isoformat(),
        date_substituted=False, updated=None, language=h.language,
        content_hash=content_hash({"title": h.title, "summary": h.summary, "content": "", "url": url, "author": None}),
    )


def _publisher(h: Headline) -> str:
    # Google News titles end in " - Outlet"
    m = re.search(r"\s+-\s+([^-]{2,80})$", h.title)
    return m.group(1).strip() if m and h.source.startswith("google") else h.source


def build_index(headlines: Sequence[Headline], database_url: str, settings: Any, analyzer: Any) -> dict[date, dict[str, float]]:
    """Headlines through store → analyse → stories → index in ``database_url`` (must be empty);
    returns the global scope's daily values and the any-signal share per day."""
    from sqlalchemy import func, select

    from monitor.index.build import rebuild
    from monitor.ingest import analyse_stored
    from monitor.settings import SourceSpec
    from monitor.store import make_engine, upgrade
    from monitor.store.articles import store_entries
    from monitor.store.models import article_analyses, articles, daily_index, sources
    from monitor.store.sources import sync_sources

    engine = make_engine(database_url)
    upgrade(engine)
    now = utcnow()
    try:
        with engine.begin() as conn:
            if conn.execute(select(func.count()).select_from(articles)).scalar():
                raise ValueError(f"{database_url} already holds articles: validate into an empty database")
        specs: dict[str, SourceSpec] = {}
        batches: dict[tuple[date, str], list[Any]] = defaultdict(list)
        for h in headlines:
            pub = _publisher(h)
            name = f"{h.source}:{pub}"
            specs.setdefault(name, SourceSpec(name=name, url=f"https://validate.invalid/{hashlib.blake2b(name.encode(), digest_size=6).hexdigest()}",
                                              publisher=pub, language=h.language, enabled=False))
            batches[(h.first_seen.astimezone(settings.tz).date(), name)].append(_entry(h))
        with engine.begin() as conn:
            sync_sources(conn, specs.values(), now)
            sid = {r.name: r.id for r in conn.execute(select(sources.c.id, sources.c.name))}
        for (_day, name), entries in sorted(batches.items()):
            entries.sort(key=lambda e: e.published)
            with engine.begin() as conn:
                counts = store_entries(conn, sid[name], entries, now)
                analyse_stored(conn, analyzer, sid[name], counts, now, settings)
        with engine.begin() as conn:
            rebuild(conn, settings.index, now)
        out: dict[date, dict[str, float]] = {}
        with engine.connect() as conn:
            for r in conn.execute(select(daily_index).where(daily_index.c.scope == "global")).mappings():
                # ("index" through the mapping: a Row's .index is tuple.index)
                out[r["day"]] = {"stories": float(r["stories"]), "escalation": r["escalation"], "threat": r["threat"],
                                 "act": r["act"], "de_escalation": r["de_escalation"],
                                 "index": r["index"] if r["index"] is not None else math.nan,
                                 # formula 2.0's basis: stories (events, once each) reporting each component
                                 **{f"{c}_stories": float(r[f"{c}_stories"] or 0)
                                    for c in ("escalation", "threat", "act", "de_escalation")}}
            signalled: Counter[date] = Counter()
            total: Counter[date] = Counter()
            for a in conn.execute(select(articles.c.published_at, article_analyses.c.escalation)
                                  .join(article_analyses, article_analyses.c.article_id == articles.c.id)):
                d = a.published_at.astimezone(settings.tz).date()
                total[d] += 1
                signalled[d] += a.escalation > 0
            for d, v in out.items():
                v["any_signal_share"] = 100.0 * signalled[d] / total[d] if total[d] else 0.0
                v["signal_articles"] = float(signalled[d])
        return out
    finally:
        engine.dispose()


def baselines(headlines: Iterable[Headline], tz: Any) -> dict[date, dict[str, float]]:
    per: dict[date, Counter[str]] = defaultdict(Counter)
    for h in headlines:
        c = per[h.first_seen.astimezone(tz).date()]
        c["n"] += 1
        c["nine"] += bool(NINE_WORDS.search(h.title))
        c["gpr"] += gpr_words(h.title)
    return {d: {"nine_word_share": 100.0 * c["nine"] / c["n"], "nine_word_count": float(c["nine"]),
                "gpr_word_share": 100.0 * c["gpr"] / c["n"], "gpr_word_count": float(c["gpr"]), "headlines": float(c["n"])}
            for d, c in per.items() if c["n"]}


# ours first: formula 2.0's counts of stories (the index's basis), its rebased index, then 1.0's
# weighted values per 100 stories (kept for comparison) and an article count
SERIES = ("escalation_stories", "threat_stories", "act_stories", "de_escalation_stories", "index",
          "escalation", "threat", "act", "de_escalation", "signal_articles",
          "any_signal_share", "nine_word_share", "nine_word_count", "gpr_word_share", "gpr_word_count")
BASELINES = ("any_signal_share", "nine_word_share", "nine_word_count", "gpr_word_share", "gpr_word_count")


def compare(ours: Mapping[date, Mapping[str, float]], reference: Mapping[date, Mapping[str, float]],
            lags: Sequence[int], *, day_from: date | None = None, day_to: date | None = None,
            resamples: int = 1000) -> dict[str, Any]:
    """Every series against every reference column at every lag (series day d vs reference day d + lag)."""
    days = sorted(d for d in ours if (day_from is None or d >= day_from) and (day_to is None or d <= day_to))
    table: list[dict[str, Any]] = []
    for lag in lags:
        for col in REFERENCE_COLUMNS:
            pairs = [(d, reference[d + timedelta(days=lag)][col]) for d in days
                     if d + timedelta(days=lag) in reference and col in reference[d + timedelta(days=lag)]]
            for s in SERIES:
                xs = [(ours[d].get(s, math.nan), y) for d, y in pairs]
                xs = [(x, y) for x, y in xs if not math.isnan(x)]
                if len(xs) < 3:
                    continue
                c = correlate([x for x, _ in xs], [y for _, y in xs], resamples=resamples)
                table.append({"series": s, "reference": col, "lag": lag, "baseline": s in BASELINES, **c.as_json()})
    return {"days": len(days), "from": days[0].isoformat() if days else None, "to": days[-1].isoformat() if days else None,
            "rows": table}


def paired_difference(a: Sequence[float], b: Sequence[float], y: Sequence[float], *, resamples: int = 1000,
                      seed: int = 11) -> tuple[float | None, tuple[float, float] | None]:
    """Spearman(a, y) - Spearman(b, y) with a paired percentile bootstrap 95% interval (the same
    resampled days for both series): the difference is a win only if the interval excludes 0."""
    ra, rb = spearman(a, y), spearman(b, y)
    if ra is None or rb is None:
        return None, None
    n = len(y)
    rng = random.Random(seed)
    diffs: list[float] = []
    for _ in range(resamples if n >= 5 else 0):
        idx = [rng.randrange(n) for _ in range(n)]
        sa = spearman([a[i] for i in idx], [y[i] for i in idx])
        sb = spearman([b[i] for i in idx], [y[i] for i in idx])
        if sa is not None and sb is not None:
            diffs.append(sa - sb)
    if len(diffs) < 20:
        return ra - rb, None
    diffs.sort()
    return ra - rb, (diffs[int(0.025 * (len(diffs) - 1))], diffs[int(0.975 * (len(diffs) - 1))])


INDEX_SERIES = "escalation_stories"  # the global escalation index of formula 2.0 (its basis)
THREAT_SERIES = "threat_stories"
THREAT_TARGET = 0.5  # issue 10 §3: the threat sub-index against next-day GPRD_THREAT


def verdict(ours: Mapping[date, Mapping[str, float]], reference: Mapping[date, Mapping[str, float]], *, lag: int = 1,
            day_from: date | None = None, day_to: date | None = None, resamples: int = 1000) -> dict[str, Any]:
    """The two questions of issue 10 §3 in one place: does the global escalation index beat the best
    naive baseline on GPRD at ``lag`` (paired bootstrap of the difference), and does the threat
    sub-index reach Spearman 0.5 against GPRD_THREAT?"""
    days = sorted(d for d in ours if (day_from is None or d >= day_from) and (day_to is None or d <= day_to)
                  and "GPRD" in reference.get(d + timedelta(days=lag), {}))
    y = [reference[d + timedelta(days=lag)]["GPRD"] for d in days]

    def col(name: str) -> list[float]:
        return [ours[d].get(name, math.nan) for d in days]

    usable = [b for b in BASELINES if all(not math.isnan(v) for v in col(b))]
    best = max(usable, key=lambda b: spearman(col(b), y) or -2.0, default=None)
    out: dict[str, Any] = {"lag": lag, "days": len(days), "index_series": INDEX_SERIES}
    if best is None or len(days) < 5:
        return out
    diff, ci = paired_difference(col(INDEX_SERIES), col(best), y, resamples=resamples)
    ours_r, best_r = spearman(col(INDEX_SERIES), y), spearman(col(best), y)
    out.update({
        "index_spearman": None if ours_r is None else round(ours_r, 3),
        "best_baseline": best, "best_baseline_spearman": None if best_r is None else round(best_r, 3),
        "difference": None if diff is None else round(diff, 3),
        "difference_ci": None if ci is None else [round(ci[0], 3), round(ci[1], 3)],
        "beats_best_baseline": ("yes" if ci and ci[0] > 0 else "no" if ci and ci[1] < 0
                                else "inside the interval: not a win either way"),
    })
    ty = [(ours[d].get(THREAT_SERIES, math.nan), reference[d + timedelta(days=lag)].get("GPRD_THREAT"))
          for d in days if "GPRD_THREAT" in reference[d + timedelta(days=lag)]]
    tc = correlate([a for a, _ in ty], [b for _, b in ty if b is not None], resamples=resamples) if ty else None
    if tc is not None:
        out["threat"] = {"series": THREAT_SERIES, **tc.as_json(), "target": THREAT_TARGET,
                         "meets_target": bool(tc.spearman is not None and tc.spearman >= THREAT_TARGET)}
    return out


def format_verdict(v: Mapping[str, Any]) -> str:
    if "best_baseline" not in v:
        return f"verdict: too few days ({v.get('days', 0)})"
    ci = v["difference_ci"]
    lines = [
        f"verdict (reference day = index day + {v['lag']}, {v['days']} days):",
        f"  global escalation index ({v['index_series']}): Spearman {v['index_spearman']:+.3f} against GPRD;"
        f" best naive baseline {v['best_baseline']} {v['best_baseline_spearman']:+.3f};"
        f" difference {v['difference']:+.3f}" + (f" [{ci[0]:+.2f}, {ci[1]:+.2f}]" if ci else "")
        + f": beats it? {v['beats_best_baseline']}",
    ]
    t = v.get("threat")
    if t:
        tci = t["spearman_ci"]
        sp = "–" if t["spearman"] is None else f"{t['spearman']:+.3f}"
        lines.append(f"  threat sub-index ({t['series']}): Spearman {sp}"
                     + (f" [{tci[0]:+.2f}, {tci[1]:+.2f}]" if tci else "")
                     + f" against GPRD_THREAT; target {t['target']}: {'met' if t['meets_target'] else 'not met'}")
    return "\n".join(lines)


def format_table(rep: Mapping[str, Any]) -> str:
    lines = [f"days: {rep['days']} ({rep['from']} .. {rep['to']}); series day d against reference day d + lag",
             f"{'series':<18} {'reference':<12} {'lag':>3} {'n':>4} {'Spearman':>9} {'95% CI':>15} {'Pearson':>8} {'95% CI':>15}"]
    for r in rep["rows"]:
        def ci(v: list[float] | None) -> str:
            return f"[{v[0]:+.2f}, {v[1]:+.2f}]" if v else "–"
        sp = "–" if r["spearman"] is None else f"{r['spearman']:+.3f}"
        pe = "–" if r["pearson"] is None else f"{r['pearson']:+.3f}"
        name = r["series"] + (" *" if r["baseline"] else "")
        lines.append(f"{name:<18} {r['reference']:<12} {r['lag']:>3} {r['n']:>4} {sp:>9} {ci(r['spearman_ci']):>15} {pe:>8} {ci(r['pearson_ci']):>15}")
    lines.append("* a naive baseline computed from the same headlines on the same days")
    return "\n".join(lines)


def plot(ours: Mapping[date, Mapping[str, float]], reference: Mapping[date, Mapping[str, float]], path: Path, lag: int = 1,
         *, day_from: date | None = None, day_to: date | None = None) -> None:
    """Standardised series against GPRD (reference shifted back by ``lag``), one PNG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    days = sorted(d for d in ours if d + timedelta(days=lag) in reference
                  and (day_from is None or d >= day_from) and (day_to is None or d <= day_to))

    def z(v: list[float]) -> list[float]:
        m = sum(v) / len(v)
        sd = math.sqrt(sum((x - m) ** 2 for x in v) / len(v)) or 1.0
        return [(x - m) / sd for x in v]

    def gaps(vals: list[float]) -> tuple[list[date], list[float]]:
        # a missing stretch (a held-out month) is drawn as a gap, not a straight line across it
        xs: list[date] = []
        ys: list[float] = []
        for i, (d, v) in enumerate(zip(days, vals, strict=True)):
            if i and (d - days[i - 1]).days > 1:
                xs.append(days[i - 1] + timedelta(days=1))
                ys.append(math.nan)
            xs.append(d)
            ys.append(v)
        return xs, ys

    fig, ax = plt.subplots(figsize=(11, 4))
    for key, label in (("escalation_stories", "escalation stories (ours, formula 2.0)"), ("threat_stories", "threat stories (ours)"),
                       ("nine_word_count", "nine-word count (baseline)")):
        vals = [ours[d].get(key, 0.0) for d in days]
        if vals:
            ax.plot(*gaps(z(vals)), label=label, linewidth=1)  # type: ignore[arg-type]  # matplotlib takes dates
    ref = [reference[d + timedelta(days=lag)]["GPRD"] for d in days]
    if ref:
        ax.plot(*gaps(z(ref)), label=f"GPRD (day + {lag})", color="black", linewidth=1.5)  # type: ignore[arg-type]
    ax.set_ylabel("standardised")
    ax.legend(loc="upper left", fontsize=8)
    fig.autofmt_xdate()
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
