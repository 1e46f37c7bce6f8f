"""Coordination, joint investigation and asserted easing as cooperation events (issue 8 §4, h18).

Sentences written for this file (none from a gold set or the corpus):

- the verb "coordinate" in every form (en) and the light verb هماهنگ کردن (fa) are material
  cooperation (CAMEO 062, PLOVER COOPERATE): neutral between allies and non-adversaries by the
  contact rule, and an attack they coordinate is still counted as escalation;
- a joint investigation by two states is judicial cooperation (CAMEO 063);
- asserted easing of tension ("ease trade tensions", "eased tensions") is a concession (CAMEO 08,
  PLOVER CONCEDE, gold convention pv-en-1630); asked for, it stays an appeal;
- the non-political senses of "coordinate" (outfits, colours) are nothing.
"""

from __future__ import annotations

from datetime import date

import pytest

from monitor.analysis.types import DE_ESCALATION, ESCALATION
from tests.readings import assert_reads

DAY = date(2026, 3, 5)

# (language, text, main PLOVER type, the polarities counted: a set, empty for none)
SENTENCES = [
    ("en", "Britain and France coordinated air strikes on rebel positions in Yemen", "COOPERATE", {ESCALATION}),
    ("en", "Kenya and Tanzania coordinate on refugee returns", "COOPERATE", set()),
    ("en", "Indonesian troops, in coordination with Malaysian forces, patrol the strait", "COOPERATE", set()),
    ("en", "Brazil and Argentina open a joint investigation into arms trafficking", "COOPERATE", set()),
    ("en", "India and Pakistan eased border tensions after the talks", "CONCEDE", {DE_ESCALATION}),
    ("en", "Japan and South Korea ease trade tensions with a new export deal", "CONCEDE", {DE_ESCALATION}),
    ("en", "Designers coordinate outfits for the autumn fashion week", None, set()),
    ("fa", "ترکیه و آذربایجان مواضع خود را در نشست وین هماهنگ کردند", "COOPERATE", set()),
]


@pytest.mark.parametrize(("lang", "text", "main", "polarities"), SENTENCES)
def test_reads(lang: str, text: str, main: str | None, polarities: set[str]) -> None:
    assert_reads(text, lang, DAY, main, polarities)


def test_a_request_to_ease_tensions_stays_an_appeal() -> None:
    r = assert_reads("The UN urged Tokyo and Seoul to ease trade tensions", "en", DAY, "REQUEST", {DE_ESCALATION})
    assert not any(s.plover_type == "CONCEDE" and s.counted > 0 for s in r.signals)


# joint investigations, extradition in verbal form and intelligence sharing (ar, he)
SHARING = [
    ("ar", "الأردن والعراق يفتحان تحقيقا مشتركا في تهريب المخدرات عبر الحدود", "COOPERATE", set()),
    ("ar", "تونس تسلم الجزائر مطلوبين في قضايا تهريب", "COOPERATE", set()),
    ("ar", "كان مطلوبا من الوزارة أن تنشر التقرير", None, set()),
    ("he", "יוון וקפריסין פותחות בחקירה משותפת של השריפה בנמל", "COOPERATE", set()),
    ("he", "צרפת וגרמניה חולקות מודיעין על רשתות ההברחה", "COOPERATE", set()),
    ("he", "המשטרה פתחה בחקירה נגד החשוד", None, set()),
]


@pytest.mark.parametrize(("lang", "text", "main", "polarities"), SHARING)
def test_sharing(lang: str, text: str, main: str | None, polarities: set[str]) -> None:
    assert_reads(text, lang, DAY, main, polarities)


def test_domestic_coordination_is_no_refusal() -> None:
    # a negated domestic coordination is no REJECT between parties
    assert_reads("The mayor did not coordinate the indictment with the FBI", "en", DAY, None, set())


def test_agreeing_to_deepen_cooperation_is_agree() -> None:
    # a commitment to cooperate (CAMEO 030) leads; the cooperation itself is its goal
    assert_reads("Kenya and Ghana agreed to strengthen security cooperation", "en", DAY, "AGREE", {DE_ESCALATION})
    assert_reads("The club agrees to deepen its sponsorship contract", "en", DAY, None, set())
