"""English lede-sentence inventory (issue 8, round h54): long wire ledes, not headlines.

The public event-coding gold standards code sentences from news articles: 20-45 words with the subject
far from its verb. This file reads invented wire-style ledes of all 16 PLOVER types (about twelve
each), about half with fictitious or little-covered actors (Arnor, Gondor, Rohan, Mordor, Lesotho,
Togo, an invented Northern Liberation Front and Eastern Front), in the shapes real ledes take: a day
or place phrase between the verb and its complement ("vowed on Sunday to avenge"), appositions and
titles between subject and verb, relative clauses on the subject ("the militia, which has controlled
the port since 2019, seized ..."), reporting clauses at the end ("..., the ministry said in a
statement"), passives with far agents, a main event with its background ("..., days after ...",
"Ten years after ..."), counts and quoted speech. The main clause decides (methodology §12.1, §12.3,
tests/gold/README.md): background, reactions and dated events are no new act.

195 sentences were written, with their expected main type and polarity, before the analyser read
any of them (none taken from a gold set or the corpus). The analyser at cfc39ef read 132 right; the
code of this round reads 147 right (15 more, none lost). This file keeps the 147; a trailing
"new in h54" marks the 15 the old code misread. The 48 still misread are listed with a reason in the
round note (ROUND-NOTE.md), not here.

Capabilities added (monitor/analysis/analyzer.py, seeds/lexicon/signals-en.toml, composition-en.toml):
- an English day phrase "(late|early) on <Weekday> (morning|evening ...)" is left out of the token
  stream, so phrases, rule windows and cue scopes read across it ("vowed on Sunday to avenge",
  "designate ... a terrorist organisation"); a headline's "Call on Friday" is no appeal;
- an old year dates only the events it governs: not after "since" in its clause ("has controlled
  the port since 2019", "the largest call-up since the end of the war in 2009"), and not, outside
  it, from a relative clause ("Arnor's junta, which seized power in 2023, on Monday allowed ...");
- a lede's time anchor months or years back ("Ten years after the front seized the port, ...") is
  background (a composition cue, scope next:6);
- an attributive "besieged / encircled" before a place noun ("the besieged town of Linhir") and
  "occupied villages / province ..." describe a place, no blockade or occupation of the day;
- reach for long ledes: a UN-style "high commissioner" or nuncio summoned (en.accusation.summon_diplomat),
  a terrorist designation with the group's full name between verb and noun (en.sanction.terror_label,
  window 7), lending halted with "new"/"all" in between (en.sanction.cut_aid), artillery that
  pounds (en.attack.strike_generic near words); "negotiators" are people, no talks
  (en.talks.negotiations); fighters at a rally or a disarmament ceremony are no fight
  (en.attack.fighters, window 6); "to combat cattle theft, piracy, poaching" is no fight.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.readings import assert_one_of, assert_silent

DAY = date(2026, 3, 2)

# (accepted main types "A|B", polarity, sentence). Types "-": no counted signal (assert_silent).
# Polarity: E escalation, D de-escalation, N de-escalation or none (contact between parties not
# known to be at odds, §12.4), None: the main type alone is checked (two events of both sides).
LEDES = [
    # --- REQUEST ---------------------------------------------------------------------------------
    ("REQUEST", "D",
     "The United Nations Secretary-General, Antonio Guterres, on Tuesday urged the Gondorian army and the rebels of the Northern Liberation Front to agree an immediate ceasefire in the besieged city of Osgiliath, his spokesman said."),  # new in h54
    ("REQUEST", "E",
     "Arnor's foreign minister, Elda Varn, who is on a tour of the region, demanded on Monday that Gondor hand over the two pilots it detained last week, calling their arrest an act of piracy."),
    ("REQUEST", "D",
     "Pope Leo called on Sunday for the release of all hostages held by the Eastern Front rebels in Rohan, telling pilgrims in St Peter's Square that the families had waited too long."),
    ("REQUEST", "E",
     "Gondor's parliament passed a resolution on Wednesday calling on the government to expel Arnor's ambassador over the killing of three border guards, the speaker's office said."),
    ("REQUEST", "E",
     "Rohan's president, Theo Marl, on Saturday demanded compensation from Mordor for the sinking of a fishing trawler off the disputed islands, saying his patience was running out."),
    ("REQUEST", "D",
     "The International Committee of the Red Cross, whose teams have been barred from the region for months, urged the warring sides in eastern Gondor on Monday to allow safe passage for civilians fleeing the fighting."),
    ("REQUEST", None,
     "'We ask both sides to exercise maximum restraint,' the African Union's chairperson said on Tuesday, after clashes between Arnorian and Gondorian troops along their shared border left at least nine dead."),
    # --- ACCUSE ----------------------------------------------------------------------------------
    ("ACCUSE", "E",
     "Gondor's defence ministry on Tuesday accused the Arnorian air force of violating its airspace at least 14 times in the past week, calling the flights a deliberate provocation."),
    ("ACCUSE", "E",
     "The foreign ministry in Maseru, the capital of Lesotho, summoned South Africa's high commissioner on Monday to protest against what it called the mistreatment of Basotho migrant workers, a spokesman said."),  # new in h54
    ("ACCUSE", "E",
     "Rohan condemned on Wednesday an attack on its embassy in Minas Tirith, in which a security guard was wounded, and demanded that Gondor find and punish those responsible."),
    ("ACCUSE", "E",
     "Togo's government blamed jihadist fighters crossing from Burkina Faso for an ambush that killed 12 soldiers in the northern Savanes region, a statement read on state television said late on Sunday."),
    ("ACCUSE", "E",
     "UN human rights investigators said in a report published on Thursday that the Eastern Front militia, which has controlled the mining town of Dol Amroth since 2021, had committed war crimes, including summary executions."),  # new in h54
    ("ACCUSE", "E",
     "Mordor's envoy to the United Nations, Karsh Dun, accused Rohan on Monday of arming separatist groups in the south, an allegation Rohan's mission immediately denied as baseless."),
    ("ACCUSE", "E",
     "The European Union on Friday criticised the Georgian authorities over the arrest of opposition leaders, saying the detentions, which came days after disputed elections, were a serious setback for democracy."),
    ("ACCUSE", "E",
     "Arnor lodged a formal complaint with the UN Security Council on Tuesday over Gondorian troop movements near the border, its foreign ministry said, describing them as a threat to regional peace."),
    ("ACCUSE", "E",
     "'This is a flagrant violation of our sovereignty,' Rohan's prime minister, Halen Ost, told reporters in the capital on Saturday, a day after Mordorian drones were seen over the northern city of Edoras."),
    ("ACCUSE", "E",
     "Lesotho's opposition leader, who fled the country last month, on Sunday denounced the government's decision to postpone the elections as an attempt to cling to power, in a video posted on social media."),
    ("ACCUSE", "E",
     "The Gondorian government has filed a case at the International Court of Justice accusing Arnor of genocide in the disputed province of Anorien, the court said in a statement on Wednesday."),
    ("ACCUSE", "E",
     "China sharply rebuked the Philippines on Thursday after a Philippine coast guard vessel sailed near a disputed shoal, with a foreign ministry spokesman saying Manila was stirring up trouble."),
    # --- REJECT ----------------------------------------------------------------------------------
    ("REJECT", "E",
     "Mordor on Wednesday vetoed a draft Security Council resolution that would have demanded a halt to the fighting in Rohan, the third such veto since the conflict began in January."),
    ("REJECT", "E",
     "The military authorities in Togo have refused to allow a team of UN investigators into the north of the country, where dozens of civilians were reportedly killed last month, diplomats said on Thursday."),
    ("REJECT", "E",
     "Gondor's foreign ministry dismissed on Tuesday accusations by Arnor that its forces had shelled border villages, calling them 'baseless lies' designed to distract from Arnor's own crimes."),
    ("REJECT", "E",
     "The junta in Bamako has turned down an offer from the West African bloc to send observers, the bloc's commission said in a statement on Monday, citing what it called Mali's lack of cooperation."),
    ("REJECT", "E",
     "Rohan's government said on Saturday it would not accept any deal that allowed Mordorian troops to stay on its territory, a day after the two sides ended a fourth round of talks in Geneva without agreement."),
    ("REJECT", "E",
     "Iran's supreme leader, in a speech to military commanders on Wednesday, rejected calls for new negotiations with the United States, saying talks with Washington would not solve any of the country's problems."),
    ("REJECT", "E",
     "Gondor has blocked Arnor's bid to join the regional trade bloc, its envoy said on Thursday, in a move that officials in Arnor said would deepen the rift between the two neighbours."),
    # --- THREATEN --------------------------------------------------------------------------------
    ("THREATEN", "E",
     "Arnor's defence minister, Tal Orrin, warned on Wednesday that his country would strike rebel bases inside Gondor if cross-border raids continued, in the sharpest threat yet in the long-running dispute."),
    ("THREATEN", "E",
     "Mordor has threatened to cut off gas supplies to Rohan unless it pays debts of $2 billion by the end of the month, the state energy company said in a statement late on Tuesday."),
    ("THREATEN", "E",
     "The Eastern Front, an armed group that controls much of the mountainous north, vowed on Sunday to avenge the killing of its leader, whose convoy was hit by a drone near the town of Dol Amroth on Friday."),  # new in h54
    ("THREATEN", "E",
     "The United States threatened on Thursday to impose sanctions on Togolese officials involved in the crackdown on protesters, a State Department spokesman told reporters in Washington."),
    ("THREATEN", "E",
     "North Korea warned on Saturday that it would take 'overwhelming' military action if South Korea and the United States went ahead with joint drills planned for next month, the state news agency KCNA said."),
    ("THREATEN", "E",
     "Rohan's president said on Tuesday his government could sever diplomatic relations with Mordor if the detained journalists were not freed within a week, according to a transcript of his remarks."),
    ("THREATEN", "E",
     "The leader of the Northern Liberation Front, speaking in a video released on Wednesday, threatened to attack oil installations across Arnor if the government did not release the movement's jailed members."),
    ("THREATEN", "E",
     "Pakistan's defence minister said on Sunday that Islamabad would respond forcefully to any Indian military action, hours after New Delhi blamed Pakistan-based militants for a deadly attack in Kashmir."),
    ("THREATEN", "E",
     "Mordor is prepared to use all available means to defend its borders, including nuclear weapons, the country's security council secretary, Vask Ulgar, told a newspaper in an interview published on Thursday."),
    # --- PROTEST ---------------------------------------------------------------------------------
    ("PROTEST", "E",
     "Thousands of people took to the streets of Maseru, the capital of Lesotho, on Saturday to protest against the postponement of elections, chanting slogans against the prime minister, witnesses said."),
    ("PROTEST", "E",
     "Dock workers in Pelargir, Gondor's largest port, went on strike on Monday to protest against the government's plan to sell the port to an Arnorian company, halting all cargo traffic, union officials said."),
    ("PROTEST", "E",
     "Protesters angry over the killing of a teenager by police set fire to tyres and blocked main roads in Lome on Wednesday, the third day of demonstrations in the Togolese capital, residents said."),
    ("PROTEST", "E",
     "Opposition supporters in Tbilisi staged a sit-in outside the parliament building late on Sunday, vowing to stay until the government agreed to hold fresh elections, organisers said."),
    ("PROTEST", "E",
     "Dozens of Arnorian activists rallied outside Gondor's embassy on Friday, burning Gondorian flags and shouting slogans against what they called the occupation of the Anorien province."),
    ("PROTEST", "E",
     "Rohan's main opposition party said on Thursday it would boycott next month's parliamentary elections, accusing the ruling party of rigging the voter rolls, in a move that deepens the political crisis."),
    ("PROTEST", "E",
     "Tens of thousands of people demonstrated in Belgrade on Saturday against corruption, in one of the largest protests in Serbia in decades, after the collapse of a railway station canopy killed 16 people."),
    ("PROTEST", "E",
     "Farmers from across the south drove hundreds of tractors into the centre of Edoras on Wednesday, blocking traffic for hours in protest against cheap grain imports from Mordor, police said."),
    ("PROTEST", "E",
     "Mourners at the funeral of the slain opposition leader in Lome turned the procession into an anti-government demonstration on Tuesday, chanting 'Justice!' as riot police looked on."),
    # --- SANCTION --------------------------------------------------------------------------------
    ("SANCTION", "E",
     "The European Union on Monday imposed sanctions on 12 Mordorian officials, including the interior minister, over the violent crackdown on protesters in the capital, according to a decision published in the bloc's official journal."),
    ("SANCTION", "E",
     "Arnor has expelled four Gondorian diplomats, including the deputy ambassador, in retaliation for the expulsion of Arnorian envoys from Minas Tirith last week, the foreign ministry said on Tuesday."),
    ("SANCTION", "E",
     "Rohan recalled its ambassador to Mordor for consultations on Thursday after the Mordorian navy detained a Rohirric cargo ship in international waters, a government spokeswoman said."),
    ("SANCTION", "E",
     "Gondor severed diplomatic ties with Arnor on Saturday, closing its embassy in Annuminas and giving Arnorian diplomats 72 hours to leave, in a sharp escalation of the months-long border dispute."),
    ("SANCTION", "E",
     "The United States Treasury on Wednesday froze the assets of three Togo-based companies it said had helped finance a jihadist group in the Sahel, in a statement announcing the measures."),
    ("SANCTION", "E",
     "Mordor banned imports of Rohirric wine and cheese on Friday, citing safety concerns, a move that officials in Edoras described as retaliation for Rohan's support of the sanctions."),
    ("SANCTION", "E",
     "Lesotho's government has suspended all military cooperation with South Africa, the defence ministry said on Monday, days after South African troops were accused of crossing the border in pursuit of cattle rustlers."),
    ("SANCTION", "E",
     "The World Bank on Tuesday halted new lending to Uganda over a law that targets gay people, saying the legislation contradicted its values, the bank said in a statement."),  # new in h54
    ("SANCTION", "E",
     "Gondor's parliament voted on Thursday to designate the Northern Liberation Front a terrorist organisation, a step that allows the authorities to seize the group's assets and prosecute its supporters."),  # new in h54
    ("SANCTION", "E",
     "Britain and Canada on Monday announced a new round of sanctions against Russian oil tankers, targeting dozens of vessels of the so-called shadow fleet, in a joint statement."),
    ("SANCTION", "E",
     "Arnor downgraded its relations with Rohan to the level of charge d'affaires on Wednesday, two days after Rohan recognised the breakaway region of Anorien as an independent state."),
    ("SANCTION", "E",
     "The Mordorian authorities have imposed an arms embargo on Gondor and suspended all defence contracts, a senior official told reporters in the capital on Sunday, without giving further details."),
    # --- MOBILIZE --------------------------------------------------------------------------------
    ("MOBILIZE", "E",
     "Gondor has deployed thousands of troops and dozens of tanks to its northern border with Arnor, satellite images published on Tuesday showed, raising fears of a new war between the two rivals."),
    ("MOBILIZE", "E",
     "Arnor's president ordered a partial mobilisation of reservists late on Sunday, hours after Gondorian artillery shelled a border village, the presidential office said in a statement."),
    ("MOBILIZE", "E",
     "Mordor placed its armed forces on high alert on Friday and cancelled all leave for officers, state media reported, as tensions with Rohan rose over the disputed islands."),
    ("MOBILIZE", "E",
     "The United States is sending a second aircraft carrier to the eastern Mediterranean, two defence officials told Reuters on Thursday, in a show of force aimed at deterring a wider regional war."),
    ("MOBILIZE", "E",
     "Rohan's army began large-scale military exercises near the Mordorian border on Monday, involving some 20,000 troops, warplanes and artillery units, the defence ministry said."),
    ("MOBILIZE", "E",
     "North Korea test-fired a new intercontinental ballistic missile on Wednesday, which flew for more than 70 minutes before landing in the sea, Japan's defence ministry said."),
    ("MOBILIZE", "E",
     "Gondor's defence ministry said on Tuesday it had reinforced its garrisons along the river with additional artillery batteries and air defence systems, citing what it called a growing threat from Arnor."),
    ("MOBILIZE", "E",
     "Arnorian warships, accompanied by two submarines, have taken up positions off the coast of the disputed island of Tolfalas, a navy spokesman said on Friday, describing the move as routine."),
    ("MOBILIZE", "E",
     "Rohan called up 30,000 reservists on Wednesday, the largest call-up since the end of the war in 2009, as Mordorian forces continued to gather on the other side of the border, the army said."),  # new in h54
    ("MOBILIZE|COERCE", "E",
     "Lesotho's prime minister imposed a nationwide curfew and deployed soldiers to the streets of Maseru late on Thursday, hours after gunmen attacked the home of the deputy defence minister."),
    # --- COERCE ----------------------------------------------------------------------------------
    ("COERCE", "E",
     "Police in Lome arrested at least 40 opposition supporters on Tuesday, including two members of parliament, as they gathered for a banned rally, a spokesman for the opposition coalition said."),
    ("COERCE", "E",
     "Gondorian security forces detained a prominent Arnorian journalist, Mira Telen, at the airport in Minas Tirith on Sunday and seized her laptop and phones, her employer said in a statement."),
    ("COERCE", "E",
     "The militia, which has controlled the port since 2019, seized two foreign-flagged tankers off the coast of Pelargir on Wednesday, saying they had entered its waters without permission."),  # new in h54
    ("COERCE", "E",
     "Mordor has deported more than 3,000 Rohirric migrants in the past month, many of them after police raids on their homes, the United Nations refugee agency said in a report released on Friday."),
    ("COERCE", "E",
     "Arnor's government shut down the internet across the country on Monday, hours before the opposition had called for mass protests, the monitoring group NetBlocks said."),
    ("COERCE", "E",
     "A court in Edoras on Wednesday sentenced the opposition leader, Gerin Odda, who was arrested in January, to 12 years in prison on charges of plotting a coup, his lawyers said."),
    ("COERCE", "E",
     "Gondorian forces have imposed a blockade on the rebel-held town of Linhir, preventing food and medicine from entering for more than three weeks, aid agencies said on Tuesday."),
    ("COERCE", "E",
     "Authorities in Togo have banned all public demonstrations for two months, citing security concerns after last week's deadly clashes between protesters and police, the interior ministry said late on Friday."),
    ("COERCE", "E",
     "Israeli troops demolished the homes of four Palestinians accused of carrying out attacks in the occupied West Bank on Thursday, the army said, in a policy that rights groups call collective punishment."),
    ("COERCE", "E",
     "Arnorian soldiers raided the offices of an independent newspaper in the capital, Annuminas, late on Monday, confiscating computers and arresting three editors, the paper's owner said."),
    ("ASSAULT|COERCE", "E",
     "The Eastern Front rebels abducted 17 aid workers, among them three foreigners, on the road between Dol Amroth and the border on Saturday, a UN official said on condition of anonymity."),
    # --- ASSAULT ---------------------------------------------------------------------------------
    ("ASSAULT", "E",
     "Three soldiers were killed and five wounded when their convoy was ambushed by fighters of the Northern Liberation Front near the town of Aldburg on Tuesday, the Gondorian army said in a statement."),
    ("ASSAULT", "E",
     "Arnorian warplanes struck what the military described as weapons depots on the outskirts of Osgiliath late on Monday, killing at least 11 people, according to local health officials."),
    ("ASSAULT", "E",
     "A suicide bomber blew himself up at a crowded market in the northern Togolese town of Dapaong on Friday, killing at least 20 people and wounding dozens more, a security source said."),
    ("ASSAULT", "E",
     "Mordorian artillery pounded the outskirts of Edoras for a third consecutive night, setting several buildings ablaze and cutting power to tens of thousands of homes, Rohan's emergency services said on Sunday."),  # new in h54
    ("ASSAULT", "E",
     "Gunmen on motorcycles opened fire on worshippers leaving a mosque in the Nigerian state of Zamfara on Friday evening, killing 14 people, police said, in the latest attack in the troubled northwest."),
    ("ASSAULT", "E",
     "'They came at dawn and burned everything,' a survivor told Reuters, after fighters of the Eastern Front stormed the village of Ethring on Wednesday, killing dozens of civilians and torching homes."),
    ("ASSAULT", "E",
     "Russian drones and missiles hit energy facilities in several Ukrainian regions overnight, Ukraine's air force said on Saturday, adding that air defences had shot down 48 of the 60 drones launched."),
    ("ASSAULT", "E",
     "The governor of Lamedon province, who had survived two previous attempts on his life, was shot dead on Thursday by unidentified gunmen as he left his home in the provincial capital, Calembel, police said."),
    ("ASSAULT", "E",
     "Gondorian troops backed by tanks launched a ground offensive against rebel positions in the Anorien hills at dawn on Monday, a military spokesman said, in a bid to retake territory lost last year."),
    ("ASSAULT", "E",
     "At least seven people were killed on Wednesday when a car bomb exploded near a police station in the centre of Minas Tirith, the interior ministry said, blaming the Northern Liberation Front."),
    ("ASSAULT", "E",
     "Clashes between Arnorian and Gondorian border guards, which erupted late on Saturday over a disputed water source, left four dead on each side, officials from both countries said."),
    ("ASSAULT", "E",
     "A Houthi missile struck a Greek-owned bulk carrier in the Red Sea on Tuesday, setting it on fire and forcing its crew to abandon ship, the British maritime agency UKMTO said."),
    # --- AGREE -----------------------------------------------------------------------------------
    ("AGREE|RETREAT", "D",
     "Arnor and Gondor agreed on Tuesday to a ceasefire along their disputed border, following three days of talks hosted by Lesotho's foreign minister in Maseru, the mediators said in a joint statement."),
    ("AGREE", "D",
     "Rohan has accepted a proposal by the African Union to send a team of observers to monitor the withdrawal of troops from the disputed islands, the foreign ministry said in a statement on Friday."),
    ("AGREE", "D",
     "Negotiators for the Gondorian government and the Northern Liberation Front reached a deal late on Wednesday on an exchange of prisoners, a spokesman for the Lesotho-led mediation said."),  # new in h54
    ("AGREE", "D",
     "The two warring factions in Lesotho's army agreed on Monday to return to their barracks and hand over heavy weapons to a regional peacekeeping force, the Southern African bloc said."),
    ("AGREE|RETREAT", "D",
     "Israel and Hamas have agreed to extend the truce in Gaza by two days, Qatar's foreign ministry spokesman said on Monday, allowing the release of more hostages and Palestinian prisoners."),
    ("AGREE", "D",
     "Armenia and Azerbaijan have agreed on the text of a peace treaty, the Armenian foreign ministry said on Thursday, in a major step towards ending nearly four decades of conflict between the neighbours."),
    ("AGREE", "D",
     "'We have accepted the mediators' offer,' the spokesman for the Eastern Front, Dal Hurn, said on Tuesday, confirming that the rebels would attend peace talks with the government in Maseru next week."),
    # --- CONSULT ---------------------------------------------------------------------------------
    ("CONSULT", "N",
     "Arnor's foreign minister, Elda Varn, met her Gondorian counterpart on the sidelines of a regional summit in Maseru on Monday, the first meeting between the two since the border clashes in March."),
    ("CONSULT", "N",
     "Delegations from the Gondorian government and the Northern Liberation Front held a second day of indirect talks in Lesotho on Wednesday, with mediators shuttling between the two hotels, a source close to the talks said."),
    ("CONSULT", "N",
     "Togo's president, Faure Gnassingbe, arrived in Accra on Thursday for a two-day state visit, his first to Ghana since taking office under the new constitution, the presidency said."),
    ("CONSULT", "N",
     "Rohan's prime minister spoke by telephone with the Mordorian president late on Sunday, the two leaders' first conversation in more than a year, according to a statement from his office."),
    ("CONSULT", "D",
     "Russian and Ukrainian delegations met in Istanbul on Friday for their first direct peace talks in three years, with Turkey's foreign minister opening the session, officials said."),
    ("CONSULT|AGREE", "N",
     "Lesotho has offered to host talks between Arnor and Gondor on their border dispute, its foreign ministry said on Saturday, adding that both governments had welcomed the initiative."),
    ("CONSULT|AGREE", "N",
     "The Gondorian defence minister, Arvel Dorn, who took office last month, will travel to Annuminas next week for talks with Arnorian officials on border security, his ministry said on Tuesday."),
    ("CONSULT", "D",
     "Qatar's prime minister, who has been mediating between Israel and Hamas, held talks with a Hamas delegation in Doha on Monday on a new hostage deal, a diplomat briefed on the meeting said."),
    ("CONSULT", "N",
     "The envoy of the United Nations for Rohan, Saren Lind, met rebel leaders in the mountain town of Dunharrow on Thursday to discuss humanitarian access, the UN mission said in a statement."),
    ("CONSULT", "N",
     "Arnor and Gondor resumed negotiations on the demarcation of their border on Tuesday after a six-month pause, the foreign ministries of both countries said in a joint statement."),
    ("CONSULT", "N",
     "Mordor's foreign minister hosted his Rohirric counterpart in the capital on Wednesday for talks aimed at easing tensions over the disputed islands, state media said."),
    # --- SUPPORT ---------------------------------------------------------------------------------
    ("SUPPORT", "N",
     "Arnor's president on Monday praised Lesotho's role in brokering the ceasefire with Gondor, calling the small kingdom 'a true friend of peace' in a speech to parliament."),
    ("SUPPORT", "N",
     "Gondor formally recognised the independence of the breakaway region of Anorien on Wednesday, a decision that its foreign minister said reflected 'the will of the people'."),
    ("SUPPORT", "N",
     "The European Union on Thursday expressed its full support for the mediation efforts of the African Union in Rohan, a spokesman for the bloc's foreign policy chief said in Brussels."),
    ("SUPPORT|AGREE", "N",
     "The United States welcomed on Tuesday the agreement between Togo's government and the opposition to hold elections next year, describing it as an important step towards stability."),
    ("SUPPORT", "N",
     "Gondor's parliament on Monday endorsed the peace plan drawn up by mediators from Lesotho, clearing the way for its signing later this month, the speaker said."),
    ("SUPPORT|AGREE|COOPERATE", "N",
     "Arnor and Gondor signed a treaty of friendship and cooperation in the Lesotho capital on Saturday, a year after the end of the border war that killed thousands of people."),
    ("SUPPORT", "N",
     "The Indian prime minister congratulated the new Sri Lankan president on his election victory on Sunday, saying he looked forward to working closely with him, his office said."),
    ("SUPPORT", "N",
     "Rohan's president thanked Mordor on Wednesday for its help in rescuing 14 Rohirric sailors whose ship sank in a storm off the Mordorian coast, in a letter released by his office."),
    ("SUPPORT", "N",
     "The Northern Liberation Front has voiced support for a proposal by Gondor's church leaders for a national dialogue, its spokesman said in a statement issued on Thursday."),
    ("SUPPORT|CONCEDE", "N",
     "Togo's foreign minister, Robert Dussey, on Monday hailed the reopening of the border with Burkina Faso as 'a victory for good neighbourliness', according to a statement from his ministry."),
    # --- CONCEDE ---------------------------------------------------------------------------------
    ("CONCEDE", "D",
     "Mordor has reopened its border crossings with Rohan, which were closed in January after a row over fishing rights, allowing hundreds of lorries to cross on Monday, customs officials said."),
    ("CONCEDE", "D",
     "The military government in Togo on Friday lifted the curfew it had imposed on the northern region in March, saying security had improved after a series of operations against armed groups."),
    ("CONCEDE|RETREAT", "D",
     "The European Union eased sanctions on Syria on Monday, suspending restrictions on energy and transport, in a move that the bloc's foreign ministers said was intended to support the country's recovery."),
    ("CONCEDE", "D",
     "Arnor's junta, which seized power in 2023, on Monday allowed the main opposition party to resume its activities, ending a ban imposed after the coup, the party's secretary general said."),  # new in h54
    # --- COOPERATE -------------------------------------------------------------------------------
    ("COOPERATE|SUPPORT|AGREE", "N",
     "Gondor and Lesotho signed an agreement on Tuesday to share intelligence on cross-border crime and human trafficking, the two countries' interior ministers said at a news conference in Maseru."),
    ("COOPERATE", "N",
     "Arnor extradited two Gondorian nationals wanted for a bombing in Minas Tirith on Friday, the Gondorian interior ministry said, thanking Arnorian authorities for their cooperation."),
    ("COOPERATE", "N",
     "Troops from Togo and Benin launched joint patrols along their shared border on Monday to counter the spread of jihadist groups from the Sahel, the two armies said in a statement."),
    ("COOPERATE|AGREE", "N",
     "Rohan and Mordor have agreed to set up a joint commission to investigate the sinking of a fishing boat in the disputed waters last month, the two foreign ministries said on Wednesday."),
    ("COOPERATE|AGREE", "N",
     "Turkey and Iraq agreed on Tuesday to deepen security cooperation against Kurdish militants, including the exchange of intelligence, during a visit by the Turkish foreign minister to Baghdad."),
    ("COOPERATE|AGREE", "N",
     "Arnor will build a hydroelectric dam in Gondor under an economic cooperation agreement signed in Annuminas on Monday, the two governments said, in a deal worth an estimated $800 million."),
    ("COOPERATE|SUPPORT|AGREE", "N",
     "The defence ministers of Rohan and Lesotho signed a military cooperation agreement on Tuesday covering training, arms purchases and joint exercises, Rohan's defence ministry said."),
    # --- AID -------------------------------------------------------------------------------------
    ("AID", "D",
     "A convoy of 40 trucks carrying food and medical supplies reached the besieged town of Linhir on Tuesday, the first aid to enter in more than a month, the World Food Programme said."),  # new in h54
    ("AID", "D",
     "Arnor sent two planes loaded with tents, blankets and medicine to Gondor on Sunday, days after an earthquake killed more than 200 people in its northern provinces, the foreign ministry said."),
    ("AID", None,
     "The World Bank approved a $300 million loan to Togo on Thursday to support the government's efforts to improve electricity supply in rural areas, the bank said in a statement."),
    ("AID", "D",
     "Lesotho received a shipment of 20,000 tonnes of maize from China on Monday, part of an emergency food aid package to help the country cope with a severe drought, officials said."),
    ("AID|AGREE", "D",
     "Japan pledged on Tuesday to give $120 million in reconstruction aid to Rohan, where years of war have destroyed roads, schools and hospitals, a foreign ministry official in Tokyo said."),
    ("AID", "D",
     "Aid workers distributed food parcels to thousands of displaced families in northern Togo on Sunday, after armed groups drove them from their villages, the Togolese Red Cross said."),
    ("AID|CONCEDE", "D",
     "Mordor opened a humanitarian corridor on Friday to let civilians leave the encircled city of Aldburg, and more than 2,000 people crossed in the first hours, a Rohirric official said."),  # new in h54
    # --- RETREAT ---------------------------------------------------------------------------------
    ("RETREAT", "D",
     "Gondor began withdrawing its troops from the disputed border valley on Monday under the terms of the ceasefire agreed in Maseru last month, the defence ministry said."),
    ("RETREAT", "D",
     "The Northern Liberation Front freed 14 Gondorian soldiers it had held captive for more than a year, handing them over to the Red Cross in the town of Aldburg on Wednesday, the ICRC said."),
    ("RETREAT", "D",
     "Rohan and Mordor exchanged 190 prisoners of war on Tuesday in a swap mediated by the United Arab Emirates, both sides said, the largest exchange since the conflict began."),
    ("RETREAT", "D",
     "Fighters of the Eastern Front handed over their weapons to a regional peacekeeping force at a ceremony in Dol Amroth on Friday, as part of a disarmament programme agreed under the peace deal."),  # new in h54
    ("RETREAT|COOPERATE", "D",
     "Russia and Ukraine exchanged the bodies of more than 1,000 fallen soldiers on Friday, Ukraine's coordination headquarters said, in one of the few areas where the two sides still cooperate."),
    ("RETREAT", "D",
     "The last French troops left Togo on Sunday, ending a military presence that dated back to independence, after the junta ordered them out earlier this year, the French army said."),
    ("RETREAT", "D",
     "Hamas released three Israeli hostages on Saturday in exchange for 90 Palestinian prisoners, the first such swap under the ceasefire deal that took effect a week earlier."),
    ("RETREAT", "D",
     "Arnor's army announced on Wednesday that it had halted its offensive in the Anorien hills to allow mediators to travel to the area, a spokesman said, without saying how long the pause would last."),
    ("RETREAT", "D",
     "Rohan's president declared a unilateral ceasefire on Monday in the war with the Eastern Front rebels, ordering the army to halt all operations for 30 days, his office said."),
    ("RETREAT", "D",
     "Arnorian forces withdrew from the town of Tharbad late on Tuesday, handing control to a joint patrol of police from both sides, under an agreement reached by the two armies' commanders."),
    # --- no new act: commemoration, background only -----------------------------------------------
    ("-", None,
     "Residents of the Arnorian town of Bree, which was shelled by Gondorian artillery in 2019, gathered on Tuesday to commemorate the victims, lighting candles in the main square."),
    ("-", None,
     "Ten years after the Northern Liberation Front seized the port of Pelargir, the city's fishermen say they still struggle to sell their catch, according to a report by a local charity."),  # new in h54
]


@pytest.mark.parametrize(("types", "polarity", "text"), LEDES)
def test_lede_sentence(types: str, polarity: str | None, text: str) -> None:
    assert_one_of(text, "en", DAY, types, polarity)


# Readings the new rules must leave alone (their reach) and words in another sense (their guards).
GUARDS = [
    # a siege imposed is still one; the participle before a place noun only describes the place
    ("COERCE", "E", "Gondorian forces besieged the town of Linhir on Tuesday, cutting the last road into the rebel stronghold, the army said."),
    # a year in the main clause still dates its event
    ("-", None, "Arnor's army seized the port of Pelargir in 2019, a local historian said on Tuesday."),
    # a time anchor days back stays with bare "after": the news of the day is counted
    ("SANCTION", "E", "Two days after Gondorian jets struck the port, Arnor recalled its ambassador from Minas Tirith on Tuesday."),
]


@pytest.mark.parametrize(("types", "polarity", "text"), GUARDS)
def test_lede_guard(types: str, polarity: str | None, text: str) -> None:
    test_lede_sentence(types, polarity, text)


@pytest.mark.parametrize(
    "text",
    [
        "Residents of the besieged town of Linhir said on Tuesday that bread prices had tripled, according to a local radio station.",
        "Stocks rose as traders awaited a call on Friday between the two presidents, analysts said.",
        "Police in Lesotho launched a campaign on Monday to combat cattle theft in the mountain districts, a spokesman said.",
    ],
)
def test_lede_sense_guards(text: str) -> None:
    """A described place, a scheduled phone call and a campaign against crime are no events."""
    assert_silent(text, "en", DAY)
