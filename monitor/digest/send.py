"""Sending mail exactly once: SMTP delivery through the send log (``sent_messages``).

Every message is identified by ``(recipient, kind, key)`` -- a digest by its
date, an alert by scope and period -- and that triple is UNIQUE in the send
log, so a restart, a retry or a second daemon on the same database can never
produce a second copy.  One attempt is::

    1. claim   INSERT ... ON CONFLICT DO NOTHING (the row exists afterwards),
               then a guarded UPDATE that succeeds only when the row is
               pending/failed, its next attempt is due and nobody holds a live
               lease; it sets status 'sending', claimed_by / claimed_until and
               attempts + 1.  COMMIT -- before any byte goes to the SMTP server.
    2. build   the caller's builder makes the EmailMessage; the Message-ID is
               replaced by one derived from (recipient, kind, key).
    3. send    one SMTP transaction (STARTTLS, implicit TLS or plain).
    4. record  'sent' (message_id, sent_at), or 'failed' with exponential
               backoff, or 'permanent', or 'unknown' -- guarded by claimed_by.

The guarded UPDATE is atomic on both engines: PostgreSQL re-checks the WHERE
clause against the committed row after waiting for a concurrent writer
(READ COMMITTED, "UPDATE ... re-evaluates its WHERE condition"), and SQLite
transactions here start with BEGIN IMMEDIATE, which serialises writers.  Of
two daemons racing for the same message, exactly one gets rowcount 1.

The documented limit -- at-most-once in one narrow window.  A crash between
the commit of step 1 and the commit of step 4 (or a connection lost while the
server's final reply was pending) leaves a row we cannot classify: the message
may or may not have been delivered.  Sending it again could deliver a duplicate, so such rows
are *never* resent automatically; they become 'unknown' and are reported by
:func:`failing` / ``monitor status`` for an operator to check (and
:func:`requeue` if it was not delivered).  This covers

* a row left 'sending' whose lease expired (the daemon died mid-send), and
* a connection lost after the whole message, including the final ".", was
  handed to the server but before its reply arrived -- the duplicate-message
  problem of SMTP itself: the server takes responsibility for a message by
  its 250 reply to the end of data (RFC 5321 §6.1, after RFC 1123 §5.3.3),
  and when that reply is lost the client cannot know (RFC 1047).

Choosing at-most-once there is deliberate: a daily digest or alert that is
missing is noticed and reported; a duplicate cannot be taken back.  Because
the Message-ID is deterministic, even a manual resend carries the same id
(RFC 5322 §3.6.4), so mail software and people can tell it is the same message.

Failure classes (RFC 5321 §4.2.1: 4yz is a transient, 5yz a permanent
negative completion reply):

* 5yz to RCPT or to the end of DATA (550 mailbox unavailable, 554 rejected):
  'permanent' at once -- retrying cannot help this recipient;
* 4yz anywhere, connection/TLS errors, timeouts: 'failed', retried after
  ``retry_base * 2**(attempts-1)`` seconds, 'permanent' after
  ``digest.max_attempts`` attempts;
* 5yz to HELO/EHLO, MAIL FROM or AUTH are about *our* configuration, not the
  recipient, so they count as 'failed' (retried with backoff, then reported):
  fixing the config should not require un-marking every recipient.
"""

from __future__ import annotations

import hashlib
import logging
import smtplib
import ssl
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr
from typing import Any

from sqlalchemy import Connection, Engine, and_, desc, func, or_, select, update

from monitor.clock import Clock
from monitor.digest.subscriptions import digest_due
from monitor.digest.types import Recipient
from monitor.metrics import mail_finished
from monitor.settings import DigestSettings, SmtpSettings
from monitor.store.dialect import insert_ignore
from monitor.store.errors import describe_db_error, retry_while_unavailable
from monitor.store.models import sent_messages

log = logging.getLogger(__name__)

Builder = Callable[[], EmailMessage]

# Row states in sent_messages.status
PENDING = "pending"
SENDING = "sending"
SENT = "sent"
FAILED = "failed"
PERMANENT = "permanent"
UNKNOWN = "unknown"
# Outcomes of one send_once call (besides SENT, FAILED, PERMANENT, UNKNOWN)
ALREADY_SENT = "already_sent"
IN_PROGRESS = "in_progress"
SKIPPED_BACKOFF = "skipped_backoff"

ATTENTION = (FAILED, PERMANENT, UNKNOWN)  # what `monitor status` reports
_T = sent_messages.c


@dataclass(frozen=True, slots=True)
class SendOutcome:
    """What one :meth:`Sender.send_once` call did."""

    status: str  # sent | already_sent | in_progress | failed | permanent | skipped_backoff | unknown
    recipient: str
    kind: str
    key: str
    attempts: int = 0
    message_id: str | None = None
    next_attempt_at: datetime | None = None
    error: str | None = None

    def __str__(self) -> str:
        what = f"{self.kind} {self.key} to {self.recipient}: {self.status}"
        if self.status in (FAILED, SKIPPED_BACKOFF) and self.next_attempt_at is not None:
            what += f" (will retry at {self.next_attempt_at:%Y-%m-%d %H:%M:%S} UTC)"
        if self.error and self.status in (FAILED, PERMANENT, UNKNOWN):
            what += f": {self.error}"
        return what


@dataclass(frozen=True, slots=True)
class SendRow:
    """One row of the send log (what :meth:`Sender.retry_due` hands to the caller)."""

    id: int
    recipient: str
    kind: str
    key: str
    status: str
    attempts: int
    next_attempt_at: datetime | None
    last_error: str | None


class DeliveryError(Exception):
    """One SMTP attempt failed; ``permanent`` / ``ambiguous`` classify it."""

    def __init__(self, message: str, *, permanent: bool = False, ambiguous: bool = False,
                 code: int | None = None) -> None:
        super().__init__(message)
        self.permanent = permanent
        self.ambiguous = ambiguous
        self.code = code


def message_id_for(recipient: str, kind: str, key: str, domain: str) -> str:
    """A deterministic Message-ID (RFC 5322 §3.6.4 msg-id) for one logical message.

    The same (recipient, kind, key) always gets the same id, so a resend is
    recognisable as the same message by the recipient's mail software.
    """
    digest = hashlib.sha256(f"{recipient}\x00{kind}\x00{key}".encode()).hexdigest()[:40]
    kind_atom = "".join(c for c in kind if c.isalnum()) or "msg"
    return f"<{kind_atom}.{digest}@{domain}>"


def _now_utc(clock: Clock) -> datetime:
    now = clock()
    if now.tzinfo is None:
        raise ValueError("the clock must return aware datetimes")
    return now.astimezone(UTC)


def _reply_text(reply: bytes | str) -> str:
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)
    return " ".join(text.split())[:500]


class _Client(smtplib.SMTP):
    """smtplib.SMTP that remembers whether the whole message body reached the socket.

    ``data()`` sends the DATA command (a str), then the dot-stuffed message
    ending in CRLF.CRLF (bytes) through ``send()``, which uses ``sendall``.
    If ``sendall`` returned, the terminating "." was handed over, and from then
    on the server may accept the message even if we never see its reply.
    """

    payload_sent = False
    _in_data = False

    def data(self, msg: Any) -> tuple[int, bytes]:
        self._in_data = True
        try:
            return super().data(msg)
        finally:
            self._in_data = False

    def send(self, s: Any) -> None:
        super().send(s)
        if self._in_data and not isinstance(s, str):
            self.payload_sent = True


class _ClientSSL(_Client, smtplib.SMTP_SSL):
    """Implicit TLS (RFC 8314 §3.3, "submissions" on port 465)."""


class Sender:
    """Sends messages through the send log; one instance per daemon (``worker``)."""

    def __init__(
        self,
        engine: Engine,
        smtp: SmtpSettings,
        digest: DigestSettings,
        *,
        worker: str,
        clock: Clock,
        lease_seconds: float | None = None,
        tls_context: ssl.SSLContext | None = None,
        environ: Mapping[str, str] | None = None,
        record_retry_seconds: float | None = None,
    ) -> None:
        self.engine = engine
        self.smtp = smtp
        self.digest = digest
        self.worker = worker
        self.clock = clock
        # The lease must outlast one whole SMTP transaction (each socket
        # operation may take up to smtp.timeout), or another worker would see
        # the row as abandoned while we are still sending it.
        self.lease = timedelta(seconds=lease_seconds if lease_seconds is not None
                               else max(600.0, 20 * smtp.timeout))
        # How long recording an attempt's result waits for an unavailable
        # database (PostgreSQL restarting, SQLite locked): the row is ours
        # until the lease ends, so waiting up to half of it is safe, and a
        # delivered message then ends 'sent' instead of 'unknown'.
        self.record_retry = (record_retry_seconds if record_retry_seconds is not None
                             else self.lease.total_seconds() / 2)
        self.tls_context = tls_context
        self.environ = environ
        self.envelope_from = parseaddr(smtp.from_address)[1] or smtp.from_address
        domain = self.envelope_from.rpartition("@")[2].strip("[]")
        self.id_domain = domain if domain and all(c.isalnum() or c in ".-" for c in domain) else "tension-monitor.invalid"

    # ------------------------------------------------------------------ public

    def message_id(self, recipient: str, kind: str, key: str) -> str:
        return message_id_for(recipient, kind, key, self.id_domain)

    def send_once(self, recipient: str, kind: str, key: str, build: Builder) -> SendOutcome:
        """Send the message (recipient, kind, key) unless the log says it is sent, sending or not due."""
        claimed, row = self._claim(recipient, kind, key)
        if not claimed:
            return self._not_claimed(row)
        attempts = int(row.attempts)
        mid = self.message_id(recipient, kind, key)
        try:
            msg = build()
            self._prepare(msg, recipient, mid)
        except Exception as exc:
            fault = describe_db_error(exc)
            fields = {"recipient": recipient, "kind": kind, "key": key}
            if fault is None:
                log.exception("could not build message", extra={"fields": fields})
            else:  # composing reads the database; an outage is retried, not a bug
                log.warning("could not build message: %s", fault, extra={"fields": fields})
            return self._failed(row, attempts, f"could not build the message: {fault or repr(exc)}", permanent=False)
        subject = str(msg.get("Subject", ""))[:1000]
        try:
            self.deliver(msg, recipient)
        except DeliveryError as exc:
            if exc.ambiguous:
                return self._record_unknown(row, attempts, str(exc), subject)
            return self._failed(row, attempts, str(exc), permanent=exc.permanent, subject=subject)
        return self._record_sent(row, attempts, mid, subject)

    def retry_due(self, builder_for: Callable[[SendRow], Builder | None], *, limit: int = 50) -> list[SendOutcome]:
        """Re-attempt failed rows whose backoff has elapsed; mark abandoned 'sending' rows 'unknown'.

        ``builder_for(row)`` returns the builder for that row's message, or
        None when the message can no longer be built (say the recipient left
        recipients.toml): such a row is closed as 'permanent', not retried.
        """
        outcomes = self.reap_stale()
        now = _now_utc(self.clock)
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(_T.id, _T.recipient, _T.kind, _T.key, _T.status, _T.attempts, _T.next_attempt_at, _T.last_error)
                .where(and_(_T.status.in_([FAILED, PENDING]), or_(_T.next_attempt_at.is_(None), _T.next_attempt_at <= now)))
                .order_by(_T.next_attempt_at, _T.id)
                .limit(limit)
            ).all()
        for r in rows:
            send_row = SendRow(int(r.id), r.recipient, r.kind, r.key, r.status, int(r.attempts), r.next_attempt_at, r.last_error)
            build = builder_for(send_row)
            if build is None:
                outcomes.append(self._cancel(send_row))
                continue
            outcomes.append(self.send_once(send_row.recipient, send_row.kind, send_row.key, build))
        return outcomes

    def reap_stale(self) -> list[SendOutcome]:
        """Rows left 'sending' past their lease (a crashed sender) become 'unknown', never resent."""
        now = _now_utc(self.clock)
        outcomes: list[SendOutcome] = []
        with self.engine.begin() as conn:
            stale = conn.execute(
                select(sent_messages).where(and_(_T.status == SENDING, _T.claimed_until < now))
                .with_for_update(skip_locked=True)
            ).all()
            for row in stale:
                outcomes.append(self._mark_unknown_stale(conn, row, now))
        return outcomes

    def deliver(self, msg: EmailMessage, recipient: str) -> None:
        """One SMTP transaction for one recipient; raises :class:`DeliveryError`."""
        s = self.smtp
        ctx = self.tls_context or ssl.create_default_context()
        try:
            if s.security == "ssl":
                client: _Client = _ClientSSL(s.host, s.port, timeout=s.timeout, context=ctx)
            else:
                client = _Client(s.host, s.port, timeout=s.timeout)
        except smtplib.SMTPConnectError as exc:
            raise DeliveryError(f"connect to {s.host}:{s.port}: {exc.smtp_code} {_reply_text(exc.smtp_error)}",
                                code=exc.smtp_code) from exc
        except OSError as exc:
            raise DeliveryError(f"connect to {s.host}:{s.port}: {exc!r}") from exc
        try:
            client.ehlo_or_helo_if_needed()
            if s.security == "starttls":
                # RFC 3207; smtplib raises SMTPNotSupportedError when the server
                # does not offer STARTTLS, so we never fall back to plain text.
                client.starttls(context=ctx)
                client.ehlo()
            if s.username:
                client.login(s.username, s.password(self.environ) or "")
            client.send_message(msg, from_addr=self.envelope_from, to_addrs=[recipient])
        except smtplib.SMTPRecipientsRefused as exc:
            code, reply = exc.recipients.get(recipient, next(iter(exc.recipients.values()), (0, b"")))
            raise DeliveryError(f"RCPT TO refused: {code} {_reply_text(reply)}",
                                permanent=500 <= code < 600, code=code) from exc
        except smtplib.SMTPDataError as exc:
            # A reply to DATA or to the end of the data: definite, never ambiguous.
            raise DeliveryError(f"DATA refused: {exc.smtp_code} {_reply_text(exc.smtp_error)}",
                                permanent=500 <= exc.smtp_code < 600, code=exc.smtp_code) from exc
        except smtplib.SMTPResponseException as exc:
            # HELO/EHLO, MAIL FROM, AUTH, STARTTLS: about our setup, not this recipient.
            raise DeliveryError(f"{type(exc).__name__}: {exc.smtp_code} {_reply_text(exc.smtp_error)}",
                                code=exc.smtp_code) from exc
        except Exception as exc:
            if client.payload_sent:
                raise DeliveryError(
                    f"connection lost after the message was transmitted, before the server's reply ({exc!r}); "
                    "it may have been delivered (RFC 1047), so it is not resent automatically",
                    ambiguous=True,
                ) from exc
            raise DeliveryError(f"{type(exc).__name__}: {exc}") from exc
        finally:
            try:
                client.quit()
            except Exception:
                client.close()

    # ------------------------------------------------------------------ internals

    def _where(self, recipient: str, kind: str, key: str) -> Any:
        return and_(_T.recipient == recipient, _T.kind == kind, _T.key == key)

    def _claim(self, recipient: str, kind: str, key: str) -> tuple[bool, Any]:
        now = _now_utc(self.clock)
        where = self._where(recipient, kind, key)
        with self.engine.begin() as conn:
            insert_ignore(
                conn, sent_messages,
                [{"recipient": recipient, "kind": kind, "key": key, "status": PENDING, "attempts": 0,
                  "next_attempt_at": now, "created_at": now}],
                ["recipient", "kind", "key"],
            )
            result = conn.execute(
                update(sent_messages)
                .where(and_(
                    where,
                    _T.status.in_([PENDING, FAILED]),
                    or_(_T.next_attempt_at.is_(None), _T.next_attempt_at <= now),
                    or_(_T.claimed_until.is_(None), _T.claimed_until < now),
                ))
                .values(status=SENDING, claimed_by=self.worker, claimed_until=now + self.lease,
                        attempts=_T.attempts + 1, message_id=self.message_id(recipient, kind, key)),
                execution_options={"preserve_rowcount": True},
            )
            claimed = result.rowcount == 1
            row = conn.execute(select(sent_messages).where(where)).one()
            if not claimed and row.status == SENDING and row.claimed_until is not None and row.claimed_until < now:
                self._mark_unknown_stale(conn, row, now)
                row = conn.execute(select(sent_messages).where(where)).one()
        return claimed, row

    def _not_claimed(self, row: Any) -> SendOutcome:
        now = _now_utc(self.clock)
        status = row.status
        if status == SENT:
            out = ALREADY_SENT
        elif status == SENDING:
            out = IN_PROGRESS
        elif status == FAILED and row.next_attempt_at is not None and row.next_attempt_at > now:
            out = SKIPPED_BACKOFF
        elif status in (PERMANENT, UNKNOWN):
            out = status
        else:  # pending/failed but a lease is still live: someone else is on it
            out = IN_PROGRESS
        return SendOutcome(out, row.recipient, row.kind, row.key, int(row.attempts), row.message_id,
                           row.next_attempt_at if out == SKIPPED_BACKOFF else None, row.last_error)

    def _mark_unknown_stale(self, conn: Connection, row: Any, now: datetime) -> SendOutcome:
        error = (f"sender {row.claimed_by} did not finish (lease expired {row.claimed_until:%Y-%m-%d %H:%M:%S} UTC); "
                 "the message may have been delivered, so it is not resent automatically")
        conn.execute(
            update(sent_messages)
            .where(and_(_T.id == row.id, _T.status == SENDING, _T.claimed_until < now))
            .values(status=UNKNOWN, claimed_until=None, last_error=error)
        )
        log.warning("send state unknown", extra={"fields": {
            "recipient": row.recipient, "kind": row.kind, "key": row.key, "worker": row.claimed_by}})
        return SendOutcome(UNKNOWN, row.recipient, row.kind, row.key, int(row.attempts), row.message_id, None, error)

    def _prepare(self, msg: EmailMessage, recipient: str, mid: str) -> None:
        # The header API refuses CR/LF in values, so nothing here can inject headers.
        del msg["Message-ID"]
        msg["Message-ID"] = mid
        if "From" not in msg:
            msg["From"] = self.smtp.from_address
        if "To" not in msg:
            msg["To"] = recipient
        if "Date" not in msg:
            msg["Date"] = format_datetime(_now_utc(self.clock))
        if self.smtp.reply_to and "Reply-To" not in msg:
            msg["Reply-To"] = self.smtp.reply_to

    def _finish(self, row: Any, values: dict[str, Any]) -> bool:
        # Only the claimer may record the result; 'unknown' is accepted too, in
        # case another worker declared our (slow) attempt abandoned meanwhile --
        # then what we learnt is the truth and replaces "unknown".
        def write() -> bool:
            with self.engine.begin() as conn:
                res = conn.execute(
                    update(sent_messages)
                    .where(and_(_T.id == row.id, _T.claimed_by == self.worker, _T.status.in_([SENDING, UNKNOWN])))
                    .values(**values),
                    execution_options={"preserve_rowcount": True},
                )
                return res.rowcount == 1

        # The attempt is over (the server accepted the message, or it certainly
        # did not): give the database time to come back rather than lose that
        # knowledge, which would leave the row 'sending' and, after the lease,
        # 'unknown' -- never resent, an operator's problem (issue 14).
        try:
            return retry_while_unavailable(write, seconds=self.record_retry)
        except Exception as exc:
            fault = describe_db_error(exc)
            if fault is None:
                raise
            log.error("could not record the send result; the row becomes 'unknown' when its lease ends",
                      extra={"fields": {"id": row.id, "status": values.get("status"), "error": fault}})
            raise

    def _record_sent(self, row: Any, attempts: int, mid: str, subject: str) -> SendOutcome:
        now = _now_utc(self.clock)
        mail_finished(row.kind, SENT)  # the server has it, whether or not the log write below succeeds
        if not self._finish(row, {"status": SENT, "sent_at": now, "message_id": mid, "subject": subject,
                                  "claimed_until": None, "last_error": None, "next_attempt_at": None}):
            log.error("sent, but the send log row was taken over", extra={"fields": {"id": row.id}})
        log.info("mail sent", extra={"fields": {"recipient": row.recipient, "kind": row.kind, "key": row.key,
                                                "attempts": attempts, "message_id": mid}})
        return SendOutcome(SENT, row.recipient, row.kind, row.key, attempts, mid)

    def _record_unknown(self, row: Any, attempts: int, error: str, subject: str) -> SendOutcome:
        self._finish(row, {"status": UNKNOWN, "claimed_until": None, "last_error": error, "subject": subject,
                           "next_attempt_at": None})
        mail_finished(row.kind, UNKNOWN)
        log.warning("send state unknown", extra={"fields": {"recipient": row.recipient, "kind": row.kind,
                                                            "key": row.key, "error": error}})
        return SendOutcome(UNKNOWN, row.recipient, row.kind, row.key, attempts, row.message_id, None, error)

    def _failed(self, row: Any, attempts: int, error: str, *, permanent: bool, subject: str | None = None) -> SendOutcome:
        now = _now_utc(self.clock)
        if not permanent and attempts >= self.digest.max_attempts:
            permanent = True
            error = f"gave up after {attempts} attempts; last error: {error}"
        next_at = None if permanent else now + timedelta(seconds=self.digest.retry_base * 2 ** max(attempts - 1, 0))
        values: dict[str, Any] = {"status": PERMANENT if permanent else FAILED, "claimed_until": None,
                                  "last_error": error[:2000], "next_attempt_at": next_at}
        if subject is not None:
            values["subject"] = subject
        self._finish(row, values)
        status = PERMANENT if permanent else FAILED
        mail_finished(row.kind, status)
        log.warning("mail not sent", extra={"fields": {"recipient": row.recipient, "kind": row.kind, "key": row.key,
                                                       "status": status, "attempts": attempts, "error": error}})
        return SendOutcome(status, row.recipient, row.kind, row.key, attempts, row.message_id, next_at, error)

    def _cancel(self, row: SendRow) -> SendOutcome:
        error = ("not retried: the caller has no builder for it any more "
                 "(recipient removed from recipients.toml, or a stale alert)")
        with self.engine.begin() as conn:
            conn.execute(
                update(sent_messages)
                .where(and_(_T.id == row.id, _T.status.in_([FAILED, PENDING])))
                .values(status=PERMANENT, next_attempt_at=None, last_error=error)
            )
        return SendOutcome(PERMANENT, row.recipient, row.kind, row.key, row.attempts, None, None, error)


# --------------------------------------------------------------------------- digests

DIGEST = "digest"


def send_due_digests(
    sender: Sender, recipients: Iterable[Recipient], build_for: Callable[[Recipient, date], Builder]
) -> list[SendOutcome]:
    """Send every digest that is due now (see :func:`digest_due`); key = the digest date.

    Safe to call on every daemon tick: a digest stays due all local day and the
    send log turns repeats into 'already_sent' (or retries a due failure).
    """
    now = _now_utc(sender.clock)
    outcomes = []
    for r in recipients:
        day = digest_due(r, now)
        if day is not None:
            outcomes.append(sender.send_once(r.address, DIGEST, day.isoformat(), build_for(r, day)))
    return outcomes


def digest_retry_builder(
    recipients: Iterable[Recipient], build_for: Callable[[Recipient, date], Builder]
) -> Callable[[SendRow], Builder | None]:
    """``builder_for`` for :meth:`Sender.retry_due` that rebuilds digests (None for anything else)."""
    by_address = {r.address: r for r in recipients}

    def builder_for(row: SendRow) -> Builder | None:
        r = by_address.get(row.recipient)
        if row.kind != DIGEST or r is None:
            return None
        try:
            day = date.fromisoformat(row.key)
        except ValueError:
            return None
        return build_for(r, day)

    return builder_for


# --------------------------------------------------------------------------- status / operator


_STATUS_COLUMNS = (
    _T.id, _T.recipient, _T.kind, _T.key, _T.status, _T.attempts, _T.next_attempt_at, _T.claimed_by,
    _T.claimed_until, _T.message_id, _T.subject, _T.last_error, _T.created_at, _T.sent_at,
)


def send_log_rows(conn: Connection, since: datetime) -> list[dict[str, Any]]:
    """Send-log rows created or sent since ``since``, newest first (for `monitor status`)."""
    rows = conn.execute(
        select(*_STATUS_COLUMNS)
        .where(or_(_T.created_at >= since, _T.sent_at >= since))
        .order_by(desc(_T.created_at), desc(_T.id))
    ).mappings().all()
    return [dict(r) for r in rows]


def failing(conn: Connection) -> list[dict[str, Any]]:
    """Rows needing attention, whatever their age: failed (retrying), permanent, unknown."""
    rows = conn.execute(
        select(*_STATUS_COLUMNS).where(_T.status.in_(ATTENTION)).order_by(_T.status, _T.recipient, _T.key)
    ).mappings().all()
    return [dict(r) for r in rows]


def send_summary(conn: Connection, since: datetime) -> dict[str, int]:
    """Count of rows per status among those created since ``since``."""
    rows = conn.execute(
        select(_T.status, func.count()).where(_T.created_at >= since).group_by(_T.status)
    ).all()
    return {str(status): int(n) for status, n in rows}


def requeue(conn: Connection, row_id: int, now: datetime) -> bool:
    """Operator action: send a 'permanent' or 'unknown' row again at the next retry pass.

    For an 'unknown' row, do this only after checking that the message did
    not arrive -- otherwise the recipient gets it twice.
    """
    res = conn.execute(
        update(sent_messages)
        .where(and_(_T.id == row_id, _T.status.in_([PERMANENT, UNKNOWN])))
        .values(status=FAILED, next_attempt_at=now, claimed_by=None, claimed_until=None, attempts=0),
        execution_options={"preserve_rowcount": True},
    )
    return res.rowcount == 1
