"""Render a :class:`Digest`: the chart (PNG), HTML, plain text, and the MIME message.

Safety rules, from the digest issue:

* HTML comes from Jinja2 templates with autoescaping on; article-derived text
  (headlines, claim sentences, outlet names, reasons) is escaped by nh3
  (Ammonia's ``clean_text``) and has bidi-override controls removed, so it is
  shown as the characters the feed wrote and can never become markup.
* No remote resources: the only image is the chart, attached inline and
  referenced as ``cid:`` (mail) or embedded as a ``data:`` URI (previews).
* Header values that come from data (the recipient's name, scope labels in
  the subject) go through :mod:`email.headerregistry`, which encodes them
  (RFC 2047) and never lets them add header lines.
"""

from __future__ import annotations

import base64
import io
import re
from datetime import datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any

import nh3
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup, escape

from monitor.clock import utcnow
from monitor.digest import i18n
from monitor.digest.text import clean_text, safe_url, story_text
from monitor.digest.types import Digest, Mover, ScopeSection, StoryLine
from monitor.settings import SmtpSettings

# Escalation and de-escalation are told apart by symbol, line style and marker as well
# as by colour (red / blue rather than red / green, for red-green colour blindness).
COLOURS = {"escalating": "#b42318", "de-escalating": "#1d5fa8", "stable": "#5c5c5c",
           "up": "#b42318", "down": "#1d5fa8", "flat": "#5c5c5c"}
SYMBOLS = {"escalating": "▲", "de-escalating": "▼", "stable": "●", "up": "▲", "down": "▼", "flat": "●"}
_POLARITY_COLOUR = {"escalation": COLOURS["escalating"], "de-escalation": COLOURS["de-escalating"]}
_FONT = "Arial,Helvetica,'Segoe UI',Tahoma,'Noto Sans Arabic','DejaVu Sans',sans-serif"
MAX_CHART_SCOPES = 6

_env = Environment(
    loader=PackageLoader("monitor.digest", "templates"),
    # On for the HTML (and anything unknown); off for the plain-text part only.
    autoescape=select_autoescape(enabled_extensions=("html",), disabled_extensions=("txt",), default=True),
    undefined=StrictUndefined,
    trim_blocks=False,
    lstrip_blocks=False,
    keep_trailing_newline=True,
)


def _article(value: Any) -> Markup:
    """Article-derived text as HTML, escaped by nh3 (Ammonia's ``clean_text``).

    Stored headlines and sentences are already text (the normaliser turned the
    feed's HTML into text), so a "<script>" left in one is something the feed
    wrote as text: it is shown as those characters, never parsed as markup.
    ``clean_text`` escapes every character that matters in any HTML context
    (quotes, "=", "/", spaces, backticks), so the result is safe in attributes too.
    """
    return Markup(nh3.clean_text(clean_text(str(value))))


_env.filters["article"] = _article


def _signed(v: float) -> str:
    return f"{v:+.1f}".replace("-", "−")


def _num(v: float) -> str:
    return f"{v:.1f}"


def _share(lang: str, today: float | None, before: float | None) -> str:
    """ "62 % · yesterday 3 %": the share of the scope's stories reporting it (issue 10 §5)."""
    if today is None:
        return "–"
    out = f"{today:.0f}%"
    if before is not None:
        out += " · " + i18n.t(lang, "share_before", before=f"{before:.0f}%")
    return out


def _quote(language: str | None) -> tuple[str, str]:
    return ("«", "»") if i18n.is_rtl(language) else ("“", "”")


def _context(d: Digest, lang: str) -> dict[str, Any]:
    rtl = i18n.is_rtl(lang)

    def t(key: str, **values: object) -> str:
        return i18n.t(lang, key, **values)

    labels = {s.scope: s.label for s in d.sections}
    return {
        "d": d,
        "lang": lang,
        "dir": "rtl" if rtl else "ltr",
        "start": "right" if rtl else "left",
        "end": "left" if rtl else "right",
        "font": _FONT,
        "t": t,
        "num": _num,
        "signed": _signed,
        "share": lambda today, before: _share(lang, today, before),
        # the plain figures of a scope's day (issue 10 §5): counts of stories, the index with its baseline
        "today_line": lambda m: i18n.scope_today(lang, m.escalation_stories, m.de_escalation_stories, m.stories),
        "index_line": lambda m: i18n.index_phrase(lang, m.index, m.baseline_days),
        "quote": _quote,
        "rtl": i18n.is_rtl,
        "direction": lambda x: i18n.direction_word(lang, x),
        "move": lambda x: i18n.move_word(lang, x),
        "outlets_n": lambda n: i18n.outlets_phrase(lang, n),
        "language_names": lambda codes: i18n.t(lang, "list_sep").join(i18n.language_name(lang, c) for c in codes),
        "foreign": lambda st: _foreign(st, lang),
        "symbol": lambda x: SYMBOLS.get(x, "●"),
        "stance": lambda x: i18n.stance_word(lang, x),
        "polarity_colour": lambda p: _POLARITY_COLOUR.get(p, "#999999"),
        "following": i18n.t(lang, "list_sep").join(labels.get(s, s) for s in d.recipient.scopes),
        "languages": i18n.t(lang, "list_sep").join(i18n.language_name(lang, c) for c in d.recipient.languages),
        "method": {
            "baseline_days": d.extra.get("baseline_days", "90"),
            "anomaly_days": d.extra.get("anomaly_days", "28"),
            "min_stories": d.extra.get("min_stories", "3"),
            "min_baseline_days": d.extra.get("min_baseline_days", "7"),
            "min_base_mean": d.extra.get("min_base_mean", "1"),
            "short_days": str(i18n.SHORT_BASELINE_DAYS),
        },
        "methodology_url": safe_url(d.methodology_url),
        "chart_days": _chart_days(d),
        "chart_alt": t("chart_alt", days=_chart_days(d),
                       scopes=i18n.t(lang, "list_sep").join(s.label for s in _chart_sections(d))),
    }


def _foreign(st: StoryLine, lang: str) -> bool:
    """A headline in another language than the digest: shown with its language code
    and the reading of it."""
    return st.language != lang


def _chart_days(d: Digest) -> int:
    return max((len(s.series) for s in d.sections), default=0)


def _chart_sections(d: Digest) -> list[ScopeSection]:
    return [s for s in d.sections if s.series][:MAX_CHART_SCOPES]


# --------------------------------------------------------------------------- HTML and text


def render_html(d: Digest, *, chart_src: str | None) -> str:
    """The HTML part; ``chart_src`` is ``cid:…`` for mail, a ``data:`` URI for previews, or None."""
    lang = i18n.lang_of(d.recipient.language)
    ctx = _context(d, lang)

    def t(key: str, **values: object) -> Markup:
        # Fixed text is escaped; values are escaped unless already markup (an isolated date).
        return Markup(escape(i18n.template(lang, key))).format(**values) if values else escape(i18n.template(lang, key))

    def ltr(s: str) -> Markup:
        # Dates and signed numbers read left to right inside Arabic text ("2025-06-13", not "13-06-2025").
        return Markup('<span dir="ltr">{}</span>').format(s)

    ctx.update(t=t, ltr=ltr)
    if chart_src is not None and not chart_src.startswith(("cid:", "data:image/png;base64,")):
        raise ValueError("chart_src must be a cid: or data:image/png URI (no remote resources)")

    def badge(direction: str) -> Markup:
        """A direction ("escalating") or a move ("up"), by colour, symbol and word."""
        colour = COLOURS.get(direction, COLOURS["stable"])
        moving = direction in ("up", "down", "flat")
        word = escape(i18n.move_word(lang, direction) if moving else i18n.direction_word(lang, direction))
        return Markup(
            f'<span style="color:{colour};font-weight:bold;white-space:nowrap;">'
            f'{SYMBOLS.get(direction, "●")}&nbsp;{word}</span>'
        )

    return _env.get_template("digest.html").render(ctx, chart_src=chart_src, badge=badge)


def render_text(d: Digest) -> str:
    """The plain-text alternative: the same movers, stories, claims, links and footer."""
    lang = i18n.lang_of(d.recipient.language)
    ctx = _context(d, lang)
    rtl = i18n.is_rtl(lang)

    def ltr(s: str) -> str:
        # In a right-to-left paragraph "+12.3" would show as "12.3+": a left-to-right
        # mark before it keeps numbers and dates reading left to right.
        return "\u200e" + s if rtl else s

    def rule(title: str, ch: str) -> str:
        return ch * max(3, min(72, len(title)))

    text = _env.get_template("digest.txt").render(ctx, ltr=ltr, rule=rule)
    # Trailing spaces go, except in "-- ", the signature separator (RFC 3676 §4.3) that
    # lets clients fold the footer.
    lines = [line if line == "-- " else line.rstrip() for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"


# --------------------------------------------------------------------------- chart


def render_chart(d: Digest) -> bytes | None:
    """A small PNG (≈600 px wide): per followed scope, the stories reporting escalation and
    those reporting de-escalation each day over the series' days (the counts the digest's
    text gives, issue 10 §5).  None when there is nothing to draw."""
    sections = _chart_sections(d)
    if not sections or not any(p.escalation_stories or p.de_escalation_stories for s in sections for p in s.series):
        return None
    import matplotlib

    matplotlib.use("Agg")  # no display; safe in the daemon's threads
    import matplotlib.dates as mdates
    from matplotlib.figure import Figure  # a Figure, not pyplot: no global state between renders
    from matplotlib.ticker import MaxNLocator

    lang = i18n.lang_of(d.recipient.language)
    rtl = i18n.is_rtl(lang)
    rows = len(sections)
    fig = Figure(figsize=(6.0, 0.45 + 1.25 * rows), dpi=100)
    axes = fig.subplots(rows, 1, sharex=True, squeeze=False)[:, 0]
    esc_label = i18n.t(lang, "chart_escalation")
    de_label = i18n.t(lang, "chart_de_escalation")
    for ax, s in zip(axes, sections, strict=True):
        days = [p.day for p in s.series]
        ax.plot(days, [p.escalation_stories for p in s.series], color=COLOURS["escalating"], linestyle="-",
                linewidth=1.6, marker="^", markersize=3.5, label=esc_label)
        ax.plot(days, [p.de_escalation_stories for p in s.series], color=COLOURS["de-escalating"], linestyle="--",
                linewidth=1.6, marker="o", markersize=3, markerfacecolor="white", label=de_label)
        ax.set_title(s.label, fontsize=9, loc="right" if rtl else "left", pad=3)
        ax.set_ylim(bottom=0)
        ax.yaxis.set_major_locator(MaxNLocator(nbins=4, integer=True))  # counts of stories: whole numbers
        ax.margins(x=0.01)
        ax.grid(axis="y", color="#e0e0e0", linewidth=0.6)
        ax.tick_params(labelsize=7, length=2)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
    axes[-1].xaxis.set_major_formatter(mdates.DateFormatter("%d/%m" if rtl else "%b %d"))  # type: ignore[no-untyped-call]
    axes[-1].xaxis.set_major_locator(mdates.AutoDateLocator(minticks=4, maxticks=8))  # type: ignore[no-untyped-call]
    fig.supylabel(i18n.t(lang, "chart_ylabel"), fontsize=7)
    handles, labels = axes[0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="upper center", ncol=2, fontsize=8, frameon=False, bbox_to_anchor=(0.5, 1.0))
    fig.subplots_adjust(left=0.1, right=0.98, bottom=0.35 / (0.45 + 1.25 * rows) + 0.02,
                        top=1 - 0.42 / (0.45 + 1.25 * rows), hspace=0.55)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", metadata={"Software": None})
    return buf.getvalue()


def chart_data_uri(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


# --------------------------------------------------------------------------- the message


def subject(d: Digest) -> str:
    """The day's top event ("Tension digest 2025-06-13: Israeli air strikes hit …"),
    else the top mover and which way it moved, else the date alone."""
    lang = i18n.lang_of(d.recipient.language)
    if d.events:
        return i18n.t(lang, "subject_event", day=d.day.isoformat(),
                      event=clean_text(story_text(d.events[0], lang), limit=100))
    top: Mover | None = next((m for m in d.movers if m.move != "flat"), d.movers[0] if d.movers else None)
    if top is None:
        return i18n.t(lang, "subject", day=d.day.isoformat())
    return i18n.t(lang, "subject_top", day=d.day.isoformat(), label=clean_text(top.label, limit=80),
                  direction=i18n.move_word(lang, top.move))


def _one_line(s: str) -> str:
    """A display name from data on one line: CR, LF and other controls become spaces
    (Address refuses them; stripping them here means a bad name cannot stop a send)."""
    return clean_text(s, limit=200)


def _domain(address: str) -> str:
    host = address.rsplit("@", 1)[-1].strip("<> ") if "@" in address else ""
    return host or "localhost"


def _cte(text: str) -> str:
    """quoted-printable keeps mostly-ASCII text readable; base64 is smaller for Arabic."""
    non_ascii = sum(1 for ch in text if ord(ch) > 127)
    return "quoted-printable" if non_ascii <= len(text) // 10 else "base64"


def build_message(
    d: Digest, smtp: SmtpSettings, *, message_id: str | None = None, now: datetime | None = None,
) -> EmailMessage:
    """multipart/alternative: text/plain, then multipart/related(text/html + the chart PNG inline)."""
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = smtp.from_address
    sender = msg["From"].addresses[0].addr_spec if msg["From"].addresses else smtp.from_address
    msg["To"] = Address(display_name=_one_line(d.recipient.name), addr_spec=d.recipient.address.strip())
    unsubscribe_to = sender
    if smtp.reply_to:
        msg["Reply-To"] = smtp.reply_to
        if msg["Reply-To"].addresses:
            unsubscribe_to = msg["Reply-To"].addresses[0].addr_spec
    msg["Subject"] = _one_line(subject(d))
    msg["Date"] = format_datetime(now or utcnow())
    msg["Message-ID"] = message_id if message_id else make_msgid(domain=_domain(sender))
    # RFC 3834: an automatic message; well-behaved auto-responders do not answer it.
    msg["Auto-Submitted"] = "auto-generated"
    if "@" in unsubscribe_to:
        # RFC 2369: clients show an "unsubscribe" button; it mails the desk, as the footer says.
        msg["List-Unsubscribe"] = f"<mailto:{unsubscribe_to}?subject=unsubscribe>"

    text = render_text(d)
    msg.set_content(text, subtype="plain", charset="utf-8", cte=_cte(text))
    png = render_chart(d)
    cid = make_msgid(idstring="chart", domain=_domain(sender)) if png else None
    html = render_html(d, chart_src=f"cid:{cid[1:-1]}" if cid else None)
    msg.add_alternative(html, subtype="html", charset="utf-8", cte=_cte(html))
    if png is not None and cid is not None:
        html_part = list(msg.iter_parts())[1]
        assert isinstance(html_part, EmailMessage)
        # add_related turns the html part into multipart/related(html, png).
        html_part.add_related(png, maintype="image", subtype="png", cid=cid, disposition="inline",
                              filename="chart.png")
        # RFC 2387 requires the root part's type on multipart/related; the email package omits it.
        html_part.set_param("type", "text/html")
    # After the body: set_content/add_alternative move Content-* headers into the parts.
    msg["Content-Language"] = i18n.lang_of(d.recipient.language)
    return msg


def preview(d: Digest, path: Path, *, smtp: SmtpSettings | None = None) -> Path:
    """Write ``path``: ``.html`` (chart as a data: URI, for a browser) or ``.eml`` (the
    message exactly as it would be sent)."""
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        png = render_chart(d)
        path.write_text(render_html(d, chart_src=chart_data_uri(png) if png else None), encoding="utf-8")
    elif suffix == ".eml":
        path.write_bytes(build_message(d, smtp or SmtpSettings()).as_bytes())
    else:
        raise ValueError(f"preview writes .html or .eml, not {path.name!r}")
    return path


__all__ = [
    "build_message", "chart_data_uri", "preview", "render_chart", "render_html", "render_text", "subject",
]
