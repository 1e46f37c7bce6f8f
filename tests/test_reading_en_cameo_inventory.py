"""English CAMEO verb-dictionary inventory (issue 8, round h40): the verbs and phrases that PETRARCH2's
English verb dictionary (CAMEO.2.0, the dictionary coders of the public gold standards follow) files
under each CAMEO root 02-20, one invented wire-style sentence each, read for its main PLOVER type and
polarity. Only expressions the English PLOVER inventory (test_reading_en_plover_inventory.py) does not
already test were taken: ~12-15 per root, about half with fictitious or little-covered actors
(Arnor, Gondor, the Northern Liberation Front, Lesotho, Bhutan, Togo), so that no reading depends on
knowing the actor. Every sentence was written for this file (none from a gold set or the corpus).

276 sentences were written before the analyser read them (plus 6 CAMEO 01 statements that must
stay silent, 5 of which do); analyser 2.6 at the start of the round read 153 right (151 with the labels first
written: two labels were corrected to the crosswalk, see below). This file keeps the 216 that
the round's code reads right; a trailing comment marks the 63 that the old code read wrong. The
60 left unread are listed with a reason in the round note (ROUND-NOTE.md).

Capabilities added (seeds/lexicon/signals-en.toml, 24 new entries and 24 widened;
seeds/lexicon/modality.toml, English intent cues): loans and
disbursements by lenders and debt write-offs (AID 071), goods airlifted, provided or rushed and
peacekeepers sent (AID 073/074); forces vacating or abandoning positions, property seized and handed
back, reduced troop presence (RETREAT 0874/0842/0873); unbanned parties, reduced or commuted
sentences, a claim given up (CONCEDE 0812/081/080); "consult" and "exchange views" between officials
(CONSULT 040); siding with, defending a right to self-defence, embassies opened and ties restored,
alliances forged, "throws its weight behind", "extols" (SUPPORT 050-054); joint commissions (COOPERATE
060); "holds X responsible", "takes X to court" (ACCUSE 112/115); a state seeking extradition (REQUEST
1013); seeking mediation (REQUEST 028); "vows to march on" (THREATEN 138); manoeuvres, forces moved,
amassed, mustered or beefed up, riot police sent, weapons paraded, airspace violated (MOBILIZE
150-154); ties broken off, aid programmes cancelled, lending suspended, a boycott imposed by a state,
observers, monitors, inspectors, peacekeepers or aid agencies expelled (SANCTION 161-166); vessels
impounded and property nationalised, opposition parties dissolved, sentences passed, people taken
"into custody", forced returns, borders closed (COERCE 1711-191); hostages taken with the object
between, beatings by guards or soldiers, beheadings, grenade attacks, arson by armed men, truces
broken, troops pushing into a province, villagers butchered (ASSAULT 180-200), an army base overrun
(COERCE 192); offers to release, withdraw or send peacekeepers and a promised loan are an intent
(AGREE 0353/0356/0334/0331), not the act.

Labels: "A|B" where the crosswalk and this project's convention differ (ease/lift CONCEDE here,
RETREAT in the crosswalk; capturing a town or base ASSAULT or COERCE 192, as in the PLOVER
inventory; agreeing to share data COOPERATE or AGREE 031). Polarity: E escalation, D de-escalation,
N contact or support between non-hostile parties: de-escalation or neutral (methodology 12.4),
never escalation. The last field is the CAMEO code of the verb or phrase.
"""
from __future__ import annotations

from datetime import date

import pytest

from monitor.analysis.evaluate import main_type
from monitor.analysis.service import get_analyzer
from tests.readings import assert_inventory, assert_silent

DAY = date(2025, 11, 20)

# (PLOVER type(s) of the main event, polarity, sentence, CAMEO code of the verb or phrase)
CASES = [
    # 02 APPEAL -> REQUEST
    ("REQUEST", "D", "Lesotho implores donors to step up food aid after the drought", "0233"),
    ("REQUEST", "D", "Arnor seeks international mediation in its border dispute with Gondor", "028"),  # new in h40
    ("REQUEST", "D", "Togo's bishops call for national reconciliation", "027"),
    ("REQUEST", "D", "Gondor seeks talks with Arnor on the disputed river", "026"),
    ("REQUEST", "D", "The Red Cross appealed for the release of the hostages held by the Northern Liberation Front", "0253"),
    ("REQUEST", "D", "Malawi's churches urge a peaceful solution to the land dispute", "027"),
    ("REQUEST", "D", "Benin's president pleaded with the mutineers to lay down their arms", "025"),
    ("REQUEST", "D", "Eswatini's king requests humanitarian assistance for cyclone victims", "0233"),
    # 03 EXPRESS INTENT TO COOPERATE -> AGREE
    ("AGREE", "D", "The IMF promises a $300 million loan to Malawi", "0331"),  # new in h40
    ("AGREE", "D", "Rwanda offered to send peacekeepers to the Central African Republic", "0334"),
    ("AGREE", "D", "Kenya offers humanitarian assistance to flood-hit Somalia", "0333"),
    ("AGREE", "D", "The Northern Liberation Front offers to free ten captured soldiers", "0353"),  # new in h40
    ("AGREE", "D", "Brussels offers to lift sanctions on Minsk in exchange for prisoner releases", "0354"),  # new in h40
    ("AGREE", "D", "Gondor offers to withdraw its troops from the disputed island", "0356"),  # new in h40
    ("AGREE", "D", "Arnor expresses willingness to negotiate with Gondor", "036"),
    ("AGREE", "D", "Norway offers to host talks between the Gondorian government and the rebels", "039"),  # new in h40
    ("AGREE", "D", "Arnor agrees to allow UN inspectors into its nuclear sites", "0355"),
    # 04 CONSULT
    ("CONSULT", "N", "Lesotho's foreign minister consulted South African officials on border security", "040"),  # new in h40
    ("CONSULT", "N", "The Gondorian president telephoned his Arnorian counterpart on Sunday", "041"),
    ("CONSULT", "N", "Bhutan's prime minister pays an official visit to Nepal", "042"),
    ("CONSULT", "N", "The Arnorian envoy arrived in Minas Tirith for consultations", "042"),
    ("CONSULT", "N", "Togo plays host to a regional security summit", "043"),
    ("CONSULT", "D", "Norway brokers talks between the Gondorian government and the rebels", "045"),
    ("CONSULT", "D", "A former Kenyan president is mediating between the Arnorian government and the Northern Liberation Front", "045"),
    ("CONSULT", "N", "Arnor and Gondor open negotiations on a border treaty", "046"),
    ("CONSULT", "N", "The Togolese government resumes talks with the opposition", "046"),
    ("CONSULT", "N", "Gondor and the Northern Liberation Front hold a new round of negotiations", "046"),
    ("CONSULT", "N", "The Malawian president embarks on a tour of Gulf states", "042"),
    ("CONSULT", "N", "The foreign ministers of Arnor and Gondor met on the sidelines of the UN General Assembly", "044"),
    ("CONSULT", "N", "Benin and Niger exchange views on border security", "040"),  # new in h40
    ("CONSULT", "N", "Eswatini's king held talks with the Mozambican president in Mbabane", "040"),
    # 05 ENGAGE IN DIPLOMATIC COOPERATION -> SUPPORT
    ("SUPPORT", "N", "Togo sides with Morocco on Western Sahara", "050"),  # new in h40
    ("SUPPORT", "N", "The Arnorian king lauds Gondor's role in the peace process", "051"),
    ("SUPPORT", "N", "Lesotho expresses gratitude to China for flood relief", "051"),
    ("SUPPORT", "N", "Arnor defends Gondor's right to self-defence at the UN", "052"),  # new in h40
    ("SUPPORT", "N", "Bhutan establishes diplomatic relations with Arnor", "054"),
    ("SUPPORT", "N", "Gondor opens an embassy in Arnor", "054"),  # new in h40
    ("SUPPORT", "N", "The Arnorian government expressed regret for the border incident", "055"),
    ("SUPPORT", "N", "Lesotho and South Africa sign a border security protocol", "057"),
    ("SUPPORT", "N", "Togo throws its weight behind the ECOWAS mediation plan", "051"),  # new in h40
    ("SUPPORT", "N", "Arnor and Gondor restore diplomatic ties after a five-year rift", "050"),  # new in h40
    ("SUPPORT", "N", "Gondor's president extols the friendship between the two nations", "051"),  # new in h40
    # 06 MATERIAL COOPERATION -> COOPERATE
    ("COOPERATE", "N", "Lesotho and South Africa boost security cooperation", "062"),
    ("COOPERATE", "N", "Eswatini and Mozambique join forces against cattle rustlers", "060"),
    ("COOPERATE", "N", "Arnor and Gondor set up a joint border commission", "060"),  # new in h40
    ("COOPERATE", "N", "Gondor and Arnor strengthen economic ties", "061"),
    ("COOPERATE|AGREE", "N", "Bhutan and India agree to share flood data", "064"),
    ("COOPERATE", "N", "Malawi hands over the fugitive tycoon to South African authorities", "063"),
    # 07 PROVIDE AID -> AID
    ("AID", "D", "The World Bank extends a $500 million loan to Lesotho", "071"),  # new in h40
    ("AID", "D", "Arnor writes off Gondor's debt", "071"),  # new in h40
    ("AID", "D", "Ethiopia airlifts food to drought-stricken Somaliland", "073"),  # new in h40
    ("AID", "D", "UNICEF provides clean water to displaced families in Togo", "073"),  # new in h40
    ("AID", "D", "Rwanda sends peacekeepers to the Central African Republic", "074"),  # new in h40
    ("AID", "D", "The UN extends the mandate of its peacekeeping mission in Gondor", "074"),
    ("AID", "D", "The IMF disburses $250 million to Togo", "071"),  # new in h40
    ("AID", "D", "Arnor donates 40 ambulances to Gondor's health ministry", "070"),  # new in h40
    ("AID", "D", "Japan ships medical supplies to Malawi", "073"),
    ("AID", "D", "Humanitarian aid was delivered to 30,000 people in northern Gondor", "073"),
    # 08 YIELD -> CONCEDE, RETREAT
    ("CONCEDE", "D", "Togo's president bows to pressure and calls early elections", "0831"),
    ("CONCEDE", "D", "Lesotho unbans the main opposition party", "0812"),  # new in h40
    ("CONCEDE|RETREAT", "D", "Gondor eases the curfew in the capital", "0813"),
    ("RETREAT", "D", "The Northern Liberation Front sets free two kidnapped aid workers", "0841"),
    ("RETREAT", "D", "Gondor returns the seized fishing boats to Arnor", "0842"),  # new in h40
    ("CONCEDE|RETREAT", "D", "Brussels relaxes sanctions on Minsk", "085"),
    ("RETREAT", "D", "The Arnorian army halts its offensive in the north", "087"),
    ("RETREAT", "D", "The rebels declare a unilateral ceasefire", "0871"),
    ("RETREAT|CONCEDE", "D", "The Arnorian army ends the siege of Osgiliath", "0872"),
    ("RETREAT", "D", "Gondor reduces its troop presence on the border", "0873"),  # new in h40
    ("RETREAT", "D", "Rebel fighters abandon their stronghold in the hills", "0874"),  # new in h40
    ("RETREAT", "D", "Gondorian troops vacate the disputed outpost", "0874"),  # new in h40
    ("CONCEDE", "D", "A court in Togo reduces the sentences of the jailed activists", "081"),  # new in h40
    ("CONCEDE", "D", "Arnor gives up its claim to the disputed islands", "080"),  # new in h40
    ("RETREAT", "D", "The Arnorian army's withdrawal from the border town", "0874"),
    ("RETREAT", "D", "Lesotho's release of 20 opposition detainees", "0841"),
    # 09 INVESTIGATE -> ACCUSE
    ("ACCUSE", "E", "The UN Human Rights Council sets up a commission of inquiry on Arnor", "092"),
    ("ACCUSE", "E", "The Arnorian army is investigating the killing of civilians by its soldiers", "093"),
    ("ACCUSE", "E", "UN investigators examine allegations of war crimes in Gondor", "094"),
    ("ACCUSE", "E", "Lesotho orders a probe into the army's conduct during the election", "090"),
    # 10 DEMAND -> REQUEST
    ("REQUEST", "E", "The opposition in Togo demands the president's resignation", "1041"),
    ("REQUEST", "E", "Arnor demands compensation from Gondor for the border incident", "1031"),
    ("REQUEST", "E", "Gondor insists on the release of its detained fishermen", "1053"),
    ("REQUEST", "E", "Lesotho demands an independent investigation into the shootings", "1014"),
    ("REQUEST", "E", "The Northern Liberation Front demands autonomy for the northern provinces", "1044"),
    ("REQUEST", "E", "Arnor demands an explanation from Gondor over the spy plane", "101"),
    ("REQUEST", "E", "Gondor seeks the extradition of the former Arnorian minister", "1013"),  # new in h40
    ("REQUEST", "E", "The Arnorian opposition insists on a recount of the votes", "1042"),
    ("REQUEST", "E", "Gondor's parliament demands that the government cut ties with Arnor", "1042"),
    ("REQUEST", "E", "Lesotho demands the return of the seized cattle", "1053"),
    ("REQUEST", "E", "Arnor's demand for reparations from Gondor", "1031"),
    # 11 DISAPPROVE -> ACCUSE
    ("ACCUSE", "E", "Gondor voices disapproval of Arnor's dam project", "110"),
    ("ACCUSE", "E", "Lesotho castigates the army over the killing of protesters", "111"),
    ("ACCUSE", "E", "Gondor's foreign ministry berates the Arnorian envoy", "111"),
    ("ACCUSE", "E", "Arnor hits out at Gondor over the fishing dispute", "111"),
    ("ACCUSE", "E", "Togo holds Burkina Faso responsible for the border attack", "112"),  # new in h40
    ("ACCUSE", "E", "Gondor files a formal complaint with the UN Security Council", "114"),
    ("ACCUSE", "E", "Lesotho takes South Africa to court over the water deal", "115"),  # new in h40
    ("ACCUSE", "E", "Gondor's president assails Arnor's imperial ambitions", "111"),
    ("ACCUSE", "E", "Arnor and Gondor trade accusations over the clashes", "112"),
    ("ACCUSE", "E", "Bhutan's criticism of the Chinese border villages", "111"),
    # 12 REJECT
    ("REJECT", "E", "Arnor repudiates the border treaty with Gondor", "120"),
    ("REJECT", "E", "Gondor's parliament votes down the peace agreement", "127"),
    ("REJECT", "E", "Arnor objects to the deployment of UN observers", "1245"),
    ("REJECT", "E", "Gondor refuses to extradite the former Arnorian general", "1213"),
    ("REJECT", "E", "Gondor flouts the UN arms embargo", "128"),
    ("REJECT", "E", "Gondor's president refuses to step down", "1231"),
    ("REJECT", "E", "Lesotho's rejection of the SADC peace plan", "127"),
    # 13 THREATEN
    ("THREATEN", "E", "Arnor warns it could impose sanctions on Gondor", "1312"),
    ("THREATEN", "E", "Togo warns it may cut diplomatic ties with Benin", "1313"),
    ("THREATEN", "E", "The Northern Liberation Front threatens to pull out of the peace talks", "134"),
    ("THREATEN", "E", "Arnor threatens to kick out foreign aid agencies", "136"),
    ("THREATEN", "E", "Gondor's defence minister warns of a military response to any incursion", "138"),
    ("THREATEN", "E", "Arnor threatens to blockade Gondor's ports", "1381"),
    ("THREATEN", "E", "Gondor threatens to occupy the disputed islands", "1382"),
    ("THREATEN", "E", "The Northern Liberation Front warns it will shell the capital", "1384"),
    ("THREATEN", "E", "Togo threatens to quit ECOWAS", "131"),
    ("THREATEN", "E", "The junta threatens to ban the main opposition party", "1322"),
    ("THREATEN", "E", "Gondor's government threatens to impose a curfew in the capital", "1323"),
    ("THREATEN", "E", "Arnor's president warns he could declare martial law", "1324"),
    ("THREATEN", "E", "The rebels vow to march on the capital", "138"),  # new in h40
    ("THREATEN", "E", "Gondor's president issues a stern warning to Arnor", "130"),
    # 14 PROTEST
    ("PROTEST", "E", "Thousands rally in Maseru against the new constitution", "141"),
    ("PROTEST", "E", "Demonstrators burn the Arnorian flag outside the embassy", "141"),
    ("PROTEST", "E", "Protesters chant anti-government slogans in Thimphu", "141"),
    ("PROTEST", "E", "Protesters barricade the main road to the airport in Lome", "144"),
    ("PROTEST", "E", "Activists chain themselves to the gates of parliament in Maseru", "144"),
    ("PROTEST", "E", "Rioters loot shops in the Gondorian capital", "145"),
    ("PROTEST", "E", "Protesters storm the parliament building in Maseru", "145"),
    ("PROTEST", "E", "Students occupy the university campus in protest at fee rises", "140"),
    ("PROTEST", "E", "Riots break out in Togo after the election result", "145"),
    ("PROTEST", "E", "A monk sets himself on fire in protest against the government", "140"),
    ("PROTEST", "E", "Thousands of Gondorians joined an anti-government march on Saturday", "141"),
    # 15 EXHIBIT FORCE POSTURE -> MOBILIZE
    ("MOBILIZE", "E", "Gondor conducts military manoeuvres near the Arnorian border", "150"),  # new in h40
    ("MOBILIZE", "E", "Gondorian fighter jets violate Arnor's airspace", "150"),  # new in h40
    ("MOBILIZE", "E", "Police in Lome are on high alert ahead of the verdict", "151"),
    ("MOBILIZE", "E", "Arnor places its army on a war footing", "152"),
    ("MOBILIZE", "E", "Lesotho sends riot police to the mining town", "153"),  # new in h40
    ("MOBILIZE", "E", "Gondor moves tanks towards the Arnorian border", "154"),  # new in h40
    ("MOBILIZE", "E", "Arnor rushes reinforcements to the northern front", "154"),
    ("MOBILIZE", "E", "Gondor parades its new ballistic missiles in the capital", "150"),  # new in h40
    ("MOBILIZE", "E", "Arnor steps up security around government buildings", "150"),
    ("MOBILIZE", "E", "Gondor boosts its military presence in the disputed strait", "154"),
    ("MOBILIZE", "E", "The Northern Liberation Front musters fighters near the capital", "154"),  # new in h40
    ("MOBILIZE", "E", "Bhutan tightens security at its border posts", "152"),
    # 16 REDUCE RELATIONS -> SANCTION
    ("SANCTION", "E", "Arnor breaks off diplomatic relations with Gondor", "161"),  # new in h40
    ("SANCTION", "E", "Gondor withdraws its ambassador from Arnor", "161"),
    ("SANCTION", "E", "Arnor cancels its aid programme to Gondor", "162"),  # new in h40
    ("SANCTION", "E", "Donors cut aid to Malawi after the disputed election", "162"),
    ("SANCTION", "E", "The World Bank suspends lending to Gondor", "1621"),  # new in h40
    ("SANCTION", "E", "Arnor imposes a boycott on Gondorian goods", "163"),  # new in h40
    ("SANCTION", "E", "The EU extends its sanctions on Gondor for six months", "163"),
    ("SANCTION", "E", "Washington tightens sanctions on Gondor's oil sector", "163"),
    ("SANCTION", "E", "Arnor breaks off talks with the Northern Liberation Front", "164"),
    ("SANCTION", "E", "Gondor walks out of the border talks", "164"),
    ("SANCTION", "E", "The Arnorian government calls off peace talks with the rebels", "164"),
    ("SANCTION", "E", "Gondor orders UN peacekeepers to leave the country", "1661"),  # new in h40
    ("SANCTION", "E", "Arnor expels foreign aid agencies from the north", "1663"),  # new in h40
    ("SANCTION", "E", "Togo expels EU election observers", "1662"),  # new in h40
    ("SANCTION", "E", "Arnor declares a Gondorian diplomat persona non grata", "166"),
    ("SANCTION", "E", "Two Gondorian diplomats were expelled from Arnor", "166"),
    ("SANCTION", "E", "Gondor's expulsion of two Arnorian diplomats", "166"),
    # 17 COERCE
    ("COERCE", "E", "Gondor impounds an Arnorian fishing vessel", "1711"),  # new in h40
    ("COERCE", "E", "The junta nationalises the French-owned uranium mines", "1711"),  # new in h40
    ("ASSAULT", "E", "Militiamen burn down houses in an Arnorian village", "1712"),  # new in h40
    ("COERCE", "E", "Togo's government censors coverage of the protests", "1721"),
    ("COERCE", "E", "Gondor bans an independent newspaper", "1721"),
    ("COERCE", "E", "Lesotho's high court dissolves the main opposition party", "1722"),  # new in h40
    ("COERCE", "E", "Arnor declares martial law in the northern provinces", "1724"),
    ("COERCE", "E", "Arnor indicts the former president on treason charges", "173"),
    ("COERCE", "E", "Togo sentences the opposition leader to ten years in prison", "173"),  # new in h40
    ("COERCE", "E", "Gondorian police take the journalist into custody", "173"),  # new in h40
    ("COERCE", "E", "Arnor puts the opposition leader under house arrest", "173"),
    ("COERCE", "E", "Prosecutors charge the Gondorian activist with sedition", "173"),
    ("COERCE", "E", "Arnor expels 200 Gondorian migrant workers", "174"),
    ("COERCE", "E", "Gondor forcibly returns Arnorian asylum seekers", "174"),  # new in h40
    # 19 FIGHT -> ASSAULT
    ("COERCE", "E", "Gondor closes its border with Arnor", "191"),  # new in h40
    ("COERCE", "E", "The army cordons off the northern town of Kara", "191"),
    ("COERCE", "E", "Arnorian troops occupy the disputed island", "192"),
    ("COERCE", "E", "Gondor annexes the border province", "192"),
    # 17 COERCE
    ("COERCE", "E", "Togolese soldiers apprehend three suspected jihadists", "173"),
    ("COERCE", "E", "The opposition leader was placed under house arrest in Lome", "173"),
    # 18 UNCONVENTIONAL VIOLENCE -> ASSAULT
    ("ASSAULT", "E", "Pirates hijack a cargo ship off the coast of Togo", "181"),
    ("ASSAULT", "E", "Gunmen kidnap a Gondorian diplomat in the capital", "181"),
    ("ASSAULT", "E", "The Northern Liberation Front takes 12 aid workers hostage", "181"),  # new in h40
    ("ASSAULT", "E", "Arnorian border guards beat Gondorian migrants", "182"),  # new in h40
    ("ASSAULT", "E", "Militants behead a village chief in northern Mozambique", "1823"),  # new in h40
    ("ASSAULT", "E", "Assailants hack ten villagers to death in Gondor", "1823"),
    ("ASSAULT", "E", "An improvised explosive device hits an army patrol in northern Togo", "1833"),
    ("ASSAULT", "E", "A suicide bomber blows himself up at a checkpoint in Arnor", "1831"),
    ("ASSAULT", "E", "The rebels use civilians as human shields", "184"),
    ("ASSAULT", "E", "Gondor's president survives an assassination attempt", "185"),
    ("ASSAULT", "E", "The Arnorian defence minister is shot dead in the capital", "186"),
    ("ASSAULT", "E", "Militants throw a grenade into a market in Gondor", "180"),  # new in h40
    ("ASSAULT", "E", "Arsonists set fire to the electoral commission offices in Lome", "180"),  # new in h40
    ("ASSAULT", "E", "Gunmen gun down a journalist in Maseru", "1823"),
    # 19 FIGHT -> ASSAULT
    ("ASSAULT", "E", "The Arnorian army launches an offensive against the Northern Liberation Front", "190"),
    ("ASSAULT", "E", "Gondorian troops invade the Arnorian border province", "190"),
    ("ASSAULT", "E", "Fighting erupts between Gondorian and Arnorian troops", "190"),
    ("ASSAULT|COERCE", "E", "Rebels overrun an army base in northern Gondor", "190"),  # new in h40
    ("ASSAULT|COERCE", "E", "Government forces recapture the town of Kara from the rebels", "190"),
    ("ASSAULT", "E", "Gondorian and Arnorian soldiers exchange fire across the border", "193"),
    ("ASSAULT", "E", "Snipers kill two soldiers in Minas Tirith", "193"),
    ("ASSAULT", "E", "Gondorian artillery bombards the Arnorian border town", "194"),
    ("ASSAULT", "E", "The army fires mortars at rebel hideouts", "194"),
    ("ASSAULT", "E", "Gondorian warplanes strike rebel camps in the north", "195"),
    ("ASSAULT", "E", "A Gondorian helicopter gunship attacks a rebel convoy", "195"),
    ("ASSAULT", "E", "The rebels break the truce with an attack on army posts", "196"),  # new in h40
    ("ASSAULT", "E", "Arnorian forces push into the Gondorian border province", "190"),  # new in h40
    ("ASSAULT", "E", "Gondorian troops repel an Arnorian assault on the bridge", "190"),
    ("ASSAULT", "E", "Arnorian troops advance on the rebel stronghold", "190"),
    ("ASSAULT", "E", "A gun battle breaks out between police and militants in Togo", "193"),
    ("ASSAULT", "E", "Arnorian drones target a Gondorian fuel depot", "195"),
    # 20 MASS VIOLENCE -> ASSAULT
    ("ASSAULT", "E", "Militias slaughter hundreds of villagers in Gondor", "200"),
    ("ASSAULT", "E", "Gondor uses chemical weapons against rebel-held towns", "2041"),
    ("ASSAULT", "E", "A nerve gas attack kills dozens in the Arnorian capital", "2041"),
    ("ASSAULT", "E", "Jihadists butcher 40 villagers in northern Benin", "200"),  # new in h40
    ("ASSAULT", "E", "Gunmen wipe out an entire village in Plateau state", "202"),
]

# CAMEO 01 (make a public statement) has no PLOVER type: these statements assert no event.
STATEMENTS = [
    "The Gondorian foreign ministry declined to comment on the reports",
    "Bhutan's prime minister expressed optimism about the economy",
    "Togo's government is weighing a new visa policy",
    "Arnor's central bank said inflation would ease next year",
    "Gondor's energy minister admitted responsibility for the power cuts",
]

# The new entries' other senses (sense rules written after reading their corpus hits)
GUARDS = [
    "The city council approved a $200 million loan for the new stadium",
    "The government will cancel student debt for nurses",
    "The ministry will consult on new rules for e-scooters",
    "A federal judge sided with the city in the zoning dispute",
    "The airline moved its flights to a new terminal",
    "The company took its landlord to court over the rent",
    "The museum ordered new monitors for its galleries",
    "Critics say the minister has taken the budget debate hostage",
    "A new play about Anne Boleyn, who was beheaded in the Tower, opens in London",
    "The firm will reduce debt and streamline operations",
    "Spain beat France in the final to win the title",
    "The chef butchered a whole lamb for the village feast",
    "Police impounded the car after the crash",
    "The parliament was dissolved ahead of snap elections",
    "Crowds gathered for the Pride parade in Lisbon",
    "The minister responsible for housing held a press conference",
    "The central bank said it would reduce interest rates",
]


@pytest.mark.parametrize(("types", "polarity", "text", "cameo"), CASES)
def test_the_cameo_verb_reads_as_its_type(types: str, polarity: str, text: str, cameo: str) -> None:
    accepted = types.split("|")
    got = main_type(get_analyzer().analyze(text, lang="en", day=DAY))
    assert_inventory(text, "en", DAY, got if got in accepted else accepted[0], polarity)


@pytest.mark.parametrize("text", STATEMENTS + GUARDS)
def test_a_statement_or_another_sense_is_no_event(text: str) -> None:
    assert_silent(text, "en", DAY)
