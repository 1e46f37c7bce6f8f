"""Judgement and warning inventory, all five languages (issue 8 §3 "the main event" and §6 "scope and
composition", round h68): a judgement about an attack is an accusation; a warning about a possible event
is not a threat by anyone.

Two dev error classes: gold ACCUSE read as ASSAULT (a speaker judging an attack: "Colombian leader says
Trump 'made a mistake' by striking Iran", «Убийство … принесло лишь позор США», «حمله به ایران، تجاوز علیه
کل منطقه است»; the attack is the object of the verbal reaction, CAMEO 111, and counts once as it), and gold
"no event" read as THREATEN (warnings, fears and forecasts about possible events by third parties or
abstract subjects: "warns of military escalation", «Эскалация … угрожает мировой экономике», «Посольство
предупредило граждан об угрозе терактов», «ראשי הרשויות חוששים», "cannot confirm reports of deaths",
"downplays prospect of new sanctions"; CAMEO 13 needs an actor threatening its own act). Counter-cases:
"X says Y attacked Z" reports the act (ASSAULT); "Iran warns it will strike", «пригрозил ударом», «هدد
بالرد», "warns of a response if attacks continue" stay THREATEN.

150 invented wire sentences (30 per language, about half of each class, with counter-cases; half with
fictitious actors: Gondor, Arnor, Rohan, «جيش غوندور», «ارتش گوندور», «צבא גונדור») were written with
their expected main PLOVER type and polarity before the analyser read any of them (draft kept in the
round note; none taken from a gold set or the corpus). The analyser at the start of the round (57a3131)
read 82 right; the code of this round reads 146 right (64 more, none lost). This file keeps the 146; a
trailing "new in h68" marks the 64 the old code misread. The 4 still misread are listed with a reason
in the round note (ROUND-NOTE.md).

Capabilities added:
- judging predicates, read as accusations whose object is the act named in their clause
  (analyzer._JUDGING: `verdict_predicate`, `verdict_endanger`, and the disapproval entries `concern`
  «недопустимы», "unacceptable"): en/ru/he/fa `*.accusation.verdict_predicate` ("made a mistake by
  striking", "go beyond what is necessary", «принесло лишь позор», «было предательством», «עשתה טעות»,
  «היא תוקפנות», «تجاوز علیه کل منطقه», «مرتکب اشتباه شد»; ar.accusation.verdict widened: «ارتكبت خطأ»,
  «عار على», «تتجاوز ما هو ضروري», «عدوان على المنطقة بأسرها»), and `*.accusation.verdict_endanger`
  ("threatens the future of the region", «ставят под угрозу», «מסכנת את עתיד האזור», «يهدد مبادئ حسن
  الجوار») with a near rule asking for an act word, so that a situation that threatens is no accusation;
- a new composition cue kind `warning` (composition-<lang>.toml): a warning about, a fear of or a
  forecast of a possible event makes the attacks, casualties and generic danger words (escalation,
  tension, risk of war, terror threat, the noun threat) in its scope its topic, no new act and no threat;
  a response of the warner between cue and act ("warn of response if attacks continue") and a plot
  («مخطط إرهابي») keep the threat; a possible act («предупредила о возможном ядерном ударе») stays the
  warner's threat; a warning claim (claims.toml) whose object the cue took adds no synthetic threat;
  the Hebrew warning verb «הזהיר מפני» inside the cue is the warning itself;
- `evidence` cues for "cannot confirm reports of", «не может подтвердить», «لا يستطيع تأكيد», «אינו יכול
  לאשר», «… را تأیید کند», and for playing down a prospect ("downplays prospect of", «يقلل من احتمال»,
  «ממעיט בסיכוי», «کم‌اهمیت جلوه داد»).

Label conventions: types "-" is no counted signal (assert_silent); polarity E escalation, None not
checked.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.readings import assert_one_of

DAY = date(2026, 3, 2)

# (lang, accepted main types "A|B", polarity, sentence)
CASES = [
    # --- en
    ("en", "ACCUSE", "E", "Gondor says Arnor's strike on its border post was an act of aggression"),  # new in h68
    ("en", "ACCUSE", "E", "Rohan leader says Gondor 'made a grave mistake' by bombing the port"),  # new in h68
    ("en", "ACCUSE", "E", "Arnor foreign ministry: Gondor's attack on Minas Tirith is a war crime"),
    ("en", "ACCUSE", "E", "Brazil says Israeli strikes on Lebanon 'violate international law'"),
    ("en", "ACCUSE", "E", "Spain calls US strikes on Venezuelan boats 'unacceptable'"),  # new in h68
    ("en", "ACCUSE", "E", "Rohan condemns Gondor's missile attack on civilians"),
    ("en", "ACCUSE", "E", "The killing of the Arnor general brought only shame to Gondor, Rohan's president said"),  # new in h68
    ("en", "ACCUSE", "E", "UN rights chief says Russian strikes on Ukraine's power grid may amount to war crimes"),
    ("en", "ACCUSE", "E", "Turkey says the US-Israeli attack on Iran threatens the future of the region"),  # new in h68
    ("en", "ACCUSE", "E", "Gondor's invasion of Arnor was a betrayal, Rohan's king says"),  # new in h68
    ("en", "ASSAULT", "E", "Arnor says Gondor attacked its border post overnight"),  # counter-case
    ("en", "ASSAULT", "E", "Rohan says Gondor shelled three villages on Sunday"),  # counter-case
    ("en", "ASSAULT", "E", "Ukraine says Russia struck Kharkiv with drones overnight"),  # counter-case
    ("en", "ASSAULT", "E", "Israeli army says it struck Hezbollah targets in southern Lebanon"),  # counter-case
    ("en", "ACCUSE", "E", "Arnor accuses Gondor of shelling civilians"),  # counter-case
    ("en", "-", None, "Escalation in the Middle East threatens the world economy"),  # new in h68
    ("en", "-", None, "US embassy warns citizens of the threat of terror attacks in Gondor"),  # new in h68
    ("en", "-", None, "Malaysian prime minister warns of military escalation in the Gulf"),  # new in h68
    ("en", "-", None, "Trump downplays prospect of new sanctions on India"),  # new in h68
    ("en", "-", None, "Arnor mayors fear 'real threat' of rocket fire"),  # new in h68
    ("en", "-", None, "Gondor warns travellers to avoid Arnor's border region"),
    ("en", "-", None, "UN chief cannot confirm reports of deaths in Arnor"),  # new in h68
    ("en", "-", None, "Analysts warn that the war could spread to Rohan"),
    ("en", "-", None, "Oil prices could surge if the Strait of Hormuz is closed, economists warn"),
    ("en", "-", None, "Gondor's central bank warns of risks from the conflict in Arnor"),
    ("en", "-", None, "Rohan fears new wave of refugees from Arnor"),  # new in h68
    ("en", "THREATEN", "E", "Iran warns it will strike US bases if attacked"),  # counter-case
    ("en", "THREATEN", "E", "Gondor threatens to strike Arnor's capital"),  # counter-case
    ("en", "THREATEN", "E", "Rohan warns Gondor of a 'crushing response' to any attack"),  # counter-case
    ("en", "THREATEN", "E", "Arnor vows to retaliate against Gondor"),  # counter-case
    # --- ru
    ("ru", "ACCUSE", "E", "Президент Рохана назвал нападение Гондора на Арнор преступлением"),
    ("ru", "ACCUSE", "E", "Удар по больнице стал позором для Гондора, заявил премьер Арнора"),  # new in h68
    ("ru", "ACCUSE", "E", "Лидер Рохана: Гондор совершил ошибку, напав на Арнор"),  # new in h68
    ("ru", "ACCUSE", "E", "МИД Китая: удары США по Венесуэле нарушают международное право"),
    ("ru", "ACCUSE", "E", "Арнор осудил ракетный удар Гондора по мирным жителям"),
    ("ru", "ACCUSE", "E", "Эрдоган назвал израильские удары по Газе геноцидом"),
    ("ru", "ACCUSE", "E", "Вторжение Гондора в Арнор было предательством, заявил король Рохана"),  # new in h68
    ("ru", "ACCUSE", "E", "Совет Европы: обстрелы Арнора армией Гондора недопустимы"),  # new in h68
    ("ru", "ACCUSE", "E", "Гондор: нападение Арнора на наши посты ставит под угрозу мир в регионе"),  # new in h68
    ("ru", "ASSAULT", "E", "Арнор заявил об ударе Гондора по пограничной заставе"),  # counter-case
    ("ru", "ASSAULT", "E", "Минобороны Гондора сообщило, что нанесло удар по складам Арнора"),  # counter-case
    ("ru", "ASSAULT", "E", "ВСУ заявили об ударе по нефтебазе в Брянской области"),  # counter-case
    ("ru", "ASSAULT", "E", "Рохан заявил, что Гондор обстрелял три села"),  # counter-case
    ("ru", "ACCUSE", "E", "Арнор обвинил Гондор в обстреле мирных сел"),  # counter-case
    ("ru", "-", None, "Эскалация на Ближнем Востоке угрожает мировой экономике"),  # new in h68
    ("ru", "-", None, "Посольство Гондора предупредило граждан об угрозе терактов в Арноре"),  # new in h68
    ("ru", "-", None, "Трамп предупредил о новых потерях"),  # new in h68
    ("ru", "-", None, "Генсек ООН не может подтвердить сообщения о гибели мирных жителей в Арноре"),  # new in h68
    ("ru", "-", None, "Эксперты предупреждают о риске новой войны между Гондором и Арнором"),  # new in h68
    ("ru", "-", None, "Власти Рохана опасаются новой волны беженцев"),  # new in h68
    ("ru", "-", None, "ЦБ Гондора предупредил о рисках для экономики из-за конфликта"),
    ("ru", "-", None, "МИД Арнора рекомендовал гражданам воздержаться от поездок в Гондор"),
    ("ru", "-", None, "Конфликт в Арноре грозит обернуться гуманитарной катастрофой"),  # new in h68
    ("ru", "-", None, "Жители Арнора опасаются новых обстрелов"),  # new in h68
    ("ru", "THREATEN", "E", "Гондор пригрозил Арнору ударом по столице"),  # counter-case
    ("ru", "THREATEN", "E", "Иран предупредил, что нанесет удар по базам США"),  # counter-case
    ("ru", "THREATEN", "E", "Король Рохана пригрозил ответным ударом"),  # counter-case
    ("ru", "THREATEN", "E", "Арнор пообещал отомстить Гондору"),  # counter-case
    # --- ar
    ("ar", "ACCUSE", "E", "حماس: الهجوم على إيران عدوان على المنطقة بأسرها"),  # new in h68
    ("ar", "ACCUSE", "E", "الخارجية الأرنورية: قصف جيش غوندور لمدننا جريمة حرب"),
    ("ar", "ACCUSE", "E", "رئيس روهان: غوندور ارتكبت خطأ بقصف ميناء أرنور"),  # new in h68
    ("ar", "ACCUSE", "E", "أدانت أرنور الهجوم الصاروخي لجيش غوندور على المدنيين"),
    ("ar", "ACCUSE", "E", "قطر: الغارات الإسرائيلية على لبنان انتهاك صارخ للسيادة"),
    ("ar", "ACCUSE", "E", "ملك روهان: اغتيال القائد الأرنوري عار على غوندور"),  # new in h68
    ("ar", "ACCUSE", "E", "تركيا تصف الضربات الأمريكية على إيران بأنها تهدد مستقبل المنطقة"),  # new in h68
    ("ar", "ACCUSE", "E", "الاتحاد الأوروبي: الضربات الإسرائيلية في غزة تتجاوز ما هو ضروري"),  # new in h68
    ("ar", "ACCUSE", "E", "اتهمت أرنور جيش غوندور بقصف قرى حدودية"),
    ("ar", "ASSAULT", "E", "أرنور تعلن أن جيش غوندور قصف مواقعها الحدودية"),  # counter-case
    ("ar", "ASSAULT", "E", "الجيش الإسرائيلي يعلن أنه شن غارات على جنوب لبنان"),  # counter-case
    ("ar", "ASSAULT", "E", "روهان: جيش غوندور هاجم ثلاث قرى فجر اليوم"),  # counter-case
    ("ar", "ASSAULT", "E", "قال جيش غوندور إنه قصف مخازن أسلحة في أرنور"),  # counter-case
    ("ar", "ACCUSE", "E", "استنكرت الجامعة العربية القصف الإسرائيلي على غزة"),  # counter-case
    ("ar", "-", None, "التصعيد في الشرق الأوسط يهدد الاقتصاد العالمي"),  # new in h68
    ("ar", "-", None, "السفارة الأمريكية تحذر مواطنيها من خطر هجمات إرهابية"),  # new in h68
    ("ar", "-", None, "رئيس وزراء ماليزيا يحذر من تصعيد عسكري في الخليج"),  # new in h68
    ("ar", "-", None, "سكان أرنور يخشون تجدد القصف"),  # new in h68
    ("ar", "-", None, "خبراء يحذرون من اتساع الحرب إلى روهان"),  # new in h68
    ("ar", "-", None, "الأمين العام للأمم المتحدة لا يستطيع تأكيد تقارير عن سقوط قتلى في أرنور"),  # new in h68
    ("ar", "-", None, "غوندور تنصح مواطنيها بعدم السفر إلى أرنور"),
    ("ar", "-", None, "البنك المركزي في غوندور يحذر من مخاطر الصراع على الاقتصاد"),
    ("ar", "-", None, "مخاوف في روهان من موجة لجوء جديدة"),
    ("ar", "-", None, "الصراع في أرنور ينذر بكارثة إنسانية"),
    ("ar", "-", None, "ترامب يقلل من احتمال فرض عقوبات جديدة"),  # new in h68
    ("ar", "THREATEN", "E", "جيش غوندور يهدد بقصف عاصمة أرنور"),  # counter-case
    ("ar", "THREATEN", "E", "إيران تهدد بالرد على أي هجوم أمريكي"),  # counter-case
    ("ar", "THREATEN", "E", "حزب الله يتوعد إسرائيل برد قاس"),  # counter-case
    ("ar", "THREATEN", "E", "غوندور تحذر أرنور من أنها ستضرب قواعدها"),  # counter-case
    # --- fa
    ("fa", "ACCUSE", "E", "وزارت خارجه آرنور: حمله ارتش گوندور به مرزبانان ما تجاوز آشکار است"),  # new in h68
    ("fa", "ACCUSE", "E", "رئیس جمهور روهان: گوندور با بمباران بندر آرنور مرتکب اشتباه شد"),  # new in h68
    ("fa", "ACCUSE", "E", "آرنور حمله موشکی ارتش گوندور به غیرنظامیان را محکوم کرد"),
    ("fa", "ACCUSE", "E", "قطر: حملات اسرائیل به لبنان نقض حاکمیت این کشور است"),
    ("fa", "ACCUSE", "E", "پادشاه روهان: ترور فرمانده آرنوری مایه شرمساری گوندور است"),
    ("fa", "ACCUSE", "E", "عراقچی: حمله آمریکا به تأسیسات هسته‌ای ایران جنایت جنگی است"),
    ("fa", "ACCUSE", "E", "ترکیه: حمله آمریکا و اسرائیل به ایران آینده منطقه را به خطر می‌اندازد"),  # new in h68
    ("fa", "ACCUSE", "E", "وزیر خارجه آرنور: تجاوز گوندور به خاک ما خیانت است"),
    ("fa", "ACCUSE", "E", "اتحادیه اروپا: حملات اسرائیل در غزه فراتر از حد ضرورت است"),  # new in h68
    ("fa", "ACCUSE", "E", "آرنور ارتش گوندور را به گلوله‌باران روستاهای مرزی متهم کرد"),
    ("fa", "ASSAULT", "E", "آرنور اعلام کرد ارتش گوندور به پاسگاه‌های مرزی آن حمله کرد"),  # counter-case
    ("fa", "ASSAULT", "E", "ارتش اسرائیل اعلام کرد مواضع حزب‌الله را در جنوب لبنان هدف قرار داد"),  # counter-case
    ("fa", "ASSAULT", "E", "روهان: ارتش گوندور سه روستا را گلوله‌باران کرد"),  # counter-case
    ("fa", "ASSAULT", "E", "ارتش گوندور می‌گوید انبارهای سلاح آرنور را بمباران کرده است"),  # counter-case
    ("fa", "ACCUSE", "E", "سازمان ملل حمله به بیمارستان غزه را محکوم کرد"),  # counter-case
    ("fa", "-", None, "تشدید تنش در خاورمیانه اقتصاد جهان را تهدید می‌کند"),  # new in h68
    ("fa", "-", None, "سفارت آمریکا درباره خطر حملات تروریستی به شهروندانش هشدار داد"),  # new in h68
    ("fa", "-", None, "نخست‌وزیر مالزی درباره تشدید نظامی در خلیج فارس هشدار داد"),  # new in h68
    ("fa", "-", None, "ساکنان آرنور از گلوله‌باران دوباره می‌ترسند"),  # new in h68
    ("fa", "-", None, "کارشناسان درباره گسترش جنگ به روهان هشدار دادند"),
    ("fa", "-", None, "دبیرکل سازمان ملل نمی‌تواند گزارش‌های کشته شدن غیرنظامیان در آرنور را تأیید کند"),  # new in h68
    ("fa", "-", None, "گوندور به شهروندانش توصیه کرد به آرنور سفر نکنند"),
    ("fa", "-", None, "بانک مرکزی گوندور درباره پیامدهای درگیری برای اقتصاد هشدار داد"),
    ("fa", "-", None, "ترامپ احتمال تحریم‌های جدید را کم‌اهمیت جلوه داد"),  # new in h68
    ("fa", "-", None, "کارشناسان: جنگ در آرنور می‌تواند به فاجعه انسانی منجر شود"),
    ("fa", "THREATEN", "E", "ارتش گوندور تهدید کرد پایتخت آرنور را بمباران می‌کند"),  # counter-case
    ("fa", "THREATEN", "E", "ایران تهدید کرد به هرگونه حمله آمریکا پاسخ می‌دهد"),  # counter-case
    ("fa", "THREATEN", "E", "گوندور به آرنور هشدار داد که پایگاه‌هایش را هدف قرار خواهد داد"),  # counter-case
    ("fa", "THREATEN", "E", "سپاه: پاسخ ما به دشمن کوبنده خواهد بود"),  # counter-case
    # --- he
    ("he", "ACCUSE", "E", "משרד החוץ של ארנור: התקיפה של צבא גונדור היא תוקפנות בוטה"),  # new in h68
    ("he", "ACCUSE", "E", "נשיא רוהן: גונדור עשתה טעות כשהפציצה את נמל ארנור"),  # new in h68
    ("he", "ACCUSE", "E", "ארנור גינתה את מתקפת הטילים של צבא גונדור על אזרחים"),
    ("he", "ACCUSE", "E", "ספרד: התקיפות הישראליות בלבנון מפרות את החוק הבינלאומי"),  # new in h68
    ("he", "ACCUSE", "E", "מלך רוהן: חיסול המפקד הארנורי הוא חרפה לגונדור"),  # new in h68
    ("he", "ACCUSE", "E", "האיחוד האירופי: התקיפות בעזה חורגות ממה שנדרש"),  # new in h68
    ("he", "ACCUSE", "E", "טורקיה: המתקפה האמריקנית על איראן מסכנת את עתיד האזור"),  # new in h68
    ("he", "ACCUSE", "E", "שר החוץ של ארנור: הפלישה של גונדור לארצנו היא בגידה"),  # new in h68
    ("he", "ACCUSE", "E", "ארדואן כינה את התקיפות בעזה \"רצח עם\""),
    ("he", "ACCUSE", "E", "ארנור האשימה את צבא גונדור בהפגזת כפרים בגבול"),
    ("he", "ASSAULT", "E", "ארנור מסרה כי צבא גונדור תקף את מוצבי הגבול שלה"),  # counter-case
    ("he", "ASSAULT", "E", "צה\"ל הודיע כי תקף מטרות של חיזבאללה בדרום לבנון"),  # counter-case
    ("he", "ASSAULT", "E", "רוהן: צבא גונדור הפגיז שלושה כפרים הלילה"),  # counter-case
    ("he", "ASSAULT", "E", "צבא גונדור מסר כי הפציץ מחסני נשק בארנור"),  # counter-case
    ("he", "ACCUSE", "E", "האו\"ם גינה את התקיפה על בית החולים בעזה"),  # counter-case
    ("he", "-", None, "ההסלמה במזרח התיכון מאיימת על הכלכלה העולמית"),  # new in h68
    ("he", "-", None, "השגרירות האמריקנית הזהירה את אזרחיה מפני איום פיגועים"),  # new in h68
    ("he", "-", None, "תושבי ארנור חוששים מחידוש ההפגזות"),  # new in h68
    ("he", "-", None, "ראש ממשלת מלזיה מזהיר מפני הסלמה צבאית במפרץ"),  # new in h68
    ("he", "-", None, "מומחים מזהירים מהתרחבות המלחמה לרוהן"),
    ("he", "-", None, "מזכ\"ל האו\"ם אינו יכול לאשר את הדיווחים על הרוגים בארנור"),  # new in h68
    ("he", "-", None, "גונדור המליצה לאזרחיה להימנע מנסיעה לארנור"),
    ("he", "-", None, "בנק גונדור מזהיר מפני השלכות העימות על הכלכלה"),  # new in h68
    ("he", "-", None, "חשש ברוהן מגל פליטים חדש"),  # new in h68
    ("he", "-", None, "טראמפ ממעיט בסיכוי לסנקציות חדשות"),  # new in h68
    ("he", "-", None, "ראשי הרשויות בצפון חוששים מאיום ממשי על היישובים"),  # new in h68
    ("he", "THREATEN", "E", "צבא גונדור איים להפציץ את בירת ארנור"),  # counter-case
    ("he", "THREATEN", "E", "איראן מאיימת להגיב על כל תקיפה אמריקנית"),  # counter-case
    ("he", "THREATEN", "E", "חיזבאללה איים לפגוע בחיפה"),  # counter-case
    ("he", "THREATEN", "E", "גונדור הזהירה את ארנור כי תתקוף את בסיסיה"),  # counter-case
]


@pytest.mark.parametrize(("lang", "types", "polarity", "text"), CASES)
def test_judgement_sentence(lang: str, types: str, polarity: str | None, text: str) -> None:
    assert_one_of(text, lang, DAY, types, polarity)
