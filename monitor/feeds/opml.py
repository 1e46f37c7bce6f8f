"""OPML 2.0 import and export of the source list.

OPML (http://opml.org/spec2.opml) is how feed readers exchange subscription
lists: ``<outline type="rss" xmlUrl="..." text="...">`` elements, possibly
nested in category outlines.  We read what other tools export and write files
that both feed readers and this project can read back *without loss*: the
standard attributes (``text``, ``title``, ``type``, ``xmlUrl``, ``language``)
plus our own ``name``, ``publisher``, ``country``, ``interval`` and ``enabled``
(OPML 2.0 allows extra attributes on an outline; readers ignore what they do
not know).

OPML files come from anywhere, so they are parsed with defusedxml, which
refuses entity declarations and external references: the "billion laughs"
entity expansion and XXE file disclosure never get a chance to run.  The SAX
interface is used because it reports line numbers, so every problem names its
line, and all problems are collected before :class:`ConfigError` is raised,
like :func:`monitor.config.load_sources`.
"""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from xml.sax import SAXException, SAXParseException
from xml.sax.handler import ContentHandler
from xml.sax.xmlreader import AttributesImpl, Locator

import defusedxml.sax
from defusedxml import DefusedXmlException

# The language and country rules are the ones sources.toml is checked with.
from monitor.clock import utcnow
from monitor.config import (
    ConfigError,
    Problem,
    SourceSpec,
    check_country,
    check_feed_url,
    check_language,
    parse_duration,
)

OPML_SOURCE = "<opml>"  # the "file" named in problems when no name is given

_FEED_TYPES = frozenset({"rss", "atom"})  # OPML 2.0 says "rss"; some tools write "atom"
_SLUG_JUNK = re.compile(r"[^\w]+")


@dataclass
class _Frame:
    """One open ``<outline>``: whether it is a feed, and the title it gives children."""

    is_feed: bool
    title: str | None


@dataclass
class _Handler(ContentHandler):
    source: str
    default_publisher: str | None
    problems: list[Problem] = field(default_factory=list)
    specs: list[SourceSpec] = field(default_factory=list)
    stack: list[_Frame] = field(default_factory=list)
    locator: Locator | None = None
    seen_root: bool = False
    in_body: int = 0
    names: dict[str, int | None] = field(default_factory=dict)
    urls: dict[str, int | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        super().__init__()

    def setDocumentLocator(self, locator: Locator) -> None:  # noqa: N802 (SAX API)
        self.locator = locator

    def line(self) -> int | None:
        return self.locator.getLineNumber() if self.locator is not None else None

    def startElement(self, name: str, attrs: AttributesImpl) -> None:  # noqa: N802
        if not self.seen_root:
            self.seen_root = True
            if name != "opml":
                self.problems.append(
                    Problem(self.source, self.line(), f"not an OPML document (root element <{name}>)")
                )
            return
        if name == "body":
            self.in_body += 1
            return
        if name != "outline" or not self.in_body:
            return
        # Attribute names vary in case between exporters (xmlUrl, xmlurl, XMLURL).
        a = {k.lower(): v.strip() for k, v in attrs.items()}
        title = a.get("title") or a.get("text") or None
        is_feed = "xmlurl" in a or a.get("type", "").lower() in _FEED_TYPES
        if is_feed:
            self._feed(a, title)
        self.stack.append(_Frame(is_feed, title))

    def endElement(self, name: str) -> None:  # noqa: N802
        if name == "body":
            self.in_body -= 1
        elif name == "outline" and self.in_body and self.stack:
            self.stack.pop()

    def _feed(self, a: dict[str, str], title: str | None) -> None:
        line = self.line()
        before = len(self.problems)

        def problem(message: str) -> None:
            self.problems.append(Problem(self.source, line, message))

        label = title or a.get("xmlurl") or "outline"
        url = a.get("xmlurl", "")
        if not url:
            problem(f"feed {label!r} has no xmlUrl")
        else:
            why = check_feed_url(url)
            if why:
                problem(f"feed {label!r}: {why}")

        # Publisher: our own attribute, else the nearest enclosing category
        # outline, else the caller's default, else the feed's own title.
        parent = next((f.title for f in reversed(self.stack) if not f.is_feed and f.title), None)
        publisher = a.get("publisher") or parent or self.default_publisher or title or ""
        if not publisher:
            problem(f"feed {url!r} has no text, title or publisher")

        language = a.get("language") or None
        if language is not None:
            primary, sep, rest = language.partition("-")
            language = primary.lower() + sep + rest
            if check_language(language):
                problem(f"feed {label!r}: language must be a code like 'ar' or 'en-GB', got {a['language']!r}")
        country = a.get("country", "").upper() or None
        if country is not None and check_country(country):
            problem(f"feed {label!r}: country must be an ISO 3166-1 alpha-3 code like 'QAT', got {a['country']!r}")
        interval: float | None = None
        if a.get("interval"):
            try:
                interval = parse_duration(a["interval"])
                if interval <= 0:
                    raise ValueError(f"expected a duration > 0, got {a['interval']!r}")
            except ValueError as exc:
                problem(f"feed {label!r}: interval: {exc}")
        enabled_raw = a.get("enabled", "true").lower()
        if enabled_raw not in ("true", "false"):
            problem(f"feed {label!r}: enabled must be true or false, got {a['enabled']!r}")

        explicit = a.get("name")
        if explicit and explicit in self.names:
            problem(f"duplicate source name {explicit!r} (first at line {self.names[explicit]})")
        if url and url in self.urls:
            problem(f"duplicate url {url!r} (first at line {self.urls[url]})")
        if len(self.problems) != before:
            return
        name = explicit or self._unique(_slug(title or "") or _slug(_host(url)) or "feed")
        self.names[name] = line
        self.urls[url] = line
        self.specs.append(
            SourceSpec(
                name=name, url=url, publisher=publisher, language=language, country=country,
                interval=interval, enabled=enabled_raw == "true", line=line,
            )
        )

    def _unique(self, base: str) -> str:
        # Names made up from titles are deduplicated, not reported: the file
        # never claimed them.
        name, n = base, 2
        while name in self.names:
            name, n = f"{base}-{n}", n + 1
        return name


def read_opml(
    data: bytes, *, default_publisher: str | None = None, source_name: str = OPML_SOURCE
) -> list[SourceSpec]:
    """Sources from an OPML document; raise :class:`ConfigError` listing every problem.

    Feeds are outlines with ``type="rss"`` (or ``"atom"``) or an ``xmlUrl``, at
    any depth.  ``publisher`` comes from the outline's ``publisher`` attribute,
    else the title of the nearest enclosing category outline, else
    ``default_publisher``, else the feed's own title.  ``name`` comes from the
    ``name`` attribute, else a slug of the title (made unique).  ``source_name``
    is the file name used in problem messages.
    """
    handler = _Handler(source=source_name, default_publisher=default_publisher)
    try:
        # forbid_dtd stays False (a bare <!DOCTYPE opml> is harmless and some old
        # exporters write one); entities and external references are refused.
        defusedxml.sax.parseString(
            data, handler, forbid_dtd=False, forbid_entities=True, forbid_external=True
        )
    except DefusedXmlException as exc:
        raise ConfigError(
            [Problem(source_name, handler.line(),
                     f"refused: the document declares XML entities or external references "
                     f"({type(exc).__name__}); OPML never needs them")]
        ) from exc
    except SAXParseException as exc:
        raise ConfigError(
            [*handler.problems,
             Problem(source_name, exc.getLineNumber(), f"not well-formed XML: {exc.getMessage()}")]
        ) from exc
    except SAXException as exc:  # pragma: no cover - other SAX failures
        raise ConfigError([Problem(source_name, handler.line(), f"cannot parse: {exc}")]) from exc
    if not handler.seen_root:
        handler.problems.append(Problem(source_name, None, "empty document"))
    if handler.problems:
        raise ConfigError(handler.problems)
    return handler.specs


def write_opml(
    specs: Iterable[SourceSpec], title: str, *, created: datetime | None = None
) -> bytes:
    """An OPML 2.0 document (UTF-8) listing ``specs``, grouped by publisher.

    Each publisher becomes a category outline holding its feeds, in the order
    first seen.  Every feed also carries ``publisher`` itself, so that
    :func:`read_opml` gives back the same specs whatever the grouping.
    ``created`` (default: now) is written as ``dateCreated`` (RFC 822 date, as
    the OPML 2.0 spec asks).
    """
    when = created if created is not None else utcnow()
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = title
    ET.SubElement(head, "dateCreated").text = format_datetime(when.astimezone(UTC), usegmt=True)
    body = ET.SubElement(root, "body")
    groups: dict[str, ET.Element] = {}
    for spec in specs:
        group = groups.get(spec.publisher)
        if group is None:
            group = ET.SubElement(body, "outline", text=spec.publisher, title=spec.publisher)
            groups[spec.publisher] = group
        attrs = {"text": spec.name, "title": spec.name, "type": "rss", "xmlUrl": spec.url}
        if spec.language:
            attrs["language"] = spec.language
        attrs["name"] = spec.name
        attrs["publisher"] = spec.publisher
        if spec.country:
            attrs["country"] = spec.country
        if spec.interval is not None:
            attrs["interval"] = _duration(spec.interval)
        if not spec.enabled:
            attrs["enabled"] = "false"
        ET.SubElement(group, "outline", attrs)
    ET.indent(root, space="  ")
    document: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return document + b"\n"


# --------------------------------------------------------------------------- helpers


def _duration(seconds: float) -> str:
    """A duration string that :func:`monitor.config.parse_duration` reads back exactly."""
    if seconds.is_integer():
        whole = int(seconds)
        for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
            if whole % size == 0:
                return f"{whole // size}{unit}"
        return f"{whole}s"
    text = repr(seconds)
    # repr is the shortest exact form; parse_duration has no exponent syntax.
    return f"{text}s" if "e" not in text else f"{seconds:.6f}s"


def _slug(text: str) -> str:
    # NFKC folds presentation forms (common in Arabic titles); \w keeps letters
    # of every script, so an Arabic or Hebrew title gives a readable name.
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _SLUG_JUNK.sub("-", folded).strip("-_")


def _host(url: str) -> str:
    m = re.match(r"^[a-z][a-z0-9+.-]*://([^/:?#]+)", url, re.IGNORECASE)
    return m.group(1).removeprefix("www.") if m else ""
