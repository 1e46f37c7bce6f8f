"""Analysis worker processes (issue 12 §3): use every core.

Reading is CPU-bound pure Python, so one process reads on one core.  The
parent builds (or loads) the analyser once and forks the workers: the
automaton and the lemmatisers' tables are shared copy-on-write
(docs/benchmarks.md, "Worker memory").  Each worker opens its own database
connections -- a pooled connection must never cross a fork (SQLAlchemy docs,
"Using Connection Pools with Multiprocessing or os.fork()") -- and runs
``Monitor.work``: claim a batch, read it, file what is ready, until SIGTERM.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import threading
from collections.abc import Callable
from multiprocessing.process import BaseProcess
from types import FrameType

from monitor.settings import Settings

log = logging.getLogger(__name__)


def _worker_main(settings: Settings, index: int) -> None:
    from monitor.analysis.cache import get_analyzer
    from monitor.core import Monitor

    stop = threading.Event()

    def _stop(_signum: int, _frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides; a Ctrl-C reaches it and it stops us
    monitor = Monitor(settings, analyzer=get_analyzer())  # the parent's, inherited by fork
    log.info("analysis worker started", extra={"fields": {"worker": index, "pid": os.getpid()}})
    _trace_memory(stop, index)
    try:
        n = monitor.work(should_stop=stop.is_set)
    finally:
        monitor.close()
    log.info("analysis worker stopped", extra={"fields": {"worker": index, "pid": os.getpid(), "read": n}})


def _trace_memory(stop: threading.Event, index: int) -> None:
    """MONITOR_TRACE_MEMORY in a worker too (the daemon's own job covers only the poller)."""
    from monitor.daemon import _memory_trace_seconds, _MemoryTrace

    every = _memory_trace_seconds()
    if not every:
        return
    trace = _MemoryTrace(f"analysis worker {index}")

    def loop() -> None:
        while not stop.wait(every):
            trace.report()

    threading.Thread(target=loop, name="memory-trace", daemon=True).start()


class WorkerPool:
    """N forked analysis workers; ``stop()`` asks them to finish their batch and waits."""

    def __init__(self, settings: Settings, n: int) -> None:
        self.settings = settings
        self.n = n
        self.procs: list[BaseProcess] = []

    def start(self) -> None:
        from monitor.analysis.cache import get_analyzer

        get_analyzer()  # once, before forking: the workers share it
        ctx = multiprocessing.get_context("fork")
        for i in range(self.n):
            p = ctx.Process(target=_worker_main, args=(self.settings, i), name=f"monitor-work-{i}", daemon=False)
            p.start()
            self.procs.append(p)
        log.info("analysis workers started", extra={"fields": {"workers": self.n,
                                                                "pids": ",".join(str(p.pid) for p in self.procs)}})

    def alive(self) -> int:
        return sum(1 for p in self.procs if p.is_alive())

    def restart_dead(self) -> None:
        """Replace a worker that died (killed, crashed): its batch returns to the queue by lease."""
        ctx = multiprocessing.get_context("fork")
        for i, p in enumerate(self.procs):
            if not p.is_alive():
                log.warning("analysis worker %s exited with %s; starting another", p.pid, p.exitcode)
                q = ctx.Process(target=_worker_main, args=(self.settings, i), name=f"monitor-work-{i}")
                q.start()
                self.procs[i] = q

    def stop(self, timeout: float = 60.0) -> None:
        for p in self.procs:
            if p.is_alive() and p.pid is not None:
                os.kill(p.pid, signal.SIGTERM)
        for p in self.procs:
            p.join(timeout)
            if p.is_alive():  # a batch that outlives the timeout: its lease hands it to another worker
                log.warning("analysis worker %s did not stop in %.0f s; killing it", p.pid, timeout)
                p.kill()
                p.join(5)


def serve_until(stop: Callable[[], bool], pool: WorkerPool) -> None:
    """Wait until ``stop``, replacing workers that die."""
    import time

    while not stop():
        if pool.alive() < pool.n:
            pool.restart_dead()
        time.sleep(1.0)
