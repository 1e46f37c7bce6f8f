"""English lede-sentence inventory, pass 3 (issue 8, round h79): the wire-lede constructions the first two
passes (h54, tests/test_reading_en_lede_inventory.py; h56, tests/test_reading_en_lede2_inventory.py)
and the CAMEO rounds (h40, h61) did not probe.

Reuters/AP/AFP-style ledes of 20-45 words, about half with invented actors (Arnor, Gondor, Osgiliath,
the Northern Liberation Front, Rohan, Mordor), half with little-covered real ones (Lesotho, Togo,
Malawi, Mali), in nine groups: (A) quoted speech with the event inside the quote ("'We will respond
with force,' the minister said"); (B) participial outcomes and "as"-clauses ("..., killing at least
12", "as fighting raged"); (C) passive agent phrases far from the verb ("was detained ..., his family
said, by officers of ..."); (D) coordinated verbs sharing one subject ("met ... and agreed to ...");
(E) "amid"/"despite" settings; (F) numbers and casualty counts as the lead ("At least 30 people were
killed when ..."); (G) negated and hedged events ("denied reports that ...", "there was no immediate
claim of responsibility"); (H) events announced for the future ("will hold talks next week"); (I)
appositions and "in a move that ..." tails over all PLOVER types.

128 sentences were written with their expected main type and polarity (DRAFT.txt of the round) before
the analyser read any of them; none comes from a gold set or the corpus. The analyser at the round's
base commit read 91 right against the draft labels; the round's code reads 95 (four more, none lost).
This file keeps the 95; a trailing "new in h79" marks those the base code misread. The 33 still
misread are listed with a reason in the round note (ROUND-NOTE.md), not here.

Capabilities added:
- monitor/analysis/analyzer.py (_en_met_and_agreed, English): a meeting joined by "and" to the act it
  produced ("met in Geneva on Monday and agreed to reopen their embassies", "held talks in Maseru and
  agreed to form a unity government") is the act's occasion: the outcome (AGREE, COOPERATE, RETREAT,
  CONCEDE, AID; its verb right after the "and", past tense or a headline present) leads, the meeting
  is no event; no comma, colon or other event between them;
- monitor/analysis/analyzer.py (_modality): a denial verb inside a relative clause the event is outside
  of ("Gondor, which has long disputed Arnor's claim to the islands, banned imports") denies nothing
  (as a date there dates only its clause, h56);
- seeds/lexicon/claims.toml: "disputed" before a place or a vote ("left the disputed region under a
  deal", "the disputed election") is an adjective, no denial (unless_next);
- en.support.solidarity: "stands fully / firmly / squarely / solidly behind" (CAMEO 053).

Labels: "A|B" where coders may choose (a future visit CONSULT|AGREE, a pledge of aid AID|AGREE, as
h54). Polarity: E escalation, D de-escalation, N contact or support between non-hostile parties
(de-escalation or none, §12.4), None: main type "-" (no event, silent).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.readings import assert_one_of, assert_silent

DAY = date(2026, 3, 2)

LEDES3 = [
    # --- A. quoted speech, event inside the quote -------------------------------------------------
    ("THREATEN", "E",
     "'We will respond with force to any further incursion,' Gondor's defence minister, Arvel Dorn, said on Tuesday after Arnorian troops were spotted near the border town of Osgiliath."),
    ("AGREE", "D",
     "'We have agreed to a ceasefire starting at midnight,' the Arnorian foreign minister, Celan Voss, said at a news conference in Annuminas on Wednesday."),
    ("REQUEST", "D",
     "'We call on all parties to lay down their weapons and return to the negotiating table,' the UN Secretary-General said in a statement on Friday."),
    ("AGREE", "D",
     "'We are ready to release all the prisoners we hold as soon as the government frees our men,' a Northern Liberation Front spokesman said on Tuesday."),
    ("RETREAT", "D",
     "'Our forces have completed their withdrawal from the eastern bank,' the Gondorian army's chief of staff said on state television late on Saturday."),
    ("ASSAULT", "E",
     "'They shelled our village all night, and my brother was killed,' a resident of Osgiliath told Reuters by telephone on Wednesday, as fighting raged for a third day."),
    ("CONSULT", "N",
     "'We had a frank and constructive meeting,' Lesotho's prime minister said after talks with South Africa's president in Pretoria on Thursday."),
    ("SANCTION", "E",
     "'We are suspending all trade with Gondor with immediate effect,' Arnor's trade minister told parliament on Tuesday, citing the seizure of two cargo ships."),
    ("SUPPORT", "N",
     "'Arnor stands fully behind the people of Rohan in this difficult hour,' the Arnorian president said in a televised address on Sunday."),  # new in h79
    # --- B. participial outcomes and "as"-clauses -------------------------------------------------
    ("ASSAULT", "E",
     "Gondorian warplanes struck a fuel depot outside the Arnorian city of Osgiliath on Tuesday, killing at least 12 people and setting off fires that burned through the night, officials said."),
    ("ASSAULT", "E",
     "A suicide bomber blew himself up at a checkpoint in northern Burkina Faso on Sunday, killing nine soldiers and wounding 15 others, security sources said."),
    ("ASSAULT", "E",
     "Militants of the Northern Liberation Front ambushed an army convoy on the road to Osgiliath on Friday, killing six soldiers, as the rebels stepped up attacks ahead of the rainy season."),
    ("COERCE", "E",
     "Security forces in Gondor arrested more than 200 opposition supporters over the weekend, rounding them up in night raids across the capital, a rights group said on Monday."),
    ("MOBILIZE", "E",
     "Arnor moved tanks and artillery to its border with Gondor on Wednesday, raising fears of a new war, as talks between the two governments stalled."),
    ("ASSAULT", "E",
     "Rebels fired mortar rounds into a crowded market in the town of Osgiliath on Tuesday, killing 14 civilians, as government troops tried to retake the area."),
    ("AID", "D",
     "The World Food Programme airlifted 40 tonnes of food to flood-stricken areas of Malawi on Thursday, as the death toll from the storm rose to 120."),
    ("RETREAT", "D",
     "Gondorian troops pulled out of the disputed border town of Osgiliath on Sunday, handing control to a United Nations peacekeeping force, the army said."),
    ("SANCTION", "E",
     "Arnor recalled its ambassador from Gondor on Thursday, saying the move was a protest against the expulsion of two of its diplomats earlier in the week."),
    # --- C. passive agents far from the verb ------------------------------------------------------
    ("ASSAULT", "E",
     "Two aid workers were killed on Monday in the eastern province of Osgiliath, in what local officials described as a deliberate attack, by fighters of the Northern Liberation Front."),
    ("COERCE", "E",
     "A prominent journalist was detained at his home in the capital late on Tuesday, his family said, by officers of Gondor's state security service."),
    ("ASSAULT", "E",
     "Three border posts were attacked overnight, the army said on Wednesday, by armed men who crossed from Arnor under the cover of darkness."),
    ("COERCE", "E",
     "The opposition leader was placed under house arrest on Friday, hours after returning from exile, by order of the military council that seized power in July."),
    ("ASSAULT", "E",
     "The convoy carrying the governor was hit on the outskirts of the city on Sunday, witnesses said, by a roadside bomb that killed two of his guards."),
    ("AID", "D",
     "Thousands of tents and blankets were delivered to the earthquake zone on Saturday, the Red Crescent said, by a convoy of trucks sent from neighbouring Rohan."),
    ("COERCE", "E",
     "Dozens of homes were demolished in the Arnorian village of Tharbad on Wednesday, according to residents, by bulldozers escorted by Gondorian soldiers."),
    ("REJECT", "E",
     "The draft resolution was vetoed on Tuesday, diplomats said, by Mordor, which called it one-sided and biased against its ally Gondor."),
    # --- D. coordinated verbs sharing one subject -------------------------------------------------
    ("AGREE", "D",
     "The foreign ministers of Arnor and Gondor met in Geneva on Monday and agreed to reopen their embassies by the end of the month, a joint statement said."),  # new in h79
    ("AGREE", "D",
     "Lesotho's government and opposition parties held talks in Maseru on Friday and agreed to form a national unity government, the mediators said."),  # new in h79
    ("COERCE", "E",
     "Gondorian police raided the offices of an opposition newspaper on Tuesday and arrested its editor, accusing him of spreading false news."),
    ("RETREAT", "D",
     "Arnor's army halted its offensive on Wednesday and began pulling troops back from the outskirts of Osgiliath, the defence ministry said."),
    ("CONSULT", "N",
     "Togo's president flew to Accra on Thursday and held talks with his Ghanaian counterpart on border security and trade, officials said."),
    ("SANCTION", "E",
     "Arnor expelled three Gondorian diplomats on Monday and closed Gondor's consulate in the port city of Pelargir, the foreign ministry said."),
    ("ASSAULT", "E",
     "Gunmen stormed a village in central Mali on Saturday, set fire to houses and killed at least 20 people, local officials said."),
    ("PROTEST", "E",
     "Hundreds of students blocked a main road in Lilongwe on Tuesday and burned tyres to protest against an increase in university fees."),
    # --- E. amid / despite settings ---------------------------------------------------------------
    ("ASSAULT", "E",
     "Gondorian artillery shelled the outskirts of Osgiliath on Sunday despite a ceasefire agreed last week, killing four civilians, local officials said."),
    ("CONSULT", "N",
     "Arnor's foreign minister arrived in Minas Tirith on Monday for talks with Gondorian officials amid rising tension over the disputed river border."),
    ("AGREE", "D",
     "The Northern Liberation Front and the government signed a peace agreement in Nairobi on Thursday despite deep mistrust between the two sides."),
    ("PROTEST", "E",
     "Thousands of people demonstrated in Annuminas on Saturday amid growing anger over the government's handling of the war with Gondor."),
    ("MOBILIZE", "E",
     "Arnor called up 20,000 reservists on Tuesday amid reports that Gondorian troops were massing near the border."),
    ("SANCTION", "E",
     "The United States imposed sanctions on two Gondorian generals on Wednesday despite objections from Gondor's government, which called the move interference."),
    ("AID", "D",
     "The UN refugee agency delivered relief supplies to displaced families in northern Mozambique on Monday amid continuing attacks by Islamist insurgents."),
    ("RETREAT", "D",
     "Arnor withdrew its troops from the buffer zone on Friday amid mounting international pressure to de-escalate, the defence ministry said."),
    ("COERCE", "E",
     "Authorities in Gondor shut down the internet across the country on Tuesday amid protests over the disputed presidential election."),
    ("SUPPORT", "N",
     "Rohan's parliament voted on Wednesday to recognise the independence of Arnor's breakaway province despite warnings from Annuminas that the move would damage relations."),
    ("REJECT", "E",
     "Gondor refused on Monday to hand over the suspects in the embassy bombing despite repeated requests from Arnor."),
    # --- F. numbers and casualty counts as the lead -----------------------------------------------
    ("ASSAULT", "E",
     "At least 30 people were killed when Gondorian missiles struck a residential area of the Arnorian city of Osgiliath early on Tuesday, emergency services said."),
    ("ASSAULT", "E",
     "More than 50 people were killed and dozens wounded on Sunday when gunmen attacked a church in northeastern Nigeria, police said."),
    ("ASSAULT", "E",
     "Twelve soldiers died on Friday when their vehicle hit a landmine planted by the Northern Liberation Front near the town of Osgiliath, the army said."),
    ("COERCE", "E",
     "More than 300 people have been arrested since the protests began last week, Gondor's interior ministry said on Wednesday, as security forces cracked down on demonstrators."),
    ("ASSAULT", "E",
     "At least eight people were wounded on Monday after Arnorian drones dropped explosives on a market in the Gondorian border town of Cair Andros, officials said."),
    ("PROTEST", "E",
     "Tens of thousands of people took to the streets of Minas Tirith on Saturday to demand the resignation of Gondor's prime minister over a corruption scandal."),
    ("MOBILIZE", "E",
     "Some 40,000 Arnorian troops have been deployed along the border with Gondor, a Western intelligence official said on Tuesday, in the largest build-up in a decade."),
    ("AID", "D",
     "Two hundred tonnes of medical supplies arrived in Osgiliath on Thursday aboard a convoy organised by the Red Cross, the organisation said."),
    ("ASSAULT", "E",
     "Dozens of civilians were killed when a car bomb exploded outside a government building in Mogadishu on Saturday, police and witnesses said."),
    # --- G. negated and hedged events -------------------------------------------------------------
    ("-", None,
     "Gondor's defence ministry denied reports on Tuesday that its troops had crossed into Arnorian territory, calling them fabricated."),
    ("-", None,
     "The Arnorian government denied on Wednesday that it had supplied weapons to the Northern Liberation Front."),
    ("ASSAULT", "E",
     "A bomb exploded near a police station in the Gondorian capital on Monday, wounding three officers; there was no immediate claim of responsibility."),
    ("-", None,
     "It was not immediately clear who was behind the explosion at a fuel depot in Osgiliath on Tuesday, which officials said might have been an accident."),
    ("ASSAULT", "E",
     "Unidentified gunmen shot dead a local official in the town of Osgiliath on Sunday, police said, adding that the motive for the killing was not yet known."),
    ("-", None,
     "Gondor has no plans to send troops to the border, its defence minister told reporters on Wednesday."),
    ("-", None,
     "The two countries have not held direct talks for more than three years, diplomats said on Monday."),
    ("-", None,
     "Police in Maseru said on Tuesday they had found no evidence that the fire at the parliament building was started deliberately."),
    ("ASSAULT", "E",
     "Suspected militants attacked a military base in northern Burkina Faso on Thursday, security sources said, though the toll could not be independently verified."),
    ("-", None,
     "Arnor's president did not attend the summit in Minas Tirith on Monday, citing a scheduling conflict, his office said."),
    ("ACCUSE", "E",
     "Arnor accused Gondor on Monday of shelling its border villages, charges that Gondor's foreign ministry denied."),
    ("-", None,
     "Gondor denied on Saturday that its warships had fired on an Arnorian fishing boat, saying its navy was not in the area."),
    ("-", None,
     "Officials in Lesotho said on Thursday they were not aware of any plan to close the border with South Africa."),
    # --- H. announced for the future --------------------------------------------------------------
    ("CONSULT", "N",
     "The foreign ministers of Arnor and Gondor will hold talks in Geneva next week, the Swiss foreign ministry said on Monday."),
    ("CONSULT|AGREE", "N",
     "Gondor's president will visit Annuminas next month for the first time since the war, his office announced on Tuesday."),
    ("MOBILIZE", "E",
     "Arnor will hold large-scale military exercises near the Gondorian border next month, its defence ministry said on Thursday."),
    ("RETREAT|AGREE", "D",
     "Gondor will withdraw its troops from the disputed island by the end of the year, its defence minister said on Wednesday."),
    ("AGREE|CONSULT", "D",
     "Arnor and the Northern Liberation Front will sign a peace deal in Nairobi on Saturday, the Kenyan mediators said."),
    ("PROTEST", "E",
     "Opposition parties in Togo will stage a nationwide strike on Monday to protest against constitutional changes, their leaders said on Thursday."),
    ("THREATEN", "E",
     "Gondor will cut off electricity supplies to Arnor's border regions unless its debts are paid, the state power company said on Tuesday."),
    ("CONSULT", "N",
     "Leaders of the East African Community are to meet in Arusha on Friday to discuss the crisis in eastern Congo, the bloc said."),
    # --- I. wire-style appositions and "in a move that" tails, mixed types ------------------------
    ("SANCTION", "E",
     "Gondor, which has long disputed Arnor's claim to the Osgiliath river islands, banned imports of Arnorian grain on Tuesday, in a move that analysts said would hurt farmers on both sides."),  # new in h79
    ("CONCEDE", "D",
     "Arnor's president, Elen Marr, pardoned 12 Gondorian soldiers held since the border clashes on Wednesday, in a move that officials in Minas Tirith welcomed as a goodwill gesture."),
    ("SUPPORT", "N",
     "Rohan, a long-standing ally of Arnor, praised the ceasefire on Monday, calling it a courageous step towards lasting peace."),
    ("ACCUSE", "E",
     "The Northern Liberation Front, an armed group fighting for autonomy in the north, accused government troops on Thursday of burning villages near Osgiliath."),
    ("REQUEST", "D",
     "The African Union, which has mediated between the two sides since 2023, urged Arnor and Gondor on Tuesday to resume negotiations without preconditions."),
    ("MOBILIZE", "E",
     "Gondor, whose army is the largest in the region, put its forces on high alert on Sunday after Arnorian jets violated its airspace, the defence ministry said."),
    ("ASSAULT", "E",
     "Israeli forces, acting on what the military called intelligence about militants, raided the city of Jenin on Monday, killing three Palestinians, the health ministry said."),
    ("CONSULT", "N",
     "The Chinese foreign minister, Wang Yi, held talks with his Indian counterpart in New Delhi on Monday, the first such visit in four years, officials said."),
    ("AID", "D",
     "Saudi Arabia, the kingdom's state news agency said on Tuesday, deposited $1 billion in Yemen's central bank to shore up the collapsing currency."),
    ("RETREAT", "D",
     "The Northern Liberation Front, under pressure from its foreign backers, released 15 hostages and withdrew from the town of Osgiliath on Friday, mediators said."),
    ("COERCE", "E",
     "Gondor's supreme court, packed with loyalists of the president, banned the main opposition party on Tuesday, in a move critics called a blow to democracy."),
    ("SUPPORT", "N",
     "The United States on Thursday welcomed the release of the detained journalists by Gondor, calling it an important first step."),
    ("SANCTION", "E",
     "Canada suspended military exports to Gondor on Monday pending a review of allegations that Canadian-made equipment was used against civilians."),
    ("MOBILIZE", "E",
     "The Gondorian navy dispatched three warships to the Bay of Belfalas on Tuesday after Arnor announced plans to drill for gas in disputed waters."),
    ("COERCE", "E",
     "Arnorian authorities on Sunday expelled a BBC correspondent, accusing him of biased reporting on the war with Gondor."),
    ("ASSAULT", "E",
     "A drone strike attributed to Gondor hit a convoy of the Northern Liberation Front near Osgiliath on Wednesday, killing a senior commander, the group said."),
    ("CONSULT", "N",
     "Special envoys from Arnor and Gondor met secretly in Oman last week, three sources familiar with the talks said on Monday."),
    ("AGREE", "D",
     "The warring parties in Sudan agreed on Saturday to a seven-day truce starting on Monday, the Saudi and U.S. mediators said in a joint statement."),
    ("PROTEST", "E",
     "Workers at Arnor's largest copper mine went on strike on Monday over unpaid wages, halting production, the union said."),
    ("THREATEN", "E",
     "Gondor's military said on Thursday it would shoot down any Arnorian aircraft that entered its airspace, after a drone was spotted over Minas Tirith."),
]


@pytest.mark.parametrize(("types", "polarity", "text"), LEDES3)
def test_lede3_sentence(types: str, polarity: str | None, text: str) -> None:
    assert_one_of(text, "en", DAY, types, polarity)


# The reach of the new rules: what they must leave as it was.
GUARDS3 = [
    # "and" joining two subjects is no coordination of verbs: the call leads
    ("CONSULT", "N", "The two leaders held their first phone call since Tehran and Riyadh restored ties under a deal brokered by Beijing."),
    # "visits ... and says": a verb of saying after the "and" is no outcome, the visit leads
    ("CONSULT", "N", "Arnor's foreign minister visits Gondor and says the ceasefire is holding."),
    # a denial verb in the main clause still denies
    ("-", None, "Gondor disputed reports on Monday that its troops had shelled Arnorian villages."),
]


@pytest.mark.parametrize(("types", "polarity", "text"), GUARDS3)
def test_lede3_guard(types: str, polarity: str | None, text: str) -> None:
    assert_one_of(text, "en", DAY, types, polarity)


@pytest.mark.parametrize(
    "text",
    [
        "A man stands behind the podium as the minister speaks.",
    ],
)
def test_lede3_sense_guards(text: str) -> None:
    """bare "stands behind" is a place: no support."""
    assert_silent(text, "en", DAY)
