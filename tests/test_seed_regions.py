# Ambiguous aliases recorded in seeds/regions (snapshot of every region's `ambiguous` list when
# this test was written; each is explained in that region's `note`). The analyser should require
# context (or case-sensitive matching) before counting a hit on one of these:
#   countries.toml:
#     AFG: Afghan
#     ALB: Albanian, Albanians
#     DZA: الجزائر, Алжир
#     ATG: Saint John's, St. John's, Сент-Джонс
#     ARM: Armenian, ارامنه
#     AUT: Vienna, فيينا, وین, וינה, Вена, Vienne
#     AZE: آذربایجان, آذربایجانی, آذری, Azeri
#     BHS: Nassau
#     BLR: Minsk
#     BEL: Brussels, بروكسل, بروکسل, בריסל, Брюссель, Bruxelles
#     BEN: בנין, بنين
#     BTN: بوتان
#     BRA: Бразилия
#     BGR: Sofia, صوفيا, صوفیه, סופיה, София
#     CAN: קנדי
#     CAF: أفريقيا الوسطى, آفریقای مرکزی
#     TCD: Chad, Чад
#     CHL: Santiago, سانتياغو, سانتیاگو, סנטיאגו, Сантьяго, Chili, Чили, Chile
#     CHN: China, סיני, Chinese
#     COL: Colombie, Колумбия, קולומביה
#     COM: قمري, قمرية
#     CRI: San José, سان خوسيه, سان خوزه, סן חוסה, Сан-Хосе
#     CUB: קובה
#     CZE: چک, Prague
#     COD: Congo, Congolese, الكونغو, كونغولي, كونغولية, کنگو, קונגו, Конго, конголезский,
#         конголезская, конголезские, congolais, congolaise, congolaises
#     DNK: דני, Dane, דנית
#     DMA: Dominique, Доминика, Roseau
#     DOM: Dominican, Dominicans, доминиканский, dominicain, dominicaine
#     ECU: Équateur, équatorien, équatorienne
#     SLV: Сальвадор, Salvador
#     ERI: אריתראי, אריתראים
#     ETH: Addis Ababa, אתיופי, אתיופית, אתיופים
#     FIN: Helsinki, פיני
#     FRA: French, Paris
#     GEO: Georgia, Georgian, جورجيا, Géorgie
#     GHA: غنایی
#     GRC: Greek
#     GRD: Grenade, גרנדה, گرنادا, Гренада, Saint George's, St. George's, Saint-Georges
#     GIN: Guinea, Guinean, غينيا, گینه, גינאה, Гвинея, Guinée, guinéen, guinéenne
#     GUY: Georgetown, جورج تاون, جورج‌تاون, ג'ורג'טאון, Джорджтаун, گویان
#     VAT: Vatican
#     HUN: Budapest
#     IND: Indian, Indians, indien, هندی, הודו, الهند
#     IRN: Persia, جمهوری اسلامی, République islamique, הרפובליקה האסלאמית
#     IRL: Ireland, Irish, Dublin, אירית
#     ISR: ישראל, صهیونیستی
#     ITA: Rome, رم
#     JAM: Kingston, كينغستون, کینگستون, קינגסטון, Кингстон
#     JOR: Jordan, الأردن, ירדן, عمان
#     KAZ: Astana, آستانه, قزاق
#     KEN: קניה
#     LBN: Lebanon
#     LBY: Tripoli, طرابلس, Триполи, טריפולי
#     LUX: Luxembourg, Люксембург
#     MDV: Malé
#     MLI: مالي, مالی
#     MLT: مالت
#     MUS: Maurice, موریس, Маврикий
#     FSM: Micronesia, Micronesian, ميكرونيسيا, میکرونزی, מיקרונזיה, Микронезия, Micronésie
#     MDA: Moldavia, Moldavie
#     MCO: Monaco
#     MNG: монгол, монголы, mongol
#     MNE: الجبل الأسود
#     MAR: المغرب, مغربي, مغاربة, مغرب, مراکش, رباط
#     NLD: Hollande, Holland
#     NZL: Wellington
#     NER: Niger, нигериец
#     NGA: нигериец
#     MKD: Macedonia, مقدونيا, مقدونیه, מקדוניה, Македония, Macédoine, macédonien,
#         macédonienne, macédoniens, macédoniennes
#     NOR: Oslo
#     OMN: عمان, Muscat
#     PSE: Palestine
#     PAN: Panama, Panamanian
#     PER: Lima, ليما, لیما, לימה, Лима, پرو, Перу
#     PHL: Philippine, philippine, Manila
#     POL: Polish, Pole, Poles, بولونيا
#     PRT: برتغالي, Portuguese
#     QAT: قطر, Катар
#     COG: Congo, Congolese, الكونغو, كونغولي, كونغولية, کنگو, קונגו, Конго, конголезский,
#         конголезская, конголезские, congolais, congolaise, congolaises
#     ROU: روماني, رومانية, Romanian
#     RUS: Russian, русский, روس
#     KNA: Basseterre
#     WSM: Samoa, Samoan
#     SAU: عربستان, ریاض
#     SEN: Dakar
#     SRB: Serb, Serbs
#     SOM: Somali, Somalis
#     ZAF: جنوب أفريقيا, جنوب إفريقيا
#     SSD: جنوب السودان
#     ESP: Spanish, ספרדי, ספרדית, ספרדים, espagnol
#     LKA: Colombo, کلمبو
#     SDN: חרטום
#     CHE: برن
#     TWN: Republic of China, République de Chine, Китайская Республика
#     TJK: Tajik, تاجیک
#     THA: Thai, тайский
#     TGO: Того, Togo
#     TUN: تونس, Тунис
#     TKM: Turkmen, туркмен, туркменский
#     TUR: Turkey, Turks
#     UKR: Незалежная
#     ARE: the Emirates, EAU, Эмираты
#     GBR: انگلیسی, UK, انگلیس, Англия, Angleterre, אנגליה
#     USA: US, America, American, Americans, Amérique, אמריקה, Америка, Washington, Штаты
#     UZB: Uzbek, ازبک
#     VNM: Vietnam
#     YEM: תימני, Сана
#   places.toml:
#     gaza-strip: Gaza, غزة, غزه, עזה, Газа
#     west-bank: الضفة, Judea and Samaria, יהודה ושומרון, Иудея и Самария, Judée-Samarie
#     jerusalem: القدس, قدس, Al-Quds
#     al-aqsa: Al-Aqsa, الأقصى, الاقصی, אל-אקצא, Аль-Акса, al-Aqsa
#     nablus: שכם
#     jenin: جنين, جنین
#     hebron: الخليل, الخلیل
#     ramallah: البيرة
#     jericho: יריחו
#     jordan-valley: הבקעה
#     eilat: אילת, ایلات
#     sderot: שדרות
#     negev: نقب, נגב
#     galilee: جلیل, גליל, Galilée
#     aleppo: חלב, حلب
#     homs: حمص
#     hama: חמה
#     raqqa: رقه
#     dahiyeh: الضاحية
#     tyre: Tyre, صور, צור, Тир
#     blue-line: Blue Line, خط آبی
#     kurdistan-region: Kurdistan, كردستان, کردستان, כורדיסטן, Курдистан
#     basra: בצרה
#     arak: Arak, אראק, أراك
#     khuzestan: الأحواز, الأهواز
#     abu-musa-and-tunbs: Abu Musa, أبو موسى, אבו מוסא, Абу-Муса
#     sanaa: Сана
#     aden: עדן, عدن
#     marib: مأرب
#     jeddah: جدة
#     sinai: סיני, سینا
#     suez-canal: Suez, السويس, سوئز, סואץ, Суэц
#     tigray: Tigré, Тигре
#     western-sahara: الصحراء المغربية, Sahara marocain, صحراوي, صحراوية
#     strait-of-hormuz: Hormuz, هرمز, הורמוז, Ормуз, Ormuz
#     arabian-sea: mer d'Oman
#     caspian-sea: خزر
#     crimea: Republic of Crimea, Республика Крым, république de Crimée, קרים
#     donetsk-oblast: DPR, Donetsk People's Republic, ДНР, Донецкая Народная Республика,
#         république populaire de Donetsk, RPD
#     luhansk-oblast: LPR, Luhansk People's Republic, Lugansk People's Republic, ЛНР,
#         Луганская Народная Республика, république populaire de Lougansk, RPL
#     odesa: Odessa
#     dnipro: Dnipro, Днепр
#     lviv: Львов
#     kursk-oblast: Kursk, Курск
#     chechnya: Chechen, Chechens, چچن
#     saint-petersburg: St Petersburg, St. Petersburg
#     nagorno-karabakh: Artsakh, Арцах
#     kashmir: Cachemire
#     geneva: Geneva, جنيف, ژنو, ז'נבה, Женева, Genève
#   groupings.toml:
#     middle-east: Near East
#     gulf: الخليج
#     levant: الشام, Levant, المشرق العربي, Proche-Orient
#     caucasus: Caucasus, القوقاز, قفقاز, הקווקז, Кавказ, Caucase
#     sahel: Sahel
#     european-union: EU, ЕС, UE
#     palestinian-territories: השטחים, سرزمین‌های اشغالی فلسطین

"""Schema and content checks for the regions gazetteer (seeds/regions/*.toml)."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import pytest

from monitor.analysis.reference import data_release

REGIONS_DIR = Path(__file__).resolve().parents[1] / "seeds" / "regions"
FILES = ("countries", "places", "groupings")
LANGS = ("ar", "en", "fa", "he", "ru", "fr")
PLACE_KINDS = {"territory", "area", "city", "sea", "strait", "subnational"}

# The 193 UN member states by ISO 3166-1 alpha-3 (UN list; Türkiye = TUR, Czechia = CZE,
# Eswatini = SWZ, North Macedonia = MKD, Côte d'Ivoire = CIV, Cabo Verde = CPV).
_UN_MEMBERS_TEXT = """
    AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH
    BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP
    CZE PRK COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU
    GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ
    KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS
    MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN
    PNG PRY PER PHL POL PRT QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC
    SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN
    TUR TKM TUV UGA UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE
"""
UN_MEMBERS = set(_UN_MEMBERS_TEXT.split())
UN_OBSERVERS = {"VAT", "PSE"}

ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3]")
PERSIAN_ONLY = re.compile(r"[\u067E\u0686\u0698\u06A9\u06AF\u06CC]")  # پ چ ژ ک گ ی
ARABIC_YEH_KAF = re.compile(r"[\u064A\u0643]")  # ي ك (Persian uses ی ک)
HEBREW_LETTER = re.compile(r"[\u05D0-\u05EA]")
CYRILLIC_LETTER = re.compile(r"[\u0400-\u04FF]")
LATIN_LETTER = re.compile(r"[A-Za-z\u00C0-\u024F]")


def _load(name: str) -> dict[str, Any]:
    with (REGIONS_DIR / f"{name}.toml").open("rb") as fh:
        return tomllib.load(fh)


@pytest.fixture(scope="module")
def docs() -> dict[str, dict[str, Any]]:
    return {name: _load(name) for name in FILES}


@pytest.fixture(scope="module")
def regions(docs: dict[str, dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    return {name: doc["region"] for name, doc in docs.items()}


@pytest.fixture(scope="module")
def by_id(regions: dict[str, list[dict[str, Any]]]) -> dict[str, dict[str, Any]]:
    return {r["id"]: r for rs in regions.values() for r in rs}


def _all(regions: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    return [r for rs in regions.values() for r in rs]


def _strings(region: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(table, lang, string) for every alias and capital string of a region."""
    out = []
    for table in ("aliases", "capital"):
        for lang, values in region.get(table, {}).items():
            out.extend((table, lang, v) for v in values)
    return out


# --------------------------------------------------------------------------- schema


@pytest.mark.parametrize("name", FILES)
def test_schema_and_version_keys(docs: dict[str, dict[str, Any]], name: str) -> None:
    doc = docs[name]
    # the version lives in seeds/MANIFEST.toml only (issue 11 §4), and it is a release date
    assert re.fullmatch(r"\d{4}\.\d{2}\.\d{2}", data_release().version)
    assert set(doc) == {"region"}
    assert isinstance(doc["region"], list)
    assert len(doc["region"]) > 10


def test_only_known_keys(regions: dict[str, list[dict[str, Any]]]) -> None:
    allowed = {
        "countries": {
            "id",
            "kind",
            "iso2",
            "name",
            "un",
            "wikidata",
            "ambiguous",
            "note",
            "aliases",
            "capital",
        },
        "places": {
            "id",
            "kind",
            "name",
            "parent",
            "countries",
            "wikidata",
            "ambiguous",
            "note",
            "aliases",
        },
        "groupings": {"id", "kind", "name", "members", "wikidata", "ambiguous", "note", "aliases"},
    }
    for name, rs in regions.items():
        for r in rs:
            extra = set(r) - allowed[name]
            assert not extra, (r["id"], extra)
            assert isinstance(r["name"], str) and r["name"].strip() == r["name"] != ""


def test_ids_unique_across_files(regions: dict[str, list[dict[str, Any]]]) -> None:
    ids = Counter(r["id"] for r in _all(regions))
    dupes = [i for i, n in ids.items() if n > 1]
    assert not dupes


def test_slug_ids_for_places_and_groupings(regions: dict[str, list[dict[str, Any]]]) -> None:
    for name in ("places", "groupings"):
        for r in regions[name]:
            assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", r["id"]), r["id"]


# --------------------------------------------------------------------------- countries


def test_un_members_and_observers_present(regions: dict[str, list[dict[str, Any]]]) -> None:
    cs = regions["countries"]
    members = {r["id"] for r in cs if r["un"] == "member"}
    observers = {r["id"] for r in cs if r["un"] == "observer"}
    assert len(UN_MEMBERS) == 193
    assert members == UN_MEMBERS
    assert observers == UN_OBSERVERS
    assert {r["un"] for r in cs} <= {"member", "observer", "none"}


def test_non_un_states(by_id: dict[str, dict[str, Any]]) -> None:
    for code, iso2 in (("XKX", "XK"), ("TWN", "TW")):
        r = by_id[code]
        assert r["un"] == "none"
        assert r["kind"] == "state"
        assert r["iso2"] == iso2
        assert r.get("note")


def test_country_kinds(regions: dict[str, list[dict[str, Any]]]) -> None:
    for r in regions["countries"]:
        assert r["kind"] in {"country", "state"}
        # UN members and observers are "country"; only non-UN polities are "state"
        assert (r["kind"] == "state") == (r["un"] == "none"), r["id"]


def test_iso_codes_well_formed_and_unique(regions: dict[str, list[dict[str, Any]]]) -> None:
    cs = regions["countries"]
    for r in cs:
        assert re.fullmatch(r"[A-Z]{3}", r["id"]), r["id"]
        assert re.fullmatch(r"[A-Z]{2}", r["iso2"]), r["id"]
    assert len({r["iso2"] for r in cs}) == len(cs)
    assert len({r["id"] for r in cs}) == len(cs)
    # a few fixed pairs that are easy to get wrong
    pairs = {r["id"]: r["iso2"] for r in cs}
    assert pairs["GBR"] == "GB"
    assert pairs["PSE"] == "PS"
    assert pairs["VAT"] == "VA"
    assert pairs["COD"] == "CD"
    assert pairs["COG"] == "CG"
    assert pairs["SRB"] == "RS"
    assert pairs["MNE"] == "ME"
    assert pairs["ARE"] == "AE"


def test_wikidata_ids(regions: dict[str, list[dict[str, Any]]]) -> None:
    qids = [r["wikidata"] for r in _all(regions) if "wikidata" in r]
    assert all(re.fullmatch(r"Q[1-9]\d*", q) for q in qids)
    assert len(qids) == len(set(qids))


def test_capital_tables(regions: dict[str, list[dict[str, Any]]]) -> None:
    with_capital = [r for r in regions["countries"] if r.get("capital")]
    assert len(with_capital) > 170
    for r in with_capital:
        assert set(r["capital"]) <= set(LANGS), r["id"]
        assert "en" in r["capital"], r["id"]


# --------------------------------------------------------------------------- aliases


def test_every_region_has_all_six_languages(regions: dict[str, list[dict[str, Any]]]) -> None:
    for r in _all(regions):
        aliases = r["aliases"]
        assert set(aliases) == set(LANGS), (r["id"], sorted(aliases))
        for lang in LANGS:
            assert isinstance(aliases[lang], list), (r["id"], lang)
            assert aliases[lang], (r["id"], lang)


def test_alias_strings_clean(regions: dict[str, list[dict[str, Any]]]) -> None:
    for r in _all(regions):
        for table in ("aliases", "capital"):
            for lang, values in r.get(table, {}).items():
                assert len(values) == len(set(values)), (r["id"], table, lang, "duplicate")
                for v in values:
                    assert isinstance(v, str)
                    assert v, (r["id"], lang)
                    assert v == v.strip(), (r["id"], lang, v)
                    assert "  " not in v, (r["id"], lang, v)
                    assert unicodedata.normalize("NFC", v) == v, (r["id"], lang, v)
                    assert not any(unicodedata.category(c) == "Cc" for c in v), (r["id"], v)


def test_alias_scripts(regions: dict[str, list[dict[str, Any]]]) -> None:
    """Each language's strings are in that language's script (catches pasted transliterations
    and Arabic/Persian letter mix-ups)."""
    for r in _all(regions):
        for _table, lang, v in _strings(r):
            where = (r["id"], lang, v)
            if lang == "ar":
                assert ARABIC_LETTER.search(v), where
                assert not PERSIAN_ONLY.search(v), where
                assert not LATIN_LETTER.search(v), where
            elif lang == "fa":
                assert ARABIC_LETTER.search(v) or PERSIAN_ONLY.search(v), where
                assert not ARABIC_YEH_KAF.search(v), where
                assert not LATIN_LETTER.search(v), where
            elif lang == "he":
                assert HEBREW_LETTER.search(v), where
                assert not LATIN_LETTER.search(v), where
            elif lang == "ru":
                assert CYRILLIC_LETTER.search(v), where
                assert not LATIN_LETTER.search(v), where
            else:  # en, fr
                assert LATIN_LETTER.search(v), where
                assert not CYRILLIC_LETTER.search(v) and not ARABIC_LETTER.search(v), where


def test_ambiguous_entries_are_aliases_and_explained(
    regions: dict[str, list[dict[str, Any]]],
) -> None:
    flagged = 0
    for r in _all(regions):
        amb = r.get("ambiguous", [])
        if not amb:
            continue
        flagged += 1
        assert r.get("note"), r["id"]
        known = {v for _t, _l, v in _strings(r)}
        for a in amb:
            assert a in known, (r["id"], a)
        assert len(amb) == len(set(amb)), r["id"]
    assert flagged > 50


def test_shared_aliases_are_flagged(regions: dict[str, list[dict[str, Any]]]) -> None:
    """The same alias (per language, case-folded) may name two regions only if every region
    using it flags it as ambiguous (e.g. "Congo" for COD and COG, Hebrew "סיני" for China and
    Sinai)."""
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    amb: dict[str, set[str]] = {}
    for r in _all(regions):
        amb[r["id"]] = {a.casefold() for a in r.get("ambiguous", [])}
        for lang, values in r["aliases"].items():
            for v in values:
                owners[(lang, v.casefold())].add(r["id"])
    shared = {k: ids for k, ids in owners.items() if len(ids) > 1}
    assert shared  # the Congo case exists, so the check is exercised
    for (lang, alias), ids in shared.items():
        for i in ids:
            assert alias in amb[i], (lang, alias, sorted(ids))


def test_hebrew_acronyms_have_both_quote_forms(
    regions: dict[str, list[dict[str, Any]]],
) -> None:
    for r in _all(regions):
        he = r["aliases"]["he"]
        for v in he:
            if '"' in v:
                assert v.replace('"', "\u05f4") in he, (r["id"], v)


# --------------------------------------------------------------------------- references


def test_place_kinds_and_parents(
    regions: dict[str, list[dict[str, Any]]], by_id: dict[str, dict[str, Any]]
) -> None:
    for r in regions["places"]:
        assert r["kind"] in PLACE_KINDS, r["id"]
        assert "parent" in r or "countries" in r, r["id"]
        if "parent" in r:
            assert r["parent"] in by_id, (r["id"], r["parent"])
            assert r["parent"] != r["id"]
            assert by_id[r["parent"]]["kind"] != "grouping", r["id"]
        if r["kind"] in {"sea", "strait"} and "parent" not in r:
            assert r.get("countries"), r["id"]


def test_no_parent_cycles(
    regions: dict[str, list[dict[str, Any]]], by_id: dict[str, dict[str, Any]]
) -> None:
    for r in regions["places"]:
        seen = {r["id"]}
        cur = r
        while "parent" in cur:
            cur = by_id[cur["parent"]]
            assert cur["id"] not in seen, r["id"]
            seen.add(cur["id"])


def test_country_lists_resolve(regions: dict[str, list[dict[str, Any]]]) -> None:
    codes = {r["id"] for r in regions["countries"]}
    for r in regions["places"]:
        cs = r.get("countries", [])
        assert len(cs) == len(set(cs)), r["id"]
        for c in cs:
            assert c in codes, (r["id"], c)


def test_grouping_members_resolve(
    regions: dict[str, list[dict[str, Any]]], by_id: dict[str, dict[str, Any]]
) -> None:
    for g in regions["groupings"]:
        assert g["kind"] == "grouping"
        members = g["members"]
        assert len(members) >= 2, g["id"]
        assert len(members) == len(set(members)), g["id"]
        for m in members:
            assert m in by_id, (g["id"], m)
            assert by_id[m]["kind"] != "grouping", (g["id"], m)


def test_grouping_memberships(by_id: dict[str, dict[str, Any]]) -> None:
    def members(gid: str) -> set[str]:
        return set(by_id[gid]["members"])

    assert members("gulf") == {"BHR", "KWT", "OMN", "QAT", "SAU", "ARE"}
    assert len(members("arab-world")) == 22
    assert {"PSE", "COM", "SOM", "DJI", "MRT", "SYR"} <= members("arab-world")
    assert "IRN" not in members("arab-world")
    assert len(members("european-union")) == 27
    assert "GBR" not in members("european-union")
    assert len(members("nato-members")) == 32
    assert {"FIN", "SWE", "TUR", "USA"} <= members("nato-members")
    assert len(members("former-soviet-union")) == 15
    assert members("central-asia") == {"KAZ", "KGZ", "TJK", "TKM", "UZB"}
    assert members("palestinian-territories") == {"gaza-strip", "west-bank", "east-jerusalem"}
    assert {"ARM", "AZE", "GEO"} <= members("caucasus")
    assert members("middle-east") <= members("mena")


# --------------------------------------------------------------------------- spot checks


def test_spot_checks(by_id: dict[str, dict[str, Any]]) -> None:
    assert "إيران" in by_id["IRN"]["aliases"]["ar"]
    assert "ایران" in by_id["IRN"]["aliases"]["fa"]
    assert "Tehran" in by_id["IRN"]["capital"]["en"]
    assert "ישראל" in by_id["ISR"]["aliases"]["he"]
    assert "Россия" in by_id["RUS"]["aliases"]["ru"]
    assert "Украина" in by_id["UKR"]["aliases"]["ru"]
    assert 'ארה"ב' in by_id["USA"]["aliases"]["he"]
    assert "США" in by_id["USA"]["aliases"]["ru"]
    assert "الإمارات" in by_id["ARE"]["aliases"]["ar"]
    assert {"السعودية", "المملكة العربية السعودية"} <= set(by_id["SAU"]["aliases"]["ar"])
    assert by_id["gaza-strip"]["parent"] == "PSE"
    assert by_id["west-bank"]["parent"] == "PSE"
    assert by_id["crimea"]["parent"] == "UKR"
    assert by_id["golan-heights"]["parent"] == "SYR"
    assert "parent" not in by_id["jerusalem"]
    assert set(by_id["jerusalem"]["countries"]) == {"ISR", "PSE"}
    assert {"IRN", "ISR", "SAU", "EGY"} <= set(by_id["middle-east"]["members"])
    gulf_sea = by_id["persian-gulf"]
    assert "Arabian Gulf" in gulf_sea["aliases"]["en"]
    assert "الخليج العربي" in gulf_sea["aliases"]["ar"]
    assert "خلیج فارس" in gulf_sea["aliases"]["fa"]
    assert "Georgia" in by_id["GEO"]["ambiguous"]
    assert "Jordan" in by_id["JOR"]["ambiguous"]
    assert "Chad" in by_id["TCD"]["ambiguous"]
    assert "Congo" in by_id["COD"]["ambiguous"] and "Congo" in by_id["COG"]["ambiguous"]
