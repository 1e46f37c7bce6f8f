"""The daemon: APScheduler is only the clock; all state that matters is in the database.

APScheduler 3 cannot share a job store between processes (its FAQ), so jobs
live in memory and decide nothing: each tick asks the database which sources
are due and leases them (see store/sources.py).  Stopping on SIGINT/SIGTERM
lets the batch in flight finish and hands back unfinished leases; a restart
resumes from the sources table.
"""

from __future__ import annotations

import itertools
import logging
import os
import signal
import threading
import time
from types import FrameType

from apscheduler.schedulers.background import BackgroundScheduler

from monitor.core import Monitor
from monitor.poll import purge_old_fetches, worker_id
from monitor.store.errors import describe_db_error
from monitor.store.queue import QueueStats

log = logging.getLogger(__name__)


def _log_failure(what: str, exc: BaseException) -> None:
    """A job failed: one plain line for a database outage, lock or full disk; a traceback for anything else."""
    fault = describe_db_error(exc)
    if fault is None:
        log.error(what, exc_info=exc)
    else:
        log.warning("%s: %s", what, fault)


class Daemon:
    """The scheduler around a :class:`~monitor.core.Monitor`: its use cases on a clock."""

    def __init__(self, monitor: Monitor, *, workers: int = 0) -> None:
        self.monitor = monitor
        self.workers = workers  # analysis worker processes; 0: the daemon reads in a thread of its own
        self.engine = monitor.engine
        self.settings = monitor.settings
        self.clock = monitor.clock
        self.worker = worker_id()
        self._backlog: list[int] = []  # queue sizes after the last analysis runs (backpressure)
        self.stopping = threading.Event()
        self.ticks = 0

    def tick(self) -> None:
        """One scheduler tick: poll whatever is due, then return."""
        if self.stopping.is_set():
            return
        try:
            # the store stage only: the analysis job reads the queue (issue 12 §1), so one slow
            # feed's reading never delays another feed's storing
            reports = self.monitor.poll(should_stop=self.stopping.is_set, worker=self.worker, analyse=False)
        except Exception as exc:  # the database may be down: log, keep ticking
            _log_failure("poll cycle failed; retrying at the next tick", exc)
            return
        finally:
            self.ticks += 1
        if reports:
            new = sum(r.new for r in reports)
            failed = sum(1 for r in reports if r.error)
            log.info("cycle", extra={"fields": {"polled": len(reports), "new": new, "failed": failed}})

    def analyse(self) -> None:
        """The analysis stage: drain the queue in batches, then update the index; say when it falls behind."""
        if self.stopping.is_set():
            return
        try:
            t0 = time.monotonic()
            read = self.monitor.analyse_pending(should_stop=self.stopping.is_set)
            took = time.monotonic() - t0
            stats = self.monitor.queue_stats()
        except Exception as exc:
            _log_failure("analysis failed; the articles stay queued and are retried at the next run", exc)
            return
        finally:
            self.update_index()
        if read:
            log.info("analysed", extra={"fields": {"articles": read, "per_s": round(read / took, 1) if took else None,
                                                   "pending": stats.pending}})
        self._note_backlog(stats)

    def watch_queue(self) -> None:
        """With worker processes: the backlog check of ``analyse`` without reading."""
        try:
            stats = self.monitor.queue_stats()
        except Exception as exc:
            _log_failure("could not read the analysis queue", exc)
            return
        self._note_backlog(stats)
        self.update_index()

    def _note_backlog(self, stats: QueueStats) -> None:
        self._backlog.append(stats.pending)
        del self._backlog[:-4]
        if len(self._backlog) == 4 and all(b > a for a, b in itertools.pairwise(self._backlog)):
            age = stats.age_seconds(self.clock())
            log.warning("the analysis queue grows faster than it drains: %d pending, oldest %.0f s; add analysis "
                        "workers (`monitor work`) or poll sources less often", stats.pending, age or 0.0)
        if stats.failed:
            log.warning("%d article(s) could not be read (see `monitor status`)", stats.failed)

    def update_index(self) -> None:
        """Recompute the index days that new, late or changed articles touched (Monitor.poll does it
        after every successful cycle; this retries after a failed one)."""
        try:
            days = self.monitor.update_index()
            if days:
                log.info("index updated", extra={"fields": {"days": ",".join(d.isoformat() for d in days)}})
        except Exception as exc:
            _log_failure("index update failed; the days stay marked and are retried next tick", exc)

    def mail(self) -> None:
        """Digests due at recipients' local times, retries, alerts (the send log makes it exactly once)."""
        from monitor.digest.service import run_mail_jobs

        if self.stopping.is_set():
            return
        try:
            run_mail_jobs(self.engine, self.settings, worker=self.worker, clock=self.clock)
        except Exception as exc:
            _log_failure("mail job failed; retried at the next tick", exc)

    def housekeeping(self) -> None:
        try:
            n = purge_old_fetches(self.engine, self.settings, self.clock())
            if n:
                log.info("purged old fetch log rows", extra={"fields": {"rows": n}})
        except Exception as exc:
            _log_failure("housekeeping failed", exc)

    def run(self, *, install_signals: bool = True) -> None:
        ops = None
        if self.settings.metrics.port > 0:
            from monitor.web.ops import OpsServer

            # bound before the workers fork, so a port in use stops the start with a clear error
            ops = OpsServer(self.settings, self.settings.metrics.host, self.settings.metrics.port, clock=self.clock)
            ops.bind()
        pool = None
        if self.workers > 0:
            from monitor.workers import WorkerPool

            # forked before the scheduler's threads exist (a fork copies only the calling thread),
            # and with no pooled connection to inherit (SQLAlchemy docs, "Using Connection Pools with
            # Multiprocessing or os.fork()")
            self.monitor.engine.dispose()
            pool = WorkerPool(self.settings, self.workers)
            pool.start()
        scheduler = BackgroundScheduler(timezone=self.settings.timezone)
        scheduler.add_job(
            self.tick, "interval", seconds=self.settings.poll.tick, id="poll",
            next_run_time=self.clock(), max_instances=1, coalesce=True,
        )
        if pool is None:
            scheduler.add_job(self.analyse, "interval", seconds=max(1.0, min(self.settings.poll.tick, 5.0)),
                              id="analyse", next_run_time=self.clock(), max_instances=1, coalesce=True)
        else:
            scheduler.add_job(self.watch_queue, "interval", seconds=30, id="queue", max_instances=1, coalesce=True)
        scheduler.add_job(self.housekeeping, "interval", hours=1, id="housekeeping", max_instances=1, coalesce=True)
        scheduler.add_job(self.mail, "interval", seconds=60, id="mail", next_run_time=self.clock(),
                          max_instances=1, coalesce=True)
        every = _memory_trace_seconds()
        if every:
            scheduler.add_job(_MemoryTrace().report, "interval", seconds=every, id="memory-trace",
                              max_instances=1, coalesce=True)
        if install_signals:
            def _stop(signum: int, _frame: FrameType | None) -> None:
                log.info("received %s: finishing in-flight work", signal.Signals(signum).name)
                self.stopping.set()

            signal.signal(signal.SIGINT, _stop)
            signal.signal(signal.SIGTERM, _stop)
        log.info("daemon started", extra={"fields": {"worker": self.worker, "tick_s": self.settings.poll.tick,
                                                     "analysis_workers": self.workers}})
        scheduler.start()
        if ops is not None:
            ops.start()
        try:
            while not self.stopping.wait(1.0):
                if pool is not None and pool.alive() < pool.n:
                    pool.restart_dead()
        finally:
            if ops is not None:
                ops.stop()
            scheduler.shutdown(wait=True)
            if pool is not None:
                pool.stop()
            log.info("daemon stopped", extra={"fields": {"worker": self.worker, "ticks": self.ticks}})

    def stop(self) -> None:
        self.stopping.set()


def _memory_trace_seconds() -> float:
    """``MONITOR_TRACE_MEMORY=SECONDS``: a diagnostic for a daemon whose memory grows."""
    raw = os.environ.get("MONITOR_TRACE_MEMORY", "").strip()
    try:
        return max(float(raw), 10.0) if raw else 0.0
    except ValueError:
        log.warning("MONITOR_TRACE_MEMORY=%r is not a number of seconds: memory tracing is off", raw)
        return 0.0


class _MemoryTrace:
    """Logs, every so often, where this process's Python memory grew since the first report
    (tracemalloc: https://docs.python.org/3/library/tracemalloc.html).  Costs CPU and memory of its
    own: for diagnosing a growth a soak showed, not for normal running (docs/operations.md)."""

    def __init__(self, who: str = "daemon") -> None:
        import tracemalloc

        self.who = who
        tracemalloc.start(8)
        self._first = tracemalloc.take_snapshot()

    def report(self) -> None:
        import tracemalloc

        snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(False, tracemalloc.__file__)])
        stats = snap.compare_to(self._first, "lineno")
        total = sum(st.size_diff for st in stats)
        top = "; ".join(f"{st.traceback[0].filename.rsplit('/', 2)[-1]}:{st.traceback[0].lineno} "
                        f"{st.size_diff / 1024:+.0f} KiB ({st.count_diff:+d})" for st in stats[:8])
        log.warning("memory trace (%s): %+.1f MiB of Python objects since the first report; largest growth: %s",
                    self.who, total / 2**20, top,
                    extra={"fields": {"traced_growth_mib": round(total / 2**20, 1), "process": self.who}})
