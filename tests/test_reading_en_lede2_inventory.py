"""English lede-sentence inventory, pass 2 (issue 8, round h56): the shapes the first pass (h54,
tests/test_reading_en_lede_inventory.py) left unread.

Four lede capabilities, probed with invented wire ledes (about half with fictitious actors: Valdor,
Sarnia, Kethia, Eastmark, the Red Hand Brigade, the Southern Unity Movement, Arnor/Gondor/Rohan/Mordor):
(1) an event in a comma-bounded relative clause after a noun or a place ("Church leaders in Lesotho,
where weeks of unrest have left 12 dead, called for talks") or in a participial apposition between the
subject and its verb ("Kethia's parliament, facing weeks of strikes, repealed ...") is background, not the
main event; (2) a setting between the verb and its complement ("pledged at a summit in Maseru to
reopen"); (3) a postposed "last week / last month" far after its event ("fishermen detained in disputed
waters off the island of Korro last month"); (4) reporting clauses at the end ("..., the ministry said")
and "according to ...".

102 sentences were written, with their expected main type and polarity, before the analyser read any
of them (none taken from a gold set or the corpus). The analyser at the round's base commit read 49
right; the code of this round reads 69 right (20 more, none lost). This file keeps the 69; a trailing
"new in h56" marks those the old code misread. The 33 still misread are listed with a reason
in the round note (ROUND-NOTE.md), not here.

Capabilities added (monitor/analysis/analyzer.py, English only):
- side clauses: an event in a comma-bounded clause opened by which/who/whose/whom ("some of whom") or in
  a participial apposition right after the subject's clause is background when the main clause's event
  (an appeal or threat verb counts) comes after it; a "where" clause after a place ("in Lesotho,
  where ...") is background anywhere; a participle after the main event ("..., killing four") stays its
  outcome, and a sentence whose only events are in such a clause keeps them (_en_side_clauses);
- a date in a relative clause ("..., which signed a pact two years ago, ...") dates only that clause,
  as an old year already did (_relative_apart);
- a setting "(at|in|during) ... (in|to|from) <Place>" between a past-tense verb (or "ruled out") and
  its complement (to, for, its, any ...) is left out of the token stream like the day phrase, so the
  verb reads its complement and the summit or visit it names is no event (_drop_setting_phrases);
- a postposed "last week / last month" dates the nearest event before it in its clause up to 12 words
  back, never past another event, a time clause (after, before, since ...) or a gerund
  (_postposed_dating);
- "according to" is no accord (the lexicon's "accord" keys it).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.readings import assert_one_of, assert_silent

DAY = date(2026, 3, 2)

# (accepted main types "A|B", polarity, sentence), as in test_reading_en_lede_inventory.py. Polarity: E
# escalation, D de-escalation, N de-escalation or none (§12.4), None: the main type alone is checked.
LEDES2 = [
    # --- (1) events in where/which/who clauses and comma-bounded appositions -------------------------
    ("CONSULT", "N",
     "Foreign ministers of the Southern African Development Community met in Gaborone on Monday to discuss the crisis in Lesotho, where soldiers stormed the parliament building last month."),
    ("AID", "D",
     "The World Food Programme began delivering food on Monday to Kethia's northern province, where months of fighting between the army and the Red Hand Brigade have displaced 200,000 people."),  # new in h56
    ("AGREE", "D",
     "Valdor and Sarnia, whose border guards exchanged fire twice this year, agreed on Monday to set up a joint commission to demarcate their frontier."),  # new in h56
    ("PROTEST", "E",
     "Thousands of nurses, some of whom were injured in clashes with police last year, marched on the health ministry in Sarnia on Monday to demand higher pay."),
    ("ASSAULT", "E",
     "Gunmen attacked a police station in the town of Ostra, where the government had opened peace talks with local leaders in January, killing four officers on Monday."),  # new in h56
    ("ACCUSE", "E",
     "Sarnia's foreign ministry, which had welcomed a ceasefire agreement only a week earlier, accused Valdor on Monday of shelling border villages."),  # new in h56
    ("THREATEN", "E",
     "The army chief of Kethia, whose troops signed a peace deal with the rebels in 2024, threatened on Monday to resume military operations if the Red Hand Brigade did not disarm."),
    ("COERCE", "E",
     "Police in Sarnia, where the opposition held a peaceful rally on Sunday, arrested 30 activists on Monday, their lawyers said."),
    ("MOBILIZE", "E",
     "Valdor, which signed a non-aggression pact with Sarnia two years ago, called up 20,000 reservists on Monday and moved tanks to the border."),  # new in h56
    ("COOPERATE", "N",
     "Police forces of Rohan and Gondor, which fought a brief border war in 2021, launched a joint operation against cattle smugglers on Monday."),
    ("SUPPORT", "N",
     "The African Union, which suspended Kethia after a coup in 2023, voiced support on Monday for the transitional government's election timetable."),
    ("REJECT", "E",
     "Mordor's ruling council, which has ignored repeated calls for a ceasefire, rejected on Monday a peace plan put forward by Rohan."),
    ("AGREE", "D",
     "The two parties, whose supporters clashed in the streets of Maseru during last year's election, signed a power-sharing deal on Monday."),
    ("CONSULT", "N",
     "Sarnia's president, who survived an assassination attempt in December, held talks with the Valdorian prime minister in Geneva on Monday."),  # new in h56
    ("PROTEST", "E",
     "Opposition supporters in Lome, where security forces shot dead three demonstrators last month, took to the streets again on Monday."),
    ("ASSAULT", "E",
     "A suicide bomber, apparently targeting a meeting of tribal elders discussing a truce, killed 14 people in the Kethian town of Dara on Monday, officials said."),  # new in h56
    ("CONCEDE|RETREAT", "D",
     "Sarnia's junta, which seized power in a coup last year, released 40 political prisoners on Monday, including two former ministers."),
    ("MOBILIZE", "E",
     "Thousands of Eastmark soldiers, backed by tanks and attack helicopters, were deployed along the northern frontier on Monday, satellite images showed."),  # new in h56
    ("SANCTION", "E",
     "Washington, which lifted some sanctions on Kethia last year to reward its election, reimposed an arms embargo on the country on Monday."),  # new in h56
    ("COERCE", "E",
     "The authorities in Eastmark, where a general strike has paralysed the ports for a week, declared a curfew in the capital on Monday."),  # new in h56
    # --- (2) a setting (place phrase) between the verb and its complement ----------------------------
    ("AGREE", "D",
     "The leaders of Valdor and Sarnia pledged at a summit in Maseru on Monday to reopen their embassies and restore direct flights."),  # new in h56
    ("REQUEST", "D",
     "The Pope called during a visit to Kinshasa on Monday for an end to the fighting in eastern Congo."),  # new in h56
    ("AGREE", "D",
     "The two rebel factions agreed at talks in Addis Ababa on Monday to observe a ceasefire and exchange prisoners."),
    ("REQUEST", None,
     "Sarnia's foreign minister demanded at a news conference in Geneva that Valdor withdraw its troops from the disputed island."),
    ("REJECT", "E",
     "Valdor's president refused at a meeting with mediators in Doha on Monday to sign the draft peace accord."),  # new in h56
    ("ACCUSE", "E",
     "Rohan's ambassador accused Mordor at a session of the UN Security Council in New York on Monday of arming the rebels."),
    ("AID|AGREE", "D",
     "Japan pledged at a donors' conference in Geneva on Monday to provide $200 million in humanitarian aid to Kethia."),
    ("AGREE|CONSULT", "N",
     "The foreign ministers of Rohan and Gondor agreed at a meeting in Edoras to hold regular consultations on border security."),
    ("MOBILIZE", "E",
     "Mordor ordered in a decree published in Barad-dur on Monday the call-up of 50,000 reservists."),
    ("REQUEST", "D",
     "Church leaders appealed at a prayer service in Maseru on Monday for calm ahead of the disputed election results."),  # new in h56
    ("AGREE|RETREAT", "D",
     "Rebel commanders promised at a meeting with UN envoys in Goma on Monday to withdraw their fighters from the airport."),  # new in h56
    ("SANCTION", "E",
     "The United States announced at a briefing in Washington on Monday new sanctions against three Mordorian banks."),
    ("REQUEST", "D",
     "The Secretary-General urged in a statement issued in New York on Monday both sides to return to the negotiating table."),
    ("PROTEST", "E",
     "Thousands of people rallied in the main square of Valdor City on Monday to protest against the arrest of the opposition leader."),
    ("THREATEN", "E",
     "The rebel leader threatened in a video posted on social media on Monday to attack oil installations in the Sarnian delta."),
    ("REJECT", "E",
     "Mordor's foreign minister ruled out at a press conference in Moscow any withdrawal of troops from the occupied territories."),  # new in h56
    ("CONSULT", "N",
     "The Sarnian president met in Paris on Monday with the leaders of the Valdorian opposition."),
    # --- (3) "last week / last month" far after its event --------------------------------------------
    ("CONSULT", "N",
     "Regional leaders held an emergency summit in Gaborone on Monday on the crisis in Kethia, where the chief of staff refused to hand over command to his successor last week."),  # new in h56
    ("CONCEDE", "D",
     "Valdor dropped charges on Monday against 14 Sarnian fishermen detained in disputed waters off the island of Korro last month."),  # new in h56
    ("AGREE", "D",
     "Rohan and Gondor signed a ceasefire on Monday, ending clashes that erupted along their border last month."),
    ("ACCUSE", "E",
     "Sarnia's defence ministry accused Valdor on Monday of violating a truce that both sides signed in the border town of Korro last week."),
    ("REQUEST", None,
     "Kethia's opposition called on Monday for the release of 25 activists arrested during a protest in the capital last week."),
    ("AID", "D",
     "The UN refugee agency began airlifting tents and blankets on Monday to families displaced by floods and fighting in the north last month."),
    ("PROTEST", "E",
     "Students staged a sit-in outside the parliament on Monday to denounce the killing of a classmate by police at a rally last week."),
    ("COERCE", "E",
     "Police in Eastmark arrested a second opposition leader on Monday over protests that turned violent in the capital last week."),
    ("REJECT", "E",
     "Mordor on Monday rejected the findings of a UN inquiry into the shelling of a hospital in the town of Dol last month."),
    ("SANCTION", "E",
     "Sarnia expelled four Valdorian diplomats on Monday in retaliation for the arrest of its consul in the port city of Tarn last week."),
    ("THREATEN", "E",
     "The Red Hand Brigade threatened on Monday to kill the foreign hostages it abducted from a mining camp in the north last week unless its demands were met."),
    ("ASSAULT", "E",
     "Gunmen killed six soldiers on Monday near the village where the army had arrested a local militia leader last week."),
    ("CONSULT", "N",
     "Foreign ministers of the Gulf states met in Riyadh on Monday to discuss the missile attack on a tanker in the Red Sea last week."),
    ("REQUEST", None,
     "Human rights groups urged Valdor on Monday to investigate the deaths of three protesters shot by police in the capital last month."),
    ("COOPERATE", "N",
     "Sarnia handed over to Valdor on Monday two suspects in the bombing of a bus station in the border town of Korro last month."),  # new in h56
    ("SUPPORT|CONCEDE", "N",
     "Gondor's king apologised on Monday for the shooting of two Rohirric herders by border guards near the river last month."),
    ("MOBILIZE", "E",
     "Eastmark deployed additional troops on Monday to the northern province where rebels ambushed an army convoy last week."),
    ("AID", "D",
     "Turkey sent two planes carrying medical supplies on Monday to the town where a car bomb killed 40 people last week."),
    # --- (4) reporting clauses at the end, "according to" --------------------------------------------
    ("COERCE", "E",
     "Security forces detained at least 40 people in overnight raids in the capital, according to a lawyer representing several of the detainees."),
    ("ASSAULT", "E",
     "Mordorian drones struck a fuel depot near the Rohirric city of Aldburg overnight, setting it on fire, the regional governor said."),
    ("AGREE", "D",
     "The government and the Southern Unity Movement have agreed to a prisoner exchange to be carried out next week, according to mediators from Qatar."),
    ("MOBILIZE", "E",
     "Eastmark has moved at least 30 tanks and several rocket launchers to within 10 km of the border, according to satellite images analysed by an independent think tank."),  # new in h56
    ("CONSULT", "N",
     "The presidents of Rohan and Gondor spoke by telephone on Monday and discussed ways to reopen their common border, the Rohirric presidency said."),
    ("THREATEN", "E",
     "Our forces will shoot down any drone that crosses the border, Sarnia's defence minister said on Monday."),
    ("PROTEST", "E",
     "More than 10,000 people marched through the centre of Varna on Monday against the government's decision to extend the state of emergency, according to police estimates."),
    ("ASSAULT", "E",
     "At least 12 civilians were killed when artillery shells hit a market in the town of Dol, according to a local hospital director."),
    ("SANCTION", "E",
     "Sarnia has frozen the assets of 15 Valdorian companies accused of financing the rebels, the central bank said in a statement."),
    ("COERCE|SANCTION", "E",
     "The junta has shut down three independent newspapers and expelled two foreign correspondents, according to the Committee to Protect Journalists."),
    ("MOBILIZE", "E",
     "The army has put its units in the south on high alert after rebels seized two villages, a military source said on Monday."),
    ("ASSAULT", "E",
     "Valdor's border guards opened fire on an unarmed fishing boat, killing two fishermen, according to a statement by the Sarnian foreign ministry."),
    ("CONSULT", "N",
     "A delegation of the Southern Unity Movement arrived in Nairobi for talks with government negotiators, according to a statement by the mediators."),
    ("-", None,
     "The two countries have not held talks since 2019, according to diplomats in the region."),
]


@pytest.mark.parametrize(("types", "polarity", "text"), LEDES2)
def test_lede2_sentence(types: str, polarity: str | None, text: str) -> None:
    assert_one_of(text, "en", DAY, types, polarity)


# The reach of the new rules: what they must leave counted.
GUARDS2 = [
    # a relative clause whose event is the sentence's only one keeps it
    ("ASSAULT", "E", "Residents fled the town of Ostra, where Valdorian artillery shelled the market on Monday, officials said."),
    # a participle after the main event is its outcome, not an apposition
    ("ASSAULT", "E", "Gunmen attacked a police station in Ostra, killing four officers, police said."),
    # the main clause's event leads, the relative clause's meeting is background
    ("ASSAULT", "E", "Valdor and Sarnia, whose ministers met in Geneva, exchanged fire along their border on Monday, the army said."),
    # a setting before a relative clause is kept: the attack is the event
    ("ASSAULT", "E", "Five people were killed in an attack in Kabul that targeted a mosque, officials said."),
]


@pytest.mark.parametrize(("types", "polarity", "text"), GUARDS2)
def test_lede2_guard(types: str, polarity: str | None, text: str) -> None:
    test_lede2_sentence(types, polarity, text)


@pytest.mark.parametrize(
    "text",
    [
        "Bread prices in Ostra tripled on Monday, according to a local radio station.",
    ],
)
def test_lede2_sense_guards(text: str) -> None:
    """"according to" attributes a sentence: no accord."""
    assert_silent(text, "en", DAY)
