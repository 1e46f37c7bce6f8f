"""Checks for seeds/actors/middle-east.toml (actors of 21 Middle East / North Africa states).

The file is reference data: these tests guard its shape (ids, types, ISO codes, dates), its
coverage (every state has a current head of state and head of government, every head of
state/government and foreign minister has aliases in all six languages) and a few facts that
the analyser depends on (term boundaries, the Assad ambiguity).
"""

from __future__ import annotations

import itertools
import re
import tomllib
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

import pytest

from monitor.analysis.reference import data_release

SEED = Path(__file__).resolve().parents[1] / "seeds" / "actors" / "middle-east.toml"

AS_OF = data_release().date  # the data's own date (seeds/MANIFEST.toml), its one version source
LANGS = ("en", "ar", "fa", "he", "ru", "fr")
TYPES = {"person", "government", "institution"}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
QID = re.compile(r"^Q[1-9][0-9]*$")

# Role titles that make someone head of state / head of government, per state.
# Documented exceptions to "one head of state and one head of government":
#   IRN: no prime minister since 1989 -> the President of Iran heads the government.
#   TUR: no prime minister since 2018-07-09 -> the President heads the government.
#   SYR: no prime minister since 2025-03-29 -> the President heads the government.
#   OMN: the Sultan is also prime minister (chairs the Council of Ministers).
#   LBY: two rival governments; either prime minister counts.
HEAD_OF_STATE = {
    "ISR": {"President of Israel"},
    "IRN": {"Supreme Leader of Iran"},
    "PSE": {"President of the Palestinian Authority"},
    "LBN": {"President of Lebanon"},
    "SYR": {"President of Syria", "De facto leader of Syria"},
    "IRQ": {"President of Iraq"},
    "JOR": {"King of Jordan"},
    "EGY": {"President of Egypt"},
    "SAU": {"King of Saudi Arabia"},
    "ARE": {"President of the United Arab Emirates"},
    "QAT": {"Emir of Qatar"},
    "KWT": {"Emir of Kuwait"},
    "BHR": {"King of Bahrain"},
    "OMN": {"Sultan of Oman"},
    "YEM": {"Chairman of the Presidential Leadership Council of Yemen"},
    "TUR": {"President of Turkey"},
    "LBY": {"Chairman of the Presidential Council of Libya"},
    "DZA": {"President of Algeria"},
    "MAR": {"King of Morocco"},
    "TUN": {"President of Tunisia"},
    "SDN": {"Chairman of the Transitional Sovereignty Council of Sudan"},
}
HEAD_OF_GOVERNMENT = {
    "ISR": {"Prime Minister of Israel"},
    "IRN": {"President of Iran"},
    "PSE": {"Prime Minister of the Palestinian Authority"},
    "LBN": {"Prime Minister of Lebanon"},
    "SYR": {"Prime Minister of Syria", "President of Syria"},
    "IRQ": {"Prime Minister of Iraq"},
    "JOR": {"Prime Minister of Jordan"},
    "EGY": {"Prime Minister of Egypt"},
    "SAU": {"Prime Minister of Saudi Arabia"},
    "ARE": {"Prime Minister of the United Arab Emirates"},
    "QAT": {"Prime Minister of Qatar"},
    "KWT": {"Prime Minister of Kuwait"},
    "BHR": {"Prime Minister of Bahrain"},
    "OMN": {"Prime Minister of Oman"},
    "YEM": {"Prime Minister of Yemen"},
    "TUR": {"Prime Minister of Turkey", "President of Turkey"},
    "LBY": {
        "Prime Minister of the Government of National Unity (Libya)",
        "Prime Minister of the Government of National Stability (Libya)",
    },
    "DZA": {"Prime Minister of Algeria"},
    "MAR": {"Head of Government of Morocco"},
    "TUN": {"Prime Minister of Tunisia"},
    "SDN": {"Prime Minister of Sudan"},
}
STATES = set(HEAD_OF_STATE)
# States with a documented gap in this data set (none at present; add "ISO3": "reason" here).
NO_CURRENT_HEAD_OF_STATE: dict[str, str] = {}
NO_CURRENT_HEAD_OF_GOVERNMENT: dict[str, str] = {}

LEADER_TITLES = set().union(*HEAD_OF_STATE.values(), *HEAD_OF_GOVERNMENT.values())
ACTING_LEADER = re.compile(r"^Acting (President|Prime Minister) of ")
FOREIGN_MINISTER = re.compile(r"\bMinister of Foreign Affairs of ")

# Arabic words that must never be bare aliases: they are ordinary vocabulary.
ARABIC_FORBIDDEN = {
    "رئيسي",  # "main"  (Raisi)
    "السوداني",  # "Sudanese"  (al-Sudani)
    "بري",  # "land/ground"  (Berri)
    "عون",  # "aid"  (Aoun)
    "سلام",  # "peace"  (Salam)
    "المنفي",  # == المنفى "exile" after normalisation  (al-Menfi)
    "النفطي",  # "oil-related"  (Nafti)
    "روحاني",  # "spiritual"  (Rouhani)
    "مخبر",  # "informer"  (Mokhber)
    "عباس",  # common given name  (Abbas)
    "سعيد",  # common name / "happy"  (Saied)
    "غريب",  # "strange"  (Ghrieb)
}

SCRIPT = {
    "ar": re.compile(r"[\u0600-\u06FF]"),
    "fa": re.compile(r"[\u0600-\u06FF]"),
    "he": re.compile(r"[\u0590-\u05FF]"),
    "ru": re.compile(r"[\u0400-\u04FF]"),
}
NON_LATIN = re.compile(r"[\u0400-\u04FF\u0590-\u05FF\u0600-\u06FF]")


def _load() -> dict:
    with SEED.open("rb") as fh:
        return tomllib.load(fh)


DATA = _load()
ACTORS: list[dict] = DATA["actor"]
BY_ID = {a["id"]: a for a in ACTORS}


def _d(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _current(role: dict, when: date = AS_OF) -> bool:
    start, end = _d(role.get("from")), _d(role.get("to"))
    return (start is None or start <= when) and (end is None or end >= when)


def _roles(actor: dict) -> list[dict]:
    return actor.get("roles", [])


def _aliases(actor: dict) -> dict[str, list[str]]:
    return actor.get("aliases", {})


def _is_leader_or_fm(actor: dict) -> bool:
    for role in _roles(actor):
        title = role["title"]
        if title in LEADER_TITLES or ACTING_LEADER.match(title) or FOREIGN_MINISTER.search(title):
            return True
    return False


# --------------------------------------------------------------------------- file shape


def test_header_keys():
    # the version lives in seeds/MANIFEST.toml only (issue 11 §4), and it is a release date
    assert "schema" not in DATA and "version" not in DATA
    assert re.fullmatch(r"\d{4}\.\d{2}\.\d{2}", data_release().version)


def test_enough_actors():
    assert len(ACTORS) >= 100


def test_ids_unique_and_slug_shaped():
    ids = [a["id"] for a in ACTORS]
    dupes = [i for i, n in Counter(ids).items() if n > 1]
    assert not dupes, dupes
    bad = [i for i in ids if not SLUG.match(i)]
    assert not bad, bad


@pytest.mark.parametrize("actor", ACTORS, ids=lambda a: a["id"])
def test_actor_required_fields(actor):
    assert isinstance(actor.get("name"), str) and actor["name"].strip()
    assert actor.get("type") in TYPES
    assert re.fullmatch(r"[A-Z]{3}", actor.get("country", ""))
    assert actor["country"] in STATES
    if "wikidata" in actor:
        assert QID.match(actor["wikidata"])
    aliases = _aliases(actor)
    assert set(aliases) <= set(LANGS) | {"ambiguous", "metonyms"}, set(aliases) - set(LANGS)
    for lang in ("en", "ar"):
        assert aliases.get(lang), f"{actor['id']}: no {lang} aliases"


@pytest.mark.parametrize("actor", ACTORS, ids=lambda a: a["id"])
def test_aliases_clean_and_in_the_right_script(actor):
    for lang in LANGS:
        values = _aliases(actor).get(lang, [])
        assert all(isinstance(v, str) and v == v.strip() and v for v in values), (lang, values)
        assert len(values) == len(set(values)), f"{actor['id']}: duplicate {lang} alias"
        for value in values:
            if lang in SCRIPT:
                assert SCRIPT[lang].search(value), f"{actor['id']}: {lang} alias {value!r}"
            else:
                assert not NON_LATIN.search(value), f"{actor['id']}: {lang} alias {value!r}"


def test_no_forbidden_bare_arabic_aliases():
    offenders = [
        (a["id"], v) for a in ACTORS for v in _aliases(a).get("ar", []) if v in ARABIC_FORBIDDEN
    ]
    assert not offenders, offenders


def test_ambiguous_aliases_are_shared_with_another_actor():
    owners: dict[str, set[str]] = defaultdict(set)
    for a in ACTORS:
        for lang in LANGS:
            for v in _aliases(a).get(lang, []):
                owners[v].add(a["id"])
    for a in ACTORS:
        for v in _aliases(a).get("ambiguous", []):
            assert a["id"] in owners[v], f"{a['id']}: ambiguous {v!r} is not its own alias"
            assert len(owners[v]) > 1, f"{a['id']}: ambiguous {v!r} is not shared"


def test_full_aliases_are_unique_unless_declared_ambiguous():
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for a in ACTORS:
        for lang in LANGS:
            for v in _aliases(a).get(lang, []):
                owners[(lang, v)].add(a["id"])
    for (lang, v), ids in owners.items():
        if len(ids) > 1:
            for i in ids:
                assert v in _aliases(BY_ID[i]).get("ambiguous", []), (lang, v, sorted(ids))


# --------------------------------------------------------------------------- roles and dates


@pytest.mark.parametrize("actor", ACTORS, ids=lambda a: a["id"])
def test_role_dates_are_iso_and_ordered(actor):
    for role in _roles(actor):
        assert set(role) <= {"title", "from", "to", "office"}, role
        assert isinstance(role["title"], str) and role["title"].strip()
        start, end = _d(role.get("from")), _d(role.get("to"))
        for value in (role.get("from"), role.get("to")):
            if value is not None:
                assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", value), value
        if start and end:
            assert start <= end, (actor["id"], role)
        if start:
            assert start <= AS_OF, (actor["id"], role)


# Institutions hold no personal office; since the institution offices (seeds/rules/offices.toml,
# "state institutions") a ministry, government or army may carry the one role that makes an
# unqualified «وزارة الدفاع» / «الجيش» / «הממשלה» resolve to it.
INSTITUTION_OFFICES = {"foreign_ministry", "defence_ministry", "army", "armed_forces", "government"}


def test_institutions_carry_only_institution_roles():
    for a in ACTORS:
        if a["type"] != "person":
            assert all(r.get("office") in INSTITUTION_OFFICES for r in _roles(a)), a["id"]


# Offices that several people hold at the same time.
MULTI_HOLDER = {"Vice President of the United Arab Emirates"}


def test_same_office_holders_do_not_overlap():
    """Two people cannot hold the same single-holder office at once (handover days excepted)."""
    spans: dict[str, list[tuple[date, date, str]]] = defaultdict(list)
    for a in ACTORS:
        for role in _roles(a):
            if role["title"] in MULTI_HOLDER or role["title"].startswith("Member of "):
                continue
            start = _d(role.get("from")) or date.min
            end = _d(role.get("to")) or date.max
            spans[role["title"]].append((start, end, a["id"]))
    for title, items in spans.items():
        items.sort()
        for (s1, e1, id1), (s2, e2, id2) in itertools.pairwise(items):
            if id1 != id2:
                assert s2 >= e1, f"{title}: {id1} ({s1}..{e1}) overlaps {id2} ({s2}..{e2})"


@pytest.mark.parametrize("state", sorted(STATES))
def test_every_state_has_current_head_of_state(state):
    holders = [
        a["id"]
        for a in ACTORS
        if a["country"] == state
        for r in _roles(a)
        if r["title"] in HEAD_OF_STATE[state] and _current(r)
    ]
    if state in NO_CURRENT_HEAD_OF_STATE:
        pytest.skip(NO_CURRENT_HEAD_OF_STATE[state])
    assert len(set(holders)) == 1, (state, holders)


@pytest.mark.parametrize("state", sorted(STATES))
def test_every_state_has_current_head_of_government(state):
    holders = {
        a["id"]
        for a in ACTORS
        if a["country"] == state
        for r in _roles(a)
        if r["title"] in HEAD_OF_GOVERNMENT[state] and _current(r)
    }
    if state in NO_CURRENT_HEAD_OF_GOVERNMENT:
        pytest.skip(NO_CURRENT_HEAD_OF_GOVERNMENT[state])
    # Libya has two rival prime ministers; everyone else exactly one.
    expected = 2 if state == "LBY" else 1
    assert len(holders) == expected, (state, sorted(holders))


def test_every_state_has_a_government_actor():
    states = {a["country"] for a in ACTORS if a["type"] == "government"}
    assert states == STATES, STATES - states


@pytest.mark.parametrize("actor", [a for a in ACTORS if _is_leader_or_fm(a)], ids=lambda a: a["id"])
def test_leaders_and_foreign_ministers_have_all_languages(actor):
    missing = [lang for lang in LANGS if not _aliases(actor).get(lang)]
    assert not missing, f"{actor['id']}: missing {missing}"


def test_leader_set_is_not_trivially_small():
    assert sum(_is_leader_or_fm(a) for a in ACTORS) >= 60


# --------------------------------------------------------------------------- spot checks


def _role(actor_id: str, title: str) -> list[dict]:
    return [r for r in _roles(BY_ID[actor_id]) if r["title"] == title]


def test_pezeshkian_president_from_2024_07_28():
    (role,) = _role("masoud-pezeshkian", "President of Iran")
    assert role["from"] == "2024-07-28"
    assert "to" not in role


def test_raisi_term_ends_2024_05_19():
    (role,) = _role("ebrahim-raisi", "President of Iran")
    assert role["from"] == "2021-08-03"
    assert role["to"] == "2024-05-19"


def test_mokhber_acting_between_raisi_and_pezeshkian():
    (role,) = _role("mohammad-mokhber", "Acting President of Iran")
    assert (role["from"], role["to"]) == ("2024-05-19", "2024-07-28")


def test_bashar_al_assad_term_ends_2024_12_08():
    (role,) = _role("bashar-al-assad", "President of Syria")
    assert role["to"] == "2024-12-08"


def test_assad_is_ambiguous_between_bashar_and_hafez():
    for actor_id in ("bashar-al-assad", "hafez-al-assad"):
        aliases = _aliases(BY_ID[actor_id])
        assert "Assad" in aliases["en"]
        assert "Assad" in aliases["ambiguous"]
    holders = [a["id"] for a in ACTORS if "Assad" in _aliases(a).get("en", [])]
    assert sorted(holders) == ["bashar-al-assad", "hafez-al-assad"]


def test_assad_resolves_by_date():
    """The role dates let the analyser pick one Assad for any date after 1971."""

    def presidents(when: date) -> set[str]:
        return {
            i
            for i in ("bashar-al-assad", "hafez-al-assad")
            for r in _role(i, "President of Syria")
            if _current(r, when)
        }

    assert presidents(date(1990, 1, 1)) == {"hafez-al-assad"}
    assert presidents(date(2023, 10, 7)) == {"bashar-al-assad"}
    assert presidents(date(2025, 6, 1)) == set()


def test_khamenei_succession():
    (ali,) = _role("ali-khamenei", "Supreme Leader of Iran")
    (mojtaba,) = _role("mojtaba-khamenei", "Supreme Leader of Iran")
    assert ali["to"] == "2026-02-28"
    assert _d(mojtaba["from"]) > _d(ali["to"])
    assert "Khamenei" in _aliases(BY_ID["ali-khamenei"])["ambiguous"]


def test_sharaa_became_president_2025_01_29():
    (role,) = _role("ahmed-al-sharaa", "President of Syria")
    assert role["from"] == "2025-01-29"
    assert "Jolani" in _aliases(BY_ID["ahmed-al-sharaa"])["en"]
