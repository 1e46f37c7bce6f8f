"""Text of articles made safe to show in a digest, and a story in one line (pure).

Used by the composition (``compose.py``, which re-exports these names) and the
renderers (``render.py``), which must not depend on the composition's queries.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

from monitor.digest.types import StoryLine

# Bidi embedding/override/isolate controls and other invisible format characters in
# feed text could reorder the rest of a digest line (a headline carrying U+202E);
# the renderer adds its own isolation, so they are dropped from article text.
_FORMAT_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]")


def clean_text(value: str | None, *, limit: int | None = None) -> str:
    """Article-derived text made safe to show: no control or bidi-override characters,
    whitespace collapsed, cut at ``limit`` characters on a word boundary."""
    if not value:
        return ""
    s = _FORMAT_CONTROLS.sub("", value)
    s = "".join(" " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch for ch in s)
    s = " ".join(s.split())
    if limit is not None and len(s) > limit:
        cut = s[:limit].rsplit(" ", 1)[0] or s[:limit]
        s = cut.rstrip(" ,;:.-–—") + "…"
    return s


def safe_url(url: str | None) -> str | None:
    """Only http(s) links to originals; anything else (javascript:, data:) is dropped."""
    if not url:
        return None
    u = url.strip()
    try:
        parts = urlsplit(u)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if any(ch in u for ch in "\r\n\t ") or _FORMAT_CONTROLS.search(u):
        return None
    return u


def story_text(line: StoryLine, language: str) -> str:
    """A story in one line of a ``language`` digest: its headline when written in that
    language, else "[ar] Israel — air strike — Gaza City" (the headline itself when
    the analyser found nothing to read)."""
    if line.language == language:
        return line.headline
    return f"[{line.language or '?'}] {line.reading or line.headline}"
