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

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, select
from sqlalchemy.exc import OperationalError

from monitor.config import ConfigError, Settings, SourceSpec, load_settings
from monitor.redact import mask_url

if TYPE_CHECKING:
    from monitor.analysis.analyzer import Analyzer
    from monitor.ingest import PollReport

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]


def utcnow() -> datetime:
    return datetime.now(UTC)


# --------------------------------------------------------------------------- errors

EXIT_PROBLEM = 1
EXIT_USAGE = 2
EXIT_DB = 3


class MonitorError(Exception):
    """An error a user can act on; ``code`` is the command line's exit status."""

    code = EXIT_PROBLEM

    def __init__(self, message: str, code: int | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code


class ConfigurationError(MonitorError):
    """The configuration (monitor.toml, sources, recipients) has problems; all are listed."""

    def __init__(self, problems: Sequence[str]) -> None:
        super().__init__("configuration problems:\n" + "\n".join(f"  {p}" for p in problems))
        self.problems = list(problems)


class DatabaseUnavailableError(MonitorError):
    code = EXIT_DB


class SchemaMismatchError(MonitorError):
    """The database has no schema yet, or an older one: `monitor init` fixes it."""


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
        """The database URL with any password masked: safe to print."""
        return mask_url(self.settings.database_url)

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
        from monitor.store.schema import current_revision, head_revision

        try:
            rev = current_revision(self.engine)
        except OperationalError as exc:
            raise DatabaseUnavailableError(f"cannot reach the database {self.database}: {exc.orig}") from exc
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
            raise DatabaseUnavailableError(f"cannot reach the database {self.database}: {exc.orig}") from exc
        return InitReport(self.database, before, after)

    def load_seeds(self) -> tuple[str, dict[str, int]]:
        """Copy the reference data (regions, actors, lexicon …) into its tables; (version, counts)."""
        from monitor.analysis.reference import ReferenceError, load_reference
        from monitor.store.analyses import load_reference_into_db

        try:
            ref = load_reference()
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

    # ----------------------------------------------------------------- the pipeline

    def poll(self, names: Sequence[str] | None = None, *, all_sources: bool = False,
             on_claimed: Callable[[int], None] | None = None, on_report: Callable[[PollReport], None] | None = None,
             should_stop: Callable[[], bool] | None = None, worker: str | None = None) -> list[PollReport]:
        """Fetch the due sources (or ``names``, or all), store and read what is new, then update the index.

        Days a failed poll left marked dirty are recomputed by the next successful call.
        """
        from monitor.poll import poll_cycle, worker_id

        reports = poll_cycle(self.engine, self.settings, worker=worker or worker_id(), clock=self.clock,
                             names=list(names) if names else None, all_sources=all_sources, on_claimed=on_claimed,
                             on_report=on_report, should_stop=should_stop, analyzer=self.analyzer)
        self.update_index()
        return reports

    def ingest_files(self, paths: Sequence[Path], *, source: str | None = None, publisher: str | None = None,
                     language: str | None = None) -> list[IngestFileResult]:
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
        analyzer = self.analyzer
        out: list[IngestFileResult] = []
        for ff in files:
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
                parsed, counts = ingest_bytes(conn, sid, content, now=now, name=name, language=lang, analyzer=analyzer,
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
        self.update_index()
        return out

    def reanalyse(self, *, since: date | None = None, all_articles: bool = False) -> int:
        """Read again every article whose reading is stale (or all), then update the index."""
        from monitor.analysis.service import reanalyse

        start = datetime.combine(since, datetime.min.time(), tzinfo=UTC) if since else None
        n = reanalyse(self.engine, self.require_analyzer(), now=self.clock, since=start, all_articles=all_articles,
                      settings=self.settings)
        self.update_index()
        return n

    def update_index(self) -> list[date]:
        """Recompute the index days that new, late or changed articles marked dirty."""
        from monitor.index.build import process_dirty

        with self.engine.begin() as conn:
            return process_dirty(conn, self.settings.index, self.clock())

    def rebuild_index(self, *, day_from: date | None = None, day_to: date | None = None,
                      stories: bool = False) -> tuple[int, int]:
        """Recompute every daily value in the range (after a formula change); with ``stories``,
        regroup the articles into stories first.  Returns (articles regrouped, values written)."""
        from monitor.index.build import rebuild
        from monitor.index.stories import rebuild_stories

        regrouped = 0
        if stories:
            since = datetime.combine(day_from, datetime.min.time(), tzinfo=UTC) if day_from else None
            with self.engine.begin() as conn:
                regrouped = rebuild_stories(conn, self.require_analyzer().ref, self.settings.index, self.settings.tz,
                                            self.clock(), since=since)
        with self.engine.begin() as conn:
            n = rebuild(conn, self.settings.index, self.clock(), day_from=day_from, day_to=day_to)
        return regrouped, n

    # ----------------------------------------------------------------- reading the index

    def index(self, *, day_from: date | None = None, day_to: date | None = None, scopes: Sequence[str] | None = None,
              limit_scopes: int = 12, lenses: Sequence[str] = ()) -> list[dict[str, Any]]:
        """Daily values (one dict per scope and day; keys as ``monitor.index.report.COLUMNS``).

        With ``lenses`` (``language:ar``, ``publisher-country:IRN``), rows of each lens follow the
        whole press's (``lens`` = ``all``) for the same scopes and days.
        """
        from monitor.index.report import index_rows

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
                from monitor.index.lens import lens_rows
                from monitor.index.stories import scope_context

                ctx = scope_context(load_reference())  # the scope rules only: no analyser to build
                wanted = sorted({r["scope"] for r in rows}) or (list(scopes) if scopes else None)
                for r in rows:
                    r["lens"] = "all"
                for lens in parsed:
                    rows.extend(lens_rows(conn, lens, ctx, self.settings.index, day_from=day_from, day_to=day_to,
                                          scopes=wanted))
                order = {s: i for i, s in enumerate(dict.fromkeys(r["scope"] for r in rows))}
                rows.sort(key=lambda r: (order[r["scope"]], r["day"], r["lens"] != "all", r["lens"]))
        return rows

    def explain(self, day: date, scope: str, *, top: int = 5) -> dict[str, Any] | None:
        """The provenance of one value: its stories, their articles, sentences and lexicon entries."""
        from monitor.index.report import explain

        with self.engine.connect() as conn:
            return explain(conn, day, scope, top=top)
