"""Text handling: scripts, language, sentences, tokens, per-script normalisation.

Normalisation is by *script of each token*, not by the article's language, so
an English article that quotes «حزب الله» or a Russian one naming Netanyahu in
Latin letters still matches.  The rules (METHODOLOGY.md, "PLOVER and the
PETRARCH coders": stale Arabic dictionaries failed on exactly these):

* Arabic script: drop diacritics (U+064B–U+065F, U+0670) and tatweel; unify
  alef forms (أ إ آ ٱ → ا), hamza carriers (ؤ → و, ئ → ي), alef maqsura
  (ى → ي), ta marbuta (ة → ه); Persian yeh/kaf (ی → ي, ک → ك) and heh forms
  (ۀ ە → ه) so Arabic and Persian spellings meet; Arabic-Indic and Persian
  digits → ASCII; remove ZWNJ (U+200C) so «حزب‌الله» = «حزبالله».  Clitics are
  *not* stripped from the text (that breaks words such as «الله»); instead
  patterns are expanded with clitic prefixes (see ``expand_arabic``).
* Hebrew: drop niqqud and cantillation (U+0591–U+05C7); geresh/gershayim
  (׳ ״) → ' and " so «צה״ל» = «צה"ל»; prefix letters are handled by pattern
  expansion (``expand_hebrew``).
* Cyrillic: lower-case, ё → е, then strip one inflectional ending
  («Ирана», «Ирану», «Ираном» → «иран»).  A predictable suffix strip rather
  than Snowball: Snowball treats «-ан» as a participle and stems «Иран» to
  «ира» but «Ирану» to «иран», and both sides must stem alike.
* Latin: lower-case, strip possessive 's and French elisions (l', d', qu').
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

# --------------------------------------------------------------------------- scripts

ARABIC, HEBREW, CYRILLIC, LATIN, OTHER = "arabic", "hebrew", "cyrillic", "latin", "other"


def char_script(ch: str) -> str:
    o = ord(ch)
    if 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F or 0xFB50 <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFF or 0x08A0 <= o <= 0x08FF:
        return ARABIC
    if 0x0590 <= o <= 0x05FF or 0xFB1D <= o <= 0xFB4F:
        return HEBREW
    if 0x0400 <= o <= 0x052F:
        return CYRILLIC
    if (ch.isascii() and ch.isalpha()) or 0x00C0 <= o <= 0x024F:
        return LATIN
    return OTHER


# Runs of letters of one script: ``sub`` deletes them in C, and what it deleted is the script's
# letter count, without the one-letter string per match that ``findall`` built (counting the
# four scripts that way was ~6 % of ``Analyzer.analyze`` on 80-word items, sampled profile).
_SCRIPT_RES = {
    ARABIC: re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]+"),
    HEBREW: re.compile(r"[\u0590-\u05FF\uFB1D-\uFB4F]+"),
    CYRILLIC: re.compile(r"[\u0400-\u052F]+"),
    LATIN: re.compile(r"[A-Za-z\u00C0-\u024F]+"),
}


def script_counts(text: str) -> dict[str, int]:
    """Letters per script (regex counting in C; a Python loop per character was the hot spot)."""
    counts = {name: _letters(text, name) for name in _SCRIPT_RES}
    return {k: v for k, v in counts.items() if v}


def _letters(text: str, script: str) -> int:
    """How many letters of ``text`` are of ``script`` (one of _SCRIPT_RES)."""
    return len(text) - len(_SCRIPT_RES[script].sub("", text))


# Bytes that begin, in UTF-8, only characters of a script's _SCRIPT_RES class: D8-DB begin
# U+0600-06FF (Arabic), D7 U+05C0-05FF (Hebrew), D0-D3 U+0400-04FF (Cyrillic), and an ASCII
# letter is its own byte (every byte of a longer sequence is >= 0x80).  Counting them is a
# lower bound of ``_letters`` found in C (``bytes.translate`` deletes the other bytes), ~10x
# faster than the regex scan; ``detect_language`` needs that scan only when the bound says no.
_LEAD_BYTES = {ARABIC: b"\xd8\xd9\xda\xdb", HEBREW: b"\xd7", CYRILLIC: b"\xd0\xd1\xd2\xd3",
               LATIN: bytes(range(65, 91)) + bytes(range(97, 123))}
_NOT_LEAD = {script: bytes(b for b in range(256) if b not in lead) for script, lead in _LEAD_BYTES.items()}


def _letters_at_least(text: str, script: str) -> int:
    """A lower bound of ``_letters(text, script)``: the characters of the script's main block."""
    return len(text.encode("utf-8", "surrogatepass").translate(None, _NOT_LEAD[script]))


# Persian-only letters: پ چ ژ گ ک ی and Persian digits; Arabic-only: ة ى and (mostly) ي ك.
_PERSIAN_MARKERS = set("پچژگکی۰۱۲۳۴۵۶۷۸۹")
_ARABIC_MARKERS = set("ةىيك")
_FRENCH_WORDS = frozenset(["le", "la", "les", "des", "du", "une", "est", "dans", "pour", "avec", "sur", "selon", "qui", "que", "au", "aux", "et"])
_ENGLISH_WORDS = frozenset(["the", "of", "and", "to", "in", "is", "that", "for", "on", "with", "said", "was", "by", "as", "at", "from"])


_SCRIPT_OF = {"ar": ARABIC, "fa": ARABIC, "ur": ARABIC, "he": HEBREW, "yi": HEBREW, "ru": CYRILLIC, "uk": CYRILLIC,
              "en": LATIN, "fr": LATIN}


def detect_language(text: str, declared: str | None = None) -> str | None:
    """The language to read ``text`` as: a declared language if the script agrees, else by script.

    Arabic vs Persian is told apart by letters only Persian uses (پ چ ژ گ, and
    ی/ک where Arabic writes ي/ك); English vs French by function words.  A
    declared language whose script is absent from the text (a feed that says
    ``en`` but carries Arabic items) is overridden.
    """
    sample = text[:2000]
    declared = (declared or "").split("-")[0].lower() or None
    expected = _SCRIPT_OF.get(declared or "")
    if expected is not None and (2 * _letters_at_least(sample, expected) > len(sample)
                                 or 2 * _letters(sample, expected) > len(sample)):
        # More than half the characters are of the declared script: no other script can have as
        # many, so it is the main one without counting the other three (9,913 of the 9,944 items
        # of items-2023-10 and items-2026-03)
        main = expected
    else:
        counts = script_counts(sample)
        if not counts:
            return declared
        main = max(counts, key=lambda k: counts[k])
    if declared and _SCRIPT_OF.get(declared) == main:
        if main == ARABIC and declared in ("ar", "fa"):
            return _arabic_or_persian(text) or declared
        return declared
    if main == ARABIC:
        return _arabic_or_persian(text) or "ar"
    if main == HEBREW:
        return "he"
    if main == CYRILLIC:
        # Ukrainian letters і ї є ґ
        sample = text[:4000]
        return "uk" if sum(sample.count(c) for c in "іїєґІЇЄҐ") > 3 else "ru"
    if main == LATIN:
        words = re.findall(r"[a-zà-ÿ]+", text[:4000].lower())
        fr = sum(w in _FRENCH_WORDS for w in words)
        en = sum(w in _ENGLISH_WORDS for w in words)
        return "fr" if fr > en else "en"
    return declared


# The markers one by one: ``str.count`` of one character is a C scan, ~2.5x faster than a
# character-class regex over the same sample.
_PERSIAN_LETTERS = "".join(sorted(_PERSIAN_MARKERS))
_ARABIC_LETTERS = "".join(sorted(_ARABIC_MARKERS))


def _arabic_or_persian(text: str) -> str | None:
    sample = text[:2000]
    fa = sum(map(sample.count, _PERSIAN_LETTERS))
    ar = sum(map(sample.count, _ARABIC_LETTERS))
    if fa == 0 and ar == 0:
        return None
    return "fa" if fa > ar else "ar"


# --------------------------------------------------------------------------- sentences

# Sentence ends: . ! ? … and Arabic/Persian ؟ ۔ (Urdu full stop), ؛ is a clause
# separator in Arabic (kept inside sentences).  A split needs whitespace after
# the mark so decimals and "U.S." survive.
_SENT_END = re.compile(r"(?<=[.!?…؟۔])[\"'”’»)\]]*\s+|\n\s*\n|\n(?=\S)")
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Adm|St|Jr|Sr|Prof|Rep|Sen|Gov|Pres|No|Vol|vs|etc|i\.e|e\.g|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.N|U\.K|E\.U)|\b[A-Z]|\bг|\bт\.е|\bт\.д|\bим|\bул)\.$"
)
# Where a sentence end can start: right after an end mark, or at a line break (_SENT_END's
# branches).  Its own scan tries three branches at every character; this one-class pattern
# is scanned fast, and _SENT_END is tried only where it finds something.
_SENT_END_AFTER = re.compile(r"[.!?…؟۔\n]")


def _sentence_ends(text: str) -> Iterator[re.Match[str]]:
    """The matches ``_SENT_END.finditer(text)`` gives, found ~3x faster (timeit, 80-word items).

    Every _SENT_END match starts just after one of [.!?…؟۔] (the first branch's look-behind) or
    at a line break: trying _SENT_END at those places, left to right, after the end of the last
    match, finds the same leftmost matches finditer finds.
    """
    pos = 0
    match = _SENT_END.match
    for c in _SENT_END_AFTER.finditer(text):
        q = c.start()
        p = q if text[q] == "\n" else q + 1
        if p < pos:
            continue
        m = match(text, p)  # the look-behind sees text before ``p``, as in finditer
        if m is not None:
            yield m
            pos = m.end()


# Where _ABBREV can start in a piece, from its end: its longest alternative ("Sept.") is five
# characters; twelve leaves room to spare.
_ABBREV_TAIL = 12


# The longest sentence read as one, in characters.  The reading rules compare the
# entities, cues and signals of a sentence pairwise, so their work grows with
# the square of its length; a text with no sentence end (a scraped page, a
# hostile feed, a list) would make the whole article quadratic (issue 14 §5).
# The longest sentence among ~12,700 of the corpora and gold sets is ~1,000
# characters; three times that is still a sentence, anything longer is cut into
# pieces of at most this length, at a clause mark or a space.  (Parsers bound
# sentence length the same way, e.g. Stanford CoreNLP's ``parse.maxlen``.)
MAX_SENTENCE_CHARS = 3000
_PIECE_MARKS = (", ", "; ", ": ", "، ", "؛ ")
_SPACES = (" ", "\n", "\t", "\u00a0")


def split_sentences(text: str, max_chars: int = MAX_SENTENCE_CHARS) -> list[str]:
    """Split into sentences; knows Arabic/Persian question mark and common abbreviations.

    A sentence longer than ``max_chars`` comes back as several pieces (see
    MAX_SENTENCE_CHARS); every word is kept.
    """
    out: list[str] = []
    start = 0
    # Pieces joined across abbreviations ("Mr. X", "U.S. forces") are kept in a
    # list and joined once: adding them to a string copied the sentence again for
    # every abbreviation, quadratic in a run of them ("A. B. C. …").
    pending: list[str] = []
    for m in _sentence_ends(text):
        piece = text[start : m.start()].strip()
        start = m.end()
        if not piece:
            continue
        pending.append(piece)
        # _ABBREV ends in "\.$" and its longest alternative is five characters: only a piece ending
        # in a full stop can match, and only at its last characters (a search from ``pos`` still
        # sees the character before it for ``\b``); searching every piece whole was ~3 % of a reading
        if piece[-1] == "." and _ABBREV.search(piece, max(0, len(piece) - _ABBREV_TAIL)) and "\n" not in m.group(0):
            continue
        out.append(" ".join(pending))
        pending = []
    tail = text[start:].strip()
    if tail:
        pending.append(tail)
    if pending:
        out.append(" ".join(pending))
    bounded: list[str] = []
    for s in out:
        bounded.extend(bound_sentence(s, max_chars) if len(s) > max_chars else (s,))
    return [s for s in bounded if any(ch.isalnum() for ch in s)]


def bound_sentence(sentence: str, max_chars: int = MAX_SENTENCE_CHARS) -> list[str]:
    """``sentence`` in pieces of at most ``max_chars``: cut at the last clause mark
    (comma, semicolon, colon) in the second half of the window, else at the last
    space, else (one endless token) at ``max_chars``.  Linear: each cut looks
    at one window only."""
    pieces: list[str] = []
    pos, n = 0, len(sentence)
    while n - pos > max_chars:
        lo, hi = pos + max_chars // 2, pos + max_chars
        cut = max(sentence.rfind(mark, lo, hi) for mark in _PIECE_MARKS)
        if cut >= 0:
            cut += 1  # keep the mark with the clause it ends
        else:
            cut = max(sentence.rfind(sp, lo, hi) for sp in _SPACES)
            if cut < 0:
                cut = hi
        piece = sentence[pos:cut].strip()
        if piece:
            pieces.append(piece)
        pos = cut
    piece = sentence[pos:].strip()
    if piece:
        pieces.append(piece)
    return pieces


# --------------------------------------------------------------------------- tokens

# A token: letters/digits with marks, tatweel, ZWNJ/ZWJ inside, and inner
# apostrophes or quotes (Hebrew acronyms צה"ל, English Iran's, French l'Iran).
# The repeats are possessive (``*+``, Python 3.11): nothing after a run of word characters can
# match a word character, and nothing follows the last apostrophe group, so giving characters
# back never finds another match; the same words, ~10 % faster (timeit on bench/analyze.py texts).
_TOKEN = re.compile(
    r"[^\W_][\w\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u0591-\u05C7\u200c\u200d]*+"
    r"(?:[\"'’׳״][^\W_][\w\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u0591-\u05C7\u200c\u200d]*+)*+"
)


class Token(NamedTuple):
    """A word of a sentence (a NamedTuple: built ~100k times a second, frozen dataclasses are slower)."""

    text: str  # as written
    norm: str  # normalised for matching ("" = ignore)
    start: int  # char offsets in the sentence
    end: int
    capitalised: bool


_AR_TABLE = str.maketrans(
    {
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
        "ؤ": "و", "ئ": "ي", "ى": "ي", "ی": "ي", "ې": "ي", "ۍ": "ي",
        "ة": "ه", "ۀ": "ه", "ە": "ه", "ھ": "ه", "ہ": "ه",
        "ک": "ك", "ڪ": "ك",
        "ـ": None, "\u200c": None, "\u200d": None, "\u200f": None, "\u200e": None,
        **{chr(c): None for c in range(0x064B, 0x0660)},
        "\u0670": None,
        **{chr(0x0660 + i): str(i) for i in range(10)},
        **{chr(0x06F0 + i): str(i) for i in range(10)},
    }
)
_HE_TABLE = str.maketrans(
    {**{chr(c): None for c in range(0x0591, 0x05C8) if chr(c) not in "\u05be\u05c0\u05c3\u05c6"}, "״": '"', "׳": "'", "’": "'"}
)
_LATIN_ELISION = re.compile(r"^(?:l|d|qu|j|n|s|c|m|t)['’](?=\w)", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?$")

# Russian inflectional endings (nouns, adjectives, past-tense verbs), longest
# first; a stem keeps at least three letters.  Both patterns and text go
# through the same strip, which is what makes matching work.
_RU_ENDINGS = tuple(
    sorted(
        ["иями", "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "ией", "ым", "ия", "ии", "ию", "ие", "ий", "ая", "яя", "ое", "ее", "ые", "ую", "юю", "ой", "ей", "ый", "ом", "ем", "ам", "ям", "ах", "ях", "ов", "ев", "ью", "ы", "и", "а", "я", "у", "ю", "е", "о", "ь", "й"],
        key=len,
        reverse=True,
    )
)


# The instrumental of surnames and adjectives: «с Путиным», «с Лавровым», «с Зеленским» (-ым; -им
# after -ск-/-цк-, whose nominative -ий is stripped too).  -им alone is not an ending: it ends
# names (Ибрагим, Рахим, Хаим) whose other cases («Ибрагима») keep it.
_RU_INSTRUMENTAL = ("ским", "цким")


# Russian surnames and place names in -ов/-ев: the nominative loses the suffix as an ending
# («Лавров» -> «лавр»), the other cases keep it («Лаврова» -> «лавров»).
_RU_SURNAME = ("ов", "ев")


def _ru_stem(word: str) -> str:
    if word.endswith(_RU_INSTRUMENTAL):
        return word[:-2]
    for end in _RU_ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= 3:
            return word[: -len(end)]
    return word


@lru_cache(maxsize=100_000)
def normalise_token(tok: str) -> str:
    """The matching form of one token (cached: news vocabularies repeat heavily)."""
    if not tok:
        return ""
    script = char_script(tok[0])
    if script == ARABIC:
        return tok.translate(_AR_TABLE)
    if script == HEBREW:
        return tok.translate(_HE_TABLE)
    if script == CYRILLIC:
        low = tok.lower().replace("ё", "е")
        stem = _ru_stem(low)
        if stem != low and tok[0].isupper() and stem.endswith(_RU_SURNAME) and len(stem) >= 5:
            # a capitalised -ов/-ев name in another case: «Лаврова», «Лаврову», «Лавровым»,
            # «Пескову», «Харькова» reach the stem of the nominative «Лавров» -> «лавр»
            stem = stem[:-2]
        return stem
    low = unicodedata.normalize("NFC", tok).lower().replace("’", "'")
    low = _LATIN_ELISION.sub("", low)
    low = _POSSESSIVE.sub("", low) if "'" in low else low
    return low.replace("'", "")


# The word caches of a long-running reader are bounded, and emptied when full rather than frozen:
# a frozen cache stops learning the words of new events, and one sized far beyond the vocabulary
# fills for weeks with one-off tokens (numbers, rare names), which a soak reads as a leak (issue
# 14).  A month and a half of the corpus (31,714 items of items-2023-10, items-2026-03 and
# headlines-2025, five languages) has 54,868 distinct word forms (bench/vocabulary.py): 100,000
# holds the working set, about 20 MB with its entries (below); refilling it after a clear costs
# well under a second of misses.
WORD_CACHE_MAX = 100_000
# A word as written -> (its norm, whether it starts with a capital, its length): what
# :func:`tokenize` needs of a word besides its offset, found with one lookup.
_CACHE: dict[str, tuple[str, bool, int]] = {}
_CACHE_MAX = WORD_CACHE_MAX


# ``Token(...)`` runs the NamedTuple's generated ``__new__`` (a Python-level function) for every
# word; ``tuple.__new__(Token, (...))`` builds the same object without that frame (~25 % of
# tokenize's time, measured with timeit on news sentences).  Same class, same fields.
_new_tuple = tuple.__new__


def _cached(raw: str) -> tuple[str, bool, int]:
    """A word's entry in the word cache (bounded: see WORD_CACHE_MAX), made on first sight."""
    entry = _CACHE.get(raw)
    if entry is None:
        entry = (normalise_token(raw), raw[0].isupper(), len(raw))
        if len(_CACHE) >= _CACHE_MAX:
            _CACHE.clear()
        _CACHE[raw] = entry
    return entry


def tokenize(sentence: str) -> list[Token]:
    # ``findall`` lists the words in C without a match object each, and a word's offset is the
    # first place it occurs from the end of the word before: what lies between two words holds no
    # character a word can start with (``[^\W_]``: the scan would have started a match there), so
    # no earlier occurrence can be found.  With the cache's (norm, capital, length) this is ~15 %
    # faster than ``finditer`` with ``group``/``span`` per word (timeit, interleaved, the five
    # languages of bench/analyze.py); the same tokens.
    toks: list[Token] = []
    append = toks.append
    cache = _CACHE
    find = sentence.find
    end = 0
    for raw in _TOKEN.findall(sentence):
        entry = cache.get(raw)
        if entry is None:
            entry = _cached(raw)
        start = find(raw, end)
        end = start + entry[2]
        if entry[0]:
            append(_new_tuple(Token, (raw, entry[0], start, end, entry[1])))
    return toks


def raw_tokens(text: str) -> list[str]:
    """The tokens of ``text`` as written, as :func:`tokenize` finds them (empty-norm ones included),
    without offsets: for callers that only need the words (the search index) and not a Token each."""
    return _TOKEN.findall(text)  # the pattern has no capturing group: findall returns whole matches


def normalise_word(raw: str) -> str:
    """``normalise_token`` through :func:`tokenize`'s word cache (one dict lookup when seen before)."""
    entry = _CACHE.get(raw)
    return (entry if entry is not None else _cached(raw))[0]


def normalise_phrase(phrase: str) -> tuple[str, ...]:
    """Normalised tokens of a pattern, with the same rules as the text."""
    return tuple(n for n in map(normalise_word, raw_tokens(phrase)) if n)


# --------------------------------------------------------------------------- pattern expansion

# Arabic proclitics: conjunctions و ف, prepositions ب ل ك, future/emphasis, the
# article ال and their combinations (e.g. وبال, فلل).  «لل» is ل + ال with the
# alef dropped.  Source: standard Arabic orthography; cf. METHODOLOGY.md.
_AR_PREFIXES = ("", "و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل",
                "وب", "ول", "فب", "فل", "وك", "وبال", "فبال", "س", "وس", "فس")
_AR_NAME_PREFIXES = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك")
# Hebrew prefix letters (ו ה ב ל מ ש כ) and their common chains.
_HE_PREFIXES = ("", "ו", "ה", "ב", "ל", "מ", "ש", "כ", "וה", "וב", "ול", "ומ", "וש", "וכ", "שה", "שב", "של",
                "שמ", "מה", "כש", "וכש", "לה", "בה", "מב", "מל", "ושה", "ושב", "ושל", "כשה")


def expand_arabic(tokens: tuple[str, ...], *, definite_ok: bool) -> set[tuple[str, ...]]:
    """Clitic variants of a normalised Arabic-script pattern (first token only).

    ``definite_ok``: whether «ال» may attach (common nouns and adjectives yes;
    proper names such as «إيران» no, which avoids false hits).  A pattern that
    already starts with «ال» also gets the «لل»/«بال» forms of its bare stem.
    """
    first, rest = tokens[0], tokens[1:]
    stems = {first}
    if first.startswith("ال") and len(first) > 3:
        stems.add(first[2:])
        definite_ok = True
    out: set[tuple[str, ...]] = set()
    prefixes = _AR_PREFIXES if definite_ok else _AR_NAME_PREFIXES
    for stem in stems:
        for p in prefixes:
            if p.endswith(("ال", "لل")) and not definite_ok:
                continue
            out.add((p + stem, *rest))
    # «ل» + «ال» → «لل»: handled by the "لل" prefix on the bare stem above.
    return out


def expand_hebrew(tokens: tuple[str, ...]) -> set[tuple[str, ...]]:
    first, rest = tokens[0], tokens[1:]
    return {(p + first, *rest) for p in _HE_PREFIXES}


