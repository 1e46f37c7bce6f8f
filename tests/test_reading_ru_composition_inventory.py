"""Russian composition inventory (issue 8 §3 "the main event" and §6 "scope and composition", round h52).

How Russian words combine, not which verbs exist (tests/test_reading_ru_cameo_inventory.py and
tests/test_reading_ru_plover_inventory.py audit the verbs): one short invented wire sentence per probe of
a composition rule, in the styles of TASS, RIA Novosti, Interfax, Kommersant, Meduza and BBC Russian
(perfective and imperfective, future and past, short passives, verbal nouns, verbless headlines,
questions), most with fictitious or little-covered actors (Арнор, Гондор, Рохан, Лесото, Того, Бенин,
Эритрея, Мали, Чад) so that no actor or relation rule can carry the reading, the rest with well-known
ones. Families: negation, modality and goals, violated or broken cooperation, reversive verbs over
coercive nouns, rejecting or opposing a cooperative noun, denials of accusations, reactions and
background, explainers and questions, evidence cues, speakers, and the main clause of a sentence with
two events.

182 sentences were written, with their expected main PLOVER type and polarity, before the analyser read
any of them (none taken from a gold set or the corpus). The analyser at the start of the round (6335486)
read 141 right; the code of this round reads 177 right (36 more, none lost). This file keeps the 177; a
trailing "new in h52" marks the 36 the old code misread. The 5 still misread are listed with a reason in
the round note (ROUND-NOTE.md), not here.

Capabilities added (seeds/lexicon/composition-ru.toml, modality.toml, signals-ru.toml,
monitor/analysis/analyzer.py, lemmas.py):
- Russian `breach` cues: an agreement, treaty, truce, talks or summit that is the object of нарушить,
  разорвать, расторгнуть, аннулировать, денонсировать, выйти из / выход, сорвать / срыв, отменить,
  отложить, перенести is REJECT, not AGREE, SUPPORT or CONSULT («Гондор разорвал мирное соглашение»,
  «Выход Гондора из мирного соглашения», «Арнор отложил переговоры»); the subject may stand between verb
  and noun, another preposition, a means («путем», «через») or a clause link ends the verb's reach (also
  for the halting cues: «выход из кризиса путем переговоров» halts no talks); inside an accusation or a
  blame the breach is its content («обвинил Гондор в срыве мирного соглашения»); a visit or talks put off
  or called off for a stated cause («из-за», «в связи с») is force majeure, not defiance;
- a negated verb of consent is a refusal, REJECT («не согласится на перемирие», «не согласится на новые
  переговоры», «не пойдет на уступки»): opposition cues, whose «не» negates nothing;
- negation: a negated verb of taking part reaches the event it names («не будет участвовать в мирных
  переговорах», «не участвовала в ударах»); a postposed «нет», «не было», «не зафиксировано» that closes
  its clause reaches back to the fronted genitive of negation or an evidence noun at its head
  («Столкновений … зафиксировано не было», «Признаков переброски войск … нет»), its own two-word reach
  stays for the rest («пострадавших не зафиксировано» leaves the strike);
- an act under consideration is an intent («рассматривает возможность высылки дипломатов»: THREATEN);
- reversive verbs as postposed short passives («Комендантский час в столице Арнора отменен»), only with
  a participle (pymorphy3 PRTS) and a nominative subject («После удара занятия отменены» keeps the strike);
  «исключить X из Y» removes (delisting: CONCEDE), «исключить X» rules out (REJECT); an air-raid or drone
  alert called off is an all-clear, no attack and no retreat («отменили воздушную тревогу»);
- postposed denials («назвал обвинения ложью», «назвал фейком сообщения о блокаде»); calling an
  adversary's accusation baseless is REJECT («назвала безосновательными обвинения»), calling reports fake
  a plain denial, no event;
- dating: postposed («… на прошлой неделе», «… две недели назад») and preposed («Месяц назад …», «за
  несколько дней до ракетного удара») background; «несмотря на», «вопреки» name the setting («погибли при
  обстреле, несмотря на перемирие»: no agreement of the day);
- explainers: «Что означает …», «Во что обойдется …», «Сценарии …», and yes/no question headlines with
  «ли» after the first word («Нападет ли Гондор на Арнор?», «Близко ли перемирие?»); evidence: «не
  обнаружили следов»;
- lexicon: blaming with the party between («возложил на Гондор ответственность за …»), unfreezing assets
  with a modifier between, visa bans, the verbal noun «высылка» of diplomats; a parliament discussing an
  event holds no talks.
"""

from __future__ import annotations

from datetime import date

import pytest

from monitor.analysis.evaluate import main_type
from monitor.analysis.service import get_analyzer
from tests.readings import assert_inventory, assert_silent

DAY = date(2026, 3, 2)

# (accepted main types "A|B", polarity, sentence). Types "-": no counted signal (assert_silent).
# Polarity: E escalation, D de-escalation, N de-escalation or none (contact between parties not
# known to be at odds, §12.4), None: the main type alone is checked (two events of both sides).
COMPOSITION = [
    # --- negation («не атаковал», «не согласится», «не было», «никогда не»; «не только», «по-прежнему» are no negation)
    ("-", None, "Армия Гондора не атаковала пограничные посты Арнора"),
    ("-", None, "Российские войска не наносили ударов по Одессе в воскресенье, заявили в Минобороны"),
    ("REJECT", "E", "Президент Гондора заявил, что не согласится на перемирие с Арнором"),  # new in h52
    ("REJECT|-", None, "Лесото не будет участвовать в мирных переговорах между Арнором и Гондором"),  # new in h52
    ("-", None, "Того не вводило санкции против Бенина"),
    ("-", None, "Власти Сербии не высылали хорватских дипломатов"),
    ("-", None, "Столкновений на границе Армении и Азербайджана в воскресенье зафиксировано не было"),  # new in h52
    ("-", None, "Войска Гондора так и не покинули приграничный город Арнора"),
    ("-", None, "ХАМАС не освободил израильских заложников"),
    ("ASSAULT", "E", "Армия Гондора не только обстреляла пограничные села, но и нанесла удар по аэропорту Арнора"),
    ("ASSAULT", "E", "Артиллерия Гондора по-прежнему обстреливает приграничные села Арнора"),
    ("REJECT", "E", "Израиль отказывается выводить войска из Южного Ливана"),
    ("-", None, "Арнор так и не подписал пограничный договор с Гондором"),
    ("-", None, "Лесото никогда не направляло войска в Арнор"),
    ("-", None, "Ни одного удара по Киеву за сутки нанесено не было"),
    ("REJECT|-", None, "Иран не согласится на новые переговоры с США, заявил Аракчи"),  # new in h52
    ("-", None, "Того не намерено участвовать в военной операции против Бенина"),
    # --- modality and goals («с целью достижения», «чтобы добиться», «намерен», «может нанести удар», future forms, approved or ordered attacks)
    ("CONSULT", "N", "Делегации Арнора и Гондора встретились в Лесото, чтобы добиться соглашения о прекращении огня"),
    ("CONSULT", "N", "Армения и Азербайджан возобновили переговоры с целью достижения мирного договора"),
    ("THREATEN", "E", "Арнор намерен нанести удар по северным портам Гондора"),
    ("THREATEN", "E", "Армия Гондора может нанести удар по Арнору уже на следующей неделе"),
    ("THREATEN", "E", "Правительство Гондора одобрило план наземной операции против Арнора"),
    ("THREATEN", "E", "Нетаньяху приказал нанести удары по объектам \"Хезболлы\" в Бейруте"),
    ("THREATEN", "E", "Гондор введет санкции против Арнора, если переговоры провалятся"),
    ("THREATEN", "E", "Арнор рассматривает возможность высылки гондорских дипломатов"),  # new in h52
    ("MOBILIZE|THREATEN", "E", "Армия Гондора готовится к наступлению на Арнор"),
    ("AGREE|CONCEDE", "D", "Гондор откроет пограничный переход с Арнором"),
    ("AGREE|CONSULT", "N", "Арнор и Гондор договорились провести переговоры"),
    ("CONSULT", "N", "Министр иностранных дел Того посетил Бенин, стремясь к соглашению о границе"),
    ("CONSULT", "N", "Катар принимает переговоры Израиля и ХАМАС, направленные на достижение перемирия"),
    ("THREATEN|MOBILIZE", "E", "Командование Гондора разработало план вторжения в Арнор"),
    ("THREATEN", "E", "Армия Гондора планирует обстрелять электростанции Арнора"),
    ("REQUEST|AGREE|-", None, "Лесото добивается прекращения огня между Арнором и Гондором"),
    ("AGREE|CONSULT|-", "N", "Арнор хочет договориться о мирном соглашении с Гондором"),
    ("THREATEN", "E", "КНДР нанесет ответный удар по Южной Корее, заявил министр обороны"),
    ("THREATEN", "E", "Пакистан собирается атаковать лагеря боевиков в Индии"),
    # --- violated or broken cooperation («нарушил соглашение», «вышел из договора», «разорвал соглашение», «отложил переговоры»)
    ("ACCUSE", "E", "Арнор обвинил Гондор в нарушении пограничного соглашения"),
    ("ACCUSE", "E", "Азербайджан обвиняет Армению в нарушении перемирия"),
    ("ACCUSE", "E", "Президент Арнора обвинил Гондор в срыве мирного соглашения"),  # new in h52
    ("ACCUSE", "E", "Лесото осудило нарушение Гондором режима прекращения огня"),
    ("ACCUSE", "E", "Арнор возложил на Гондор ответственность за срыв мирных переговоров"),  # new in h52
    ("ASSAULT|ACCUSE|REJECT", "E", "ХАМАС заявил, что Израиль нарушил соглашение о прекращении огня"),  # new in h52
    ("REJECT|SANCTION", "E", "Гондор разорвал мирное соглашение с Арнором"),  # new in h52
    ("REJECT|SANCTION", "E", "США вышли из ядерной сделки с Ираном"),
    ("REJECT|SANCTION", "E", "Гондор объявил о выходе из мирного договора с Арнором"),  # new in h52
    ("REJECT|SANCTION", "E", "Мали заморозило соглашение о сотрудничестве в сфере безопасности с Францией"),
    ("REJECT|SANCTION", "E", "Арнор отложил переговоры с Гондором"),  # new in h52
    ("REJECT|SANCTION", "E", "Гондор перенес саммит с Арнором"),  # new in h52
    ("ASSAULT|REJECT|SANCTION", "E", "Гондор нарушил перемирие с Арнором"),
    ("REJECT|SANCTION", "E", "Арнор отказался от мирного соглашения с Гондором"),
    ("REJECT|SANCTION", "E", "Выход Гондора из мирного соглашения с Арнором"),  # new in h52
    ("ASSAULT|REJECT", "E", "Новое нарушение перемирия между Арнором и Гондором"),
    ("REJECT|SANCTION", "E", "Кабул денонсировал договор о дружбе с Исламабадом"),
    # --- reversive verbs over coercive nouns («снял санкции», «прекратил блокаду», «ослабил ограничения», «освобожден из-под стражи»)
    ("CONCEDE|RETREAT", "D", "Гондор снял санкции с Арнора"),
    ("CONCEDE|RETREAT", "D", "Власти Арнора отменили комендантский час в приграничной области"),
    ("CONCEDE|RETREAT", "D", "Израиль ослабил блокаду Газы"),
    ("CONCEDE|RETREAT", "D", "Лесото сняло ограничения на въезд для граждан Гондора"),
    ("CONCEDE|RETREAT", "D", "Гондор прекратил блокаду арнорских портов"),
    ("RETREAT", "D", "Гондорский журналист освобожден из-под стражи в Арноре"),
    ("RETREAT", "D", "Власти Венесуэлы освободили задержанных американцев"),
    ("RETREAT", "D", "Гондор вывел свои войска с границы Арнора"),
    ("CONCEDE|RETREAT", "D", "Арнор отменил визовый запрет для гондорских чиновников"),  # new in h52
    ("CONCEDE|RETREAT", "D", "Смягчение ограничений на перемещение грузов между Того и Бенином"),
    ("CONCEDE|RETREAT", "D", "Комендантский час в столице Арнора отменен"),  # new in h52
    ("CONCEDE|RETREAT", "D", "Китай снял запрет на импорт японских морепродуктов"),
    ("CONCEDE|RETREAT", "D", "Суд Арнора отменил запрет на выезд для гондорских активистов"),
    ("CONCEDE|RETREAT", "D", "Войска Гондора сняли осаду с арнорского города"),
    ("CONCEDE|RETREAT", "D", "Гондор разморозил арнорские активы"),  # new in h52
    ("CONCEDE|RETREAT", "D", "Власти Гондора отменили режим чрезвычайного положения в столице"),
    ("CONCEDE|RETREAT", "D", "Минфин США исключил российскую компанию из санкционного списка"),  # new in h52
    # --- rejecting or opposing a cooperative noun («отверг предложение о перемирии», «выступает против посредничества», «покинул переговоры»)
    ("REJECT", "E", "Гондор отверг предложение Арнора о перемирии"),
    ("REJECT", "E", "Арнор выступает против посредничества Лесото"),
    ("REJECT", "E", "Президент Гондора выступил против африканского посредничества в конфликте с Арнором"),
    ("REJECT|SANCTION", "E", "Делегация Арнора покинула переговоры с Гондором"),
    ("REJECT", "E", "Эритрея отвергла эфиопский мирный план"),
    ("REJECT", "E", "Гондор отклонил предложение Лесото о посредничестве"),
    ("REJECT", "E", "США наложили вето на проект резолюции с призывом к прекращению огня в Газе"),
    ("REJECT", "E", "Рохан исключил любые переговоры с Гондором"),
    ("REJECT", "E", "Гондор отклонил просьбу Арнора пропустить гуманитарную помощь"),
    ("REJECT|PROTEST", "E", "Арнор бойкотировал мирную конференцию в Лесото"),
    ("REJECT|SANCTION", "E", "Гондор отменил запланированные переговоры с Арнором"),  # new in h52
    ("REJECT", "E", "Президент Арнора отказался подписать мирное соглашение"),
    ("REJECT", "E", "Арнор сорвал мирные переговоры с Гондором"),  # new in h52
    ("REJECT", "E", "Гондор против любого перемирия с Арнором"),
    ("REJECT", "E", "Киев не приемлет российский план урегулирования"),
    # --- denials of accusations («опроверг обвинения», «отрицает», «назвал ложью»)
    ("REJECT|-", None, "Гондор опроверг обвинения Арнора в обстреле приграничных сел"),
    ("REJECT", "E", "Гондор отверг обвинения Арнора в военных преступлениях"),
    ("REJECT|-", None, "Арнор назвал обвинения Гондора ложью"),  # new in h52
    ("-", None, "Гондор отрицает, что его войска пересекли границу Арнора"),
    ("REJECT|-", None, "Арнор отрицает причастность к взрыву в Гондоре"),
    ("-", None, "Армия Гондора опровергла сообщения об обстреле рынка"),
    ("-", None, "Лесото опровергло поставки оружия Гондору"),
    ("-", None, "ВМС Ирана опровергли задержание греческого танкера"),
    ("-", None, "Гондор опроверг сообщения о мобилизации резервистов"),
    ("REJECT|-", None, "Арнор опроверг заявления Гондора о ракетных пусках"),
    ("-", None, "Армия Чада отрицает нанесение ударов по мирным жителям в Нигере"),
    ("-", None, "Представитель правительства Гондора опроверг информацию об авиаударах по Арнору"),
    ("REJECT", "E", "МИД Арнора отверг обвинения Гондора в нарушении перемирия"),
    ("REJECT|-", None, "Москва назвала безосновательными обвинения Лондона в применении химического оружия"),  # new in h52
    # --- reactions and background («осудил удар», «в ответ на удар», «в годовщину», «на прошлой неделе», «год назад»)
    ("ACCUSE", "E", "Гондор осудил удар по посольству Арнора"),
    ("ACCUSE", "E", "Президент Лесото осудил обстрел Арнора гондорскими войсками"),
    ("-", None, "Арнор скорбит по жертвам гондорского ракетного удара"),
    ("-", None, "В Арноре почтили память жертв резни"),
    ("-", None, "В годовщину гондорского вторжения Арнор объявил день траура"),
    ("-", None, "Арнорская авиация нанесла удары по портам Гондора на прошлой неделе"),  # new in h52
    ("-", None, "Год назад армия Гондора вторглась в Арнор"),
    ("CONSULT", "N", "Глава МИД Армении посетил Баку через неделю после пограничных столкновений"),
    ("ACCUSE", "E", "Рохан вызвал посла Гондора в связи с обстрелом своего посольства"),
    ("ACCUSE", "E", "Арнор раскритиковал Гондор за удар беспилотника по электростанции"),
    ("PROTEST", "E", "В Арноре прошли акции протеста против гондорских авиаударов"),
    ("-", None, "Парламент Гондора обсудил нападение на пограничные посты"),  # new in h52
    ("ACCUSE", "E", "Мировые лидеры осуждают ракетный удар Ирана по Израилю"),
    ("ASSAULT", "E", "В ответ на удар Гондора армия Арнора обстреляла его приграничные позиции"),
    ("-", None, "Гондор отмечает первую годовщину арнорского ракетного удара"),
    ("CONSULT", "N", "Лидер Гондора встретился с арнорскими посланниками за несколько дней до ракетного удара"),  # new in h52
    ("ACCUSE", "E", "Волна международного осуждения после удара по посольству Арнора"),
    ("-", None, "Месяц назад гондорские ВМС захватили арнорский танкер"),  # new in h52
    # --- explainers and questions («Что означает …», «Начнется ли война …?», «Все, что известно о …»)
    ("-", None, "Что означает удар по ядерным объектам Ирана для региона"),  # new in h52
    ("-", None, "Начнется ли война между Арнором и Гондором?"),
    ("-", None, "Все, что известно о столкновениях на границе Арнора и Гондора"),
    ("-", None, "Как Арнор может ответить на гондорскую блокаду"),
    ("-", None, "Почему Гондор вторгся в Арнор"),
    ("-", None, "Сможет ли армия Тайваня отразить вторжение Китая?"),  # new in h52
    ("-", None, "Нападет ли Гондор на Арнор?"),  # new in h52
    ("-", None, "Близко ли перемирие между Арнором и Гондором?"),  # new in h52
    ("-", None, "Хроника войны между Арнором и Гондором"),
    ("-", None, "Кто такой гондорский генерал, руководящий наступлением на Арнор"),
    ("-", None, "Анализ: ракетные удары Арнора оставляют Гондору мало вариантов"),
    ("-", None, "Какие страны поставляют оружие Украине?"),
    ("-", None, "Вопросы и ответы: что значит перемирие между Арнором и Гондором"),
    ("-", None, "Во что обойдется блокада арнорских портов"),  # new in h52
    ("-", None, "Остановят ли санкции войну Гондора против Арнора?"),  # new in h52
    ("-", None, "Сценарии ответа Арнора на гондорский обстрел"),  # new in h52
    # --- evidence cues («нет доказательств», «не подтвердилась», «не нашли следов»)
    ("-", None, "Нет доказательств того, что Гондор атаковал арнорский конвой"),
    ("-", None, "Арнор не нашел никаких доказательств пересечения границы гондорскими войсками"),
    ("-", None, "Гондор опроверг сообщения о том, что его самолеты бомбили столицу Арнора"),
    ("-", None, "По словам Лесото, нет подтверждений применения Арнором химического оружия"),
    ("-", None, "Признаков переброски войск Гондора к границе Арнора нет"),  # new in h52
    ("-", None, "Армия Арнора назвала сообщения об обстреле приграничного города ложными"),
    ("-", None, "Следователи не обнаружили следов атаки гондорского беспилотника на НПЗ"),  # new in h52
    ("ACCUSE|-", None, "Арнор обвинил Гондор в обстреле аэропорта, не представив доказательств"),
    ("-", None, "Официальные данные не подтвердили столкновения в приграничном районе между Того и Бенином"),
    ("-", None, "Никаких признаков того, что Китай готовит вторжение на Тайвань, нет"),
    ("-", None, "Гондор назвал фейком сообщения о морской блокаде арнорских портов"),  # new in h52
    ("-", None, "Информация об ударе по базе в Арноре не подтвердилась"),
    # --- speakers (the claim's speaker is the subject of the reporting verb; chants are PROTEST)
    ("ASSAULT", "E", "Арнор заявил, что Гондор обстрелял его пограничные позиции"),
    ("PROTEST", "E", "Демонстранты скандировали «Смерть Гондору» у посольства в Арноре"),
    ("ASSAULT", "E", "Гондор утверждает, что арнорские беспилотники поразили его нефтебазу"),
    ("ASSAULT", "E", "По данным Арнора, гондорские силы открыли огонь по рыбакам"),
    ("ASSAULT", "E", "Минобороны Гондора сообщило, что его силы сбили два арнорских беспилотника"),
    ("AGREE|RETREAT", "D", "Египет сообщил, что Израиль и ХАМАС договорились о прекращении огня"),
    ("MOBILIZE", "E", "Арнор заявляет, что Гондор стягивает войска к границе"),
    ("RETREAT", "D", "Государственные СМИ Гондора сообщили, что Арнор освободил трех пленных"),
    ("PROTEST", "E", "Демонстранты в Тегеране сожгли американские флаги"),
    ("SANCTION", "E", "Глава МИД Гондора сообщил журналистам, что Арнор выслал двух дипломатов"),
    ("COERCE|SANCTION", "E", "Арнорские чиновники заявили, что Гондор установил блокаду порта"),
    ("PROTEST", "E", "Митингующие в Гондоре выкрикивали лозунги против Арнора"),
    ("REQUEST|AGREE", "D", "Арнор заявил о готовности к диалогу с Гондором"),
    ("ASSAULT|COERCE", "E", "Гондорский командир заявил, что его силы захватили арнорское село"),
    ("ASSAULT", "E", "Армия Арнора сообщила, что гондорская артиллерия попала в школу в приграничном городе"),
    ("PROTEST", "E", "Тысячи жителей Арнора вышли на марш с антигондорскими лозунгами"),
    # --- the main clause decides
    ("CONSULT", None, "Переговоры Армении и Азербайджана возобновились на фоне продолжающихся обстрелов границы"),
    ("ASSAULT", None, "Гондор обстреливает арнорские села, пока переговоры в Лесото буксуют"),
    ("AGREE|SUPPORT|RETREAT", None, "Арнор и Гондор подписали перемирие после нескольких недель боев"),
    ("RETREAT", "D", "Гондор освободил двадцать пленных, а Арнор отменил комендантский час"),
    ("SANCTION", "E", "Арнор выслал гондорских дипломатов после перестрелки на границе"),
    ("COERCE", "E", "Гондор задержал арнорских активистов во время протестов против блокады"),
    ("THREATEN", "E", "Египет пригрозил Эфиопии санкциями из-за спора о плотине"),
    ("AGREE|CONSULT", None, "Лесото предложило посредничество на фоне расширения столкновений в Арноре"),
    ("AGREE", None, "Арнор принял мирный план, в то время как Гондор продолжает обстрелы границы"),
    ("RETREAT|AGREE", None, "Гондор объявил о прекращении огня, однако Арнор сообщил о новых обстрелах"),
    ("MOBILIZE", "E", "Рохан направил войска к границе на фоне роста напряженности с Гондором"),
    ("RETREAT", "D", "Россия и Украина обменялись пленными в условиях хрупкого перемирия"),
    ("COERCE", "E", "ВМС Гондора задержали арнорский танкер у спорного острова"),
    ("COERCE", "E", "Полиция Арнора задержала демонстрантов, направлявшихся к посольству Гондора"),
    ("ASSAULT", None, "Бои в Арноре возобновились на следующий день после срыва мирных переговоров"),
    ("ASSAULT", "E", "Пять солдат погибли при гондорском обстреле Арнора, несмотря на перемирие"),  # new in h52
]


@pytest.mark.parametrize(("types", "polarity", "text"), COMPOSITION)
def test_composition_sentence(types: str, polarity: str | None, text: str) -> None:
    accepted = types.split("|")
    r = get_analyzer().analyze(text, lang="ru", day=DAY)
    got = main_type(r) or "-"
    assert got in accepted, [(s.entry, s.plover_type, s.polarity, s.counted, s.modality) for s in r.signals]
    if got == "-":
        assert_silent(text, "ru", DAY)
    elif polarity is not None:
        assert_inventory(text, "ru", DAY, got, polarity)


# Readings the new rules must leave alone (guards of their reach).
GUARDS = [
    # a passive reversive needs its nominative subject: the strike in the genitive stays
    ("ASSAULT", "E", "После удара по городу занятия в школах Арнора отменены"),
    # «не зафиксировано» negates the casualties before it, not the strike at the head of the clause
    ("ASSAULT", "E", "В результате удара по больнице в Арноре пострадавших не зафиксировано"),
    # a visit put off for a stated cause is no rejection
    ("CONSULT", "N", "Премьер Того отложил визит в Бенин из-за непогоды"),
    # a means between «выход» and the talks ends the breach verb's reach
    ("CONSULT", "N", "Арнор и Гондор ищут выход из тупика через переговоры"),
    # the adverb «безосновательно» before an accusation denies nothing
    ("ACCUSE", "E", "Гондор безосновательно обвинил Арнор в обстреле"),
    # claiming responsibility is no blame (ru.accusation.blame_frame needs the blaming verb)
    ("ASSAULT", "E", "Группировка взяла на себя ответственность за взрыв в Того"),
    # «исключить» without «из» rules out
    ("REJECT", "E", "Минфин США исключил возможность снятия санкций с Ирана"),
]


@pytest.mark.parametrize(("types", "polarity", "text"), GUARDS)
def test_composition_guard(types: str, polarity: str | None, text: str) -> None:
    test_composition_sentence(types, polarity, text)


@pytest.mark.parametrize(
    "text",
    [
        "Режим ракетной опасности в Арноре отменен",  # an all-clear: no attack, no retreat
        "В Гондоре отменили воздушную тревогу",  # the same, active
        "Фонд продал активы в Лесото",  # ru.withdrawal.unfreeze_assets needs the unfreezing verb
        "Магазин расторг договор с поставщиком",  # a contract is no cooperative noun
        "Компания перенесла презентацию нового смартфона",
        "Налоговая служба отменила штраф для предпринимателей",
    ],
)
def test_composition_sense_guards(text: str) -> None:
    assert_silent(text, "ru", DAY)
