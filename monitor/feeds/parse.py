"""Parse feed bytes into a :class:`RawFeed` (the "parse" stage).

One small seam, :class:`FeedParser`, so that a faster parser can be plugged in
later without touching the fetcher or ingest; :func:`parse_feed` is the default
implementation.  Like reader's parsers it takes the body and its HTTP context
and *does not raise*: anything wrong with the document travels back as
``RawFeed.error`` (nothing usable) or ``RawFeed.problem`` (usable, but flawed).

Conventions of the values produced here (normalise relies on them):

* ``title``, ``summary_html`` and ``content_html`` (feed and entry) are always
  HTML *markup*: where the source said the text is plain (Atom ``type="text"``,
  JSON Feed ``content_text``/``summary``, RSS text feedparser did not judge to
  be HTML) it is HTML-escaped here, so one HTML-to-text pass in normalise gives
  back exactly the original text and never eats a literal ``<``.
* Dates: the raw string as found, plus the parser's reading as an aware UTC
  ``datetime`` (unchecked: epoch placeholders and future dates are normalise's
  business).
"""

from __future__ import annotations

import html
import io
import json
import re
import time
import urllib.parse
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, Protocol

import feedparser

from monitor.feeds.types import RawEntry, RawFeed

__all__ = ["FeedParser", "parse_feed", "refuse_entity_declarations"]


class FeedParser(Protocol):
    """Turns one HTTP body into a :class:`RawFeed`; must never raise.

    ``headers`` are the response headers (names in any case); ``url`` is the
    final URL of the response, used as the base for relative links.
    """

    def __call__(
        self, content: bytes, headers: Mapping[str, str], url: str | None = None
    ) -> RawFeed: ...


# Text that feedparser reports with one of these types is plain text; anything
# else (text/html, xhtml, or no type: RSS <description> is HTML by custom, and
# feedparser copies Atom <content> to the summary without its type) is markup.
_PLAIN_TYPES = frozenset({"text/plain", "text"})

# First bytes of a document that is an HTML page rather than a feed (a login
# wall, an error page, a site's home page): a feed URL that now serves HTML is
# common, and feedparser parses it with bozo=0 and an empty version
# (ARCHITECTURE.md, "Pitfalls"), so we name the case for the operator.
_HTML_SNIFF = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<title")

_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")

# JSON Feed 1.0 and 1.1 (https://www.jsonfeed.org/version/1.1/): the top-level
# "version" member is a URL naming the version.
_JSONFEED_VERSION_MARK = "jsonfeed.org/version/"
_JSONFEED_VERSIONS = {"1": "json10", "1.1": "json11"}


def parse_feed(
    content: bytes, headers: Mapping[str, str] | None = None, url: str | None = None
) -> RawFeed:
    """Parse RSS 0.9x/1.0/2.0, Atom 0.3/1.0 or JSON Feed 1.0/1.1 bytes.

    Never raises: a document that is not a feed, or anything the underlying
    parser throws, comes back as a :class:`RawFeed` with ``error`` set and no
    entries.  A malformed feed that still yields entries comes back with
    ``problem`` set (feedparser's "bozo" exception text).
    """
    try:
        return _parse(content, _lower_keys(headers or {}), url)
    except Exception as exc:  # errors are values: one bad feed must not stop a poll
        return _failed(f"parser crashed: {type(exc).__name__}: {exc}")


def _parse(content: bytes, headers: dict[str, str], url: str | None) -> RawFeed:
    if not isinstance(content, bytes | bytearray | memoryview):
        # A str would be read by feedparser as a URL or a local path.
        return _failed(f"parser expects bytes, got {type(content).__name__}")
    content = bytes(content)
    head = _sniff(content)
    if not head:
        return _failed("not a feed: empty body")
    content_type = headers.get("content-type", "").lower()
    if head.startswith(b"{") or ("json" in content_type and not head.startswith(b"<")):
        return _parse_json(content, url)
    try:
        content, declared = refuse_entity_declarations(content)
    except ValueError as exc:
        return _failed(f"refused: {exc}")
    content, content_type = defuse_for_feedparser(content, content_type)
    if content_type:
        headers["content-type"] = content_type

    mime, _, params = content_type.partition(";")
    mime = mime.strip()
    if not mime or (_is_text_xml(mime) and "charset" not in params):
        # Without a Content-Type feedparser flags every document
        # (NonXMLContentType).  A text/xml one without charset it reads by RFC
        # 3023 as us-ascii, flagging any feed whose XML declaration names its
        # real encoding; RFC 7303 (§3.2, appendix C), which replaced RFC 3023,
        # dropped that default, so text/xml is application/xml: the BOM or the
        # XML declaration names the encoding.
        headers["content-type"] = "application/xml"
    if url and "content-location" not in headers:
        # feedparser takes the base for relative links from Content-Location
        # when it did not fetch the document itself (feedparser.api.parse docs).
        headers["content-location"] = url
    # Bytes in a BytesIO: a str argument may be fetched or opened as a path.
    # Sanitising and resolving URIs inside HTML content are off: we turn HTML
    # into text with a real HTML parser, and that halves the parse time
    # (ARCHITECTURE.md, "Pitfalls").  <link> elements are resolved either way
    # (feedparser's can_be_relative_uri).
    d = feedparser.parse(
        io.BytesIO(content),
        response_headers=headers,
        sanitize_html=False,
        resolve_relative_uris=False,
    )
    version: str = d.get("version") or ""
    raw_entries: list[Any] = d.get("entries") or []
    problem = _bozo_text(d)
    if d.get("bozo") and raw_entries and _ends_inside_entry(content):
        # A cut-off document (a dropped connection, a full disk at the
        # publisher): feedparser's lenient parser still returns the entry the
        # body ends in, with whatever fields came before the cut -- often no
        # GUID, so it would be stored as a second, truncated copy of the item
        # (found by bench/soak.py, issue 14).  It is dropped; the complete item
        # is stored by a later poll.
        raw_entries = raw_entries[:-1]
        note = "document ends inside an entry (truncated): the incomplete last entry was not stored"
        problem = f"{problem}; {note}" if problem else note
    if declared:
        names = ", ".join(_printable(n) for n in sorted(declared)[:5]) + (", …" if len(declared) > 5 else "")
        note = f"DTD entity declarations ignored, never expanded ({len(declared)}: {names})"
        problem = f"{problem}; {note}" if problem else note
    if not version and not raw_entries:
        if _looks_like_html(head):
            reason = "not a feed: looks like an HTML page"
        else:
            reason = "not a feed: no RSS, Atom or JSON Feed structure found"
        if problem:
            reason = f"{reason} ({problem})"
        return _failed(reason)

    feed = d.get("feed") or {}
    return RawFeed(
        version=version,
        title=_text_as_html(feed, "title"),
        link=_str(_get(feed, "link")),
        language=_str(_get(feed, "language")),
        ttl_minutes=_ttl(_get(feed, "ttl")),
        entries=tuple(_feedparser_entry(e) for e in raw_entries),
        problem=problem,
        declared_entities=declared,
    )


# Entry elements of RSS 0.9x/1.0/2.0 (<item>) and Atom (<entry>), with any
# namespace prefix; a self-closing <item/> is not an open entry.
_ENTRY_START = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(?:item|entry)(?=[\s>])(?:[^>]*[^/>])?>")
_ENTRY_END = re.compile(rb"</(?:[A-Za-z_][\w.-]*:)?(?:item|entry)\s*>")


def _ends_inside_entry(content: bytes) -> bool:
    """True when the last entry element of the document is opened but never closed."""
    last_start = None
    for m in _ENTRY_START.finditer(content):
        last_start = m
    if last_start is None:
        return False
    return _ENTRY_END.search(content, last_start.end()) is None


def _feedparser_entry(e: Any) -> RawEntry:
    get = _get
    content_html, content_lang = _content(get(e, "content"))
    extra: dict[str, Any] = {}
    tags = get(e, "tags")
    if isinstance(tags, list):
        terms = tuple(t for t in (_str(get(tag, "term")) for tag in tags) if t)
        if terms:
            extra["tags"] = terms
    enclosures = tuple(
        h
        for h in (
            _str(get(link, "href"))
            for link in get(e, "links") or ()
            if get(link, "rel") == "enclosure"
        )
        if h
    )
    if enclosures:
        extra["enclosures"] = enclosures
    return RawEntry(
        guid=_str(get(e, "id")),
        link=_str(get(e, "link")),
        title=_text_as_html(e, "title"),
        summary_html=_text_as_html(e, "summary"),
        content_html=content_html,
        author=_str(get(e, "author")),
        published_raw=_str(get(e, "published")),
        published=_from_struct(get(e, "published_parsed")),
        updated_raw=_str(get(e, "updated")),
        updated=_from_struct(get(e, "updated_parsed")),
        # feedparser records xml:lang (inherited from the feed, or from HTTP
        # Content-Language) on each text construct, not on the entry itself.
        language=_str(get(e, "language"))
        or content_lang
        or _detail_language(e, "summary_detail")
        or _detail_language(e, "title_detail"),
        extra=extra,
    )


def _text_as_html(d: Any, key: str) -> str | None:
    """The text construct ``key`` as markup (see the module docstring)."""
    value = _str(_get(d, key))
    if value is None:
        return None
    kind = _get(_get(d, key + "_detail"), "type")
    if kind in _PLAIN_TYPES:
        return html.escape(value, quote=False)
    return value


def _content(items: Any) -> tuple[str | None, str | None]:
    """The first non-empty ``content`` (Atom <content>, RSS content:encoded)."""
    if not isinstance(items, list):
        return None, None
    for item in items:
        value = _str(_get(item, "value"))
        if value:
            if _get(item, "type") in _PLAIN_TYPES:
                value = html.escape(value, quote=False)
            return value, _str(_get(item, "language"))
    return None, None


def _detail_language(e: Any, key: str) -> str | None:
    return _str(_get(_get(e, key), "language"))


def _bozo_text(d: Mapping[str, Any]) -> str | None:
    if not d.get("bozo"):
        return None
    exc = d.get("bozo_exception")
    if exc is None:
        return "malformed feed"
    # The message may quote the document (a declared encoding with NUL in it): escape
    # control characters, so the stored feed_problem is readable and storable.
    return _printable(f"{type(exc).__name__}: {exc}")


_CONTROL_CHARS = re.compile("[\x00-\x1f\x7f]")


def _printable(text: str) -> str:
    """``text`` with control characters written as ``\\xNN`` (readable, and storable:
    PostgreSQL's text type refuses NUL)."""
    return _CONTROL_CHARS.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def _from_struct(value: Any) -> datetime | None:
    """feedparser's ``*_parsed`` values are UTC ``time.struct_time``s."""
    if not isinstance(value, time.struct_time):
        return None
    try:
        # A leap second (":60") is not a valid datetime second.
        return datetime(*value[:5], min(value[5], 59), tzinfo=UTC)
    except (ValueError, OverflowError):
        return None


def _ttl(value: Any) -> int | None:
    """RSS 2.0 <ttl>: "number of minutes that indicates how long a channel can
    be cached" (RSS 2.0 spec, rssboard.org).  Junk and non-positive values are
    ignored rather than guessed at."""
    if value is None:
        return None
    try:
        minutes = int(str(value).strip())
    except ValueError:
        return None
    return minutes if minutes > 0 else None


# --- JSON Feed --------------------------------------------------------------


def _parse_json(content: bytes, url: str | None) -> RawFeed:
    """JSON Feed 1.0/1.1 (https://www.jsonfeed.org/version/1.1/) with the stdlib.

    feedparser 6.0 does not read JSON Feed.  Field mapping: ``summary`` and
    ``content_text`` are plain text by the spec (escaped, see module docs);
    ``url`` falls back to ``external_url``; 1.0's ``author`` and 1.1's
    ``authors`` are both read; 1.1's ``language`` on the feed and the item.
    """
    try:
        doc = json.loads(content)
    except (ValueError, RecursionError) as exc:
        return _failed(f"not a feed: invalid JSON ({exc})")
    version_url = doc.get("version") if isinstance(doc, dict) else None
    if not isinstance(version_url, str) or _JSONFEED_VERSION_MARK not in version_url:
        return _failed("not a feed: JSON without a JSON Feed version")
    number = version_url.rsplit(_JSONFEED_VERSION_MARK, 1)[1].strip("/")
    version = _JSONFEED_VERSIONS.get(number, "json")

    items = doc.get("items")
    problems: list[str] = []
    if not isinstance(items, list):
        problems.append("JSON Feed without an items list")
        items = []
    entries: list[RawEntry] = []
    skipped = 0
    for item in items:
        if isinstance(item, dict):
            entries.append(_json_entry(item, url))
        else:
            skipped += 1
    if skipped:
        problems.append(f"{skipped} JSON Feed items were not objects")
    if version == "json":
        problems.append(f"unknown JSON Feed version {version_url!r}")

    title = _json_str(doc, "title")
    return RawFeed(
        version=version,
        title=html.escape(title, quote=False) if title else None,
        link=_join(url, _json_str(doc, "home_page_url")),
        language=_json_str(doc, "language"),
        ttl_minutes=None,
        entries=tuple(entries),
        problem="; ".join(problems) or None,
    )


def _json_entry(item: dict[str, Any], url: str | None) -> RawEntry:
    guid = item.get("id")
    # The spec says id is a string, but numbers are common in the wild.
    guid_str = str(guid).strip() or None if isinstance(guid, str | int) else None
    title = _json_str(item, "title")
    summary = _json_str(item, "summary")
    content = _json_str(item, "content_html")
    if content is None:
        text = _json_str(item, "content_text")
        content = html.escape(text, quote=False) if text else None
    published_raw = _json_str(item, "date_published")
    updated_raw = _json_str(item, "date_modified")
    extra: dict[str, Any] = {}
    tags = item.get("tags")
    if isinstance(tags, list):
        terms = tuple(t.strip() for t in tags if isinstance(t, str) and t.strip())
        if terms:
            extra["tags"] = terms
    attachments = item.get("attachments")
    if isinstance(attachments, list):
        hrefs = tuple(
            h for h in (_json_str(a, "url") for a in attachments if isinstance(a, dict)) if h
        )
        if hrefs:
            extra["enclosures"] = hrefs
    return RawEntry(
        guid=guid_str,
        link=_join(url, _json_str(item, "url") or _json_str(item, "external_url")),
        title=html.escape(title, quote=False) if title else None,
        summary_html=html.escape(summary, quote=False) if summary else None,
        content_html=content,
        author=_json_author(item),
        published_raw=published_raw,
        published=_iso_datetime(published_raw),
        updated_raw=updated_raw,
        updated=_iso_datetime(updated_raw),
        language=_json_str(item, "language"),
        extra=extra,
    )


def _json_author(item: dict[str, Any]) -> str | None:
    candidates: list[Any] = []
    authors = item.get("authors")  # 1.1
    if isinstance(authors, list):
        candidates.extend(authors)
    candidates.append(item.get("author"))  # 1.0, deprecated in 1.1
    for author in candidates:
        if isinstance(author, dict):
            name = _json_str(author, "name")
            if name:
                return name
    return None


def _iso_datetime(value: str | None) -> datetime | None:
    """JSON Feed dates are RFC 3339; a missing offset is read as UTC."""
    if not value:
        return None
    text = value.strip()
    if text.endswith(("z", "Z")):  # fromisoformat accepts "Z" only from 3.11 on
        text = text[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    try:
        return parsed.astimezone(UTC)
    except (OverflowError, ValueError):
        return None


def _json_str(d: Any, key: str) -> str | None:
    value = d.get(key) if isinstance(d, dict) else None
    return _str(value) if isinstance(value, str) else None


# --- entity declarations ----------------------------------------------------

# A feed has no business declaring XML entities, and expanding them is how the
# "billion laughs" and "quadratic blowup" attacks work.  feedparser drops the
# declarations its regex finds, but keeps "safe" ones (plain-text values) and
# its loose parser then expands them without any limit: one 50,000-character
# entity referenced 15,000 times became a 750 MB summary in a 95 KB feed; and
# declarations it does not find leave their references (``&lol9;``) as text.
# So, as defusedxml does by default (``forbid_entities``) and as our OPML import
# does, no entity declared by a feed is ever expanded: an internal DTD subset
# that declares entities is removed before parsing, and normalise drops the
# entries whose text still holds references to them (issue 14 §6).

# Where plain text of a DTD ends: at "]" (the end of the internal subset), a
# quote (a literal, which may hold "]"), or "<" (a declaration, comment or PI).
_SUBSET_PLAIN = re.compile(r"""[^\]"'<]+""")
_DOCTYPE_TOKEN = re.compile(r"""\[|>|"[^"]*"|'[^']*'|[^\[>"']+""")
# Entity declarations (XML 1.0 §4.2: ``<!ENTITY`` S Name); "%" marks a parameter
# entity, usable only inside the DTD (and removed with it).
_ENTITY_DECL = re.compile(r"<!ENTITY\s+(%\s*)?([^\s\"'>%]+)")


def refuse_entity_declarations(content: bytes) -> tuple[bytes, frozenset[str]]:
    """``content`` without the internal DTD subset if that subset declares entities,
    and the names of the entities it declared (parameter entities as ``%name``).

    Only the prolog (before the root element) is read, in one pass.  Raises
    ValueError when entity declarations are left in the prolog that cannot be cut
    out whole (a subset without an end, a declaration outside the DOCTYPE): none
    of them may reach the parser.
    """
    codec = _codec(content)
    if "<!ENTITY".encode(codec) not in content:
        return content, frozenset()  # the common case: one byte search
    bom = content[:2] if content[:2] in (b"\xff\xfe", b"\xfe\xff") else b""
    try:
        doc = content[len(bom):].decode(codec)
    except UnicodeDecodeError as exc:
        raise ValueError(f"entity declarations in a document that does not decode as {codec}") from exc
    cuts: list[tuple[int, int]] = []
    names: set[str] = set()
    pos, n = 0, len(doc)
    while pos < n:
        i = doc.find("<", pos)
        if i < 0:
            pos = n
        elif doc.startswith("<?", i):
            end = doc.find("?>", i + 2)
            pos = n if end < 0 else end + 2
        elif doc.startswith("<!--", i):
            end = doc.find("-->", i + 4)
            pos = n if end < 0 else end + 3
        elif doc.startswith("<!DOCTYPE", i):
            pos = _doctype(doc, i + len("<!DOCTYPE"), cuts, names)
        elif doc.startswith("<!", i):
            pos = i + 2  # a stray declaration is not the root element: read on
        else:
            pos = i  # the root element: the prolog ends here
            break
    kept, last = [], 0
    for start, end in cuts:
        kept.append(doc[last:start])
        last = end
    if "<!ENTITY" in "".join(kept) + doc[last:pos]:
        # expat and feedparser's own DOCTYPE regex would still find these
        raise ValueError("entity declarations outside a well-formed DTD")
    if not cuts:
        return content, frozenset()
    kept.append(doc[last:])
    return bom + "".join(kept).encode(codec), frozenset(names)


# What feedparser 6.0 raises on instead of flagging the feed as bozo (found by
# tests/test_fuzz.py): an encoding name holding NUL or a non-ASCII character, in
# the Content-Type or the XML declaration (``bytes.decode`` raises ValueError or
# UnicodeEncodeError, and feedparser catches only LookupError), and a numeric
# character reference to a code point past U+10FFFF (``chr`` raises); and a stray
# ``</width>`` or ``</height>`` end tag, whose handler calls ``int(None)`` in the
# loose parser (kurtmckee/feedparser#576, not in a release).
# An encoding name is ``[A-Za-z] ([A-Za-z0-9._] | '-')*`` (XML 1.0 §4.3.3, EncName)
# and a charset parameter a token (RFC 9110 §5.6.2, §8.3.2).
_ENC_NAME = re.compile(rb"[A-Za-z][A-Za-z0-9._-]*\Z")
# feedparser's own reading of the declared encoding (feedparser/encodings.py,
# RE_XML_PI_ENCODING): the *last* encoding="…" on the first line, if that line
# starts with "<?" (so a second, glued-on declaration counts too).
_FEEDPARSER_PI_ENCODING = re.compile(rb"""^<\?.*encoding=['"](.*?)['"].*\?>""")
_CHARSET_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+\Z")
_CHARSET_PARAM = re.compile(r";\s*charset\s*=\s*(\"[^\"]*\"|[^;]*)", re.IGNORECASE)
_NUMERIC_REF = re.compile(rb"&#(?:[xX]([0-9A-Fa-f]+)|([0-9]+));")
# RSS <image> <width>/<height> tags: their values are not read (RawFeed has no image), so
# the tags are dropped rather than matched up.
_IMAGE_SIZE_TAG = re.compile(rb"</?(?:width|height)\b[^<>]*>", re.IGNORECASE)


def defuse_for_feedparser(content: bytes, content_type: str) -> tuple[bytes, str]:
    """``content`` and ``content_type`` with what would crash feedparser taken out.

    * an invalid encoding name is dropped (from the Content-Type's charset, from the
      XML declaration), so the document's other signals decide, as for an unknown one;
    * ``<width>`` and ``<height>`` tags are dropped (a stray end tag crashes feedparser's
      loose parser; their values are not used);
    * a numeric character reference to NUL, a surrogate or a code point past
      U+10FFFF becomes ``&#xFFFD;``, U+FFFD REPLACEMENT CHARACTER, which is what
      the HTML Standard makes of all three ("numeric character reference end state")
      and what :func:`html.unescape` gives for them in feed text.  NUL and lone
      surrogates would otherwise reach the store, where PostgreSQL's text type
      refuses NUL and UTF-8 cannot encode a surrogate.

    Only ASCII-compatible documents are rewritten (a UTF-16 one keeps the
    parse_feed safety net).
    """
    m = _CHARSET_PARAM.search(content_type)
    if m and not _CHARSET_TOKEN.match(m.group(1).strip().strip('"')):
        content_type = content_type[: m.start()] + content_type[m.end():]
    if _codec(content) != "latin-1":
        return content, content_type
    bom = b"\xef\xbb\xbf" if content.startswith(b"\xef\xbb\xbf") else b""
    body = content[len(bom):]
    for _ in range(8):  # one name per encoding="…" on the first line; a handful at most
        decl = _FEEDPARSER_PI_ENCODING.match(body)
        if decl is None or not decl.group(1) or _ENC_NAME.match(decl.group(1)):
            break
        body = body[: decl.start(1)] + body[decl.end(1):]  # encoding="": no declared encoding
    if b"&#" in body:
        body = _NUMERIC_REF.sub(_defuse_ref, body)
    if b"</width" in body or b"</height" in body or b"</WIDTH" in body or b"</HEIGHT" in body:
        body = _IMAGE_SIZE_TAG.sub(b"", body)
    return bom + body, content_type


def _defuse_ref(m: re.Match[bytes]) -> bytes:
    digits, base = (m.group(1), 16) if m.group(1) is not None else (m.group(2), 10)
    if len(digits.lstrip(b"0")) > 8:  # past U+10FFFF in either base; and int() stays small
        return b"&#xFFFD;"
    code = int(digits, base)
    if code == 0 or 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
        return b"&#xFFFD;"
    return m.group(0)


def _doctype(doc: str, pos: int, cuts: list[tuple[int, int]], names: set[str]) -> int:
    """Read one DOCTYPE from after its keyword; note its internal subset for removal
    when it declares entities; return where the declaration ends."""
    while True:
        m = _DOCTYPE_TOKEN.match(doc, pos)
        if m is None:
            return len(doc)  # an unterminated literal: the rest is unreadable
        pos = m.end()
        if m.group(0) == ">":
            return pos
        if m.group(0) == "[":
            start, end = pos - 1, _subset_end(doc, pos)
            subset = doc[start : end if end > 0 else len(doc)]
            declared = _ENTITY_DECL.findall(subset)
            if declared and end < 0:
                raise ValueError("entity declarations in a DTD that never ends")
            if declared:
                cuts.append((start, end))
                names.update(("%" if percent else "") + name for percent, name in declared)
            if end < 0:
                return len(doc)
            pos = end


def _subset_end(doc: str, pos: int) -> int:
    """Index just after the "]" that ends an internal subset starting at ``pos``, or -1.

    Literals, comments and processing instructions are skipped whole (XML 1.0
    §2.8 ``intSubset``): a "]" inside them does not end the subset.  Linear: every
    step moves forward, and a failed search ends the scan.
    """
    n = len(doc)
    while pos < n:
        c = doc[pos]
        if c == "]":
            return pos + 1
        if c in "\"'":
            end = doc.find(c, pos + 1)
            pos = -1 if end < 0 else end + 1
        elif doc.startswith("<!--", pos):
            end = doc.find("-->", pos + 4)
            pos = -1 if end < 0 else end + 3
        elif doc.startswith("<?", pos):
            end = doc.find("?>", pos + 2)
            pos = -1 if end < 0 else end + 2
        elif c == "<":
            pos += 1
        else:
            m = _SUBSET_PLAIN.match(doc, pos)
            pos = m.end() if m else pos + 1
        if pos < 0:
            return -1
    return -1


def _codec(content: bytes) -> str:
    """How to read markup characters of ``content``: UTF-16 by its BOM or its first
    "<", else Latin-1, which maps every byte to one character and back, so an
    ASCII-compatible document (UTF-8, windows-1251, ...) comes back byte for byte."""
    if content[:2] == b"\xff\xfe" or content[:2] == b"<\x00":
        return "utf-16-le"
    if content[:2] == b"\xfe\xff" or content[:2] == b"\x00<":
        return "utf-16-be"
    return "latin-1"


# --- helpers ----------------------------------------------------------------


def _failed(reason: str) -> RawFeed:
    return RawFeed(
        version="", title=None, link=None, language=None, ttl_minutes=None, entries=(), error=reason
    )


def _get(d: Any, key: str) -> Any:
    # dict.get bypasses FeedParserDict's key aliases, in particular its
    # deprecated fallback of "updated" to "published" (reader does the same),
    # and tolerates a value that is not a dict at all.
    return dict.get(d, key) if isinstance(d, dict) else None


def _str(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = value.strip()
    return value or None


def _join(base: str | None, link: str | None) -> str | None:
    if link and base:
        try:
            return urllib.parse.urljoin(base, link)
        except ValueError:  # e.g. an invalid IPv6 literal
            return link
    return link


def _lower_keys(headers: Mapping[str, str]) -> dict[str, str]:
    # feedparser looks response headers up by lower-case name.
    return {str(k).lower(): str(v) for k, v in headers.items()}


def _sniff(content: bytes) -> bytes:
    """The first non-blank bytes, lower-cased, BOM removed (for sniffing only)."""
    head = content[:1024]
    for bom in _BOMS:
        if head.startswith(bom):
            head = head[len(bom) :]
            break
    if head[:2] in (b"\x00<", b"<\x00"):  # UTF-16 without a BOM
        head = head.replace(b"\x00", b"")
    return head.strip().lower()


def _is_text_xml(mime: str) -> bool:
    return mime in ("text/xml", "text/xml-external-parsed-entity") or (
        mime.startswith("text/") and mime.endswith("+xml")
    )


def _looks_like_html(head: bytes) -> bool:
    # Skip an XML declaration and comments a server may put before <html>.
    while head.startswith((b"<?", b"<!--")):
        end = head.find(b"?>" if head.startswith(b"<?") else b"-->")
        if end < 0:
            return False
        head = head[end + (2 if head.startswith(b"<?") else 3) :].lstrip()
    return head.startswith(_HTML_SNIFF)
