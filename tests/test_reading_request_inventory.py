"""REQUEST inventory (issue 8, round h69): requests with the addressee between the verb and what is
asked, demands vs appeals, requests in reported speech and nominal headlines, public advisories, and
look-alikes that are no request, in en, ar, fa, he and ru.

150 sentences were written for this round (30 per language, about half with invented actors: Gondor,
Arnor / «غوندور», «گوندور», «גונדור», «Гондор»), each labelled before the analyser read it (draft kept
with the round note); 86 were read right before the round, 97 after. The rows here are the 97 the
final code reads right; "new in h69" marks the 11 that failed before. The others are listed with
reasons in the round note (ultimatums, which the lexicon codes THREATEN as CAMEO 139 does; demanded
withdrawals of foreign troops, which the analyser reads as appeals to withdraw; public advisories
with no resolvable speaker; inner events the request verb does not reach).

Capability added: the asking verbs (claims.toml stance "ask": "asked/asks X to", «طلب … من»,
bare «از X خواست», «ביקש מ…», «попросил/просит») are request heads like the appeal verbs, but
a request only by what they ask for — an event of the clause after them (an arrest, sanctions: a
demand; a release, a ceasefire, talks: an appeal), which becomes a goal, not an asserted event;
with nothing asked for ("asked residents …", "asked about …", a court «طلب الدفاع») they give no
event (monitor/analysis/analyzer.py, ``appeal_verbs`` and the claim stance). ru.appeal.restraint
also reads «проявлять осторожность».

Label conventions (tests/gold/README.md): a demand is escalation, an appeal for calm, a ceasefire,
talks, restraint, release or humanitarian access de-escalation (a demand to stop a conflict act is
an appeal); a demand for an expulsion, sanctions, an arrest, an extradition, an apology or
compensation, or that a body condemn, stays a demand; a public advisory ("urges residents to stay
indoors", «تهيب بالمواطنين») is REQUEST with neither polarity (N, pv-ar-155); a question to a
spokesman, a court filing, a visa or asylum application is no event ("-").
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.readings import assert_inventory, assert_silent

DAY = date(2026, 3, 2)

# (lang, main type or "-", polarity E/D/N or "-", sentence)
CASES: list[tuple[str, str, str, str]] = [
    ('en', 'REQUEST', 'D', 'Gondor urged Arnor to release the detained fishermen'),
    ('en', 'REQUEST', 'D', 'The Norwegian foreign minister urged both sides to return to the negotiating table'),
    ('en', 'REQUEST', 'E', 'Gondor demanded that Arnor hand over the suspects in the bombing'),
    ('en', 'REQUEST', 'E', "Arnorian lawmakers demanded the expulsion of Gondor's ambassador"),
    ('en', 'REQUEST', 'D', 'Qatar called on Gondor and Arnor to exercise maximum restraint'),
    ('en', 'REQUEST', 'D', 'Pope Leo asked world leaders to work for a ceasefire in Sudan'),  # new in h69
    ('en', 'REQUEST', 'E', "Arnor's parliament called for sanctions on Gondor"),
    ('en', 'REQUEST', 'D', "Gondor's president asks Arnor to resume negotiations"),  # new in h69
    ('en', 'REQUEST', 'E', 'Arnor demands apology from Gondor over border shooting'),
    ('en', 'REQUEST', 'D', 'Egypt urged Israel and Hamas to agree on a prisoner exchange'),
    ('en', 'REQUEST', 'E', 'The opposition urged the government to expel the Gondorian ambassador'),
    ('en', 'REQUEST', 'D', "Gondor's foreign minister appealed to Arnor to allow humanitarian access to the besieged town"),
    ('en', 'REQUEST', 'D', 'The Arab League called on the Security Council to protect civilians in Gaza'),
    ('en', 'REQUEST', 'E', 'Gondor demands Arnor extradite the former defence minister'),
    ('en', '-', '-', "The court is reviewing a request for bail filed by the former minister's lawyers"),
    ('en', '-', '-', 'Thousands of Gondorians applied for work visas in Arnor last year'),
    ('en', '-', '-', 'The ministry received 3,000 asylum applications in March'),
    ('en', '-', '-', 'Reporters asked the prime minister whether he would run again'),
    ('ar', 'REQUEST', 'D', 'دعت قطر جيش غوندور إلى وقف إطلاق النار فورا'),
    ('ar', 'REQUEST', 'E', 'طالبت أرنور غوندور بتسليم المتهمين بالتفجير'),
    ('ar', 'REQUEST', 'E', 'طالب البرلمان الأرنوري بطرد سفير غوندور'),
    ('ar', 'REQUEST', 'D', 'طالب الأمين العام للأمم المتحدة الطرفين بضبط النفس'),
    ('ar', 'REQUEST', 'D', 'حث وزير الخارجية المصري الطرفين على العودة إلى طاولة المفاوضات'),
    ('ar', 'REQUEST', 'E', 'طالبت غوندور أرنور بدفع تعويضات عن السفينة الغارقة'),
    ('ar', 'REQUEST', 'D', 'ناشدت منظمة الصحة العالمية جيش غوندور السماح بدخول الوقود إلى المستشفيات'),
    ('ar', 'REQUEST', 'D', 'دعا الرئيس الفرنسي إيران وإسرائيل إلى خفض التصعيد'),
    ('ar', 'REQUEST', 'E', 'أرنور تطالب غوندور باعتذار رسمي'),
    ('ar', 'REQUEST', 'D', 'مطالبات دولية بوقف الحرب في السودان'),
    ('ar', 'REQUEST', 'D', 'طلب وزير الخارجية الأرنوري من نظيره الغوندوري الإفراج عن الصيادين المحتجزين'),  # new in h69
    ('ar', 'REQUEST', 'E', 'دعت المعارضة الحكومة إلى قطع العلاقات مع غوندور'),
    ('ar', 'REQUEST', 'D', 'أرنور تدعو غوندور إلى استئناف المفاوضات'),
    ('ar', 'REQUEST', 'E', 'طالب نواب كويتيون بطرد السفير الغوندوري'),
    ('ar', 'REQUEST', 'D', 'حثت الجامعة العربية مجلس الأمن على حماية المدنيين في غزة'),
    ('ar', 'REQUEST', 'D', 'ناشد البابا قادة العالم العمل من أجل السلام'),
    ('ar', 'REQUEST', 'D', 'دعت روسيا إلى حل سياسي للأزمة في غوندور'),
    ('ar', 'REQUEST', 'E', 'طالبت أرنور مجلس الأمن بفرض عقوبات على غوندور'),
    ('ar', '-', '-', 'تقدم آلاف الشباب بطلبات للحصول على تأشيرات عمل في أرنور'),
    ('ar', '-', '-', 'نظرت المحكمة في طلب الدفاع تأجيل الجلسة'),
    ('ar', '-', '-', 'فتح باب التقديم لطلبات اللجوء في أرنور'),
    ('ar', '-', '-', 'وجه الصحفيون أسئلة إلى وزير الخارجية حول زيارته إلى غوندور'),
    ('fa', 'REQUEST', 'D', 'وزیر خارجه قطر از ارتش گوندور خواست آتش\u200cبس را رعایت کند'),  # new in h69
    ('fa', 'REQUEST', 'E', 'نمایندگان مجلس خواستار اخراج سفیر گوندور شدند'),
    ('fa', 'REQUEST', 'D', 'دبیرکل سازمان ملل از طرفین خواست خویشتن\u200cداری کنند'),
    ('fa', 'REQUEST', 'D', 'ایران خواستار توقف فوری حملات به غزه شد'),
    ('fa', 'REQUEST', 'E', 'آرنور از گوندور خواست غرامت کشتی غرق\u200cشده را بپردازد'),
    ('fa', 'REQUEST', 'D', 'عمان از ایران و آمریکا خواست به میز مذاکره بازگردند'),  # new in h69
    ('fa', 'REQUEST', 'D', 'سازمان ملل خواستار آزادی گروگان\u200cها شد'),
    ('fa', 'REQUEST', 'E', 'مجلس آرنور خواستار تحریم گوندور شد'),
    ('fa', 'REQUEST', 'D', 'فرانسه از اسرائیل خواست اجازه ورود کمک\u200cهای بشردوستانه به غزه را بدهد'),
    ('fa', 'REQUEST', 'E', 'آمریکا از عراق خواست فرماندهان گروه\u200cهای مسلح را بازداشت کند'),  # new in h69
    ('fa', 'REQUEST', 'E', 'دانشجویان خواستار قطع روابط با گوندور شدند'),
    ('fa', 'REQUEST', 'N', 'سفارت از اتباع ایرانی خواست مراقب امنیت خود باشند'),  # new in h69
    ('fa', 'REQUEST', 'D', 'چین طرفین را به خویشتن\u200cداری فراخواند'),
    ('fa', 'REQUEST', 'E', 'ایران از شورای امنیت خواست اسرائیل را محکوم کند'),
    ('fa', '-', '-', 'از سخنگوی وزارت خارجه درباره حمله پرسیده شد اما او پاسخی نداد'),
    ('fa', '-', '-', 'هزاران نفر برای دریافت ویزای کار آرنور درخواست دادند'),
    ('fa', '-', '-', 'دادگاه درخواست وکیل متهم برای آزادی به قید وثیقه را بررسی می\u200cکند'),
    ('fa', '-', '-', 'مهلت ثبت درخواست وام مسکن تمدید شد'),
    ('fa', '-', '-', 'خبرنگاران از وزیر پرسیدند آیا به گوندور سفر خواهد کرد'),
    ('he', 'REQUEST', 'D', 'שר החוץ הנורווגי ביקש מצבא גונדור להפסיק את האש'),
    ('he', 'REQUEST', 'E', 'ארנור דרשה מגונדור להסגיר את החשודים בפיגוע'),
    ('he', 'REQUEST', 'E', 'חברי כנסת דרשו לגרש את שגריר גונדור'),
    ('he', 'REQUEST', 'D', 'מזכ"ל האו"ם קרא לצדדים לגלות איפוק'),
    ('he', 'REQUEST', 'E', 'ארנור דרשה מגונדור לשלם פיצויים על הספינה שטבעה'),
    ('he', 'REQUEST', 'E', 'גונדור דורשת מארנור התנצלות רשמית'),
    ('he', 'REQUEST', 'E', 'האופוזיציה דרשה מהממשלה לנתק את היחסים עם גונדור'),
    ('he', 'REQUEST', 'D', 'קטר הפצירה בצדדים לחזור לשולחן המשא ומתן'),
    ('he', 'REQUEST', 'E', 'ארנור קראה למועצת הביטחון להטיל סנקציות על גונדור'),
    ('he', 'REQUEST', 'D', 'סין קראה לארה"ב ולאיראן לחזור למשא ומתן'),
    ('he', 'REQUEST', 'E', 'ישראל דרשה מהאו"ם לפטר את השליח המיוחד'),
    ('he', 'REQUEST', 'E', 'גונדור דרשה מארנור להסגיר את שר הביטחון לשעבר'),
    ('he', '-', '-', 'אלפי צעירים הגישו בקשות לאשרות עבודה בארנור'),
    ('he', '-', '-', 'בית המשפט ידון בבקשת הסנגור לשחרר את הנאשם בערבות'),
    ('he', '-', '-', 'הוארך המועד להגשת בקשות למענקי דיור'),
    ('he', '-', '-', 'כתבים שאלו את ראש הממשלה אם יתמודד שוב'),
    ('ru', 'REQUEST', 'D', 'Глава МИД Катара призвал армию Гондора прекратить огонь'),
    ('ru', 'REQUEST', 'E', 'Арнор потребовал от Гондора выдать подозреваемых во взрыве'),
    ('ru', 'REQUEST', 'E', 'Депутаты потребовали выслать посла Гондора'),
    ('ru', 'REQUEST', 'D', 'Генсек ООН призвал стороны к сдержанности'),
    ('ru', 'REQUEST', 'E', 'Арнор потребовал от Гондора выплатить компенсацию за затонувшее судно'),
    ('ru', 'REQUEST', 'D', 'Оман призвал Иран и США вернуться за стол переговоров'),
    ('ru', 'REQUEST', 'E', 'Гондор требует от Арнора официальных извинений'),
    ('ru', 'REQUEST', 'D', 'ООН призвала освободить заложников'),
    ('ru', 'REQUEST', 'E', 'Парламент Арнора призвал ввести санкции против Гондора'),
    ('ru', 'REQUEST', 'D', 'Франция попросила Израиль пропустить гуманитарную помощь в Газу'),  # new in h69
    ('ru', 'REQUEST', 'E', 'США потребовали от Ирака арестовать командиров вооружённых группировок'),
    ('ru', 'REQUEST', 'D', 'Красный Крест попросил Гондор разрешить эвакуацию раненых'),  # new in h69
    ('ru', 'REQUEST', 'E', 'Оппозиция призвала правительство разорвать отношения с Гондором'),
    ('ru', 'REQUEST', 'D', 'Турция призвала стороны к диалогу'),
    ('ru', 'REQUEST', 'D', 'Глава МИД Арнора попросил Гондор освободить задержанных рыбаков'),  # new in h69
    ('ru', 'REQUEST', 'E', 'Израиль потребовал от ООН уволить спецпосланника'),
    ('ru', 'REQUEST', 'N', 'Власти Тель-Авива попросили жителей не выходить из домов'),  # new in h69
    ('ru', 'REQUEST', 'D', 'Китай призвал к политическому урегулированию кризиса в Гондоре'),
    ('ru', 'REQUEST', 'E', 'Арнор призвал Совбез ООН осудить Гондор'),
    ('ru', '-', '-', 'Тысячи граждан Гондора подали заявления на рабочие визы в Арнор'),
    ('ru', '-', '-', 'Приём заявок на жилищные субсидии продлён до конца месяца'),
    ('ru', '-', '-', 'Журналисты спросили премьера, будет ли он баллотироваться снова'),
]


@pytest.mark.parametrize(("lang", "main", "polarity", "text"), CASES)
def test_request_inventory(lang: str, main: str, polarity: str, text: str) -> None:
    if main == "-":
        assert_silent(text, lang, DAY)
    else:
        assert_inventory(text, lang, DAY, main, polarity)
