"""The application layer: one ``Monitor`` object, one method per use case (issue 11 §1).

Modelled on lemon24/reader's ``Reader`` (``make_reader()``: one object that
owns the storage and offers every use case as a method).  ``Monitor`` owns
the settings, the database engine, the clock and the analyser (loaded on
first use, so a command that never reads text never pays for it), and it is
the only place where the steps after storing articles are chained:

    store -> analyse -> stories -> mark dirty days -> recompute the index

``cli.py``, ``daemon.py``, ``demo.py`` and the benchmarks call this layer;
the stage packages below it (``feeds``, ``analysis``, ``index``, ``digest``,
``store``) never import it.

    from monitor import Monitor

    with Monitor.open("config/monitor.toml", database_url="sqlite:///var/monitor.db") as m:
        m.init()
        m.poll()                      # fetch what is due; the index follows
        for row in m.index(scopes=["pair:IRN-ISR"]):
            print(row["day"], row["escalation_stories"], row["index"])

Errors are :class:`MonitorError` subclasses with an exit code, handled once
by the command line (``cli.main``).
"""

from __future__ import annotations

import difflib
import logging
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, TextIO

from sqlalchemy import Engine, select
from sqlalchemy.exc import OperationalError

# The clock and the error hierarchy live at the bottom of the layers (monitor/clock.py,
# monitor/errors.py); re-exported here, the public API's home (`from monitor.core import MonitorError`).
from monitor.clock import Clock as Clock
from monitor.clock import utcnow as utcnow
from monitor.config import (
    ConfigError,
    Settings,
    SourceSpec,
    check_country,
    check_feed_url,
    check_language,
    load_settings,
)
from monitor.errors import EXIT_DB as EXIT_DB
from monitor.errors import EXIT_PROBLEM as EXIT_PROBLEM
from monitor.errors import EXIT_USAGE as EXIT_USAGE
from monitor.errors import ConfigurationError as ConfigurationError
from monitor.errors import DatabaseMissingError as DatabaseMissingError
from monitor.errors import DatabaseUnavailableError as DatabaseUnavailableError
from monitor.errors import MonitorError as MonitorError
from monitor.errors import SchemaMismatchError as SchemaMismatchError
from monitor.redact import mask_url

if TYPE_CHECKING:
    from monitor.analysis.analyzer import Analyzer
    from monitor.browse import ArticleQuery, ClaimQuery, Page
    from monitor.ingest import PollReport
    from monitor.overview import Overview
    from monitor.pipeline import FilerRole, StageReport
    from monitor.store.queue import QueueStats

log = logging.getLogger(__name__)

# Progress of a long use case, for a progress bar: (stage, done, total or None when unknown).
# The core reports; the interface decides whether and how to draw (cli.py: a bar on a terminal).
Progress = Callable[[str, int, int | None], None]


# Source states that need an operator's eye (`sources list --failing`): a throttled source (last
# answer 429 with Retry-After) is not broken, but one rate-limited poll after poll needs sorting out.
PROBLEM_STATES = frozenset({"failing", "throttled"})

# pg_advisory_xact_lock key for index updates ("tmix"); PostgreSQL docs §9.27.10
INDEX_LOCK = 0x746D6978
# How often the filing analysis worker brings the index up to date (``Monitor.work``): at most every
# INDEX_EVERY seconds while its queue is busy, every INDEX_IDLE_EVERY when it is idle.
INDEX_EVERY = 30.0
INDEX_IDLE_EVERY = 5.0
# dirty index days recomputed per transaction (update_index)
INDEX_DAYS_PER_TRANSACTION = 31


# --------------------------------------------------------------------------- results


@dataclass(frozen=True, slots=True)
class InitReport:
    database: str  # masked URL
    before: str | None
    after: str | None

    @property
    def what(self) -> str:
        return "created" if self.before is None else ("upgraded" if self.before != self.after else "up to date")


@dataclass(frozen=True, slots=True)
class IngestFileResult:
    """What ``Monitor.ingest_files`` did with one file."""

    file: str
    source: str | None
    entries: int
    new: int
    updated: int
    unchanged: int
    problem: str | None
    failed: bool


# --------------------------------------------------------------------------- the facade


class Monitor:
    """Every use case of the tension monitor, on one database (see the module docstring)."""

    def __init__(self, settings: Settings, *, engine: Engine | None = None, clock: Clock = utcnow,
                 analyzer: Analyzer | None = None) -> None:
        self.settings = settings
        self.clock = clock
        self._engine = engine
        self._analyzer = analyzer

    @classmethod
    def open(cls, config: Path | str | None = None, *, database_url: str | None = None, clock: Clock = utcnow) -> Monitor:
        """Load the settings (``config/monitor.toml`` by default, environment overrides applied)."""
        try:
            settings = load_settings(Path(config) if config is not None else None, database_url=database_url)
        except ConfigError as exc:
            raise ConfigurationError([str(p) for p in exc.problems]) from exc
        return cls(settings, clock=clock)

    # ----------------------------------------------------------------- resources

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            from monitor.store import make_engine

            self._engine = make_engine(self.settings.database_url)
        return self._engine

    @property
    def database(self) -> str:
        """The database URL with any password masked: safe to print (with the driver the engine uses)."""
        if self._engine is not None:
            return mask_url(self._engine.url)
        from monitor.store.engine import normalise_url

        return mask_url(normalise_url(self.settings.database_url))

    @property
    def analyzer(self) -> Analyzer | None:
        """The analyser, built (or loaded from its cache) on first use; None when analysis is off."""
        if self._analyzer is None and self.settings.analysis.enabled:
            from monitor.analysis.service import get_analyzer

            self._analyzer = get_analyzer()
        return self._analyzer

    def require_analyzer(self) -> Analyzer:
        """The analyser even when ``analysis.enabled`` is off (analyse, reanalyse, regroup)."""
        if self._analyzer is None:
            from monitor.analysis.service import get_analyzer

            self._analyzer = get_analyzer()
        return self._analyzer

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()

    def __enter__(self) -> Monitor:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def check_schema(self) -> None:
        """Raise unless the database answers and its schema is the one this version needs."""
        from monitor.store.engine import sqlite_path
        from monitor.store.schema import current_revision, head_revision

        # before the first connection: SQLite creates a missing file on connect
        path = sqlite_path(self._engine.url.render_as_string(hide_password=False) if self._engine is not None
                           else self.settings.database_url)
        if path is not None and not path.exists():
            raise DatabaseMissingError(f"the database {self.database} does not exist (no file {path}): "
                                       "run `monitor init` to create it")
        try:
            rev = current_revision(self.engine)
        except OperationalError as exc:
            # one line: libpq's messages carry a second, indented line of advice
            raise DatabaseUnavailableError(f"cannot reach the database {self.database}: {' '.join(str(exc.orig).split())}") from exc
        if rev is None:
            raise SchemaMismatchError(f"the database {self.database} has no schema yet: run `monitor init`")
        head = head_revision(self.engine)
        if rev != head:
            raise SchemaMismatchError(f"the database schema is at {rev}, this version needs {head}: run `monitor init` to upgrade")

    # ----------------------------------------------------------------- setting up

    def init(self) -> InitReport:
        """Create or upgrade the schema (Alembic); safe to run repeatedly."""
        from monitor.store.schema import current_revision, upgrade

        try:
            before = current_revision(self.engine)
            upgrade(self.engine)
            after = current_revision(self.engine)
        except OperationalError as exc:
            raise DatabaseUnavailableError(f"cannot reach the database {self.database}: {' '.join(str(exc.orig).split())}") from exc
        return InitReport(self.database, before, after)

    def load_seeds(self) -> tuple[str, dict[str, int]]:
        """Copy the reference data (regions, actors, lexicon …) into its tables; (version, counts)."""
        from monitor.analysis.reference import ReferenceError, load_reference
        from monitor.store.analyses import load_reference_into_db

        try:
            ref = load_reference(strict=True)  # every problem of the seeds, each named, before any is stored
        except ReferenceError as exc:
            raise MonitorError(f"the reference data cannot be loaded: {exc}") from exc
        with self.engine.begin() as conn:
            counts = load_reference_into_db(conn, ref)
        return ref.version, dict(counts)

    def sync_sources(self, specs: Iterable[SourceSpec]) -> Any:
        """Make the sources table match ``specs`` (added / updated / unchanged counts)."""
        from monitor.store.sources import sync_sources

        with self.engine.begin() as conn:
            return sync_sources(conn, list(specs), self.clock())

    # ----------------------------------------------------------------- sources

    def sources(self, *, failing: bool = False) -> list[dict[str, Any]]:
        """Every source with its state and health (``failing``: only those an operator must look at)."""
        from monitor.store.status import source_rows

        with self.engine.connect() as conn:
            rows = source_rows(conn, self.clock())
        return [r for r in rows if r["state"] in PROBLEM_STATES] if failing else rows

    def remove_source(self, name: str) -> int:
        """Delete a source and its articles; returns the articles removed.  The stories its
        articles were in are recomputed from the articles left (or deleted when none is left) and
        their days marked for the index, in the same transaction: a removed source's articles no
        longer count anywhere."""
        from monitor.store.sources import StoreError, remove_source, source_story_ids

        try:
            with self.engine.begin() as conn:
                story_ids = source_story_ids(conn, name)
                n = remove_source(conn, name)
                if story_ids:
                    from monitor.analysis.reference import load_reference
                    from monitor.index.formula import scope_context
                    from monitor.index.stories import mark_dirty, refresh_stories

                    ref = self.analyzer.ref if self.analyzer is not None else load_reference(strict=True)
                    mark_dirty(conn, refresh_stories(conn, story_ids, scope_context(ref), self.settings.tz,
                                                     self.clock()))
                return n
        except StoreError as exc:
            raise MonitorError(str(exc)) from exc

    def set_source_enabled(self, name: str, enabled: bool, reason: str | None = None) -> None:
        from monitor.store.sources import StoreError, set_enabled

        try:
            with self.engine.begin() as conn:
                set_enabled(conn, name, enabled, self.clock(), reason)
        except StoreError as exc:
            raise MonitorError(str(exc)) from exc

    def export_sources(self) -> list[SourceSpec]:
        """The sources table as specs (what `sources export` writes as TOML or OPML)."""
        from monitor.store.models import publishers, sources

        with self.engine.connect() as conn:
            rows = conn.execute(
                select(sources, publishers.c.name.label("publisher"))
                .join(publishers, publishers.c.id == sources.c.publisher_id)
                .order_by(sources.c.name)
            ).all()
        return [SourceSpec(name=r.name, url=r.url, publisher=r.publisher, language=r.language, country=r.country,
                           interval=r.interval_seconds, enabled=bool(r.enabled)) for r in rows]

    def digest_day(self, day: date | None = None) -> date:
        """The day a digest covers: ``day``, or the last complete day in the configured time zone."""
        from monitor.digest.service import default_day

        return day or default_day(self.settings, self.clock())

    def digest_preview(self, recipient: Any, out: Path, *, day: date | None = None) -> date:
        """Write one recipient's digest of ``day`` to ``out`` (.html for a browser, .eml as sent)."""
        from monitor.digest.render import preview
        from monitor.digest.service import compose

        d = self.digest_day(day)
        preview(compose(self.engine, self.settings, recipient, d), out, smtp=self.settings.smtp)
        return d

    def send_digests(self, recipients: Sequence[Any], *, day: date | None = None, dry_run: bool = False) -> list[Any]:
        """Send ``day``'s digest to each recipient exactly once (the send log); with ``dry_run`` build the
        messages only.  Returns the send outcomes, or (address, subject, bytes) for a dry run."""
        from monitor.digest.render import build_message
        from monitor.digest.send import DIGEST, Sender
        from monitor.digest.service import builder, compose
        from monitor.poll import worker_id

        d = self.digest_day(day)
        if dry_run:
            out: list[Any] = []
            for r in recipients:
                msg = build_message(compose(self.engine, self.settings, r, d), self.settings.smtp)
                out.append((r.address, msg["Subject"], len(msg.as_bytes())))
            return out
        sender = Sender(self.engine, self.settings.smtp, self.settings.digest, worker=worker_id(), clock=self.clock)
        build_for = builder(self.engine, self.settings)
        return [sender.send_once(r.address, DIGEST, d.isoformat(), build_for(r, d)) for r in recipients]

    def status(self) -> dict[str, Any]:
        """Everything `monitor status` shows: per-source health, totals of the last 24 h, slow hosts,
        the analysis queue and its read rate, mail of the last 24 h and failing mail, reading versions."""
        from datetime import timedelta

        from monitor.digest.send import failing as failing_mail
        from monitor.digest.send import send_summary
        from monitor.store.analyses import story_filing
        from monitor.store.queue import read_rate, stats
        from monitor.store.status import reading_versions, slow_hosts, source_rows, totals

        now = self.clock()
        with self.engine.connect() as conn:
            return {
                "now": now, "sources": source_rows(conn, now), "totals": totals(conn, now, now - timedelta(hours=24)),
                "readings": reading_versions(conn), "slow_hosts": slow_hosts(conn),
                "queue": stats(conn, now), "read_rate": read_rate(conn, now),
                "mail_24h": send_summary(conn, now - timedelta(hours=24)), "mail_problems": failing_mail(conn),
                "stories": story_filing(conn),
            }

    def source_names(self) -> list[str]:
        """Every source's name, sorted."""
        from monitor.store.sources import source_names

        with self.engine.connect() as conn:
            return source_names(conn)

    def check_source_names(self, names: Iterable[str]) -> None:
        """Raise for the first name that is no source, with the closest names as a hint."""
        known = self.source_names()
        for name in names:
            if name not in known:
                close = close_names(name, known)
                hint = f"did you mean {' or '.join(close)}? " if close else ""
                raise MonitorError(f"no source named {name!r} ({hint}`monitor sources list` lists them)")

    def add_source(self, spec: SourceSpec) -> list[str]:
        """Add one source, due now, checked as ``config check`` checks a sources file; returns notes
        for the operator (a language the analyser does not read)."""
        from monitor.store.sources import StoreError, add_source

        notes = self.check_source(spec)
        try:
            with self.engine.begin() as conn:
                add_source(conn, spec, self.clock())
        except StoreError as exc:
            raise MonitorError(str(exc)) from exc
        return notes

    def check_source(self, spec: SourceSpec) -> list[str]:
        """Raise for a URL, language or country ``config check`` would refuse in a sources file, with
        a hint where one is cheap ("did you mean QAT?"); touches no database.  Returns notes."""
        from monitor.analysis.reference import LANGS

        problems: list[str] = []
        if problem := check_feed_url(spec.url):
            problems.append(problem)
        if spec.language is not None and (problem := check_language(spec.language)):
            problems.append(_with_hint(problem, _language_hint(spec.language)))
        if spec.country is not None and (problem := check_country(spec.country)):
            problems.append(_with_hint(problem, _country_hint(spec.country)))
        if problems:
            raise MonitorError("; ".join(problems))
        notes = []
        if spec.language and spec.language.split("-")[0] not in LANGS:
            notes.append(f"the analyser reads {', '.join(LANGS)}: articles of {spec.name} will be read in the "
                         f"language their script suggests, not as {spec.language!r}")
        return notes

    # ----------------------------------------------------------------- the pipeline

    def poll(self, names: Sequence[str] | None = None, *, all_sources: bool = False,
             on_claimed: Callable[[int], None] | None = None, on_report: Callable[[PollReport], None] | None = None,
             should_stop: Callable[[], bool] | None = None, worker: str | None = None,
             analyse: bool = True) -> list[PollReport]:
        """Fetch the due sources (or ``names``, or all), store and read what is new, then update the index.

        Days a failed poll left marked dirty are recomputed by the next successful call.  With
        ``analyse=False`` only the store stage runs (the daemon reads the queue in its own job).
        """
        from monitor.poll import poll_cycle, worker_id

        if names:
            self.check_source_names(names)
        reports = poll_cycle(self.engine, self.settings, worker=worker or worker_id(), clock=self.clock,
                             names=list(names) if names else None, all_sources=all_sources, on_claimed=on_claimed,
                             on_report=on_report, should_stop=should_stop)
        if analyse:
            self.analyse_pending(should_stop=should_stop)
            self.update_index()
        return reports

    def analyse_pending(self, *, batch: int = 500, on_batch: Callable[[StageReport], None] | None = None,
                        should_stop: Callable[[], bool] | None = None, lease_seconds: float = 600.0,
                        files: Callable[[], bool] | None = None) -> int:
        """The analysis stage: read the queued articles in batches, file them into stories, mark
        their index days (issue 12 §1); returns articles read.  No-op when analysis is off."""
        from monitor.pipeline import analyse_pending
        from monitor.poll import worker_id

        analyzer = self.analyzer
        if analyzer is None:
            return 0
        return analyse_pending(self.engine, analyzer, self.settings, worker=worker_id(), clock=self.clock,
                               batch=batch, on_batch=on_batch, should_stop=should_stop, lease_seconds=lease_seconds,
                               files=files)

    def queue_stats(self) -> QueueStats:
        """The analysis queue: pending, being read, failed, and the oldest waiting article."""
        from monitor.store.queue import stats

        with self.engine.connect() as conn:
            return stats(conn, self.clock())

    def ingest_files(self, paths: Sequence[Path], *, source: str | None = None, publisher: str | None = None,
                     language: str | None = None, on_file: Callable[[IngestFileResult], None] | None = None,
                     on_batch: Callable[[StageReport], None] | None = None,
                     on_progress: Progress | None = None) -> list[IngestFileResult]:
        """Store feed files from disk (archives, backfills), one transaction per file, then update the index.

        Each file becomes a disabled source of its own unless ``source`` names an existing one.
        """
        from monitor.ingest import (
            ensure_file_source,
            find_feed_files,
            ingest_bytes,
            legacy_overlap_note,
        )
        from monitor.store.models import sources
        from monitor.store.sources import StoreError, source_id_by_name

        if source and publisher:
            raise MonitorError("--publisher names the publisher of file sources; with --source the entries take "
                               "that source's publisher (change it in the sources file, then `monitor init`)")
        missing = [str(p) for p in paths if not Path(p).exists()]
        if missing:
            raise MonitorError("no such file or directory: " + ", ".join(missing))
        files = find_feed_files(list(paths))
        if not files:
            raise MonitorError("no feed files found in " + ", ".join(str(p) for p in paths))
        out: list[IngestFileResult] = []
        for ff in files:
            if on_progress:
                on_progress("storing files", len(out), len(files))
            f = ff.path
            now = self.clock()
            try:
                content = f.read_bytes()
            except OSError as exc:
                out.append(IngestFileResult(str(f), None, 0, 0, 0, 0, f"cannot read: {exc}", True))
                continue
            notes: list[str] = []
            with self.engine.begin() as conn:
                if source:
                    try:
                        sid = source_id_by_name(conn, source)
                    except StoreError as exc:
                        raise MonitorError(str(exc)) from exc
                    name = source
                    lang = conn.execute(select(sources.c.language).where(sources.c.id == sid)).scalar()
                else:
                    try:
                        fs = ensure_file_source(conn, ff, publisher=publisher, language=language, now=now)
                    except StoreError as exc:
                        raise MonitorError(str(exc)) from exc
                    sid, name, lang = fs.id, fs.name, fs.language
                    if fs.note:
                        notes.append(fs.note)
                # the store stage only: queued here, read by analyse_pending below
                parsed, counts = ingest_bytes(conn, sid, content, now=now, name=name, language=lang,
                                              settings=self.settings)
                if not source and not parsed.error:
                    legacy = legacy_overlap_note(conn, ff, sid, [e.entry_key for e in parsed.entries])
                    if legacy:
                        notes.append(legacy)
            for note in notes:
                log.warning("ingest %s: %s", f, note)
            problem = "; ".join(p for p in (parsed.error or parsed.problem, *notes) if p) or None
            out.append(IngestFileResult(str(f), name, len(parsed.entries), counts.new, counts.updated, counts.unchanged,
                                        problem, bool(parsed.error)))
            if on_file:
                on_file(out[-1])
        if on_progress:
            on_progress("storing files", len(files), len(files))
        self.analyse_pending(on_batch=self._reading_progress(on_batch, on_progress))
        self.update_index()
        return out

    def reanalyse(self, *, since: date | None = None, all_articles: bool = False,
                  on_batch: Callable[[StageReport], None] | None = None, on_progress: Progress | None = None) -> int:
        """Queue every article whose reading is stale (or all) and read them through the analysis
        stage; returns articles read.  Safe beside a running daemon: both drain the same queue."""
        from monitor.pipeline import analyse_pending, queue_stale
        from monitor.poll import worker_id

        analyzer = self.require_analyzer()
        start = datetime.combine(since, datetime.min.time(), tzinfo=UTC) if since else None
        queue_stale(self.engine, analyzer, now=self.clock(), since=start, all_articles=all_articles)
        n = analyse_pending(self.engine, analyzer, self.settings, worker=worker_id(), clock=self.clock,
                            on_batch=self._reading_progress(on_batch, on_progress))
        self.update_index()
        return n

    def _reading_progress(self, on_batch: Callable[[StageReport], None] | None,
                          on_progress: Progress | None) -> Callable[[StageReport], None] | None:
        """``on_batch``, also reporting "reading articles" progress against the queue's length now."""
        if on_progress is None:
            return on_batch
        total = self.queue_stats().pending
        done = 0
        on_progress("reading articles", 0, total)

        def batch(rep: StageReport) -> None:
            nonlocal done
            done += rep.claimed
            # others (a running daemon) may queue articles meanwhile: the total grows with them
            on_progress("reading articles", done, max(total, done))
            if on_batch:
                on_batch(rep)

        return batch

    def update_index(self) -> list[date]:
        """Recompute the index days that new, late or changed articles marked dirty.

        On PostgreSQL one process at a time does it (a transaction-level advisory lock; the others
        skip: the holder recomputes their days too), so daemons and `monitor work` processes on
        several machines never write the same day at once."""
        from sqlalchemy import text

        from monitor.index.build import process_dirty

        done: list[date] = []
        while True:
            # a month of days per transaction: a backfill or a first poll of feeds with years of
            # history marks hundreds of days, and on SQLite one transaction for all of them held
            # the write lock while every poll's store waited (14 s in bench/ingest.py's corpus run)
            with self.engine.begin() as conn:
                if conn.dialect.name == "postgresql" and not conn.execute(
                        text("SELECT pg_try_advisory_xact_lock(:k)"), {"k": INDEX_LOCK}).scalar():
                    return done
                days = process_dirty(conn, self.settings.index, self.clock(), limit=INDEX_DAYS_PER_TRANSACTION)
            if not days:
                return done
            done.extend(days)

    def _index_dirty(self) -> bool:
        """Whether any index day is marked for recomputing (read on SQLite's read-only engine: the
        writing one begins every transaction IMMEDIATE, taking the write lock)."""
        from monitor.pipeline import _reader
        from monitor.store.models import index_dirty

        with (_reader(self.engine) or self.engine).connect() as conn:
            return conn.execute(select(index_dirty.c.day).limit(1)).first() is not None

    def work(self, *, should_stop: Callable[[], bool], batch: int = 500, idle_seconds: float = 2.0,
             on_batch: Callable[[StageReport], None] | None = None, lease_seconds: float = 600.0) -> int:
        """An analysis worker (`monitor work`, `monitor run --workers N`): read and file queued
        articles until ``should_stop``, waiting ``idle_seconds`` when the queue is empty; returns
        articles read.  Any number may run, on any number of machines sharing a PostgreSQL."""
        from monitor.pipeline import FilerRole

        role = FilerRole(self.engine)  # one of the workers files, batch after batch (its window kept)
        try:
            return self._work(should_stop, batch, idle_seconds, on_batch, lease_seconds, role)
        finally:
            role.release()

    def _work(self, should_stop: Callable[[], bool], batch: int, idle_seconds: float,
              on_batch: Callable[[StageReport], None] | None, lease_seconds: float, role: FilerRole) -> int:
        import time

        total = 0
        busy = 0  # batches in a row that failed on a locked or unreachable database
        last_index = time.monotonic()
        while not should_stop():
            try:
                n = self.analyse_pending(batch=batch, on_batch=on_batch, should_stop=should_stop,
                                         lease_seconds=lease_seconds, files=role.held)
                total += n
                # The index of the days filed, by the worker that files them (the others leave it to
                # it, and to the daemon's tick): at most every INDEX_EVERY seconds while the queue is
                # busy, every INDEX_IDLE_EVERY when it is idle.  Beside the poll the queue empties
                # every few batches: recomputing the dirty days each time (a new feed's backlog marks
                # hundreds) took 40% of a lone worker's CPU, and with two workers each one did it
                # whenever its queue emptied -- 45 updates, 10.7 of the workers' 35.7 CPU seconds,
                # two workers slower than one (bench/beside_phases.py --workers 2).
                due = INDEX_EVERY if n else INDEX_IDLE_EVERY
                if time.monotonic() - last_index >= due and role.held():
                    if self._index_dirty():  # a read: no write transaction while nothing is marked
                        self.update_index()
                    last_index = time.monotonic()
                busy = 0
            except OperationalError as exc:
                # SQLite's "database is locked" after the busy timeout, a PostgreSQL restart: the
                # failed transaction rolled back (a claimed batch returns by its lease, read but
                # unfiled articles are filed by the next batch), so the worker waits and goes on
                # rather than exiting into a restart loop (issue 14's soak: one long filing
                # transaction made both workers crash every 30 s).
                busy += 1
                wait = min(idle_seconds * 2 ** min(busy, 5), 60.0)
                log.warning("analysis: the database is busy or unreachable (%s); retrying in %.0f s",
                            str(exc.orig).splitlines()[0] if exc.orig else exc, wait,
                            extra={"fields": {"attempt": busy}})
                n = 0
                deadline = time.monotonic() + wait
                while not should_stop() and time.monotonic() < deadline:
                    time.sleep(0.1)
                continue
            if n:
                continue
            deadline = time.monotonic() + idle_seconds
            while not should_stop() and time.monotonic() < deadline:
                time.sleep(0.1)
        # days filed since the last update stay marked (index_dirty) for the next one: the daemon's,
        # or this worker's when it starts again -- a stopping worker does not hold up its exit
        return total

    def rebuild_index(self, *, day_from: date | None = None, day_to: date | None = None,
                      stories: bool = False, on_progress: Progress | None = None) -> tuple[int, int]:
        """Recompute every daily value in the range (after a formula change); with ``stories``,
        regroup the articles into stories first.  Returns (articles regrouped, values written)."""
        from monitor.index.build import rebuild
        from monitor.index.stories import rebuild_stories

        regrouped = 0
        if stories:
            since = datetime.combine(day_from, datetime.min.time(), tzinfo=UTC) if day_from else None
            with self.engine.begin() as conn:
                regrouped = rebuild_stories(
                    conn, self.require_analyzer().ref, self.settings.index, self.settings.tz, self.clock(), since=since,
                    on_progress=(lambda done, total: on_progress("regrouping articles", done, total)) if on_progress else None)
        if on_progress:  # one pass over the day aggregates: a stage without steps
            on_progress("recomputing the index", 0, 1)
        with self.engine.begin() as conn:
            n = rebuild(conn, self.settings.index, self.clock(), day_from=day_from, day_to=day_to)
        if on_progress:
            on_progress("recomputing the index", 1, 1)
        return regrouped, n

    # ----------------------------------------------------------------- reading the index

    def index(self, *, day_from: date | None = None, day_to: date | None = None, scopes: Sequence[str] | None = None,
              limit_scopes: int = 12, lenses: Sequence[str] = ()) -> list[dict[str, Any]]:
        """Daily values (one dict per scope and day; keys as ``monitor.index.query.COLUMNS``).

        With ``lenses`` (``language:ar``, ``publisher-country:IRN``), rows of each lens follow the
        whole press's (``lens`` = ``all``) for the same scopes and days.
        """
        from monitor.index.query import index_rows

        scopes = [index_scope(s) for s in scopes] if scopes else None
        parsed = []
        if lenses:
            from monitor.index.lens import parse_lens

            try:
                parsed = [parse_lens(x) for x in lenses]
            except ValueError as exc:
                raise MonitorError(str(exc), EXIT_USAGE) from exc
        with self.engine.connect() as conn:
            rows = index_rows(conn, day_from=day_from, day_to=day_to, scopes=list(scopes) if scopes else None,
                              limit_scopes=limit_scopes)
            if parsed:
                from monitor.analysis.reference import load_reference
                from monitor.index.formula import scope_context
                from monitor.index.lens import lens_rows

                ctx = scope_context(load_reference(strict=True))  # the scope rules only: no analyser to build
                wanted = sorted({r["scope"] for r in rows}) or (list(scopes) if scopes else None)
                for r in rows:
                    r["lens"] = "all"
                for lens in parsed:
                    rows.extend(lens_rows(conn, lens, ctx, self.settings.index, day_from=day_from, day_to=day_to,
                                          scopes=wanted))
                order = {s: i for i, s in enumerate(dict.fromkeys(r["scope"] for r in rows))}
                rows.sort(key=lambda r: (order[r["scope"]], r["day"], r["lens"] != "all", r["lens"]))
        return rows

    def scopes_with_values(self, *, day_from: date | None = None, day_to: date | None = None,
                           limit: int | None = None) -> list[str]:
        """Scopes with index values in the range (all days by default), the most stories first."""
        from monitor.index.query import scopes_with_values

        with self.engine.connect() as conn:
            return scopes_with_values(conn, day_from=day_from, day_to=day_to, limit=limit)

    def index_days(self) -> tuple[date, date] | None:
        """The first and last day with index values; None before the first values are computed."""
        from monitor.index.query import index_days

        with self.engine.connect() as conn:
            return index_days(conn)

    def explain(self, day: date, scope: str, *, top: int = 5) -> dict[str, Any] | None:
        """The provenance of one value: its stories, their articles, sentences and lexicon entries."""
        from monitor.index.query import explain

        with self.engine.connect() as conn:
            return explain(conn, day, scope, top=top)

    # --- browsing (issue 13)

    def health(self) -> dict[str, Any]:
        """``/healthz``: ``status`` ("ok" or "unhealthy"), ``problems`` (a sentence each) and the figures
        behind them (``monitor.health``).  A database that does not answer is a problem, not an
        exception: the body then says why in one line, without the URL."""
        from sqlalchemy.exc import SQLAlchemyError

        from monitor.health import health, unreachable
        from monitor.store.errors import db_fault, describe_db_error

        now = self.clock()
        try:
            with self.engine.connect() as conn:
                return health(conn, now, self.settings)
        except SQLAlchemyError as exc:
            log.warning("health check: the database did not answer: %s",
                        describe_db_error(exc) or f"{type(exc).__name__}: {exc}".splitlines()[0])
            # the kind only: /healthz is open to anyone who can reach it, the driver's text names hosts
            fault = db_fault(exc)
            return unreachable(now, fault or f"{type(exc).__name__} (is the schema there? `monitor init`)",
                               reachable=fault is None)

    def metrics_collector(self) -> Any:
        """A Prometheus collector that reads this database at every scrape (``monitor.opsmetrics``)."""
        from monitor.opsmetrics import DatabaseCollector

        return DatabaseCollector(self.engine, self.settings, self.clock)

    def articles(self, query: ArticleQuery | None = None, *, cursor: str | None = None,
                 limit: int | None = None) -> Page:
        """Stored articles newest first, one page, searched and filtered by ``query`` (full text over
        title and summary, see ``monitor.search``); keys as ``monitor.search.ARTICLE_KEYS``."""
        from monitor.browse import ArticleQuery, clamp_limit
        from monitor.search import search_articles

        n = clamp_limit(limit, self.settings.web.page_size)
        with self.engine.connect() as conn:
            return search_articles(conn, query or ArticleQuery(), cursor=cursor, limit=n, tz=self.settings.tz)

    def claims(self, query: ClaimQuery | None = None, *, cursor: str | None = None,
               limit: int | None = None) -> Page:
        """Claims (who said what about whom) newest first, one page; keys as ``monitor.explore.CLAIM_KEYS``."""
        from monitor.browse import ClaimQuery, clamp_limit
        from monitor.explore import claims

        n = clamp_limit(limit, self.settings.web.page_size)
        with self.engine.connect() as conn:
            return claims(conn, query or ClaimQuery(), cursor=cursor, limit=n, tz=self.settings.tz)

    def stories(self, *, day: date | None = None, scope: str | None = None, cursor: str | None = None,
                limit: int | None = None) -> Page:
        """Stories newest first, one page (those counting on ``day`` / in ``scope`` when given);
        keys as ``monitor.explore.STORY_KEYS``."""
        from monitor.browse import clamp_limit
        from monitor.explore import stories

        n = clamp_limit(limit, self.settings.web.page_size)
        with self.engine.connect() as conn:
            return stories(conn, day=day, scope=index_scope(scope) if scope else None, cursor=cursor, limit=n)

    def scope_ranges(self) -> list[dict[str, Any]]:
        """Every scope with index values: first and last day, days, stories; the most stories first."""
        from monitor.explore import scope_ranges

        with self.engine.connect() as conn:
            return scope_ranges(conn)

    def summary(self) -> dict[str, Any]:
        """A light ``status`` (the API's ``/api/v1/status``): article totals, fetches of the last 24 h,
        sources by state, the analysis queue, the days with index values; no mail (addresses are private)."""
        from collections import Counter
        from datetime import timedelta

        from monitor.index.query import index_days
        from monitor.store.queue import stats
        from monitor.store.status import source_rows, totals

        now = self.clock()
        with self.engine.connect() as conn:
            t = totals(conn, now, now - timedelta(hours=24))
            states = Counter(r["state"] for r in source_rows(conn, now))
            queue = stats(conn, now)
            days = index_days(conn)
        return {"now": now, **t, "sources": dict(sorted(states.items())),
                "queue": {"pending": queue.pending, "leased": queue.leased, "unfiled": queue.unfiled,
                          "failed": queue.failed, "oldest": queue.oldest, "age_seconds": queue.age_seconds(now)},
                "index": {"first_day": days[0] if days else None, "last_day": days[1] if days else None}}

    def overview(self, *, days: int = 30) -> Overview:
        """Every scope with index values in the last ``days`` days (up to the latest day with values):
        its latest day, its series and how it moved, the digest's movers first (``monitor.overview``)."""
        from monitor.overview import overview

        with self.engine.connect() as conn:
            return overview(conn, self.settings, days=days)

    def scope_labels(self, scopes: Sequence[str]) -> dict[str, str]:
        """English names of index scopes, as the digest writes them (``pair:IRN-ISR`` → "Iran – Israel")."""
        from monitor.overview import scope_labels

        with self.engine.connect() as conn:
            return scope_labels(conn, scopes)

    def articles_per_day(self, *, days: int = 7) -> dict[str, float]:
        """Each source's articles per day over the last ``days`` days (first seen), by source name."""
        from monitor.overview import articles_per_day

        with self.engine.connect() as conn:
            return articles_per_day(conn, self.clock(), days=days)

    # ----------------------------------------------------------------- reporting and exports (issue 13)

    def grant_reporting(self, role: str, *, password: str | None = None) -> Any:
        """PostgreSQL: create or update the read-only reporting role (a ``monitor.reporting.GrantReport``).
        SQLite: the read-only URIs to open the file with (a dict; there are no roles)."""
        from monitor.reporting import check_role_name, grant_reporting_role, sqlite_readonly_uris

        if self.engine.dialect.name == "sqlite":
            check_role_name(role)
            return sqlite_readonly_uris(self.engine.url.database or "")
        with self.engine.begin() as conn:
            return grant_reporting_role(conn, role, password=password)

    def export(self, kind: str, out: TextIO, *, fmt: str = "csv", day_from: date | None = None,
               day_to: date | None = None) -> int:
        """Stream one export (stories, articles, claims, index) to ``out``; the number of rows written."""
        from monitor.export import FORMATS, KINDS, stream_rows, write_export

        if kind not in KINDS:
            raise MonitorError(f"unknown export {kind!r} (one of {', '.join(KINDS)})", EXIT_USAGE)
        if fmt not in FORMATS:
            raise MonitorError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})", EXIT_USAGE)
        from monitor.store import make_engine

        # A read-only engine of its own: on SQLite a read transaction (BEGIN, not the BEGIN IMMEDIATE
        # of the writers' engine) so a long export never holds the write lock the daemon needs; on
        # PostgreSQL SET TRANSACTION READ ONLY (monitor/store/engine.py).
        reader = make_engine(self.engine.url.render_as_string(hide_password=False), read_only=True)
        try:
            with reader.connect() as conn:
                return write_export(stream_rows(conn, kind, day_from=day_from, day_to=day_to), kind, fmt, out)
        finally:
            reader.dispose()


# --------------------------------------------------------------------------- input checks

# The kinds of index scope (monitor/index/formula.py article_scopes writes them).
SCOPE_KINDS = ("global", "country:", "region:", "pair:", "dyad:", "actor:")
_PAIR = re.compile(r"^pair:([A-Z]{3})-([A-Z]{3})$")


def index_scope(scope: str) -> str:
    """A scope as the index stores it; a usage error for a kind the index does not have.

    Pairs are unordered (``pair:ISR-IRN`` is ``pair:IRN-ISR``, as the index stores them); a
    well-formed scope without values is not an error here (the caller says what has values).
    """
    s = scope.strip()
    if s != "global" and not s.startswith(SCOPE_KINDS[1:]):
        kind = s.partition(":")[0] + ":" if ":" in s else s
        raise MonitorError(f"unknown scope kind {kind!r} in {scope!r}: the kinds are {', '.join(SCOPE_KINDS)} "
                           "(e.g. country:IRN, pair:IRN-ISR, dyad:ISR>IRN, region:middle-east, actor:vladimir-putin)",
                           EXIT_USAGE)
    m = _PAIR.match(s)
    if m:
        a, b = sorted((m.group(1), m.group(2)))
        s = f"pair:{a}-{b}"
    return s


# English names of the languages the analyser reads (monitor/analysis/reference.py LANGS), for
# "did you mean": ISO 639-1 codes, ISO 639-2/B codes are accepted by the check itself.
_LANGUAGE_NAMES = {"arabic": "ar", "english": "en", "persian": "fa", "farsi": "fa", "hebrew": "he",
                   "russian": "ru", "french": "fr"}


def close_names(name: str, known: Sequence[str], n: int = 3) -> list[str]:
    """The known names closest to a mistyped one: the same name in another case first, then
    difflib's ratio (>= 0.7) on the part after a scope's kind, within that kind."""
    kind, sep, rest = name.partition(":") if name.startswith(SCOPE_KINDS[1:]) else ("", "", name)
    prefix = kind + sep
    pool = {k[len(prefix):].casefold(): k for k in known if k.startswith(prefix)}
    if rest.casefold() in pool:
        return [pool[rest.casefold()]]
    return [pool[c] for c in difflib.get_close_matches(rest.casefold(), list(pool), n=n, cutoff=0.7)]


def _with_hint(problem: str, hint: str | None) -> str:
    return f"{problem} (did you mean {hint}?)" if hint else problem


def _language_hint(value: str) -> str | None:
    v = value.strip()
    return _LANGUAGE_NAMES.get(v.casefold()) or (v.lower() if check_language(v.lower()) is None else None)


def _country_hint(value: str) -> str | None:
    """The alpha-3 code of a country named, or coded in alpha-2 or lower case, by ``value``."""
    from monitor.analysis.reference import ReferenceError, load_reference

    v = value.strip().casefold()
    try:
        regions = load_reference().regions.values()
    except ReferenceError:
        return None
    for r in regions:
        if r.kind in ("country", "state") and check_country(r.id) is None and (
            v in (r.id.casefold(), (r.iso2 or "").casefold(), r.name.casefold())
            or any(v == a.casefold() for names in r.aliases.values() for a in names)
        ):
            return r.id
    return None
