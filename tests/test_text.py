"""Text handling: language, sentences, tokens and per-script normalisation (plain values)."""

from __future__ import annotations

import pytest

from monitor.analysis.matcher import Matcher, longest_non_overlapping
from monitor.analysis.text import (
    detect_language,
    expand_arabic,
    expand_hebrew,
    normalise_phrase,
    normalise_token,
    split_sentences,
    tokenize,
)


@pytest.mark.parametrize(
    ("raw", "norm"),
    [
        ("إسرائيل", "اسراييل"),  # hamza-on-alef and yeh+hamza unified
        ("اسرائيل", "اسراييل"),
        ("الإيرانيّة", "الايرانيه"),  # shadda removed, ta marbuta -> heh
        ("مُسْتَشْفَى", "مستشفي"),  # harakat removed, alef maqsura -> yeh
        ("الـــكرملين", "الكرملين"),  # tatweel
        ("٢٠٢٥", "2025"),  # Arabic-Indic digits
        ("۱۴۰۳", "1403"),  # Persian digits
        ("ایران", "ايران"),  # Persian yeh
        ("کرملین", "كرملين"),  # Persian kaf and yeh
        ("حزب‌الله", "حزبالله"),  # ZWNJ removed
        ("צַה״ל", 'צה"ל'),  # niqqud removed, gershayim -> "
        ("Ирана", "иран"),  # Russian case ending
        ("Ирану", "иран"),
        ("Ираном", "иран"),
        ("иранская", "иранск"),
        ("заявили", "заявил"),
        ("ёлка", "елк"),  # ё -> е (and stem)
        ("США", "сша"),  # short words keep their letters
        ("Iran's", "iran"),  # English possessive
        ("l'Iran", "iran"),  # French elision
        ("STRIKES", "strikes"),
    ],
)
def test_normalise_token(raw: str, norm: str) -> None:
    assert normalise_token(raw) == norm


def test_arabic_clitic_expansion_covers_combinations() -> None:
    forms = {v[0] for v in expand_arabic(normalise_phrase("غارة"), definite_ok=True)}
    for written in ("غارة", "الغارة", "والغارة", "بالغارة", "للغارة", "فالغارة", "وبالغارة", "وغارة"):
        assert normalise_token(written) in forms, written


def test_proper_names_do_not_take_the_article() -> None:
    forms = {v[0] for v in expand_arabic(normalise_phrase("إيران"), definite_ok=False)}
    assert normalise_token("وإيران") in forms
    assert normalise_token("بإيران") in forms
    assert normalise_token("الإيران") not in forms


def test_hebrew_prefix_letters() -> None:
    forms = {v[0] for v in expand_hebrew(normalise_phrase("איראן"))}
    for written in ("איראן", "ואיראן", "באיראן", "מאיראן", "לאיראן", "שבאיראן", "וכשאיראן"):
        assert normalise_token(written) in forms, written


@pytest.mark.parametrize(
    ("text", "declared", "lang"),
    [
        ("قال الرئيس الإيراني إن بلاده سترد على أي هجوم", None, "ar"),
        ("رئیس‌جمهور ایران گفت که کشورش به هر حمله‌ای پاسخ خواهد داد", None, "fa"),
        ("رئیس‌جمهور ایران گفت", "ar", "fa"),  # a wrong declaration is corrected by the letters
        ("ראש הממשלה אמר כי ישראל תגיב", None, "he"),
        ("Президент России заявил, что", None, "ru"),
        ("The president said that the army would respond", None, "en"),
        ("Le président a déclaré que l'armée allait répondre dans la nuit", None, "fr"),
        ("Iran and Israel", "en", "en"),
        ("", "ar", "ar"),
        ("بوتين", "en", "ar"),  # a feed that says English but carries Arabic
    ],
)
def test_detect_language(text: str, declared: str | None, lang: str) -> None:
    assert detect_language(text, declared) == lang


def test_split_sentences_knows_arabic_question_mark_and_abbreviations() -> None:
    text = "هل ترد إيران؟ قال المتحدث إن الرد قادم. U.S. officials said Mr. Smith left. Dr. Ali arrived!\nNew line"
    assert split_sentences(text) == [
        "هل ترد إيران؟",
        "قال المتحدث إن الرد قادم.",
        "U.S. officials said Mr. Smith left.",
        "Dr. Ali arrived!",
        "New line",
    ]


def test_tokenize_keeps_acronyms_and_offsets() -> None:
    s = 'אמר דובר צה"ל כי'
    toks = tokenize(s)
    assert [t.text for t in toks] == ["אמר", "דובר", 'צה"ל', "כי"]
    assert s[toks[2].start : toks[2].end] == 'צה"ל'


def test_matcher_longest_match_on_token_boundaries() -> None:
    m = Matcher()
    m.add(("islamic", "republic", "of", "iran"), "long")
    m.add(("iran",), "short")
    m.add(("ran",), "never")  # inside a token: must not match
    m.build()
    hits = m.find(["the", "islamic", "republic", "of", "iran", "said", "iran"])
    assert [(h.start, h.end, h.payloads) for h in longest_non_overlapping(hits)] == [
        (1, 5, ("long",)),
        (6, 7, ("short",)),
    ]
