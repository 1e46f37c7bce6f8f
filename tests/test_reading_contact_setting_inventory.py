"""A call, talks or a visit named as the setting of another act is not the main event (issue 8 §3, round h84).

Round h82 (Russian ledes) found «В ходе телефонного разговора президенты договорились о прекращении огня»
read as CONSULT: the main event is the first counted signal of the first sentence
(``monitor.analysis.evaluate.main_type``), and the contact noun of a fronted setting phrase came first.
The same construction exists in every language: "During a phone call, the two leaders agreed …",
«خلال اتصال هاتفي … اتفقا على», «در تماس تلفنی … توافق کردند», «בשיחת טלפון … סיכמו».

100 sentences were written (20 per language: 14 a contact setting + another act, 6 counter-cases: the
contact alone, a vetoed ceasefire resolution, an accusation of breaking a truce), with their expected
main PLOVER type and polarity, before the analyser read any of them (/tmp/wt-h84/DRAFT.txt in the
round; about half with invented actors: Arnor, Gondor, Rohan, Minas Tirith). The analyser at the start
of the round read 47 right; the code of this round reads 88 (41 more, none lost). This file keeps the
88; a trailing "new in h84" marks the 41 the old code misread. The 12 still misread are listed with a
reason in the round note.

Capability added: a ``setting`` cue kind (seeds/lexicon/composition-<lang>.toml: "during", "in the
course of", «в ходе», «во время», «на полях», «по итогам», «خلال», «على هامش», «في ختام», «در»,
«در جریان», «در حاشیه», «במהלך», «בשולי», «בשיחת», «בפגישה» …). A CONSULT signal right after such a
cue (or written on it, Hebrew) is the occasion of the act reported after it in the sentence
(monitor/analysis/analyzer.py ``_contact_setting``): modality reaction, counted 0, so the act leads
and the contact adds no de-escalation of its own ("During a phone call with Erdogan, Putin accused
Kyiv of sabotaging the peace process" is ACCUSE, escalation only). Only when another event follows:
"During a visit to Cairo, Blinken met Sisi" keeps a contact (the meeting).

Label conventions (tests/gold/README.md): a condemnation is ACCUSE; signing an agreement is SUPPORT,
AGREE or COOPERATE as the lexicon types it (either accepted); "agreed to impose sanctions" SANCTION or
AGREE; contact between parties not at odds is neutral (polarity not checked, "None" below).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.readings import assert_one_of

DAY = date(2026, 3, 2)

# (lang, accepted main types, polarity of the counted signals or None, sentence)
CASES: list[tuple[str, str, str | None, str]] = [
    ('en', 'AGREE', 'D', 'During a phone call on Tuesday, the presidents of Arnor and Gondor agreed to a ceasefire along the northern border.'),  # new in h84
    ('en', 'AGREE', 'D', 'During talks in Geneva, the two sides agreed to exchange prisoners.'),  # new in h84
    ('en', 'ACCUSE', 'E', 'During a visit to Minas Tirith, the Arnorian foreign minister condemned the Gondorian strikes on refugee camps.'),  # new in h84
    ('en', 'COOPERATE|AGREE|SUPPORT', None, 'During a meeting with his Gondorian counterpart, the Rohan defence minister signed a military cooperation agreement.'),  # new in h84
    ('en', 'ACCUSE', 'E', 'During a phone call with Erdogan, Putin accused Ukraine of sabotaging the peace process.'),  # new in h84
    ('en', 'AID', None, 'During his visit to Kyiv, the German chancellor announced a new package of military aid.'),  # new in h84
    ('en', 'REQUEST', None, 'During talks with the Iranian delegation, the IAEA chief demanded full access to the Fordow site.'),  # new in h84
    ('en', 'REQUEST', None, 'During a phone call with Netanyahu, Biden urged Israel to allow more humanitarian aid into Gaza.'),  # new in h84
    ('en', 'CONSULT', None, 'During a visit to Cairo, Blinken met Egyptian President Sisi.'),
    ('en', 'CONSULT', None, 'During a phone call on Monday, the leaders of Arnor and Gondor discussed the situation on the border.'),
    ('en', 'CONSULT', None, 'The foreign ministers of Arnor and Gondor held talks in Geneva on Thursday.'),
    ('en', 'THREATEN', 'E', 'During the talks, Gondor threatened to withdraw its ambassador if the attacks continued.'),
    ('en', 'REJECT', 'E', 'In the course of negotiations in Doha, Hamas rejected the latest Israeli proposal.'),  # new in h84
    ('en', 'SANCTION|AGREE', None, 'During a meeting in Brussels, EU foreign ministers agreed to impose new sanctions on Russia.'),  # new in h84
    ('en', 'ACCUSE', 'E', 'During his visit to Washington, the Gondorian prime minister accused Arnor of sabotaging the truce.'),  # new in h84
    ('en', 'REJECT', 'E', 'Arnor vetoed a Security Council resolution calling for a ceasefire in Gondor.'),
    ('en', 'AGREE', 'D', 'During a telephone conversation, the king of Rohan and the Gondorian president agreed to reopen their embassies.'),  # new in h84
    ('en', 'THREATEN', 'E', 'During a visit to the border, the Arnorian army chief threatened a large-scale offensive against Gondor.'),
    ('en', 'CONSULT', None, 'The Gondorian president arrived in Arnor on Sunday for a two-day state visit.'),
    ('en', 'CONSULT', None, "Arnor's foreign minister spoke by phone with his Gondorian counterpart on Wednesday."),
    ('ru', 'AGREE', 'D', 'В ходе телефонного разговора президенты Арнора и Гондора договорились о прекращении огня.'),  # new in h84
    ('ru', 'SUPPORT|AGREE|COOPERATE', None, 'В ходе визита в Минас-Тирит министр иностранных дел Арнора подписал соглашение о сотрудничестве.'),  # new in h84
    ('ru', 'ACCUSE', 'E', 'В ходе встречи с послом Рохана глава МИД Гондора осудил удары армии Арнора по Минас-Тириту.'),  # new in h84
    ('ru', 'ACCUSE', 'E', 'Во время телефонного разговора с Эрдоганом Путин обвинил Киев в срыве мирных переговоров.'),  # new in h84
    ('ru', 'AID', None, 'Во время визита в Киев канцлер Германии объявил о новом пакете военной помощи.'),  # new in h84
    ('ru', 'THREATEN', 'E', 'В ходе переговоров Гондор пригрозил разорвать дипломатические отношения с Арнором.'),  # new in h84
    ('ru', 'SANCTION', 'E', 'В ходе встречи в Брюсселе министры ЕС утвердили новый пакет санкций против России.'),  # new in h84
    ('ru', 'REQUEST', None, 'На полях саммита в Астане президент Рохана призвал стороны к прекращению огня.'),  # new in h84
    ('ru', 'COOPERATE|SUPPORT|AGREE', None, 'По итогам переговоров в Москве стороны подписали меморандум о сотрудничестве.'),  # new in h84
    ('ru', 'CONSULT', None, 'В ходе телефонного разговора лидеры Арнора и Гондора обсудили ситуацию на границе.'),
    ('ru', 'CONSULT', None, 'В ходе визита в Каир Лавров встретился с президентом Египта.'),
    ('ru', 'CONSULT', None, 'Министр иностранных дел Гондора прибыл в Арнор с официальным визитом.'),
    ('ru', 'CONSULT', None, 'Президенты России и Турции провели телефонный разговор.'),
    ('ru', 'REJECT', 'E', 'В ходе переговоров делегация Гондора отвергла предложение Арнора о перемирии.'),  # new in h84
    ('ru', 'THREATEN', 'E', 'Во время визита на границу командующий армией Арнора пригрозил Гондору масштабным наступлением.'),
    ('ru', 'REQUEST', None, 'В ходе встречи с генсеком ООН президент Гондора потребовал вывода войск Арнора.'),  # new in h84
    ('ru', 'REJECT', 'E', 'Арнор наложил вето на проект резолюции о прекращении огня в Гондоре.'),
    ('ru', 'ACCUSE', 'E', 'Гондор обвинил Арнор в срыве перемирия.'),
    ('ar', 'AGREE', 'D', 'خلال اتصال هاتفي، اتفق رئيسا أرنور وغوندور على وقف إطلاق النار.'),  # new in h84
    ('ar', 'SUPPORT|AGREE|COOPERATE', None, 'خلال زيارته إلى القاهرة، وقع وزير خارجية أرنور اتفاقية تعاون مع مصر.'),  # new in h84
    ('ar', 'ACCUSE', 'E', 'خلال لقائه بالسفير الروهاني، أدان وزير خارجية غوندور الغارات الأرنورية على المدينة.'),
    ('ar', 'REJECT', 'E', 'خلال المفاوضات في الدوحة، رفضت حماس المقترح الإسرائيلي الأخير.'),  # new in h84
    ('ar', 'ACCUSE', 'E', 'خلال اتصال هاتفي مع نظيره التركي، اتهم وزير الخارجية الإيراني إسرائيل بتقويض الهدنة.'),  # new in h84
    ('ar', 'AID', None, 'خلال زيارته إلى كييف، أعلن المستشار الألماني عن حزمة مساعدات عسكرية جديدة.'),  # new in h84
    ('ar', 'REQUEST', None, 'على هامش القمة، دعا الرئيس المصري إلى وقف فوري لإطلاق النار في غزة.'),  # new in h84
    ('ar', 'SANCTION', 'E', 'في ختام زيارته إلى الرياض، أعلن وزير الخارجية الأمريكي فرض عقوبات جديدة على الحوثيين.'),
    ('ar', 'CONSULT', None, 'خلال اتصال هاتفي، بحث الرئيس المصري مع نظيره الفرنسي تطورات الأوضاع في غزة.'),
    ('ar', 'CONSULT', None, 'خلال زيارته إلى القاهرة، التقى وزير الخارجية الأمريكي بالرئيس السيسي.'),
    ('ar', 'CONSULT', None, 'أجرى رئيس أرنور اتصالا هاتفيا مع رئيس غوندور.'),
    ('ar', 'CONSULT', None, 'وصل وزير خارجية غوندور إلى أرنور في زيارة رسمية.'),
    ('ar', 'REQUEST', None, 'خلال الاجتماع، طالب وزير خارجية أرنور بانسحاب القوات الغوندورية من الحدود.'),  # new in h84
    ('ar', 'THREATEN', 'E', 'خلال زيارته للحدود، هدد قائد جيش أرنور بشن هجوم واسع على غوندور.'),
    ('ar', 'REJECT', 'E', 'استخدمت أرنور حق النقض ضد مشروع قرار يدعو إلى وقف إطلاق النار في غوندور.'),
    ('ar', 'AGREE', 'D', 'خلال مباحثات في جنيف، اتفق الطرفان على تبادل الأسرى.'),  # new in h84
    ('ar', 'ACCUSE', 'E', 'اتهمت غوندور أرنور بخرق الهدنة.'),
    ('ar', 'AGREE', 'D', 'خلال اتصال هاتفي، اتفق وزيرا خارجية أرنور وغوندور على إعادة فتح السفارتين.'),  # new in h84
    ('ar', 'REJECT', 'E', 'خلال لقائه بالمبعوث الأممي، رفض زعيم المتمردين الانسحاب من المدينة.'),
    ('fa', 'AGREE', 'D', 'در تماس تلفنی روسای جمهور آرنور و گوندور بر سر آتش\u200cبس توافق کردند.'),  # new in h84
    ('fa', 'SUPPORT|AGREE|COOPERATE', None, 'در جریان سفر به قاهره، وزیر خارجه آرنور توافقنامه همکاری با مصر امضا کرد.'),
    ('fa', 'ACCUSE', 'E', 'در دیدار با سفیر روهان، وزیر خارجه گوندور حملات آرنور به شهر را محکوم کرد.'),  # new in h84
    ('fa', 'REJECT', 'E', 'در جریان مذاکرات دوحه، حماس پیشنهاد جدید اسرائیل را رد کرد.'),  # new in h84
    ('fa', 'ACCUSE', 'E', 'در گفت\u200cوگوی تلفنی با همتای ترکیه\u200cای، وزیر خارجه ایران اسرائیل را به نقض آتش\u200cبس متهم کرد.'),  # new in h84
    ('fa', 'THREATEN', 'E', 'در جریان مذاکرات، گوندور تهدید کرد سفیر خود را از آرنور فرا می\u200cخواند.'),  # new in h84
    ('fa', 'REQUEST', None, 'در حاشیه نشست سران، رئیس جمهور مصر خواستار آتش\u200cبس فوری در غزه شد.'),  # new in h84
    ('fa', 'SANCTION', 'E', 'در پایان سفر به ریاض، وزیر خارجه آمریکا تحریم\u200cهای جدیدی علیه حوثی\u200cها اعلام کرد.'),
    ('fa', 'CONSULT', None, 'در تماس تلفنی، رئیس جمهور ایران و نخست\u200cوزیر عراق درباره تحولات منطقه گفت\u200cوگو کردند.'),
    ('fa', 'CONSULT', None, 'در جریان سفر به قاهره، وزیر خارجه آمریکا با السیسی دیدار کرد.'),
    ('fa', 'CONSULT', None, 'رئیس جمهور آرنور با رئیس جمهور گوندور تلفنی گفت\u200cوگو کرد.'),
    ('fa', 'CONSULT', None, 'وزیر خارجه گوندور برای یک سفر رسمی وارد آرنور شد.'),
    ('fa', 'REQUEST', None, 'در این دیدار، وزیر خارجه آرنور خواستار خروج نیروهای گوندور از مرز شد.'),  # new in h84
    ('fa', 'REJECT', 'E', 'آرنور قطعنامه آتش\u200cبس در گوندور را وتو کرد.'),
    ('fa', 'ACCUSE', 'E', 'گوندور آرنور را به نقض آتش\u200cبس متهم کرد.'),
    ('fa', 'AGREE', 'D', 'در تماس تلفنی وزیران خارجه آرنور و گوندور توافق کردند سفارتخانه\u200cها را بازگشایی کنند.'),
    ('he', 'AGREE', 'D', 'בשיחת טלפון סיכמו נשיאי ארנור וגונדור על הפסקת אש.'),  # new in h84
    ('he', 'SUPPORT|AGREE|COOPERATE', None, 'במהלך ביקורו בקהיר חתם שר החוץ של ארנור על הסכם שיתוף פעולה עם מצרים.'),
    ('he', 'REJECT', 'E', 'במהלך המשא ומתן בדוחא דחה חמאס את ההצעה הישראלית האחרונה.'),
    ('he', 'ACCUSE', 'E', 'בשיחה טלפונית עם עמיתו הטורקי האשים שר החוץ האיראני את ישראל בהפרת הפסקת האש.'),
    ('he', 'AID', None, 'במהלך ביקורו בקייב הודיע קנצלר גרמניה על חבילת סיוע צבאי חדשה.'),
    ('he', 'REQUEST', None, 'בשולי הפסגה קרא נשיא מצרים להפסקת אש מיידית בעזה.'),  # new in h84
    ('he', 'SANCTION', 'E', "בסיום ביקורו בריאד הודיע שר החוץ האמריקני על סנקציות חדשות נגד החות'ים."),
    ('he', 'CONSULT', None, 'בשיחת טלפון שוחחו ראש הממשלה ונשיא צרפת על המצב באזור.'),
    ('he', 'CONSULT', None, 'במהלך ביקורו בקהיר נפגש שר החוץ האמריקני עם הנשיא א-סיסי.'),
    ('he', 'CONSULT', None, 'נשיא ארנור שוחח בטלפון עם נשיא גונדור.'),
    ('he', 'REQUEST', None, 'בפגישה דרש שר החוץ של ארנור את נסיגת כוחות גונדור מהגבול.'),
    ('he', 'THREATEN', 'E', 'במהלך סיור בגבול איים מפקד צבא ארנור במתקפה רחבה על גונדור.'),
    ('he', 'REJECT', 'E', 'ארנור הטילה וטו על הצעת החלטה להפסקת אש בגונדור.'),
    ('he', 'ACCUSE', 'E', 'גונדור האשימה את ארנור בהפרת הפסקת האש.'),
    ('he', 'REJECT', 'E', 'בפגישה עם שליח האו"ם דחה מנהיג המורדים נסיגה מהעיר.'),
]


@pytest.mark.parametrize(("lang", "types", "polarity", "text"), CASES)
def test_contact_setting(lang: str, types: str, polarity: str | None, text: str) -> None:
    assert_one_of(text, lang, DAY, types, polarity)
