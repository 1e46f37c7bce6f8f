"""Arabic segmentation in the keyer (issue 8 §1, round h13): the sound feminine plural after any
proclitic chain, and the definite article whatever other patterns put in the vocabulary.

* «وبالغارات» is و + بـ + الـ + «غارات», and «غارات» the plural of «غارة» (ة -> ات; Ryding, *A
  Reference Grammar of Modern Standard Arabic*, ch. 7): our segmentation strips the chain and the
  ending, and must put the ة back to land on the lexicon's key.
* «الوساطة» is الـ + «وساطة»: the lexicon writes single words bare, but a phrase that writes a later
  token with its article («جهود الوساطة») puts the definite form into the vocabulary; the article
  is still morphology, so the word is keyed bare, and the phrase itself gets the same key.

Every sentence here was written for this file (none is taken from a gold set or the corpus).
"""

from __future__ import annotations

from datetime import date

import pytest

from monitor.analysis.lemmas import Keyer
from monitor.analysis.service import get_analyzer
from monitor.analysis.types import DE_ESCALATION, ESCALATION
from tests.readings import assert_reads

DAY = date(2026, 3, 2)


def test_sound_feminine_plural_after_a_proclitic_chain() -> None:
    k = Keyer({"ar": "simplemma"})
    k.set_vocabulary(["ضربه", "هجمه", "غاره", "مداهمه"])
    # chains with the article (their bare word goes through the lemmatiser) and without it (our
    # segmentation strips the chain and ات, and puts the ة back)
    for word, key in [("وبالضربات", "ضربه"), ("وللهجمات", "هجمه"), ("فبالغارات", "غاره"), ("وبالهجمات", "هجمه"),
                      ("وبضربات", "ضربه"), ("ولهجمات", "هجمه"), ("فبغارات", "غاره"), ("بمداهمات", "مداهمه")]:
        assert k.key(word, "ar") == key, word


def test_the_singular_keeps_four_letters() -> None:
    # «وحدات» (units) is no و + «حدات» with a two-letter stem: «حدة» (sharpness) is not reached
    k = Keyer({"ar": "simplemma"})
    k.set_vocabulary(["حده"])
    assert k.key("وحدات", "ar") != "حده"


def test_the_article_is_stripped_even_when_the_definite_form_is_a_key() -> None:
    k = Keyer({"ar": "simplemma"})
    # «الوساطه» stands for a phrase's later token («جهود الوساطة») that put it in the vocabulary
    k.set_vocabulary(["وساطه", "الوساطه", "جهد"])
    for word in ("الوساطة", "والوساطة", "بالوساطة", "للوساطة", "وللوساطة"):
        assert k.key(word, "ar") == "وساطه", word


def test_words_that_only_look_definite_keep_their_key() -> None:
    # «التقى» (met) and «التهم» (devoured) are dictionary words and lexicon keys of their own, not
    # ال + «تقى» / «تهم», even when those are lexicon words too
    k = Keyer({"ar": "simplemma"})
    k.set_vocabulary(["تقي", "التقي", "تهم", "التهم"])
    assert k.key("التقى", "ar") == "التقي"
    assert k.key("التهم", "ar") == "التهم"


def test_a_phrase_and_the_text_meet_on_the_bare_key() -> None:
    """A phrase written with a definite later token and the single bare word share one key."""
    keyer = get_analyzer().keyer
    assert keyer.key("الوساطة", "ar") == keyer.key("وساطة", "ar")
    assert keyer.key("وبالغارات", "ar") == keyer.key("غارة", "ar")


SENTENCES = [
    # compound proclitic + sound feminine plural
    ("ردت الفصائل وبالهجمات الصاروخية على المواقع العسكرية", "ASSAULT", ESCALATION),
    ("استمرت الحرب وبالضربات الجوية على المدن الساحلية", "ASSAULT", ESCALATION),
    # the bare single-word pattern under its article, the subject between verb and object
    ("قال الوزير إن بلاده تدعم الوساطة بين الجانبين", "CONSULT", DE_ESCALATION),
    ("تواصلت الوساطة الأفريقية لليوم الثالث في العاصمة", "CONSULT", DE_ESCALATION),
    # an adjective phrase written definite in the lexicon reads its indefinite form too
    ("رفعت القوات المسلحة الجهوزية القتالية على الحدود", "MOBILIZE", ESCALATION),
]


@pytest.mark.parametrize(("text", "main", "polarities"), SENTENCES)
def test_reads(text: str, main: str, polarities: str) -> None:
    assert_reads(text, "ar", DAY, main, polarities)
