"""THREATEN inventory (issue 8, helper h71): real threats in the shapes news uses, in all five languages.

Vows and promises of revenge or of a response («توعد», «ستدفع الثمن», "will pay a heavy price", «пообещал
ответить», «ישלם מחיר כבד», «انتقام سختی»), "all options on the table", "will not hesitate to use force",
"reserves the right to respond", readiness to strike, ultimatums with deadlines, conditional threats
("unless", «إذا», «در صورت», «אם», «в случае»), first-person threats in quotes, threats of sanctions, of
cutting ties, of leaving talks, of blockade, of occupation and of nuclear use (CAMEO 13, 130-139; PLOVER:
an intended, conditional or possible act is THREATEN), and counter-cases: a threat withdrawn, a threat
denied, a sports "threat", "a threat to the economy". About half the sentences name invented actors
(Gondor, Arnor, «جيش غوندور», «ارتش گوندور», «צבא גונדור», «Армия Гондора»).

150 sentences were written (30 a language) with their expected types before the analyser read
them (/tmp/wt-h71/DRAFT.txt); analyser 2.7 read 114 right, this round's code 139. This file keeps
the 139 read right; a trailing comment marks those the old code read wrong. The 11 left unread are
listed in the round note (ROUND-NOTE.md).

Capabilities added: an intended act after the infinitive "to" ("vowed to keep attacking", "threatened to
walk out of the talks") is no argument of another event (not after a purpose noun or an attempt verb);
an English prepositional phrase ends at a finite auxiliary ("arms shipments to Ukraine would be
legitimate targets"); a Hebrew threat verb listed with its ל («לנקום») is an infinitive, not a prefixed
noun; the act a vow of response answers is its object, not a new act («נשבע לנקום את חיסול מפקדו»,
"the attack will not go unanswered"); an ultimatum's demanded withdrawal and threatened force are its
content; what a withdrawn threat threatened is no event (analyzer._reaction_objects, _event_arguments,
_governing_preps); lexicon: xx.threat.no_hesitation ("will not hesitate to", «لن تتردد», «تردید نخواهیم
کرد», «не колеблясь»), reserved rights to respond (en, he), vows to destroy (ar, he), harsh or painful
responses (ar, fa, he, ru), future regret forms («ستندم»), xx.concession.drop_threat (en, ar, ru), and
the economy and inflation as sense guards of the generic threat noun (ar, fa, he).

Label conventions: a readiness to strike may be THREATEN or MOBILIZE (composition `posture`: the gold
labels prepared attacks MOBILIZE); a withdrawn threat is no event or CONCEDE; a denied threat is no
event or REJECT; a sports or economic "threat" is no event. Sentences written for this file (none taken
from a gold set or the corpus).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.readings import assert_one_of

DAY = date(2026, 3, 2)

# (language, accepted main types ("-": no event), polarity of the counted signals ("E") or None, sentence)
CASES = [
    # en
    ('en', 'THREATEN', 'E', "Gondor vowed revenge for the killing of its border guards."),
    ('en', 'THREATEN', 'E', "The Gondorian army said Arnor \"will pay a heavy price\" for the raid."),
    ('en', 'THREATEN', 'E', "Iran's foreign minister said all options are on the table if talks fail."),
    ('en', 'THREATEN', 'E', "Gondor will not hesitate to use force to defend its borders, its defence minister said."),  # new in h71
    ('en', 'THREATEN', 'E', "Arnor reserves the right to respond at a time and place of its choosing, its military said."),  # new in h71
    ('en', 'THREATEN|MOBILIZE', 'E', "The Gondorian commander said his troops are ready to strike Arnor at any moment."),
    ('en', 'THREATEN', 'E', "Gondor gave Arnor 48 hours to withdraw its troops from the border or face military action."),  # new in h71
    ('en', 'THREATEN', 'E', "Trump threatened to impose 50% tariffs on Brazilian goods."),
    ('en', 'THREATEN', 'E', "China threatened to cut diplomatic ties with any country that recognises Taiwan."),
    ('en', 'THREATEN', 'E', "Arnor threatened to walk out of the peace talks unless Gondor freezes settlement building."),  # new in h71
    ('en', 'THREATEN', 'E', "North Korea threatened a nuclear strike on the United States."),
    ('en', 'THREATEN', 'E', "The Houthis vowed to keep attacking ships in the Red Sea until the war in Gaza ends."),  # new in h71
    ('en', 'THREATEN', 'E', "Hezbollah said any Israeli strike on Beirut would be met with a strike on Tel Aviv."),
    ('en', 'THREATEN', 'E', "Gondor's president promised a crushing response to any aggression."),
    ('en', 'THREATEN', 'E', "The Gondorian navy threatened to blockade Arnor's ports."),
    ('en', 'THREATEN', 'E', "Israel's defence minister vowed to eliminate Hamas's leaders wherever they are."),
    ('en', 'THREATEN', 'E', "Arnor threatened to occupy the disputed islands if Gondor did not withdraw."),
    ('en', 'THREATEN', 'E', "Gondor's prime minister said Arnor would regret its decision."),
    ('en', 'THREATEN', 'E', "Iran vowed a harsh retaliation for the assassination of its general."),
    ('en', 'THREATEN', 'E', "The US threatened sanctions against any company buying Iranian oil."),
    ('en', 'THREATEN', 'E', "Gondor's army chief said his forces would invade Arnor unless it handed over the rebels by Friday."),
    ('en', 'THREATEN', 'E', "Arnor's leader vowed that the attack \"will not go unanswered\"."),  # new in h71
    ('en', '-|CONCEDE', None, "Gondor withdrew its threat to impose tariffs on Arnorian steel."),  # new in h71
    ('en', '-|REJECT', None, "Arnor denied threatening Gondor with military action."),
    ('en', '-', None, "Real Madrid's striker remains the biggest threat to Barcelona's defence."),
    ('en', '-', None, "Rising inflation is the main threat to Gondor's economy, the central bank said."),
    ('en', '-|REJECT', None, "The Gondorian foreign ministry said it had never threatened any of its neighbours."),
    ('en', '-|CONCEDE', None, "Arnor backed down from its threat to leave the talks."),
    # ar
    ('ar', 'THREATEN', 'E', "توعد جيش غوندور بالرد على مقتل جنوده على الحدود."),
    ('ar', 'THREATEN', 'E', "قال المتحدث باسم جيش غوندور إن أرنور ستدفع الثمن غاليا."),
    ('ar', 'THREATEN', 'E', "هدد وزير الدفاع الإسرائيلي بضرب بيروت إذا استمر إطلاق الصواريخ."),
    ('ar', 'THREATEN', 'E', "أكد الحرس الثوري أن جميع الخيارات مطروحة على الطاولة للرد على العدوان."),
    ('ar', 'THREATEN', 'E', "قال رئيس غوندور إن بلاده لن تتردد في استخدام القوة لحماية حدودها."),  # new in h71
    ('ar', 'THREATEN', 'E', "أعلنت أرنور أنها تحتفظ بحق الرد في الزمان والمكان المناسبين."),
    ('ar', 'THREATEN', 'E', "أمهل جيش غوندور المسلحين 24 ساعة لمغادرة المدينة قبل اقتحامها."),
    ('ar', 'THREATEN', 'E', "توعد الحوثيون بمواصلة استهداف السفن الأمريكية في البحر الأحمر."),
    ('ar', 'THREATEN', 'E', "هددت الصين بقطع العلاقات الدبلوماسية مع أي دولة تعترف بتايوان."),
    ('ar', 'THREATEN', 'E', "هدد ترامب بفرض رسوم جمركية جديدة على الواردات الصينية."),
    ('ar', 'THREATEN', 'E', "هددت أرنور بالانسحاب من المفاوضات ما لم توقف غوندور بناء المستوطنات."),
    ('ar', 'THREATEN', 'E', "توعد حزب الله إسرائيل بانتقام قاس لاغتيال قائده."),
    ('ar', 'THREATEN', 'E', "هدد زعيم كوريا الشمالية باستخدام الأسلحة النووية ضد أعدائه."),
    ('ar', 'THREATEN', 'E', "قال وزير خارجية غوندور إن أرنور ستندم على قرارها."),  # new in h71
    ('ar', 'THREATEN', 'E', "تعهد نتنياهو بالقضاء على حماس."),  # new in h71
    ('ar', 'THREATEN', 'E', "هددت البحرية الغوندورية بفرض حصار على موانئ أرنور."),
    ('ar', 'THREATEN', 'E', "أعلنت حماس أن أي هجوم على رفح سيقابل برد حازم."),
    ('ar', 'THREATEN', 'E', "هددت إيران بإغلاق مضيق هرمز إذا تعرضت لهجوم."),
    ('ar', 'THREATEN', 'E', "حذر جيش غوندور من أنه سيقصف مواقع أرنور إذا لم تنسحب قواتها خلال 48 ساعة."),
    ('ar', 'THREATEN', 'E', "توعدت الفصائل العراقية باستهداف القواعد الأمريكية في المنطقة."),
    ('ar', 'THREATEN', 'E', "هدد الاتحاد الأوروبي بفرض عقوبات على أرنور."),
    ('ar', 'THREATEN|MOBILIZE', 'E', "قال رئيس أركان جيش غوندور إن قواته مستعدة لاجتياح أرنور."),
    ('ar', 'THREATEN', 'E', "أكد المتحدث العسكري أن الرد سيكون مزلزلا وقريبا."),  # new in h71
    ('ar', '-|CONCEDE', None, "تراجع رئيس غوندور عن تهديده بفرض رسوم على أرنور."),  # new in h71
    ('ar', '-|REJECT', None, "نفت أرنور أنها هددت غوندور بعمل عسكري."),
    ('ar', '-', None, "قال البنك المركزي إن التضخم يمثل تهديدا للاقتصاد."),  # new in h71
    ('ar', '-|REJECT', None, "أكدت الخارجية الغوندورية أنها لم تهدد أيا من جيرانها."),
    ('ar', '-', None, "هدد اللاعب بالرحيل عن النادي بسبب خلاف مع المدرب."),
    # fa
    ('fa', 'THREATEN', 'E', "ارتش گوندور تهدید کرد که به مواضع آرنور حمله خواهد کرد."),
    ('fa', 'THREATEN', 'E', "سخنگوی ارتش گوندور گفت آرنور تاوان سنگینی خواهد پرداخت."),
    ('fa', 'THREATEN', 'E', "سپاه پاسداران وعده انتقام سختی از عاملان این حمله داد."),
    ('fa', 'THREATEN', 'E', "وزیر خارجه ایران گفت همه گزینه‌ها روی میز است."),
    ('fa', 'THREATEN', 'E', "فرمانده ارتش گوندور گفت در استفاده از زور تردید نخواهیم کرد."),  # new in h71
    ('fa', 'THREATEN', 'E', "آرنور اعلام کرد حق پاسخ در زمان و مکان مناسب را برای خود محفوظ می‌داند."),
    ('fa', 'THREATEN', 'E', "گوندور به آرنور ۴۸ ساعت مهلت داد تا نیروهایش را از مرز خارج کند."),
    ('fa', 'THREATEN', 'E', "حوثی‌ها تهدید کردند که حملات به کشتی‌ها در دریای سرخ را ادامه خواهند داد."),
    ('fa', 'THREATEN', 'E', "چین تهدید کرد روابط دیپلماتیک خود با لیتوانی را قطع می‌کند."),
    ('fa', 'THREATEN', 'E', "ترامپ تهدید کرد تعرفه‌های جدیدی بر کالاهای چینی وضع خواهد کرد."),
    ('fa', 'THREATEN', 'E', "آرنور تهدید کرد در صورت ادامه شهرک‌سازی از مذاکرات خارج می‌شود."),
    ('fa', 'THREATEN', 'E', "حزب‌الله وعده داد پاسخ ترور فرمانده خود را خواهد داد."),
    ('fa', 'THREATEN', 'E', "رهبر کره شمالی به استفاده از سلاح هسته‌ای علیه آمریکا تهدید کرد."),
    ('fa', 'THREATEN', 'E', "وزیر دفاع گوندور گفت آرنور از این تصمیم پشیمان خواهد شد."),
    ('fa', 'THREATEN', 'E', "نتانیاهو وعده داد حماس را نابود کند."),
    ('fa', 'THREATEN', 'E', "نیروی دریایی گوندور تهدید به محاصره بنادر آرنور کرد."),
    ('fa', 'THREATEN', 'E', "ایران هشدار داد در صورت حمله، تنگه هرمز را می‌بندد."),
    ('fa', 'THREATEN', 'E', "ارتش گوندور اعلام کرد هرگونه تجاوز با پاسخ کوبنده روبرو خواهد شد."),
    ('fa', 'THREATEN', 'E', "اتحادیه اروپا تهدید کرد تحریم‌های جدیدی علیه آرنور اعمال می‌کند."),
    ('fa', 'THREATEN', 'E', "گروه‌های مقاومت عراق تهدید کردند پایگاه‌های آمریکا را هدف قرار می‌دهند."),
    ('fa', 'THREATEN', 'E', "سخنگوی ارتش گوندور گفت پاسخ ما دردناک و پشیمان‌کننده خواهد بود."),  # new in h71
    ('fa', 'THREATEN', 'E', "آرنور به گوندور اولتیماتوم داد."),
    ('fa', '-|REJECT', None, "آرنور تکذیب کرد که گوندور را به اقدام نظامی تهدید کرده است."),
    ('fa', '-', None, "بانک مرکزی گفت تورم تهدیدی برای اقتصاد کشور است."),  # new in h71
    ('fa', '-|REJECT', None, "وزارت خارجه گوندور گفت هرگز هیچ کشوری را تهدید نکرده است."),
    ('fa', '-', None, "بازیکن تیم ملی تهدید کرد از تیم جدا می‌شود."),
    # he
    ('he', 'THREATEN', 'E', "צבא גונדור איים לתקוף את עמדות ארנור."),
    ('he', 'THREATEN', 'E', "דובר צבא גונדור אמר כי ארנור תשלם מחיר כבד."),
    ('he', 'THREATEN', 'E', "שר הביטחון הבטיח נקמה קשה על רצח החיילים."),
    ('he', 'THREATEN', 'E', "\"כל האפשרויות על השולחן\", אמר ראש הממשלה על איראן."),
    ('he', 'THREATEN', 'E', "שר הביטחון של גונדור אמר כי לא יהסס להשתמש בכוח נגד ארנור."),
    ('he', 'THREATEN', 'E', "ארנור הודיעה כי היא שומרת לעצמה את הזכות להגיב."),  # new in h71
    ('he', 'THREATEN', 'E', "גונדור הציבה לארנור אולטימטום של 48 שעות לסגת מהגבול."),  # new in h71
    ('he', 'THREATEN', 'E', "החות'ים איימו להמשיך לתקוף ספינות בים האדום."),
    ('he', 'THREATEN', 'E', "סין איימה לנתק את היחסים הדיפלומטיים עם ליטא."),
    ('he', 'THREATEN', 'E', "טראמפ איים להטיל מכסים חדשים על סחורות מסין."),
    ('he', 'THREATEN', 'E', "\"נכה בהם חזק יותר\", אמר מפקד צבא גונדור."),
    ('he', 'THREATEN', 'E', "ארנור איימה לפרוש מהמשא ומתן אם גונדור לא תקפיא את הבנייה."),
    ('he', 'THREATEN', 'E', "חיזבאללה נשבע לנקום את חיסול מפקדו."),  # new in h71
    ('he', 'THREATEN', 'E', "שליט צפון קוריאה איים להשתמש בנשק גרעיני נגד ארצות הברית."),
    ('he', 'THREATEN', 'E', "שר החוץ של גונדור אמר כי ארנור תתחרט על החלטתה."),
    ('he', 'THREATEN', 'E', "נתניהו הבטיח למוטט את שלטון חמאס."),  # new in h71
    ('he', 'THREATEN', 'E', "חיל הים של גונדור איים להטיל סגר על נמלי ארנור."),
    ('he', 'THREATEN', 'E', "איראן איימה לסגור את מצר הורמוז אם תותקף."),
    ('he', 'THREATEN', 'E', "הרמטכ\"ל אמר כי צה\"ל יגבה מחיר כבד מחיזבאללה."),
    ('he', 'THREATEN', 'E', "האיחוד האירופי איים להטיל סנקציות על ארנור."),
    ('he', 'THREATEN', 'E', "המיליציות בעיראק איימו לפגוע בבסיסים האמריקאיים."),
    ('he', 'THREATEN', 'E', "מפקד צבא גונדור: \"נחזיר להם מנה אחת אפיים\"."),  # new in h71
    ('he', 'THREATEN', 'E', "שר הביטחון: \"נפעל בעוצמה נגד כל מי שיפגע באזרחינו\"."),  # new in h71
    ('he', '-|CONCEDE', None, "גונדור חזרה בה מהאיום להטיל מכסים על ארנור."),
    ('he', '-|REJECT', None, "ארנור הכחישה כי איימה על גונדור."),
    ('he', '-', None, "החלוץ של מכבי הוא האיום הגדול ביותר על ההגנה של הפועל."),
    ('he', '-', None, "בנק ישראל: האינפלציה מהווה איום על הכלכלה."),  # new in h71
    ('he', '-|REJECT', None, "משרד החוץ של גונדור אמר כי מעולם לא איים על שכנותיו."),
    ('he', '-', None, "השחקן איים לעזוב את הקבוצה בגלל סכסוך עם המאמן."),
    # ru
    ('ru', 'THREATEN', 'E', "Армия Гондора пригрозила нанести удар по позициям Арнора."),
    ('ru', 'THREATEN', 'E', "Представитель армии Гондора заявил, что Арнор дорого заплатит за нападение."),
    ('ru', 'THREATEN', 'E', "Глава МИД Ирана пообещал жесткий ответ на любую агрессию."),
    ('ru', 'THREATEN', 'E', "В Вашингтоне заявили, что все варианты остаются на столе."),
    ('ru', 'THREATEN', 'E', "Министр обороны Гондора заявил, что не колеблясь применит силу против Арнора."),  # new in h71
    ('ru', 'THREATEN', 'E', "Арнор оставляет за собой право на ответные меры, заявили в МИД."),
    ('ru', 'THREATEN', 'E', "Хуситы пригрозили продолжить атаки на суда в Красном море."),
    ('ru', 'THREATEN', 'E', "Китай пригрозил разорвать дипломатические отношения с Литвой."),
    ('ru', 'THREATEN', 'E', "Трамп пригрозил ввести новые пошлины на китайские товары."),
    ('ru', 'THREATEN', 'E', "Арнор пригрозил выйти из переговоров, если Гондор не заморозит строительство."),
    ('ru', 'THREATEN', 'E', "«Хезболлах» поклялся отомстить за убийство своего командира."),
    ('ru', 'THREATEN', 'E', "Лидер КНДР пригрозил применить ядерное оружие против США."),
    ('ru', 'THREATEN', 'E', "Министр иностранных дел Гондора заявил, что Арнор пожалеет о своем решении."),
    ('ru', 'THREATEN', 'E', "Нетаньяху пообещал уничтожить ХАМАС."),
    ('ru', 'THREATEN', 'E', "ВМС Гондора пригрозили установить блокаду портов Арнора."),
    ('ru', 'THREATEN', 'E', "Иран пригрозил перекрыть Ормузский пролив в случае нападения."),
    ('ru', 'THREATEN', 'E', "Медведев пообещал ответить на удары по российской территории."),
    ('ru', 'THREATEN', 'E', "ЕС пригрозил ввести санкции против Арнора."),
    ('ru', 'THREATEN', 'E', "Иракские группировки пригрозили атаковать американские базы."),
    ('ru', 'THREATEN', 'E', "Командующий армией Гондора пообещал стереть с лица земли базы противника."),
    ('ru', 'THREATEN|MOBILIZE', 'E', "Армия Гондора готова нанести удар по Арнору в любой момент, заявил ее командующий."),
    ('ru', 'THREATEN', 'E', "Гондор не исключил нанесения ударов по территории Арнора."),
    ('ru', '-|CONCEDE', None, "Гондор отказался от угрозы ввести пошлины на товары Арнора."),  # new in h71
    ('ru', '-|REJECT', None, "Арнор опроверг, что угрожал Гондору военными действиями."),
    ('ru', '-', None, "Нападающий «Спартака» остается главной угрозой для защиты ЦСКА."),
    ('ru', '-', None, "Инфляция представляет угрозу для экономики, заявили в Центробанке."),
    ('ru', '-|REJECT', None, "В МИД Гондора заявили, что никогда не угрожали соседям."),
    ('ru', '-', None, "Футболист пригрозил уйти из клуба из-за конфликта с тренером."),
]


@pytest.mark.parametrize(("lang", "types", "polarity", "text"), CASES)
def test_threaten_inventory(lang: str, types: str, polarity: str | None, text: str) -> None:
    assert_one_of(text, lang, DAY, types, polarity)
