"""Checks for seeds/actors/world.toml (state actors outside the Middle East).

The file is reference data read with tomllib; these tests guard its shape (ids, types, aliases in
the six monitored languages, ISO role dates), the internal consistency of office tenures (no two
holders of one exclusive office at once, a current head of state and of government for every
state in scope) and a handful of spot facts the analyser depends on.
"""

from __future__ import annotations

import re
import tomllib
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from monitor.analysis.reference import data_release

SEED = Path(__file__).resolve().parents[1] / "seeds" / "actors" / "world.toml"
AS_OF = data_release().date  # the data's date (seeds/MANIFEST.toml), its one version source
LANGS = ("en", "ar", "fa", "he", "ru", "fr")
TYPES = {"person", "government", "institution"}
ROLE_KEYS = {"title", "from", "to", "office"}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# State -> (head-of-state title, head-of-government title), as written in the seed.
OTHER_STATES = frozenset(
    r["id"] for r in tomllib.loads((Path(__file__).resolve().parents[1] / "seeds" / "regions" / "countries.toml")
                                   .read_text(encoding="utf-8")).get("region", [])
    if len(r["id"]) == 3 and r["id"].isupper()
)
HEADS: dict[str, tuple[str, str]] = {
    "RUS": ("President of Russia", "Prime Minister of Russia"),
    "UKR": ("President of Ukraine", "Prime Minister of Ukraine"),
    "BLR": ("President of Belarus", "Prime Minister of Belarus"),
    "USA": ("President of the United States", "President of the United States"),
    "GBR": ("King of the United Kingdom", "Prime Minister of the United Kingdom"),
    "FRA": ("President of France", "Prime Minister of France"),
    "DEU": ("President of Germany", "Chancellor of Germany"),
    "ITA": ("President of Italy", "Prime Minister of Italy"),
    "ESP": ("King of Spain", "Prime Minister of Spain"),
    "POL": ("President of Poland", "Prime Minister of Poland"),
    "HUN": ("President of Hungary", "Prime Minister of Hungary"),
    "CHN": ("President of China", "Premier of China"),
    "IND": ("President of India", "Prime Minister of India"),
    "PAK": ("President of Pakistan", "Prime Minister of Pakistan"),
    "AFG": ("Supreme Leader of Afghanistan", "Prime Minister of Afghanistan (acting)"),
    "AZE": ("President of Azerbaijan", "Prime Minister of Azerbaijan"),
    "ARM": ("President of Armenia", "Prime Minister of Armenia"),
    "GEO": ("President of Georgia", "Prime Minister of Georgia"),
    "KAZ": ("President of Kazakhstan", "Prime Minister of Kazakhstan"),
    "PRK": ("President of the State Affairs of North Korea", "Premier of North Korea"),
    "JPN": ("Emperor of Japan", "Prime Minister of Japan"),
    "CAN": ("King of Canada", "Prime Minister of Canada"),
}

# Documented exceptions to "the current holder is known": none are missing, but these current
# holders are flagged `# verify:` in the seed because of events we could not fully confirm.
UNCERTAIN_CURRENT = {
    "GBR": "Starmer announced on 2026-06-22 he would step down once Labour chose a successor",
    "ARM": "outcome of the 2026-06-07 parliamentary election not confirmed",
    "KAZ": "government may have been re-formed under the constitution in force from 2026-07-01",
}

FOREIGN_MINISTER_TITLES = re.compile(
    r"^(Minister of Foreign Affairs of |Foreign Secretary of |Minister of External Affairs of )"
    r"|^United States Secretary of State$"
)
# Offices with several simultaneous holders are not checked for overlapping tenures.
NON_EXCLUSIVE = re.compile(
    r"Spokesperson|Aide|Advis[eo]r|Deputy|Special|Envoy|Senior|Coordinator|Assistant|Department",
)

ARABIC_LETTERS = re.compile(r"[\u0621-\u064A]")
PERSIAN_ONLY = set("پچژگکی")  # letters Arabic spelling should not contain
ARABIC_ONLY_IN_FA = set("كي")  # Arabic kaf/yeh: Persian spelling uses ک/ی
HEBREW_LETTERS = re.compile(r"[\u05D0-\u05EA]")
HEBREW_ALLOWED = re.compile(r"^[\u05D0-\u05EA '\-\".]+$")
CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def _load() -> dict[str, Any]:
    with SEED.open("rb") as fh:
        return tomllib.load(fh)


DATA = _load()
ACTORS: list[dict[str, Any]] = DATA["actor"]
BY_ID = {a["id"]: a for a in ACTORS}


def _day(value: str) -> date:
    assert ISO_DAY.match(value), value
    return date.fromisoformat(value)


def _active(role: dict[str, str], day: date) -> bool:
    start = _day(role["from"]) if "from" in role else None
    end = _day(role["to"]) if "to" in role else None
    return (start is None or start <= day) and (end is None or day < end)


def _holders(title: str, day: date) -> list[str]:
    return [
        a["id"]
        for a in ACTORS
        for r in a.get("roles", [])
        if r["title"] == title and _active(r, day)
    ]


def _all_aliases(actor: dict[str, Any]) -> set[str]:
    return {x for lang in LANGS for x in actor["aliases"].get(lang, [])}


def _needs_six(actor: dict[str, Any]) -> bool:
    heads = {t for pair in HEADS.values() for t in pair}
    return any(
        r["title"] in heads or FOREIGN_MINISTER_TITLES.search(r["title"])
        for r in actor.get("roles", [])
    )


def test_header() -> None:
    # the version lives in seeds/MANIFEST.toml only (issue 11 §4), and it is a release date
    assert "schema" not in DATA and "version" not in DATA
    assert re.fullmatch(r"\d{4}\.\d{2}\.\d{2}", data_release().version)
    assert len(ACTORS) >= 100


def test_ids_unique_and_slugs() -> None:
    ids = [a["id"] for a in ACTORS]
    assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]
    bad = [i for i in ids if not SLUG.match(i)]
    assert not bad, bad


@pytest.mark.parametrize("actor", ACTORS, ids=lambda a: a["id"])
def test_actor_shape(actor: dict[str, Any]) -> None:
    assert actor["name"].strip() == actor["name"] and actor["name"]
    assert actor["type"] in TYPES
    # the 22 states whose offices are complete (HEADS), or another state named in the news
    # (reading v2: office holders the gold sets met, e.g. Colombia's president)
    assert actor["country"] in HEADS or actor["country"] in OTHER_STATES, actor["country"]
    if "wikidata" in actor:
        assert re.fullmatch(r"Q[1-9]\d*", actor["wikidata"])
    aliases = actor["aliases"]
    assert set(aliases) <= {*LANGS, "ambiguous", "metonyms"}, set(aliases)
    for lang in ("en", "ar"):
        assert aliases.get(lang), f"{actor['id']}: no {lang} aliases"
    if actor["type"] != "person" or _needs_six(actor):
        missing = [lang for lang in LANGS if not aliases.get(lang)]
        assert not missing, f"{actor['id']}: missing {missing}"
    if actor["type"] == "person":
        assert actor.get("roles"), f"{actor['id']}: a person needs at least one role"


@pytest.mark.parametrize("actor", ACTORS, ids=lambda a: a["id"])
def test_alias_lists_clean(actor: dict[str, Any]) -> None:
    aliases = actor["aliases"]
    for lang, values in aliases.items():
        assert len(values) == len(set(values)), f"{actor['id']}/{lang}: duplicate alias"
        for v in values:
            assert v and v == v.strip() and "  " not in v, (actor["id"], lang, v)
    for v in aliases.get("ar", []):
        assert ARABIC_LETTERS.search(v), v
        assert not PERSIAN_ONLY & set(v), f"Persian letter in Arabic alias {v!r}"
    for v in aliases.get("fa", []):
        assert ARABIC_LETTERS.search(v) or PERSIAN_ONLY & set(v), v
        assert not ARABIC_ONLY_IN_FA & set(v), f"Arabic kaf/yeh in Persian alias {v!r}"
    for v in aliases.get("he", []):
        assert HEBREW_LETTERS.search(v) and HEBREW_ALLOWED.match(v), v
    for v in aliases.get("ru", []):
        assert CYRILLIC.search(v) or v.isupper(), v
    # every ambiguous entry must be one of the actor's own aliases
    stray = set(aliases.get("ambiguous", [])) - _all_aliases(actor)
    assert not stray, f"{actor['id']}: ambiguous entries not among aliases: {stray}"


def test_no_alias_claimed_by_two_actors() -> None:
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for a in ACTORS:
        for lang in LANGS:
            for v in a["aliases"].get(lang, []):
                owners[(lang, v.casefold())].add(a["id"])
    clashes = {k: v for k, v in owners.items() if len(v) > 1}
    assert not clashes, clashes


@pytest.mark.parametrize("actor", [a for a in ACTORS if a.get("roles")], ids=lambda a: a["id"])
def test_role_dates(actor: dict[str, Any]) -> None:
    for role in actor["roles"]:
        assert set(role) <= ROLE_KEYS and role["title"].strip(), role
        start = _day(role["from"]) if "from" in role else None
        end = _day(role["to"]) if "to" in role else None
        if start and end:
            assert start <= end, role
        for d in (start, end):
            assert d is None or date(1990, 1, 1) <= d <= AS_OF, role


def test_exclusive_offices_do_not_overlap() -> None:
    spans: dict[str, list[tuple[date, date, str]]] = defaultdict(list)
    for a in ACTORS:
        for r in a.get("roles", []):
            if NON_EXCLUSIVE.search(r["title"]) or "from" not in r:
                continue
            end = _day(r["to"]) if "to" in r else date.max
            spans[r["title"]].append((_day(r["from"]), end, a["id"]))
    problems = []
    for title, items in spans.items():
        items.sort()
        latest_end, latest_who = date.min, ""
        for start, end, who in items:
            if start < latest_end and who != latest_who:
                problems.append((title, latest_who, who, start.isoformat()))
            if end > latest_end:
                latest_end, latest_who = end, who
    assert not problems, problems


@pytest.mark.parametrize("state", sorted(HEADS))
def test_current_heads(state: str) -> None:
    hos_title, hog_title = HEADS[state]
    for title in {hos_title, hog_title}:
        holders = _holders(title, AS_OF)
        assert len(holders) == 1, f"{state}: {title} held by {holders} on {AS_OF}"
    if state in UNCERTAIN_CURRENT:
        assert UNCERTAIN_CURRENT[state]  # documented, see module docstring


def test_every_state_has_a_foreign_minister_on_record() -> None:
    states_with_fm = {
        a["country"]
        for a in ACTORS
        for r in a.get("roles", [])
        if FOREIGN_MINISTER_TITLES.search(r["title"])
    }
    assert states_with_fm >= set(HEADS), set(HEADS) - states_with_fm


# --- spot checks ------------------------------------------------------------------------


def _roles(actor_id: str, title: str) -> list[dict[str, str]]:
    return [r for r in BY_ID[actor_id]["roles"] if r["title"] == title]


def test_putin_president_since_2012() -> None:
    (current,) = [r for r in _roles("vladimir-putin", "President of Russia") if "to" not in r]
    assert current["from"] == "2012-05-07"
    assert BY_ID["vladimir-putin"]["wikidata"] == "Q7747"
    assert _holders("President of Russia", date(2010, 1, 1)) == ["dmitry-medvedev"]


def test_peskov_is_kremlin_spokesman() -> None:
    titles = [r["title"] for r in BY_ID["dmitry-peskov"]["roles"]]
    assert "Press Secretary of the President of Russia" in titles
    assert "Песков" in BY_ID["dmitry-peskov"]["aliases"]["ru"]


def test_kremlin_aliases() -> None:
    kremlin = BY_ID["kremlin"]
    assert kremlin["type"] == "government"
    assert "الكرملين" in kremlin["aliases"]["ar"]
    assert "Кремль" in kremlin["aliases"]["ru"]
    assert "کرملین" in kremlin["aliases"]["fa"]
    assert "הקרמלין" in kremlin["aliases"]["he"]


def test_us_presidency_handover_2025() -> None:
    (biden,) = _roles("joe-biden", "President of the United States")
    assert biden.pop("office", "head_of_state") == "head_of_state"
    assert biden == {
        "title": "President of the United States",
        "from": "2021-01-20",
        "to": "2025-01-20",
    }
    trump = [{k: v for k, v in r.items() if k != "office"} for r in _roles("donald-trump", "President of the United States")]
    assert {"title": "President of the United States", "from": "2025-01-20"} in trump
    assert {
        "title": "President of the United States",
        "from": "2017-01-20",
        "to": "2021-01-20",
    } in trump
    assert _holders("President of the United States", date(2025, 1, 19)) == ["joe-biden"]
    assert _holders("President of the United States", date(2025, 1, 20)) == ["donald-trump"]


def test_russian_defence_handover_2024() -> None:
    (shoigu,) = _roles("sergei-shoigu", "Minister of Defence of Russia")
    (belousov,) = _roles("andrei-belousov", "Minister of Defence of Russia")
    assert shoigu["to"] == "2024-05-12"
    assert belousov["from"] == "2024-05-14"
    assert _holders("Secretary of the Security Council of Russia", AS_OF) == ["sergei-shoigu"]


def test_pentagon_and_white_house_aliases() -> None:
    pentagon = BY_ID["us-department-of-defense"]["aliases"]
    assert "البنتاغون" in pentagon["ar"]
    assert "پنتاگون" in pentagon["fa"]
    assert "הפנטגון" in pentagon["he"]
    assert "Пентагон" in pentagon["ru"]
    assert "Department of War" in pentagon["en"]
    white_house = BY_ID["white-house"]["aliases"]
    assert "البيت الأبيض" in white_house["ar"]
    assert "کاخ سفید" in white_house["fa"]
    assert "הבית הלבן" in white_house["he"]
    assert "Белый дом" in white_house["ru"]
    assert "Maison-Blanche" in white_house["fr"]


def test_german_chancellor_handover_2025() -> None:
    assert _holders("Chancellor of Germany", date(2025, 5, 5)) == ["olaf-scholz"]
    assert _holders("Chancellor of Germany", date(2025, 5, 6)) == ["friedrich-merz"]


def test_ambiguous_surnames_flagged() -> None:
    # Surnames that collide with other people, places or words must need context.
    for actor_id, alias in [
        ("david-cameron", "Cameron"),
        ("david-cameron", "كاميرون"),  # Arabic Cameroon is الكاميرون
        ("yvette-cooper", "Cooper"),
        ("friedrich-merz", "מרץ"),  # Hebrew "March"
        ("mark-carney", "Carney"),  # USS Carney
        ("xi-jinping", "Xi"),
    ]:
        assert alias in BY_ID[actor_id]["aliases"]["ambiguous"], (actor_id, alias)


# --- states beyond the 22 (office holders for title-only mentions, 2026-12-06) ----------------

# States whose heads and foreign ministers were added so that "Brazil's president", «глава МИД
# Норвегии» or «ראש ממשלת אוסטרליה» resolve to a person (docs/methodology.md §12.5).
MORE_STATES = (
    "AUS", "NZL", "KOR", "BRA", "ZAF", "IRL", "NLD", "NOR", "SWE", "DNK", "FIN", "EST",
    "LVA", "LTU", "GRC", "PRT", "BEL", "AUT", "CZE", "VEN", "CUB", "IDN",
)
EXCLUSIVE_OFFICES = ("head_of_state", "head_of_government", "foreign_minister", "defence_minister")


def _office_holders(state: str, office: str, day: date) -> list[str]:
    return [
        a["id"]
        for a in ACTORS
        if a["country"] == state
        for r in a.get("roles", [])
        if r.get("office") == office and _active(r, day)
    ]


@pytest.mark.parametrize("state", MORE_STATES)
def test_more_states_have_a_leader_and_a_foreign_minister(state: str) -> None:
    day = date(2025, 6, 1)
    leaders = _office_holders(state, "head_of_government", day) + _office_holders(state, "head_of_state", day)
    assert leaders, f"{state}: no head of state or government on {day}"
    assert len(_office_holders(state, "foreign_minister", day)) == 1, state


def test_one_holder_per_office_and_state() -> None:
    # by office kind, not title: an acting holder with the office ("Acting Prime Minister of
    # Thailand") beside a suspended one would make a title-only mention resolve to nobody
    spans: dict[tuple[str, str], list[tuple[date, date, str]]] = defaultdict(list)
    for a in ACTORS:
        for r in a.get("roles", []):
            if r.get("office") in EXCLUSIVE_OFFICES and "from" in r:
                end = _day(r["to"]) if "to" in r else date.max
                spans[(a["country"], r["office"])].append((_day(r["from"]), end, a["id"]))
    problems = []
    for key, items in spans.items():
        items.sort()
        latest_end, latest_who = date.min, ""
        for start, end, who in items:
            if start < latest_end and who != latest_who:
                problems.append((key, latest_who, who, start.isoformat()))
            if end > latest_end:
                latest_end, latest_who = end, who
    assert not problems, problems


def test_south_korean_presidency_2025() -> None:
    assert _office_holders("KOR", "head_of_state", date(2025, 1, 10)) == ["yoon-suk-yeol"]  # suspended
    assert _office_holders("KOR", "head_of_state", date(2025, 4, 20)) == ["han-duck-soo"]  # acting
    assert _office_holders("KOR", "head_of_state", date(2025, 5, 20)) == ["lee-ju-ho"]  # acting
    assert _office_holders("KOR", "head_of_state", date(2025, 6, 4)) == ["lee-jae-myung"]


def test_risky_short_forms_need_context() -> None:
    for actor_id, alias in [
        ("lula-da-silva", "لولا"),  # Arabic "if not for"
        ("javier-milei", "Милей"),  # Russian genitive plural of «миля»
        ("diosdado-cabello", "Cabello"),
        ("maia-sandu", "Sandu"),
        ("kim-jong-un", "Kim"),
    ]:
        assert alias in BY_ID[actor_id]["aliases"]["ambiguous"], (actor_id, alias)
    # «ящик Пандоры» must not name South Africa's foreign minister
    assert "Пандор" not in BY_ID["naledi-pandor"]["aliases"]["ru"]
