"""Several `monitor work` processes on one PostgreSQL, one killed mid-batch (issue 12 §4).

Every article is read exactly once and filed into exactly one story; the stories are the ones a
single worker makes; the killed worker's batch is taken over when its lease runs out.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from monitor.config import load_settings
from monitor.pipeline import analyse_pending
from monitor.store import make_engine, upgrade
from monitor.store.models import analysis_queue, article_analyses, story_articles
from tests.conftest import REPO, temporary_pg_database
from tests.test_pipeline import _corpus_entries, _stories_of, store_corpus

pytestmark = [pytest.mark.postgres, pytest.mark.slow, pytest.mark.shared]


def _fill(url: str, by_pub: dict[str, list]) -> int:  # type: ignore[type-arg]
    eng = make_engine(url)
    upgrade(eng)
    try:
        return store_corpus(eng, by_pub)
    finally:
        eng.dispose()


def test_three_workers_one_killed_read_everything_once_into_the_stories_of_one(shared: Path) -> None:
    by_pub = _corpus_entries(shared, "items-2023-10", datetime(2023, 10, 7, 6, tzinfo=UTC), 40)
    config = REPO / "config" / "monitor.toml"
    with temporary_pg_database() as single_url, temporary_pg_database() as multi_url:
        n = _fill(single_url, by_pub)
        assert _fill(multi_url, by_pub) == n >= 150
        from monitor.analysis.service import get_analyzer

        settings = load_settings(config, database_url=single_url)
        assert analyse_pending(make_engine(single_url), get_analyzer(), settings, worker="one",
                               clock=lambda: datetime.now(UTC), batch=20) == n

        env = {**os.environ, "PYTHONPATH": str(REPO)}
        cmd = [sys.executable, "-m", "monitor.cli", "--config", str(config), "--db", multi_url,
               "work", "--batch", "20", "--lease", "5"]
        # The victim starts first and is frozen (SIGSTOP) as soon as it holds a batch, so that it
        # is killed mid-batch while the two others work: reading is fast enough now (2,000+ articles
        # a second) that, started together, the others could drain the queue before it claimed.
        victim = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        procs = [victim]
        eng = make_engine(multi_url)
        try:
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                with eng.connect() as conn:
                    held = conn.execute(select(func.count()).select_from(analysis_queue).where(
                        analysis_queue.c.lease_owner.like(f"%:{victim.pid}:%"))).scalar_one()
                if held:
                    victim.send_signal(signal.SIGSTOP)
                    break
                time.sleep(0.01)
            else:
                pytest.fail("the first worker never claimed a batch")
            procs += [subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) for _ in range(2)]
            time.sleep(1.0)  # the two others start and claim beside the frozen batch
            victim.send_signal(signal.SIGKILL)
            victim.wait(10)
            killed_at = time.monotonic()
            while time.monotonic() < deadline + 120:
                with eng.connect() as conn:
                    left = conn.execute(select(func.count()).select_from(analysis_queue)).scalar_one()
                if not left:
                    break
                time.sleep(0.2)
            else:
                pytest.fail(f"{left} article(s) still queued")
            drained_after = time.monotonic() - killed_at
        finally:
            for p in procs:
                if p.poll() is None:
                    p.send_signal(signal.SIGTERM)
            for p in procs:
                p.wait(60)
        assert victim.returncode == -signal.SIGKILL
        for p in procs[1:]:
            assert p.returncode == 0, p.stderr.read().decode() if p.stderr else ""
        with eng.connect() as conn:
            assert conn.execute(select(func.count()).select_from(article_analyses)).scalar_one() == n
            per_article = conn.execute(select(story_articles.c.article_id, func.count())
                                       .group_by(story_articles.c.article_id)).all()
        assert len(per_article) == n and all(c == 1 for _, c in per_article), "every article in exactly one story"
        single = make_engine(single_url)
        try:
            assert _stories_of(eng) == _stories_of(single), "the stories of a single worker"
        finally:
            single.dispose()
            eng.dispose()
        assert drained_after < 60, "the killed worker's batch was taken over after its 5 s lease"
