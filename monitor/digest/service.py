"""Digest glue: recipients from the config, builders that compose on demand, the daemon's job."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, timedelta
from email.message import EmailMessage

from sqlalchemy import Engine

from monitor.clock import Clock
from monitor.digest.alerts import send_alerts
from monitor.digest.compose import compose_digest
from monitor.digest.render import build_message
from monitor.digest.send import Sender, SendOutcome, digest_retry_builder, send_due_digests
from monitor.digest.subscriptions import load_recipients
from monitor.digest.types import Digest, Recipient
from monitor.settings import Settings

log = logging.getLogger(__name__)


def configured_recipients(settings: Settings) -> list[Recipient]:
    """The recipients file named in the settings (none configured: nobody)."""
    path = settings.digest.recipients_file
    if path is None or not path.exists():
        return []
    return load_recipients(path)


def default_day(settings: Settings, now: datetime) -> date:
    """The last complete day in the index's time zone."""
    return now.astimezone(settings.tz).date() - timedelta(days=1)


def compose(engine: Engine, settings: Settings, recipient: Recipient, day: date) -> Digest:
    with engine.connect() as conn:
        return compose_digest(conn, recipient, day, settings)


def builder(engine: Engine, settings: Settings) -> Callable[[Recipient, date], Callable[[], EmailMessage]]:
    """``build_for(recipient, day)``: composes only when the send log lets the message go out."""

    def build_for(recipient: Recipient, day: date) -> Callable[[], EmailMessage]:
        def build() -> EmailMessage:
            return build_message(compose(engine, settings, recipient, day), settings.smtp)

        return build

    return build_for


def run_mail_jobs(engine: Engine, settings: Settings, *, worker: str, clock: Clock) -> list[SendOutcome]:
    """One daemon tick of mail: due digests at each recipient's local time, due retries, alerts."""
    recipients = configured_recipients(settings)
    if not recipients:
        return []
    sender = Sender(engine, settings.smtp, settings.digest, worker=worker, clock=clock)
    build_for = builder(engine, settings)
    outcomes = send_due_digests(sender, recipients, build_for)
    outcomes += sender.retry_due(digest_retry_builder(recipients, build_for))
    if settings.alerts.enabled:
        today = clock().astimezone(settings.tz).date()
        outcomes += send_alerts(sender, recipients, today, settings.alerts, settings.smtp,
                                methodology_url=settings.digest.methodology_url)
    for o in outcomes:
        if o.status not in ("already_sent", "in_progress", "skipped_backoff"):
            log.info("mail", extra={"fields": {"outcome": str(o)}})
    return outcomes
