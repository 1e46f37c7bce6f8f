"""Exactly-once sending through the send log, against a real SMTP server (aiosmtpd), on both engines."""

from __future__ import annotations

import asyncio
import shutil
import socket
import ssl
import subprocess
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd import smtp as aiosmtp
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, Envelope, LoginPassword, Session
from conftest import temporary_pg_database
from sqlalchemy import Engine, delete, insert, select

from monitor.config import AlertSettings, DigestSettings, SmtpSettings
from monitor.digest.alerts import (
    alert_key,
    build_alert_message,
    find_alerts,
    period_start,
    send_alerts,
)
from monitor.digest.send import (
    Sender,
    SendRow,
    digest_retry_builder,
    failing,
    message_id_for,
    requeue,
    send_due_digests,
    send_log_rows,
    send_summary,
)
from monitor.digest.types import Recipient
from monitor.store import make_engine, upgrade
from monitor.store.models import daily_index, regions, sent_messages, stories, story_scopes

T0 = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)
ADDR = "desk@example.org"
KEY = "2026-03-01"


# --------------------------------------------------------------------------- SMTP server


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    message: EmailMessage


@dataclass
class Handler:
    """Stores envelopes; can refuse recipients (451 n times, or 550 always) or drop the reply to DATA."""

    received: list[Received] = field(default_factory=list)
    transient: dict[str, int] = field(default_factory=dict)  # address -> 451s still to give
    refuse: set[str] = field(default_factory=set)  # 550 for these
    drop_after_data: bool = False
    rcpt_attempts: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def reset(self) -> None:
        with self.lock:
            self.received.clear()
            self.transient.clear()
            self.refuse.clear()
            self.drop_after_data = False
            self.rcpt_attempts = 0

    async def handle_RCPT(  # noqa: N802 - aiosmtpd's hook name
        self, server: aiosmtp.SMTP, session: Session, envelope: Envelope, address: str, rcpt_options: list[str]
    ) -> str:
        with self.lock:
            self.rcpt_attempts += 1
            if address in self.refuse:
                return "550 5.1.1 Mailbox unavailable"
            if self.transient.get(address, 0) > 0:
                self.transient[address] -= 1
                return "451 4.3.0 Try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(  # noqa: N802 - aiosmtpd's hook name
        self, server: aiosmtp.SMTP, session: Session, envelope: Envelope) -> str:
        content = envelope.original_content or b""
        msg = message_from_bytes(content, policy=policy.default)
        assert isinstance(msg, EmailMessage)
        with self.lock:
            self.received.append(Received(str(envelope.mail_from), list(envelope.rcpt_tos), msg))
        if self.drop_after_data:
            # The message is in; the connection dies before our 250 reaches the client.
            assert isinstance(server.transport, asyncio.Transport)
            server.transport.abort()
        return "250 2.0.0 Accepted"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def _server() -> Iterator[tuple[Handler, int]]:
    handler = Handler()
    port = _free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield handler, port
    finally:
        controller.stop()


@pytest.fixture
def smtpd(_server: tuple[Handler, int]) -> Handler:
    handler, _ = _server
    handler.reset()
    return handler


@pytest.fixture
def smtp(_server: tuple[Handler, int]) -> SmtpSettings:
    return SmtpSettings(host="127.0.0.1", port=_server[1], security="none",
                        from_address="Tension Monitor <monitor@example.org>", timeout=5.0)


# One database per engine for the whole module (creating and migrating a
# PostgreSQL database per test would dominate the run time); every test starts
# from empty tables.  These override conftest's function-scoped fixtures.


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('send') / 'monitor.db'}"
        return
    with temporary_pg_database() as url:
        yield url


@pytest.fixture(scope="module")
def _migrated(db_url: str) -> Iterator[Engine]:
    eng = make_engine(db_url)
    upgrade(eng)
    yield eng
    eng.dispose()


@pytest.fixture
def engine(_migrated: Engine) -> Iterator[Engine]:
    yield _migrated
    with _migrated.begin() as c:
        for table in (sent_messages, story_scopes, stories, daily_index, regions):
            c.execute(delete(table))


class Clock:
    def __init__(self, now: datetime = T0) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


DIGEST = DigestSettings(max_attempts=3, retry_base=300.0)


def builder(subject: str = "Tension digest 2026-03-01", to: str = ADDR) -> Callable[[], EmailMessage]:
    def build() -> EmailMessage:
        m = EmailMessage()
        m["Subject"] = subject
        m["From"] = "Tension Monitor <monitor@example.org>"
        m["To"] = to
        m.set_content("Daily reading.\n")
        return m

    return build


def row(engine: Engine, recipient: str = ADDR, kind: str = "digest", key: str = KEY) -> Any:
    with engine.connect() as c:
        return c.execute(select(sent_messages).where(
            sent_messages.c.recipient == recipient, sent_messages.c.kind == kind, sent_messages.c.key == key)).one()


def make_sender(engine: Engine, smtp: SmtpSettings, clock: Clock, worker: str = "w1", **kw: Any) -> Sender:
    return Sender(engine, smtp, kw.pop("digest", DIGEST), worker=worker, clock=clock, **kw)


# --------------------------------------------------------------------------- digest sending


def test_sent_once_with_headers(engine: Engine, smtp: SmtpSettings, smtpd: Handler) -> None:
    clock = Clock()
    sender = make_sender(engine, smtp, clock)
    out = sender.send_once(ADDR, "digest", KEY, builder())
    assert out.status == "sent"
    assert out.attempts == 1
    assert len(smtpd.received) == 1
    got = smtpd.received[0]
    assert got.mail_from == "monitor@example.org"
    assert got.rcpt_tos == [ADDR]
    mid = message_id_for(ADDR, "digest", KEY, "example.org")
    assert got.message["Message-ID"] == mid == out.message_id
    assert got.message["Subject"] == "Tension digest 2026-03-01"
    assert got.message["To"] == ADDR
    assert got.message["Date"] is not None
    r = row(engine)
    assert (r.status, r.attempts, r.message_id, r.subject, r.sent_at) == ("sent", 1, mid, "Tension digest 2026-03-01", T0)
    assert r.claimed_until is None


def test_message_id_is_deterministic() -> None:
    a = message_id_for(ADDR, "digest", KEY, "example.org")
    assert a == message_id_for(ADDR, "digest", KEY, "example.org")
    assert a != message_id_for(ADDR, "digest", "2026-03-02", "example.org")
    assert a.startswith("<digest.") and a.endswith("@example.org>")


def test_restart_sends_nothing(engine: Engine, smtp: SmtpSettings, smtpd: Handler) -> None:
    clock = Clock()
    assert make_sender(engine, smtp, clock, "first").send_once(ADDR, "digest", KEY, builder()).status == "sent"
    clock.advance(3600)
    again = make_sender(engine, smtp, clock, "after-restart")
    built: list[int] = []

    def counting() -> EmailMessage:
        built.append(1)
        return builder()()

    out = again.send_once(ADDR, "digest", KEY, counting)
    assert out.status == "already_sent"
    assert built == []  # not even built
    assert len(smtpd.received) == 1
    assert again.retry_due(lambda r: builder()) == []
    with engine.connect() as c:
        assert failing(c) == []
        assert [r["status"] for r in send_log_rows(c, T0 - timedelta(days=1))] == ["sent"]
        assert send_summary(c, T0 - timedelta(days=1)) == {"sent": 1}


def test_two_concurrent_senders_send_exactly_one(db_url: str, engine: Engine, smtp: SmtpSettings,
                                                 smtpd: Handler) -> None:
    engines = [make_engine(db_url), make_engine(db_url)]
    try:
        for round_ in range(3):
            key = f"2026-03-0{round_ + 1}"
            barrier = threading.Barrier(2)
            results: list[str] = []

            def run(i: int, key: str = key, barrier: threading.Barrier = barrier,
                    results: list[str] = results) -> None:
                sender = make_sender(engines[i], smtp, Clock(), f"daemon-{i}")
                barrier.wait()
                results.append(sender.send_once(ADDR, "digest", key, builder()).status)

            threads = [threading.Thread(target=run, args=(i,)) for i in range(2)]
            for t in threads:
                t.start()
            for t in threads:
                t.join(timeout=30)
            assert sorted(results) in (["already_sent", "sent"], ["in_progress", "sent"]), results
        assert len(smtpd.received) == 3
        assert len({r.message["Message-ID"] for r in smtpd.received}) == 3
    finally:
        for e in engines:
            e.dispose()


def test_transient_451_backs_off_then_retries(engine: Engine, smtp: SmtpSettings, smtpd: Handler) -> None:
    clock = Clock()
    sender = make_sender(engine, smtp, clock)
    smtpd.transient[ADDR] = 1
    out = sender.send_once(ADDR, "digest", KEY, builder())
    assert out.status == "failed"
    assert out.attempts == 1
    assert out.next_attempt_at == T0 + timedelta(seconds=300)
    assert "451" in (out.error or "")
    assert "will retry at" in str(out)
    assert smtpd.received == []
    # Not due yet: neither a direct call nor the retry pass sends.
    clock.advance(60)
    assert sender.send_once(ADDR, "digest", KEY, builder()).status == "skipped_backoff"
    assert sender.retry_due(lambda r: builder()) == []
    with engine.connect() as c:
        assert [(r["status"], r["attempts"]) for r in failing(c)] == [("failed", 1)]
    clock.advance(240)
    seen: list[SendRow] = []

    def builder_for(r: SendRow) -> Callable[[], EmailMessage]:
        seen.append(r)
        return builder()

    outs = make_sender(engine, smtp, clock, "w2").retry_due(builder_for)
    assert [(o.status, o.attempts) for o in outs] == [("sent", 2)]
    assert [(r.recipient, r.kind, r.key) for r in seen] == [(ADDR, "digest", KEY)]
    assert len(smtpd.received) == 1
    r = row(engine)
    assert (r.status, r.attempts, r.last_error) == ("sent", 2, None)


def test_backoff_doubles_then_gives_up(engine: Engine, smtp: SmtpSettings, smtpd: Handler) -> None:
    clock = Clock()
    sender = make_sender(engine, smtp, clock)
    smtpd.transient[ADDR] = 99
    first = sender.send_once(ADDR, "digest", KEY, builder())
    assert first.next_attempt_at == T0 + timedelta(seconds=300)
    clock.advance(300)
    second = sender.send_once(ADDR, "digest", KEY, builder())
    assert (second.status, second.attempts, second.next_attempt_at) == ("failed", 2, clock.now + timedelta(seconds=600))
    clock.advance(600)
    third = sender.send_once(ADDR, "digest", KEY, builder())
    assert (third.status, third.attempts) == ("permanent", 3)  # max_attempts = 3
    assert "gave up after 3 attempts" in (third.error or "")
    clock.advance(86400)
    assert sender.retry_due(lambda r: builder()) == []
    assert sender.send_once(ADDR, "digest", KEY, builder()).status == "permanent"
    assert smtpd.rcpt_attempts == 3
    assert smtpd.received == []


def test_550_is_permanent_and_never_retried(engine: Engine, smtp: SmtpSettings, smtpd: Handler) -> None:
    clock = Clock()
    sender = make_sender(engine, smtp, clock)
    smtpd.refuse.add(ADDR)
    out = sender.send_once(ADDR, "digest", KEY, builder())
    assert (out.status, out.attempts) == ("permanent", 1)
    assert "550" in (out.error or "")
    clock.advance(7 * 86400)
    assert sender.retry_due(lambda r: builder()) == []
    assert make_sender(engine, smtp, clock, "w2").send_once(ADDR, "digest", KEY, builder()).status == "permanent"
    assert smtpd.rcpt_attempts == 1
    assert smtpd.received == []
    with engine.connect() as c:
        (f,) = failing(c)
        assert (f["status"], f["recipient"]) == ("permanent", ADDR)
    # The operator fixes the mailbox and requeues it.
    smtpd.refuse.clear()
    with engine.begin() as c:
        assert requeue(c, f["id"], clock.now)
    assert [o.status for o in sender.retry_due(lambda r: builder())] == ["sent"]
    assert len(smtpd.received) == 1


def test_other_recipients_unaffected_by_a_permanent_one(engine: Engine, smtp: SmtpSettings, smtpd: Handler) -> None:
    sender = make_sender(engine, smtp, Clock())
    smtpd.refuse.add("gone@example.org")
    assert sender.send_once("gone@example.org", "digest", KEY, builder(to="gone@example.org")).status == "permanent"
    assert sender.send_once(ADDR, "digest", KEY, builder()).status == "sent"
    assert [r.rcpt_tos for r in smtpd.received] == [[ADDR]]


def test_crash_mid_send_becomes_unknown_not_resent(engine: Engine, smtp: SmtpSettings, smtpd: Handler) -> None:
    clock = Clock()
    crashing = make_sender(engine, smtp, clock, "crashed", lease_seconds=600)

    def die() -> EmailMessage:
        raise SystemExit("killed")  # BaseException: nothing is recorded, as in a real crash

    with pytest.raises(SystemExit):
        crashing.send_once(ADDR, "digest", KEY, die)
    r = row(engine)
    assert (r.status, r.claimed_by, r.claimed_until) == ("sending", "crashed", T0 + timedelta(seconds=600))
    other = make_sender(engine, smtp, clock, "survivor")
    assert other.send_once(ADDR, "digest", KEY, builder()).status == "in_progress"  # lease still live
    clock.advance(601)
    out = other.send_once(ADDR, "digest", KEY, builder())
    assert out.status == "unknown"
    assert "may have been delivered" in (out.error or "")
    assert smtpd.received == []
    assert other.send_once(ADDR, "digest", KEY, builder()).status == "unknown"
    assert other.retry_due(lambda r: builder()) == []
    with engine.connect() as c:
        assert [f["status"] for f in failing(c)] == ["unknown"]
    assert smtpd.received == []


def test_retry_pass_reaps_abandoned_rows(engine: Engine, smtp: SmtpSettings, smtpd: Handler) -> None:
    clock = Clock()
    with engine.begin() as c:
        c.execute(insert(sent_messages).values(
            recipient=ADDR, kind="digest", key=KEY, status="sending", attempts=1, claimed_by="gone",
            claimed_until=T0 - timedelta(seconds=1), created_at=T0 - timedelta(hours=1)))
    outs = make_sender(engine, smtp, clock).retry_due(lambda r: builder())
    assert [(o.status, o.key) for o in outs] == [("unknown", KEY)]
    assert row(engine).status == "unknown"
    assert smtpd.received == []


def test_reply_lost_after_data_is_unknown(engine: Engine, smtp: SmtpSettings, smtpd: Handler) -> None:
    clock = Clock()
    sender = make_sender(engine, smtp, clock)
    smtpd.drop_after_data = True
    out = sender.send_once(ADDR, "digest", KEY, builder())
    assert out.status == "unknown"
    assert "RFC 1047" in (out.error or "")
    assert len(smtpd.received) == 1  # it did arrive
    smtpd.drop_after_data = False
    clock.advance(86400)
    assert sender.send_once(ADDR, "digest", KEY, builder()).status == "unknown"
    assert sender.retry_due(lambda r: builder()) == []
    assert len(smtpd.received) == 1


def test_connection_refused_is_transient(engine: Engine, smtpd: Handler) -> None:
    dead = SmtpSettings(host="127.0.0.1", port=_free_port(), security="none",
                        from_address="monitor@example.org", timeout=2.0)
    out = make_sender(engine, dead, Clock()).send_once(ADDR, "digest", KEY, builder())
    assert (out.status, out.attempts) == ("failed", 1)


def test_builder_failure_is_retried(engine: Engine, smtp: SmtpSettings, smtpd: Handler) -> None:
    clock = Clock()

    def broken() -> EmailMessage:
        raise RuntimeError("no index for that day")

    out = make_sender(engine, smtp, clock).send_once(ADDR, "digest", KEY, broken)
    assert out.status == "failed"
    assert "no index" in (out.error or "")
    clock.advance(300)
    assert [o.status for o in make_sender(engine, smtp, clock).retry_due(lambda r: builder())] == ["sent"]


def test_retry_without_builder_is_closed(engine: Engine, smtp: SmtpSettings, smtpd: Handler) -> None:
    clock = Clock()
    smtpd.transient[ADDR] = 1
    sender = make_sender(engine, smtp, clock)
    assert sender.send_once(ADDR, "digest", KEY, builder()).status == "failed"
    clock.advance(300)
    outs = sender.retry_due(lambda r: None)  # recipient no longer configured
    assert [o.status for o in outs] == ["permanent"]
    assert smtpd.received == []


def test_send_due_digests_and_their_retry(engine: Engine, smtp: SmtpSettings, smtpd: Handler) -> None:
    dubai = Recipient(address=ADDR, send_at=time(7, 0), timezone="Asia/Dubai")
    london = Recipient(address="london@example.org", send_at=time(7, 0), timezone="Europe/London")
    recipients = [dubai, london]
    built: list[tuple[str, date]] = []

    def build_for(r: Recipient, day: date) -> Callable[[], EmailMessage]:
        built.append((r.address, day))
        return builder(f"Tension digest {day}", to=r.address)

    clock = Clock(datetime(2026, 3, 2, 2, 59, tzinfo=UTC))
    sender = make_sender(engine, smtp, clock)
    assert send_due_digests(sender, recipients, build_for) == []
    clock.advance(60)  # 07:00 in Dubai, 03:00 in London
    smtpd.transient[ADDR] = 1
    assert [(o.recipient, o.key, o.status) for o in send_due_digests(sender, recipients, build_for)] == [
        (ADDR, "2026-03-01", "failed")]
    clock.advance(300)
    # Either path retries it: the next tick (still due) or the retry pass; only once.
    outs = sender.retry_due(digest_retry_builder(recipients, build_for))
    assert [(o.key, o.status) for o in outs] == [("2026-03-01", "sent")]
    assert [o.status for o in send_due_digests(sender, recipients, build_for)] == ["already_sent"]
    clock.advance(4 * 3600)  # 07:05 in London
    assert [(o.recipient, o.status) for o in send_due_digests(sender, recipients, build_for)] == [
        (ADDR, "already_sent"), ("london@example.org", "sent")]
    assert [r.rcpt_tos for r in smtpd.received] == [[ADDR], ["london@example.org"]]
    assert digest_retry_builder([], build_for)(
        SendRow(1, ADDR, "digest", "2026-03-01", "failed", 1, None, None)) is None


# --------------------------------------------------------------------------- SMTP AUTH


class _Auth:
    def __call__(self, server: aiosmtp.SMTP, session: Session, envelope: Envelope, mechanism: str,
                 auth_data: Any) -> AuthResult:
        ok = isinstance(auth_data, LoginPassword) and auth_data.login == b"monitor" and auth_data.password == b"s3cret"
        return AuthResult(success=ok, handled=False)


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_login_with_password_from_environment(engine: Engine) -> None:
    handler = Handler()
    port = _free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port, authenticator=_Auth(),
                            auth_required=True, auth_require_tls=False)
    controller.start()
    try:
        smtp = SmtpSettings(host="127.0.0.1", port=port, security="none", username="monitor",
                            password_env="TEST_SMTP_PW", from_address="monitor@example.org", timeout=5.0)
        good = make_sender(engine, smtp, Clock(), environ={"TEST_SMTP_PW": "s3cret"})
        assert good.send_once(ADDR, "digest", KEY, builder()).status == "sent"
        bad = make_sender(engine, smtp, Clock(), environ={"TEST_SMTP_PW": "wrong"})
        out = bad.send_once(ADDR, "digest", "2026-03-02", builder())
        assert out.status == "failed"  # 535 is about our credentials, not the recipient
        assert "535" in (out.error or "")
        assert len(handler.received) == 1
    finally:
        controller.stop()


# --------------------------------------------------------------------------- TLS


@pytest.fixture(scope="module")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A throwaway self-signed certificate for 127.0.0.1 (openssl CLI)."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    d = tmp_path_factory.mktemp("tls")
    cert, key = d / "cert.pem", d / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
         "-keyout", str(key), "-out", str(cert), "-days", "1", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True, capture_output=True,
    )
    return cert, key


@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_tls_modes(engine: Engine, tls_files: tuple[Path, Path], security: str) -> None:
    cert, key = tls_files
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_ctx.load_cert_chain(cert, key)
    handler = Handler()
    port = _free_port()
    if security == "ssl":  # implicit TLS from the first byte (RFC 8314)
        controller = Controller(handler, hostname="127.0.0.1", port=port, ssl_context=server_ctx)
    else:  # STARTTLS required before MAIL (RFC 3207)
        controller = Controller(handler, hostname="127.0.0.1", port=port, tls_context=server_ctx,
                                require_starttls=True)
    controller.start()
    try:
        smtp = SmtpSettings(host="127.0.0.1", port=port, security=security, from_address="monitor@example.org",
                            timeout=5.0)
        client_ctx = ssl.create_default_context(cafile=str(cert))
        out = make_sender(engine, smtp, Clock(), tls_context=client_ctx).send_once(ADDR, "digest", KEY, builder())
        assert out.status == "sent"
        assert len(handler.received) == 1
    finally:
        controller.stop()


def test_starttls_never_falls_back_to_plain_text(engine: Engine, smtp: SmtpSettings, smtpd: Handler) -> None:
    plain_server = replace(smtp, security="starttls")  # our test server offers no STARTTLS
    out = make_sender(engine, plain_server, Clock()).send_once(ADDR, "digest", KEY, builder())
    assert out.status == "failed"
    assert "STARTTLS" in (out.error or "")
    assert smtpd.received == []


# --------------------------------------------------------------------------- alerts

ALERTS = AlertSettings(enabled=True, threshold=3.0, period=86400.0, min_stories=3)
DAY = date(2026, 3, 1)


def _index_row(scope: str, anomaly: float | None, stories_n: int = 8, low_volume: bool = False) -> dict[str, Any]:
    return {
        "day": DAY, "scope": scope, "stories": stories_n, "articles": stories_n * 2, "publishers": 5,
        "escalation": 42.0, "de_escalation": 3.5, "threat": 20.0, "act": 22.0, "verbal": 3.0, "material": 0.5,
        "net": 38.5, "balance": 0.85, "index": 180.0, "smoothed": 150.0, "anomaly": anomaly,
        "direction": "escalating", "low_volume": low_volume, "formula_version": "test",
        "computed_at": T0,
        # formula 2.0's plain figures (issue 10 §5): 6 of the 8 stories report escalation, 1 de-escalation
        "escalation_stories": stories_n * 3 // 4, "de_escalation_stories": 1,
        "escalation_share": 75.0, "de_escalation_share": 100.0 / stories_n, "baseline_days": 90,
    }


def _seed_index(engine: Engine) -> None:
    with engine.begin() as c:
        c.execute(insert(regions), [
            {"id": "IRN", "kind": "country", "name": "Iran"},
            {"id": "ISR", "kind": "country", "name": "Israel"},
        ])
        c.execute(insert(daily_index), [
            _index_row("pair:IRN-ISR", 3.4),
            _index_row("country:IRN", 2.1),  # below threshold
            _index_row("country:ISR", 5.0, stories_n=2, low_volume=True),  # too few stories
            _index_row("global", None),
        ])
        sid = c.execute(insert(stories).values(
            day=DAY, first_seen_at=T0, last_seen_at=T0, lead_article_id=1,
            title="Strikes on <b>Isfahan</b> <script>alert(1)</script>& reprisals", language="en",
            articles=3, publishers=3, corroboration=2.1, escalation=9.0, de_escalation=0.0, updated_at=T0,
        )).inserted_primary_key
        assert sid is not None
        c.execute(insert(story_scopes).values(story_id=sid[0], scope="pair:IRN-ISR", day=DAY,
                                              escalation=9.0, de_escalation=0.0))


RECIPIENTS = [
    Recipient(address=ADDR, name="Desk", scopes=("pair:IRN-ISR", "country:ISR"), alerts=True),
    Recipient(address="quiet@example.org", scopes=("pair:IRN-ISR",), alerts=False),
    Recipient(address="other@example.org", scopes=("actor:vladimir-putin",), alerts=True),
]


def test_period_start_and_key() -> None:
    t = datetime(2026, 3, 1, 17, 45, tzinfo=UTC)
    assert period_start(t, 86400) == datetime(2026, 3, 1, tzinfo=UTC)
    assert period_start(t, 6 * 3600) == datetime(2026, 3, 1, 12, tzinfo=UTC)
    assert alert_key("pair:IRN-ISR", t, 86400) == "pair:IRN-ISR@2026-03-01T00:00:00Z"


def test_find_alerts_filters(engine: Engine) -> None:
    _seed_index(engine)
    with engine.connect() as c:
        found = find_alerts(c, RECIPIENTS, DAY, ALERTS)
        assert [(a.recipient.address, a.scope, a.row["anomaly"]) for a in found] == [(ADDR, "pair:IRN-ISR", 3.4)]
        assert find_alerts(c, RECIPIENTS, DAY, AlertSettings(enabled=False)) == []
        everything = Recipient(address="all@example.org", scopes=("*",), alerts=True)
        assert [a.scope for a in find_alerts(c, [everything], DAY, ALERTS)] == ["pair:IRN-ISR"]


def test_alert_at_most_once_per_scope_per_period(engine: Engine, smtp: SmtpSettings, smtpd: Handler) -> None:
    _seed_index(engine)
    clock = Clock(datetime(2026, 3, 1, 10, 0, tzinfo=UTC))
    sender = make_sender(engine, smtp, clock)
    outs = send_alerts(sender, RECIPIENTS, DAY, ALERTS, smtp, methodology_url="https://example.org/method")
    assert [o.status for o in outs] == ["sent"]
    assert len(smtpd.received) == 1
    got = smtpd.received[0].message
    assert got["Subject"] == "Alert: Iran – Israel escalation anomaly +3.4 on 2026-03-01"
    assert got["Auto-Submitted"] == "auto-generated"
    assert got["To"].addresses[0].addr_spec == ADDR
    assert got.get_content_type() == "multipart/alternative"
    text_part = got.get_body(("plain",))
    html_part = got.get_body(("html",))
    assert text_part is not None and html_part is not None
    text, page = text_part.get_content(), html_part.get_content()
    assert "Strikes on Isfahan & reprisals" in text
    assert "<script>" not in page and "alert(1)" not in page and "<b>Isfahan" not in page
    assert "Strikes on Isfahan &amp; reprisals" in page
    assert "https://example.org/method" in page
    # plain figures: counts of stories and their shares, the index with its baseline
    figures = ("6 of 8 stories reported escalation (75%) and 1 de-escalation (12%); "
               "index 180 (100 = the mean of the 90 days before); independent publishers: 5.")
    assert figures in text and figures in page
    assert "per 100" not in text
    # Same period, later run (and a restarted daemon): nothing more.
    clock.advance(6 * 3600)
    again = send_alerts(make_sender(engine, smtp, clock, "w2"), RECIPIENTS, DAY, ALERTS, smtp)
    assert [o.status for o in again] == ["already_sent"]
    assert len(smtpd.received) == 1
    # Next period: alerts again.
    clock.advance(86400)
    nxt = send_alerts(sender, RECIPIENTS, DAY, ALERTS, smtp)
    assert [o.status for o in nxt] == ["sent"]
    assert len(smtpd.received) == 2
    with engine.connect() as c:
        keys = sorted(r["key"] for r in send_log_rows(c, T0 - timedelta(days=5)) if r["kind"] == "alert")
    assert keys == ["pair:IRN-ISR@2026-03-01T00:00:00Z", "pair:IRN-ISR@2026-03-02T00:00:00Z"]


def test_alert_in_arabic_is_right_to_left(engine: Engine, smtp: SmtpSettings, smtpd: Handler) -> None:
    _seed_index(engine)
    arabic = Recipient(address="ar@example.org", name="المكتب العربي", scopes=("*",), language="ar", alerts=True)
    outs = send_alerts(make_sender(engine, smtp, Clock()), [arabic], DAY, ALERTS, smtp)
    assert [o.status for o in outs] == ["sent"]
    got = smtpd.received[0].message
    assert got["Subject"].startswith("تنبيه: Iran – Israel")
    assert got["To"].addresses[0].display_name == "المكتب العربي"
    page = got.get_body(("html",))
    assert page is not None
    assert 'dir="rtl"' in page.get_content()


def test_live_lease_blocks_the_claim(engine: Engine, smtpd: Handler) -> None:
    """The guarded UPDATE refuses a row another worker holds under a live lease, even if it is 'failed'."""
    with engine.begin() as c:
        c.execute(insert(sent_messages).values(
            recipient=ADDR, kind="alert", key="x", status="failed", attempts=1, next_attempt_at=T0,
            claimed_by="other", claimed_until=T0 + timedelta(minutes=5), created_at=T0))
    out = make_sender(engine, SmtpSettings(), Clock()).send_once(ADDR, "alert", "x", builder())
    assert out.status == "in_progress"
    assert smtpd.received == []


def test_alert_flags_a_short_baseline(engine: Engine) -> None:
    """An index rebased on fewer than 28 days is flagged, as in the digest; none without one."""
    _seed_index(engine)
    r = Recipient(address=ADDR, scopes=("pair:IRN-ISR",))
    ar = Recipient(address=ADDR, scopes=("pair:IRN-ISR",), language="ar")
    row = _index_row("pair:IRN-ISR", 3.4)
    with engine.connect() as c:
        def body(recipient: Recipient, **changes: object) -> str:
            msg = build_alert_message(c, recipient, "pair:IRN-ISR", {**row, **changes}, SmtpSettings())
            part = msg.get_body(("plain",))
            assert part is not None
            return str(part.get_content())

        assert "; index 180 (short baseline: 12 days);" in body(r, baseline_days=12)
        assert "; index 180 (100 = the mean of the 28 days before);" in body(r, baseline_days=28)
        assert "; index no baseline yet;" in body(r, index=None, baseline_days=None)
        assert "المؤشر: 180 (أساس قصير، عدد أيامه: 12)" in body(ar, baseline_days=12)
