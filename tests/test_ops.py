"""Operations (issue 13 §3, §6): /healthz and /metrics of `monitor serve` and of the daemon, the
Grafana dashboard against a real scrape, and the systemd units under `systemd-analyze verify`.

Real components only: feeds served by a loopback HTTP server and polled by the real poll cycle,
the real database (both engines), the web app through Starlette's TestClient, the daemon's
metrics server over real HTTP.
"""

from __future__ import annotations

import json
import re
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from prometheus_client import generate_latest
from prometheus_client.parser import text_string_to_metric_families
from pytest_httpserver import HTTPServer
from sqlalchemy import Engine, func, select, update
from starlette.testclient import TestClient

from monitor.config import MetricsSettings, Settings, SourceSpec
from monitor.core import Monitor
from monitor.daemon import Daemon
from monitor.errors import MonitorError
from monitor.metrics import REGISTRY
from monitor.poll import poll_cycle
from monitor.store import make_engine
from monitor.store.models import analysis_queue, articles
from monitor.store.sources import sync_sources
from monitor.web.app import create_app
from monitor.web.ops import OpsServer, exposition

REPO = Path(__file__).resolve().parents[1]
DASHBOARD = REPO / "docs" / "grafana" / "tension-monitor.json"
DEPLOY = REPO / "deploy"


def rss(*titles: str) -> bytes:
    items = "".join(
        f"<item><title>{t}</title><link>https://example.org/{i}</link><guid>g{i}</guid>"
        f"<pubDate>Fri, 13 Jun 2025 1{i % 10}:00:00 GMT</pubDate><description>about {t}</description></item>"
        for i, t in enumerate(titles)
    )
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://example.org/</link>'
            f"{items}</channel></rss>").encode()


def add_sources(engine: Engine, httpserver: HTTPServer, *paths: str) -> None:
    with engine.begin() as conn:
        sync_sources(conn, [SourceSpec(name=p.strip("/"), url=httpserver.url_for(p), publisher="P") for p in paths],
                     datetime.now(UTC))


def serve_two_feeds(engine: Engine, httpserver: HTTPServer) -> None:
    """One good feed (3 articles) and one that answers 500."""
    httpserver.expect_request("/good.xml").respond_with_data(rss("a", "b", "c"), content_type="application/rss+xml")
    httpserver.expect_request("/bad.xml").respond_with_data("down", status=500)
    add_sources(engine, httpserver, "/good.xml", "/bad.xml")


def scrape(text: str) -> dict[str, float]:
    """Sample name + sorted labels -> value, from the Prometheus text format (the official parser)."""
    out: dict[str, float] = {}
    for fam in text_string_to_metric_families(text):
        for s in fam.samples:
            labels = ",".join(f'{k}="{v}"' for k, v in sorted(s.labels.items()))
            out[f"{s.name}{{{labels}}}" if labels else s.name] = s.value
    return out


def names_in(text: str) -> set[str]:
    """Every family and sample name of a scrape (a family with no samples still counts: it is exposed)."""
    out: set[str] = set()
    for fam in text_string_to_metric_families(text):
        out.add(fam.name)
        out.update(s.name for s in fam.samples)
    out.update(re.findall(r"^# TYPE (\S+)", text, flags=re.M))
    return out


@pytest.fixture
def ro_engine(db_url: str, engine: Engine) -> Iterator[Engine]:
    """The web process's read-only engine on the migrated test database."""
    eng = make_engine(db_url, read_only=True)
    yield eng
    eng.dispose()


def client(settings: Settings, engine: Engine, now: datetime | None = None) -> TestClient:
    clock = (lambda: now) if now is not None else (lambda: datetime.now(UTC))
    return TestClient(create_app(settings, clock=clock, engine=engine))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


# --------------------------------------------------------------------------- /healthz


def test_healthz_ok_after_a_poll(engine: Engine, ro_engine: Engine, settings: Settings,
                                 httpserver: HTTPServer) -> None:
    serve_two_feeds(engine, httpserver)
    poll_cycle(engine, settings, worker="t")
    with client(settings, ro_engine) as c:
        r = c.get("/healthz")
        head = c.head("/healthz")
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["status"] == "ok" and body["problems"] == []
    assert body["database"] == {"reachable": True}
    assert body["sources"]["enabled"] == 2 and body["sources"]["failing"] == 1
    assert 0 <= body["polling"]["last_success_age_seconds"] < 60
    assert body["analysis"]["pending"] == 3, "poll_cycle stores and queues; nothing read yet"
    assert r.headers["cache-control"] == "no-store"
    assert head.status_code == 200


def test_healthz_unhealthy_when_polling_stopped(engine: Engine, ro_engine: Engine, settings: Settings,
                                                httpserver: HTTPServer) -> None:
    serve_two_feeds(engine, httpserver)
    poll_cycle(engine, settings, worker="t")
    later = datetime.now(UTC) + timedelta(hours=4)  # nobody polled since; the queue was not read
    with client(settings, ro_engine, now=later) as c:
        r = c.get("/healthz")
    assert r.status_code == 503
    body = r.json()
    assert body["status"] == "unhealthy"
    text = " | ".join(body["problems"])
    assert "polling has stalled: 2 source(s) overdue" in text
    assert "no successful poll of any source for 4.0 h" in text
    assert "the analysis queue is behind: 3 article(s) waiting" in text
    assert len(body["problems"]) == 3


def test_healthz_old_queue_alone(engine: Engine, ro_engine: Engine, settings: Settings,
                                 httpserver: HTTPServer) -> None:
    serve_two_feeds(engine, httpserver)
    poll_cycle(engine, settings, worker="t")
    with engine.begin() as conn:
        conn.execute(update(analysis_queue).values(enqueued_at=datetime.now(UTC) - timedelta(minutes=90)))
    with client(settings, ro_engine) as c:
        r = c.get("/healthz")
    assert r.status_code == 503
    (problem,) = r.json()["problems"]
    assert problem.startswith("the analysis queue is behind: 3 article(s) waiting, the oldest for 90 min")


@pytest.mark.parametrize("kind", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_unreachable_database_is_a_503_not_a_traceback(kind: str, tmp_path: Path) -> None:
    if kind == "sqlite":
        (tmp_path / "dir.db").mkdir()  # a directory where the file should be: SQLite cannot open it
        url = f"sqlite:///{tmp_path / 'dir.db'}"
    else:
        url = f"postgresql+psycopg://postgres@127.0.0.1:{_free_port()}/monitor"  # nothing listens there
    settings = Settings(database_url=url, data_dir=tmp_path, sources_file=None)
    with TestClient(create_app(settings), raise_server_exceptions=True) as c:
        r = c.get("/healthz")
        m = c.get("/metrics")
    assert r.status_code == 503
    body = r.json()
    assert body["status"] == "unhealthy"
    assert body["database"]["reachable"] is False
    assert body["problems"] == ["database unreachable: database unavailable"]
    assert "Traceback" not in r.text and "127.0.0.1" not in r.text, "the body names no host"
    assert m.status_code == 200, "a scrape still answers, saying the database is down"
    assert scrape(m.text)["monitor_database_up"] == 0


def test_a_database_without_the_schema_is_a_503_that_says_so(tmp_path: Path) -> None:
    import sqlite3

    sqlite3.connect(tmp_path / "empty.db").close()  # a database file with no tables
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'empty.db'}", data_dir=tmp_path, sources_file=None)
    with TestClient(create_app(settings)) as c:
        r = c.get("/healthz")
    assert r.status_code == 503
    body = r.json()
    assert body["database"]["reachable"] is True
    assert body["problems"] == ["database error: OperationalError (is the schema there? `monitor init`)"]


# --------------------------------------------------------------------------- /metrics of monitor serve


def test_serve_metrics_after_real_polls(engine: Engine, ro_engine: Engine, settings: Settings,
                                        httpserver: HTTPServer) -> None:
    serve_two_feeds(engine, httpserver)
    before = REGISTRY.get_sample_value("monitor_polls_total", {"outcome": "http_error"}) or 0.0
    stored = REGISTRY.get_sample_value("monitor_articles_stored_total", {"change": "new"}) or 0.0
    fetched = REGISTRY.get_sample_value("monitor_fetch_duration_seconds_count") or 0.0
    poll_cycle(engine, settings, worker="t")
    # the in-process instruments counted this process's polls ...
    assert REGISTRY.get_sample_value("monitor_polls_total", {"outcome": "http_error"}) == before + 1
    assert REGISTRY.get_sample_value("monitor_articles_stored_total", {"change": "new"}) == stored + 3
    assert REGISTRY.get_sample_value("monitor_fetch_duration_seconds_count") == fetched + 2

    with client(settings, ro_engine) as c:
        r = c.get("/metrics")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/plain; version=0.0.4")
    v = scrape(r.text)
    # ... and monitor serve shows what the database recorded
    assert v["monitor_database_up"] == 1
    assert v["monitor_articles"] == 3
    assert v['monitor_recent_fetches{outcome="ok"}'] == 1
    assert v['monitor_recent_fetches{outcome="http_error"}'] == 1
    assert v['monitor_recent_fetch_duration_seconds_bucket{le="+Inf"}'] == 2
    assert v['monitor_sources{state="ok"}'] == 1 and v['monitor_sources{state="failing"}'] == 1
    assert v["monitor_analysis_backlog_articles"] == 3
    assert v["monitor_articles_analysed_total"] == 0
    assert v["monitor_healthy"] == 1
    assert time.time() - v["monitor_last_poll_success_timestamp_seconds"] < 60
    assert "monitor_polls_total" not in r.text, "the web process polls nothing: no poll counters of its own"
    assert "process_resident_memory_bytes" in v


def test_analysis_and_index_figures_after_the_stage_runs(engine: Engine, ro_engine: Engine, settings: Settings,
                                                         httpserver: HTTPServer) -> None:
    serve_two_feeds(engine, httpserver)
    m = Monitor(settings, engine=engine)
    m.poll()  # stores, reads, files, updates the index
    v = scrape(exposition(Monitor(settings, engine=ro_engine), in_process=False).decode())
    assert v["monitor_analysis_backlog_articles"] == 0
    assert "monitor_analysis_oldest_enqueued_timestamp_seconds" not in v, "an empty queue has no oldest article"
    assert v["monitor_articles_analysed_total"] == 3
    assert v["monitor_index_dirty_days"] == 0
    assert time.time() - v["monitor_index_computed_timestamp_seconds"] < 120
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(articles)).scalar_one() == v["monitor_articles"]


# --------------------------------------------------------------------------- the daemon's server


def test_daemon_serves_metrics_and_healthz(engine: Engine, settings: Settings, httpserver: HTTPServer) -> None:
    serve_two_feeds(engine, httpserver)
    port = _free_port()
    fast = replace(settings, poll=replace(settings.poll, tick=0.2), metrics=MetricsSettings(port=port))
    daemon = Daemon(Monitor(fast, engine=engine), workers=0)
    t = threading.Thread(target=daemon.run, kwargs={"install_signals": False})
    t.start()
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        v: dict[str, float] = {}
        while time.monotonic() < deadline:
            try:
                v = scrape(httpx.get(f"{base}/metrics", timeout=5).text)
            except httpx.TransportError:
                v = {}
            if v.get("monitor_articles_analysed_total") == 3:
                break
            time.sleep(0.2)
        assert v.get("monitor_articles_analysed_total") == 3, "the daemon polled, read and filed the feed"
        assert v['monitor_polls_total{outcome="ok"}'] >= 1, "the daemon's own counters"
        assert v['monitor_polls_total{outcome="http_error"}'] >= 1
        assert v["monitor_fetch_duration_seconds_count"] >= 2
        assert v["monitor_database_up"] == 1, "and the database's figures, in one scrape"
        assert v["monitor_articles"] == 3
        h = httpx.get(f"{base}/healthz", timeout=5)
        assert h.status_code == 200 and h.json()["status"] == "ok"
        assert httpx.get(f"{base}/nothing", timeout=5).status_code == 404
    finally:
        daemon.stop()
        t.join(30)
    assert not t.is_alive()
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2)


def test_metrics_port_in_use_is_a_clear_error_at_start(tmp_path: Path) -> None:
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'm.db'}", data_dir=tmp_path, sources_file=None)
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        daemon = Daemon(Monitor(replace(settings, metrics=MetricsSettings(port=port))))
        with pytest.raises(MonitorError, match=rf"cannot serve metrics on 127\.0\.0\.1:{port}: .*in use"):
            daemon.run(install_signals=False)


def test_monitor_run_says_the_port_is_in_use(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str], request: pytest.FixtureRequest) -> None:
    from monitor.cli import main

    # a migrated database (conftest's template): `run` checks for one before it starts
    shutil.copyfile(request.getfixturevalue("_sqlite_template"), tmp_path / "m.db")
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        monkeypatch.setenv("MONITOR_METRICS_PORT", str(busy.getsockname()[1]))
        (tmp_path / "monitor.toml").write_text('timezone = "UTC"\n', encoding="utf-8")
        code = main(["--config", str(tmp_path / "monitor.toml"), "--db", f"sqlite:///{tmp_path / 'm.db'}",
                     "run", "--workers", "0"])
    err = capsys.readouterr().err
    assert code == 1
    assert "monitor: cannot serve metrics on 127.0.0.1:" in err and "Traceback" not in err


def test_forked_workers_do_not_keep_the_metrics_socket(tmp_path: Path) -> None:
    import multiprocessing

    settings = Settings(database_url=f"sqlite:///{tmp_path / 'm.db'}", data_dir=tmp_path, sources_file=None)
    ops = OpsServer(settings, "127.0.0.1", 0)
    ops.bind()
    try:
        listening = ops._server
        assert listening is not None

        def child() -> None:  # the WorkerPool forks like this (monitor/workers.py)
            raise SystemExit(0 if listening.socket.fileno() == -1 else 1)

        p = multiprocessing.get_context("fork").Process(target=child)
        p.start()
        p.join(30)
        assert p.exitcode == 0, "the child closed its copy of the listening socket"
        assert listening.socket.fileno() != -1, "the parent's stays open"
    finally:
        ops.stop()


def test_daemon_metrics_need_the_token_when_one_is_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MONITOR_WEB_TOKEN", "s3cret")
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'm.db'}", data_dir=tmp_path, sources_file=None)
    ops = OpsServer(settings, "127.0.0.1", 0)
    ops.start()
    try:
        base = f"http://127.0.0.1:{ops.port}"
        assert httpx.get(f"{base}/metrics", timeout=5).status_code == 401
        assert httpx.get(f"{base}/metrics", headers={"Authorization": "Bearer wrong"}, timeout=5).status_code == 401
        ok = httpx.get(f"{base}/metrics", headers={"Authorization": "Bearer s3cret"}, timeout=5)
        assert ok.status_code == 200 and "monitor_database_up" in ok.text
        assert httpx.get(f"{base}/healthz", timeout=5).status_code in (200, 503), "/healthz stays open"
    finally:
        ops.stop()


# --------------------------------------------------------------------------- Grafana


def test_grafana_dashboard_uses_only_exposed_metrics(engine: Engine, ro_engine: Engine, settings: Settings,
                                                     httpserver: HTTPServer) -> None:
    serve_two_feeds(engine, httpserver)
    Monitor(settings, engine=engine).poll()
    daemon_text = exposition(Monitor(settings, engine=ro_engine), in_process=True).decode()
    with client(settings, ro_engine) as c:
        serve_text = c.get("/metrics").text
    in_daemon, in_serve = names_in(daemon_text), names_in(serve_text)
    own = names_in(generate_latest(REGISTRY).decode())  # the daemon's in-process instruments (not in monitor serve)

    dash = json.loads(DASHBOARD.read_text(encoding="utf-8"))
    exprs = [t["expr"] for p in dash["panels"] for t in p.get("targets", [])]
    assert len(exprs) >= 12
    used = {n for e in exprs for n in re.findall(r"\b(?:monitor|process)_[a-z_]+", e)}
    assert {"monitor_polls_total", "monitor_fetch_duration_seconds_bucket", "monitor_articles_stored_total",
            "monitor_analysis_backlog_articles", "monitor_index_computed_timestamp_seconds",
            "monitor_mail_sent_total", "monitor_mail_failed_total"} <= used
    assert used - in_daemon == set(), "every metric of the dashboard is in the daemon's scrape"
    assert used - own - in_serve == set(), "every database-derived metric is in monitor serve's scrape too"
    ids = [p["id"] for p in dash["panels"]]
    assert len(ids) == len(set(ids)), "panel ids are unique"


# --------------------------------------------------------------------------- systemd


UNITS = ("monitor-run.service", "monitor-serve.service", "monitor-work@.service")


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed")
def test_systemd_units_verify(tmp_path: Path) -> None:
    monitor_bin = REPO / ".venv" / "bin" / "monitor"
    if not monitor_bin.exists():
        found = shutil.which("monitor")
        if found is None:
            pytest.skip("no `monitor` executable to point ExecStart at")
        monitor_bin = Path(found)
    paths = []
    for name in UNITS:
        text = (DEPLOY / name).read_text(encoding="utf-8")
        assert "ExecStart=/opt/monitor/venv/bin/monitor " in text
        for directive in ("NoNewPrivileges=yes", "ProtectSystem=strict", "ProtectHome=yes", "PrivateTmp=yes",
                          "StateDirectory=monitor", "Restart=on-failure"):
            assert directive in text, f"{name} lacks {directive}"
        # a template is verified as one of its instances
        target = tmp_path / name.replace("@.", "@1.")
        target.write_text(text.replace("/opt/monitor/venv/bin/monitor", str(monitor_bin)), encoding="utf-8")
        paths.append(str(target))
    r = subprocess.run(["systemd-analyze", "verify", "--man=no", *paths], capture_output=True, text=True,
                       timeout=60, check=False)
    assert r.returncode == 0, r.stderr
    ours = [line for line in r.stderr.splitlines() if "monitor-" in line]
    assert ours == [], "warnings about our units (unknown keys are only warnings): " + "\n".join(ours)


def test_env_example_names_real_settings() -> None:
    from monitor.config import OPTIONS

    known = {o.env for o in OPTIONS} | {"MONITOR_CONFIG", "MONITOR_WEB_TOKEN", "MONITOR_SMTP_PASSWORD"}
    text = (DEPLOY / "monitor.env.example").read_text(encoding="utf-8")
    names = re.findall(r"^(MONITOR_[A-Z_]+)=", text, flags=re.M)
    assert names and set(names) <= known, set(names) - known
