"""English composition inventory (issue 8 §3 "the main event" and §6 "scope and composition", round h42).

How words combine, not which verbs exist: one short invented wire sentence per probe of a composition
rule, about half with fictitious or little-covered actors (Arnor, Gondor, Rohan, Mordor, Lesotho),
so no actor or relation rule can carry the reading. Families: negation of acts and of cooperation,
modality and goals, violated or broken cooperation, reversive verbs over coercive nouns, rejecting
or opposing a cooperative noun, denials of accusations, reactions and background, explainers and
questions, evidence cues, speakers, and the main clause of a sentence with two events.

201 sentences were written, with their expected main PLOVER type and polarity, before the analyser
read any of them (no sentence taken from a gold set or the corpus). Analyser 2.6 (282fc64) read 153
right; the code of this round reads 186 right (33 more, none lost). This file keeps the 186; a
trailing "new in h42" marks the 33 the old code misread. The 15 still misread are listed with a
reason in the round note (ROUND-NOTE.md), not here.

Capabilities added (seeds/lexicon/composition-en.toml, modality.toml, signals-en.toml,
monitor/analysis/analyzer.py):
- a `breach` composition kind: a cooperative noun (agreement, truce, talks, cooperation) that is the
  object of violate, breach, break, renege on, tear up, abandon, exit, leave, withdraw from, suspend,
  postpone or delay is REJECT, not AGREE ("tore up the peace accord", "postponed the summit");
- the content of an accusation is counted once, as the ACCUSE: a cooperative thing rejected or broken
  after it ("accused Gondor of violating the border agreement") and, after accuse or blame, what it
  names ("blamed Gondor for the collapse of the peace talks");
- rejecting or dismissing an accusation is REJECT, not a new ACCUSE by the one who rejects it, and
  what the accusation names is its content ("rejects Arnor's accusations of war crimes");
- a negated English verb of consent with a refusing negator is REJECT ("would not accept a
  ceasefire"), as in Hebrew; a perfect ("has not agreed") is no refusal;
- a sentence whose only event is a ceasefire or deal its subject seeks is an expressed intent, AGREE
  (CAMEO 030: "Arnor seeks a ceasefire with Gondor"); beside another event the aim stays a goal;
- considering, weighing or mulling an act is an intent ("is considering expelling diplomats": THREATEN);
- postposed dating ("struck the ports last week"), and background cues (amid, despite, since, dated
  before) also take a ceasefire, deal or talks named as the setting; "after" does not (labellers differ);
- yes/no question headlines ("Could …?", "Will …?", "Is a ceasefire within reach?") and explainers
  take away cooperative events too ("Q&A: what the truce means", "Which countries have sent weapons?");
  "What a / What the …" headlines are explainers;
- postposed denials ("reports of shelling … were unfounded");
- calling off a coercive measure is reversive ("called off the blockade": CONCEDE);
- debating an event is a reaction to it; lexicon: restrictions removed or relaxed
  (en.concession.ease_restrictions widened), ending one's occupation (en.withdrawal.end_occupation),
  protest slogans shouted by a crowd (en.protest.chant).
"""

from __future__ import annotations

from datetime import date

import pytest

from monitor.analysis.service import get_analyzer
from tests.readings import assert_one_of

DAY = date(2026, 3, 2)

# (accepted main types "A|B", polarity, sentence). Types "-": no counted signal (assert_silent).
# Polarity: E escalation, D de-escalation, N de-escalation or none (contact between parties not
# known to be at odds, §12.4), None: the main type alone is checked (two events of both sides).
COMPOSITION = [
    # --- negation of acts and of cooperation ---------------------------------------------------
    ("-", None, "The Arnorian army did not attack Gondor's border posts"),
    ("-", None, "Gondor denied shelling villages in Arnor"),
    ("REJECT", "E", "Rohan refused to negotiate with Gondor"),
    ("-", None, "Arnor did not sign the border treaty with Gondor"),
    ("-", None, "Gondorian troops have not withdrawn from the Arnorian border town"),
    ("-", None, "Mordor has not released the Gondorian hostages"),
    ("REJECT", "E", "Gondor refuses to withdraw its troops from Arnor"),
    ("REJECT", "E", "Lesotho declined to join the talks on the Arnor border"),
    ("-", None, "Rohan's forces did not shell the capital, the ministry said"),
    ("-", None, "No rockets were fired at Arnor overnight"),
    ("-", None, "Gondor has not imposed sanctions on Arnor"),
    ("-", None, "Arnor did not expel the Gondorian ambassador"),
    ("-", None, "There were no clashes on the Arnor-Gondor border on Sunday"),
    ("SANCTION|REJECT", "E", "Gondor is no longer cooperating with Arnor on border security"),
    ("-", None, "Arnorian police never arrested the Gondorian journalist"),
    ("-", None, "Gondor stopped short of imposing sanctions on Arnor"),
    ("-", None, "Arnor refrained from retaliating against Gondor"),
    ("REJECT", "E", "Gondor's leader said he would not accept a ceasefire with Arnor"),  # new in h42
    ("-", None, "Lesotho has never sent troops to Arnor"),
    # --- modality and goals ------------------------------------------------------------------
    ("CONSULT", "N", "Envoys from Arnor and Gondor meet in Lesotho in a bid to secure a truce"),
    ("CONSULT", "N", "Gondor and Arnor resume negotiations aimed at ending the border war"),
    ("REQUEST", "D", "Rohan pushes for a truce between Arnor and Gondor"),
    ("REQUEST|AGREE", "D", "Arnor seeks a ceasefire with Gondor"),  # new in h42
    ("REQUEST|AGREE|-", None, "Lesotho hopes for talks between Arnor and Gondor"),
    ("THREATEN", "E", "Arnor plans an attack on Gondor's northern ports"),
    ("THREATEN", "E", "Gondor's cabinet approves a ground offensive into Arnor"),
    ("THREATEN|MOBILIZE", "E", "The Arnorian president ordered a strike on Gondorian air bases"),
    ("MOBILIZE", "E", "Gondor's parliament authorised the deployment of troops to the Arnor border"),
    ("THREATEN", "E", "Arnor intends to attack Gondor if the talks fail"),
    ("MOBILIZE", "E", "Gondor is preparing an offensive against Arnor"),
    ("THREATEN", "E", "Gondor could impose sanctions on Arnor next week"),
    ("THREATEN", "E", "Arnor is considering expelling Gondorian diplomats"),  # new in h42
    ("MOBILIZE|THREATEN", "E", "Rohan mulls sending troops to the Arnor border"),
    ("AGREE|CONCEDE", "D", "Gondor to reopen the border crossing with Arnor"),
    ("AGREE|CONSULT", "N", "Arnor and Gondor agree to hold talks"),
    ("CONSULT", "N", "The Gondorian foreign minister travels to Arnor to seek a peace deal"),
    ("CONSULT", "N", "Lesotho hosts talks between Arnor and Gondor aimed at a truce"),
    ("THREATEN", "E", "Gondor's generals drew up plans for an invasion of Arnor"),
    ("AGREE|CONSULT", "N", "Arnor wants to negotiate a peace agreement with Gondor"),
    # --- violated or broken cooperation -------------------------------------------------------
    ("ACCUSE", "E", "Arnor accused Gondor of violating the border agreement"),  # new in h42
    ("ACCUSE", "E", "Gondor accuses Arnor of breaching the ceasefire"),
    ("ACCUSE", "E", "Arnor accuses Gondor of undermining the peace agreement"),
    ("ACCUSE", "E", "Gondor accused Arnor of ignoring the ceasefire deal"),
    ("ACCUSE", "E", "Gondor accused Arnor of violating the agreement on prisoner exchanges"),  # new in h42
    ("ACCUSE", "E", "Lesotho condemned Gondor for violating the truce"),
    ("ACCUSE", "E", "Arnor blamed Gondor for the collapse of the peace talks"),  # new in h42
    ("ASSAULT", "E", "Arnorian troops violated the truce overnight, Gondor said"),
    ("ASSAULT|ACCUSE", "E", "Gondor says Arnor broke the ceasefire agreement"),
    ("REJECT|SANCTION", "E", "Gondor tore up the peace accord with Arnor"),  # new in h42
    ("REJECT|SANCTION", "E", "Gondor suspends the non-aggression pact with Arnor"),  # new in h42
    ("REJECT|SANCTION", "E", "Arnor pulls out of the nuclear deal"),
    ("REJECT|SANCTION", "E", "Gondor withdraws from the peace deal with Arnor"),  # new in h42
    ("REJECT|SANCTION", "E", "Arnor reneged on the prisoner exchange deal with Gondor"),  # new in h42
    ("REJECT|SANCTION", "E", "Gondor scrapped the trade agreement with Arnor"),
    ("SANCTION|REJECT", "E", "Arnor froze the cooperation agreement with Gondor"),
    ("REJECT|SANCTION", "E", "Rohan walks away from the ceasefire deal with Arnor"),
    ("REJECT|SANCTION", "E", "Arnor's parliament voted to leave the defence pact with Gondor"),  # new in h42
    # CAMEO 196 (violate ceasefire) is ASSAULT: en.attack.ceasefire_violation reads "breaks the truce" (merge of h40 and h42)
    ("ASSAULT|REJECT|SANCTION", "E", "Gondor breaks the truce agreement with Arnor"),  # new in h42
    ("REJECT|SANCTION", "E", "Arnor exits the security agreement with Gondor"),  # new in h42
    # --- reversive verbs over coercive nouns --------------------------------------------------
    ("CONCEDE|RETREAT", "D", "Gondor lifts sanctions on Arnor"),
    ("CONCEDE|RETREAT", "D", "Arnor ends the curfew in the border province"),
    ("RETREAT|CONCEDE", "D", "Gondor eases the blockade of Arnor's ports"),
    ("CONCEDE|RETREAT", "D", "Lesotho removes travel restrictions on Gondorian citizens"),  # new in h42
    ("CONCEDE|RETREAT", "D", "Gondor lifted the state of emergency in the capital"),
    ("RETREAT", "D", "Arnorian authorities released the Gondorian journalist from detention"),
    ("RETREAT", "D", "Gondor freed the Arnorian fishermen from custody"),
    ("RETREAT", "D", "Gondor withdraws its troops from the Arnorian border"),
    ("CONCEDE|RETREAT", "D", "Arnor scrapped the visa ban on Gondorian officials"),
    ("CONCEDE|RETREAT", "D", "Gondor relaxed the restrictions on fuel deliveries to Arnor"),  # new in h42
    ("CONCEDE|RETREAT", "D", "Arnor unfroze Gondorian assets"),
    ("CONCEDE|RETREAT", "D", "Gondor reopens the border crossing with Arnor"),
    ("RETREAT|CONCEDE", "D", "Gondor ended its siege of the Arnorian port town"),
    ("CONCEDE|RETREAT", "D", "Gondor lifted the embargo on arms sales to Arnor"),
    ("CONCEDE|RETREAT", "D", "Lesotho lifts its boycott of Gondorian goods"),
    ("CONCEDE|RETREAT", "D", "An Arnorian court overturned the travel ban on Gondorian activists"),
    ("RETREAT", "D", "Gondor ended its occupation of the Arnorian island"),  # new in h42
    ("CONCEDE|RETREAT", "D", "Arnor eased restrictions on Gondorian traders"),
    ("CONCEDE|RETREAT", "D", "Gondor called off the blockade of the Arnorian coast"),  # new in h42
    # --- rejecting or opposing a cooperative noun ---------------------------------------------
    ("REJECT", "E", "Gondor rejected the truce proposal from Arnor"),
    ("REJECT", "E", "Arnor opposes mediation by Lesotho"),
    ("REJECT", "E", "Arnor called off the summit with Gondor"),
    ("REJECT", "E", "Gondor postponed the summit with Arnor"),  # new in h42
    ("REJECT", "E", "Arnor dismissed Gondor's peace plan"),
    ("REJECT", "E", "Gondor turns down Lesotho's offer to mediate"),
    ("REJECT", "E", "Arnor vetoed the UN resolution calling for a ceasefire"),
    ("REJECT", "E", "Rohan ruled out negotiations with Gondor"),
    ("REJECT", "E", "Gondor refused Arnor's request for humanitarian access"),
    ("REJECT|PROTEST", "E", "Arnor boycotted the peace conference in Lesotho"),
    ("REJECT|SANCTION", "E", "Gondor cancelled the planned talks with Arnor"),
    ("REJECT|SANCTION", "E", "Arnor broke off negotiations with Gondor"),
    ("REJECT", "E", "Gondor spurned Arnor's offer of a prisoner swap"),
    ("REJECT", "E", "Arnor snubbed the ceasefire talks in Lesotho"),
    ("REJECT", "E", "Gondor is against a truce with Arnor"),
    ("REJECT", "E", "Arnor objected to the deployment of peacekeepers"),
    ("REJECT", "E", "Arnor refused to sign the peace deal"),
    ("REJECT", "E", "Gondor delayed the peace talks with Arnor"),  # new in h42
    ("REJECT", "E", "Arnor shelved the normalisation agreement with Gondor"),
    # --- denials of accusations ---------------------------------------------------------------
    ("REJECT|-", None, "Gondor denied Arnor's accusations of shelling border villages"),
    ("REJECT", "E", "Gondor rejects Arnor's accusations of war crimes"),  # new in h42
    ("REJECT", "E", "Arnor dismissed Gondor's accusations as lies"),  # new in h42
    ("-", None, "Gondor denied that its troops crossed into Arnor"),
    ("-", None, "Arnor denies involvement in the bombing in Gondor"),
    ("-", None, "The Gondorian army denied responsibility for the strike on the market"),
    ("-", None, "Gondor refuted reports that it had mobilised reservists"),
    ("REJECT|-", None, "Gondor denies Arnor's claim that it fired missiles"),
    ("-", None, "Lesotho denied sending weapons to Gondor"),
    ("-", None, "The Arnorian navy denies seizing a Gondorian tanker"),
    # --- reactions and background -------------------------------------------------------------
    ("ACCUSE", "E", "Gondor condemned the attack on the Arnorian embassy"),
    ("-", None, "Arnor mourns the victims of the Gondorian missile strike"),
    ("-", None, "Lesotho's leaders react to the shelling of Arnor"),
    ("-", None, "Gondor's parliament discussed the attack on its border posts"),
    ("-", None, "Arnor commemorates the victims of the massacre"),
    ("-", None, "A year after the Gondorian invasion, Arnor holds a day of remembrance"),
    ("-", None, "Arnorian jets struck Gondor's ports last week"),  # new in h42
    ("-", None, "The attack on the Gondorian convoy last month killed twelve soldiers"),  # new in h42
    ("CONSULT", "N", "Gondor's foreign minister visited Arnor a week after the border clashes"),
    ("ACCUSE", "E", "Rohan summoned Gondor's ambassador over the shelling of its embassy"),
    ("ACCUSE|-", None, "Lesotho expressed shock over the bombing in the Arnorian capital"),
    ("ACCUSE", "E", "Arnor slams Gondor over the drone strike on its power plant"),
    ("PROTEST", "E", "Protesters in Arnor rallied against the Gondorian air strikes"),
    ("-", None, "Gondor holds funerals for soldiers killed in the Arnorian attack"),
    ("-", None, "Analysts discuss the fallout from the Gondorian blockade"),
    ("-", None, "Arnor's president laid a wreath on the anniversary of the Gondorian invasion"),
    ("CONSULT", "N", "Gondor's leader met Arnorian envoys days before the missile strike"),
    ("ACCUSE", "E", "World leaders condemn Gondor's missile attack on Arnor"),
    ("-", None, "Families in Arnor mourn the fishermen killed by the Gondorian navy"),
    ("-", None, "Two years after the siege of its capital, Arnor rebuilds"),
    ("-", None, "Gondor marks the first anniversary of the Arnorian rocket attack"),
    ("-", None, "Arnorian lawmakers debated the Gondorian blockade on Tuesday"),  # new in h42
    # --- explainers and questions -------------------------------------------------------------
    ("-", None, "What would a strike on Gondor's nuclear sites mean for the region?"),
    ("-", None, "How Arnor could respond to the Gondorian blockade"),
    ("-", None, "Why Gondor invaded Arnor"),
    ("-", None, "What we know about the clashes on the Arnor-Gondor border"),
    ("-", None, "Explainer: the sanctions Gondor imposed on Arnor"),
    ("-", None, "Could Arnor's army repel a Gondorian invasion?"),  # new in h42
    ("-", None, "Will Gondor attack Arnor?"),  # new in h42
    ("-", None, "Is a ceasefire between Arnor and Gondor within reach?"),  # new in h42
    ("-", None, "Timeline: the war between Arnor and Gondor"),
    ("-", None, "Who is the Gondorian general behind the offensive on Arnor?"),
    ("-", None, "Analysis: Arnor's missile strikes leave Gondor few options"),
    ("-", None, "Which countries have sent weapons to Arnor?"),  # new in h42
    ("-", None, "Q&A: what the Arnor-Gondor truce means"),  # new in h42
    ("-", None, "What a Gondorian blockade of Arnor's ports would cost"),  # new in h42
    ("-", None, "Can sanctions stop Gondor's war on Arnor?"),  # new in h42
    # --- evidence cues ------------------------------------------------------------------------
    ("-", None, "There is no evidence that Gondor attacked the Arnorian convoy"),
    ("-", None, "Arnor found no evidence that Gondorian troops had crossed the border"),
    ("-", None, "Gondor denied reports that its jets bombed Arnor's capital"),
    ("-", None, "Lesotho says there is no proof that Arnor used chemical weapons"),
    ("-", None, "Gondor has seen no sign that Arnor is massing troops"),
    ("-", None, "Arnor's military said reports of shelling in the border town were unfounded"),  # new in h42
    ("-", None, "No evidence links Gondor to the bombing in Arnor, investigators say"),
    ("-", None, "Investigators found no trace of a Gondorian drone attack on the Arnorian refinery"),
    ("-", None, "There are no signs that Gondor plans to invade Arnor"),
    ("-", None, "Gondor dismissed as false reports that its navy blockaded Arnor"),
    # --- speakers -----------------------------------------------------------------------------
    ("ASSAULT", "E", "Arnor said Gondor shelled its border posts"),
    ("PROTEST", "E", "Protesters chanted 'death to Gondor' outside its embassy in Arnor"),
    ("ASSAULT", "E", "Gondor says Arnorian drones struck its oil depot"),
    ("ASSAULT", "E", "According to Arnor, Gondorian troops fired on fishermen"),
    ("ASSAULT", "E", "Gondor's defence ministry said its forces shot down two Arnorian drones"),
    ("AGREE|RETREAT", "D", "Lesotho said Arnor and Gondor had agreed to a ceasefire"),
    ("MOBILIZE", "E", "Arnor claims Gondor is massing troops on the border"),
    ("RETREAT", "D", "Gondorian state media said Arnor had released three prisoners"),
    ("PROTEST", "E", "Demonstrators in the Arnorian capital burned Gondorian flags"),
    ("SANCTION", "E", "The Gondorian foreign minister told reporters that Arnor had expelled two diplomats"),
    ("COERCE|SANCTION", "E", "Arnorian officials said Gondor had imposed a blockade on the port"),
    ("PROTEST", "E", "Crowds in Gondor shouted 'down with Arnor' at the rally"),  # new in h42
    ("THREATEN", "E", "Gondor says it will retaliate against Arnor"),
    ("REQUEST|AGREE", "D", "Arnor said it was ready for talks with Gondor"),
    ("PROTEST", "E", "Thousands marched in Arnor chanting slogans against Gondor"),
    ("ASSAULT|COERCE", "E", "A Gondorian commander said his troops had captured the Arnorian village"),
    ("ASSAULT", "E", "Arnor's army said Gondorian artillery hit a school in the border town"),
    # --- main clause decides ------------------------------------------------------------------
    ("CONSULT", None, "Talks resume as shelling continues on the Arnor-Gondor border"),
    ("ASSAULT", None, "Gondor shells Arnorian villages as talks stall in Lesotho"),
    ("AGREE|SUPPORT|RETREAT", None, "Arnor and Gondor sign a truce after weeks of clashes"),
    ("RETREAT", "D", "Gondor releases twenty prisoners as Arnor lifts the curfew"),
    ("SANCTION", "E", "Arnor expels Gondorian diplomats after the border shooting"),
    ("COERCE", "E", "Gondor arrests Arnorian activists during protests over the blockade"),
    ("THREATEN", "E", "Arnor threatens Gondor with sanctions over the dam dispute"),
    ("AGREE|CONSULT", None, "Lesotho offers to mediate as clashes spread in Arnor"),
    ("AGREE", None, "Arnor accepts the peace plan while Gondor keeps shelling the border"),
    ("RETREAT|AGREE", None, "Gondor announces a ceasefire, but Arnor reports new shelling"),
    ("MOBILIZE", "E", "Rohan sends troops to the border as tension with Gondor rises"),
    ("RETREAT", "D", "Arnor and Gondor exchange prisoners amid a fragile truce"),
    ("COERCE", "E", "Gondor's navy seized an Arnorian tanker near the disputed island"),
    ("COERCE", "E", "Arnorian police detain protesters marching on the Gondorian embassy"),
    ("ASSAULT", None, "Fighting flares in Arnor a day after the peace talks collapse"),
]


@pytest.mark.parametrize(("types", "polarity", "text"), COMPOSITION)
def test_composition_sentence(types: str, polarity: str | None, text: str) -> None:
    assert_one_of(text, "en", DAY, types, polarity)


# Readings the new rules must leave alone (guards of their reach and of the new entries' senses).
GUARDS = [
    # a breach verb governs only its object: a preposition between them ends its reach
    ("RETREAT", "D", "Gondorian troops withdraw from the border town under the truce deal"),
    ("CONSULT", "N", "Envoys from Lesotho tried to break the deadlock in the peace talks between Arnor and Gondor"),
    # "last night" is the same news cycle, "last week" is background
    ("ASSAULT", "E", "Gondorian jets struck Arnor's ports last night"),
    # a truce as the time anchor after "after" keeps the labellers' reading (an argument here)
    ("RETREAT", "D", "Gondor releases prisoners after the truce deal with Arnor"),
    # a trade deal sought is contact, not an intent to make peace
    ("-", None, "Arnor seeks trade deal with Lesotho"),
]


@pytest.mark.parametrize(("types", "polarity", "text"), GUARDS)
def test_composition_guard(types: str, polarity: str | None, text: str) -> None:
    test_composition_sentence(types, polarity, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Gondorian minister came down with flu before the vote",  # en.protest.chant: an illness
        "Senators say Gondor is a country that chants death to Arnor",  # a characterisation, no crowd
        "Heathrow delays after cyber-attack on check-in system",  # a delay is no disapproval of the attack
    ],
)
def test_composition_sense_guards(text: str) -> None:
    """No counted signal of a new entry, and no disapproval read from a delay."""
    r = get_analyzer().analyze(text, lang="en", day=DAY)
    bad = [s for s in r.signals if s.counted > 0 and (s.entry.startswith(NEW_ENTRIES) or s.plover_type == "ACCUSE")]
    assert not bad, [(s.entry, s.text) for s in bad]


NEW_ENTRIES = ("en.protest.chant", "en.withdrawal.end_occupation", "en.concession.ease_restrictions")
