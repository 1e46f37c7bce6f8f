"""Verb families beyond the calibration items (issue 8, generalisation in Russian, Hebrew and
Persian): the forms a lemmatiser keys apart (Russian aspect partners, Hebrew binyan participles and
futures, Persian compound verbs in the future or with a long object before the verb), refusals of
cooperation, topics of a contact and question headlines.

Every sentence here was written for this file (none is taken from a gold set or the corpus); the
shipped lexicons are read, so a failure names either the rule or the entry that lost a form.
"""

from __future__ import annotations

from datetime import date

import pytest

from monitor.analysis.lemmas import Keyer
from monitor.analysis.service import get_analyzer
from monitor.analysis.types import DE_ESCALATION, ESCALATION
from tests.readings import assert_reads

DAY = date(2026, 3, 2)

SENTENCES = [
    # Russian: imperfective partners are other lemmas
    ("ru", "Армия выводит войска из приграничного района.", "RETREAT", DE_ESCALATION),
    ("ru", "Генерал обещает ответить на любую провокацию.", "THREATEN", ESCALATION),
    ("ru", "Правительство смягчает санкции против соседней страны.", "CONCEDE", DE_ESCALATION),
    ("ru", "Стороны обмениваются пленными.", "RETREAT", DE_ESCALATION),
    # Russian: the perfective future is a threat, so is an attack admitted as possible
    ("ru", "Армия нанесет удар по позициям противника.", "THREATEN", ESCALATION),
    ("ru", "Командование закроет пролив для судов противника.", "THREATEN", ESCALATION),
    ("ru", "Президент не исключил наземной операции.", "THREATEN", ESCALATION),
    ("ru", "Президент допустил приостановку ударов.", "AGREE", DE_ESCALATION),
    # Russian: readiness, coordination, warnings, basing rights (read from the object)
    ("ru", "Правительство готово выступить посредником между сторонами.", "AGREE", DE_ESCALATION),
    ("ru", "Республика готова содействовать урегулированию конфликта.", "AGREE", DE_ESCALATION),
    ("ru", "Армии двух стран координируют действия на границе.", "COOPERATE", None),
    ("ru", "Министр предостерег соседей от новых ударов.", "THREATEN", ESCALATION),
    ("ru", "Королевство разрешило союзнику использовать свои авиабазы.", "COOPERATE", None),
    ("ru", "Королевство не разрешило союзнику использовать свои авиабазы.", "REJECT", ESCALATION),
    # a premier is not a film premiere: the sentence is read
    ("ru", "Канцлер провел телефонные переговоры с премьером Италии.", "CONSULT", None),
    # Hebrew: participles and futures of reversive, cooperative and aid verbs
    ("he", "הממשלה מקלה בסנקציות על המשטר.", "CONCEDE", DE_ESCALATION),
    ("he", "שני הצבאות מתאמים את ההגנה האווירית.", "COOPERATE", None),
    ("he", "שתי המדינות משתפות פעולה בגבול.", "COOPERATE", None),
    ("he", "הארגון מעביר סיוע למשפחות בצפון.", "AID", DE_ESCALATION),
    ("he", "הממשלה לא תאפשר שימוש בבסיסים שלה.", "REJECT", ESCALATION),
    ("he", "השר: \"נכה בבסיסים של האויב בעוצמה\"", "THREATEN", ESCALATION),
    # Persian: a compound verb in the future, a long object before a negative verb, a refusal
    ("fa", "سپاه پایگاه‌های دشمن را هدف قرار خواهد داد.", "THREATEN", ESCALATION),
    ("fa", "دولت اجازه استفاده از پایگاه‌های هوایی خود را نداد.", "REJECT", ESCALATION),
    ("fa", "دو کشور اطلاعات امنیتی را مبادله کردند.", "COOPERATE", None),
]


@pytest.mark.parametrize(("lang", "text", "main", "polarity"), SENTENCES, ids=[s[1][:40] for s in SENTENCES])
def test_verb_families_of_the_shipped_lexicons(lang: str, text: str, main: str, polarity: str | None) -> None:
    assert_reads(text, lang, DAY, main, polarity)


@pytest.mark.parametrize(("lang", "text"), [
    # question headlines: a possible war is analysis, not a threat
    ("ru", "Перерастет ли пограничный кризис в большую войну"),
    ("fa", "آیا جنگ در منطقه گسترش می‌یابد؟"),
    # «угрожает» with a thing as its subject or object endangers, it threatens nobody
    ("ru", "Засуха угрожает урожаю в южных областях."),
    # «на поле» is a pitch, not «на полях» (the sidelines of a summit)
    ("ru", "Игроки встретились на поле после матча."),
    # a ban («запрет») is not «запрёт» (will lock): lifting it is no future
    ("ru", "Власти сняли запрет на полеты над морем."),
    # a negated condemnation is no accusation, not even through its reporting verb
    ("ru", "Канцлер Германии не осудил удары по Ливану."),
    # arms deliveries name air defence systems, they do not intercept anything
    ("ru", "Страна передала системы ПВО союзнику."),
])
def test_no_event_in_these_senses(lang: str, text: str) -> None:
    r = get_analyzer().analyze(text, lang=lang, day=DAY)
    assert [s for s in r.signals if s.counted > 0 and s.polarity == ESCALATION] == [], \
        [(s.entry, s.plover_type, s.modality) for s in r.signals]


def test_a_persian_object_before_a_negative_verb_is_negated() -> None:
    """The verb after the object marker را governs the whole object phrase before it."""
    from monitor.analysis.analyzer import _fa_negated
    from monitor.analysis.matcher import Hit
    from monitor.analysis.text import tokenize

    k = Keyer({"fa": "simplemma"})
    toks = tokenize("اجازه استفاده آمریکا از پایگاه دیگو گارسیا را نداد")
    assert _fa_negated(toks, Hit(0, 2, ()), [0] * len(toks), k)
    toks = tokenize("اجازه استفاده آمریکا از پایگاه دیگو گارسیا را داد")
    assert not _fa_negated(toks, Hit(0, 2, ()), [0] * len(toks), k)


def test_a_persian_subjunctive_is_not_a_completed_halt() -> None:
    """«… خواست آتش را متوقف کنند» asks for a stop: the appeal stays an appeal."""
    r = get_analyzer().analyze("دبیرکل از طرفین خواست درگیری‌ها را متوقف کنند", lang="fa", day=DAY)
    assert all(s.plover_type != "REJECT" for s in r.signals), [(s.entry, s.plover_type) for s in r.signals]
