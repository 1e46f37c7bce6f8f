"""Immediate alert emails: a followed scope's anomaly crossed the configured threshold.

An alert goes through the same :class:`~monitor.digest.send.Sender` and send
log as the digest, with ``kind="alert"`` and ``key = f"{scope}@{period_start}"``
where ``period_start`` is *now* floored to the alert period (fixed windows of
``alerts.period`` seconds since the Unix epoch, UTC).  The log's UNIQUE
(recipient, kind, key) therefore gives "at most once per scope per period" per
recipient, across restarts and daemons.

Limit, by design: windows are fixed, not sliding, so an anomaly that persists
across a window boundary may alert at 23:59 and again at 00:01 with a one-day
period.  That is one alert per period, which is what the setting promises.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any, NamedTuple
from urllib.parse import urlsplit

import jinja2
import nh3
from sqlalchemy import Connection, Engine, and_, select

from monitor.digest.compose import Names
from monitor.digest.i18n import SHORT_BASELINE_DAYS
from monitor.digest.send import Sender, SendOutcome
from monitor.digest.subscriptions import scope_followed
from monitor.digest.types import Recipient
from monitor.index.query import explain
from monitor.settings import AlertSettings, SmtpSettings
from monitor.store.models import daily_index

KIND = "alert"


class Alert(NamedTuple):
    """One alert to send: who, about which scope, and the daily_index row that triggered it."""

    recipient: Recipient
    scope: str
    row: Mapping[str, Any]


def period_start(now: datetime, period: float) -> datetime:
    """``now`` floored to a multiple of ``period`` seconds since the epoch (UTC)."""
    if now.tzinfo is None:
        raise ValueError("period_start needs an aware datetime")
    if period <= 0:
        raise ValueError("the alert period must be positive")
    ts = now.timestamp()
    return datetime.fromtimestamp(ts - ts % period, UTC)


def alert_key(scope: str, now: datetime, period: float) -> str:
    """The send-log key: one alert per (recipient, scope, period window)."""
    return f"{scope}@{period_start(now, period):%Y-%m-%dT%H:%M:%SZ}"


def find_alerts(conn: Connection, recipients: Iterable[Recipient], day: date, settings: AlertSettings) -> list[Alert]:
    """Index rows of ``day`` over the alert threshold, for each recipient who follows the scope with alerts on.

    A row qualifies with ``anomaly >= threshold``, ``stories >= min_stories``
    and not ``low_volume``.  Highest anomaly first.
    """
    if not settings.enabled:
        return []
    subscribers = [r for r in recipients if r.alerts]
    if not subscribers:
        return []
    rows = conn.execute(
        select(daily_index)
        .where(and_(
            daily_index.c.day == day,
            daily_index.c.anomaly.is_not(None),
            daily_index.c.anomaly >= settings.threshold,
            daily_index.c.stories >= settings.min_stories,
            daily_index.c.low_volume.is_(False),
        ))
        .order_by(daily_index.c.anomaly.desc(), daily_index.c.scope)
    ).mappings().all()
    return [Alert(r, row["scope"], dict(row)) for row in rows for r in subscribers if scope_followed(r, row["scope"])]


def send_alerts(
    sender: Sender,
    recipients: Iterable[Recipient],
    day: date,
    settings: AlertSettings,
    smtp: SmtpSettings,
    *,
    methodology_url: str | None = None,
) -> list[SendOutcome]:
    """Find and send the alerts of ``day`` (once per recipient, scope and period)."""
    now = sender.clock()
    engine = sender.engine
    with engine.connect() as conn:
        alerts = find_alerts(conn, recipients, day, settings)
    outcomes = []
    for a in alerts:
        key = alert_key(a.scope, now, settings.period)
        outcomes.append(sender.send_once(a.recipient.address, KIND, key,
                                         _builder(engine, a, smtp, settings, methodology_url)))
    return outcomes


def _builder(engine: Engine, a: Alert, smtp: SmtpSettings, settings: AlertSettings, methodology_url: str | None) -> Any:
    def build() -> EmailMessage:
        with engine.connect() as conn:
            return build_alert_message(conn, a.recipient, a.scope, a.row, smtp, settings=settings,
                                       methodology_url=methodology_url)

    return build


# --------------------------------------------------------------------------- the message

_TEXT = {
    "en": {
        "subject": "Alert: {label} escalation anomaly {anomaly} on {day}",
        "headline": "{label}: escalation anomaly {anomaly} on {day} (alert threshold {threshold}).",
        "figures": "{esc_n} of {stories} stories reported escalation ({esc_share}) and {de_n} de-escalation ({de_share}); index {index}; independent publishers: {publishers}.",
        "top": "Top contributing stories",
        "none": "No contributing stories are recorded for this day.",
        "share": "{share} of the escalation; independent publishers: {publishers}",
        "why": "You receive this because you follow {scope} with alerts on. At most one alert per scope every {period}.",
        "method": "How the index is made",
        "no_index": "no baseline yet",
        "index_of": "{index} (100 = the mean of the {days} days before)",
        "index_short": "{index} (short baseline: {days} days)",
    },
    "ar": {
        "subject": "تنبيه: {label} — ارتفاع غير معتاد في التصعيد {anomaly} في {day}",
        "headline": "{label}: ارتفاع غير معتاد في التصعيد {anomaly} في {day} (عتبة التنبيه: {threshold}).",
        "figures": "{esc_n} من {stories} خبرًا أفادت بالتصعيد ({esc_share}) و{de_n} بالتهدئة ({de_share})؛ المؤشر: {index}؛ وسائل إعلام مستقلة: {publishers}.",
        "top": "أبرز الأخبار المساهمة",
        "none": "لا توجد أخبار مساهمة مسجلة لهذا اليوم.",
        "share": "{share} من التصعيد؛ وسائل إعلام مستقلة: {publishers}",
        "why": "وصلك هذا التنبيه لأنك تتابع {scope} مع تفعيل التنبيهات. تنبيه واحد على الأكثر لكل نطاق كل {period}.",
        "method": "كيف يُحسب المؤشر",
        "no_index": "لا يوجد خط أساس بعد",
        "index_of": "{index} (100 = متوسط الأيام الـ{days} السابقة)",
        "index_short": "{index} (أساس قصير، عدد أيامه: {days})",
    },
}

_HTML = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined).from_string(
    """<!DOCTYPE html>
<html lang="{{ lang }}" dir="{{ dir }}">
<head><meta charset="utf-8"><title>{{ subject }}</title></head>
<body style="font-family: sans-serif; line-height: 1.4; max-width: 640px;">
<h1 style="font-size: 1.2em;">{{ headline }}</h1>
<p>{{ figures }}</p>
<h2 style="font-size: 1.05em;">{{ top_title }}</h2>
{% if stories %}<ol>
{% for s in stories %}<li{% if s.rtl %} dir="rtl"{% endif %}><strong>{% if s.url %}<a href="{{ s.url }}">{{ s.headline }}</a>{% else %}{{ s.headline }}{% endif %}</strong><br>
<span style="color: #555;">{{ s.share }}{% if s.outlets %} — {{ s.outlets }}{% endif %}</span></li>
{% endfor %}</ol>{% else %}<p>{{ none }}</p>{% endif %}
<p style="color: #555; font-size: 0.9em;">{{ why }}{% if methodology_url %} <a href="{{ methodology_url }}">{{ method }}</a>{% endif %}</p>
</body>
</html>
"""
)

_RTL = {"ar", "fa", "he", "ur"}


def clean(value: Any, limit: int = 300) -> str:
    """Article-derived text as plain text: markup stripped by nh3, entities decoded, one line.

    The result is *text*: templates escape it (Jinja2 autoescape) for HTML.
    """
    text = html.unescape(nh3.clean(str(value or ""), tags=set()))
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _safe_url(url: Any) -> str | None:
    if not isinstance(url, str):
        return None
    u = url.strip()
    parts = urlsplit(u)
    if parts.scheme not in ("http", "https") or not parts.netloc or any(c.isspace() for c in u):
        return None
    return u


def _num(v: Any, fmt: str = "{:.1f}") -> str:
    return fmt.format(v) if isinstance(v, int | float) else "–"


def _period_words(seconds: float) -> str:
    if seconds % 86400 == 0:
        n = int(seconds // 86400)
        return "day" if n == 1 else f"{n} days"
    if seconds % 3600 == 0:
        n = int(seconds // 3600)
        return "hour" if n == 1 else f"{n} hours"
    return f"{int(seconds // 60)} min"


def _index_text(tx: Mapping[str, str], index: float | None, baseline_days: int | None) -> str:
    """The index with its baseline, flagged when short, as the digest shows it (i18n.index_phrase)."""
    if index is None:
        return tx["no_index"]
    short = baseline_days is not None and baseline_days < SHORT_BASELINE_DAYS
    return tx["index_short" if short else "index_of"].format(index=_num(index, "{:.0f}"), days=baseline_days or "?")


def build_alert_message(
    conn: Connection,
    recipient: Recipient,
    scope: str,
    row: Mapping[str, Any],
    smtp: SmtpSettings,
    *,
    settings: AlertSettings | None = None,
    methodology_url: str | None = None,
    top: int = 3,
    now: datetime | None = None,
) -> EmailMessage:
    """A short multipart/alternative (text + HTML) alert for one scope's index row."""
    settings = settings or AlertSettings()
    lang = recipient.language if recipient.language in _TEXT else "en"
    tx = _TEXT[lang]
    day: date = row["day"]
    # the digest's naming of scopes ("Iran – Israel"); names stay English in both languages
    label = clean(Names(conn, "en").scope(scope), 200)
    anomaly = _num(row.get("anomaly"), "{:+.1f}")
    values = {
        "label": label, "anomaly": anomaly, "day": day.isoformat(), "threshold": _num(settings.threshold),
        # plain figures (issue 10 §5): stories reporting escalation / de-escalation and their share
        "esc_n": _num(row.get("escalation_stories"), "{:d}"), "de_n": _num(row.get("de_escalation_stories"), "{:d}"),
        "esc_share": _num(row.get("escalation_share"), "{:.0f}%"), "de_share": _num(row.get("de_escalation_share"), "{:.0f}%"),
        "index": _index_text(tx, row.get("index"), row.get("baseline_days")),
        "stories": row.get("stories", 0), "publishers": row.get("publishers", 0),
        "scope": scope, "period": _period_words(settings.period),
    }
    subject = " ".join(tx["subject"].format(**values).split())
    doc = explain(conn, day, scope, top=top) or {"stories": []}
    stories: list[dict[str, Any]] = []
    for s in doc["stories"][:top]:
        headline = clean(s.get("headline"), 200)
        outlets = ", ".join(clean(o, 80) for o in s.get("outlets", [])[:5])
        share = tx["share"].format(share=f"{s.get('share_of_escalation', 0.0):.0%}", publishers=s.get("publishers", 0))
        url = next((u for u in (_safe_url(x) for x in s.get("links", [])) if u), None)
        stories.append({"headline": headline, "outlets": outlets, "share": share, "url": url,
                        "rtl": any("\u0590" <= c <= "\u08ff" for c in headline)})

    lines = [tx["headline"].format(**values), tx["figures"].format(**values), "", tx["top"] + ":"]
    if not stories:
        lines.append(tx["none"])
    for i, s in enumerate(stories, start=1):
        lines.append(f"{i}. {s['headline']}")
        lines.append(f"   {s['share']}" + (f" — {s['outlets']}" if s["outlets"] else ""))
        if s["url"]:
            lines.append(f"   {s['url']}")
    lines += ["", tx["why"].format(**values)]
    method = _safe_url(methodology_url)
    if method:
        lines.append(f"{tx['method']}: {method}")
    text = "\n".join(lines) + "\n"
    page = _HTML.render(
        lang=lang, dir="rtl" if lang in _RTL else "ltr", subject=subject,
        headline=tx["headline"].format(**values), figures=tx["figures"].format(**values),
        top_title=tx["top"], stories=stories, none=tx["none"], why=tx["why"].format(**values),
        methodology_url=method, method=tx["method"],
    )

    msg = EmailMessage()
    # Header values go through the email package's header API (policy.default),
    # which encodes non-ASCII (RFC 2047) and refuses CR/LF, so a scope label or
    # name cannot inject headers.
    msg["Subject"] = subject
    msg["From"] = smtp.from_address
    msg["To"] = Address(display_name=" ".join(recipient.name.split()), addr_spec=recipient.address)
    if smtp.reply_to:
        msg["Reply-To"] = smtp.reply_to
    if now is not None:  # else the Sender dates it with its clock
        msg["Date"] = format_datetime(now)
    msg["Auto-Submitted"] = "auto-generated"  # RFC 3834 §5: no auto-replies to this
    msg["Content-Language"] = lang  # RFC 3282
    msg.set_content(text)
    msg.add_alternative(page, subtype="html")
    return msg


__all__ = (
    "KIND", "Alert", "alert_key", "build_alert_message", "clean", "find_alerts", "period_start",
    "send_alerts",
)
