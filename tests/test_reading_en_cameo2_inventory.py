"""English CAMEO inventory, pass 2 (issue 8, round h61): wire-copy sentence forms. Round h40
(tests/test_reading_en_cameo_inventory.py) read one verb or phrase per CAMEO code in short sentences;
this round reads the shapes of the public event-coding validation records (PLOVER, PETRARCH and
UniversalPetrarch: English lede sentences of 15-45 words): passives ("were detained by security
forces", "was ambushed by militants"), a nominalisation as the main event ("The shelling of Osgiliath
by Gondorian artillery ... killed"), "said on Tuesday it would ...", "vowed to", "agreed to resume",
long and compound subjects, appositives ("Gondor's foreign minister, Faramir Stone, ..."),
"after"/"following" clauses and reporting tails carrying background, "accused X of ...ing", "called on
X to ...", "threatened to ... unless ...". About ten sentences per CAMEO root 02-20 and six CAMEO 01
statements that must stay silent, about half with invented actors (Arnor, Gondor, Osgiliath, the
Northern Liberation Front) and half with little-covered real ones (Lesotho, Togo, Malawi, Bhutan).
None repeats a verb-and-frame of h40, and none comes from a gold set or the corpus.

190 sentences were written with their expected main type and polarity (DRAFT.txt of the round)
before the analyser read any of them. Analyser 2.7 at the round's base commit read 137 right
against the draft labels; the round's code reads 146 (nine more, none lost). Two draft labels were
corrected after the run, both to an existing convention (so 148 are kept here): an ended blockade is
RETREAT|CONCEDE as h40's "ends the siege", and "Rights groups accused the army of carrying out ethnic
cleansing" is ACCUSE (the main clause decides; the draft had ASSAULT). A trailing comment marks the
sentences the base code misread ("new in h61") and the corrected labels. The 42 still misread are
listed with a reason in the round note (ROUND-NOTE.md), not here.

Capabilities added (seeds/lexicon/signals-en.toml, eight widened entries; one rule):
- en.release.freed: "journalists", "fishermen", "fisherman" count as captives near freed/released
  ("Gondor released 40 Arnorian fishermen");
- en.cooperation.security: "joint naval patrol(s)";
- en.appeal.urge: "mediate" is a word of conflict or peace in reach of an appeal verb;
- en.withdrawal.pullback: the object between verb and particle ("pull its troops back");
- en.mobilisation.move_forces: "massed", "masses", "massing" with a force noun near;
- en.talks.ready_to_talk: "ready / willing / prepared to hold talks" (CAMEO 036);
- en.sanction.cut_aid: "suspended its lending" (CAMEO 1621);
- en.aid.deliver_goods: "emergency supplies", "medical teams" with a verb of delivering near;
- monitor/analysis/analyzer.py (_en_said_would): a release, withdrawal, concession or aid that the
  subject "said ... would" do is an announced intent (CAMEO 035x/033, PLOVER AGREE), as the future
  already was: the clause-wide "would" no longer leaves it a bare possibility of the act
  ("The Northern Liberation Front said on Wednesday it would free all the government soldiers").

Labels as in h40: "A|B" where the crosswalk and this project's convention differ. Polarity: E
escalation, D de-escalation, N contact or support between non-hostile parties: de-escalation or
neutral (methodology 12.4), never escalation. The last field is the CAMEO code of the main event.
"""

from __future__ import annotations

from datetime import date

import pytest

from monitor.analysis.evaluate import main_type
from monitor.analysis.service import get_analyzer
from tests.readings import assert_one_of, assert_silent

DAY = date(2025, 11, 20)

# (PLOVER type(s) of the main event, polarity, sentence, CAMEO code of the main event)
CASES = [
    # 01 statements: no event
    # 02 APPEAL -> REQUEST D
    (
        "REQUEST",
        "D",
        "The United Nations called on Arnor and Gondor on Monday to exercise maximum restraint and return to the negotiating table",
        "025",
    ),
    (
        "REQUEST",
        "D",
        "Church leaders in Malawi, in a pastoral letter read in parishes on Sunday, called on the government and the opposition to settle their differences peacefully",
        "027",
    ),
    (
        "REQUEST",
        "D",
        "Rights groups called on Arnor's government to release all political prisoners held since the disputed election in March",
        "0241",
    ),
    (
        "REQUEST",
        "D",
        "The Pope appealed for an end to the fighting in Osgiliath during his Sunday address, urging both sides to spare civilians",
        "020",
    ),
    (
        "REQUEST",
        "D",
        "The UN Secretary-General called on the warring parties in Gondor to agree to an immediate ceasefire ahead of the holy month",
        "0256",
    ),
    # 03 EXPRESS INTENT TO COOPERATE -> AGREE D
    (
        "AGREE",
        "D",
        "Arnor said on Tuesday it was ready to hold talks with Gondor without preconditions to end the long-running dispute over the river",
        "036",
    ),  # new in h61
    (
        "AGREE",
        "D",
        "Japan pledged on Monday to provide $200 million in reconstruction aid to Gondor after the end of the civil war",
        "0331",
    ),
    (
        "AGREE",
        "D",
        "Gondor's defence minister, Faramir Stone, said his country would pull its troops back from the border if Arnor did the same",
        "0356",
    ),  # new in h61
    (
        "AGREE",
        "D",
        "The two neighbours vowed to work together to combat cattle rustling along their shared frontier, according to a joint statement",
        "030",
    ),
    (
        "AGREE",
        "D",
        "The Northern Liberation Front said on Wednesday it would free all the government soldiers it holds as a goodwill gesture ahead of the talks",
        "0353",
    ),  # new in h61
    (
        "AGREE",
        "D",
        "Lesotho and South Africa agreed in principle to set up a joint water commission, officials from both countries said after talks in Maseru",
        "0311",
    ),
    (
        "AGREE",
        "D",
        "Rwanda said it was prepared to contribute troops to a regional peacekeeping force in the Central African Republic",
        "0334",
    ),
    (
        "AGREE",
        "D",
        "Norway has offered to mediate between the Gondorian government and the rebels, the Norwegian foreign ministry said on Friday",
        "039",
    ),
    # 04 CONSULT N
    (
        "CONSULT",
        "N",
        "Arnor's foreign minister, Elrond Hale, arrived in Minas Tirith on Monday for a two-day visit aimed at easing tensions over the river dispute",
        "042",
    ),
    (
        "CONSULT",
        "N",
        "The presidents of Arnor and Gondor spoke by telephone on Wednesday and discussed the situation in the disputed border region, the Arnorian presidency said",
        "041",
    ),
    (
        "CONSULT",
        "N",
        "The leaders of Lesotho and South Africa met on the sidelines of the SADC summit in Gaborone to discuss water sharing",
        "044",
    ),
    (
        "CONSULT",
        "D",
        "Talks between the Gondorian government and the Northern Liberation Front, brokered by Norway, opened in Oslo on Tuesday",
        "045",
    ),
    (
        "CONSULT",
        "N",
        "Negotiators from Arnor and Gondor held a third round of talks in Geneva on Thursday, but failed to agree on a timetable for troop withdrawals",
        "046",
    ),
    (
        "CONSULT",
        "N",
        "Gondor's prime minister flew to Annuminas on Sunday for talks with his Arnorian counterpart on trade and border security",
        "042",
    ),
    (
        "CONSULT",
        "N",
        "Bhutan's foreign secretary discussed border issues with his Chinese counterpart during a meeting in Beijing on Monday",
        "040",
    ),
    (
        "CONSULT",
        "N",
        "The Malawian president received the visiting Zambian foreign minister in Lilongwe on Friday, state radio reported",
        "042",
    ),
    # 05 DIPLOMATIC COOPERATION -> SUPPORT N
    (
        "SUPPORT",
        "N",
        "Arnor's foreign ministry welcomed the agreement between Gondor and the rebels on Tuesday, calling it an important step towards lasting peace",
        "051",
    ),
    (
        "SUPPORT",
        "N",
        "Gondor voiced support on Wednesday for Arnor's bid to host the next regional summit",
        "050",
    ),
    (
        "SUPPORT",
        "N",
        "Lesotho and Bhutan established diplomatic relations at the ambassadorial level on Friday, according to a joint communique",
        "054",
    ),
    (
        "SUPPORT",
        "N",
        "Arnor and Gondor signed a treaty of friendship and cooperation in Annuminas on Thursday, ending decades of mistrust",
        "057",
    ),
    (
        "SUPPORT",
        "N",
        "Gondor's president apologised to Arnor for the border incident that killed two fishermen, his office said on Saturday",
        "055",
    ),
    (
        "SUPPORT",
        "N",
        "The Arnorian government formally recognised the new government of Gondor on Monday, three weeks after the disputed election",
        "056",
    ),
    (
        "SUPPORT",
        "N",
        "The United States commended Malawi for holding peaceful and credible elections, the State Department said in a statement",
        "051",
    ),
    # 06 MATERIAL COOPERATION -> COOPERATE N
    (
        "COOPERATE",
        "N",
        "Arnor and Gondor carried out their first joint naval patrol in the disputed strait on Tuesday under a security pact signed last year",
        "062",
    ),  # new in h61
    (
        "COOPERATE",
        "N",
        "Lesotho and South Africa launched a joint project on Monday to build a dam on the Orange River, officials said",
        "061",
    ),
    (
        "COOPERATE",
        "N",
        "Malawi extradited a former Zambian minister wanted for corruption to Lusaka on Wednesday, police said",
        "063",
    ),
    (
        "COOPERATE",
        "N",
        "Troops from Togo and Benin are conducting joint operations against jihadist militants in the north of both countries, the army said",
        "062",
    ),
    # 07 PROVIDE AID -> AID D
    (
        "AID",
        "D",
        "Arnor delivered two patrol boats to the Gondorian navy on Tuesday under a military assistance programme",
        "072",
    ),
    (
        "AID",
        "D",
        "Gondor granted asylum to 300 Arnorian opposition activists who fled across the border after the crackdown, the interior ministry said",
        "075",
    ),
    (
        "AID",
        "D",
        "Aid agencies have begun distributing emergency supplies to survivors of the earthquake that struck western Gondor on Sunday",
        "073",
    ),  # new in h61
    (
        "AID",
        "D",
        "Medical teams from Cuba were sent to Togo to help contain the cholera outbreak, the health ministry said",
        "073",
    ),  # new in h61
    # 08 YIELD -> CONCEDE / RETREAT D
    (
        "RETREAT",
        "D",
        "Gondor released 40 Arnorian fishermen on Monday who had been detained for fishing in disputed waters, the Arnorian foreign ministry said",
        "0841",
    ),  # new in h61
    (
        "RETREAT",
        "D",
        "Arnorian troops pulled out of the disputed village of Osgiliath on Tuesday under a deal brokered by the African Union",
        "0874",
    ),
    (
        "CONCEDE",
        "D",
        "Malawi's government agreed to unban the country's largest trade union after a week of strikes, a union leader said",
        "0812",
    ),
    (
        "RETREAT",
        "D",
        "Gondorian forces withdrew from the border town of Kara on Thursday after a week of fighting, the army said",
        "0874",
    ),
    (
        "CONCEDE|RETREAT",
        "D",
        "The European Union eased sanctions on Arnor on Monday, lifting an asset freeze on 12 officials after the release of political prisoners",
        "085",
    ),
    (
        "RETREAT|CONCEDE",
        "D",
        "The army ended its blockade of the rebel-held town on Friday, allowing trucks carrying food to enter for the first time in weeks",
        "0872",
    ),  # label corrected in h61
    (
        "CONCEDE",
        "D",
        "Arnor's president pardoned 120 political prisoners on Tuesday to mark independence day, state television reported",
        "081",
    ),
    # 09 INVESTIGATE -> ACCUSE E
    (
        "ACCUSE",
        "E",
        "Gondor's military said it had launched an inquiry into the deaths of four civilians during an operation against the rebels",
        "093",
    ),
    (
        "ACCUSE",
        "E",
        "Togo's parliament set up a commission to investigate the killing of protesters by security forces in the capital",
        "090",
    ),
    (
        "ACCUSE",
        "E",
        "International Criminal Court prosecutors opened an investigation into alleged war crimes committed in Gondor, the court said on Wednesday",
        "094",
    ),
    (
        "ACCUSE",
        "E",
        "An independent panel will look into allegations that Arnorian peacekeepers abused civilians in the Central African Republic, the UN said",
        "092",
    ),
    # 10 DEMAND -> REQUEST E
    (
        "REQUEST",
        "E",
        "Arnor demanded on Tuesday that Gondor immediately release the fishermen detained in disputed waters",
        "1053",
    ),
    (
        "REQUEST",
        "E",
        "Lesotho's government is demanding compensation from a South African mining firm over a dam collapse that killed twelve people",
        "1031",
    ),
    (
        "REQUEST",
        "E",
        "The opposition in Malawi demanded an independent inquiry into the death of an activist in police custody",
        "1014",
    ),
    (
        "REQUEST",
        "E",
        "Gondor's main opposition party demanded a rerun of the presidential election, saying the vote had been rigged",
        "1042",
    ),
    (
        "REQUEST",
        "E",
        "Arnor formally requested the extradition of the former Gondorian general accused of ordering the massacre",
        "1013",
    ),
    # 11 DISAPPROVE -> ACCUSE E
    (
        "ACCUSE",
        "E",
        "Arnor accused Gondor on Monday of massing troops on their shared border, in what it called a dangerous escalation",
        "112",
    ),
    (
        "ACCUSE",
        "E",
        "Gondor's foreign minister, Faramir Stone, accused Arnorian forces of shelling civilian areas, an accusation Annuminas denied",
        "112",
    ),
    (
        "ACCUSE",
        "E",
        "The United Nations condemned the attack on a camp for displaced people in northern Gondor that killed at least 20 people",
        "111",
    ),
    (
        "ACCUSE",
        "E",
        "Rights groups criticised Togo's government on Wednesday for its handling of the protests, saying security forces used excessive force",
        "111",
    ),
    (
        "ACCUSE",
        "E",
        "Lesotho blamed South Africa for the collapse of the water talks, saying Pretoria had refused to negotiate in good faith",
        "112",
    ),
    (
        "ACCUSE",
        "E",
        "Gondor lodged a formal protest with Arnor on Thursday over the violation of its airspace by military aircraft",
        "114",
    ),
    (
        "ACCUSE",
        "E",
        "The Arnorian government denounced the sanctions imposed by Gondor as illegal and an act of economic war",
        "111",
    ),
    (
        "ACCUSE",
        "E",
        "Malawi's church leaders sharply criticised the president on Sunday over corruption and the rising cost of living",
        "111",
    ),
    (
        "ACCUSE",
        "E",
        "The rebels accused the army of breaking the ceasefire by launching air strikes on their positions",
        "112",
    ),
    # 12 REJECT E
    (
        "REJECT",
        "E",
        "Arnor rejected on Wednesday a proposal by Gondor for a joint administration of the disputed islands",
        "127",
    ),
    (
        "REJECT",
        "E",
        "Togo's president, Faure Gnassingbe, has refused to step down despite weeks of mass protests",
        "1231",
    ),
    (
        "REJECT",
        "E",
        "The Northern Liberation Front rejected an offer of talks from the government, saying it would not negotiate while the army occupied its villages",
        "125",
    ),
    (
        "REJECT",
        "E",
        "Arnor's government defied a court ruling ordering the release of the opposition leader",
        "128",
    ),
    (
        "REJECT",
        "E",
        "Lesotho turned down a request from South Africa to extradite the former army commander",
        "121",
    ),
    (
        "REJECT",
        "E",
        "The opposition rejected the results of the presidential election on Monday, calling the vote a sham",
        "127",
    ),
    (
        "REJECT",
        "E",
        "Gondor refused to allow UN investigators into the country, the UN human rights office said on Friday",
        "124",
    ),
    (
        "REJECT",
        "E",
        "Arnor ruled out any negotiations with the rebels until they lay down their weapons",
        "125",
    ),
    (
        "REJECT",
        "E",
        "Gondor's parliament refused to ratify the border agreement with Arnor on Tuesday",
        "120",
    ),
    # 13 THREATEN E
    (
        "THREATEN",
        "E",
        "Gondor threatened on Tuesday to impose sanctions on Arnor unless it stopped building the dam",
        "1312",
    ),
    (
        "THREATEN",
        "E",
        "The Northern Liberation Front vowed to step up attacks on government forces after the killing of its commander",
        "138",
    ),
    (
        "THREATEN",
        "E",
        "Arnor's army chief warned that his troops would strike rebel bases inside Gondor if the cross-border raids continued",
        "1384",
    ),
    (
        "THREATEN",
        "E",
        "The opposition threatened to boycott the elections unless the electoral commission was reformed",
        "134",
    ),
    (
        "THREATEN",
        "E",
        "Togo threatened to cut diplomatic ties with Benin over the treatment of its nationals",
        "131",
    ),
    (
        "THREATEN",
        "E",
        "Gondor's president, Denethor Vale, warned Arnor on Thursday that any incursion would be met with force",
        "138",
    ),
    (
        "THREATEN",
        "E",
        "Arnor threatened to expel the Gondorian ambassador if Gondor did not apologise for the border incident",
        "1313",
    ),
    (
        "THREATEN",
        "E",
        "The rebels threatened to kill the hostages unless their demands were met within 48 hours",
        "130",
    ),
    (
        "THREATEN",
        "E",
        "Lesotho's army commander warned that the military would intervene if politicians failed to resolve the crisis",
        "132",
    ),
    (
        "THREATEN",
        "E",
        "Gondor has threatened military action against Arnor if it does not withdraw its troops from the islands by the end of the month",
        "1384",
    ),
    # 14 PROTEST E
    (
        "PROTEST",
        "E",
        "Thousands of people marched through the streets of Lome on Saturday to protest against a constitutional change that would extend the president's rule",
        "141",
    ),
    (
        "PROTEST",
        "E",
        "Demonstrators gathered outside the Gondorian embassy in Annuminas on Tuesday to protest against the detention of Arnorian fishermen",
        "141",
    ),
    (
        "PROTEST",
        "E",
        "Workers in Lesotho's textile factories went on strike on Monday to demand higher wages, bringing production to a halt",
        "143",
    ),
    (
        "PROTEST",
        "E",
        "Protesters clashed with police in the Gondorian capital on Wednesday as anger over fuel prices boiled over",
        "145",
    ),
    (
        "PROTEST",
        "E",
        "Tens of thousands took to the streets of Minas Tirith on Sunday in the largest anti-government demonstration in years",
        "141",
    ),
    (
        "PROTEST",
        "E",
        "Truck drivers blocked the main border crossing between Arnor and Gondor on Thursday in protest at new customs rules",
        "144",
    ),
    (
        "PROTEST",
        "E",
        "Students staged a sit-in at the university in Thimphu to protest against the arrest of a lecturer",
        "141",
    ),
    (
        "PROTEST",
        "E",
        "Rioting erupted in the northern town of Kara overnight after police shot dead a young motorcyclist",
        "145",
    ),
    (
        "PROTEST",
        "E",
        "Protests spread to several cities in Arnor on Monday after the government raised fuel prices by 40 percent",
        "141",
    ),
    # 15 EXHIBIT FORCE POSTURE -> MOBILIZE E
    (
        "MOBILIZE",
        "E",
        "Gondor has deployed thousands of troops and dozens of tanks to its border with Arnor, satellite images showed on Tuesday",
        "154",
    ),
    (
        "MOBILIZE",
        "E",
        "Arnor's armed forces were put on high alert on Wednesday after Gondor test-fired a ballistic missile",
        "152",
    ),
    (
        "MOBILIZE",
        "E",
        "Gondor held large-scale military drills near the Arnorian border on Monday, involving warships, fighter jets and 20,000 troops",
        "150",
    ),
    (
        "MOBILIZE",
        "E",
        "Additional troops were sent to the northern province on Friday after a series of rebel attacks on army posts",
        "154",
    ),
    (
        "MOBILIZE",
        "E",
        "Arnor called up 50,000 reservists on Thursday as tensions with Gondor rose over the disputed islands",
        "152",
    ),
    (
        "MOBILIZE",
        "E",
        "Security forces were deployed in large numbers across Lome ahead of Saturday's planned opposition march",
        "153",
    ),
    (
        "MOBILIZE",
        "E",
        "The Northern Liberation Front has massed several thousand fighters on the outskirts of the provincial capital, residents said",
        "154",
    ),  # new in h61
    (
        "MOBILIZE",
        "E",
        "A Gondorian warship sailed through the disputed strait on Sunday in what Arnor called a provocation",
        "150",
    ),
    (
        "MOBILIZE",
        "E",
        "Arnor reinforced its military positions along the river after Gondorian troops were seen digging trenches on the opposite bank",
        "154",
    ),
    (
        "MOBILIZE",
        "E",
        "Police in Maseru have been placed on high alert ahead of the announcement of the election results",
        "151",
    ),
    # 16 REDUCE RELATIONS -> SANCTION E
    (
        "SANCTION",
        "E",
        "Arnor recalled its ambassador to Gondor on Tuesday in protest at the arrest of two Arnorian diplomats",
        "161",
    ),
    (
        "SANCTION",
        "E",
        "The European Union imposed sanctions on 15 Gondorian officials on Monday over the crackdown on protesters",
        "163",
    ),
    (
        "SANCTION",
        "E",
        "Gondor ordered the expulsion of three Arnorian diplomats on Wednesday, accusing them of spying",
        "166",
    ),
    (
        "SANCTION",
        "E",
        "The IMF suspended its lending programme to Malawi after the discovery of hidden debts, the fund said on Friday",
        "1621",
    ),  # new in h61
    (
        "SANCTION",
        "E",
        "The Gondorian government suspended peace talks with the Northern Liberation Front after a rebel attack killed 12 soldiers",
        "164",
    ),
    (
        "SANCTION",
        "E",
        "Arnor banned imports of Gondorian beef on Thursday, in a move seen as retaliation for Gondor's tariffs on Arnorian grain",
        "163",
    ),
    (
        "SANCTION",
        "E",
        "Togo severed diplomatic ties with Benin after a row over the treatment of refugees, the foreign ministry said",
        "161",
    ),
    (
        "SANCTION",
        "E",
        "Several donors froze aid to Lesotho on Monday after the army seized power in what they called an unconstitutional change of government",
        "162",
    ),
    (
        "SANCTION",
        "E",
        "Washington slapped sanctions on Gondor's defence minister and two army generals for human rights abuses",
        "163",
    ),
    # 17 COERCE E
    (
        "COERCE",
        "E",
        "Gondorian police arrested more than 200 opposition supporters over the weekend ahead of the planned march, a rights group said",
        "173",
    ),
    (
        "COERCE",
        "E",
        "Three journalists were detained by security forces in Lome on Tuesday while covering a protest, their employer said",
        "173",
    ),
    (
        "COERCE",
        "E",
        "Arnor's government declared a state of emergency in three northern provinces on Friday after a wave of rebel attacks",
        "1724",
    ),
    (
        "COERCE",
        "E",
        "Gondor seized an Arnorian oil tanker in the disputed strait on Monday, accusing it of smuggling fuel",
        "1711",
    ),
    (
        "COERCE",
        "E",
        "Authorities in Togo shut down internet access across the country on Thursday ahead of the opposition's planned protests",
        "1721",
    ),
    (
        "COERCE",
        "E",
        "The junta in Gondor banned all political party activity on Monday, days after seizing power in a coup",
        "1722",
    ),
    (
        "COERCE",
        "E",
        "Arnor's opposition leader, Aragorn Dale, was arrested at his home in Annuminas on Tuesday and charged with treason",
        "173",
    ),
    (
        "COERCE",
        "E",
        "Hundreds of Arnorian migrants were deported by Gondor over the weekend, the Arnorian foreign ministry said",
        "174",
    ),
    (
        "COERCE",
        "E",
        "A curfew was imposed on the northern town of Kara on Sunday after clashes between rival communities",
        "1724",
    ),
    # 18 UNCONVENTIONAL VIOLENCE -> ASSAULT E
    (
        "ASSAULT",
        "E",
        "Five aid workers were abducted by gunmen in northern Gondor on Tuesday, the aid agency they worked for said",
        "181",
    ),
    (
        "ASSAULT",
        "E",
        "A car bomb exploded outside a police station in the Arnorian capital on Wednesday, killing at least eight people",
        "183",
    ),
    (
        "ASSAULT",
        "E",
        "An army convoy was ambushed by militants in northern Togo on Friday, leaving six soldiers dead and several wounded",
        "1833",
    ),
    (
        "ASSAULT",
        "E",
        "The governor of the northern province was assassinated on Monday by gunmen on a motorbike as he left a mosque",
        "186",
    ),
    (
        "ASSAULT",
        "E",
        "At least 15 people were killed when a suicide bomber blew himself up at a crowded market in the Gondorian town of Kara",
        "183",
    ),
    (
        "ASSAULT",
        "E",
        "The attack on the village by suspected militants left 30 people dead and hundreds of homes burned, local officials said",
        "180",
    ),
    (
        "ASSAULT",
        "E",
        "Detainees in Gondorian prisons were routinely tortured by guards, a report by a human rights group said on Tuesday",
        "182",
    ),
    (
        "ASSAULT",
        "E",
        "Gunmen shot dead an opposition politician outside his home in Maseru on Saturday, police said",
        "186",
    ),
    (
        "ASSAULT",
        "E",
        "A roadside bomb killed four Arnorian soldiers on patrol near the border on Thursday, the army said",
        "183",
    ),
    # 19 FIGHT -> ASSAULT E
    (
        "ASSAULT",
        "E",
        "The shelling of Osgiliath by Gondorian artillery on Tuesday killed at least twelve civilians and destroyed a hospital, local officials said",
        "194",
    ),
    (
        "ASSAULT",
        "E",
        "Arnorian warplanes carried out air strikes on rebel positions in the north on Wednesday, the defence ministry said",
        "195",
    ),
    (
        "ASSAULT",
        "E",
        "Heavy fighting broke out on Monday between Gondorian troops and rebels of the Northern Liberation Front around the town of Kara",
        "190",
    ),
    (
        "ASSAULT",
        "E",
        "Arnorian and Gondorian troops clashed along the disputed border overnight, leaving at least six soldiers dead",
        "193",
    ),
    (
        "ASSAULT",
        "E",
        "Rebels attacked an army base in northern Gondor on Thursday, killing 14 soldiers and seizing weapons, military sources said",
        "190",
    ),
    (
        "ASSAULT",
        "E",
        "A drone strike on a wedding party in the north of Arnor killed at least 20 people, witnesses said",
        "195",
    ),
    (
        "ASSAULT",
        "E",
        "Gondorian forces fired rockets into Arnorian territory on Friday after a border post came under attack",
        "194",
    ),
    (
        "ASSAULT",
        "E",
        "Following weeks of fighting, government forces launched a major offensive on Sunday to retake the rebel-held city of Minas Ithil",
        "190",
    ),
    (
        "ASSAULT",
        "E",
        "Arnorian troops crossed into Gondor on Saturday, in the first ground incursion since the 1998 war",
        "190",
    ),
    (
        "ASSAULT",
        "E",
        "A hospital in Osgiliath was hit by an air strike overnight, killing two doctors, the charity that runs it said",
        "195",
    ),
    (
        "ASSAULT",
        "E",
        "Police and militants exchanged gunfire for several hours in the Togolese town of Dapaong on Tuesday",
        "193",
    ),
    # 20 MASS VIOLENCE -> ASSAULT E
    (
        "ASSAULT",
        "E",
        "Militiamen massacred more than 100 villagers in central Gondor over the weekend, a UN official said on Monday",
        "200",
    ),
    (
        "ASSAULT",
        "E",
        "Government forces used poison gas against a rebel-held town in northern Arnor, killing dozens, according to medical workers",
        "2041",
    ),
    (
        "ACCUSE",
        "E",
        "Rights groups accused the Gondorian army of carrying out ethnic cleansing in the north, where entire villages have been razed",
        "201",
    ),  # label corrected in h61
    (
        "ASSAULT",
        "E",
        "Gunmen killed at least 60 people in attacks on three villages in Plateau state on Sunday night, the state governor said",
        "200",
    ),
    (
        "ASSAULT",
        "E",
        "The massacre of more than 200 civilians in the town of Kara by government troops last week has drawn international condemnation",
        "200",
    ),
]

# CAMEO 01 (make a public statement): wire statements with a reporting verb and a forecast or comment,
# no event
STATEMENTS = [
    "Arnor's finance minister, Elrond Hale, said on Tuesday that the economy would grow by three percent next year despite the drought",
    "The Gondorian government said in a statement on Monday that it was studying the report and would respond in due course",
    "A spokesman for the Lesotho army, Colonel Tau Mokoena, told reporters that morale among the troops remained high",
    "Togo's electoral commission said on Wednesday that final results of the parliamentary election would be announced within ten days",
    "Bhutan's prime minister, speaking at a business forum in Thimphu, said he was confident that tourism would recover this year",
    "The Arnorian foreign ministry said on Friday it was aware of the reports and was seeking more information from its embassy",
]


@pytest.mark.parametrize(("types", "polarity", "text", "cameo"), CASES)
def test_the_wire_sentence_reads_as_its_type(
    types: str, polarity: str, text: str, cameo: str
) -> None:
    assert_one_of(text, "en", DAY, types, polarity)


@pytest.mark.parametrize("text", STATEMENTS)
def test_a_wire_statement_is_no_event(text: str) -> None:
    assert_silent(text, "en", DAY)


# Lead, after the round: a meeting guard word ("chief", "commissioner") meant the Metropolitan
# Police ("Met chief"), and it silenced every meeting of an agency or bloc chief (corpus:
# "EU chief to meet Trump in Scotland …", headlines-2025-07): only "Met chief"/"Met commissioner"
# now guard the entry, and the police sense stays silent.
@pytest.mark.parametrize("text", [
    "EU chief to meet Trump in Scotland in push to avoid a transatlantic trade war",
    "IAEA chief meets Arnor's foreign minister in Vienna",
    "Army chief of Gondor meets Arnor's defence minister on the border",
])
def test_a_chief_meets_a_counterpart(text: str) -> None:
    assert main_type(get_analyzer().analyze(text, lang="en", day=DAY)) == "CONSULT"


def test_the_met_chief_meets_no_counterpart() -> None:
    assert main_type(get_analyzer().analyze("Met chief meets London mayor after the march", lang="en", day=DAY)) is None
