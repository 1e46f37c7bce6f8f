"""Checks of the seed lexicon (seeds/lexicon/*.toml): schema, anchors, coverage, hygiene, behaviour.

The schema is the production validator's (monitor/analysis/seedschema.py, what `load_reference(strict=True)`
and `monitor seeds check` run); the behaviour tests read the ambiguity guards of seeds/checks/guards.toml
(a labour "strike", a "heart attack", ضربة جزاء, מטבח = מ+טבח) with the production analyser, so a data edit
that breaks a documented guard fails here exactly as it fails `monitor seeds check` (issue 11 §4: these
tests used to carry a reference matcher of their own).  What stays here is house style and coverage.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from monitor.analysis import seedschema
from monitor.analysis.analyzer import Analyzer
from monitor.analysis.reference import ReferenceError, data_release, load_reference, seeds_dir
from monitor.analysis.seedcheck import guarded_words, lemma_key_clashes, load_guards, run_guards
from monitor.analysis.service import get_analyzer

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
LEX = SEEDS / "lexicon"
GOLDSTEIN_TABLE = ROOT.parent / "shared" / "reference" / "lexicons" / "CAMEO.goldsteinscale.txt"

LANGS = ("en", "ar", "fa", "he", "ru")
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
ENTRY_KEYS_OPTIONAL = {"note", "near", "unless_near", "window", "clitics", "plover", "ambiguous", "near_parties"}

# --------------------------------------------------------------------------- loading


@cache
def load(name: str) -> dict[str, Any]:
    with (LEX / name).open("rb") as fh:
        return tomllib.load(fh)


def signals(lang: str) -> dict[str, Any]:
    return load(f"signals-{lang}.toml")


def entries(lang: str) -> list[dict[str, Any]]:
    return signals(lang)["entry"]


# --------------------------------------------------------------------------- the production rules

HE_NIQQUD = re.compile(r"[\u0591-\u05c7]")


@cache
def analyzer() -> Analyzer:
    return get_analyzer()


@cache
def problems() -> tuple[str, ...]:
    """Every problem the production validator finds in the shipped seeds (strict load)."""
    try:
        load_reference(seeds_dir(), strict=True)
    except ReferenceError as exc:
        return tuple(exc.problems)
    return ()


def problems_of(lang: str, *needles: str) -> list[str]:
    """The validator's problems for ``lang``'s signal file that mention one of ``needles``."""
    return [p for p in problems() if p.startswith(f"lexicon/signals-{lang}.toml") and any(n in p for n in needles)]


def pattern_key(p: str, lang: str) -> tuple[str, ...]:
    return seedschema.pattern_key(p, lang)


# --------------------------------------------------------------------------- signal files: schema


@pytest.mark.parametrize("lang", LANGS)
def test_signal_file_header(lang: str) -> None:
    text = (LEX / f"signals-{lang}.toml").read_text(encoding="utf-8")
    assert text.startswith("#"), "each seed file starts with a header comment"
    data = signals(lang)
    # one version source: seeds/MANIFEST.toml, not a date in every header (issue 11 §4)
    assert "schema" not in data and "version" not in data
    assert data_release().version and data_release().schema == seedschema.SCHEMA
    assert data["language"] == lang
    assert problems_of(lang, "") == []


@pytest.mark.parametrize("lang", LANGS)
def test_entry_keys(lang: str) -> None:
    # the production schema requires and knows exactly these keys ("lang": an entry of another language)
    assert {k for k, (required, _) in seedschema.ENTRY.items() if required} == ENTRY_KEYS_REQUIRED
    assert set(seedschema.ENTRY) == ENTRY_KEYS_REQUIRED | ENTRY_KEYS_OPTIONAL | {"lang"}
    assert problems_of(lang, "required key", "unknown key") == []
    for e in entries(lang):
        assert isinstance(e["weight"], float), e["id"]  # house style: weights are written 9.0, not 9
        if "clitics" in e:
            assert e["clitics"] is False, f"{e['id']}: clitics is only written to switch it off"


def test_ids_unique_and_well_formed() -> None:
    for lang in LANGS:
        assert problems_of(lang, "id must read", "id defined twice") == []
    ids = [e.id for e in analyzer().ref.lexicon]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("lang", LANGS)
def test_category_polarity_mode_weight(lang: str) -> None:
    # the production rules (seedschema._check_lexicon): a known category, its polarity, a weight in
    # [-10, 10] of the polarity's sign, a mode of the polarity and, for threat/act, of the category
    assert set(seedschema.CATEGORIES) == set(ALL_CATEGORIES)
    assert set(ESCALATION + NEW_ESCALATION) == seedschema.ESCALATION
    assert {c: set(m) for c, m in seedschema.V1_MODES.items()} == {c: m for c, m in MODES.items() if m <= {"threat", "act"}}
    assert problems_of(lang, "category", "polarity", "weight", "mode") == []


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
    # strings without padding or double spaces, in NFC, a word each, no repeated pattern, none empty
    assert problems_of(lang, "patterns:", "near:", "unless_near:", "has no word") == []
    for e in entries(lang):
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


AR_ARTICLE_ROOT = {"التقى", "التقت", "التقيا", "التزام", "التزامات", "التمس", "التمست"}  # form VIII: ال is root material


def test_arabic_single_words_are_written_without_the_article() -> None:
    """README: the matcher adds / strips ال, so single words are written bare (غارة, not الغارة)."""
    for e in entries("ar"):
        for p in e["patterns"]:
            if " " not in p and p.startswith("ال") and len(p) > 4:
                assert p in AR_ARTICLE_ROOT, f"{e['id']}: write {p!r} without ال"


@pytest.mark.parametrize("lang", LANGS)
def test_no_pattern_in_two_entries(lang: str) -> None:
    """After normalisation a surface form belongs to exactly one entry of a language."""
    assert problems_of(lang, "a surface form belongs to one entry") == []


@pytest.mark.parametrize("lang", LANGS)
def test_proximity_rules_well_formed(lang: str) -> None:
    # window (a whole number from 1 to 12) goes with near / unless_near; no word is both pattern and exclusion
    assert problems_of(lang, "window", "both a pattern and an exclusion") == []


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


# Ambiguous surface forms that must never be a bare, unguarded pattern (README, "Ambiguity"), and the
# sentences the lexicon must read right: seeds/checks/guards.toml, which `monitor seeds check` runs too.
GUARDS = load_guards(SEEDS)
assert GUARDS is not None
KNOWN_DEFECTS = [c for c in GUARDS.cases if c.known]


@pytest.mark.parametrize("lang", LANGS)
def test_ambiguous_words_are_guarded(lang: str) -> None:
    assert GUARDS.guarded[lang] and GUARDS.never_bare[lang], f"{lang}: no guarded / never-bare words"
    assert [p for p in guarded_words(analyzer(), GUARDS) if f"[{lang}]" in p] == []


# --------------------------------------------------------------------------- behaviour

def test_the_guards_keep_their_cases() -> None:
    """The behaviour cases moved to seeds/checks/guards.toml (44, of five languages): none may quietly go."""
    assert len(GUARDS.cases) >= 44
    assert {c.lang for c in GUARDS.cases} == set(LANGS)
    assert len(KNOWN_DEFECTS) <= 2


@pytest.mark.parametrize("case", [
    pytest.param(c, marks=pytest.mark.xfail(reason=f"known analyser defect: {c.known}", strict=True)) if c.known else c
    for c in GUARDS.cases], ids=lambda c: f"{c.lang}-{c.line}")
def test_guard_case_read_by_the_production_analyser(case: Any) -> None:
    (result,) = run_guards(analyzer(), type(GUARDS)((case,), {}, {}))
    assert case.found <= result.categories, (case.text, sorted(result.ids))
    assert not (case.not_found & result.categories), (case.text, sorted(result.ids))
    assert case.entries <= result.ids and not (case.not_entries & result.ids), (case.text, sorted(result.ids))


def test_longest_match_wins() -> None:
    ids = {s.entry for s in analyzer().analyze("the ceasefire violation was condemned", lang="en").signals}
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
    assert "schema" not in data and "version" not in data  # seeds/MANIFEST.toml holds them
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
    forms = {pattern_key(f, lang) for v in claims()["verb"] if v["lang"] == lang for f in v["forms"]}
    missing = [w for w in REQUIRED_VERBS[lang] if pattern_key(w, lang) not in forms]
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
    assert "schema" not in data and "version" not in data  # seeds/MANIFEST.toml holds them
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
        (c["lang"], pattern_key(f, c["lang"]))
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
        assert (lang, pattern_key(word, lang)) in cues, (lang, word)


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
    assert "schema" not in data and "version" not in data  # seeds/MANIFEST.toml holds them
    families = {f["name"] for f in data["family"]}
    by_lang = defaultdict(set)
    for x in data["exclusion"]:
        assert x["scope"] in {"sentence", "article", "casualties", "crime"}, x
        assert x["family"] in families, x
        assert x["terms"] and all(t == t.strip() and t for t in x["terms"]), x
        by_lang[x["lang"]].add(x["family"])
    for lang in LANGS:
        assert {"sport", "entertainment", "commemoration", "culture", "disaster"} <= by_lang[lang], lang


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
    assert problems_of(lang, "ambiguous without near / unless_near") == []
    assert any(e.get("ambiguous") for e in entries(lang))


def test_no_lemma_key_in_entries_of_two_types() -> None:
    """Two entries whose patterns meet on the same lemma keys fire together: they must agree on type
    and polarity (the surface test above cannot see "pull-out" and "pull out" as one pattern)."""
    assert lemma_key_clashes(analyzer()) == []


def test_the_shipped_seeds_pass_the_production_validator() -> None:
    assert problems() == ()
