"""Checks of the seed lexicon (seeds/lexicon/*.toml): schema, anchors, coverage, hygiene, behaviour.

The behaviour tests run a deliberately small reference reading of the matching rules documented in
seeds/lexicon/README.md (normalisation, proclitics, longest match, near / unless_near windows). It is
not the production matcher; it exists so that a data edit that breaks a documented ambiguity guard
(a labour "strike", a "heart attack", ضربة جزاء, מטבח = מ+טבח) fails here.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
LEX = ROOT / "seeds" / "lexicon"
GOLDSTEIN_TABLE = ROOT.parent / "shared" / "reference" / "lexicons" / "CAMEO.goldsteinscale.txt"

LANGS = ("en", "ar", "fa", "he", "ru")
VERSION = "2026.12.06"
MIN_ENTRIES = {"en": 120, "ar": 120, "fa": 60, "he": 60, "ru": 60}

ESCALATION = ("threat", "mobilisation", "sanction", "accusation", "attack", "casualties")
DEESCALATION = ("appeal", "mediation", "talks", "agreement", "withdrawal", "release", "aid")
CATEGORIES = ESCALATION + DEESCALATION
# Reading v2 (issue 8): categories of the PLOVER types the first lexicon lacked
NEW_ESCALATION = ("demand", "disapproval", "rejection", "protest", "coercion")
NEW_DEESCALATION = ("concession", "cooperation", "support")
ALL_CATEGORIES = CATEGORIES + NEW_ESCALATION + NEW_DEESCALATION
# category -> modes it may use (README, "Modes")
MODES = {
    "threat": {"threat"},
    "mobilisation": {"threat"},
    "sanction": {"threat", "act"},
    "accusation": {"threat"},
    "attack": {"act"},
    "casualties": {"act"},
    "appeal": {"verbal"},
    "mediation": {"verbal"},
    "talks": {"verbal"},
    "agreement": {"verbal", "material"},
    "withdrawal": {"material"},
    "release": {"material"},
    "aid": {"material"},
    **{c: {"verbal", "material"} for c in NEW_ESCALATION + NEW_DEESCALATION},
}
# PLOVER scores quoted in METHODOLOGY.md (the anchors may cite only these)
PLOVER_SCORES = {
    "ASSAULT": -9.0,
    "ASSAULT aerial": -9.5,
    "COERCE": -7.0,
    "SANCTION": -6.0,
    "MOBILIZE": -5.5,
    "THREATEN": -3.5,
    "REJECT": -2.0,
    "ACCUSE allege": -3.5,
    "AGREE": 2.5,
    "CONSULT": 2.5,
    "SUPPORT": 5.0,
    "CONCEDE": 4.5,
    "COOPERATE": 9.5,
    "AID": 10.0,
    "RETREAT ceasefire": 7.5,
    "RETREAT withdraw": 8.0,
    "RETREAT release": 6.5,
    "REQUEST": 0.0,
    "ACCUSE disapprove": -3.5,
    "PROTEST": -4.0,
}
ENTRY_KEYS_REQUIRED = {"id", "category", "polarity", "weight", "mode", "anchor", "patterns"}
ENTRY_KEYS_OPTIONAL = {"note", "near", "unless_near", "window", "clitics", "plover", "ambiguous"}

# --------------------------------------------------------------------------- loading


@cache
def load(name: str) -> dict[str, Any]:
    with (LEX / name).open("rb") as fh:
        return tomllib.load(fh)


def signals(lang: str) -> dict[str, Any]:
    return load(f"signals-{lang}.toml")


def entries(lang: str) -> list[dict[str, Any]]:
    return signals(lang)["entry"]


# --------------------------------------------------------------------------- normalisation
# The rules of README.md, "Normalisation the matcher applies", in their simplest form.

AR_DIACRITICS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
HE_NIQQUD = re.compile(r"[\u0591-\u05c7]")
AR_PROCLITICS = (
    "و",
    "ف",
    "ب",
    "ل",
    "ك",
    "ال",
    "وال",
    "بال",
    "فال",
    "كال",
    "لل",
    "ول",
    "وب",
    "فب",
    "فل",
    "وك",
    "فك",
    "ولل",
    "فلل",
    "وبال",
    "فبال",
    "وكال",
    "فكال",
)
HE_PREFIX_LETTERS = set("והבלמשכ")
TOKEN = re.compile(r"[\w\u0590-\u05ff\u0600-\u06ff]+(?:[-'\"’][\w\u0590-\u05ff\u0600-\u06ff]+)*")
SENTENCE_END = re.compile(r"[.!?؟;\n۔]+")


def normalise(text: str, lang: str) -> str:
    t = unicodedata.normalize("NFC", text).lower()
    if lang == "ar":
        t = AR_DIACRITICS.sub("", t)
        t = re.sub("[أإآٱ]", "ا", t).replace("ى", "ي").replace("ة", "ه")
    elif lang == "fa":
        t = AR_DIACRITICS.sub("", t).replace("ي", "ی").replace("ك", "ک").replace("\u200c", "")
    elif lang == "he":
        t = HE_NIQQUD.sub("", t)
        for q in ("״", "”", "“"):
            t = t.replace(q, '"')
    elif lang == "ru":
        t = t.replace("ё", "е")
    return re.sub(r"\s+", " ", t).strip()


def tokens(text: str, lang: str) -> list[str]:
    out = [m.group(0) for m in TOKEN.finditer(normalise(text, lang))]
    if lang == "en":
        out = [re.sub(r"['’]s$", "", w) for w in out]
    return out


def candidates(token: str, lang: str) -> set[str]:
    """The token and the token without proclitics / prefix letters."""
    found = {token}
    if lang == "ar":
        found |= {
            token[len(p) :]
            for p in AR_PROCLITICS
            if token.startswith(p) and len(token) - len(p) >= 2
        }
    elif lang == "he":
        for k in (1, 2, 3):
            if len(token) - k >= 2 and all(ch in HE_PREFIX_LETTERS for ch in token[:k]):
                found.add(token[k:])
    return found


def pattern_key(pattern: str, lang: str) -> str:
    """Key under which two patterns are the same pattern for the matcher."""
    toks = tokens(pattern, lang)
    if lang == "ar":
        toks = [t[2:] if t.startswith("ال") and len(t) > 4 else t for t in toks]
    return " ".join(toks)


# --------------------------------------------------------------------------- reference matcher


class ReferenceMatcher:
    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.by_first: dict[str, list[tuple[list[str], dict[str, Any]]]] = defaultdict(list)
        for e in entries(lang):
            for p in e["patterns"]:
                toks = tokens(p, lang)
                self.by_first[toks[0]].append((toks, e))

    @staticmethod
    def _at(cands: list[set[str]], i: int, seq: list[str]) -> bool:
        return i + len(seq) <= len(cands) and all(seq[k] in cands[i + k] for k in range(len(seq)))

    def _near(self, cands: list[set[str]], lo: int, hi: int, words: list[str]) -> bool:
        seqs = [tokens(w, self.lang) for w in words]
        return any(
            self._at(cands, i, s) for s in seqs if s for i in range(max(lo, 0), min(hi, len(cands)))
        )

    def categories(self, text: str) -> set[str]:
        return {e["category"] for e in self.hits(text)}

    def ids(self, text: str) -> set[str]:
        return {e["id"] for e in self.hits(text)}

    def hits(self, text: str) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        for sentence in SENTENCE_END.split(text):
            toks = tokens(sentence, self.lang)
            cands = [candidates(t, self.lang) for t in toks]
            exact = [{t} for t in toks]
            raw = []
            for i, cs in enumerate(cands):
                for c in cs:
                    for seq, e in self.by_first.get(c, []):
                        grid = cands if e.get("clitics", True) else exact
                        if self._at(grid, i, seq):
                            raw.append((i, i + len(seq), e))
            longest = [
                h
                for h in raw
                if not any(o[0] <= h[0] and h[1] <= o[1] and o[1] - o[0] > h[1] - h[0] for o in raw)
            ]
            for start, end, e in longest:
                w = e.get("window", 6)
                if e.get("near") and not self._near(cands, start - w, end + w, e["near"]):
                    continue
                if e.get("unless_near") and self._near(cands, start - w, end + w, e["unless_near"]):
                    continue
                found.append(e)
        return found


@cache
def matcher(lang: str) -> ReferenceMatcher:
    return ReferenceMatcher(lang)


# --------------------------------------------------------------------------- signal files: schema


@pytest.mark.parametrize("lang", LANGS)
def test_signal_file_header(lang: str) -> None:
    text = (LEX / f"signals-{lang}.toml").read_text(encoding="utf-8")
    assert text.startswith("#"), "each seed file starts with a header comment"
    data = signals(lang)
    assert data["schema"] == 1
    assert data["version"] == VERSION
    assert data["language"] == lang


@pytest.mark.parametrize("lang", LANGS)
def test_entry_keys(lang: str) -> None:
    for e in entries(lang):
        keys = set(e)
        assert keys >= ENTRY_KEYS_REQUIRED, (e.get("id"), ENTRY_KEYS_REQUIRED - keys)
        assert keys <= ENTRY_KEYS_REQUIRED | ENTRY_KEYS_OPTIONAL, (
            e["id"],
            keys - ENTRY_KEYS_REQUIRED,
        )
        assert isinstance(e["weight"], float), e["id"]
        if "clitics" in e:
            assert e["clitics"] is False, f"{e['id']}: clitics is only written to switch it off"


def test_ids_unique_and_well_formed() -> None:
    seen: set[str] = set()
    for lang in LANGS:
        for e in entries(lang):
            assert re.fullmatch(rf"{lang}\.{e['category']}\.[a-z][a-z0-9_]*", e["id"]), e["id"]
            assert e["id"] not in seen, f"duplicate id {e['id']}"
            seen.add(e["id"])


@pytest.mark.parametrize("lang", LANGS)
def test_category_polarity_mode_weight(lang: str) -> None:
    for e in entries(lang):
        cat, w = e["category"], e["weight"]
        assert cat in ALL_CATEGORIES, e["id"]
        assert -10.0 <= w <= 10.0, e["id"]
        if cat in ESCALATION + NEW_ESCALATION:
            assert e["polarity"] == "escalation", e["id"]
            assert w < 0, e["id"]
            # v1 entries keep threat/act (the analyser derives the mode from the PLOVER type)
            assert e["mode"] in {"threat", "act", "verbal", "material"}, e["id"]
        else:
            assert e["polarity"] == "de-escalation", e["id"]
            assert w > 0, e["id"]
            assert e["mode"] in {"verbal", "material"}, e["id"]
        if cat in MODES and e["mode"] in {"threat", "act"}:
            assert e["mode"] in MODES[cat], (e["id"], e["mode"])


ANCHOR_VALUE = re.compile(r"\(([+-]\d+(?:\.\d+)?)\)")
ANCHOR_CAMEO = re.compile(r"CAMEO (\d{2,4})\b[^(/]*\(([+-]\d+\.\d)\)")
ANCHOR_PLOVER = re.compile(r"PLOVER ([A-Z]+(?: [a-z]+)?)[^(/]*\(([+-]\d+\.\d)\)")


@pytest.mark.parametrize("lang", LANGS)
def test_weight_follows_anchor_or_is_explained(lang: str) -> None:
    """A weight equals a value cited in its anchor, or a `note` says why it departs."""
    for e in entries(lang):
        assert ANCHOR_CAMEO.search(e["anchor"]), f"{e['id']}: anchor must cite a CAMEO code"
        values = {float(v) for v in ANCHOR_VALUE.findall(e["anchor"])}
        if e["weight"] not in values:
            assert e.get("note", "").strip(), (
                f"{e['id']}: weight {e['weight']} not in {values}, no note"
            )


@pytest.mark.parametrize("lang", LANGS)
def test_plover_values_are_the_published_ones(lang: str) -> None:
    for e in entries(lang):
        for name, value in ANCHOR_PLOVER.findall(e["anchor"]):
            key = name if name in PLOVER_SCORES else name.split()[0]
            assert key in PLOVER_SCORES, (e["id"], name)
            assert PLOVER_SCORES[key] == float(value), (e["id"], name, value)


@pytest.mark.shared
@pytest.mark.parametrize("lang", LANGS)
def test_cameo_values_match_goldstein_table(lang: str) -> None:
    if not GOLDSTEIN_TABLE.exists():
        pytest.skip("../shared reference data not present")
    table = dict(
        line.split("\t") for line in GOLDSTEIN_TABLE.read_text().splitlines()[1:] if "\t" in line
    )
    for e in entries(lang):
        for code, value in ANCHOR_CAMEO.findall(e["anchor"]):
            assert code in table, (e["id"], code)
            assert float(table[code]) == float(value), (e["id"], code, value, table[code])


# --------------------------------------------------------------------------- coverage


@pytest.mark.parametrize("lang", LANGS)
def test_every_category_and_size_target(lang: str) -> None:
    counts = Counter(e["category"] for e in entries(lang))
    missing = [c for c in ALL_CATEGORIES if counts[c] < 1]
    assert not missing, f"{lang}: no entry for {missing}"
    assert sum(counts.values()) >= MIN_ENTRIES[lang], (lang, sum(counts.values()))


@pytest.mark.parametrize("lang", LANGS)
def test_entries_have_several_surface_forms(lang: str) -> None:
    forms = [len(e["patterns"]) for e in entries(lang)]
    assert sum(forms) / len(forms) >= 4, f"{lang}: on average fewer than 4 surface forms per entry"


# --------------------------------------------------------------------------- pattern hygiene


@pytest.mark.parametrize("lang", LANGS)
def test_patterns_are_clean_strings(lang: str) -> None:
    for e in entries(lang):
        lists = [e["patterns"], e.get("near", []), e.get("unless_near", [])]
        for items in lists:
            assert isinstance(items, list), e["id"]
            for p in items:
                assert isinstance(p, str), e["id"]
                assert p.strip(), f"{e['id']}: empty pattern"
                assert p == p.strip(), f"{e['id']}: padded pattern {p!r}"
                assert "  " not in p, f"{e['id']}: double space in {p!r}"
                assert tokens(p, lang), f"{e['id']}: {p!r} has no token"
        assert len(set(e["patterns"])) == len(e["patterns"]), f"{e['id']}: repeated pattern"
        assert e["patterns"], f"{e['id']}: no pattern"


@pytest.mark.parametrize("lang", LANGS)
def test_script_conventions(lang: str) -> None:
    for e in entries(lang):
        for p in e["patterns"]:
            if lang == "ar":
                assert "ـ" not in p, f"{e['id']}: tatweel in {p!r}"
                assert not re.search("[یک]", p), f"{e['id']}: Persian letter in Arabic {p!r}"
            elif lang == "fa":
                assert not re.search("[يك]", p), f"{e['id']}: Arabic ي/ك in Persian {p!r}"
            elif lang == "he":
                assert not HE_NIQQUD.search(p), f"{e['id']}: niqqud in {p!r}"
            elif lang == "ru":
                assert "ё" not in p.lower(), f"{e['id']}: write ё as е in {p!r}"


AR_ARTICLE_ROOT = {"التقى", "التقت", "التقيا", "التزام", "التزامات"}


def test_arabic_single_words_are_written_without_the_article() -> None:
    """README: the matcher adds / strips ال, so single words are written bare (غارة, not الغارة)."""
    for e in entries("ar"):
        for p in e["patterns"]:
            if " " not in p and p.startswith("ال") and len(p) > 4:
                assert p in AR_ARTICLE_ROOT, f"{e['id']}: write {p!r} without ال"


@pytest.mark.parametrize("lang", LANGS)
def test_no_pattern_in_two_entries(lang: str) -> None:
    """After normalisation a surface form belongs to exactly one entry of a language."""
    where: dict[str, set[str]] = defaultdict(set)
    for e in entries(lang):
        for p in e["patterns"]:
            where[pattern_key(p, lang)].add(e["id"])
    clashes = {k: sorted(v) for k, v in where.items() if len(v) > 1}
    assert not clashes, clashes


@pytest.mark.parametrize("lang", LANGS)
def test_proximity_rules_well_formed(lang: str) -> None:
    for e in entries(lang):
        has_rule = bool(e.get("near") or e.get("unless_near"))
        assert ("window" in e) == has_rule, f"{e['id']}: window goes with near / unless_near"
        if has_rule:
            assert isinstance(e["window"], int), e["id"]
            assert 1 <= e["window"] <= 12, e["id"]
        own = {pattern_key(p, lang) for p in e["patterns"]}
        for word in e.get("unless_near", []):
            assert pattern_key(word, lang) not in own, (
                f"{e['id']}: {word!r} is both pattern and exclusion"
            )


# Function words are useless as proximity terms and harmful if an implementation compares single
# tokens: one stray "в" or "در" in unless_near would cancel almost every hit of its entry.
def _words(text: str) -> set[str]:
    return set(text.split())


FUNCTION_WORDS = {
    "en": _words("a an the to on in of with at for by from and or is are was be it as this that"),
    "ar": _words("في من على إلى الى عن مع أن ان ما لا لم قد و أو"),
    "fa": _words("از به در با را و که این آن تا برای"),
    "he": _words("את על של עם אל כי לא גם או זה"),
    "ru": _words("в на с по от к о и не за из у до для что как"),
}


@pytest.mark.parametrize("lang", LANGS)
def test_no_function_word_as_proximity_term(lang: str) -> None:
    for e in entries(lang):
        for word in e.get("near", []) + e.get("unless_near", []):
            assert word.lower() not in FUNCTION_WORDS[lang], f"{e['id']}: function word {word!r}"


# Ambiguous surface forms that must never be a bare, unguarded pattern (README, "Ambiguity").
GUARDED = {
    "en": [
        "strike",
        "strikes",
        "struck",
        "attack",
        "attacks",
        "offensive",
        "bomb",
        "blockade",
        "siege",
        "truce",
        "deal",
        "raid",
        "clashes",
        "invasion",
        "fighting",
        "explosion",
        "targeted",
        "dead",
    ],
    "ar": [
        "ضربة",
        "هجوم",
        "مسيرة",
        "حشد",
        "استهداف",
        "تسلل",
        "غارة",
        "تصعيد",
        "حصار",
        "تصفية",
        "اعتراض",
    ],
    "fa": ["حمله", "تحریم", "درگیری", "شهید", "تجاوز", "محکومیت", "نفوذ", "جنگ"],
    "he": ["תקיפה", "מתקפה", "ירי", "טבח", "טיל", "איום", "חיסול", "הפוגה", "תיווך"],
    "ru": ["удар", "атака", "наступление", "ликвидация", "блокада", "перемирие", "сбили", "угроза"],
}
NEVER_BARE = {
    "en": ["fire", "war", "shot", "hit list", "occupied"],
    "ar": ["احتلال", "رد"],
    "fa": ["فیلم"],
    "he": ["תוקף", "הפלה", "גינה", "מבצע"],
    "ru": ["операция", "линия"],
}


@pytest.mark.parametrize("lang", LANGS)
def test_ambiguous_words_are_guarded(lang: str) -> None:
    owner = {}
    for e in entries(lang):
        for p in e["patterns"]:
            owner[normalise(p, lang)] = e
    for word in GUARDED[lang]:
        e = owner.get(normalise(word, lang))
        assert e is not None, f"{lang}: {word!r} should be listed (with a guard)"
        guarded = e.get("near") or e.get("unless_near") or e.get("clitics") is False
        assert guarded, f"{lang}: {word!r} in {e['id']} has no near / unless_near / clitics guard"
    for word in NEVER_BARE[lang]:
        assert normalise(word, lang) not in owner, f"{lang}: {word!r} must not be a bare pattern"


# --------------------------------------------------------------------------- behaviour

CASES = [
    # (lang, text, categories that must be found, categories that must NOT be found)
    ("en", "Israeli jets carried out strikes on Gaza overnight", {"attack"}, set()),
    ("en", "Thousands of workers went on strike over pay", set(), {"attack"}),
    ("en", "The minister suffered a heart attack on Sunday", set(), {"attack"}),
    ("en", "Hezbollah fighters attacked an army base", {"attack"}, set()),
    ("en", "Lebanon reported a ceasefire violation near the border", {"attack"}, {"agreement"}),
    ("en", "The UN called for de-escalation and restraint", {"appeal"}, {"threat"}),
    ("en", "His offensive remarks sparked outrage", set(), {"attack"}),
    ("en", "The army launched a ground offensive", {"attack"}, set()),
    ("en", "The sequel bombed at the box office", set(), {"attack"}),
    ("en", "Qatar offered to mediate between the two sides", {"mediation"}, set()),
    ("en", "Apple struck a deal with Samsung on chips", set(), {"attack", "agreement"}),
    ("en", "A deal to free hostages was agreed in Doha", {"agreement"}, set()),
    ("en", "Three hostages were freed on Sunday", {"release"}, set()),
    ("en", "Mediators hope to prevent a wider war", {"appeal", "mediation"}, {"threat"}),
    ("en", "Air raid sirens sounded across the north", {"attack"}, set()),
    ("ar", "سجل اللاعب ضربة جزاء في الدقيقة الأخيرة", set(), {"attack"}),
    ("ar", "ضربة جوية استهدفت مواقع عسكرية", {"attack"}, set()),
    ("ar", "وبالغارات الإسرائيلية على الضاحية", {"attack"}, set()),
    ("ar", "تألق خط الهجوم في الفريق", set(), {"attack"}),
    ("ar", "خرجت مسيرة حاشدة في تعز", set(), {"attack"}),
    ("ar", "هيئة الحشد الشعبي تصدر بيانا", set(), {"mobilisation"}),
    ("ar", "دعا الأمين العام إلى ضبط النفس", {"appeal"}, set()),
    ("ar", "عرض الرئيس الوساطة بين البلدين", {"mediation"}, set()),
    ("ar", "دخل وقف إطلاق النار حيز التنفيذ", {"agreement"}, set()),
    ("ar", "الإفراج عن الأسرى الفلسطينيين", {"release"}, set()),
    ("ar", "تستهدف الحكومة خفض التضخم بنسبة 5%", set(), {"attack"}),
    ("fa", "او دچار حمله قلبی شد", set(), {"attack"}),
    ("fa", "حمله هوایی به تهران", {"attack"}, set()),
    ("fa", "آتش بس برقرار شد", {"agreement"}, set()),
    ("fa", "تحریم انتخابات از سوی مخالفان", set(), {"sanction"}),
    ("fa", "دبیرکل خواستار خویشتنداری شد", {"appeal"}, set()),
    ("he", "חשד לתקיפה מינית", set(), {"attack"}),
    ("he", "תקיפה אווירית בלבנון", {"attack"}, set()),
    ("he", "הפסקת האש נכנסה לתוקף", {"agreement"}, set()),
    ("he", "בכירי החמאס נפגשו בדוחא", set(), {"attack"}),
    ("he", "ארוחת ערב במטבח", set(), {"attack"}),
    ("he", "גינה ציבורית חדשה נפתחה", set(), {"accusation"}),
    ("ru", "штрафной удар в конце матча", set(), {"attack"}),
    ("ru", "ракетный удар по военной базе", {"attack"}, set()),
    ("ru", "наступление весны", set(), {"attack"}),
    ("ru", "перемирие вступило в силу", {"agreement"}, set()),
    ("ru", "генсек ООН призвал к сдержанности", {"appeal"}, set()),
    ("ru", "годовщина снятия блокады Ленинграда", set(), {"sanction"}),
]


@pytest.mark.parametrize(("lang", "text", "must", "must_not"), CASES)
def test_reference_reading(lang: str, text: str, must: set[str], must_not: set[str]) -> None:
    found = matcher(lang).categories(text)
    assert must <= found, (text, found)
    assert not (must_not & found), (text, found)


def test_longest_match_wins() -> None:
    ids = matcher("en").ids("the ceasefire violation was condemned")
    assert "en.attack.ceasefire_violation" in ids
    assert "en.agreement.ceasefire" not in ids


# --------------------------------------------------------------------------- claims.toml

REQUIRED_VERBS = {
    "en": [
        "said",
        "stated",
        "confirmed",
        "warned",
        "threatened",
        "vowed",
        "called for",
        "urged",
        "offered",
        "proposed",
        "denied",
        "accused",
        "announced",
        "condemned",
        "rejected",
        "agreed",
        "welcomed",
        "demanded",
        "pledged",
        "claimed",
        "reported",
    ],
    "ar": [
        "قال",
        "صرح",
        "أكد",
        "حذر",
        "هدد",
        "توعد",
        "دعا",
        "طالب",
        "عرض",
        "اقترح",
        "نفى",
        "اتهم",
        "أعلن",
        "أدان",
        "رفض",
        "رحب",
        "وافق",
        "تعهد",
        "يقول",
        "قالت",
        "قالوا",
        "يؤكد",
        "أكدت",
        "مؤكدا",
    ],
    "fa": [
        "گفت",
        "اعلام کرد",
        "تأکید کرد",
        "هشدار داد",
        "تهدید کرد",
        "خواستار شد",
        "پیشنهاد داد",
        "پیشنهاد کرد",
        "تکذیب کرد",
        "متهم کرد",
        "محکوم کرد",
    ],
    "he": ["אמר", "הודיע", "הזהיר", "איים", "קרא", "הציע", "הכחיש", "האשים", "גינה"],
    "ru": [
        "заявил",
        "заявила",
        "заявили",
        "сообщил",
        "подтвердил",
        "предупредил",
        "пригрозил",
        "призвал",
        "предложил",
        "опроверг",
        "обвинил",
        "осудил",
    ],
}
STANCE_OF = {
    "warned": "warning",
    "threatened": "threat",
    "offered": "offer",
    "denied": "denial",
    "accused": "accusation",
    "rejected": "rejection",
    "called for": "appeal",
}


def claims() -> dict[str, Any]:
    return load("claims.toml")


def test_claims_header_and_stances() -> None:
    data = claims()
    assert data["schema"] == 1
    assert data["version"] == VERSION
    names = [s["name"] for s in data["stance"]]
    assert len(names) == len(set(names))
    assert {
        "threat",
        "accusation",
        "denial",
        "offer",
        "appeal",
        "agreement",
        "statement",
        "rejection",
        "warning",
    } <= set(names)
    for s in data["stance"]:
        assert s["polarity"] in {"escalation", "de-escalation", "neutral"}, s


def test_claim_verbs_consistent_and_clean() -> None:
    data = claims()
    polarity = {s["name"]: s["polarity"] for s in data["stance"]}
    for v in data["verb"]:
        assert v["lang"] in LANGS, v
        assert v["stance"] in polarity, v
        assert v["polarity"] == polarity[v["stance"]], v
        assert v["forms"], v
        for f in v["forms"]:
            assert f and f == f.strip() and "  " not in f, (v["stance"], f)
    for a in data["attribution"]:
        assert a["forms"] and all(f == f.strip() and f for f in a["forms"]), a


@pytest.mark.parametrize("lang", LANGS)
def test_claims_cover_required_verbs(lang: str) -> None:
    forms = {normalise(f, lang) for v in claims()["verb"] if v["lang"] == lang for f in v["forms"]}
    missing = [w for w in REQUIRED_VERBS[lang] if normalise(w, lang) not in forms]
    assert not missing, f"{lang}: missing reporting verbs {missing}"
    assert any(a["lang"] == lang for a in claims()["attribution"]), (
        f"{lang}: no attribution phrases"
    )


def test_english_stances_are_the_expected_ones() -> None:
    stance = {f: v["stance"] for v in claims()["verb"] if v["lang"] == "en" for f in v["forms"]}
    for form, expected in STANCE_OF.items():
        assert stance[form] == expected, (form, stance[form])


# --------------------------------------------------------------------------- modality.toml

SCOPE = re.compile(r"(next|prev|window):\d{1,2}|token|clause|sentence")


def test_modality_cover_every_kind_in_every_language() -> None:
    data = load("modality.toml")
    assert data["schema"] == 1
    assert data["version"] == VERSION
    kinds = {k["name"] for k in data["kind"]}
    v1 = {"negation", "denial", "future", "conditional", "hypothetical", "reported", "historical"}
    # reading v2: composition kinds may also be declared here (their cues live mostly in composition-*.toml)
    assert v1 | {"nonnegation"} <= kinds <= v1 | {"nonnegation", "background", "explainer", "reaction"}
    seen = {(c["lang"], c["kind"]) for c in data["cue"]}
    for lang in LANGS:
        for kind in v1 - {"hypothetical"}:  # hypothetical: no safe Hebrew cue ("כל" = any/every)
            assert (lang, kind) in seen, f"modality: no {kind} cue for {lang}"
    for c in data["cue"] + data.get("prefix_rule", []) + data.get("rule", []):
        assert SCOPE.fullmatch(c["scope"]), c
        assert c["kind"] in kinds, c
    for c in data["cue"]:
        assert c["forms"] and all(f == f.strip() and f for f in c["forms"]), c


def test_modality_negation_catches_no_casualty_phrasing() -> None:
    cues = {
        (c["lang"], normalise(f, c["lang"]))
        for c in load("modality.toml")["cue"]
        if c["kind"] == "negation"
        for f in c["forms"]
    }
    for lang, word in [
        ("en", "no"),
        ("ar", "دون"),
        ("fa", "بدون"),
        ("he", "אין"),
        ("ru", "без"),
        ("ru", "нет"),
        ("fa", "نکرد"),
    ]:
        assert (lang, normalise(word, lang)) in cues, (lang, word)


# --------------------------------------------------------------------------- exclusions.toml

GPR_CORE_EN = [
    "movie",
    "film",
    "museum",
    "anniversary",
    "obituary",
    "memorial",
    "arts",
    "book",
    "memoir",
    "price war",
    "veteran",
    "tribute",
    "music",
    "racing",
    "cancer",
    "real estate",
    "mafia",
    "trial",
    "tax",
    "sport",
]


def test_exclusions_present_for_every_language() -> None:
    data = load("exclusions.toml")
    assert data["schema"] == 1
    assert data["version"] == VERSION
    families = {f["name"] for f in data["family"]}
    by_lang = defaultdict(set)
    for x in data["exclusion"]:
        assert x["scope"] in {"sentence", "article"}, x
        assert x["family"] in families, x
        assert x["terms"] and all(t == t.strip() and t for t in x["terms"]), x
        by_lang[x["lang"]].add(x["family"])
    for lang in LANGS:
        assert {"sport", "entertainment", "commemoration", "culture"} <= by_lang[lang], lang


def test_exclusions_keep_gpr_core_words() -> None:
    terms = {
        t for x in load("exclusions.toml")["exclusion"] if x["lang"] == "en" for t in x["terms"]
    }
    assert [w for w in GPR_CORE_EN if w not in terms] == []


# --------------------------------------------------------------------------- README


def test_readme_documents_every_key_and_category() -> None:
    readme = (LEX / "README.md").read_text(encoding="utf-8")
    keys = set()
    for lang in LANGS:
        for e in entries(lang):
            keys |= set(e)
    for v in claims()["verb"]:
        keys |= set(v)
    for word in sorted(keys | set(CATEGORIES)):
        assert f"`{word}`" in readme, f"README does not document `{word}`"
    for name in [f"signals-{lang}.toml" for lang in LANGS] + [
        "claims.toml",
        "modality.toml",
        "exclusions.toml",
    ]:
        assert name in readme, name


# --------------------------------------------------------------------------- PLOVER (issue 8)


@pytest.mark.parametrize("lang", LANGS)
def test_every_plover_type_in_every_language(lang: str) -> None:
    """All 16 PLOVER types exist in each language, and an entry's mode is its type's mode."""
    from monitor.analysis.plover import CATEGORY_DEFAULT, NAMES, mode_of

    seen: Counter[str] = Counter()
    for e in entries(lang):
        t = e.get("plover") or CATEGORY_DEFAULT[e["category"]]
        assert t in NAMES, (e["id"], t)
        seen[t] += 1
        if e["mode"] in ("verbal", "material") and e["category"] in NEW_ESCALATION + NEW_DEESCALATION:
            assert e["mode"] == mode_of(t), (e["id"], e["mode"], t)
    missing = [t for t in NAMES if seen[t] == 0]
    assert not missing, f"{lang}: no entry of PLOVER type {missing}"


@pytest.mark.parametrize("lang", LANGS)
def test_ambiguous_entries_carry_their_sense_rule(lang: str) -> None:
    """Issue 8 §7: an entry with a non-conflict sense says how to tell the senses apart."""
    for e in entries(lang):
        if e.get("ambiguous"):
            assert e.get("near") or e.get("unless_near"), f"{e['id']}: ambiguous without near/unless_near"


def test_no_lemma_key_in_entries_of_two_types() -> None:
    """Two entries whose patterns meet on the same lemma keys fire together: they must agree on type
    and polarity (the surface test above cannot see "pull-out" and "pull out" as one pattern)."""
    from collections import defaultdict

    from monitor.analysis.analyzer import _phrase_keys
    from monitor.analysis.service import get_analyzer

    an = get_analyzer()
    seen: dict[tuple[str, tuple[str, ...]], set[tuple[str, str, str]]] = defaultdict(set)
    for e in an.ref.lexicon:
        for p in e.patterns:
            seen[(e.lang, _phrase_keys(p, an.keyer, e.lang))].add((e.id, e.plover, e.polarity))
    clashes = {f"{lang}: {' '.join(k)}": sorted(v) for (lang, k), v in seen.items()
               if len({(t, pol) for _, t, pol in v}) > 1}
    assert not clashes, clashes
