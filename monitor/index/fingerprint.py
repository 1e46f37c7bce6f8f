"""Near-duplicate fingerprints: MinHash over word shingles, LSH band keys, exact keys.  Pure.

MinHash estimates the Jaccard similarity of two shingle sets from the share
of equal minima (Broder 1997); LSH bands make near-duplicates share at least
one key with high probability (Leskovec, Rajaraman & Ullman, *Mining of
Massive Datasets*, ch. 3): with 8 bands of 4 rows a pair is a candidate with
probability 1 − (1 − J⁴)⁸: 0.40 at Jaccard 0.5, 0.89 at 0.7, 0.99 at 0.8.  The hash is our own (blake2b + universal hashing) rather than a
library's so that stored keys are stable across processes and versions
(Python's ``hash`` is salted per process).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from itertools import combinations, pairwise

from monitor.analysis.text import tokenize

NUM_PERM = 32
BANDS = 8
ROWS = NUM_PERM // BANDS
_PRIME = (1 << 61) - 1
# Fixed coefficients (derived deterministically, not random per run).
_COEF = [
    (
        int.from_bytes(hashlib.blake2b(f"a{i}".encode(), digest_size=8).digest(), "big") % (_PRIME - 1) + 1,
        int.from_bytes(hashlib.blake2b(f"b{i}".encode(), digest_size=8).digest(), "big") % _PRIME,
    )
    for i in range(NUM_PERM)
]


def shingles(title: str, summary: str = "", *, max_tokens: int = 60) -> set[str]:
    """Word bigrams of the normalised title and the start of the summary."""
    toks = [t.norm for t in tokenize(title)] + [t.norm for t in tokenize(summary)][: max(0, max_tokens)]
    if len(toks) < 3:
        return set(toks)
    return {f"{a} {b}" for a, b in pairwise(toks)}


def minhash(items: Iterable[str]) -> tuple[int, ...]:
    hashed = [int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "big") for s in items]
    if not hashed:
        return ()
    return tuple(min((a * x + b) % _PRIME for x in hashed) for a, b in _COEF)


def similarity(sig_a: Sequence[int], sig_b: Sequence[int]) -> float:
    """Estimated Jaccard similarity from two signatures."""
    if not sig_a or not sig_b:
        return 0.0
    return sum(1 for x, y in zip(sig_a, sig_b, strict=False) if x == y) / min(len(sig_a), len(sig_b))


def band_keys(sig: Sequence[int]) -> list[str]:
    if len(sig) < NUM_PERM:
        return []
    out = []
    for b in range(BANDS):
        chunk = ",".join(str(v) for v in sig[b * ROWS : (b + 1) * ROWS])
        out.append(f"m{b}:" + hashlib.blake2b(chunk.encode(), digest_size=8).hexdigest())
    return out


def exact_key(kind: str, value: str) -> str:
    return f"{kind}:" + hashlib.blake2b(value.encode(), digest_size=10).hexdigest()


def title_key(title: str) -> str | None:
    """Media Cloud's rule: the same normalised title is the same story (within the window)."""
    norm = " ".join(t.norm for t in tokenize(title))
    return exact_key("t", norm) if len(norm) >= 20 else None


def entity_keys(entities: Sequence[str]) -> list[str]:
    """Language-independent keys: every 3 of the 4 most-mentioned entities.

    Two write-ups of one event in two languages rarely share words but do share
    their main places and people; mention counts differ between them, so any
    three of the top four make a key (candidates are then checked by entity
    Jaccard and polarity).
    """
    top = list(entities)[:4]
    if len(top) < 3:
        return []
    return [exact_key("e", "|".join(sorted(c))) for c in combinations(top, 3)]


def jaccard(a: Iterable[str], b: Iterable[str]) -> float:
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / len(sa | sb)
