"""English leftovers inventory (issue 8, round h90): the gaps the lede rounds h79 and h85 left "still
misread" — police firing tear gas or water cannon at a crowd, bans from a named state's airspace,
soldiers who "left" a region, demands that a state pay compensation, a negated "carry out the attack",
and readiness to retake a named place by force.

51 English wire sentences were written with their expected main type and polarity (DRAFT.txt of the
round) before the analyser read any of them, about seven per gap and nine counter-cases, about half
with invented actors (Arnor, Gondor, Rohan, Mordor, Osgiliath); none comes from a gold set or the
corpus. The analyser at the round's base commit read 19 right against the draft labels; the round's
code reads 43 (24 more, none lost). This file keeps 41 of them (two read the right main type but
count a polarity the draft did not expect, see the note); a trailing "new in h90" marks those the
base code misread. The 8 still misread and the two left out are listed with a reason in the round note (ROUND-NOTE.md).

Capabilities added:
- en.coercion.riot_control (CAMEO 175): police, troops or security forces firing or using tear gas or
  water cannon ("fired tear gas and water cannon at protesters", "turned water cannon on
  demonstrators") is the state's repression, COERCE first (as arresting protesters, pv-en-2416); the
  firing verb is in the pattern, so the longest match beats en.protest.riot's bare "tear gas", which
  stays the crowd's unrest ("protesters ... who responded with tear gas");
- en.sanction.airspace_ban_verb: a passive or "all" ban verb with "airspace" a few words on ("was
  banned from Arnorian airspace", "banned all Gondorian aircraft from its airspace");
  en.sanction.airspace_ban: "from its / their airspace" near an airline or aircraft word;
- en.withdrawal.forces_left: "soldiers / troops / forces left" with the place left near ("left the
  disputed region", "left Arnorian territory"); remaining senses ("left behind", "few troops left",
  "left for the front") stay out;
- en.demand.demand_payment: "pay compensation / reparations", "compensate" near a demand verb ("demanded
  that Gondor pay compensation for damage caused by the shelling"): en.demand.demand drops "demanded
  that" near "pay" (wage demands), so the demand was lost and the shelling led;
- modality.toml: a negated "carry out" / "launch" / "conduct" reaches four tokens on ("had not carried
  out the attack", "did not carry out the drone attack"), which the next:3 of "not" missed;
- en.coercion.capture_territory: "by force", "by military means", "militarily" count as the place word
  ("ready to retake Osgiliath by force" reads as a threat of taking ground).

Labels: as tests/gold/README.md — police dispersing or firing on protesters is COERCE (CAMEO 175, as
arrests at a protest, pv-en-2416); a ban on a state's aircraft is SANCTION (CAMEO 16, h75); a negated
attack is no event; a readiness to take ground is THREATEN. Polarity: E escalation, D de-escalation,
None: main type "-" (no event, silent).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.readings import assert_one_of

DAY = date(2026, 3, 2)

LEFTOVERS = [
    ('COERCE', 'E',
     'Police in Gondor fired tear gas and water cannon at thousands of protesters who marched on the parliament in Minas Tirith on Saturday.'),  # new in h90
    ('COERCE', 'E',
     'Arnorian riot police used tear gas to disperse hundreds of students demonstrating against tuition fees in Annuminas, witnesses said.'),  # new in h90
    ('COERCE', 'E',
     'Security forces in Togo fired tear gas at opposition supporters gathered in Lome on Thursday, a Reuters witness said.'),  # new in h90
    ('COERCE', 'E',
     'Gondorian police turned water cannon on demonstrators outside the Arnorian embassy, injuring at least a dozen people.'),  # new in h90
    ('COERCE', 'E',
     'Riot police in Malawi fired tear gas and rubber bullets at striking teachers in Lilongwe on Monday.'),  # new in h90
    ('COERCE', 'E',
     "Police in Rohan dispersed protesters with tear gas after they tried to storm the governor's office."),
    ('SANCTION', 'E',
     "Gondor's state airline was banned from Arnorian airspace on Monday after a diplomatic row over a detained pilot."),  # new in h90
    ('SANCTION', 'E',
     'Arnor banned all Gondorian aircraft from its airspace, the transport ministry said on Tuesday.'),  # new in h90
    ('SANCTION', 'E',
     'Belarusian carriers have been banned from European Union airspace since 2021.'),  # new in h90
    ('SANCTION', 'E',
     'Pakistan closed its airspace to Indian airlines on Thursday in retaliation for the suspension of a water treaty.'),
    ('SANCTION', 'E',
     "Gondorian aircraft were banned from Arnor's airspace as relations between the neighbours deteriorated."),  # new in h90
    ('RETREAT', 'D',
     'About 3,000 Gondorian soldiers left the disputed region of Ithilien on Friday under a deal brokered by Rohan.'),  # new in h90
    ('RETREAT', 'D',
     'Arnorian troops pulled out of the border town of Osgiliath overnight, the defence ministry said.'),
    ('RETREAT', 'D',
     'Rwanda-backed fighters pulled out of the town of Uvira on Wednesday, residents said.'),
    ('RETREAT', 'D',
     'The last Gondorian soldiers left Arnorian territory on Sunday, ending a three-month occupation.'),  # new in h90
    ('RETREAT', 'D',
     'Russian troops pulled back from positions around the city, the Ukrainian military said.'),
    ('RETREAT', 'D',
     "Mordor's forces withdrew from the eastern bank of the river after weeks of fighting, Gondor said."),
    ('REQUEST', 'E',
     'Arnor demanded that Gondor pay compensation for damage caused by the shelling of border villages.'),  # new in h90
    ('REQUEST', 'E',
     "Rohan's foreign minister demanded that Mordor pay reparations for the destruction of its farms."),  # new in h90
    ('REQUEST', 'E',
     'Iraq demanded that Turkey pay compensation for the victims of the strike in Duhok, the foreign ministry said.'),  # new in h90
    ('REQUEST', 'E',
     'Gondor demanded compensation from Arnor for the seized fishing boats, the government spokesman said.'),
    ('REQUEST', 'E',
     'The families demanded that the government pay compensation to those killed in the crackdown.'),  # new in h90
    ('REQUEST', 'E',
     'Arnor is demanding that Gondor compensate the owners of the sunk tanker, its envoy said.'),
    ('REQUEST', 'E',
     'Algeria called on France to pay compensation for nuclear tests carried out in the Sahara.'),
    ('-', None,
     'The Northern Liberation Front said it had not carried out the attack on the bus in Osgiliath.'),  # new in h90
    ('-', None,
     'A spokesman for the group insisted it had not carried out any attack on civilians.'),  # new in h90
    ('-', None,
     'Arnor said it did not carry out the drone attack on the refinery and had no aircraft in the area.'),  # new in h90
    ('-', None,
     'The militia said in a statement it had not carried out the bombing and knew nothing about it.'),  # new in h90
    ('-', None,
     "Israel's military said it did not carry out the strike on the hospital."),  # new in h90
    ('-', None,
     'The rebels said they had not launched any attack on the town since the truce began.'),
    ('THREATEN', 'E',
     "Gondor's president warned that his troops were ready to retake Osgiliath by force if talks failed."),  # new in h90
    ('THREATEN', 'E',
     "Arnor's army chief said his forces were ready to retake Fornost by force."),  # new in h90
    ('THREATEN', 'E',
     'The Northern Liberation Front said it was prepared to recapture Pelargir by force if the government did not withdraw.'),  # new in h90
    ('THREATEN', 'E',
     "Azerbaijan's president said his country was ready to retake the region by force if negotiations failed."),
    ('THREATEN', 'E',
     'Mordor vowed to retake Ithilien by military means, its defence minister said.'),  # new in h90
    ('PROTEST', 'E',
     'Thousands of protesters marched through Minas Tirith on Saturday, chanting slogans against the government.'),
    ('PROTEST', 'E',
     'Protesters threw stones at police in Annuminas, who responded with tear gas.'),
    ('-', None,
     'Police denied firing tear gas at protesters on Saturday.'),
    ('-', None,
     'The soldiers left for the front on Friday, their families said.'),
    ('-', None,
     'The company agreed to pay compensation to the families of workers killed in the fire.'),
    ('ASSAULT', 'E',
     'The Northern Liberation Front said it had carried out the attack on the bus in Osgiliath.'),
]


@pytest.mark.parametrize(("types", "polarity", "text"), LEFTOVERS)
def test_leftovers_sentence(types: str, polarity: str | None, text: str) -> None:
    assert_one_of(text, "en", DAY, types, polarity)
