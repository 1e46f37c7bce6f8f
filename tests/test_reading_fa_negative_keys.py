"""Persian negative-form keys (issue 8 "Reading v2", round h59).

The lemma keys of Persian verbs drop the negation prefix («نکرد» -> «کرد», «نماند» -> «ماند», «نیست»
-> «است», «نخواهد» -> «خواست»), so a lexicon pattern written with a negative verb matched the positive
text and the reverse («در امان نخواهند بود» read «گردشگران در امان خواهند بود» as a threat). Invented
wire-style pairs, positive and negative, over the Persian patterns that carry a negative, future or
subjunctive verb (signals-fa, composition-fa, claims), with fictitious actors (آرنور، گوندور، زاوران،
رودان، لسوتو، توگو، بنین).

40 sentences were written, with their expected main PLOVER type and polarity, before the analyser read
any of them. The code at the start of the round (46c372c) read 23 right; the code of this round reads 28
right (5 more, none lost). This file keeps the 28; "new in h59" marks the 5. The 12 still misread are
listed with a reason in the round note (ROUND-NOTE.md).

Capabilities added (monitor/analysis/lemmas.py, monitor/analysis/analyzer.py, composition-fa.toml):
- `Keyer.fa_negative`: a Persian word carries the negation prefix when it drops a leading «ن» (or «نی»
  before «ا») and keys the same without it, or starts with «نمی», or is a form of «نیست»;
- `_P.polar` / `_fa_polar_of` / `_fa_polar_filter`: every keyed Persian pattern (signal entries,
  content cues, claims verbs) records which of its tokens are written negative ("n") or are the
  positive future auxiliary «خواهد/خواهند/خواهیم…» ("p"), also in the future variants the analyser
  generates; a hit passes only where the text's tokens agree. A negative pattern token matches only a
  negative text token, a positive future auxiliary never matches «نخواهد»; other positive tokens still
  match negated text, so the modality cues keep reading negation as before;
- composition-fa nonnegation: the remaining negative threat forms of fa.threat.retaliation_vow
  («بی‌پاسخ نمی‌گذاریم/نمی‌گذارند/نمی‌گذارد», «امنیت نخواهد/نخواهند داشت», «جای امنی نخواهند داشت»).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.readings import assert_one_of

DAY = date(2026, 3, 2)

# (accepted main types "A|B" or "-" for none, polarity E/D/N/None, sentence)
SENTENCES = [
    # refusals written with a negative verb, and their positive twins
    ("REJECT", "E", "دولت گوندور پیشنهاد آتش‌بس آرنور را نپذیرفت"),
    ("AGREE", "D", "دولت گوندور پیشنهاد آتش‌بس آرنور را پذیرفت"),
    ("AGREE", "D", "رهبران زاوران طرح صلح سازمان ملل را پذیرفتند"),
    ("REJECT", "E", "پارلمان لسوتو توافق همکاری امنیتی با توگو را تصویب نکرد"),
    ("REJECT", "E", "گوندور از شرکت در مذاکرات ژنو با آرنور خودداری خواهد کرد"),
    # threats written as a negated future («will not go unanswered», «will not be safe»)
    ("THREATEN", "E", "وزیر دفاع آرنور گفت حمله گوندور بی‌پاسخ نخواهد ماند"),
    ("THREATEN", "E", "فرمانده سپاه گفت پایگاه‌های آمریکا در منطقه در امان نخواهند بود"),
    ("THREATEN", "E", "فرمانده ارتش آرنور گفت هیچ نقطه‌ای از خاک گوندور مصون نخواهد ماند"),
    ("-", None, "مقامات توگو گفتند گردشگران خارجی در امان خواهند بود"),  # new in h59
    ("-", None, "وزیر کشور لسوتو گفت زائران در مسیر سفر امنیت خواهند داشت"),  # new in h59
    ("-", None, "شهر ساحلی بنین از طوفان مصون ماند"),
    ("-", None, "نامه وزیر آموزش لسوتو به دانشگاه‌ها بی‌پاسخ ماند"),  # new in h59
    # future vows and their negated twins
    ("THREATEN", "E", "فرمانده سپاه گفت ارتش گوندور نابود خواهد شد"),
    ("-", None, "رئیس‌جمهور آرنور گفت کشورش هرگز نابود نخواهد شد"),
    ("THREATEN", "E", "وزیر دفاع گوندور گفت به حمله آرنور پاسخ خواهد داد"),
    ("-", None, "وزیر دفاع گوندور گفت به تحریکات آرنور پاسخ نظامی نخواهد داد"),
    ("THREATEN", "E", "سخنگوی ارتش آرنور گفت حملات به مواضع گوندور ادامه خواهد یافت"),
    ("THREATEN", "E", "فرمانده شورشیان رودان گفت تا آزادی کامل جنگ با گوندور را متوقف نخواهیم کرد"),  # new in h59
    ("THREATEN", "E", "فرمانده سپاه گفت جنگ اصلی با گوندور هنوز آغاز نشده است"),
    ("THREATEN", "E", "دولت بنین گفت دیپلمات‌های گوندور را اخراج خواهد کرد"),
    ("-", None, "دولت بنین گفت دیپلمات‌های گوندور را اخراج نخواهد کرد"),  # new in h59
    ("AGREE", "D", "آمریکا اعلام کرد تحریم‌های نفتی ونزوئلا را لغو خواهد کرد"),
    # positive verbs on negated text
    ("-", None, "نیروهای گوندور به روستاهای آرنور حمله نکردند"),
    ("-", None, "فرمانده شورشیان رودان گفت هرگز تسلیم نمی‌شویم"),
    ("-", None, "ارتش گوندور شهر مرزی آرنور را بمباران نکرد"),
    ("ASSAULT", "E", "ارتش گوندور شهر مرزی آرنور را بمباران کرد"),
    # subjunctive: a demand, not a done act
    # words that start with «ن» but are no negation
    ("ASSAULT", "E", "نبرد سنگین میان ارتش آرنور و شورشیان رودان ادامه دارد"),
    ("REJECT", "E", "دولت آرنور هشدارهای گوندور را نادیده گرفت"),
]


@pytest.mark.parametrize(("types", "polarity", "text"), SENTENCES)
def test_negative_keys_sentence(types: str, polarity: str | None, text: str) -> None:
    assert_one_of(text, "fa", DAY, types, polarity)
