"""Ingest: turn one fetched (or on-disk) feed into stored articles and source state.

Runs parse -> normalise -> store -> schedule decision -> state update for one
source inside ONE transaction, so a crash can never leave articles stored
without the source's validators and next check (or the other way round).
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, and_, func, select, update

from monitor.analysis.analyzer import Analyzer
from monitor.feeds.normalise import normalise_feed
from monitor.feeds.parse import FeedParser, parse_feed
from monitor.feeds.schedule import ScheduleDecision, SourceState, decide
from monitor.feeds.types import FetchResult, Outcome, ParsedFeed
from monitor.redact import mask_url
from monitor.settings import Settings, SourceSpec
from monitor.store.articles import StoreCounts, store_entries
from monitor.store.models import articles, fetches, publishers, sources
from monitor.store.sources import ClaimedSource, StoreError, ensure_publisher, sync_sources

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class PollReport:
    """What one poll of one source did: logged, shown in the summary table."""

    source: str
    source_id: int
    url: str
    outcome: str
    status: int | None
    entries: int
    new: int
    updated: int
    unchanged: int
    bytes: int
    ms: float
    error: str | None
    problem: str | None
    next_check: datetime | None
    reason: str | None
    lease_lost: bool = False

    def log_fields(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "status": self.status,
            "outcome": self.outcome,
            "new": self.new,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "bytes": self.bytes,
            "ms": round(self.ms),
            "next_check": self.next_check.isoformat(timespec="seconds") if self.next_check else None,
            "error": self.error,
            "problem": self.problem,
        }


def parse_and_normalise(
    content: bytes,
    headers: Mapping[str, str],
    url: str | None,
    *,
    fetched_at: datetime,
    default_language: str | None,
    parser: FeedParser = parse_feed,
) -> ParsedFeed:
    raw = parser(content, headers, url)
    return normalise_feed(raw, fetched_at=fetched_at, default_language=default_language)


def parse_fetched(claimed: ClaimedSource, result: FetchResult, *, parser: FeedParser = parse_feed) -> ParsedFeed | None:
    """The fetched document parsed and normalised (None: nothing new was fetched).  Pure: the poll
    runs it before its store transaction, so that SQLite's write lock is not held while a feed is
    parsed -- parsing is most of the store stage's CPU, and the analysis workers' writes waited
    behind it (issue 12, bench/ingest.py --beside)."""
    if result.outcome is not Outcome.OK or result.content is None:
        return None
    return parse_and_normalise(
        result.content, result.headers, result.final_url or result.url,
        fetched_at=result.fetched_at, default_language=claimed.language, parser=parser,
    )


def process_fetch(
    conn: Connection,
    claimed: ClaimedSource,
    result: FetchResult,
    settings: Settings,
    *,
    worker: str,
    now: datetime,
    rand: float,
    parser: FeedParser = parse_feed,
    analyzer: Analyzer | None = None,
    parsed: ParsedFeed | None = None,
) -> PollReport:
    """Store what ``result`` brought and record the source's new state.  ``parsed``: the document
    already parsed by :func:`parse_fetched` (the poll parses before it opens the transaction),
    else it is parsed here."""
    counts = StoreCounts()
    outcome = result.outcome
    error = result.error
    if parsed is None:
        parsed = parse_fetched(claimed, result, parser=parser)
    if parsed is not None:
        if parsed.error:
            outcome, error = Outcome.PARSE_ERROR, parsed.error
        else:
            counts = store_entries(conn, claimed.id, parsed.entries, now)
            analyse_stored(conn, analyzer, claimed.id, counts, now, settings)
    decision = decide(
        result if outcome is result.outcome else replace(result, outcome=outcome, error=error),
        SourceState(
            interval=claimed.interval_seconds,
            consecutive_errors=claimed.consecutive_errors,
            url=claimed.url,
            redirect_target=claimed.redirect_target,
            redirect_count=claimed.redirect_count,
        ),
        settings.poll,
        now=now,
        rand=rand,
        ttl_minutes=parsed.ttl_minutes if parsed else None,
        parse_failed=outcome is Outcome.PARSE_ERROR,
        redirect_threshold=settings.http.permanent_redirect_threshold,
    )
    lease_lost = not _record(conn, claimed, result, outcome, error, parsed, counts, decision, worker=worker, now=now)
    return PollReport(
        source=claimed.name,
        source_id=claimed.id,
        url=claimed.url,
        outcome=str(outcome),
        status=result.status,
        entries=len(parsed.entries) if parsed else 0,
        new=counts.new,
        updated=counts.updated,
        unchanged=counts.unchanged,
        bytes=result.bytes_read,
        ms=result.duration_ms,
        error=error,
        problem=parsed.problem if parsed else None,
        next_check=decision.next_check,
        reason=decision.reason,
        lease_lost=lease_lost,
    )


def _record(
    conn: Connection,
    claimed: ClaimedSource,
    result: FetchResult,
    outcome: Outcome,
    error: str | None,
    parsed: ParsedFeed | None,
    counts: StoreCounts,
    decision: ScheduleDecision,
    *,
    worker: str,
    now: datetime,
) -> bool:
    conn.execute(
        fetches.insert().values(
            source_id=claimed.id,
            started_at=result.fetched_at,
            url=result.url,
            status=result.status,
            outcome=str(outcome),
            duration_ms=result.duration_ms,
            bytes=result.bytes_read,
            entries=len(parsed.entries) if parsed else 0,
            new=counts.new,
            updated=counts.updated,
            unchanged=counts.unchanged,
            error=error,
            worker=worker,
        )
    )
    ok = outcome in (Outcome.OK, Outcome.NOT_MODIFIED)
    values: dict[str, Any] = {
        "next_check_at": decision.next_check,
        "consecutive_errors": decision.consecutive_errors,
        "last_status": result.status,
        "last_outcome": str(outcome),
        "last_fetched_at": result.fetched_at,
        "redirect_target": decision.redirect_target,
        "redirect_count": decision.redirect_count,
        "lease_owner": None,
        "lease_expires_at": None,
        "updated_at": now,
    }
    if ok:
        values.update(last_success_at=now, etag=result.etag, last_modified=result.last_modified)
        if counts.new:
            values["last_new_at"] = now
    else:
        values.update(last_error=error or str(outcome), last_error_at=now)
    if parsed is not None:
        values["feed_problem"] = parsed.problem
        if parsed.title:
            values["feed_title"] = parsed.title[:500]
    if decision.disable:
        values.update(enabled=False, disabled_reason=decision.disabled_reason)
    if decision.new_url and decision.new_url != claimed.url:
        taken = conn.execute(select(sources.c.name).where(sources.c.url == decision.new_url)).first()
        if taken is None:
            log.info("source %s moved permanently: %s -> %s", claimed.name, mask_url(claimed.url), mask_url(decision.new_url))
            values.update(url=decision.new_url)
        else:
            log.warning(
                "source %s redirects permanently to %s, which source %s already polls; URL kept",
                claimed.name, mask_url(decision.new_url), taken.name,
            )
    # Guarded by the lease: if ours expired and another worker took the source,
    # its state wins (the articles we stored are idempotent either way).
    res = conn.execute(
        update(sources)
        .where(and_(sources.c.id == claimed.id, sources.c.lease_owner == worker))
        .values(**values)
    )
    return bool(res.rowcount)


def ingest_bytes(
    conn: Connection,
    source_id: int,
    content: bytes,
    *,
    now: datetime,
    name: str = "",
    language: str | None = None,
    parser: FeedParser = parse_feed,
    analyzer: Analyzer | None = None,
    settings: Settings | None = None,
) -> tuple[ParsedFeed, StoreCounts]:
    """Store a feed document that did not come over HTTP (archives, backfills)."""
    parsed = parse_and_normalise(
        content, {}, None, fetched_at=now, default_language=language, parser=parser
    )
    if parsed.error:
        return parsed, StoreCounts()
    counts = store_entries(conn, source_id, parsed.entries, now)
    analyse_stored(conn, analyzer, source_id, counts, now, settings)
    return parsed, counts


def analyse_stored(
    conn: Connection,
    analyzer: Analyzer | None,
    source_id: int,
    counts: StoreCounts,
    now: datetime,
    settings: Settings | None = None,
) -> None:
    """Queue the new and changed articles for the analysis stage, in the transaction that stores them.

    The daemon, ``monitor poll`` and ``monitor ingest`` read them afterwards in batches
    (``monitor/pipeline.py``), so storing never waits for reading.  Given an ``analyzer``
    (single-process tools: ``validate gpr``, benchmarks, tests), the articles are also read
    here at once, inside a savepoint: a failure of the analyser never loses the articles --
    it is logged, the savepoint rolls back and they stay queued.
    """
    if not counts.changed_keys:
        return
    from monitor.store import queue

    ids = queue.enqueue_keys(conn, source_id, counts.changed_keys, now)
    if analyzer is None or not ids:
        return
    from monitor.pipeline import analyse_texts
    from monitor.store.analyses import article_texts

    try:
        with conn.begin_nested():
            texts = article_texts(conn, ids)
            analyse_texts(conn, analyzer, texts, now, settings.analysis.max_chars if settings else None)
    except Exception:
        log.exception("analysing %d article(s) of source %d failed; stored without a reading (queued)", len(ids), source_id)
        return
    # Stories and the index's dirty days: same transaction, own savepoint.
    from zoneinfo import ZoneInfo

    from monitor.index.formula import IndexSettings
    from monitor.index.stories import assign_stories

    try:
        with conn.begin_nested():
            assign_stories(
                conn, [t.id for t in texts], analyzer.ref,
                settings.index if settings else IndexSettings(),
                settings.tz if settings else ZoneInfo("UTC"), now,
            )
            queue.remove(conn, ids)
    except Exception:
        log.exception("grouping %d article(s) of source %d into stories failed (they stay queued)", len(texts), source_id)


FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom", ".json", ".aspx", ".feed"})
_NAME_MAX = 200  # sources.name is String(200)
_CHUNK = 500


@dataclass(frozen=True, slots=True)
class FeedFile:
    """A feed file found by ``monitor ingest``, with the PATH it was found under.

    ``root`` is the folder the operator named, or the folder holding a file
    named directly; names and default publishers are taken from the file's
    place below it, so they do not depend on the working directory.
    """

    path: Path
    root: Path

    @property
    def uri(self) -> str:
        """The file's identity: its resolved absolute path (``sources.url``, unique)."""
        return self.path.resolve().as_uri()

    @property
    def relative(self) -> Path:
        """The file's path below its root, as the operator sees it (symlinks not followed)."""
        here, root = Path(os.path.abspath(self.path)), Path(os.path.abspath(self.root))
        try:
            return here.relative_to(root)
        except ValueError:
            return Path(here.name)


def find_feed_files(paths: list[Path]) -> list[FeedFile]:
    """Expand folders into the feed-like files inside them, sorted, stable, each with its root."""
    out: list[FeedFile] = []
    for p in paths:
        if p.is_dir():
            out.extend(
                FeedFile(f, p)
                for f in sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in FEED_SUFFIXES)
            )
        else:
            out.append(FeedFile(p, p.parent))
    return out


def feed_files(paths: list[Path]) -> list[Path]:
    """Expand folders into the feed-like files inside them, sorted, stable."""
    return [f.path for f in find_feed_files(paths)]


def default_publisher(f: FeedFile) -> str:
    """The publisher of a new file source when ``--publisher`` is not given.

    One folder per outlet (``archive/bbc/2025-06-01.xml`` ingested as
    ``archive``): the first folder below the root. A file directly in the root
    (a flat folder of feeds, one per outlet, or a file named directly): its
    stem, as before.
    """
    parts = f.relative.parts
    return parts[0] if len(parts) > 1 else f.path.stem


def file_source_name(f: FeedFile, publisher: str | None = None) -> str:
    """The name a new file source gets: ``file:[PUBLISHER/]PATH-BELOW-ROOT`` without the suffix.

    ``archive/bbc/2025-06-01.xml`` ingested as ``archive`` is ``file:bbc/2025-06-01``;
    with ``--publisher BBC`` it is ``file:BBC/bbc/2025-06-01``; a file directly in
    the root is ``file:<stem>`` (``file:BBC/<stem>``). The name is only a label:
    a file's source is found again by its resolved path (see `ensure_file_source`),
    and a name another file already holds gets a suffix from the path's hash.
    """
    rel = f.relative.with_suffix("").as_posix()
    name = "file:" + (f"{publisher}/" if publisher else "") + rel
    if len(name) > _NAME_MAX:
        keep = _NAME_MAX - len("file:…") - 9  # room for "~" + 8 hex digits
        name = "file:…" + name[-keep:] + "~" + _path_hash(f.uri, 4)
    return name


def _path_hash(uri: str, size: int) -> str:
    return hashlib.blake2b(uri.encode("utf-8"), digest_size=size).hexdigest()


@dataclass(frozen=True, slots=True)
class FileSource:
    id: int
    name: str
    language: str | None
    created: bool
    note: str | None = None


def ensure_file_source(
    conn: Connection,
    f: FeedFile,
    *,
    publisher: str | None,
    language: str | None,
    now: datetime,
) -> FileSource:
    """The disabled source that holds one file's entries: found by the file's resolved path, else created.

    The same file therefore maps to the same source however it is reached
    (relative or absolute path, another root, a symlink) and a re-ingest adds
    nothing; a source keeps the name it was created with, including a
    ``file:<stem>`` from before names were path-based. ``publisher`` (the
    operator's ``--publisher``) always wins, for new and existing sources;
    without it an existing source keeps its publisher and a new one gets
    `default_publisher`. ``language`` is only written when given.
    """
    uri = f.uri
    row = conn.execute(
        select(sources.c.id, sources.c.name, sources.c.language, sources.c.publisher_id).where(sources.c.url == uri)
    ).first()
    if row is not None:
        values: dict[str, Any] = {}
        if publisher:
            pub_id = ensure_publisher(conn, publisher, None, now)
            if pub_id != row.publisher_id:
                values["publisher_id"] = pub_id
        if language and language != row.language:
            values["language"] = language
        if values:
            conn.execute(update(sources).where(sources.c.id == row.id).values(**values, updated_at=now))
        return FileSource(int(row.id), str(row.name), language or row.language, created=False)

    base = file_source_name(f, publisher)
    # Another file holds the name (the same path below another root): the path's hash tells them apart.
    candidates = [base] + [base[: _NAME_MAX - 2 * size - 1] + "~" + _path_hash(uri, size) for size in (4, 8)]
    for name in candidates:
        if conn.execute(select(sources.c.id).where(sources.c.name == name)).first() is None:
            break
    else:
        raise StoreError(f"no free source name for {f.path} (tried {', '.join(candidates)})")
    pub = publisher or default_publisher(f)
    note = None if publisher else _shared_default_publisher(conn, pub, f)
    sync_sources(conn, [SourceSpec(name=name, url=uri, publisher=pub, language=language, enabled=False)], now)
    sid = int(conn.execute(select(sources.c.id).where(sources.c.name == name)).scalar_one())
    return FileSource(sid, name, language, created=True, note=note)


def _shared_default_publisher(conn: Connection, pub: str, f: FeedFile) -> str | None:
    """A warning when a publisher taken from a file *name* already stands for a file elsewhere.

    ``monitor ingest archive/bbc archive/cnn`` with a ``2025-06-01.xml`` in each
    would credit both outlets to one publisher "2025-06-01": say so, and how to
    tell them apart. Publishers taken from an outlet folder are shared on purpose.
    """
    if len(f.relative.parts) > 1:
        return None
    other = conn.execute(
        select(sources.c.name)
        .join(publishers, publishers.c.id == sources.c.publisher_id)
        .where(publishers.c.name == pub, sources.c.url.like("file:%"))
        .order_by(sources.c.id)
        .limit(1)
    ).scalar()
    if other is None:
        return None
    return (f"publisher {pub!r} comes from the file name and already stands for source {other!r}: "
            f"if these are different outlets, ingest each folder with --publisher")


def legacy_overlap_note(conn: Connection, f: FeedFile, source_id: int, entry_keys: list[str]) -> str | None:
    """Whether this file's entries also sit in an old ``file:<stem>`` source of another file.

    Before names were path-based, every file with the same stem went into one
    source ``file:<stem>``, mixing outlets. Such a source is kept (the file whose
    path it holds still maps to it); a file that now gets a source of its own
    says here that its entries are stored there too, and how to repair that.
    """
    legacy = conn.execute(
        select(sources.c.id, sources.c.url).where(sources.c.name == f"file:{f.path.stem}")
    ).first()
    if legacy is None or int(legacy.id) == source_id or legacy.url == f.uri:
        return None
    keys = sorted(set(entry_keys))
    n = 0
    for i in range(0, len(keys), _CHUNK):
        n += conn.execute(
            select(func.count()).select_from(articles)
            .where(and_(articles.c.source_id == legacy.id, articles.c.entry_key.in_(keys[i : i + _CHUNK])))
        ).scalar_one()
    if not n:
        return None
    return (f"{n} of these entries are also stored under file:{f.path.stem}, a source that older versions "
            f"shared between every file named {f.path.name}: to repair, `monitor sources remove file:{f.path.stem}` "
            f"and ingest its folders again")
