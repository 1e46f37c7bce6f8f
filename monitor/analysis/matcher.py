"""Multi-pattern matching on token boundaries with an Aho-Corasick automaton.

Patterns and text are sequences of *normalised tokens* (see text.py).  Each
sequence is laid out as `` t1  t2  t3 `` — one space before and after every
token, so two spaces between tokens — which makes every pattern start and end
on a token boundary and lets adjacent matches not overlap in characters.
pyahocorasick scans 1 MB against 135k patterns in ~30 ms where an ``re``
alternation takes ~34 s (ARCHITECTURE.md, "Pitfalls").
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from typing import Any, NamedTuple

import ahocorasick


class Hit(NamedTuple):
    start: int  # token index, inclusive
    end: int  # token index, exclusive
    payloads: tuple[Any, ...]

    @property
    def length(self) -> int:
        return self.end - self.start


def layout(tokens: Sequence[str]) -> str:
    return "".join(f" {t} " for t in tokens)


# Patterns over matching *keys* (lemmas, lemmas.py) live beside patterns over
# surface forms in the same automaton: every key token carries this mark, and
# the haystack is the surface layout followed by the marked key layout, so one
# scan serves both streams and no pattern can match in the other's stream.
KEY_MARK = "\x01"


class Matcher:
    """Collects (token sequence -> payloads), then finds all occurrences in a token list."""

    def __init__(self) -> None:
        self._table: dict[str, list[Hashable]] = {}
        self._automaton: Any = None
        self._values: list[tuple[int, tuple[Hashable, ...]]] = []
        self._size = 0

    def add(self, tokens: Sequence[str], payload: Hashable, *, keyed: bool = False) -> None:
        """Register a token sequence; ``keyed``: it is a sequence of matching keys, not surface forms."""
        if not tokens or any(not t for t in tokens):
            return
        key = layout([KEY_MARK + t for t in tokens] if keyed else tokens)
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
        for key, payloads in self._table.items():
            value = (key.count("  ") + 1, tuple(interned.setdefault(p, p) for p in payloads))
            a.add_word(key, index.setdefault(value, len(index)))
        a.make_automaton()
        self._automaton = a
        self._values = list(index)
        self._size = len(self._table)
        self._table = {}  # the automaton holds the patterns; drop the build table (~60 MB)

    @property
    def size(self) -> int:
        return self._size or len(self._table)

    def find(self, tokens: Sequence[str], keys: Sequence[str] | None = None) -> list[Hit]:
        """Every occurrence (overlapping ones included), in text order.

        ``keys``: the tokens' matching keys (same length); keyed patterns match there.
        """
        if not tokens or self._automaton is None:
            return []
        n = len(tokens)
        allt = [*tokens, *(KEY_MARK + k for k in keys)] if keys is not None else tokens
        # the same layout as ``layout`` in one join; token index by the position of its trailing space
        hay = " " + "  ".join(allt) + " "
        ends: dict[int, int] = {}
        pos = 0
        for j, t in enumerate(allt):
            pos += len(t) + 2
            ends[pos - 1] = j if j < n else j - n
        hits: list[Hit] = []
        values = self._values
        for end_char, value in self._automaton.iter(hay):
            end_tok = ends.get(end_char)
            if end_tok is None:
                continue
            n_tokens, payloads = values[value]
            start_tok = end_tok - n_tokens + 1
            if start_tok >= 0:
                hits.append(Hit(start_tok, end_tok + 1, payloads))
        hits.sort(key=lambda h: (h.start, h.start - h.end))
        return hits


def longest_non_overlapping(hits: Iterable[Hit]) -> list[Hit]:
    """Greedy longest-match-first selection (ties: leftmost first)."""
    chosen: list[Hit] = []
    taken: set[int] = set()
    for h in sorted(hits, key=lambda h: (h.start - h.end, h.start)):
        span = range(h.start, h.end)
        if any(i in taken for i in span):
            continue
        chosen.append(h)
        taken.update(span)
    chosen.sort(key=lambda h: h.start)
    return chosen
