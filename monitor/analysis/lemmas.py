"""Matching keys: the form a token is matched under (lemma where it measures better, else surface).

Issue 8 §1: surface-form lists cannot keep up with Arabic, Hebrew, Russian and
Persian morphology («اغتالوا», «תוקף», «ударе»).  Every token is keyed as

1. its script normalisation (text.normalise_token: alef/hamza forms, niqqud,
   case, the Russian one-ending strip) — the baseline of version 1;
2. where the language's lemmatiser is switched on (``LEMMA_BACKENDS``), the
   normalisation of its *lemma*: simplemma (Barbaresi, MIT; dictionaries
   inside the package) for ar, fa, he, en and, measured against it, pymorphy3
   (Korobov 2015) for Russian;
3. where the lemmatiser leaves a word as it is, our own clitic/suffix
   segmentation, accepted only when what remains is a word the lexicon knows:
   Arabic proclitics (و ف ب ل ك ال س) and verb/noun suffixes (وا ون ين ات ها هم; ات read back
   to the singular in ة) and, before any other key, the article chain of a definite form the
   lemmatiser does not know («الوساطة» -> «وساطة», also where «الوساطة» is a key of its own);
   Hebrew prefix letters (ו ה ב ל מ ש כ) and suffixes (ו ים ות ה, object והו), Persian
   plural and ezafe suffixes (ها های ان ات ی) after ZWNJ removal.

Patterns go through the same function with their own language, so both sides
meet on the same key.  Which backend wins per language is decided by
``monitor eval --compare-lemmas`` on the gold sets (docs/methodology.md §Lemmas).

Memory: simplemma's default factory holds every dictionary as a Python dict
(Russian alone ~150 MB, over the analyser's 300 MB budget); the stream
factory keeps the compressed stream and decodes a 32-record block per lookup
(all five languages ~30 MB), and the per-word cache here makes the slower
lookup irrelevant on news text, whose vocabulary repeats.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterable
from typing import Any

from monitor.analysis.text import ARABIC, CYRILLIC, HEBREW, LATIN, char_script, normalise_token

# Which lemmatiser each language uses ("" = surface keys only).  Chosen by
# measurement on the gold sets' dev split (docs/methodology.md §Lemmas).
LEMMA_BACKENDS: dict[str, str] = {"ar": "simplemma", "fa": "simplemma", "he": "simplemma", "en": "simplemma",
                                  "ru": "pymorphy3"}

_SCRIPT_LANG = {LATIN: "en", CYRILLIC: "ru", HEBREW: "he"}

# Suffixes our own segmentation may strip (longest first), per script-language.
# Arabic: verb person/number endings and pronoun enclitics; Hebrew: plural,
# feminine and past-tense person endings and the object pronoun והו («עצרוהו» -> «עצר»; issue 8,
# h46: the possessive ם was tried and dropped, «בהירים» became ב + «הירי», «מתחם» «מתח»); Persian:
# plural, ezafe/indefinite.
_SUFFIXES = {
    "ar": ("وهم", "وها", "تهم", "تها", "هما", "كما", "وا", "ون", "ين", "ات", "ان", "تا", "تم", "ها", "هم",
           "كم", "نا", "ه", "ت", "ي", "ن"),
    "fa": ("هایی", "های", "ها", "ان", "ات", "ی", "ای"),
    "he": ("והו", "ים", "ות", "תי", "נו", "תם", "ו", "ה", "ת"),
}
_PREFIXES = {
    "ar": ("وبال", "فبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال", "وس", "فس", "وب", "ول", "فب",
           "فل", "وك", "و", "ف", "ب", "ل", "ك", "س"),
    "fa": ("نمی", "می", "ب", "ن"),
    "he": ("וכש", "ושה", "ושב", "ושל", "כשה", "וה", "וב", "ול", "ומ", "וש", "וכ", "שה", "שב", "של", "שמ", "מה",
           "כש", "לה", "בה", "ו", "ה", "ב", "ל", "מ", "ש", "כ"),
}
# Arabic proclitic chains that end in the definite article (ال, or لل where the preposition ل
# swallows its alef), longest first. The article is morphology, not vocabulary: «الوساطة» is
# «وساطة» (Ryding, *A Reference Grammar of Modern Standard Arabic*, ch. 8 "the definite article";
# spelling لل: ch. 2).
_AR_DEFINITE = ("وبال", "فبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال")
# Arabic proper names the lemmatiser reads as an inflection of a lexicon word: «طالبان» (the
# Taliban) is keyed «طالب» (demanded) and became a demand in every sentence naming the movement
# (issue 8, h27). Kept as written, with or without a one- or two-letter proclitic (و ف ب ل ك).
_AR_NAMES = frozenset({"طالبان"})
_AR_NAME_CLITICS = "وفبلك"
# Arabic plural nouns the lemmatiser keys as a lexicon verb: «طلاب» / «الطلاب» (students) is keyed
# «طالب» (demanded), so «آلاف الطلاب تظاهروا» read as a demand (issue 8, h41). Keyed as the bare
# plural behind any proclitic or article chain, so a word list that writes «الطلاب» still meets it.
_AR_KEPT_NOUNS = frozenset({"طلاب"})
# Arabic future prefix (سـ, after و or ف too) before an imperfect verb: «ستقصف» is not in the
# lemmatiser's dictionary and was keyed as written, so the lexicon's «تقصف» (key «قصف») missed it.
_AR_FUTURE = ("وس", "فس", "س")
_HE_FINAL = str.maketrans({"כ": "ך", "מ": "ם", "נ": "ן", "פ": "ף", "צ": "ץ"})
# Hebrew lexicon words that begin with prefix letters and are still whole words (issue 8, h58): a
# pattern word written with its preposition, article or conjunction («מההסכם», «ההפוגה», «בשיחת»)
# is keyed as its stem, like the same word in text, but these keep their first letters. Participles
# and nouns whose מ, ה or ש is morphology (מתווך 'mediator', מיירט 'interceptor', האשמה
# 'accusation', שמירה 'guarding', not ש + «ירה» 'fired'), infinitives whose ל is the verb's
# («לשחרר» is an appeal, «שחרר» the release itself) and adverbs that are one word (בקרוב 'soon',
# בבקשה 'please', מרצון 'voluntarily', מעכשיו 'from now on'). The commoner real words (מצור, מעצר,
# מפקד, משבר, מטען, הסכם …) need no listing: a one-letter prefix must leave four letters.
_HE_WHOLE = frozenset({
    "מתווך", "מיירט", "מגייס", "מלגלג", "מחוסל", "האשמה", "הקריא", "שמירה", "לשחרר", "להיפתח",
    "בקרוב", "בבקשה", "מרצון", "מעכשיו",
})
# The lists are compared with *normalised* tokens (Persian ی -> ي, ک -> ك, ZWNJ dropped):
# normalise them the same way once.
_SUFFIXES = {k: tuple(dict.fromkeys(normalise_token(x) for x in v)) for k, v in _SUFFIXES.items()}
_PREFIXES = {k: tuple(dict.fromkeys(normalise_token(x) for x in v)) for k, v in _PREFIXES.items()}
_PREFIX_SETS = {k: frozenset(v) for k, v in _PREFIXES.items()}


def _he_prefixed(word: str, vocab: set[str] | frozenset[str]) -> bool:
    """A Hebrew vocabulary word that our segmentation would read as a prefix chain + another
    vocabulary word as written (the same guards as ``Keyer._segment``: a one-letter prefix leaves four
    letters, a chain three), unless it is a real word (``_HE_WHOLE``). Prefix + stem + suffix is not
    read: ``_segment`` strips a suffix alone first («מתווכים» is «מתווך», no מ + «תווך» + ים)."""
    if word in _HE_WHOLE or char_script(word[0]) != HEBREW:
        return False
    for pre in _PREFIXES["he"]:
        rest = word[len(pre):]
        if not word.startswith(pre) or len(rest) < (4 if len(pre) == 1 else 3):
            continue
        if rest in vocab:
            return True
    return False


def signature_of(backends: dict[str, str]) -> str:
    """``ar=simplemma,…,ru=pymorphy3`` (or ``surface``): which lemmatiser reads which language."""
    return ",".join(f"{k}={v}" for k, v in sorted(backends.items()) if v) or "surface"


def lemma_language(raw: str, lang: str | None) -> str | None:
    """The lemmatiser language for a token: by its script (Arabic script: ar or fa by the text)."""
    if not raw:
        return None
    script = char_script(raw[0])
    if script == ARABIC:
        return lang if lang in ("ar", "fa") else "ar"
    return _SCRIPT_LANG.get(script)


def _ar_kept_noun(norm: str) -> str | None:
    """The bare form of one of ``_AR_KEPT_NOUNS`` behind a proclitic or article chain, if ``norm`` is one."""
    if norm in _AR_KEPT_NOUNS:
        return norm
    for chain in _AR_DEFINITE + tuple(_AR_NAME_CLITICS) + ("وب", "ول", "فب", "فل"):
        if norm.startswith(chain) and norm[len(chain):] in _AR_KEPT_NOUNS:
            return norm[len(chain):]
    return None


_FA_VERB_PREFIXES = ("نمی", "می")
# the negative forms of «است» (keyed «است» by simplemma)
_FA_NIST = frozenset(normalise_token(w) for w in ("نیست", "نیستند", "نیستیم", "نیستم", "نیستی", "نیستید"))
_FA_NEG_CONT = normalise_token("نمی")
# (Persian) the formal light verb «نمودن» («محکوم نمود», «حمایت نمودند», «درخواست می‌نماید», «رد نموده
# است») is the written-register twin of «کردن»: simplemma keys its forms «نمود», the lexicon writes its
# compounds with «کرد». Keyed as «کرد», so every «… کرد» pattern reads the «نمود» form too (issue 8, h66).
_FA_NEMUD = normalise_token("نمود")
_FA_KARD = normalise_token("کرد")
_ZWNJ = "\u200c"


def _fa_verb_prefix_joined(raw: str) -> str | None:
    """A Persian token with the present/continuous prefix «می» / «نمی» written joined to the
    stem, given back with the zero-width non-joiner of the standard spelling; None otherwise."""
    if _ZWNJ in raw:
        return None
    word = raw.replace("ي", "ی").replace("ك", "ک")
    for pre in _FA_VERB_PREFIXES:
        if word.startswith(pre) and len(word) - len(pre) >= 2:
            return pre + _ZWNJ + word[len(pre):]
    return None


def _ar_name(norm: str) -> bool:
    """``norm`` is one of ``_AR_NAMES``, possibly behind up to two proclitic letters («وطالبان»)."""
    for cut in range(3):
        if norm[cut:] in _AR_NAMES:
            return True
        if cut < 2 and norm[cut:cut + 1] not in _AR_NAME_CLITICS:
            return False
    return False


class _KeptDictionaries:
    """simplemma's stream dictionaries (its ``DictionaryFactory`` protocol), kept by language.

    ``StreamDictionaryFactory`` decodes a language's whole stream in Python at first use to index
    its blocks (en 0.10 s, he 0.09 s, ar 0.24 s); the built maps pickle to ~5 MB for the four
    languages the lexicon uses and load in ~10 ms, so the analyser cache carries them
    (``Keyer.__getstate__``) and a warm start reads its first sentence without rebuilding one.
    """

    def __init__(self, stream: Any) -> None:
        self._stream = stream
        self.maps: dict[str, Any] = {}

    def get_dictionary(self, lang: str) -> Any:
        m = self.maps.get(lang)
        if m is None:
            m = self.maps[lang] = self._stream.get_dictionary(lang)
        return m


# The lemmatisers are shared by every Keyer of the process (the analyser's, story grouping's):
# their dictionaries are tens of megabytes and stateless once loaded, so a second Keyer must not
# load them again.
@functools.lru_cache(maxsize=1)
def _simplemma_backend() -> tuple[_KeptDictionaries, Any]:
    from simplemma import Lemmatizer
    from simplemma.strategies import DefaultStrategy
    from simplemma.strategies.dictionaries import StreamDictionaryFactory

    factory = _KeptDictionaries(StreamDictionaryFactory())
    return factory, Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=factory))


@functools.lru_cache(maxsize=1)
def _pymorphy_backend() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


# The lemmatisers' answers, shared by every Keyer of the process: the analyser's (with its lexicon
# segmentation) and the grouper's (events.lemma_key, without it) lemmatise the same headline words
# -- a filing worker looked each of them up again in pymorphy3's and simplemma's dictionaries
# (issue 12: a fifth of building story profiles).  A pure function of (backend, language, word);
# emptied when full, as the per-Keyer caches are.
_LEMMAS: dict[tuple[str, str, str], str] = {}
_LEMMAS_MAX = 200_000


# the parts of speech that can head or modify a nominative subject (Keyer.ru_tagged)
_RU_NOMINALS = frozenset({"NOUN", "ADJF", "PRTF", "NPRO"})


class Keyer:
    """Token -> matching key, with a bounded cache per (word, language)."""

    # per language, emptied when full (text.WORD_CACHE_MAX says why): the busiest language of the
    # corpus, English, has 32,703 distinct keyed forms in six weeks of news (bench/vocabulary.py)
    _CACHE_MAX = 50_000

    def __init__(self, backends: dict[str, str] | None = None) -> None:
        self.backends = dict(LEMMA_BACKENDS if backends is None else backends)
        self._by_lang: dict[str | None, dict[str, str]] = {}
        self._simplemma: Any = None
        self._factory: Any = None
        self._morph: Any = None
        self._dictionaries: dict[str, Any] = {}  # simplemma maps brought by the cache, not yet handed over
        self.vocabulary: frozenset[str] = frozenset()
        self._fa_neg: dict[str, bool] = {}  # fa_negative's answers

    # The lemmatisers load on first use, not in the constructor: a process that reads one
    # English sentence from the analyser cache (cache.py) never pays for pymorphy3 (~80 ms)
    # or simplemma's other languages. They are process-wide (``_simplemma_backend``).
    def _simplemma_pair(self) -> tuple[Any, Any]:
        if self._simplemma is None:
            self._factory, self._simplemma = _simplemma_backend()
            for lang, m in self._dictionaries.items():
                self._factory.maps.setdefault(lang, m)
            self._dictionaries = {}
        return self._factory, self._simplemma

    def _pymorphy(self) -> Any:
        if self._morph is None:
            self._morph = _pymorphy_backend()
        return self._morph

    def preload(self) -> None:
        """Load every configured lemmatiser and dictionary now, e.g. before forking workers that
        should share them (copy-on-write) instead of each loading its own on first use."""
        for lang, backend in self.backends.items():
            if backend == "simplemma":
                with contextlib.suppress(ValueError):  # a language simplemma does not ship
                    self._simplemma_pair()[0].get_dictionary(lang)
            elif backend == "pymorphy3":
                self._pymorphy()

    # Pickling (the analyser cache, cache.py): the word caches and the vocabulary are data and
    # travel; the lemmatisers are process-wide objects holding tens of megabytes of dictionaries,
    # so they stay out and are attached again on first use in the loading process.
    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_simplemma"] = state["_factory"] = state["_morph"] = None
        if self._factory is not None:
            state["_dictionaries"] = {**self._dictionaries, **self._factory.maps}
        return state

    @property
    def signature(self) -> str:
        """Part of the analyser version: the same data read with other keys is another reading."""
        return signature_of(self.backends)

    def set_vocabulary(self, words: Iterable[str]) -> None:
        """Keys the lexicon uses: our own segmentation only ever lands on one of these.

        A vocabulary word is never segmented, so a Hebrew pattern word written with its prefix
        («יצא מההסכם», «ההפוגה נכנסה לתוקף») would keep that prefixed form whole in every text and
        never meet the bare stem of other patterns («מההסכם» is no «הסכם» anywhere). Such words are
        left out of the vocabulary (:func:`_he_prefixed`); the pattern's own key then goes through the
        same segmentation as the text, and both meet on the stem. ``_HE_WHOLE`` keeps the real words."""
        vocab = {w for w in words if len(w) >= 3}
        self.vocabulary = frozenset(w for w in vocab if not _he_prefixed(w, vocab))
        self._by_lang.clear()

    def cache_for(self, lang: str | None) -> dict[str, str]:
        """The per-language cache ``key`` fills (read it directly in hot loops)."""
        c = self._by_lang.get(lang)
        if c is None:
            c = self._by_lang[lang] = {}
        return c

    def key(self, raw: str, lang: str | None) -> str:
        c = self._by_lang.get(lang)
        if c is None:
            c = self._by_lang[lang] = {}
        k = c.get(raw)
        if k is None:
            k = self._key(raw, lang)
            if len(c) >= self._CACHE_MAX:
                c.clear()
            c[raw] = k
        return k

    def keys(self, raws: Iterable[str], lang: str | None) -> list[str]:
        return [self.key(r, lang) for r in raws]

    def _key(self, raw: str, lang: str | None) -> str:
        norm = normalise_token(raw)
        if not norm:
            return ""
        llang = lemma_language(raw, lang)
        backend = self.backends.get(llang or "", "")
        if not backend:
            return norm
        if llang == "en" and norm.endswith("nt") and ("'" in raw or "\u2019" in raw):
            # (English) a negative contraction is one token, and simplemma keys it with its
            # positive auxiliary ("won't" -> "will", "can't" -> "can"): "won't allow" would then
            # match the pattern "will allow" and "will disarm" the pattern "won't disarm". Keep
            # the written form ("wont"), so a contracted pattern matches only contracted text.
            return norm
        if llang == "ar" and _ar_name(norm):
            return norm
        if llang == "ar" and (kept := _ar_kept_noun(norm)):
            return kept
        lemma = self._lemma(raw, llang or "", backend)
        if llang == "fa" and backend == "simplemma" and (joined := _fa_verb_prefix_joined(raw)):
            # (Persian) the verb prefix written without its zero-width non-joiner («میکند» for
            # «می‌کند»): simplemma keys the joined spelling as another verb's infinitive («میکند» ->
            # «کندن», to dig) or as an infinitive where the standard spelling gets the past stem
            # the patterns use («می‌دهد» -> «داد»). Read it as the standard spelling when the
            # dictionary knows that one («میدان» stays: «می‌دان» is no word).
            std = self._lemma(joined, "fa", backend)
            if std != joined:
                lemma = std
        if llang == "ar" and raw[:1] == "ا" and backend == "simplemma":
            # written without hamza («اغلاق», «اطلاق»): read as the hamza-below spelling when the
            # dictionary has it. News drops the hamza of form-IV masdars all the time, and the
            # dictionary maps the bare spelling to the verb («اغلاق» -> «أغلق»), so the two
            # spellings of one word would get two keys.
            cand = "إ" + raw[1:]
            if cand in self._simplemma_pair()[0].get_dictionary("ar"):
                lemma = self._lemma(cand, "ar", backend)
        k = normalise_token(lemma) if lemma else norm
        if llang == "fa" and k == _FA_NEMUD:
            return _FA_KARD
        if llang == "ar" and k == norm and self.vocabulary and k not in self.vocabulary and (fut := self._ar_future(norm)):
            return fut
        if llang == "ar" and k == norm and self.vocabulary and (bare := self._ar_indefinite(raw, norm)):
            # (Arabic) a definite form the lemmatiser does not know is keyed as its bare noun when
            # that is a lexicon word, even if the definite form is a key too: a phrase that writes a
            # later token with its article («جهود الوساطة») puts «الوساطة» in the vocabulary, and
            # the single-word pattern «وساطة» must still match «عرض الوساطة». The phrase's own key
            # comes through here as well («جهود وساطة»), so pattern and text meet.
            return bare
        if llang == "he" and k != norm and (cut := norm.find(k)) > 0 and norm[:cut] not in _PREFIX_SETS[llang]:
            # (Hebrew) the lemmatiser cut letters that are no prefix chain: «התרעה» (alert) is not
            # ה+ת + «רעה» (evil); keep the written form, our segmentation may still apply
            k = norm
        if self.vocabulary and k not in self.vocabulary and llang in _SUFFIXES:
            # the lemmatiser left a clitic or suffix on (or guessed a form the lexicon
            # does not use): segment the written form, then the lemma
            k = self._segment(norm, llang or "", plural=k == norm) or (self._segment(k, llang or "") if k != norm else None) or k
        return k

    def fa_negative(self, raw: str) -> bool:
        """(Persian) a verb written with the negation prefix «ن» («نکرد», «نمی‌پذیرد», «نخواهد»,
        «نماند»), or a form of «نیست». simplemma keys these as their positive verb («نکرد» -> «کرد»,
        «نیست» -> «است»), so a key alone cannot tell «تصویب نکرد» from «تصویب کرد». A word counts
        as negative when it drops a leading «ن» and keys the same without it: nouns that start
        with «ن» («نبرد» aside, which keys as itself; «نظامی», «نماینده») key otherwise."""
        c = self._fa_neg
        got = c.get(raw)
        if got is None:
            norm = normalise_token(raw)
            if norm in _FA_NIST or (norm.startswith(_FA_NEG_CONT) and len(norm) >= 5):
                got = True  # «نیست»; the negative continuous «نمی‌» / «نمی»
            elif len(norm) < 3 or norm[0] != "ن" or raw[:1] != "ن":
                got = False
            else:
                k = self.key(raw, "fa")
                rest = raw[1:]
                got = bool(k) and k != norm and (
                    k in (self.key(rest, "fa"), normalise_token(rest))  # «نکرد» = ن + «کرد», «نشد» -> «شد»
                    # before «ا» the prefix is «نی»: «نیفتاد» = ن + «افتاد»
                    or (rest[:1] == "ی" and k == self.key("ا" + rest[1:], "fa")))
            if len(c) >= self._CACHE_MAX:
                c.clear()
            c[raw] = got
        return got

    def ru_future(self, raw: str) -> bool:
        """A Russian perfective verb in the non-past, i.e. the future («нанесет», «ударит»,
        «закроет», «ударим»): pymorphy3 keys it with its past («нанес»), so the tense is read from the tag.
        Only when the likeliest reading is a verb and every verb reading is a future: a two-aspect
        verb («атакует») may be present."""
        if self.backends.get("ru") != "pymorphy3":
            return False
        cache: dict[str, bool] | None = self.__dict__.get("_ru_future")
        if cache is None:
            cache = self.__dict__["_ru_future"] = {}
        word = raw.lower()
        found = cache.get(word)
        if found is None:
            parses = self._pymorphy().parse(word)
            verbs = [p.tag for p in parses if p.tag.POS == "VERB"]
            # the likeliest reading must be the verb: «запрет» (ban) is also «запрёт» (will lock)
            # a first-person plural future is also the inclusive imperative («ударим», «нанесем»:
            # 'we will strike' / 'let us strike'): both are an intended act, no report (h92)
            found = bool(verbs) and parses[0].tag.POS == "VERB" and all(
                t.tense == "futr" or (t.mood == "impr" and t.involvement == "incl") for t in verbs)
            if len(cache) >= self._CACHE_MAX:
                cache.clear()
            cache[word] = found
        return found

    def ru_tagged(self, raw: str, what: str) -> bool:
        """A Russian word's grammar by pymorphy3, for composition (h52): ``what`` is "passive", a short
        passive participle («отменен», «сняты»: not «отменили»), any reading; "barrier", a verb, an
        infinitive, a preposition or a conjunction in its likeliest reading; or "nominative", a
        noun or adjective that can be a nominative («час», «санкции», «блокада»; not «удара», nor the
        preposition «по», which pymorphy3 also reads as an indeclinable noun), any reading."""
        if self.backends.get("ru") != "pymorphy3":
            return False
        cache: dict[tuple[str, str], bool] | None = self.__dict__.get("_ru_tagged")
        if cache is None:
            cache = self.__dict__["_ru_tagged"] = {}
        word = raw.lower()
        found = cache.get((word, what))
        if found is None:
            parses = self._pymorphy().parse(word)
            if what == "passive":
                # any reading: «отменен» is also the short adjective of «отменный»
                found = any(p.tag.POS == "PRTS" for p in parses)
            elif what == "barrier":
                # the likeliest reading is a verb, an infinitive, a preposition or a conjunction (h92: what
                # may stand between a future verb and its direct object is no such word)
                found = bool(parses) and parses[0].tag.POS in ("VERB", "INFN", "PREP", "CONJ")
            else:
                found = (bool(parses) and parses[0].tag.POS not in ("PREP", "CONJ", "PRCL")
                         and any("nomn" in p.tag and p.tag.POS in _RU_NOMINALS for p in parses))
            if len(cache) >= self._CACHE_MAX:
                cache.clear()
            cache[(word, what)] = found
        return found

    def _lemma(self, raw: str, llang: str, backend: str) -> str:
        memo = (backend, llang, raw)
        got = _LEMMAS.get(memo)
        if got is not None:
            if backend == "simplemma" and self._simplemma is None:
                # attach the process's simplemma as a lookup would: the analyser cache pickles the
                # dictionaries this Keyer holds (__getstate__), and a Keyer answered from the memo
                # alone would write a cache without them
                self._simplemma_pair()
            return got
        if backend == "pymorphy3":
            parses = self._pymorphy().parse(raw.lower())
            got = str(parses[0].normal_form) if parses else raw
        elif backend == "simplemma":
            try:
                got = str(self._simplemma_pair()[1].lemmatize(raw, lang=llang))
            except ValueError:  # a language simplemma does not ship
                got = raw
        else:
            got = raw
        if len(_LEMMAS) >= _LEMMAS_MAX:
            _LEMMAS.clear()
        _LEMMAS[memo] = got
        return got

    def _ar_future(self, norm: str) -> str | None:
        """The key of an Arabic imperfect verb behind the future prefix سـ («ستقصف» -> «تقصف» ->
        «قصف»), if that key is a lexicon word. The rest must read as an imperfect (ي ت ن ا first)
        and keep four letters, so nouns that begin with س («سيارة», «سياسة») are not cut."""
        for pre in _AR_FUTURE:
            rest = norm[len(pre):]
            if norm.startswith(pre) and len(rest) >= 4 and rest[0] in "يتنا":
                k = self.key(rest, "ar")
                return k if k in self.vocabulary else None
        return None

    def _ar_indefinite(self, raw: str, norm: str) -> str | None:
        """The key of an Arabic word without its article chain («الوساطة», «بالوساطة», «للوساطة»),
        if that key is a lexicon word and the lemmatiser's dictionary does not know the written
        form (it knows words that only look definite: «التهم» 'devoured', «التقى» 'met')."""
        for chain in _AR_DEFINITE:
            if norm.startswith(chain) and len(norm) - len(chain) >= 3:
                if raw in self._simplemma_pair()[0].get_dictionary("ar"):
                    return None
                # the bare word goes through the whole keyer (lemma, then segmentation): its plural
                # or suffixed form reaches the lexicon word the same way as when written bare
                k = self.key(raw[len(chain):], "ar") if raw.startswith(chain) else norm[len(chain):]
                return k if k in self.vocabulary else None
        return None

    def _segment(self, norm: str, llang: str, *, plural: bool = False) -> str | None:
        """Strip clitics/suffixes while the rest is a lexicon word (our own segmentation).

        Guards against three-letter roots that are too easy to hit: a one-letter
        proclitic must leave four letters («سائد» is not س + «ائد»), and a word
        stripped at both ends must keep four («وزارة» is not و + «زار» + ة).
        ``plural``: the lemmatiser left the word as written (Arabic): only then is a final ات
        read back as the sound feminine plural of a word in ة («وبغارات» -> «غارة»); a plural
        the lemmatiser knows already has its singular as the lemma.
        """
        vocab = self.vocabulary
        candidates: list[tuple[str, bool]] = [(norm, False)]
        for pre in _PREFIXES.get(llang, ()):
            if norm.startswith(pre) and len(norm) - len(pre) >= (4 if len(pre) == 1 else 3):
                if llang == "ar" and pre.endswith("س") and norm[len(pre)] not in "يتنا":
                    # the future سـ goes before an imperfect verb only: «سلامتكم» is no س + «لامت»
                    continue
                candidates.append((norm[len(pre):], True))
        for c, _ in candidates[1:]:
            if c in vocab:
                return c
        for c, prefixed in candidates:
            for suf in _SUFFIXES[llang]:
                if not c.endswith(suf):
                    continue
                stem = c[: -len(suf)]
                if len(stem) >= (4 if prefixed else 3):
                    if llang == "he":
                        stem = stem[:-1] + stem[-1].translate(_HE_FINAL)
                    if stem in vocab:
                        return stem
                    if llang == "ar" and stem.endswith("ت") and stem[:-1] + "ه" in vocab:
                        return stem[:-1] + "ه"  # ta marbuta written ت before a suffix: «حملتها» -> «حمله»
                if plural and suf == "ات" and llang == "ar" and len(stem) >= 3 and stem + "ه" in vocab:
                    # the sound feminine plural replaces ة by ات («غارة» -> «غارات»; Ryding, ch. 7), so
                    # its singular is the stem plus ة, after any proclitic chain too («وبالغارات»):
                    # the singular, with its ة, is what must keep four letters
                    return stem + "ه"
        return None
