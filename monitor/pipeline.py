"""The analysis stage (issue 12 §1-3): read queued articles in batches, outside the store's transaction.

Storing commits at once (``ingest.py`` queues what it stored, in the same
transaction).  This stage has two steps:

*read* (any number of workers, processes or machines at once):
1. claim a batch (a lease; short transaction);
2. read the texts and analyse them in memory -- no transaction open, so on
   SQLite the write lock is not held while a feed is being read;
3. in one transaction: save the readings and mark the rows read -- only if
   this worker still holds the lease, else it rolls back (never read twice).

*file* (one writer at a time: a PostgreSQL advisory lock; SQLite has one
writer anyway): put the read articles into stories in **publication order**
-- only those published before every article still being read, so the
stories are the ones a single worker would make, however many workers read
(the grouping window kept between batches) -- planned on a read connection
(``stories.plan_stories``), then written, the index's dirty days marked and
the articles taken off the queue in one short transaction (``write_plan``,
set-based writes; planned again inside it if the plan went stale).

A worker killed mid-batch leaves its rows leased; they are claimed again when
the lease runs out.  A reading saved but not yet filed stays queued.

Also here, the store-side glue of the analyser that used to sit in
``analysis/service.py`` (a package that is pure: issue 11 §2): ``analyse_texts``
(read and save in the caller's transaction, for ``ingest.py``'s single-process
path) and ``reanalyse`` (stale readings in batches, each with its stories).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, text

from monitor.analysis.analyzer import Analyzer
from monitor.analysis.types import Reading
from monitor.index.stories import assign_stories, db_name, remember_saved
from monitor.settings import AnalysisSettings, Settings
from monitor.store import queue
from monitor.store.analyses import (
    ArticleText,
    article_texts,
    save_readings,
)

log = logging.getLogger(__name__)

# pg_advisory_xact_lock key for story writes: an arbitrary constant of this application
# ("tmst" in ASCII), PostgreSQL docs §9.27.10 "Advisory Lock Functions"
STORY_LOCK = 0x746D7374
# pg_advisory_lock key (session level) of the filer role ("tmfl"): see FilerRole
FILER_LOCK = 0x746D666C


class LeaseLostError(Exception):
    """Another worker took over this batch (our lease ran out): its transaction rolls back."""


@dataclass(frozen=True, slots=True)
class StageReport:
    claimed: int
    read: int
    failed: int
    lost: int


def _log_truncated(article_id: int, r: Reading, max_chars: int | None) -> None:
    if r.truncated_from is not None:
        # the reading records it too (article_analyses.truncated_from/_to): never silently (issue 14 §5)
        log.warning("article %d: text of %d characters truncated to %d for analysis (analysis.max_chars = %d)",
                    article_id, r.truncated_from, r.truncated_to, max_chars or 0,
                    extra={"fields": {"article_id": article_id, "truncated_from": r.truncated_from,
                                      "truncated_to": r.truncated_to}})


class ReadingMemo:
    """The readings of recently read texts, by everything the analyser is given (issue 12).

    One wire story reaches a desk through many feeds (agencies' clients, an outlet's section
    feeds, aggregators): each copy is its own article, and was read again although the analyser
    is a pure function of its inputs -- the text, the language, the publication day, the outlet's
    country and the opinion flag (``Analyzer.analyze``).  Copies are read once per process
    now: the key is a 128-bit BLAKE2 digest of those inputs and the analyser's versions, so a
    copy from an outlet of another country, or read by a newer analyser, is read afresh.  Bounded
    by entries and by the characters of the texts it holds (a reading keeps its sentences), oldest
    dropped first: 4,096 readings of short corpus items hold ~14 MB (docs/benchmarks.md), and a
    worker's memory stays flat."""

    def __init__(self, max_entries: int = 4096, max_chars: int = 4_000_000) -> None:
        from collections import OrderedDict

        self.max_entries, self.max_chars = max_entries, max_chars
        self._memo: OrderedDict[bytes, tuple[Reading, int]] = OrderedDict()
        self._chars = 0
        self._owner: object | None = None

    def bind(self, analyzer: object) -> None:
        """Readings are one analyser's: another analyser object (a reloaded lexicon, a test's
        wrapper) starts an empty memo, whatever versions it reports."""
        if analyzer is not self._owner:
            self._memo.clear()
            self._chars = 0
            self._owner = analyzer

    @staticmethod
    def key(analyzer: Analyzer, t: ArticleText, max_chars: int | None) -> bytes:
        import hashlib

        h = hashlib.blake2b(digest_size=16)
        for part in (analyzer.version, analyzer.data_version, t.language or "", t.day.isoformat(), t.country or "",
                     "1" if t.opinion else "0", str(max_chars or 0), t.title or "", t.body):
            h.update(part.encode("utf-8", "surrogatepass"))
            h.update(b"\x1f")  # a separator no text field is expected to hold
        return h.digest()

    def get(self, key: bytes) -> Reading | None:
        got = self._memo.get(key)
        if got is None:
            return None
        self._memo.move_to_end(key)
        return got[0]

    def put(self, key: bytes, reading: Reading, chars: int) -> None:
        if chars > self.max_chars // 16 or key in self._memo:
            return  # one huge text would push out many ordinary ones
        self._memo[key] = (reading, chars)
        self._chars += chars
        while len(self._memo) > self.max_entries or self._chars > self.max_chars:
            _, (_, c) = self._memo.popitem(last=False)
            self._chars -= c


READINGS = ReadingMemo()  # this process's (a forked worker starts with a copy of its parent's)


def _analyse(analyzer: Analyzer, t: ArticleText, max_chars: int | None) -> Reading:
    READINGS.bind(analyzer)
    key = ReadingMemo.key(analyzer, t, max_chars)
    r = READINGS.get(key)
    if r is None:
        r = analyzer.analyze(t.body, lang=t.language, day=t.day, title=t.title, country=t.country,
                             opinion=t.opinion, max_chars=max_chars or None)
        READINGS.put(key, r, len(t.body) + len(t.title or ""))
    return r


def _read(analyzer: Analyzer, texts: list[ArticleText], max_chars: int | None) -> tuple[list[tuple[int, Reading]], dict[int, str]]:
    """Analyse in memory; one text's failure is recorded for it alone."""
    items: list[tuple[int, Reading]] = []
    errors: dict[int, str] = {}
    for t in texts:
        try:
            r = _analyse(analyzer, t, max_chars)
        except Exception as exc:  # a bad text must not stop the batch: recorded, retried, then shown
            log.exception("reading article %d failed", t.id)
            errors[t.id] = f"{type(exc).__name__}: {exc}"
            continue
        _log_truncated(t.id, r, max_chars)
        items.append((t.id, r))
    return items, errors


def read_batch(engine: Engine, analyzer: Analyzer, settings: Settings, *, worker: str,
               clock: Callable[[], datetime], batch: int = 500, lease_seconds: float = 600.0,
               only: list[int] | None = None) -> StageReport:
    """The read step for one batch; returns what happened (claimed 0: nothing left to read)."""
    with engine.begin() as conn:
        ids = queue.claim(conn, worker, clock(), lease_seconds, limit=batch, only=only)
    if not ids:
        return StageReport(0, 0, 0, 0)
    try:
        with (_reader(engine) or engine).connect() as conn:  # no write lock needed to read texts
            texts = article_texts(conn, ids)
        items, errors = _read(analyzer, texts, settings.analysis.max_chars)
        gone = set(ids) - {t.id for t in texts}  # deleted meanwhile: the queue row went with them
        with engine.begin() as conn:
            now = clock()
            saved = save_readings(conn, items, now)
            done = [aid for aid, _ in items]
            if queue.mark_read(conn, worker, done, now) != len(done):
                raise LeaseLostError(f"lease lost on a batch of {len(ids)}")
            for aid, err in errors.items():
                queue.fail(conn, worker, aid, err)
        # committed: this process's filer takes these readings from memory (stories.remember_saved)
        remember_saved(db_name(engine), saved)
        return StageReport(len(ids), len(items), len(errors), len(gone))
    except LeaseLostError:
        log.warning("analysis batch of %d article(s) not written: its lease ran out (another worker took it "
                    "over) or one of its articles changed and was queued afresh", len(ids))
        # the rows this worker still holds go back at once: an edited article (queue.enqueue_keys)
        # takes the lease of its row only, and the rest of the batch must not wait for theirs
        _release(engine, worker, ids, lease_seconds)
        return StageReport(len(ids), 0, 0, len(ids))
    except BaseException:
        # the readings rolled back; give the batch back at once instead of letting it wait for
        # the lease (a stopping daemon, a database error)
        _release(engine, worker, ids, lease_seconds)
        raise


def _release(engine: Engine, worker: str, ids: list[int], lease_seconds: float) -> None:
    try:
        with engine.begin() as conn:
            queue.release(conn, worker, ids)  # only rows still leased by this worker
    except Exception:
        log.exception("could not release %d leased article(s); they are claimed again after %.0f s",
                      len(ids), lease_seconds)


# How long one filing transaction should hold the write lock (on SQLite, the only one: every
# poll's store waits behind it).  The chunk of articles per transaction adapts to it; the stories do
# not depend on the chunk (the grouping window is exact: tests/test_pipeline.py), so neither do
# they on the machine's speed.
FILE_SECONDS = 1.0
FILE_CHUNK = (25, 500, 2000)  # smallest, first, largest
_file_chunk = FILE_CHUNK[1]  # this process's current size


def file_ready(engine: Engine, analyzer: Analyzer, settings: Settings, *, clock: Callable[[], datetime],
               batch: int | None = None) -> int:
    """The story step: file read articles into stories in publication order, in transactions of
    about ``FILE_SECONDS`` (or of ``batch`` articles); returns articles filed (0 also when another
    worker holds the story lock: it is filing them).

    Each chunk is planned first -- which articles are ready, their profiles, the grouping -- in a
    read transaction (``stories.plan_stories``), then written in a short write transaction that
    checks that no other writer of stories came between (the story generation) and that every
    article of the chunk is still read (none edited and queued to be read again); if not, the
    chunk is planned again inside the write transaction.  Grouping is most of filing's CPU:
    planned inside the write transaction, it kept SQLite's one write lock from the poll's stores
    for seconds at a time, and a worker filing beside the poll slowed storing 3x (issue 12,
    docs/benchmarks.md).

    An older article stored (or read) while the chunk was planned does not undo the plan: it is
    filed after the chunk, as a late or old item -- exactly as if it had been stored a moment
    later, which the poll could as well have done.  Requiring the chunk to be still the first to
    file threw away half of the plans beside the poll (a new feed's old items arrive all the
    time) and planned them again under the write lock (bench/beside_phases.py)."""
    import time

    from monitor.index.formula import scope_context
    from monitor.index.stories import forget_fresh, forget_window, plan_stories, write_plan
    from monitor.store.analyses import story_generation

    global _file_chunk
    filed = 0
    chunk = batch or _file_chunk
    ctx = scope_context(analyzer.ref)
    reader = _reader(engine) or engine
    db = db_name(engine)  # the windows' key
    while True:
        t0 = time.monotonic()
        with reader.connect() as rconn:
            ids = queue.ready_for_stories(rconn, limit=chunk)
            if not ids:
                return filed
            plan = plan_stories(rconn, ids, analyzer.ref, settings.index, settings.tz, ctx, db=db)
        with engine.begin() as conn:
            if conn.dialect.name == "postgresql" and not conn.execute(
                    text("SELECT pg_try_advisory_xact_lock(:k)"), {"k": STORY_LOCK}).scalar():
                forget_window(plan.db)  # it holds a plan that will not be written
                return filed  # one writer at a time; whoever holds the lock files these too
            # the plan holds if no other writer of stories came between (the generation) and none
            # of its articles was updated and queued to be read again
            current = story_generation(conn)
            if current == plan.token and queue.still_read(conn, ids):
                write_plan(conn, plan, ctx, settings.tz, clock())
            else:  # plan again, under the lock this time
                forget_window(plan.db, unwritten=ids if current == plan.token else None)
                ids = queue.ready_for_stories(conn, limit=chunk)
                if not ids:
                    return filed
                assign_stories(conn, ids, analyzer.ref, settings.index, settings.tz, clock(), ctx)
            queue.filed(conn, ids)
        forget_fresh(db, ids)  # their stories' member cache holds what a refresh needs of them
        filed += len(ids)
        if batch is None and len(ids) == chunk:
            took = time.monotonic() - t0
            if took > FILE_SECONDS:
                chunk = max(FILE_CHUNK[0], chunk // 2)
            elif took < FILE_SECONDS / 4:
                chunk = min(FILE_CHUNK[2], chunk * 2)
            _file_chunk = chunk  # the next call starts where this one ended


# Read-only engines (SQLite: a deferred BEGIN, no write lock) for loading the grouping window, per
# process and database: an engine must not cross a fork (SQLAlchemy docs, "Using Connection Pools
# with Multiprocessing or os.fork()").
_READERS: dict[tuple[int, str], Engine] = {}


def _reader(engine: Engine) -> Engine | None:
    """This process's read-only engine on ``engine``'s SQLite file (None: not a SQLite file).

    Every transaction of the writing engine begins IMMEDIATE (store/engine.py), so even a read
    through it waits for SQLite's one write lock: a worker reading its batch's texts waited
    seconds behind the poll's store transactions (issue 12, bench/ingest.py --beside).  A
    deferred read transaction sees the last commit in WAL mode and waits for no writer
    (sqlite.org/wal.html, "Concurrency")."""
    import os

    from monitor.store.engine import make_engine, sqlite_path

    if engine.dialect.name != "sqlite":
        return None
    url = engine.url.render_as_string(hide_password=False)
    if sqlite_path(url) is None:
        return None  # an in-memory database: another engine would see another database
    reader = _READERS.get((os.getpid(), url))
    if reader is None:
        reader = _READERS[(os.getpid(), url)] = make_engine(url, read_only=True)
    return reader


class FilerRole:
    """Which of several workers files (issue 12 §2-4).

    Any process may file (the story lock serialises them, and a kept grouping
    window is used only while no one else has filed), but the kept window pays
    off only if one process files batch after batch: workers that do not hold
    this role read and leave filing to the one that does.  PostgreSQL: a
    session-level advisory lock on a connection of its own, released when the
    process or its connection dies (PostgreSQL docs §13.3.5, "Advisory
    Locks"); SQLite: an ``flock`` on a file beside the database, released when
    the process exits (flock(2)).  Where neither can be taken, every worker
    files.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._conn: Connection | None = None
        self._fd: int | None = None
        self._held = False

    def held(self) -> bool:
        """Whether this process files now (takes the role when it is free)."""
        if self.engine.dialect.name == "postgresql":
            return self._pg()
        return self._sqlite()

    def _pg(self) -> bool:
        if self._conn is not None:
            try:
                self._conn.exec_driver_sql("SELECT 1")  # the lock lives as long as this connection
                return self._held
            except Exception:
                self._drop()
        try:
            # autocommit: a session lock needs no transaction, and an idle open one would hold back vacuum
            self._conn = self.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
            self._held = bool(self._conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": FILER_LOCK}).scalar())
        except Exception:
            self._drop()
            return True  # cannot tell: file (the story lock still serialises)
        if not self._held:
            self._drop()
        return self._held

    def _sqlite(self) -> bool:
        import fcntl
        import os

        if self._held:
            return True
        path = self.engine.url.database
        if not path or path == ":memory:" or path.startswith("file:"):
            return True
        try:
            if self._fd is None:
                self._fd = os.open(path + ".filer", os.O_RDWR | os.O_CREAT, 0o644)
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            self._held = True
        except BlockingIOError:
            return False
        except OSError:
            return True  # a filesystem without locks: file (SQLite's write lock still serialises)
        return True

    def _drop(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except Exception:
                log.debug("closing the filer connection failed", exc_info=True)
        self._conn = None
        self._held = False

    def release(self) -> None:
        if self._conn is not None:
            try:
                self._conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": FILER_LOCK})
            except Exception:
                log.debug("releasing the filer lock failed (the connection's end releases it)", exc_info=True)
        self._drop()
        if self._fd is not None:
            import os

            os.close(self._fd)  # closing the descriptor releases the flock
            self._fd = None
        self._held = False


def analyse_batch(engine: Engine, analyzer: Analyzer, settings: Settings, *, worker: str,
                  clock: Callable[[], datetime], batch: int = 500, lease_seconds: float = 600.0,
                  only: list[int] | None = None, files: Callable[[], bool] | None = None) -> StageReport:
    """Read one batch, then file whatever is ready (one worker's whole cycle; ``files``: whether
    this worker files now, see :class:`FilerRole`)."""
    rep = read_batch(engine, analyzer, settings, worker=worker, clock=clock, batch=batch,
                     lease_seconds=lease_seconds, only=only)
    if files is None or files():
        file_ready(engine, analyzer, settings, clock=clock)
    return rep


def analyse_pending(engine: Engine, analyzer: Analyzer, settings: Settings, *, worker: str,
                    clock: Callable[[], datetime], batch: int = 500,
                    on_batch: Callable[[StageReport], None] | None = None,
                    should_stop: Callable[[], bool] | None = None, only: list[int] | None = None,
                    lease_seconds: float = 600.0, files: Callable[[], bool] | None = None) -> int:
    """Drain the queue (or the ``only`` articles of it) in batches; returns articles read.

    The filer files after every batch, not every few batches: with two workers its filing then
    runs beside the other's reading, and deferred it was left alone at the end (bench/ingest.py,
    stage after storing with 2 workers: 879 -> 739-748 entries/s filing every 3 s)."""
    read = 0
    while not (should_stop and should_stop()):
        rep = analyse_batch(engine, analyzer, settings, worker=worker, clock=clock, batch=batch, only=only,
                            lease_seconds=lease_seconds, files=files)
        if rep.claimed == 0:
            break
        read += rep.read
        if on_batch:
            on_batch(rep)
    return read


# --------------------------------------------------------------------------- in the caller's transaction


def analyse_texts(conn: Connection, analyzer: Analyzer, texts: Sequence[ArticleText], now: datetime,
                  max_chars: int | None = None) -> int:
    """Read and save ``texts`` in ``conn``'s transaction; ``max_chars`` (analysis.max_chars, None:
    the default, 0: no cap) bounds each one.  Unlike the read step, a failure propagates: the
    caller's savepoint rolls back and the articles stay queued (``ingest.analyse_stored``)."""
    if max_chars is None:
        max_chars = AnalysisSettings().max_chars
    items = [(t.id, _analyse(analyzer, t, max_chars)) for t in texts]
    for aid, r in items:
        _log_truncated(aid, r, max_chars)
    save_readings(conn, items, now)
    return len(items)


def queue_stale(engine: Engine, analyzer: Analyzer, *, now: datetime, since: datetime | None = None,
                all_articles: bool = False) -> int:
    """Queue every article without a current reading (or all), giving failed ones new attempts; returns
    the articles queued (already queued ones included)."""
    from monitor.store.analyses import stale_article_ids
    from monitor.store.queue import enqueue

    after, n = 0, 0
    while True:
        with engine.begin() as conn:
            ids = stale_article_ids(conn, analyzer_version=analyzer.version, data_version=analyzer.data_version,
                                    since=since, all_articles=all_articles, after_id=after, limit=5000)
            if not ids:
                return n
            enqueue(conn, ids, now, retry_failed=True)
        after, n = ids[-1], n + len(ids)


def reanalyse(
    engine: Engine,
    analyzer: Analyzer,
    *,
    now: Callable[[], datetime],
    since: datetime | None = None,
    all_articles: bool = False,
    batch: int = 500,
    on_batch: Callable[[StageReport], None] | None = None,
    settings: Settings | None = None,
    worker: str = "reanalyse",
) -> int:
    """Read again every article whose reading is stale (or all) through the analysis stage -- the
    same queue, leases and publication-order filing as the daemon, so it is safe beside one;
    returns the articles read (``Monitor.reanalyse`` is this plus the index update)."""
    settings = settings or Settings(database_url=engine.url.render_as_string(hide_password=False),
                                    data_dir=Path("."), sources_file=None)
    queue_stale(engine, analyzer, now=now(), since=since, all_articles=all_articles)
    return analyse_pending(engine, analyzer, settings, worker=worker, clock=now, batch=batch, on_batch=on_batch)
