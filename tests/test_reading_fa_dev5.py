"""Persian dev5 round (helper h22): a warship named as the target of a split passive light verb
(«ناو … مورد هدف / هدف موشک‌های … قرار گرفت») is struck, not deployed; a strait closed in a
verb-final clause («تنگه هرمز بسته شد») is a blockade done; an embassy or a state's nationals
evacuated is no evacuation order (and nationals going home no drawdown); a public's backing for its
own officials is no SUPPORT; a Persian list comma («… به اسرائیل، پایگاه‌ها و منافع …») ends no
clause, so the verb-final pledge after the list still governs the attacks before it; and a state's
envoy at the UN named by the Persian title with the state inside it («نماینده ایران در شورای امنیت»).

Every sentence here was written for this file (none is taken from a gold set or the corpus); the
shipped seeds are read, so a failure names the entry, cue or rule that lost a form.
"""

from __future__ import annotations

from datetime import date

import pytest

from monitor.analysis.service import get_analyzer
from monitor.analysis.types import ESCALATION
from tests.readings import assert_reads

DAY = date(2026, 3, 2)

SENTENCES: list[tuple[str, str | None, set[str] | str | None]] = [
    # the vessel is the object of the strike: no show of force
    ("ناوشکن انگلیسی مورد هدف پهپادهای یمنی قرار گرفت", "ASSAULT", ESCALATION),
    ("ناو جنگی فرانسه هدف موشک‌های حوثی‌ها قرار گرفت", "ASSAULT", ESCALATION),
    # ... while a carrier sent to the region still is one
    ("آمریکا ناو هواپیمابر دوم را به منطقه اعزام کرد", "MOBILIZE", ESCALATION),
    # the strait closed (verb-final) is the blockade; the threat to close it stays a threat
    ("نیروی دریایی سپاه تنگه هرمز را بست", "COERCE", ESCALATION),
    ("ایران تهدید کرد تنگه هرمز را می‌بندد", "THREATEN", ESCALATION),
    # an embassy evacuated or nationals taken home: no order to others, no drawdown
    ("سفارت کانادا در بیروت تخلیه شد", None, set()),
    ("هند تخلیه اتباع خود از لبنان را آغاز کرد", None, set()),
    # ... an order to residents to leave still precedes strikes
    ("ارتش اسرائیل دستور تخلیه ساکنان ضاحیه را صادر کرد", "THREATEN", ESCALATION),
    # a public's backing for its officials is domestic
    ("مردم با حمایت کامل از مسئولان در صحنه ماندند", None, set()),
    # a list comma inside the clause: the pledge governs the attacks before the list
    ("ارتش: حملات به پایگاه‌ها، فرودگاه‌ها و بنادر دشمن ادامه خواهد یافت", "THREATEN", ESCALATION),
]


@pytest.mark.parametrize(("text", "main", "polarity"), SENTENCES, ids=[s[0][:40] for s in SENTENCES])
def test_dev5_constructions(text: str, main: str | None, polarity: set[str] | str | None) -> None:
    r = assert_reads(text, "fa", DAY, main, polarity)  # type: ignore[arg-type]
    if main is None:
        assert not [s for s in r.signals if s.counted > 0]


def test_dev5_clause_comma_still_breaks() -> None:
    """A comma that closes a clause (no free-standing «و» two words on) still ends the cue's reach."""
    r = get_analyzer().analyze("حملات دیشب به بندر انجام شد، مذاکرات ادامه خواهد یافت", lang="fa", day=DAY)
    assert any(s.plover_type == "ASSAULT" and s.modality == "asserted" for s in r.signals), [
        (s.entry, s.plover_type, s.modality) for s in r.signals]


@pytest.mark.parametrize(("text", "ident"), [
    ("نماینده ایران در شورای امنیت: حمله به کشورمان نقض منشور است", "amir-saeid-iravani"),
    ("نماینده دائم روسیه در سازمان ملل خواستار آتش‌بس شد", "vasily-nebenzya"),
])
def test_dev5_un_envoy_with_the_state_inside(text: str, ident: str) -> None:
    r = get_analyzer().analyze(text, lang="fa", day=DAY, country="IRN")
    assert ident in {m.id for m in r.actors}, [m.id for m in r.actors]
