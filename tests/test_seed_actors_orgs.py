"""The organisations and armed-actors seed files are well-formed, consistent and say what they should."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from monitor.analysis.reference import data_release

ACTORS_DIR = Path(__file__).resolve().parent.parent / "seeds" / "actors"
FILES = {"organisations": ACTORS_DIR / "organisations.toml", "armed": ACTORS_DIR / "armed.toml"}
TYPES = {
    "organisations": {"international_org", "court", "ngo", "person"},
    "armed": {"military", "security_service", "armed_group", "political_party", "person"},
}
LANGUAGES = ("en", "ar", "fa", "he", "ru", "fr")
ALIAS_KEYS = {*LANGUAGES, "ambiguous", "metonyms"}
ACTOR_KEYS = {
    "id",
    "name",
    "type",
    "country",
    "wikidata",
    "roles",
    "affiliation",
    "died",
    "active_from",
    "active_to",
    "alias_gaps",
    "aliases",
    "related_phrases",
}
ROLE_KEYS = {"title", "from", "to", "office"}
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
COMPILED = data_release().date  # the data's date (seeds/MANIFEST.toml): no recorded event may lie after it

Actor = dict[str, Any]


def _load(path: Path) -> dict[str, Any]:
    with path.open("rb") as f:
        return tomllib.load(f)


@pytest.fixture(scope="module")
def docs() -> dict[str, dict[str, Any]]:
    return {name: _load(path) for name, path in FILES.items()}


@pytest.fixture(scope="module")
def actors(docs: dict[str, dict[str, Any]]) -> list[tuple[str, Actor]]:
    return [(name, a) for name, doc in docs.items() for a in doc["actor"]]


@pytest.fixture(scope="module")
def by_id(actors: list[tuple[str, Actor]]) -> dict[str, Actor]:
    return {a["id"]: a for _, a in actors}


def _date(value: str) -> date:
    assert ISO_DATE.fullmatch(value), f"not YYYY-MM-DD: {value!r}"
    return date.fromisoformat(value)


def _names(actor: Actor, lang: str) -> list[str]:
    return list(actor["aliases"].get(lang, []))


# --- structure ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(FILES))
def test_header_keys(docs: dict[str, dict[str, Any]], name: str) -> None:
    doc = docs[name]
    # the version lives in seeds/MANIFEST.toml only (issue 11 §4), and it is a release date
    assert "schema" not in doc and "version" not in doc
    assert re.fullmatch(r"\d{4}\.\d{2}\.\d{2}", data_release().version)
    assert len(doc["actor"]) >= 40


def test_ids_unique_and_slug_shaped(actors: list[tuple[str, Actor]]) -> None:
    ids = [a["id"] for _, a in actors]
    assert [i for i in ids if not SLUG.fullmatch(i)] == []
    assert sorted({i for i in ids if ids.count(i) > 1}) == []


def test_ids_do_not_clash_with_other_actor_files(actors: list[tuple[str, Actor]]) -> None:
    ours = {a["id"] for _, a in actors}
    clashes = []
    for path in sorted(ACTORS_DIR.glob("*.toml")):
        if path in FILES.values():
            continue
        other = {a["id"] for a in _load(path).get("actor", [])}
        clashes += [(path.name, i) for i in sorted(ours & other)]
    assert clashes == []


def test_known_keys_only(actors: list[tuple[str, Actor]]) -> None:
    bad = [(a["id"], k) for _, a in actors for k in a if k not in ACTOR_KEYS]
    bad += [(a["id"], k) for _, a in actors for k in a["aliases"] if k not in ALIAS_KEYS]
    bad += [
        (a["id"], k) for _, a in actors for r in a.get("roles", []) for k in r if k not in ROLE_KEYS
    ]
    bad += [
        (a["id"], k) for _, a in actors for k in a.get("related_phrases", {}) if k not in LANGUAGES
    ]
    assert bad == []


def test_types_allowed_per_file(actors: list[tuple[str, Actor]]) -> None:
    bad = [(f, a["id"], a["type"]) for f, a in actors if a["type"] not in TYPES[f]]
    assert bad == []


def test_names_present(actors: list[tuple[str, Actor]]) -> None:
    assert [a["id"] for _, a in actors if not a.get("name", "").strip()] == []


def test_country_and_wikidata_shape(actors: list[tuple[str, Actor]]) -> None:
    bad = [
        a["id"] for _, a in actors if "country" in a and not re.fullmatch(r"[A-Z]{3}", a["country"])
    ]
    bad += [
        a["id"]
        for _, a in actors
        if "wikidata" in a and not re.fullmatch(r"Q[1-9]\d*", a["wikidata"])
    ]
    assert bad == []


def test_state_forces_have_a_country(actors: list[tuple[str, Actor]]) -> None:
    missing = [
        a["id"]
        for _, a in actors
        if a["type"] in {"military", "security_service"} and "country" not in a
    ]
    assert missing == []


def test_international_bodies_have_no_country(actors: list[tuple[str, Actor]]) -> None:
    assert [
        a["id"]
        for f, a in actors
        if f == "organisations" and a["type"] != "person" and "country" in a
    ] == []


# --- aliases --------------------------------------------------------------------------------


def test_non_persons_have_all_six_languages(actors: list[tuple[str, Actor]]) -> None:
    bad = []
    for _, a in actors:
        if a["type"] == "person":
            continue
        gaps = set(a.get("alias_gaps", []))
        assert gaps <= set(LANGUAGES) - {"en", "ar"}, a["id"]
        for lang in LANGUAGES:
            has = bool(_names(a, lang))
            if has == (lang in gaps):  # present but declared a gap, or missing and undeclared
                bad.append((a["id"], lang))
    assert bad == []


def test_persons_have_english_and_arabic(actors: list[tuple[str, Actor]]) -> None:
    bad = [
        (a["id"], lang)
        for _, a in actors
        if a["type"] == "person"
        for lang in ("en", "ar")
        if not _names(a, lang)
    ]
    assert bad == []


def test_alias_gaps_are_rare(actors: list[tuple[str, Actor]]) -> None:
    assert sum(1 for _, a in actors if a.get("alias_gaps")) <= 3


def test_aliases_are_clean_strings(actors: list[tuple[str, Actor]]) -> None:
    bad = []
    for _, a in actors:
        lists = [(k, v) for k, v in a["aliases"].items()] + [
            (f"related.{k}", v) for k, v in a.get("related_phrases", {}).items()
        ]
        for key, values in lists:
            assert isinstance(values, list), (a["id"], key)
            for v in values:
                if not isinstance(v, str) or not v or v != v.strip() or "  " in v:
                    bad.append((a["id"], key, v))
                elif unicodedata.normalize("NFC", v) != v:
                    bad.append((a["id"], key, v, "not NFC"))
            # the matcher folds case, except that an all-capitals acronym ("NATO") counts only when
            # written in capitals: its title-case spelling ("Nato", Guardian/BBC style) is its own entry
            if len({(v.casefold(), v.isupper()) for v in values}) != len(values):
                bad.append((a["id"], key, "duplicate entries"))
    assert bad == []


def _script_ok(lang: str, text: str) -> bool:
    letters = [c for c in text if c.isalpha()]

    def names(c: str) -> str:
        return unicodedata.name(c, "")

    if lang in ("ar", "fa"):
        return all(names(c).startswith("ARABIC") for c in letters)
    if lang == "he":
        return all(names(c).startswith(("HEBREW", "LATIN")) for c in letters)
    if lang == "ru":
        return all(names(c).startswith(("CYRILLIC", "LATIN")) for c in letters)
    return all(names(c).startswith("LATIN") for c in letters)


def test_aliases_are_in_the_right_script(actors: list[tuple[str, Actor]]) -> None:
    bad = [
        (a["id"], lang, v)
        for _, a in actors
        for lang in LANGUAGES
        for v in _names(a, lang) + a.get("related_phrases", {}).get(lang, [])
        if not _script_ok(lang, v)
    ]
    assert bad == []


def test_arabic_and_persian_letters_not_mixed(actors: list[tuple[str, Actor]]) -> None:
    persian_only, arabic_only = set("پچژگیک"), set("يك")
    bad = [(a["id"], v) for _, a in actors for v in _names(a, "ar") if set(v) & persian_only]
    bad += [(a["id"], v) for _, a in actors for v in _names(a, "fa") if set(v) & arabic_only]
    assert bad == []


def test_no_arabic_diacritics_or_tatweel(actors: list[tuple[str, Actor]]) -> None:
    marks = {chr(c) for c in range(0x064B, 0x0653)} | {"\u0640"}
    bad = [
        (a["id"], v)
        for _, a in actors
        for lang in ("ar", "fa")
        for v in _names(a, lang)
        if set(v) & marks
    ]
    assert bad == []


def test_hebrew_gershayim_forms_have_ascii_twins(actors: list[tuple[str, Actor]]) -> None:
    # the corpus mostly writes צה"ל with an ASCII quote; a ״ form must never be the only one
    bad = [
        (a["id"], v)
        for _, a in actors
        for v in _names(a, "he")
        if "\u05f4" in v and v.replace("\u05f4", '"') not in _names(a, "he")
    ]
    assert bad == []


def test_ambiguous_entries_are_listed_aliases(actors: list[tuple[str, Actor]]) -> None:
    bad = []
    for _, a in actors:
        listed = {v for lang in LANGUAGES for v in _names(a, lang)}
        bad += [(a["id"], v) for v in a["aliases"].get("ambiguous", []) if v not in listed]
    assert bad == []


def test_bare_jihad_is_not_an_alias(actors: list[tuple[str, Actor]]) -> None:
    bare = {"jihad", "الجهاد", "جهاد", "ג'יהאד", "הג'יהאד", "джихад", "resistance", "المقاومة"}
    bad = [
        (a["id"], v)
        for _, a in actors
        for lang in LANGUAGES
        for v in _names(a, lang)
        if v.casefold() in bare
    ]
    assert bad == []


def _overlap(a: Actor, b: Actor) -> bool:
    a_from, a_to = a.get("active_from", "0000-01-01"), a.get("active_to", "9999-12-31")
    b_from, b_to = b.get("active_from", "0000-01-01"), b.get("active_to", "9999-12-31")
    return a_from < b_to and b_from < a_to


def test_an_alias_names_one_actor_at_a_time(actors: list[tuple[str, Actor]]) -> None:
    owners: dict[tuple[str, str], list[Actor]] = defaultdict(list)
    for _, a in actors:
        for lang in LANGUAGES:
            for v in _names(a, lang):
                owners[(lang, v.casefold())].append(a)
    clashes = [
        (key, [x["id"] for x in group])
        for key, group in owners.items()
        # one actor may list an acronym and its title-case spelling ("NATO", "Nato")
        if any(x["id"] != y["id"] and _overlap(x, y) for i, x in enumerate(group) for y in group[i + 1 :])
    ]
    assert clashes == []


def test_related_phrases_are_not_plain_aliases(actors: list[tuple[str, Actor]]) -> None:
    bad = []
    for _, a in actors:
        for lang, phrases in a.get("related_phrases", {}).items():
            own = {v.casefold() for v in _names(a, lang)}
            bad += [(a["id"], p) for p in phrases if p.casefold() in own]
    assert bad == []


# --- affiliations, roles, dates -------------------------------------------------------------


def test_affiliations_resolve_without_cycles(
    actors: list[tuple[str, Actor]], by_id: dict[str, Actor]
) -> None:
    unresolved = [
        (a["id"], a["affiliation"])
        for _, a in actors
        if "affiliation" in a and a["affiliation"] not in by_id
    ]
    assert unresolved == []
    for _, a in actors:
        seen, cur = {a["id"]}, a
        while "affiliation" in cur:
            cur = by_id[cur["affiliation"]]
            assert cur["id"] not in seen, f"affiliation cycle through {a['id']}"
            seen.add(cur["id"])


def test_persons_affiliate_to_organisations(
    actors: list[tuple[str, Actor]], by_id: dict[str, Actor]
) -> None:
    bad = [
        a["id"]
        for _, a in actors
        if a["type"] == "person"
        and by_id.get(a.get("affiliation", ""), {}).get("type") in (None, "person")
    ]
    assert bad == []


# the offices of state institutions (seeds/rules/offices.toml): the one kind of role a non-person holds
INSTITUTION_OFFICES = {"foreign_ministry", "defence_ministry", "army", "armed_forces", "government"}


def test_roles_only_for_persons_and_every_person_has_one(actors: list[tuple[str, Actor]]) -> None:
    bad = [a["id"] for _, a in actors if a["type"] == "person" and not a.get("roles")]
    bad += [a["id"] for _, a in actors if a["type"] != "person"
            and any(r.get("office") not in INSTITUTION_OFFICES for r in a.get("roles", []))]
    bad += [a["id"] for _, a in actors if a["type"] != "person" and "died" in a]
    assert bad == []


def test_role_dates_valid(actors: list[tuple[str, Actor]]) -> None:
    for _, a in actors:
        for role in a.get("roles", []):
            assert role["title"].strip(), a["id"]
            start = _date(role["from"]) if "from" in role else None
            end = _date(role["to"]) if "to" in role else None
            if start and end:
                assert start <= end, (a["id"], role)
            for d in (start, end):
                assert d is None or date(1950, 1, 1) <= d <= COMPILED, (a["id"], role)


def test_dead_persons_roles_end_by_death(actors: list[tuple[str, Actor]]) -> None:
    for _, a in actors:
        if "died" not in a:
            continue
        died = _date(a["died"])
        assert died <= COMPILED, a["id"]
        assert all("to" in r for r in a["roles"]), f"{a['id']}: open role after death"
        ends = [_date(r["to"]) for r in a["roles"]]
        assert max(ends) == died, f"{a['id']}: last role should end on the date of death"
        assert all(e <= died for e in ends)


def test_active_periods_valid(actors: list[tuple[str, Actor]]) -> None:
    for _, a in actors:
        if "active_from" in a and "active_to" in a:
            assert _date(a["active_from"]) < _date(a["active_to"]), a["id"]
        for key in ("active_from", "active_to"):
            if key in a:
                assert _date(a[key]) <= COMPILED, a["id"]


def _holder(by_id: dict[str, Actor], title: str, on: date) -> list[str]:
    out = []
    for a in by_id.values():
        for r in a.get("roles", []):
            if r["title"] != title:
                continue
            start = _date(r["from"]) if "from" in r else date.min
            end = _date(r["to"]) if "to" in r else date.max
            if start <= on < end:
                out.append(a["id"])
    return out


@pytest.mark.parametrize(
    ("title", "on", "expected"),
    [
        ("Secretary General of NATO", date(2024, 9, 30), ["jens-stoltenberg"]),
        ("Secretary General of NATO", date(2024, 10, 1), ["mark-rutte"]),
        (
            "High Representative of the European Union for Foreign Affairs and Security Policy",
            date(2024, 11, 30),
            [],
        ),
        (
            "High Representative of the European Union for Foreign Affairs and Security Policy",
            date(2024, 12, 1),
            ["kaja-kallas"],
        ),
        (
            "High Representative of the European Union for Foreign Affairs and Security Policy",
            date(2024, 6, 1),
            ["josep-borrell"],
        ),
        ("President of the European Council", date(2025, 1, 1), ["antonio-costa"]),
        ("Secretary-General of Hezbollah", date(2024, 10, 29), ["naim-qassem"]),
        ("Secretary-General of Hezbollah", date(2024, 10, 1), []),
        (
            "Commander-in-Chief of the Islamic Revolutionary Guard Corps",
            date(2025, 1, 1),
            ["hossein-salami"],
        ),
        (
            "Commander-in-Chief of the Islamic Revolutionary Guard Corps",
            date(2025, 9, 1),
            ["mohammad-pakpour"],
        ),
        (
            "Chief of the General Staff of the Israel Defense Forces",
            date(2024, 1, 1),
            ["herzi-halevi"],
        ),
        (
            "Chief of the General Staff of the Israel Defense Forces",
            date(2025, 6, 1),
            ["eyal-zamir"],
        ),
    ],
)
def test_office_holders(by_id: dict[str, Actor], title: str, on: date, expected: list[str]) -> None:
    # a missing `to` is open-ended; roles without `from` (e.g. Qassem's deputy years) are
    # open at the start, so the Borrell-era check also proves no other holder overlaps him
    assert _holder(by_id, title, on) == expected


# --- spot checks ----------------------------------------------------------------------------


def test_spot_checks(by_id: dict[str, Actor]) -> None:
    assert "حزب الله" in by_id["hezbollah"]["aliases"]["ar"]
    assert by_id["hezbollah"]["country"] == "LBN"
    assert "أنصار الله" in by_id["houthis"]["aliases"]["ar"]
    assert "الحوثيون" in by_id["houthis"]["aliases"]["ar"]
    assert "Ansar Allah" in by_id["houthis"]["aliases"]["en"]
    assert 'צה"ל' in by_id["idf"]["aliases"]["he"]
    assert "ЦАХАЛ" in by_id["idf"]["aliases"]["ru"]
    assert {"سپاه پاسداران", "سپاه"} <= set(by_id["irgc"]["aliases"]["fa"])
    assert "داعش" in by_id["islamic-state"]["aliases"]["ar"]
    assert "IS" in by_id["islamic-state"]["aliases"]["ambiguous"]
    assert "Hamas-run" in by_id["hamas"]["related_phrases"]["en"]
    assert "التابعة لحماس" in by_id["hamas"]["related_phrases"]["ar"]
    assert by_id["yahya-sinwar"]["died"] == "2024-10-16"
    assert by_id["hassan-nasrallah"]["died"] == "2024-09-27"
    assert by_id["ismail-haniyeh"]["died"] == "2024-07-31"
    rutte = [r for r in by_id["mark-rutte"]["roles"] if r["title"] == "Secretary General of NATO"]
    assert rutte == [{"title": "Secretary General of NATO", "office": "nato_secretary_general", "from": "2024-10-01"}]


@pytest.mark.parametrize(
    ("child", "parent"),
    [
        ("quds-force", "irgc"),
        ("al-qassam-brigades", "hamas"),
        ("al-quds-brigades", "palestinian-islamic-jihad"),
        ("radwan-force", "hezbollah"),
        ("mohammed-deif", "hamas"),
        ("unrwa", "un"),
        ("karim-khan", "icc"),
        ("isis-k", "islamic-state"),
        ("aqap", "al-qaeda"),
    ],
)
def test_rolls_up(by_id: dict[str, Actor], child: str, parent: str) -> None:
    chain, cur = [], by_id[child]
    while "affiliation" in cur:
        cur = by_id[cur["affiliation"]]
        chain.append(cur["id"])
    assert parent in chain


def test_sudan_war_parties(by_id: dict[str, Actor]) -> None:
    # al-Burhan himself is in middle-east.toml; the RSF leader is here
    assert by_id["saf"]["country"] == by_id["rsf"]["country"] == "SDN"
    assert "قوات الدعم السريع" in by_id["rsf"]["aliases"]["ar"]
    assert "RSF" in by_id["rsf"]["aliases"]["ambiguous"]  # also Reporters sans frontières
    assert by_id["mohamed-hamdan-dagalo"]["affiliation"] == "rsf"


def test_syrian_army_alias_switches_at_the_fall_of_assad(by_id: dict[str, Actor]) -> None:
    old, new = by_id["syrian-arab-army"], by_id["syrian-armed-forces"]
    assert "Syrian army" in old["aliases"]["en"] and "Syrian army" in new["aliases"]["en"]
    assert old["active_to"] == new["active_from"] == "2024-12-08"
