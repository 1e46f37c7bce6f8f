"""The analyser's fast paths give what the plain code they replace gives (issue 8 speed budget).

Each fast path is checked against a plain version of the same computation on random input
(the readings themselves are checked whole by bench/readings_digest.py).
"""

from __future__ import annotations

import random

from monitor.analysis.matcher import Hit, longest_non_overlapping
from monitor.analysis.service import get_analyzer
from monitor.analysis.text import (
    _TOKEN,
    Token,
    _letters,
    _letters_at_least,
    normalise_token,
    tokenize,
)


def _tokenize_with_match_objects(sentence: str) -> list[Token]:
    """tokenize as written before: a match object per word, its span the offsets."""
    out = []
    for m in _TOKEN.finditer(sentence):
        norm = normalise_token(m.group())
        if norm:
            out.append(Token(m.group(), norm, m.start(), m.end(), m.group()[0].isupper()))
    return out


def test_tokenize_finds_the_offsets_of_the_match_objects() -> None:
    # repeated words, words inside words, underscores, marks that join a word but cannot start
    # one, inner quotes, ZWNJ, tatweel, possessives, digits
    pieces = ["a", "ab", "A", "ab", "_", "__a", " ", "  ", ",", ".", "'", '"', "’", "׳", "״", "\u064b", "\u0640",
              "\u200c", "\u05b0", "ва", "Иран", "ايران", "צה", "ל", "l'", "'s", "7", "٣", "-", "\n"]
    rnd = random.Random(11)
    for _ in range(20_000):
        sentence = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 25)))
        assert tokenize(sentence) == _tokenize_with_match_objects(sentence), sentence


def test_tokenize_gives_written_words_at_their_offsets() -> None:
    s = "Iran said Iran's Iran-backed «Iran» said: said"
    toks = tokenize(s)
    assert [(t.text, t.start, t.end) for t in toks] == [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(s)]
    assert all(s[t.start : t.end] == t.text for t in toks)


def test_lead_byte_count_is_a_lower_bound_of_the_letter_count() -> None:
    # every character of the Basic Multilingual Plane alone (surrogates included: they are encoded,
    # not rejected), and mixed random text
    for script in ("arabic", "hebrew", "cyrillic", "latin"):
        for cp in range(0x10000):
            ch = chr(cp)
            assert _letters_at_least(ch, script) <= _letters(ch, script), (script, hex(cp))
    rnd = random.Random(12)
    alphabet = "abcZ é ايرانپ ە אבגְ ЖжиԀ ., 1\ud800"
    for _ in range(5_000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40)))
        for script in ("arabic", "hebrew", "cyrillic", "latin"):
            assert _letters_at_least(text, script) <= _letters(text, script)
    # the script's main block is counted whole
    assert _letters_at_least("ايران يقول", "arabic") == _letters("ايران يقول", "arabic") == 9
    assert _letters_at_least("Иран заявил", "cyrillic") == 10


def _greedy(hits: list[Hit]) -> list[Hit]:
    """Longest first, then leftmost; the chosen hits by start (the plain selection)."""
    chosen: list[Hit] = []
    taken: set[int] = set()
    for h in sorted(hits, key=lambda h: (h.start - h.end, h.start)):
        if taken.isdisjoint(range(h.start, h.end)):
            taken.update(range(h.start, h.end))
            chosen.append(h)
    return sorted(chosen, key=lambda h: h.start)


def test_longest_non_overlapping_fast_path_gives_the_greedy_choice() -> None:
    rnd = random.Random(13)
    for _ in range(20_000):
        hits = []
        for i in range(rnd.randint(0, 6)):
            start = rnd.randint(0, 10)
            hits.append(Hit(start, start + rnd.randint(1, 3), (f"p{i}",)))
        if rnd.random() < 0.5:  # text order, as the matcher gives them
            hits.sort(key=lambda h: (h.start, h.start - h.end))
        assert longest_non_overlapping(hits) == _greedy(hits), hits
        assert longest_non_overlapping(iter(hits)) == _greedy(hits)


def test_states_and_countries_listed_once_are_those_of_the_region_tree() -> None:
    a = get_analyzer()
    regions = a.ref.regions
    for rid, r in regions.items():
        assert a._is_state(rid) == (r.kind in ("country", "state", "territory") and len(rid) == 3)
        assert a._country_of(rid) == a._walk_to_country(rid)
    for rid in ("", "nowhere", "XXX"):
        assert not a._is_state(rid) and a._country_of(rid) is None
    assert a._country_of("IRN") == "IRN" and a._is_state("IRN")


def test_clause_marks_test_in_c_is_the_character_test() -> None:
    from monitor.analysis.analyzer import _CLAUSE_MARKS, _INVERSION_MARKS

    rnd = random.Random(14)
    alphabet = ' ,;:.!?،؛"“”«»|–—-\'ab'
    for _ in range(5_000):
        gap = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 5)))
        for marks in (_CLAUSE_MARKS, _INVERSION_MARKS):
            assert (not marks.isdisjoint(gap)) == any(c in gap for c in marks)
            assert all(len(c) == 1 for c in marks)


def test_two_stable_sorts_give_the_hit_order() -> None:
    """find_coded orders its hits by two stable sorts on C-level keys instead of ``_hit_order``."""
    from operator import itemgetter

    from monitor.analysis.matcher import _hit_order

    rnd = random.Random(15)
    for _ in range(20_000):
        hits = []
        for i in range(rnd.randint(0, 8)):
            start = rnd.randint(0, 5)
            hits.append(Hit(start, start + rnd.randint(1, 3), (f"p{i}",)))  # equal spans: ties keep their order
        two = sorted(sorted(hits, key=itemgetter(1), reverse=True), key=itemgetter(0))
        assert two == sorted(hits, key=_hit_order)
