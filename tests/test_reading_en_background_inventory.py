"""English lede-sentence inventory: background clauses beside the main event (issue 8 §3, round h85).

Wire ledes whose background clause came after the main event and still counted beside it (h79's "still
misread"): a time anchor ("…, a day after its forces shelled the border town"), an "as"/"even as"/
"while" setting ("met his Arnorian counterpart as fighting raged in the north"), "amid"/"despite",
a saying tail (", saying …", ", warning that …") and ", in a move that/welcomed by …".  About half the
actors are invented (Arnor, Gondor, Mordor, Rohan, Harad), half little-covered real ones (Togo,
Lesotho, Malawi, Mali, Sudan).

99 sentences were written with their expected main type and polarity (DRAFT.txt of the round) before
the analyser read any of them: about 70 with a background clause beside a main event of the other
polarity or type, about 30 counter-cases (casualties of the main act in a participial tail, ", killing
12"; two same-day acts of one direction joined by "as"; backgrounds of the same polarity; sentences
whose only other event is the anchor).  Right before (base commit): 71/99; right after: 86/99 (15 more,
none lost).  This file keeps the 86; "new in h85" marks those the base code misread.  The 13 still
misread are listed in the round note.

Capability added: monitor/analysis/analyzer.py _en_background_clause (English): after a counted event
(or a contact), a time anchor with a count of days or hours ("a day after", "two days after", "hours
after") sets aside every event after it to the end of its clause; "even as", "while", "amid",
"despite", a saying tail (", saying / warning / adding / citing …") and ", in a move …" set aside the
events of the other polarity than the main event's; an "as" clause only in a full sentence ending
with a period (a headline's "X, as Y" reports two news, as the dev gold codes them), and without a
comma before it only beside a contact, agreement, aid, concession or cooperation.  A colon, semicolon,
dash or quote ends the clause; it reaches 16 tokens at most.

Label conventions (tests/gold/README.md): acts in circumstance clauses and time anchors are not
counted; the casualties of the main act in a participial tail are the main act's and count.  Type
names of the draft that are no PLOVER type were mapped before reading: RELEASE -> RETREAT|CONCEDE (h79),
DEMAND -> REQUEST, FIGHT -> ASSAULT.  Polarity: E escalation, D de-escalation, N contact or support
(de-escalation or none, §12.4).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.readings import assert_one_of

DAY = date(2026, 3, 2)

BACKGROUND = [
    ('AGREE', 'D', 'Gondor agreed to a ceasefire on Tuesday, a day after its forces shelled the border town of Osgiliath.'),
    ('AGREE', 'D', 'Arnor and Rohan signed a truce on Friday, two days after clashes along their disputed frontier killed nine soldiers.'),  # new in h85
    ('RETREAT', 'D', 'Gondorian troops withdrew from the village of Ithil on Sunday, a day after rebel fighters attacked their base.'),
    ('CONSULT', 'N', 'The foreign ministers of Arnor and Gondor met in Dol Amroth on Wednesday, a day after a rocket strike on the capital.'),
    ('AID', 'N', "The United Nations delivered food and medicine to Pelargir on Monday, a day after Mordor's forces bombed the city's port."),
    ('ASSAULT', 'E', "Mordor's air force bombed the city of Osgiliath on Thursday, a day after the two sides signed a ceasefire agreement."),  # new in h85
    ('THREATEN', 'E', 'Gondor threatened to resume air strikes on Saturday, a day after talks with the rebels collapsed.'),
    ('RETREAT|CONCEDE', 'D', 'Rebels in Harad freed 14 hostages on Monday, a day after government forces shelled their positions.'),
    ('AGREE', 'D', "Sudan's army agreed to a three-day humanitarian truce on Sunday, a day after paramilitary forces attacked a camp in Darfur."),
    ('CONSULT', 'N', "Togo's president held talks with opposition leaders on Friday, two days after security forces fired on protesters in Lome."),
    ('REJECT', 'E', 'Mordor rejected the peace proposal on Wednesday, a day after mediators from Rohan presented it in Edoras.'),  # new in h85
    ('AGREE', 'D', 'Ethiopia and Tigrayan forces agreed to resume peace talks on Tuesday, a day after heavy fighting near Mekelle.'),
    ('CONSULT', 'N', 'The minister met his Arnorian counterpart in Edoras as fighting raged in the north.'),  # new in h85
    ('AGREE', 'D', 'Gondor and Arnor agreed to exchange prisoners on Monday as shelling continued along the front.'),
    ('AID', 'N', 'Aid agencies delivered tents and blankets to displaced families as air strikes pounded the region.'),
    ('CONSULT', 'N', "Lesotho's prime minister held talks with church leaders on Thursday as protesters clashed with police in Maseru."),  # new in h85
    ('CONSULT', 'N', "Rohan's envoy arrived in Minas Tirith for talks on Friday as Mordor's troops massed on the border."),  # new in h85
    ('AGREE', 'D', 'The warring factions in Harad signed a power-sharing deal as sporadic gunfire echoed through the capital.'),  # new in h85
    ('CONSULT', 'N', "Malawi's president met Mozambican officials in Lilongwe as violence flared along the border."),
    ('ASSAULT', 'E', "Mordor's artillery shelled Osgiliath on Tuesday as diplomats gathered in Edoras for peace talks."),
    ('ASSAULT', 'E', 'Gunmen attacked a police station in northern Togo as the government and opposition held talks in Lome.'),
    ('AGREE', 'D', 'The two governments agreed to reopen their border crossing as troops exchanged fire nearby.'),  # new in h85
    ('AID', 'N', "Rohan sent 20 tonnes of medical supplies to Gondor as Mordor's drones struck hospitals in the east."),
    ('CONCEDE', 'D', 'Gondor lifted the curfew in the capital on Monday amid signs that the unrest of the past weeks had subsided.'),
    ('AGREE', 'D', "Mali's junta agreed to a timetable for elections amid mounting attacks by jihadist groups in the north."),
    ('CONSULT', 'N', "Gondor's king received the Rohirric ambassador on Friday amid reports of shelling near the capital."),
    ('RETREAT|CONCEDE', 'D', 'Arnor released 40 detained fishermen amid rising tensions with Gondor over the disputed islands.'),
    ('ASSAULT', 'E', "Mordor's forces stormed the town of Ithil amid stalled peace talks mediated by Rohan."),
    ('AGREE', 'D', "Sudan's warring parties agreed to a humanitarian ceasefire amid fierce fighting in Khartoum."),
    ('CONSULT', 'N', 'The UN envoy met rebel commanders in Harad amid a wave of bombings in the capital.'),
    ('THREATEN', 'E', 'Gondor warned it would retaliate amid renewed talks between Arnor and Rohan on a defence pact.'),
    ('AGREE', 'D', "Lesotho's parties signed a peace accord amid violent protests that left three people dead."),  # new in h85
    ('ACCUSE', 'E', 'Gondor accused Arnor of massing troops on the border, saying the move threatened regional peace.'),
    ('REQUEST', 'E', 'Rebels demanded the release of their commander, threatening to attack government positions if he was not freed.'),
    ('AGREE', 'D', 'Gondor agreed to halt air strikes on Pelargir, saying it wanted to give peace talks a chance.'),
    ('REQUEST', 'N', 'The UN secretary-general urged Arnor and Gondor to resume talks, warning that the fighting risked spreading.'),  # new in h85
    ('REJECT', 'E', "Togo's opposition rejected the government's offer of dialogue, saying security forces had killed protesters."),
    ('CONSULT', 'N', "Malawi's president met the leaders of the striking unions on Thursday, urging them to end the protests."),
    ('SUPPORT', 'N', "Rohan expressed support for Gondor's peace plan, saying it offered the best hope of ending the war."),
    ('SANCTION', 'E', 'Gondor expelled three Arnorian diplomats on Monday, in a move that threatened to derail peace talks.'),
    ('AGREE', 'D', 'Arnor and Gondor agreed to reopen their embassies, in a move that ended years of hostility.'),
    ('RETREAT|CONCEDE', 'D', 'Mordor freed 12 Gondorian soldiers on Tuesday, in a move welcomed by the United Nations.'),
    ('SANCTION', 'E', "Arnor imposed sanctions on Gondor's oil exports, in a move that drew praise from Rohan."),
    ('CONCEDE', 'D', "Togo's government lifted the ban on opposition rallies, in a move welcomed by protest leaders."),  # new in h85
    ('MOBILIZE', 'E', 'Gondor put its army on high alert, in a move that prompted Arnor to call for talks.'),
    ('CONSULT', 'N', "Gondor's foreign minister travelled to Edoras on Monday after Mordor's forces shelled the border town of Ithil."),
    ('AGREE', 'D', 'The two sides agreed to a ceasefire after weeks of heavy fighting around Osgiliath.'),
    ('AID', 'N', "Rohan sent an emergency aid convoy to Pelargir after Mordor's fleet bombarded the harbour."),
    ('CONSULT', 'N', "Arnor's president called an emergency meeting with Gondor's king after rebels attacked a border post."),
    ('AGREE', 'D', "Harad's rival factions signed a peace deal on Friday following months of clashes in the capital."),
    ('RETREAT|CONCEDE', 'D', "Gondor released 200 prisoners of war after Arnor's forces withdrew from the buffer zone."),
    ('ASSAULT', 'E', "Mordor's forces shelled Osgiliath on Sunday after Gondor rejected its demand for surrender."),
    ('CONSULT', 'N', "Mozambique's president visited Malawi on Wednesday after militants attacked villages in Cabo Delgado."),
    ('AGREE', 'D', "Lesotho's government agreed to hold talks with the opposition after security forces killed two protesters."),
    ('AGREE', 'D', 'Gondor agreed to extend the truce by a week, even as its troops exchanged fire with rebels in the south.'),  # new in h85
    ('CONSULT', 'N', "Arnor's envoy held talks with Mordor's leaders in Barad-dur while fighting continued near the border."),  # new in h85
    ('AGREE', 'D', 'The two sides signed a prisoner swap deal despite a deadly attack on a checkpoint overnight.'),  # new in h85
    ('ASSAULT', 'E', 'Mordor shelled the port of Pelargir despite the truce agreed last week.'),
    ('ASSAULT', 'E', "Mordor's jets bombed a market in Osgiliath on Monday, killing at least 12 people."),
    ('ASSAULT', 'E', 'A suicide bomber blew himself up at a checkpoint in northern Mali, killing five soldiers.'),
    ('ASSAULT', 'E', 'Gondorian artillery shelled the village of Ithil overnight, wounding 20 civilians and destroying dozens of homes.'),
    ('ASSAULT', 'E', 'Gunmen opened fire on a bus in northern Togo, killing seven passengers.'),
    ('ASSAULT', 'E', 'Rebels attacked an army base in Harad on Saturday, killing 14 soldiers, the military said.'),
    ('ASSAULT', 'E', 'Israeli air strikes hit a residential building in Gaza City, killing at least 20 people, health officials said.'),
    ('ASSAULT', 'E', "A roadside bomb struck a military convoy in Arnor's east, killing three soldiers and wounding six."),
    ('ASSAULT', 'E', "Mordor's drones struck a power plant near Minas Tirith, knocking out electricity for thousands."),
    ('ASSAULT', 'E', "Mordor's forces shelled Osgiliath on Tuesday as fighting spread across the north."),
    ('AGREE', 'D', 'Gondor and Arnor signed a peace treaty on Friday, a day after agreeing to exchange prisoners.'),
    ('ASSAULT', 'E', 'Rebels attacked a police post in Harad amid escalating violence in the region.'),
    ('AGREE', 'D', 'The two sides agreed to extend the ceasefire as talks continued in Edoras.'),
    ('SANCTION', 'E', 'Arnor imposed new sanctions on Mordor on Monday, a day after its forces shelled a Gondorian city.'),
    ('ACCUSE', 'E', "Gondor condemned the shelling of Pelargir, saying Mordor's forces had killed 15 civilians."),
    ('CONSULT', 'N', "Arnor's king met Rohan's president in Edoras, a day after the two countries signed a trade deal."),
    ('ASSAULT', 'E', "Mordor's troops shelled the town of Ithil as its jets bombed the road to the capital."),
    ('PROTEST', 'E', 'Thousands of protesters marched on the parliament in Lome as police fired tear gas at the crowd.'),
    ('ASSAULT', 'E', 'Gondorian jets struck rebel positions in the south as ground troops stormed the town of Ithil.'),
    ('ASSAULT', 'E', "Mordor's forces shelled the border town of Ithil, a day after rebels ambushed a patrol."),
    ('ASSAULT', 'E', 'Heavy fighting broke out near Osgiliath on Monday, a day after peace talks in Edoras collapsed.'),  # new in h85
    ('ASSAULT', 'E', 'Gunmen killed four soldiers in an ambush in northern Mali, the army said.'),
    ('PROTEST', 'E', 'Thousands of Gondorians rallied in the capital on Sunday against the peace deal with Arnor.'),
    ('AGREE', 'D', 'Gondor and Arnor agreed on Monday to restore diplomatic relations.'),
    ('THREATEN', 'E', 'Mordor threatened to attack Gondorian ships in the strait, saying they violated its waters.'),
    ('CONSULT', 'N', "Gondor's foreign minister met his Arnorian counterpart in Edoras on Monday."),
    ('REJECT', 'E', "Arnor rejected Gondor's demand to withdraw its troops, as tensions rose on the border."),
    ('ACCUSE', 'E', 'Arnor accused Gondor of shelling civilian areas, as the death toll rose to 30.'),
    ('ASSAULT', 'E', 'An explosion killed six people at a market in Pelargir as rescuers searched for survivors.'),
]


@pytest.mark.parametrize(("types", "polarity", "text"), BACKGROUND)
def test_background_sentence(types: str, polarity: str | None, text: str) -> None:
    assert_one_of(text, "en", DAY, types, polarity)


# The reach of the rule: headlines "X as Y" report two news (the dev gold counts both)
GUARDS = [
    ("CONSULT", None, "Blinken Meets With Saudi Crown Prince as Israel Prepares Ground Invasion"),
    ("ASSAULT", "E", "Mordor's jets bombed a market in Osgiliath on Monday, killing at least 12 people, as talks continued in Edoras."),
]


@pytest.mark.parametrize(("types", "polarity", "text"), GUARDS)
def test_background_guard(types: str, polarity: str | None, text: str) -> None:
    assert_one_of(text, "en", DAY, types, polarity)
