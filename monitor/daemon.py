"""The daemon: APScheduler is only the clock; all state that matters is in the database.

APScheduler 3 cannot share a job store between processes (its FAQ), so jobs
live in memory and decide nothing: each tick asks the database which sources
are due and leases them (see store/sources.py).  Stopping on SIGINT/SIGTERM
lets the batch in flight finish and hands back unfinished leases; a restart
resumes from the sources table.
"""

from __future__ import annotations

import logging
import signal
import threading
from types import FrameType

from apscheduler.schedulers.background import BackgroundScheduler
from sqlalchemy import Engine

from monitor.config import Settings
from monitor.poll import Clock, poll_cycle, purge_old_fetches, utcnow, worker_id

log = logging.getLogger("monitor.daemon")


class Daemon:
    def __init__(self, engine: Engine, settings: Settings, *, clock: Clock = utcnow) -> None:
        self.engine = engine
        self.settings = settings
        self.clock = clock
        self.worker = worker_id()
        self.stopping = threading.Event()
        self.ticks = 0

    def tick(self) -> None:
        """One scheduler tick: poll whatever is due, then return."""
        if self.stopping.is_set():
            return
        try:
            reports = poll_cycle(
                self.engine, self.settings, worker=self.worker, clock=self.clock,
                should_stop=self.stopping.is_set,
            )
        except Exception:  # the database may be down: log, keep ticking
            log.exception("poll cycle failed; retrying at the next tick")
            return
        finally:
            self.ticks += 1
        if reports:
            new = sum(r.new for r in reports)
            failed = sum(1 for r in reports if r.error)
            log.info("cycle", extra={"fields": {"polled": len(reports), "new": new, "failed": failed}})
        self.update_index()

    def update_index(self) -> None:
        """Recompute the index days that new, late or changed articles touched."""
        from monitor.index.build import process_dirty

        try:
            with self.engine.begin() as conn:
                days = process_dirty(conn, self.settings.index, self.clock())
            if days:
                log.info("index updated", extra={"fields": {"days": ",".join(d.isoformat() for d in days)}})
        except Exception:
            log.exception("index update failed; the days stay marked and are retried next tick")

    def mail(self) -> None:
        """Digests due at recipients' local times, retries, alerts (the send log makes it exactly once)."""
        from monitor.digest.service import run_mail_jobs

        if self.stopping.is_set():
            return
        try:
            run_mail_jobs(self.engine, self.settings, worker=self.worker, clock=self.clock)
        except Exception:
            log.exception("mail job failed; retried at the next tick")

    def housekeeping(self) -> None:
        try:
            n = purge_old_fetches(self.engine, self.settings, self.clock())
            if n:
                log.info("purged old fetch log rows", extra={"fields": {"rows": n}})
        except Exception:
            log.exception("housekeeping failed")

    def run(self, *, install_signals: bool = True) -> None:
        scheduler = BackgroundScheduler(timezone=self.settings.timezone)
        scheduler.add_job(
            self.tick, "interval", seconds=self.settings.poll.tick, id="poll",
            next_run_time=self.clock(), max_instances=1, coalesce=True,
        )
        scheduler.add_job(self.housekeeping, "interval", hours=1, id="housekeeping", max_instances=1, coalesce=True)
        scheduler.add_job(self.mail, "interval", seconds=60, id="mail", next_run_time=self.clock(),
                          max_instances=1, coalesce=True)
        if install_signals:
            def _stop(signum: int, _frame: FrameType | None) -> None:
                log.info("received %s: finishing in-flight work", signal.Signals(signum).name)
                self.stopping.set()

            signal.signal(signal.SIGINT, _stop)
            signal.signal(signal.SIGTERM, _stop)
        log.info("daemon started", extra={"fields": {"worker": self.worker, "tick_s": self.settings.poll.tick}})
        scheduler.start()
        try:
            while not self.stopping.wait(1.0):
                pass
        finally:
            scheduler.shutdown(wait=True)
            log.info("daemon stopped", extra={"fields": {"worker": self.worker, "ticks": self.ticks}})

    def stop(self) -> None:
        self.stopping.set()
