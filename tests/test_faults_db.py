"""Issue 14, "faults not yet tried": the database goes away or is locked while the daemon works.

* PostgreSQL restarted mid-poll and mid-digest, on a private cluster this
  module starts and stops itself (tests/pgcluster.py; the shared server on
  5432 is never touched);
* SQLite ``database is locked``: a long reader (harmless in WAL mode), a
  writer shorter than the busy timeout (waited for), a writer outlasting it
  (a clean failure, then the next tick stores everything).

Each test asserts on stored rows (every served item stored exactly once after
recovery), on what the operator is told (a log line naming the fault, never a
traceback) and on the send log / SMTP server for digests.  The daemon's own
tick and mail jobs are called directly: they are what APScheduler runs, and
calling them keeps the order of events deterministic.
"""

from __future__ import annotations

import logging
import socket
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from aiosmtpd import smtp as aiosmtp
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import Envelope, Session
from feedserver import Exchange, FeedServer
from pgcluster import PgCluster, private_cluster
from sqlalchemy import Engine, create_engine, func, select, text
from sqlalchemy.pool import NullPool

from monitor.config import (
    AnalysisSettings,
    DigestSettings,
    HttpSettings,
    PollSettings,
    Settings,
    SmtpSettings,
    SourceSpec,
)
from monitor.core import Monitor
from monitor.daemon import Daemon
from monitor.digest.send import Sender, SendRow
from monitor.store import make_engine, upgrade
from monitor.store.models import articles, sent_messages, sources
from monitor.store.sources import sync_sources

ITEMS = 6


def rss(feed: str, n: int = ITEMS) -> bytes:
    items = "".join(
        f"<item><title>{feed} item {k}</title><link>https://example.org/{feed}/{k}</link><guid>{feed}-{k}</guid>"
        f"<pubDate>Fri, 13 Jun 2025 1{k % 10}:00:00 GMT</pubDate><description>text of {feed} {k}</description></item>"
        for k in range(n)
    )
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>{feed}</title>'
            f"<link>https://example.org/</link>{items}</channel></rss>").encode()


def served_guids(names: list[str]) -> set[tuple[str, str]]:
    return {(n, f"{n} item {k}") for n in names for k in range(ITEMS)}


def stored(engine: Engine) -> list[tuple[str, str]]:
    with engine.connect() as conn:
        rows = conn.execute(select(sources.c.name, articles.c.title).join(sources, sources.c.id == articles.c.source_id))
        return sorted((r.name, r.title) for r in rows)


def source_row(engine: Engine, name: str) -> dict[str, object]:
    with engine.connect() as conn:
        return dict(conn.execute(select(sources).where(sources.c.name == name)).mappings().one())


def feed_route(body: bytes, before: Callable[[], None] | None = None) -> Callable[[Exchange], None]:
    def route(ex: Exchange) -> None:
        if before is not None:
            before()
        ex.respond(200, body, [("Content-Type", "application/rss+xml")])

    return route


def add_sources(engine: Engine, server: FeedServer, names: list[str]) -> None:
    with engine.begin() as conn:
        sync_sources(conn, [SourceSpec(name=n, url=server.url(f"/{n}.xml"), publisher="P") for n in names],
                     datetime.now(UTC))


def make_settings(url: str, tmp_path: Path, **kw: object) -> Settings:
    return Settings(
        database_url=url, data_dir=tmp_path, sources_file=None,
        http=HttpSettings(allowlist=("127.0.0.1",), connect_timeout=2.0, read_timeout=5.0, total_timeout=10.0,
                          per_host=4, concurrency=8),
        poll=replace(PollSettings(), batch_size=50),
        analysis=AnalysisSettings(enabled=False),  # the faults are in storing; reading is tested elsewhere
        **kw,  # type: ignore[arg-type]
    )


def monitor_records(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name.startswith("monitor")]


def assert_no_traceback(caplog: pytest.LogCaptureFixture) -> None:
    with_trace = [f"{r.name}: {r.getMessage()}" for r in monitor_records(caplog) if r.exc_info]
    assert with_trace == [], "a database fault was logged with a traceback"


def messages(caplog: pytest.LogCaptureFixture) -> str:
    return "\n".join(r.getMessage() for r in monitor_records(caplog))


# --------------------------------------------------------------------------- PostgreSQL


@pytest.fixture(scope="module")
def cluster() -> Iterator[PgCluster]:
    with private_cluster() as c:
        yield c


@pytest.fixture
def pg_engine(cluster: PgCluster) -> Iterator[Engine]:
    """A fresh, migrated database on the private cluster (started if a test left it down)."""
    if not cluster.running():
        cluster.start()
    name = f"faults_{uuid.uuid4().hex[:8]}"
    # NullPool: a pooled admin connection would not survive the test's restarts
    admin = create_engine(cluster.url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    eng = make_engine(cluster.url.rsplit("/", 1)[0] + "/" + name, connect_args={"connect_timeout": 3})
    upgrade(eng)
    try:
        yield eng
    finally:
        eng.dispose()
        if not cluster.running():
            cluster.start()
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.mark.slow  # a private cluster: initdb, and stops and starts
def test_postgres_restart_mid_poll(cluster: PgCluster, pg_engine: Engine, tmp_path: Path,
                                   caplog: pytest.LogCaptureFixture) -> None:
    names = ["a", "b", "c"]
    stopped = threading.Event()

    def stop_once() -> None:  # the server goes down while this feed's answer is in flight
        if not stopped.is_set():
            cluster.stop()
            stopped.set()

    daemon = Daemon(Monitor(make_settings(str(pg_engine.url), tmp_path), engine=pg_engine))
    with FeedServer() as server, caplog.at_level(logging.INFO, logger="monitor"):
        for n in names:
            server.route(f"/{n}.xml", feed_route(rss(n), stop_once if n == "c" else None))
        add_sources(pg_engine, server, names)

        daemon.tick()  # the outage happens inside this poll; the tick must not raise
        assert stopped.is_set() and not cluster.running()
        assert "storing c failed: database unavailable" in messages(caplog)

        caplog.clear()
        daemon.tick()  # still down: nothing can be claimed; one plain line
        assert "poll cycle failed; retrying at the next tick: database unavailable" in messages(caplog)
        assert daemon.ticks == 2

        cluster.start()
        daemon.tick()  # back: the sources the outage interrupted are polled again
        assert_no_traceback(caplog)

    got = stored(pg_engine)
    assert got == sorted(served_guids(names)), "every served item stored exactly once"
    row = source_row(pg_engine, "c")
    assert (row["last_outcome"], row["lease_owner"]) == ("ok", None)


# --------------------------------------------------------------------------- digests over a PostgreSQL restart


@dataclass
class Mailbox:
    received: list[EmailMessage] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_DATA(self, server: aiosmtp.SMTP, session: Session, envelope: Envelope) -> str:  # noqa: N802 - aiosmtpd's hook name
        msg = message_from_bytes(envelope.original_content or b"", policy=policy.default)
        assert isinstance(msg, EmailMessage)
        with self.lock:
            self.received.append(msg)
        return "250 2.0.0 Accepted"


@pytest.fixture
def mailbox() -> Iterator[tuple[Mailbox, SmtpSettings]]:
    box = Mailbox()
    with socket.socket() as s:  # aiosmtpd's start() connects to the port it was given: not 0
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    controller = Controller(box, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield box, SmtpSettings(host="127.0.0.1", port=port, security="none",
                                from_address="Tension Monitor <monitor@example.org>", timeout=5.0)
    finally:
        controller.stop()


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def message(subject: str) -> EmailMessage:
    m = EmailMessage()
    m["Subject"] = subject
    m.set_content("Daily reading.\n")
    return m


def outage(cluster: PgCluster, seconds: float) -> threading.Thread:
    """Stop the server now; start it again after ``seconds`` (in the background)."""
    cluster.stop()

    def back() -> None:
        time.sleep(seconds)
        cluster.start()

    t = threading.Thread(target=back, daemon=True)
    t.start()
    return t


def sent_row(engine: Engine, key: str) -> dict[str, object]:
    with engine.connect() as conn:
        return dict(conn.execute(select(sent_messages).where(sent_messages.c.key == key)).mappings().one())


@pytest.mark.slow  # a private cluster: initdb, and stops and starts
def test_postgres_restart_after_the_claim_of_a_digest(cluster: PgCluster, pg_engine: Engine,
                                                      mailbox: tuple[Mailbox, SmtpSettings]) -> None:
    """The server goes down between the claim and the record: delivered once, recorded 'sent' when it is back.

    Before issue 14 the record failed at once: the row stayed 'sending', became
    'unknown' when its lease ended, and an operator had to find out whether
    the (delivered) digest had arrived.
    """
    box, smtp = mailbox
    clock = Clock(datetime(2026, 3, 2, 7, 0, tzinfo=UTC))
    sender = Sender(pg_engine, smtp, DigestSettings(max_attempts=3, retry_base=60.0), worker="w1", clock=clock,
                    record_retry_seconds=60.0)
    restarted: list[threading.Thread] = []

    def build() -> EmailMessage:
        restarted.append(outage(cluster, 2.0))
        return message("Tension digest 2026-03-01")

    out = sender.send_once("desk@example.org", "digest", "2026-03-01", build)
    restarted[0].join(timeout=60)
    assert out.status == "sent"
    assert [m["Subject"] for m in box.received] == ["Tension digest 2026-03-01"]
    assert sent_row(pg_engine, "2026-03-01")["status"] == "sent"
    again = sender.send_once("desk@example.org", "digest", "2026-03-01", build)
    assert again.status == "already_sent" and len(box.received) == 1 and len(restarted) == 1


@pytest.mark.slow  # a private cluster: initdb, and stops and starts
def test_postgres_down_while_a_digest_is_composed(cluster: PgCluster, pg_engine: Engine,
                                                  mailbox: tuple[Mailbox, SmtpSettings]) -> None:
    """Composing reads the database: the attempt fails, is recorded 'failed' when it is back, and is sent once."""
    box, smtp = mailbox
    clock = Clock(datetime(2026, 3, 2, 7, 0, tzinfo=UTC))
    sender = Sender(pg_engine, smtp, DigestSettings(max_attempts=3, retry_base=60.0), worker="w1", clock=clock,
                    record_retry_seconds=60.0)
    restarted: list[threading.Thread] = []

    def compose() -> EmailMessage:
        if not restarted:
            restarted.append(outage(cluster, 2.0))
        with pg_engine.connect() as conn:  # what compose_digest does first
            conn.execute(select(func.count()).select_from(articles))
        return message("Tension digest 2026-03-01")

    out = sender.send_once("desk@example.org", "digest", "2026-03-01", compose)
    restarted[0].join(timeout=60)
    assert out.status == "failed" and out.error is not None and "database unavailable" in out.error
    assert box.received == []
    row = sent_row(pg_engine, "2026-03-01")
    assert row["status"] == "failed", "recorded once the server was back, not left 'sending'"

    clock.now += timedelta(seconds=60)

    def builder_for(r: SendRow) -> Callable[[], EmailMessage]:
        return compose

    assert [o.status for o in sender.retry_due(builder_for)] == ["sent"]
    assert [o.status for o in sender.retry_due(builder_for)] == []
    assert len(box.received) == 1


@pytest.mark.slow  # a private cluster: initdb, and stops and starts
def test_daemon_mail_job_over_an_outage(cluster: PgCluster, pg_engine: Engine, tmp_path: Path,
                                        mailbox: tuple[Mailbox, SmtpSettings],
                                        caplog: pytest.LogCaptureFixture) -> None:
    """The daemon's mail job while the server is down: one plain line; after it: the digest, once."""
    box, smtp = mailbox
    recipients = tmp_path / "recipients.toml"
    recipients.write_text('[[recipient]]\naddress = "desk@example.org"\nsend_at = "06:00"\ntimezone = "UTC"\n')
    settings = make_settings(str(pg_engine.url), tmp_path, smtp=smtp,
                             digest=DigestSettings(recipients_file=recipients, retry_base=60.0))
    clock = Clock(datetime(2026, 3, 2, 7, 0, tzinfo=UTC))
    daemon = Daemon(Monitor(settings, engine=pg_engine, clock=clock))
    with caplog.at_level(logging.INFO, logger="monitor"):
        cluster.stop()
        daemon.mail()
        assert "mail job failed; retried at the next tick: database unavailable" in messages(caplog)
        cluster.start()
        daemon.mail()
        daemon.mail()
        assert_no_traceback(caplog)
    assert len(box.received) == 1
    assert sent_row(pg_engine, "2026-03-01")["status"] == "sent"


# --------------------------------------------------------------------------- SQLite: database is locked


def sqlite_setup(tmp_path: Path, busy_ms: int) -> tuple[str, Engine]:
    db = tmp_path / "monitor.db"
    url = f"sqlite:///{db}"
    eng = make_engine(url, busy_timeout_ms=busy_ms)
    upgrade(eng)
    return str(db), eng


def test_sqlite_long_reader_does_not_block_the_poll(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """A reporting query holding a read transaction for the whole poll: WAL lets the writer go on."""
    db, eng = sqlite_setup(tmp_path, busy_ms=2000)
    names = ["a", "b"]
    reader = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    daemon = Daemon(Monitor(make_settings(str(eng.url), tmp_path), engine=eng))
    with FeedServer() as server, caplog.at_level(logging.INFO, logger="monitor"):
        for n in names:
            server.route(f"/{n}.xml", feed_route(rss(n)))
        add_sources(eng, server, names)
        reader.execute("BEGIN")
        assert reader.execute("SELECT count(*) FROM articles").fetchone() == (0,)  # the snapshot starts here
        daemon.tick()
        # still inside its transaction: the reader sees its snapshot, the poll committed
        assert reader.execute("SELECT count(*) FROM articles").fetchone() == (0,)
        reader.execute("COMMIT")
    assert reader.execute("SELECT count(*) FROM articles").fetchone() == (ITEMS * len(names),)
    reader.close()
    assert stored(eng) == sorted(served_guids(names))
    assert "failed" not in messages(caplog)
    eng.dispose()


def test_sqlite_writer_shorter_than_the_busy_timeout_is_waited_for(tmp_path: Path) -> None:
    db, eng = sqlite_setup(tmp_path, busy_ms=5000)
    names = ["a"]
    locker = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    daemon = Daemon(Monitor(make_settings(str(eng.url), tmp_path), engine=eng))
    with FeedServer() as server:
        server.route("/a.xml", feed_route(rss("a")))
        add_sources(eng, server, names)
        locker.execute("BEGIN IMMEDIATE")  # another writer holds the write lock ...
        timer = threading.Timer(1.0, lambda: locker.execute("COMMIT"))  # ... for one second
        timer.start()
        started = time.monotonic()
        daemon.tick()
        waited = time.monotonic() - started
        timer.join()
    locker.close()
    assert waited >= 0.9, "the claim waited for the lock instead of failing"
    assert stored(eng) == sorted(served_guids(names))
    assert source_row(eng, "a")["last_outcome"] == "ok"
    eng.dispose()


def test_sqlite_writer_outlasting_the_busy_timeout(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """Another writer takes the lock mid-poll and keeps it past the busy timeout: the poll fails cleanly,
    says so, and the next tick stores everything.

    Before issue 14 the failed release left the source leased to the daemon's
    own worker, so its next ticks skipped it until the lease expired (10 min).
    """
    db, eng = sqlite_setup(tmp_path, busy_ms=300)
    names = ["a", "b"]
    locker = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    daemon = Daemon(Monitor(make_settings(str(eng.url), tmp_path), engine=eng))
    locked = threading.Event()

    def lock_once() -> None:  # taken after the claim, before the answer
        if not locked.is_set():
            locker.execute("BEGIN IMMEDIATE")
            locked.set()

    with FeedServer() as server, caplog.at_level(logging.INFO, logger="monitor"):
        server.route("/a.xml", feed_route(rss("a"), lock_once))
        server.route("/b.xml", feed_route(rss("b"), lock_once))
        add_sources(eng, server, names)

        daemon.tick()
        assert locked.is_set()
        text_ = messages(caplog)
        assert "failed: database is locked: another connection held it longer than the busy timeout" in text_
        with sqlite3.connect(db) as ro:  # readers are never blocked in WAL mode
            assert ro.execute("SELECT count(*) FROM articles").fetchone() == (0,), "nothing half-stored"
            leases = dict(ro.execute("SELECT name, lease_owner FROM sources").fetchall())
        assert set(leases.values()) == {daemon.worker}, "the lock kept the leases from being handed back"

        caplog.clear()
        daemon.tick()  # the lock is still held: the claim itself fails, plainly
        assert "poll cycle failed; retrying at the next tick: database is locked" in messages(caplog)

        locker.execute("ROLLBACK")
        daemon.tick()  # the next tick after the lock is gone: everything
        assert_no_traceback(caplog)
    locker.close()
    assert stored(eng) == sorted(served_guids(names))
    assert {source_row(eng, n)["lease_owner"] for n in names} == {None}
    eng.dispose()
