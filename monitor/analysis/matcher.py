"""Multi-pattern matching on token boundaries with an Aho-Corasick automaton.

Patterns and text are sequences of *normalised tokens* (see text.py).  Each
distinct pattern token is coded as a few characters of fixed width
(``Matcher.build``), and a text is written in the same codes: every match
starts and ends on a token boundary, and its offsets give token indices.
pyahocorasick scans 1 MB against 135k patterns in ~30 ms where an ``re``
alternation takes ~34 s (ARCHITECTURE.md, "Pitfalls").
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator, Sequence
from itertools import repeat
from operator import itemgetter
from typing import Any, NamedTuple

import ahocorasick


class Hit(NamedTuple):
    start: int  # token index, inclusive
    end: int  # token index, exclusive
    payloads: tuple[Any, ...]

    @property
    def length(self) -> int:
        return self.end - self.start


_new_tuple = tuple.__new__
_by_start = itemgetter(0)
_by_end = itemgetter(1)


def _hit_order(h: Hit) -> tuple[int, int]:
    """Text order: by start, the longer of two hits starting together first."""
    return (h[0], h[0] - h[1])


# Patterns over matching *keys* (lemmas, lemmas.py) live beside patterns over
# surface forms in the same automaton: every key token carries this mark in the
# build table, and gets a code of its own, so a keyed pattern never matches in
# the surface stream nor a surface pattern in the key stream.
KEY_MARK = "\x01"
# A token's code is _WIDTH characters, one digit each in base ``base``, each position with an
# alphabet of its own (position p, digit d: chr(1 + p * base + d)).  A code can then only be
# read from its first character: no match can start inside a token's code.
_WIDTH = 4
# The code of every token no pattern uses, and the separator of the two streams: no pattern
# contains it, so no match spans it.
_NO_CODE = "\x00" * _WIDTH


def _codes(count: int) -> Iterator[str]:
    """``count`` codes of _WIDTH digits, in a base as small as will do.

    Small, because pyahocorasick looks a node's children up one by one (trienode_get_next):
    one character per token (~142,000 distinct tokens in 2.0) made a root with a child per
    token and the scan ~10x slower than the spaced layout.
    """
    base = 2
    while base**_WIDTH < count:
        base += 1
    for i in range(count):
        yield "".join(chr(1 + p * base + (i // base ** (_WIDTH - 1 - p)) % base) for p in range(_WIDTH))


class Matcher:
    """Collects (token sequence -> payloads), then finds all occurrences in a token list.

    Every distinct pattern token has a code of _WIDTH characters (``build``), and a text is
    written in the same codes, so a match's end offset divided by _WIDTH is its last token's
    index.  This replaced a haystack laid out as `` t1  t2 `` with spaces around every token
    (1.x, 2.0), whose offsets needed a position -> token table built per sentence: the same
    matches, over a haystack about half as long, with an automaton of 785,000 nodes (31 MB)
    instead of 1,720,000 (69 MB), and ``find`` ~30 % faster (85 -> 57 µs an article over
    bench/analyze.py's texts; issue 8 "speed and memory").
    """

    def __init__(self) -> None:
        self._table: dict[tuple[str, ...], list[Hashable]] = {}
        self._automaton: Any = None
        self._values: list[tuple[int, tuple[Hashable, ...]]] = []
        self._size = 0
        self._surface_codes: dict[str, str] = {}
        self._key_codes: dict[str, str] = {}

    def add(self, tokens: Sequence[str], payload: Hashable, *, keyed: bool = False) -> None:
        """Register a token sequence; ``keyed``: it is a sequence of matching keys, not surface forms."""
        if not tokens or any(not t for t in tokens):
            return
        key = tuple(KEY_MARK + t for t in tokens) if keyed else tuple(tokens)
        bucket = self._table.setdefault(key, [])
        if payload not in bucket:
            bucket.append(payload)

    def add_many(self, variants: Iterable[Sequence[str]], payload: Hashable, *, keyed: bool = False) -> None:
        for v in variants:
            self.add(v, payload, keyed=keyed)

    def build(self) -> None:
        # The automaton stores a plain integer per pattern (STORE_INTS), an index into
        # ``_values``: (pattern length in tokens, payloads).  Equal values and equal payloads
        # are stored once (226k patterns share ~21k values and ~15k payloads in 2.0), and an
        # automaton without Python objects in it pickles as flat node arrays: the on-disk
        # cache (cache.py) loads it ~3x faster than one storing a tuple per pattern, and
        # forked workers share its nodes without touching their reference counts.
        a = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        index: dict[tuple[int, tuple[Hashable, ...]], int] = {}
        interned: dict[Hashable, Hashable] = {}
        codes: dict[str, str] = {}
        fresh = _codes(len({t for tokens in self._table for t in tokens}))
        self._size = len(self._table)
        # The build table is emptied as it is read (popitem: last in, first out), so that each
        # pattern's tuples and lists are freed while the automaton grows instead of all of them
        # living beside the finished automaton.  The process peak of bench/analyze.py is the
        # build's: 294 -> 268 MB (6th session).  Codes and value numbers follow the popping order;
        # what matches, and with which payloads, is the same.
        table, self._table = self._table, {}
        while table:
            tokens, payloads = table.popitem()
            word = "".join([codes.get(t) or codes.setdefault(t, next(fresh)) for t in tokens])
            value = (len(tokens), tuple(interned.setdefault(p, p) for p in payloads))
            a.add_word(word, index.setdefault(value, len(index)))
        a.make_automaton()
        self._automaton = a
        self._values = list(index)
        self._surface_codes = {t: c for t, c in codes.items() if not t.startswith(KEY_MARK)}
        self._key_codes = {t[len(KEY_MARK):]: c for t, c in codes.items() if t.startswith(KEY_MARK)}

    @property
    def size(self) -> int:
        return self._size or len(self._table)

    def find(self, tokens: Sequence[str], keys: Sequence[str] | None = None) -> list[Hit]:
        """Every occurrence (overlapping ones included), in text order.

        ``keys``: the tokens' matching keys (same length); keyed patterns match there.
        """
        if not tokens or self._automaton is None:
            return []
        # the text in codes (dict lookups in C, through ``map``), and the keys in theirs
        surface = "".join(map(self._surface_codes.get, tokens, repeat(_NO_CODE)))
        keyed = "".join(map(self._key_codes.get, keys, repeat(_NO_CODE))) if keys else ""
        return self.find_coded(len(tokens), surface, keyed)

    def code(self, token: str, *, keyed: bool = False) -> str:
        """A token's code (a key's, ``keyed``), for :meth:`find_coded`; one no pattern uses if none does."""
        return (self._key_codes if keyed else self._surface_codes).get(token, _NO_CODE)

    def find_coded(self, n: int, surface: str, keyed: str = "") -> list[Hit]:
        """:meth:`find` over ``n`` tokens already written in their codes (:meth:`code`, joined):
        ``surface`` the tokens', ``keyed`` their keys' ("": no keys).  For a caller that keeps
        each word's codes (the analyser), so a word costs it one lookup instead of two."""
        if not n or self._automaton is None:
            return []
        hay = surface + _NO_CODE + keyed if keyed else surface  # the separator: no match spans it
        hits: list[Hit] = []
        append = hits.append
        values = self._values
        for end_char, value in self._automaton.iter(hay):
            end_tok = end_char // _WIDTH
            if end_tok > n:  # in the key stream, after the separator
                end_tok -= n + 1
            n_tokens, payloads = values[value]
            start_tok = end_tok - n_tokens + 1
            if start_tok >= 0:
                # tuple.__new__: the NamedTuple's own constructor is a Python-level frame (text.py)
                append(_new_tuple(Hit, (start_tok, end_tok + 1, payloads)))
        if len(hits) > 1:
            # ``_hit_order`` as two stable sorts on C-level keys (end, longest first; then start):
            # the same order, ties included, without a Python call per hit
            hits.sort(key=_by_end, reverse=True)  # (``reverse`` keeps equal keys in their order)
            hits.sort(key=_by_start)
        return hits


def _longest_first(h: Hit) -> tuple[int, int]:
    """The longer hit first, then the leftmost."""
    return (h[0] - h[1], h[0])


def longest_non_overlapping(hits: Iterable[Hit]) -> list[Hit]:
    """Greedy longest-match-first selection (ties: leftmost first)."""
    if isinstance(hits, list):
        if len(hits) < 2:
            return list(hits)  # (a sentence's signals and entities are often one hit)
        # Most lists are already in text order with no two hits overlapping (a sentence's
        # entities, its signals): then every hit is chosen and the order by start is the list's
        # own, found in one pass instead of two sorts and a set of taken tokens.
        last = 0
        for h in hits:
            if h[0] < last:
                break
            last = h[1]
        else:
            return list(hits)
    chosen: list[Hit] = []
    taken: set[int] = set()
    for h in sorted(hits, key=_longest_first):
        start, end = h[0], h[1]
        if end - start == 1:  # most hits are one token: no range to build
            if start in taken:
                continue
            taken.add(start)
        else:
            span = range(start, end)
            if not taken.isdisjoint(span):
                continue
            taken.update(span)
        chosen.append(h)
    chosen.sort(key=_by_start)  # stable, as the previous ``lambda h: h.start``
    return chosen
