"""The PLOVER event taxonomy as the analyser uses it (docs/methodology.md §PLOVER).

Sixteen event types with the 2021 names of the CAMEO→PLOVER crosswalk (Schrodt,
PLOVER manual draft 0.8, 17 Sep 2021; ``../shared/reference/lexicons/plover``),
grouped into the four QuadClass quadrants of GDELT/CAMEO.  The grouping follows
issue 8 of this project: PROTEST is verbal conflict, CONCEDE material
cooperation.  One deliberate departure from the crosswalk: CAMEO 163 (impose
embargo, boycott or sanctions) is SANCTION here, not COERCE, because sanctions
are what users look for under that name (the crosswalk's own SANCTION row
160 "reduce relations" is kept too).

``GPR_ACT`` says which escalation types feed the *acts* sub-index: Caldara &
Iacoviello's acts are wars, escalations and terror acts (ASSAULT, COERCE);
their threats include military build-ups and sanctions (MOBILIZE, SANCTION)
and every verbal conflict type.
"""

from __future__ import annotations

from typing import Final

VERBAL, MATERIAL = "verbal", "material"
CONFLICT, COOPERATION = "conflict", "cooperation"

# type -> (quadrant side, mode, default Goldstein-like weight)
# Weights are PLOVER's category scores where METHODOLOGY.md lists them
# (ASSAULT -9, COERCE -7, SANCTION -6, MOBILIZE -5.5, THREATEN -3.5, REJECT -2,
# ACCUSE -3.5, AGREE +2.5, CONSULT +2.5, SUPPORT +5, CONCEDE +4.5,
# COOPERATE +9.5, AID +10, RETREAT +7.5); REQUEST ~0 there, -2 / +3 here by
# polarity (CAMEO 10 demand -5, 026 appeal to negotiate +4).
TYPES: Final[dict[str, tuple[str, str, float]]] = {
    "REQUEST": (CONFLICT, VERBAL, -2.0),
    "ACCUSE": (CONFLICT, VERBAL, -3.5),
    "REJECT": (CONFLICT, VERBAL, -2.0),
    "THREATEN": (CONFLICT, VERBAL, -3.5),
    "PROTEST": (CONFLICT, VERBAL, -4.0),
    "SANCTION": (CONFLICT, MATERIAL, -6.0),
    "MOBILIZE": (CONFLICT, MATERIAL, -5.5),
    "COERCE": (CONFLICT, MATERIAL, -7.0),
    "ASSAULT": (CONFLICT, MATERIAL, -9.0),
    "AGREE": (COOPERATION, VERBAL, 2.5),
    "CONSULT": (COOPERATION, VERBAL, 2.5),
    "SUPPORT": (COOPERATION, VERBAL, 5.0),
    "CONCEDE": (COOPERATION, MATERIAL, 4.5),
    "COOPERATE": (COOPERATION, MATERIAL, 9.5),
    "AID": (COOPERATION, MATERIAL, 10.0),
    "RETREAT": (COOPERATION, MATERIAL, 7.5),
}
NAMES: Final = tuple(TYPES)

# The categories of the lexicon (13 of 1.x, 8 of 2.0) and what they are in PLOVER
# (a default: an entry's own ``plover`` key wins).
CATEGORY_DEFAULT: Final[dict[str, str]] = {
    "threat": "THREATEN", "mobilisation": "MOBILIZE", "sanction": "SANCTION", "accusation": "ACCUSE",
    "attack": "ASSAULT", "casualties": "ASSAULT", "appeal": "REQUEST", "mediation": "CONSULT",
    "talks": "CONSULT", "agreement": "AGREE", "withdrawal": "RETREAT", "release": "RETREAT", "aid": "AID",
    "demand": "REQUEST", "disapproval": "ACCUSE", "rejection": "REJECT", "protest": "PROTEST",
    "coercion": "COERCE", "concession": "CONCEDE", "cooperation": "COOPERATE", "support": "SUPPORT",
}

# GPR sub-index of an escalation type: act (material violence/coercion) or threat.
GPR_ACT: Final = frozenset({"ASSAULT", "COERCE"})

# Contact types: talks, calls, visits, praise and cooperation are de-escalation
# only between adversaries or about peace (issue 8 §4; adversary table in
# seeds/rules/relations.toml).  Mediation is de-escalation whoever mediates.
CONTACT: Final = frozenset({"CONSULT", "SUPPORT", "COOPERATE"})

# What a reversive verb ("lifted the curfew", "ended the blockade") makes of a
# coercive type (CAMEO 081 ease administrative sanctions, 085 ease economic
# sanctions, 084 return/release -> PLOVER CONCEDE / RETREAT).
REVERSED: Final[dict[str, str]] = {
    "SANCTION": "CONCEDE", "COERCE": "CONCEDE", "ASSAULT": "RETREAT", "MOBILIZE": "RETREAT",
    "THREATEN": "CONCEDE", "PROTEST": "CONCEDE",
}
# A lifting verb is a reversive verb that is also "raise" (Arabic رفع: «رفع العقوبات» lifts,
# «رفع حالة التأهب» raises the alert): it reverses only restrictions, never build-ups or attacks.
LIFTED: Final[dict[str, str]] = {"SANCTION": "CONCEDE", "COERCE": "CONCEDE"}
# What a halting verb ("suspended military assistance", "froze cooperation", "cut off aid")
# makes of a cooperative type: CAMEO 16 reduce relations (162 reduce or stop aid, 164 halt
# negotiations, 161 reduce diplomatic relations) -> PLOVER SANCTION.  The mirror of REVERSED.
HALTED: Final[dict[str, str]] = {"AID": "SANCTION", "COOPERATE": "SANCTION", "CONSULT": "SANCTION"}
COOPERATIVE_TYPES: Final = frozenset(t for t, (side, _, _) in TYPES.items() if side == COOPERATION)


def mode_of(plover: str) -> str:
    return TYPES[plover][1] if plover in TYPES else VERBAL


def gpr_component(plover: str | None, mode: str) -> str:
    """``act`` or ``threat`` for an escalation signal (old rows store mode act/threat)."""
    if plover:
        return "act" if plover in GPR_ACT else "threat"
    return "act" if mode == "act" else "threat"
