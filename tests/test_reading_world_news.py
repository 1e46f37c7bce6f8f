"""English verb and noun families for unseen news outside the Middle East (issue 8, helper h2):
mending and strengthening ties, technology sharing, troops departing, weapons tests, overflights and
new bases, bans on a state's goods, seeking talks, more aid, political charges over speech, attacks
being prepared (the ``posture`` cue), negative contractions ("won't allow") and the plural "deny".
Read with the shipped lexicons on sentences written for this file (not taken from any gold set or
corpus item), each family once, with the sense rules that keep the same words out of other senses.
"""

from __future__ import annotations

from datetime import date

import pytest

from monitor.analysis.service import get_analyzer
from monitor.analysis.types import DE_ESCALATION, ESCALATION
from tests.readings import assert_reads

DAY = date(2026, 3, 5)

# (language, text, main PLOVER type, counted polarities or None for "not checked")
SENTENCES: list[tuple[str, str, str | None, set[str] | str | None]] = [
    # strengthening relations is cooperation; between non-adversaries it has no polarity
    ("en", "Vietnam shores up ties with India as trade grows.", "COOPERATE", set()),
    # ... but as the aim of a meeting it is a goal: the meeting leads
    ("en", "The ministers met in Hanoi to strengthen ties.", "CONSULT", set()),
    # a state sharing technology with another
    ("en", "Washington will share technology with Canberra to build new submarines.", "COOPERATE", None),
    # foreign troops leaving a country
    ("en", "The last French troops leave Mali after a decade.", "RETREAT", {DE_ESCALATION}),
    # a weapons test with words between the verb and the weapon
    ("en", "Pyongyang tested a new hypersonic missile on Tuesday.", "MOBILIZE", {ESCALATION}),
    # military aircraft flying at another state's forces
    ("en", "Chinese fighter jets buzzed a Canadian patrol aircraft over the sea.", "MOBILIZE", {ESCALATION}),
    # a new base announced
    ("en", "Moscow will build a naval base on the Sudanese coast.", "MOBILIZE", {ESCALATION}),
    # a ban on a state's goods named by the commodity
    ("en", "The bloc adopted a Russian diamond ban.", "SANCTION", {ESCALATION}),
    # seeking talks is an appeal for dialogue
    ("en", "Baku seeks talks with Yerevan on the border.", "REQUEST", {DE_ESCALATION}),
    # increasing aid
    ("en", "Berlin boosts aid to Moldova.", "AID", {DE_ESCALATION}),
    # charging a critic over a speech
    ("en", "Kazakhstan charged a satirist over a speech mocking officials.", "COERCE", {ESCALATION}),
    # an attack being prepared is a military preparation, not a verbal threat
    ("en", "The army prepares a ground invasion of the enclave.", "MOBILIZE", {ESCALATION}),
    ("en", "Officers said the brigade was readying an offensive on the port.", "MOBILIZE", {ESCALATION}),
    # ... but readiness worded as willingness stays a threat
    ("en", "The commander said his forces are ready to strike.", "THREATEN", {ESCALATION}),
    # a negative contraction keeps its negation: "won't allow" refuses
    ("en", "Hungary won't accept the new asylum rules, Orban says.", "REJECT", {ESCALATION}),
    # "deny" with a plural subject denies the act
    ("en", "Officials deny arresting the reporter.", None, set()),
]


@pytest.mark.parametrize(("lang", "text", "main", "polarities"), SENTENCES, ids=[s[1][:40] for s in SENTENCES])
def test_world_news_families(lang: str, text: str, main: str, polarities: set[str] | None) -> None:
    assert_reads(text, lang, DAY, main, polarities)


@pytest.mark.parametrize(("text", "entries"), [
    # the positive auxiliary is not the contraction: "will allow" refuses nothing
    ("Ankara will allow Stockholm to join the alliance.", {"en.rejection.will_not_allow"}),
    # 'waging war' on a wildfire is a metaphor
    ("Firefighters are waging war on the wildfire near the town.", {"en.attack.war_outbreak"}),
    # a vaccine test is no weapons test
    ("The vaccine was tested on volunteers before the missile season.", {"en.mobilisation.weapon_test"}),
    # an attack on a base is not a new base
    ("A soldier opened fire at the naval base.", {"en.mobilisation.new_base"}),
    # aid seekers killed are no aid
    ("Gunfire killed more aid seekers near the site.", {"en.aid.more_aid"}),
    # casualties are no act one prepares
    ("Hospitals prepared for mass casualties.", {"en.mobilisation.attack_preparations"}),
])
def test_world_news_sense_rules(text: str, entries: set[str]) -> None:
    r = get_analyzer().analyze(text, lang="en", day=DAY)
    got = {s.entry for s in r.signals}
    assert not entries & got, [(s.entry, s.plover_type, s.modality) for s in r.signals]
    if "prepared" in text:
        assert all(s.plover_type != "MOBILIZE" for s in r.signals)


def test_negative_contractions_key_apart_from_their_auxiliary() -> None:
    # simplemma folds "won't" into "will": the keyer keeps the contraction whole (either apostrophe)
    keyer = get_analyzer().keyer
    for contracted, positive in (("won't", "will"), ("won’t", "will"), ("can't", "can"), ("doesn't", "do")):
        assert keyer.key(contracted, "en") != keyer.key(positive, "en")
    assert keyer.key("won't", "en") == keyer.key("won’t", "en")
