"""Arabic and English verb and noun families added for generalisation (issue 8, helper HA): vows of
resolve, complicity charges split by a name, backing of efforts with the subject between, the
necessity noun of requests, circumstance clauses ("amid", «في ظل») and the abstract sense of
"threatens".  Read with the shipped lexicons on sentences written for this file (not taken from any
gold set), each family once, and the sense rules that keep the same words out of other senses.
"""

from __future__ import annotations

from datetime import date

import pytest

from monitor.analysis.service import get_analyzer
from monitor.analysis.types import DE_ESCALATION, ESCALATION
from tests.readings import assert_reads

DAY = date(2026, 3, 5)

# (language, text, main PLOVER type, counted polarities or None for "not checked")
SENTENCES = [
    # declared resolve to defend or act with force is a vow, THREATEN
    ("ar", "أكد الرئيس عزم بلاده على الدفاع عن نفسها بكل حزم وقوة.", "THREATEN", {ESCALATION}),
    ("ar", "قال المتحدث إن الجيش سيتصرف بكل قوة وعزيمة.", "THREATEN", {ESCALATION}),
    # a complicity charge with a name between partner and crime
    ("ar", "وصف الناطق الرئيس الأمريكي بأنه شريك للاحتلال في العدوان على غزة.", "ACCUSE", {ESCALATION}),
    # backing of efforts, the subject between the verb and the efforts
    ("ar", "أعلن الوزير دعم بلاده لجهود الوساطة الإقليمية.", "SUPPORT", None),
    # the necessity noun carries the request; its object decides the polarity
    ("ar", "أكد البيان ضرورة الإفراج عن الأسرى.", "REQUEST", {DE_ESCALATION}),
    # a circumstance clause is the setting, not a new act
    ("ar", "دعت المنظمة إلى حماية المدنيين في ظل الغارات المتواصلة.", "REQUEST", {DE_ESCALATION}),
    ("en", "The ministers urged calm amid renewed Israeli strikes on Gaza.", "REQUEST", {DE_ESCALATION}),
    # talks named with a country, the agency headline 'X discusses Y with Z'
    ("en", "Talks between Egypt and Ethiopia resumed in the capital.", "CONSULT", None),
    ("en", "The foreign minister discussed the crisis with his Omani counterpart.", "CONSULT", None),
    # vows and strikes seen from the target
    ("en", "The army chief vowed to make the invaders regret their crimes.", "THREATEN", {ESCALATION}),
    ("ar", "قال القائد إن وقت الحساب قد حان.", "THREATEN", {ESCALATION}),
    ("en", "The navy said it sank two enemy gunboats near the port.", "ASSAULT", {ESCALATION}),
    ("en", "Impact reported at an air base near the capital.", "ASSAULT", {ESCALATION}),
    # an appeal whose object is restraint stays an appeal; the offensive is its setting
    ("en", "The envoy urged Israel to show restraint in its offensive.", "REQUEST", {DE_ESCALATION}),
    # an attack the army is poised for is a military preparation (CAMEO 15 -> MOBILIZE; the gold
    # labels prepared attacks MOBILIZE, pv-en-373/421/423/428), as the massed tanks are
    ("en", "Poised for attack, the army massed tanks on the border.", "MOBILIZE", None),
    # a shooting-down verb with a long subject before its object
    ("ar", "أسقطت قوات الدفاع الساحلي صباح اليوم مروحية معادية.", "ASSAULT", {ESCALATION}),
]


@pytest.mark.parametrize(("lang", "text", "main", "polarities"), SENTENCES, ids=[s[1][:40] for s in SENTENCES])
def test_families_of_the_shipped_lexicons(lang: str, text: str, main: str, polarities: set[str] | None) -> None:
    assert_reads(text, lang, DAY, main, polarities)


@pytest.mark.parametrize(("lang", "text", "entries"), [
    # a right asserted by a third party is no vow
    ("ar", "أكدت الحكومة حق الدولة في الدفاع عن نفسها.", {"ar.threat.resolve_defend"}),
    # 'if necessary' is no request
    ("ar", "يمكن استخدام المضادات الحيوية عند الضرورة.", {"ar.appeal.necessity"}),
    # a partner in business is no accomplice
    ("ar", "وقعت الشركة عقدا مع شريك محلي لتطوير الميناء.", {"ar.disapproval.complicity"}),
    # subsidies are no backing of efforts
    ("ar", "أعلنت الحكومة دعم أسعار الخبز والوقود.", {"ar.support.back_efforts"}),
    # figurative 'strikes': paralysis, crises
    ("ar", "شلل يضرب حركة السير في المدينة.", {"ar.attack.strike_generic"}),
    # an abstract object: nobody threatens anybody
    ("en", "Rising prices threaten the livelihoods of farmers.", {"en.threat.threaten"}),
    # a ship lost at sea, an economic impact, an apology
    ("en", "The cargo ship sank in a storm off the coast.", {"en.attack.sink_ship"}),
    ("en", "Analysts expect the tariffs to have a sharp impact at the oil markets.", {"en.attack.impact"}),
    ("en", "The minister expressed deep regret over the delays.", {"en.threat.regret_vow"}),
    # a podcast or a panel discussing with experts is no diplomatic contact
    ("en", "The president discussed the election with experts on a podcast.", {"en.talks.discuss_with"}),
])
def test_the_sense_rules_of_the_families(lang: str, text: str, entries: set[str]) -> None:
    r = get_analyzer().analyze(text, lang=lang, day=DAY)
    assert not {s.entry for s in r.signals} & entries, [(s.entry, s.text) for s in r.signals]
