"""The dashboard's HTML pages (issue 13 §1): overview, scope, day drill-down, articles, claims, sources.

Server-rendered with Jinja2 (autoescaping on: ``monitor/web/app.py``), no build step, no CDN, no
script: every asset is a file under ``static/`` and every chart is SVG drawn here, so the pages work
under the API's ``Content-Security-Policy: default-src 'self'`` (no inline scripts or ``style``
attributes: the charts' colours are CSS classes).

Like the CLI, an interface over :class:`monitor.core.Monitor`: no SQL here.  Article-derived text
(titles, summaries, sentences, claims) is plain text escaped by the templates, cleaned of bidi
controls (``monitor.digest.text.clean_text``) and marked ``dir="auto"`` with the article's ``lang``,
so Arabic, Persian and Hebrew read right to left inside English pages (HTML §3.2.6.4 "The dir
attribute"); links to originals are made only of http(s) URLs (``monitor.digest.text.safe_url``, the
digest's rule).
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import wraps
from typing import Any
from urllib.parse import quote, urlencode

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from monitor.browse import ArticleQuery, BadQueryError, ClaimQuery
from monitor.core import EXIT_USAGE, MonitorError, close_names, index_scope
from monitor.digest.text import clean_text, safe_url
from monitor.overview import GROUPS
from monitor.web.app import monitor_of, render

log = logging.getLogger(__name__)

DEFAULT_RANGE_DAYS = 90  # the scope page's default date range, ending on the latest day with values
MAX_RANGE_DAYS = 3 * 366  # longer ranges are a 400: the chart would be a smear and the lens query slow
GROUP_ROWS = 25  # scopes per overview group before "show all"
EXPLAIN_TOP = 10  # stories on the day page
# Source states, the ones an operator must look at first (monitor/store/status.py health_state).
STATE_ORDER = {"failing": 0, "throttled": 1, "new": 2, "ok": 3, "disabled": 4}


class PageNotFoundError(MonitorError):
    """A page whose subject does not exist: rendered as the 404 page with ``hints`` (close names)."""

    def __init__(self, message: str, hints: Sequence[tuple[str, str]] = ()) -> None:
        super().__init__(message, EXIT_USAGE)
        self.message = message
        self.hints = list(hints)  # (label, href)


# --------------------------------------------------------------------------- helpers for templates


def scope_href(scope: str, day: date | None = None, **query: str) -> str:
    # ":" stays readable (RFC 3986 §3.3 allows it in a path segment); ">" of a dyad is escaped.
    href = "/scope/" + quote(scope, safe=":")
    if day is not None:
        href += "/" + day.isoformat()
    return href + ("?" + urlencode(query) if query else "")


def text(value: Any, limit: int | None = None) -> str:
    """Article-derived text for a page: no control or bidi-override characters (the digest's rule)."""
    return clean_text(None if value is None else str(value), limit=limit)


def num(value: Any, fmt: str = "{:g}") -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if isinstance(value, float) and fmt == "{:g}":
        return f"{value:.1f}".removesuffix(".0")
    return fmt.format(value)


def signed(value: Any) -> str:
    return "–" if value is None else f"{value:+.1f}"


def when(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M UTC") if value.utcoffset() in (None, timedelta(0)) else value.isoformat()
    if isinstance(value, str) and "T" in value:
        try:
            return when(datetime.fromisoformat(value))
        except ValueError:
            return value
    return str(value)


def plural(count: Any, noun: str, nouns: str | None = None) -> str:
    """"1 story", "2 stories", "0 publishers": a count with its noun in the right number (English)."""
    if nouns is None:
        if noun.endswith("y") and noun[-2:-1] not in tuple("aeiou"):
            nouns = noun[:-1] + "ies"
        else:
            nouns = noun + ("es" if noun.endswith(("s", "x", "ch", "sh")) else "s")
    return f"{num(count)} {noun if count == 1 else nouns}"


HELPERS: dict[str, Callable[..., Any]] = {
    "scope_href": scope_href, "text": text, "num": num, "signed": signed, "when": when, "safe_url": safe_url,
    "plural": plural,
}


def page(request: Request, template: str, context: dict[str, Any], status_code: int = 200) -> Response:
    settings = request.app.state.settings
    env = request.app.state.templates.env
    if "scope_href" not in env.globals:  # globals, so imported macros (macros.html) see them too
        env.globals.update(HELPERS)
    ctx = {"methodology_url": safe_url(settings.digest.methodology_url), "path": request.url.path,
           **context}
    response: Response = render(request, template, ctx, status_code=status_code)
    return response


def error_page(request: Request, status: int, title: str, message: str,
               hints: Sequence[tuple[str, str]] = ()) -> Response:
    return page(request, "error.html", {"status": status, "title": title, "message": message, "hints": list(hints)},
                status_code=status)


Endpoint = Callable[[Request], Response]


def handled(endpoint: Endpoint) -> Endpoint:
    """Usage errors (bad dates, filters, cursors) as the 400 page, missing subjects as the 404 page."""

    @wraps(endpoint)
    def wrapper(request: Request) -> Response:
        try:
            return endpoint(request)
        except PageNotFoundError as exc:
            return error_page(request, 404, "Not found", exc.message, exc.hints)
        except BadQueryError as exc:
            return error_page(request, 400, "Bad request", str(exc))
        except MonitorError as exc:
            if exc.code == EXIT_USAGE:
                return error_page(request, 400, "Bad request", str(exc))
            raise

    return wrapper


def exception_handlers() -> dict[Any, Callable[..., Any]]:
    """The application's 404 (no such route) and 500 pages: HTML in the layout, JSON under ``/api/``."""

    def not_found(request: Request, exc: Exception) -> Response:
        detail = exc.detail if isinstance(exc, HTTPException) else "Not Found"
        status = exc.status_code if isinstance(exc, HTTPException) else 404
        if not _html_path(request):
            # the API's error shape (monitor/web/api.py)
            return JSONResponse({"error": {"status": status, "message": str(detail)}}, status_code=status)
        return error_page(request, status, "Not found", f"There is no page at {request.url.path}.",
                          [("the overview", "/")])

    def server_error(request: Request, exc: Exception) -> Response:
        log.error("%s %s failed: %s", request.method, request.url.path, exc, exc_info=exc)
        if not _html_path(request):
            return JSONResponse({"error": {"status": 500, "message": "internal server error"}}, status_code=500)
        return error_page(request, 500, "Server error",
                          "The page could not be made; the error is in the server's log.")

    return {404: not_found, 500: server_error}


def _html_path(request: Request) -> bool:
    p = request.url.path
    return not (p.startswith("/api/") or p in ("/healthz", "/metrics"))


def parse_day(value: str | None, name: str) -> date | None:
    if value is None or not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise BadQueryError(f"{name}: {value!r} is not a date; write it as YYYY-MM-DD (e.g. 2025-06-13)") from None


def opt(value: str | None) -> str | None:
    v = (value or "").strip()
    return v or None


# --------------------------------------------------------------------------- charts (SVG, server-drawn)


@dataclass(slots=True)
class Line:
    name: str
    css: str  # the CSS class that colours it (static/style.css)
    points: str  # "x,y x,y …" in the chart's viewBox


@dataclass(slots=True)
class Chart:
    """A line chart, days along x.  The SVG holds only the plot (``viewBox`` 0..width × 0..height,
    stretched to the figure's box with ``preserveAspectRatio="none"`` and strokes drawn with
    ``vector-effect: non-scaling-stroke``); the axis labels are HTML around it, so their size is the
    page's font size at any width instead of growing and shrinking with the SVG (SVG 1.1 §7.8)."""

    title: str
    width: int
    height: int
    lines: list[Line] = field(default_factory=list)
    marks: list[tuple[float, float, str]] = field(default_factory=list)  # anomalies: x, y, label
    days: list[tuple[float, float, str, str]] = field(default_factory=list)  # link areas: x, width, href, label
    y_max: int = 0
    y_ticks: list[tuple[float, str]] = field(default_factory=list)  # gridlines: y, label (top first)
    x_labels: list[tuple[float, str, str]] = field(default_factory=list)  # x, text, anchor
    summary: str = ""  # the text alternative
    legend: list[Line] = field(default_factory=list)
    size: str = ""  # a CSS class for the plot's height ("big", "small"; static/style.css)


def chart(title: str, days: Sequence[date], series: Sequence[tuple[str, str, Sequence[float]]], *,
          width: int = 400, height: int = 100, anomalies: Iterable[tuple[int, str]] = (),
          href: Callable[[date], str] | None = None, size: str = "") -> Chart:
    """``series``: (name, css class, one value per day); ``anomalies``: (day position, label) marked on
    the first series.  The text alternative says each series' range and last value."""
    n = len(days)
    hi = max([1.0, *(v for _, _, vs in series for v in vs)])
    # an even maximum above 1, so the middle gridline sits at a whole number and exactly halfway
    # (the HTML labels beside the plot are spaced evenly)
    y_max = 1 if hi <= 1 else math.ceil(hi / 2) * 2
    step = width / max(n - 1, 1)

    def x(i: int) -> float:
        return round(i * step if n > 1 else width / 2, 2)

    def y(v: float) -> float:
        return round(height - (v / y_max) * height, 2)

    c = Chart(title=title, width=width, height=height, y_max=y_max, size=size)
    for name, css, vs in series:
        c.lines.append(Line(name, css, " ".join(f"{x(i)},{y(v)}" for i, v in enumerate(vs))))
    c.legend = c.lines
    if series:
        first = series[0][2]
        c.marks = [(x(i), y(first[i]), label) for i, label in anomalies if 0 <= i < n]
    ticks = [y_max, y_max // 2, 0] if y_max > 1 else [1, 0]
    c.y_ticks = [(y(v), str(v)) for v in ticks]
    if n:
        c.x_labels = [(0.0, days[0].isoformat(), "start")]
        if n > 1:
            c.x_labels.append((float(width), days[-1].isoformat(), "end"))
    if href is not None:
        c.days = [(round(x(i) - step / 2, 2), round(step, 2), href(d), d.isoformat()) for i, d in enumerate(days)]
    parts = []
    for name, _, vs in series:
        if vs:
            parts.append(f"{name}: {num(min(vs))} to {num(max(vs))}, {num(vs[-1])} on the last day")
    span = f"{days[0].isoformat()} to {days[-1].isoformat()}" if n else "no days"
    marks = list(anomalies)
    c.summary = f"{title}, {span}. " + "; ".join(parts) + (f"; {plural(len(marks), 'anomalous day')} marked" if marks else "") + "."
    return c


def sparkline(days: Sequence[date], esc: Sequence[int], de: Sequence[int]) -> Chart:
    c = chart("Stories reporting escalation and de-escalation", days,
              [("escalation", "esc", [float(v) for v in esc]), ("de-escalation", "de", [float(v) for v in de])],
              width=120, height=28)
    # a sparkline is drawn at its own size (no stretching): redraw with a margin for the strokes
    n, top, hi = len(days), 2, max([1, *esc, *de])
    step = 116 / max(n - 1, 1)
    for ln, vs in zip(c.lines, (esc, de), strict=True):
        ln.points = " ".join(f"{round(2 + i * step, 1)},{round(top + 24 - v / hi * 24, 1)}" for i, v in enumerate(vs))
    c.y_ticks, c.x_labels = [], []
    return c


# --------------------------------------------------------------------------- overview


def overview_page(request: Request) -> Response:
    m = monitor_of(request)
    ov = m.overview(days=30)
    show = request.query_params.get("group")
    groups = []
    for gid, heading, _ in GROUPS:
        lines = [s for s in ov.scopes if s.group == gid]
        if not lines:
            continue
        shown = lines if show == gid else lines[:GROUP_ROWS]
        groups.append({"id": gid, "heading": heading, "total": len(lines), "more": len(lines) > len(shown),
                       "rows": [{"line": s, "spark": sparkline(ov.days, s.escalation, s.de_escalation)}
                                for s in shown]})
    return page(request, "overview.html", {"title": "Overview", "ov": ov, "groups": groups,
                                           "threshold": request.app.state.settings.alerts.threshold})


# --------------------------------------------------------------------------- scope


def _scope_or_404(raw: str) -> str:
    try:
        scope = index_scope(raw)
    except MonitorError as exc:
        raise PageNotFoundError(str(exc), [("the overview", "/")]) from None
    return scope


def _has_values(request: Request, scope: str) -> bool:
    # one scope's rows (ix_daily_index_scope_day), not every scope's totals as scopes_with_values
    return bool(monitor_of(request).index(scopes=[scope]))


def _not_a_scope(request: Request, scope: str) -> PageNotFoundError:
    known = monitor_of(request).scopes_with_values()
    close = close_names(scope, known)
    return PageNotFoundError(f"The index has no values for {scope}.",
                             [(c, scope_href(c)) for c in close] or [("the overview", "/")])


def _lens_choices(request: Request) -> list[str]:
    """The lenses this database can show: the languages and publisher countries of its sources."""
    # the sources table only (Monitor.sources would count every source's articles too)
    specs = monitor_of(request).export_sources()
    langs = sorted({s.language.lower() for s in specs if s.language})
    countries = sorted({s.country.upper() for s in specs if s.country})
    return [f"language:{x}" for x in langs] + [f"publisher-country:{x}" for x in countries]


def scope_page(request: Request) -> Response:
    m = monitor_of(request)
    scope = _scope_or_404(request.path_params["scope"])
    if scope != request.path_params["scope"]:  # pair:ISR-IRN → pair:IRN-ISR, one address per scope
        query = ("?" + request.url.query) if request.url.query else ""
        return RedirectResponse(scope_href(scope) + query, status_code=301)
    q = request.query_params
    day_from, day_to = parse_day(q.get("from"), "from"), parse_day(q.get("to"), "to")
    if day_to is None:
        span = m.index_days()
        day_to = span[1] if span else m.digest_day()
    if day_from is None:
        day_from = day_to - timedelta(days=DEFAULT_RANGE_DAYS - 1)
    if day_from > day_to:
        raise BadQueryError(f"from ({day_from}) is after to ({day_to})")
    if (day_to - day_from).days + 1 > MAX_RANGE_DAYS:
        raise BadQueryError(f"the range is longer than {MAX_RANGE_DAYS} days; choose a shorter one")
    choices = _lens_choices(request)
    lenses = [x for x in q.getlist("lens") if x.strip()]
    rows = m.index(day_from=day_from, day_to=day_to, scopes=[scope], lenses=lenses)
    main = [r for r in rows if r.get("lens", "all") == "all"]
    if not main and not _has_values(request, scope):
        raise _not_a_scope(request, scope)
    days = [day_from + timedelta(days=i) for i in range((day_to - day_from).days + 1)]
    by_day = {r["day"]: r for r in main}
    threshold = request.app.state.settings.alerts.threshold

    def series(rows_by_day: dict[date, dict[str, Any]], key: str) -> list[float]:
        return [float(rows_by_day[d].get(key) or 0) if d in rows_by_day else 0.0 for d in days]

    anomalies = [(i, f"{d}: anomaly {by_day[d]['anomaly']:+.1f}") for i, d in enumerate(days)
                 if d in by_day and by_day[d]["anomaly"] is not None and abs(by_day[d]["anomaly"]) >= threshold]

    def href(d: date) -> str:
        return scope_href(scope, d)

    charts = [
        chart("Stories reporting escalation and de-escalation", days,
              [("escalation", "esc", series(by_day, "escalation_stories")),
               ("de-escalation", "de", series(by_day, "de_escalation_stories"))],
              anomalies=anomalies, href=href, size="big"),
        chart("Escalation: threat and act", days,
              [("threat", "threat", series(by_day, "threat_stories")), ("act", "act", series(by_day, "act_stories"))],
              href=href),
        chart("De-escalation: verbal and material", days,
              [("verbal", "verbal", series(by_day, "verbal_stories")),
               ("material", "material", series(by_day, "material_stories"))], href=href),
    ]
    lens_views = []
    for lens in dict.fromkeys(r["lens"] for r in rows if r.get("lens", "all") != "all"):
        lrows = {r["day"]: r for r in rows if r.get("lens") == lens}
        lens_views.append({"lens": lens, "by_day": lrows, "chart": chart(
            lens, days, [("escalation", "esc", series(lrows, "escalation_stories")),
                         ("de-escalation", "de", series(lrows, "de_escalation_stories"))], href=href, size="small")})
    label = m.scope_labels([scope]).get(scope, scope)
    return page(request, "scope.html", {
        "title": label, "scope": scope, "label": label, "day_from": day_from, "day_to": day_to,
        "rows": list(reversed(main)), "charts": charts, "lens_views": lens_views, "choices": choices,
        "lenses": lenses, "threshold": threshold, "by_day": by_day,
        "lens_days": [d for d in reversed(days) if d in by_day or any(d in v["by_day"] for v in lens_views)],
    })


# --------------------------------------------------------------------------- day drill-down


def speaker_names(request: Request, speakers: Iterable[str | None]) -> dict[str, str]:
    """Display names of claim speakers (actor ids such as ``vladimir-putin``), the names the overview
    and the digest use (``Monitor.scope_labels`` of ``actor:<id>``); an unknown id names itself."""
    ids = sorted({s for s in speakers if s})
    # a state speaks as its country code ("RUS"): named as the country
    scopes = [f"actor:{s}" for s in ids] + [f"country:{s}" for s in ids if s.isupper()]
    labels = monitor_of(request).scope_labels(scopes) if ids else {}
    names = {}
    for s in ids:
        name = labels.get(f"actor:{s}", s)
        names[s] = labels.get(f"country:{s}", s) if name == s else name
    return names



def day_page(request: Request) -> Response:
    m = monitor_of(request)
    scope = _scope_or_404(request.path_params["scope"])
    day = parse_day(request.path_params["day"], "day")
    if day is None:  # a blank segment ("/scope/global/%20")
        raise BadQueryError("day: write it as YYYY-MM-DD (e.g. 2025-06-13)")
    doc = m.explain(day, scope, top=EXPLAIN_TOP)
    if doc is None:
        if not _has_values(request, scope):
            raise _not_a_scope(request, scope)
        raise PageNotFoundError(f"{scope} has no value on {day}.", [(f"{scope} over time", scope_href(scope))])
    label = m.scope_labels([scope]).get(scope, scope)
    stories = []
    for s in doc["stories"]:
        langs = {mb["article_id"]: mb.get("language") for mb in s["members"]}
        # the headline is the lead article's title (monitor/index/stories.py), so its language
        lead = next((mb for mb in s["members"] if mb["how"] == "lead"), s["members"][0] if s["members"] else None)
        stories.append({**s, "lang": lead.get("language") if lead else None, "langs": langs})
    speakers = speaker_names(request, (c.get("speaker") for s in stories for c in s.get("claims") or ()))
    return page(request, "day.html", {
        "title": f"{label}, {day}", "scope": scope, "label": label, "day": day, "value": doc["value"],
        "stories": stories, "speakers": speakers, "contributing": doc["contributing_stories"],
        "prev": scope_href(scope, day - timedelta(days=1)), "next": scope_href(scope, day + timedelta(days=1)),
    })


# --------------------------------------------------------------------------- articles and claims


def _next_href(request: Request, cursor: str | None) -> str | None:
    if not cursor:
        return None
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "cursor" and v != ""]
    return request.url.path + "?" + urlencode([*params, ("cursor", cursor)])


def articles_page(request: Request) -> Response:
    m = monitor_of(request)
    q = request.query_params
    query = ArticleQuery(
        text=(q.get("q") or "").strip(), source=opt(q.get("source")), language=opt(q.get("language")),
        region=opt(q.get("region")), actor=opt(q.get("actor")), signal=opt(q.get("signal")),
        day_from=parse_day(q.get("from"), "from"), day_to=parse_day(q.get("to"), "to"),
    )
    result = m.articles(query, cursor=opt(q.get("cursor")))
    return page(request, "articles.html", {
        "title": "Articles", "q": q, "rows": result.rows,
        "next": _next_href(request, result.next_cursor), "sources": m.source_names(),
        "languages": sorted({s.language for s in m.export_sources() if s.language}),
    })


def claims_page(request: Request) -> Response:
    m = monitor_of(request)
    q = request.query_params
    query = ClaimQuery(
        speaker=opt(q.get("speaker")), target=opt(q.get("target")), stance=opt(q.get("stance")),
        polarity=opt(q.get("polarity")), day_from=parse_day(q.get("from"), "from"), day_to=parse_day(q.get("to"), "to"),
    )
    result = m.claims(query, cursor=opt(q.get("cursor")))
    return page(request, "claims.html", {
        "title": "Claims", "q": q, "rows": result.rows,
        "speakers": speaker_names(request, (r.get("speaker") for r in result.rows)),
        "next": _next_href(request, result.next_cursor),
    })


# --------------------------------------------------------------------------- sources


def sources_page(request: Request) -> Response:
    m = monitor_of(request)
    rows = m.sources()
    rates = m.articles_per_day(days=7)
    rows.sort(key=lambda r: (STATE_ORDER.get(r["state"], 9), r["name"]))
    problems = sum(1 for r in rows if r["state"] in ("failing", "throttled"))
    return page(request, "sources.html", {"title": "Sources", "rows": rows, "rates": rates, "problems": problems})


def routes() -> list[BaseRoute]:
    return [
        Route("/", handled(overview_page), name="overview"),
        Route("/scope/{scope}", handled(scope_page), name="scope"),
        Route("/scope/{scope}/{day}", handled(day_page), name="day"),
        Route("/articles", handled(articles_page), name="articles"),
        Route("/claims", handled(claims_page), name="claims"),
        Route("/sources", handled(sources_page), name="sources"),
    ]

