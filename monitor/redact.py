"""Credentials out of everything a person reads: one masking function for every URL.

Database URLs (``postgresql://user:password@host/db``) and feed URLs
(``https://user:token@feeds.example.org/private.xml``, ``…/feed?key=…``) may
carry secrets.  Whatever prints or logs a URL — ``config check``, ``status``,
``init``, error messages, fetch errors stored as a source's ``last_error``,
log lines — passes it through :func:`mask_url` first.  Stored values (the
``sources`` table, ``sources export``) keep the URL intact: they are data, not
output.

The rule is SQLAlchemy's ``URL.render_as_string(hide_password=True)`` (the
password becomes ``***``, the user name stays so the operator can tell which
account is meant), and database URLs are parsed by SQLAlchemy itself, whose
grammar lets an unencoded password hold ``/``, ``?`` or ``#``.  Other URLs
(feeds) follow RFC 3986 §3.2.1: userinfo is everything before the last ``@``
of the authority, which ends at the first ``/``, ``?`` or ``#``.  On top of
that, query parameters that carry secrets are masked, which SQLAlchemy leaves
alone (libpq reads ``?password=`` from a URI, PostgreSQL docs §34.1.1
"Connection URIs"; feed services use ``?token=``, ``?key=`` and the like).
Masking never raises: a URL too broken to parse (``http://[::1/feed``) is
masked by the textual rule.
"""

from __future__ import annotations

from typing import Protocol

__all__ = ["MASK", "SECRET_PARAMS", "mask_url"]

MASK = "***"  # what SQLAlchemy writes for a hidden password

# Query parameter names (case-insensitive) whose values are secrets.
SECRET_PARAMS = frozenset({
    "password", "passwd", "pwd", "pass", "secret", "token", "access_token", "auth",
    "api_key", "apikey", "key", "sig", "signature", "sslpassword",
})


class _RendersAsString(Protocol):
    def render_as_string(self, hide_password: bool = ...) -> str: ...


def mask_url(url: str | _RendersAsString | None) -> str:
    """``url`` with its password and secret query values replaced by ``***``.

    Accepts a string or a SQLAlchemy ``URL`` (anything with
    ``render_as_string``); ``None`` gives ``""``.
    """
    if url is None:
        return ""
    if not isinstance(url, str):
        return _mask_query(url.render_as_string(hide_password=True))
    text = url
    sep = text.find("://")
    if sep < 0:
        # No authority (a bare path, a typo): only the query can hide a secret.
        return _mask_query(text)
    if not text[:sep].lower().startswith(("http", "feed")):
        database = _database_url(text)
        if database is not None:
            return _mask_query(database)
    start = sep + 3
    end = len(text)
    for delimiter in "/?#":  # the authority ends at the first of these (RFC 3986 §3.2)
        i = text.find(delimiter, start)
        if i != -1:
            end = min(end, i)
    authority = text[start:end]
    userinfo, at, hostport = authority.rpartition("@")
    if at and ":" in userinfo:
        user = userinfo.split(":", 1)[0]
        authority = f"{user}:{MASK}@{hostport}"
    return text[:start] + authority + _mask_query(text[end:])


def _mask_query(rest: str) -> str:
    """Mask secret values in the ``?query`` part of ``rest`` (path, query and fragment)."""
    q = rest.find("?")
    if q == -1:
        return rest
    f = rest.find("#", q)
    query_end = len(rest) if f == -1 else f
    pairs = rest[q + 1 : query_end].split("&")
    for i, pair in enumerate(pairs):
        name, eq, _value = pair.partition("=")
        if eq and name.strip().lower() in SECRET_PARAMS:
            pairs[i] = f"{name}={MASK}"
    return rest[: q + 1] + "&".join(pairs) + rest[query_end:]


def _database_url(text: str) -> str | None:
    """``text`` rendered by SQLAlchemy with the password hidden, or None if it is no such URL."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(text).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return None
