"""Reading v2 (issue 8) on a small reference set written here: lemmas, PLOVER types, composition,
adversary-aware contact, office titles.  The rules are tested on data whose every entry is visible
in this file, so a failure points at the code, not at a seed file another change edited."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from monitor.analysis.analyzer import Analyzer
from monitor.analysis.evaluate import evaluate, main_type
from monitor.analysis.lemmas import Keyer
from monitor.analysis.reference import ReferenceError, load_reference
from monitor.analysis.seedcheck import check_corpus
from monitor.analysis.types import Reading

REGIONS = """
[[region]]
id = "IRN"
kind = "country"
name = "Iran"
[region.aliases]
en = ["Iran", "Iranian"]
ar = ["إيران", "الإيراني"]
ru = ["Иран"]

[[region]]
id = "ISR"
kind = "country"
name = "Israel"
[region.aliases]
en = ["Israel", "Israeli"]
ru = ["Израиль"]

[[region]]
id = "USA"
kind = "country"
name = "United States"
[region.aliases]
en = ["United States", "US"]

[[region]]
id = "GBR"
kind = "country"
name = "United Kingdom"
[region.aliases]
en = ["Britain", "British"]
"""

ACTORS = """
[[actor]]
id = "old-fm"
name = "Old Minister"
type = "person"
country = "IRN"
roles = [{ title = "Minister of Foreign Affairs of Iran", office = "foreign_minister", from = "2021-08-25", to = "2024-05-19" }]
[actor.aliases]
en = ["Old Minister"]

[[actor]]
id = "new-fm"
name = "New Minister"
type = "person"
country = "IRN"
roles = [{ title = "Minister of Foreign Affairs of Iran", office = "foreign_minister", from = "2024-08-21" }]
[actor.aliases]
en = ["New Minister"]

[[actor]]
id = "isr-dm"
name = "Defence Person"
type = "person"
country = "ISR"
roles = [{ title = "Minister of Defence of Israel", office = "defence_minister", from = "2024-11-07" }]
[actor.aliases]
en = ["Defence Person"]

[[actor]]
id = "leader"
name = "Supreme Person"
type = "person"
country = "IRN"
roles = [{ title = "Supreme Leader of Iran", office = "supreme_leader", from = "1989-06-04" }]
[actor.aliases]
en = ["Supreme Person"]

[[actor]]
id = "kremlin"
name = "Kremlin"
type = "institution"
country = "RUS"
[actor.aliases]
en = ["Kremlin", "Russian presidency"]
metonyms = ["Kremlin"]
"""

LEXICON = """
schema = 1
language = "en"

[[entry]]
id = "en.attack.strike"
category = "attack"
plover = "ASSAULT"
polarity = "escalation"
weight = -9.5
mode = "material"
patterns = ["strike", "attack"]

[[entry]]
id = "en.coercion.curfew"
category = "coercion"
plover = "COERCE"
polarity = "escalation"
weight = -6.0
mode = "material"
patterns = ["curfew", "blockade"]

[[entry]]
id = "en.talks.talk"
category = "talks"
polarity = "de-escalation"
weight = 4.0
mode = "verbal"
patterns = ["hold talks", "phone call"]

[[entry]]
id = "en.agreement.ceasefire"
category = "agreement"
polarity = "de-escalation"
weight = 8.0
mode = "verbal"
patterns = ["ceasefire", "proposal", "approve"]

[[entry]]
id = "en.disapproval.rebuke"
category = "disapproval"
plover = "ACCUSE"
polarity = "escalation"
weight = -3.5
mode = "verbal"
patterns = ["rebukes", "condemns"]

[[entry]]
id = "en.demand.demand"
category = "demand"
plover = "REQUEST"
polarity = "escalation"
weight = -3.0
mode = "verbal"
patterns = ["demand"]

[[verb]]
lang = "en"
stance = "statement"
forms = ["said", "chanted"]

[[cue]]
lang = "en"
kind = "negation"
scope = "next:6"
forms = ["not"]

[[cue]]
lang = "en"
kind = "reversive"
scope = "next:3"
forms = ["lift", "end"]

[[cue]]
lang = "en"
kind = "goal"
scope = "next:4"
forms = ["to reach"]

[[cue]]
lang = "en"
kind = "opposition"
scope = "next:4"
forms = ["rejected", "opposed to"]

[[cue]]
lang = "en"
kind = "approval"
scope = "next:3"
forms = ["approves", "approved"]

[[cue]]
lang = "en"
kind = "evidence"
scope = "sentence"
forms = ["no evidence"]

[[cue]]
lang = "en"
kind = "reaction"
scope = "next:4"
forms = ["react to", "mourn"]

[[cue]]
lang = "en"
kind = "background"
scope = "next:3"
forms = ["before the"]

[[cue]]
lang = "en"
kind = "explainer"
scope = "sentence"
forms = ["what it takes"]

[[cue]]
lang = "en"
kind = "opinion"
scope = "sentence"
forms = ["opinion"]
"""

LEXICON_RU = """
schema = 1
language = "ru"

[[entry]]
id = "ru.attack.udar"
category = "attack"
polarity = "escalation"
weight = -9.5
mode = "act"
patterns = ["удар"]
"""

LEXICON_AR = """
schema = 1
language = "ar"

[[entry]]
id = "ar.attack.fire"
category = "attack"
polarity = "escalation"
weight = -9.0
mode = "act"
patterns = ["أطلق صواريخ", "يطلق صواريخ"]

[[entry]]
id = "ar.attack.raid"
category = "attack"
polarity = "escalation"
weight = -9.0
mode = "act"
patterns = ["غارة"]

[[cue]]
lang = "ar"
kind = "negation"
scope = "next:3"
forms = ["ما"]
"""

RULES = """
[[office]]
id = "foreign_minister"
name = "Foreign minister"
[office.patterns]
en = ["foreign minister"]
ar = ["وزير الخارجية"]

[[office]]
id = "defence_minister"
name = "Defence minister"
[office.patterns]
en = ["defence minister"]

[[office]]
id = "supreme_leader"
name = "Supreme leader"
country = "IRN"
[office.patterns]
en = ["supreme leader"]

[[relation]]
a = "ISR"
b = "IRN"
kind = "hostile"
from = "1979-02-11"

[peace_terms]
en = ["ceasefire", "hostage"]
"""


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("seeds")
    for sub, name, text in (("regions", "r.toml", REGIONS), ("actors", "a.toml", ACTORS),
                            ("lexicon", "en.toml", LEXICON), ("lexicon", "ru.toml", LEXICON_RU),
                            ("lexicon", "ar.toml", LEXICON_AR), ("rules", "rules.toml", RULES)):
        (root / sub).mkdir(exist_ok=True)
        (root / sub / name).write_text(text, encoding="utf-8")
    return root


@pytest.fixture
def root(seeds: Path, tmp_path: Path) -> Path:
    """A private copy of the test seeds, for a test that adds a file to them."""
    import shutil

    copy = tmp_path / "s"
    shutil.copytree(seeds, copy)
    return copy


@pytest.fixture(scope="module")
def an(seeds: Path) -> Analyzer:
    return Analyzer(load_reference(seeds))


def live(r: Reading) -> list[tuple[str, str]]:
    return [(s.plover_type, s.polarity) for s in r.signals if s.counted > 0]


def test_signals_carry_plover_type_and_mode(an: Analyzer) -> None:
    r = an.analyze("Israel launched a strike on Iran", lang="en")
    [s] = r.signals
    assert (s.plover_type, s.mode, s.component) == ("ASSAULT", "material", "act")
    j = r.as_json()["signals"][0]
    assert j["plover_type"] == "ASSAULT" and j["mode"] == "material"
    assert r.scores.act == pytest.approx(9.5) and r.scores.threat == 0
    # a category without a plover key takes its default; demands are verbal conflict
    d = an.analyze("Iran repeated its demand", lang="en").signals[0]
    assert (d.plover_type, d.polarity, d.mode, d.component) == ("REQUEST", "escalation", "verbal", "threat")
    assert an.analyze("Iran repeated its demand", lang="en").scores.threat == pytest.approx(3.0)


def test_unknown_plover_type_is_a_clear_error(seeds: Path, tmp_path: Path) -> None:
    bad = tmp_path / "seeds"
    (bad / "lexicon").mkdir(parents=True)
    (bad / "lexicon" / "x.toml").write_text(
        'language = "en"\n[[entry]]\nid = "en.x"\ncategory = "attack"\nplover = "FIGHT"\npolarity = "escalation"\nweight = -1\npatterns = ["x"]\n',
        encoding="utf-8")
    with pytest.raises(ReferenceError, match="FIGHT"):
        load_reference(bad)


def test_russian_and_arabic_inflections_meet_the_lemma(an: Analyzer) -> None:
    assert live(an.analyze("Сообщается об ударе по Ирану", lang="ru")) == [("ASSAULT", "escalation")]
    assert live(an.analyze("После ударов по Израилю", lang="ru")) == [("ASSAULT", "escalation")]
    # plural verb the lemmatiser leaves alone: our segmentation strips «وا» onto a lexicon word
    assert live(an.analyze("أطلقوا صواريخ على إيران", lang="ar")) == [("ASSAULT", "escalation")]
    # a prefixed noun («وغارة») still meets the entry
    assert live(an.analyze("وغارة على إيران", lang="ar")) == [("ASSAULT", "escalation")]


def test_surface_keys_are_the_baseline(seeds: Path) -> None:
    base = Analyzer(load_reference(seeds), lemmas={})
    assert base.keyer.signature == "surface"
    assert live(base.analyze("أطلقوا صواريخ على إيران", lang="ar")) == []
    assert base.version != Analyzer(load_reference(seeds)).version


def test_cues_match_whole_tokens(an: Analyzer) -> None:
    # «كما» ("as well as") is not the negation «ما»; «ما» on its own is
    r = an.analyze("كما غارة على إيران", lang="ar")
    assert live(r) == [("ASSAULT", "escalation")]
    r = an.analyze("ما غارة على إيران", lang="ar")
    assert live(r) == [] and r.signals[0].modality == "negated"


@pytest.mark.parametrize(
    ("text", "expected", "modality"),
    [
        ("The US lifted the curfew", [("CONCEDE", "de-escalation")], "asserted"),
        ("They agreed to end the blockade", [("CONCEDE", "de-escalation")], "asserted"),
        ("Iran rejected the proposal", [("REJECT", "escalation")], "asserted"),
        ("Israel is opposed to a ceasefire", [("REJECT", "escalation")], "asserted"),
        ("Leaders react to the strike", [], "reaction"),
        ("They met a week before the attack", [], "historical"),
        ("There is no evidence that Iran launched a strike", [], "negated"),
    ],
)
def test_composition(an: Analyzer, text: str, expected: list[tuple[str, str]], modality: str) -> None:
    r = an.analyze(text, lang="en")
    assert live(r) == expected, r.signals
    assert r.signals[0].modality == modality


def test_goal_is_not_an_asserted_agreement(an: Analyzer) -> None:
    r = an.analyze("Israel and Iran hold talks to reach a ceasefire", lang="en")
    kinds = {s.entry: (s.modality, s.counted > 0) for s in r.signals}
    assert kinds["en.agreement.ceasefire"] == ("goal", False)
    assert kinds["en.talks.talk"][1] is True  # the talks themselves count


def test_approving_an_attack_is_a_threat_not_an_agreement(an: Analyzer) -> None:
    r = an.analyze("Trump approves Iran attack plan", lang="en")
    assert live(r) == [("THREATEN", "escalation")]
    assert r.signals[0].component == "threat"


def test_explainer_headline_is_not_an_act(an: Analyzer) -> None:
    r = an.analyze("", title="What it takes to strike Iran's deepest site", lang="en")
    assert live(r) == [] and r.signals[0].modality == "explainer"


def test_opinion_weighs_half(an: Analyzer) -> None:
    news = an.analyze("Israel launched a strike on Iran", lang="en")
    op = an.analyze("Israel launched a strike on Iran", lang="en", opinion=True)
    assert op.scores.escalation == pytest.approx(news.scores.escalation / 2)
    cue = an.analyze("Israel launched a strike on Iran", title="Opinion: the war nobody wanted", lang="en")
    assert cue.scores.escalation == pytest.approx(news.scores.escalation / 2)


def test_contact_counts_between_adversaries_only(an: Analyzer) -> None:
    adversaries = an.analyze("Israel and Iran hold talks", lang="en", day=date(2025, 1, 5))
    assert live(adversaries) == [("CONSULT", "de-escalation")]
    allies = an.analyze("Britain and the United States hold talks", lang="en", day=date(2025, 1, 5))
    assert live(allies) == [] and allies.signals[0].polarity == "neutral"
    assert allies.signals[0].note == "contact between non-adversaries"
    about_peace = an.analyze("Britain and the United States hold talks on a hostage deal", lang="en")
    assert ("CONSULT", "de-escalation") in live(about_peace)
    # the parties are who talks, not what they talk about
    topic = an.analyze("Britain and the United States hold talks about Israel and Iran", lang="en", day=date(2025, 1, 5))
    assert live(topic) == [] and topic.signals[0].polarity == "neutral"
    coordinating = an.analyze("In a phone call the US and Israel discussed the strike", lang="en")
    assert ("CONSULT", "de-escalation") not in live(coordinating)


def test_titles_resolve_to_the_holder_on_the_day(an: Analyzer) -> None:
    r = an.analyze("Iran's foreign minister said talks will continue", lang="en", day=date(2023, 3, 1))
    assert {(m.id, m.found_by) for m in r.actors} == {("old-fm", "title")}
    r = an.analyze("The Iranian foreign minister arrived", lang="en", day=date(2025, 3, 1))
    assert [m.id for m in r.actors] == ["new-fm"]
    # a vacancy of a few weeks still names the last holder; a long one nobody
    assert [m.id for m in an.analyze("Iran's foreign minister arrived", lang="en", day=date(2024, 6, 1)).actors] == ["old-fm"]
    assert not an.analyze("Iran's foreign minister arrived", lang="en", day=date(2024, 8, 1)).actors
    # Arabic: the adjective follows the title
    r = an.analyze("وصل وزير الخارجية الإيراني", lang="ar", day=date(2025, 3, 1))
    assert "new-fm" in {m.id for m in r.actors}


def test_unqualified_titles_take_the_outlet_country(an: Analyzer) -> None:
    r = an.analyze("The defence minister visited the border", lang="en", day=date(2025, 3, 1), country="ISR")
    assert [m.id for m in r.actors] == ["isr-dm"]
    assert not an.analyze("The defence minister visited the border", lang="en", day=date(2025, 3, 1)).actors
    # a title with a fixed country needs no qualifier
    assert [m.id for m in an.analyze("The supreme leader spoke", lang="en").actors] == ["leader"]
    # the state that leads the sentence is the text's own, before the outlet's
    r = an.analyze("Iran will not attack Britain, foreign minister says", lang="en", day=date(2025, 3, 1), country="GBR")
    assert "new-fm" in {m.id for m in r.actors}


def test_titles_that_are_not_the_holder(an: Analyzer) -> None:
    assert not an.analyze("Iran's former foreign minister spoke", lang="en", day=date(2025, 3, 1)).actors
    # apposition: the name is the mention, the title adds nothing
    r = an.analyze("Iranian foreign minister New Minister spoke", lang="en", day=date(2025, 3, 1))
    assert {(m.id, m.found_by) for m in r.actors} == {("new-fm", "name")}


def test_metonyms_are_reported_as_such(an: Analyzer) -> None:
    r = an.analyze("The Kremlin said the strike was a mistake", lang="en")
    assert [(m.id, m.found_by) for m in r.actors] == [("kremlin", "metonym")]
    assert r.as_json()["actors"][0]["via"] == "metonym"


def test_keyer_segmentation_only_lands_on_lexicon_words() -> None:
    k = Keyer({"ar": "simplemma"})
    k.set_vocabulary(["اطلق", "حمله"])
    assert k.key("أطلقوا", "ar") == "اطلق"
    assert k.key("حملتها", "ar") == "حمله"  # ta marbuta written ت before the enclitic
    assert k.key("كتبوا", "ar") != "كتب"  # not a lexicon word: left as it is
    k2 = Keyer({"ar": "simplemma"})
    k2.set_vocabulary(["ايد", "قصف"])
    assert k2.key("سائد", "ar") != "ايد"  # a one-letter proclitic must leave four letters
    assert k2.key("وقصفوا", "ar") == "قصف"


def test_eval_reports_plover_coverage_and_titles(an: Analyzer) -> None:
    items = [
        {"id": "a", "lang": "en", "date": "2025-03-01", "text": "Israel launched a strike on Iran",
         "regions": ["ISR", "IRN"], "actors": [], "escalation": True, "de_escalation": False,
         "plover": ["ASSAULT"], "main": "ASSAULT", "act": True, "tags": []},
        {"id": "b", "lang": "en", "date": "2025-03-01", "text": "Iran's foreign minister arrived",
         "regions": ["IRN"], "actors": ["new-fm"], "title_actors": ["new-fm"], "escalation": False,
         "de_escalation": False, "plover": ["CONSULT"], "main": "CONSULT", "act": False, "tags": ["title"]},
        {"id": "c", "lang": "en", "date": "2025-03-01", "text": "Leaders react to the strike",
         "regions": [], "actors": [], "escalation": False, "de_escalation": False,
         "plover": [], "main": None, "act": False, "tags": ["reaction"]},
    ]
    rep = evaluate(an, items)
    rates = rep["rates"]["en"]
    assert rates["coverage"] == {"rate": 0.5, "n": 2, "hit": 1}
    assert rates["plover_accuracy"]["rate"] == 1.0
    assert rates["title_recall"]["rate"] == 1.0
    assert rates["false_new_act"] == {"rate": 0.0, "n": 1, "hit": 0}
    assert rep["scores"]["en"]["actors_named"]["fn"] == 0
    assert rep["confusion"]["ASSAULT"] == {"ASSAULT": 1}
    assert rep["plover"]["en"]["types"]["CONSULT"]["fn"] == 1


def test_main_type_prefers_the_title(an: Analyzer) -> None:
    r = an.analyze("Later Iran repeated its demand.", title="Israel launched a strike", lang="en")
    assert main_type(r) == "ASSAULT"


def test_seeds_check_lists_hits_and_dead_entries(an: Analyzer, tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.json").write_text(json.dumps([
        {"title": "Israel launched a strike on Iran", "language": "en", "published": "2025-03-01"},
        {"title": "A second strike hit Iran", "language": "en"},
    ]), encoding="utf-8")
    (corpus / "b.csv").write_text("title,first_seen_utc\nIran repeated its demand,2025-03-02\n", encoding="utf-8")
    rep = check_corpus(an, corpus, lang="en")
    assert rep["items"] == 3
    by = {d["entry"]: d for d in rep["entries"]}
    assert by["en.attack.strike"]["hits"] == 2 and len(by["en.attack.strike"]["samples"]) == 2
    assert by["en.demand.demand"]["hits"] == 1
    assert "en.coercion.curfew" in rep["never_hit"]
    assert rep["summary"]["hits"] == sum(d["hits"] for d in rep["entries"]) == 3
    assert rep["summary"]["entries_that_fire"] == 2


def test_a_speaker_is_the_subject_of_the_reporting_verb(an: Analyzer) -> None:
    said = an.analyze("Iran said Israel launched a strike", lang="en")
    assert [c.speaker for c in said.claims] == ["IRN"]
    inverted = an.analyze("The strike was a mistake, said Israel", lang="en")
    assert [c.speaker for c in inverted.claims] == ["ISR"]
    # what follows a verb in English is what was said, not who said it
    assert not an.analyze("Crowds chanted death to the United States", lang="en").claims
    assert not an.analyze("A video said to show Iran", lang="en").claims


def test_arabic_future_prefix_is_a_threat(an: Analyzer) -> None:
    # «سيطلقون» (they will launch): the lemma meets the entry, the prefix makes it a threat
    r = an.analyze("سيطلقون صواريخ على إيران", lang="ar")
    assert [(s.plover_type, s.modality) for s in r.signals] == [("THREATEN", "future")]


def test_non_negating_phrases_cancel_the_negation(root: Path) -> None:
    (root / "lexicon" / "neg.toml").write_text(
        'language = "ar"\n[[cue]]\nlang = "ar"\nkind = "nonnegation"\nscope = "token"\nforms = ["لا سيما"]\n'
        '[[cue]]\nlang = "ar"\nkind = "negation"\nscope = "next:3"\nforms = ["لا"]\n', encoding="utf-8")
    an2 = Analyzer(load_reference(root))
    assert live(an2.analyze("لا غارة على إيران", lang="ar")) == []
    assert live(an2.analyze("لا سيما غارة على إيران", lang="ar")) == [("ASSAULT", "escalation")]


def test_proximity_rules_see_phrases_that_overlap_the_hit(root: Path) -> None:
    (root / "lexicon" / "hit.toml").write_text(
        'language = "en"\n[[entry]]\nid = "en.attack.hit"\ncategory = "attack"\npolarity = "escalation"\n'
        'weight = -7\nambiguous = true\npatterns = ["hit"]\nunless_near = ["hit song"]\n', encoding="utf-8")
    an2 = Analyzer(load_reference(root))
    assert live(an2.analyze("A missile hit the port", lang="en")) == [("ASSAULT", "escalation")]
    assert live(an2.analyze("Her hit song tops the chart", lang="en")) == []


def test_a_request_takes_the_polarity_of_what_it_asks_for(root: Path) -> None:
    (root / "lexicon" / "req.toml").write_text(
        'language = "en"\n[[entry]]\nid = "en.appeal.urge"\ncategory = "appeal"\npolarity = "de-escalation"\n'
        'weight = 3\npatterns = ["urged"]\n', encoding="utf-8")
    an2 = Analyzer(load_reference(root))
    calm = an2.analyze("Britain urged a ceasefire", lang="en")
    assert live(calm) == [("REQUEST", "de-escalation")]
    assert [s.modality for s in calm.signals if s.entry == "en.agreement.ceasefire"] == ["goal"]
    punish = an2.analyze("Iran urged a strike on Israel", lang="en")
    assert live(punish) == [("REQUEST", "escalation")]
    assert punish.signals[0].category == "demand"


def test_negation_scopes_over_its_clause(an: Analyzer) -> None:
    assert live(an.analyze("Israel did not launch a strike", lang="en")) == []
    # the comma closes the negated clause: the strike after it is asserted
    r = an.analyze("Israel did not comment, but launched a strike", lang="en")
    assert live(r) == [("ASSAULT", "escalation")] and r.signals[0].modality == "asserted"


def test_the_object_of_a_condemnation_is_not_a_new_act(an: Analyzer) -> None:
    r = an.analyze("The United States rebukes Israel over strike on Iran", lang="en")
    assert live(r) == [("ACCUSE", "escalation")]
    assert [s.modality for s in r.signals if s.plover_type == "ASSAULT"] == ["reaction"]
    assert r.scores.act == 0
    # in another clause the strike is news of its own
    r = an.analyze("Israel launched a strike on Iran; the United States rebukes Israel", lang="en")
    assert r.scores.act > 0


def test_shadowed_patterns_are_listed(root: Path) -> None:
    """A later entry with the same keys as an earlier one of its language never fires: listed, with
    the entry that owns the words; the same keys in the same entry are no shadow."""
    from monitor.analysis.seedcheck import shadowed_patterns

    later = LEXICON_RU + """
[[entry]]
id = "ru.attack.strike_again"
category = "attack"
polarity = "escalation"
weight = -9.0
mode = "act"
patterns = ["удары", "обстрел"]
"""
    (root / "lexicon" / "ru.toml").write_text(later, encoding="utf-8")
    an2 = Analyzer(load_reference(root))
    rows = shadowed_patterns(an2, "ru")
    assert [(r["entry"], r["pattern"], r["owned_by"]) for r in rows] == [("ru.attack.strike_again", "удары", "ru.attack.udar")]
    r = an2.analyze("Новые удары по городу", lang="ru")
    assert {s.entry for s in r.signals} == {"ru.attack.udar"}


def test_redundant_patterns_are_listed(root: Path) -> None:
    from monitor.analysis.seedcheck import redundant_patterns

    (root / "lexicon" / "ru.toml").write_text(LEXICON_RU.replace('patterns = ["удар"]', 'patterns = ["удар", "удары", "ударов", "обстрел"]'),
                                              encoding="utf-8")
    an2 = Analyzer(load_reference(root))
    rows = redundant_patterns(an2, "ru")
    assert {r["pattern"] for r in rows} == {"удары", "ударов"}
    assert all(r["same_as"] == "удар" for r in rows)
    # a language read by surface forms keeps every inflection
    assert redundant_patterns(Analyzer(load_reference(root), lemmas={}), "ru") == []


def test_persian_negative_verbs_negate_under_lemma_keys() -> None:
    """«نکرد» keys as «کرد»: the negative prefix is read off the written verb (verb-final)."""
    from monitor.analysis.analyzer import _fa_negated
    from monitor.analysis.matcher import Hit
    from monitor.analysis.text import tokenize

    k = Keyer({"fa": "simplemma"})
    toks = tokenize("ایران به اسرائیل حمله نکرد")
    assert _fa_negated(toks, Hit(3, 4, ()), [0] * len(toks), k)
    toks = tokenize("ایران به اسرائیل حمله کرد")
    assert not _fa_negated(toks, Hit(3, 4, ()), [0] * len(toks), k)
    # a word that merely starts with ن is not a negative verb
    toks = tokenize("حمله نیروهای اسرائیل")
    assert not _fa_negated(toks, Hit(0, 1, ()), [0] * len(toks), k)


def test_opposing_an_attack_is_disapproval(an: Analyzer) -> None:
    r = an.analyze("Britain rejected the strike on Iran", lang="en")
    assert live(r) == [("ACCUSE", "escalation")] and r.scores.act == 0


def test_a_threatened_act_is_a_threat(root: Path) -> None:
    (root / "lexicon" / "thr.toml").write_text(
        'language = "en"\n[[verb]]\nlang = "en"\nstance = "threat"\npolarity = "escalation"\nforms = ["threatened"]\n',
        encoding="utf-8")
    an2 = Analyzer(load_reference(root))
    r = an2.analyze("Iran threatened a blockade of the strait", lang="en")
    assert [(s.plover_type, s.modality) for s in r.signals if s.counted > 0] == [("THREATEN", "future")]
    assert r.scores.act == 0


def test_coordinated_titles_and_counterparts(root: Path) -> None:
    rules = (root / "rules" / "rules.toml").read_text(encoding="utf-8")
    (root / "rules" / "rules.toml").write_text(rules + "\n[counterpart]\nen = [\"counterpart\"]\n", encoding="utf-8")
    actors = (root / "actors" / "a.toml").read_text(encoding="utf-8")
    (root / "actors" / "a.toml").write_text(actors + """
[[actor]]
id = "isr-fm"
name = "Israeli Minister"
type = "person"
country = "ISR"
roles = [{ title = "Minister of Foreign Affairs of Israel", office = "foreign_minister", from = "2024-01-01" }]
[actor.aliases]
en = ["Israeli Minister"]
""", encoding="utf-8")
    an2 = Analyzer(load_reference(root))
    day = date(2025, 3, 1)
    r = an2.analyze("The Iranian and Israeli foreign ministers spoke", lang="en", day=day)
    assert {m.id for m in r.actors} == {"new-fm", "isr-fm"}
    r = an2.analyze("Iran's foreign minister called his Israeli counterpart", lang="en", day=day)
    assert {m.id for m in r.actors} == {"new-fm", "isr-fm"}
    # a verb between title and name is no apposition
    r = an2.analyze("The Iranian foreign minister accuses New Minister", lang="en", day=day)
    assert ("new-fm", "title") in {(m.id, m.found_by) for m in r.actors} or "new-fm" in {m.id for m in r.actors}


def test_hebrew_lemma_must_cut_only_prefix_letters() -> None:
    k = Keyer({"he": "simplemma"})
    assert k.key("התרעה", "he") == "התרעה"  # not ה+ת + «רעה» ("evil")
    assert k.key("בתקיפה", "he") == "תקיפה"  # ב is a prefix letter


def test_a_rejected_long_match_does_not_hide_a_shorter_one(root: Path) -> None:
    (root / "lexicon" / "long.toml").write_text(
        'language = "en"\n[[entry]]\nid = "en.attack.strike_force"\ncategory = "attack"\npolarity = "escalation"\n'
        'weight = -9\nambiguous = true\npatterns = ["strike force"]\nnear = ["navy"]\n', encoding="utf-8")
    an2 = Analyzer(load_reference(root))
    r = an2.analyze("Israel launched a strike force attack", lang="en")
    assert [s.entry for s in r.signals if s.counted > 0] == ["en.attack.strike", "en.attack.strike"]


def test_arabic_written_without_hamza_meets_the_hamza_spelling() -> None:
    k = Keyer({"ar": "simplemma"})
    for with_hamza, without in (("إغلاق", "اغلاق"), ("إطلاق", "اطلاق"), ("إسقاط", "اسقاط")):
        assert k.key(with_hamza, "ar") == k.key(without, "ar")
    assert k.key("اتفاق", "ar") == "اتفاق"  # a word written with a bare alef stays itself


def test_a_circumstance_clause_closes_a_reversing_verbs_reach() -> None:
    """«تدعو إلى خفض التصعيد في ظل الهجمات المتبادلة» (the shipped lexicons): the attacks are the
    appeal's setting (escalatory background), not attacks asked to be reduced (a RETREAT)."""
    from monitor.analysis.service import get_analyzer

    an = get_analyzer()
    r = an.analyze("قال الكرملين إن موسكو تدعو إلى خفض التصعيد في ظل الهجمات المتبادلة بين إسرائيل وإيران.", lang="ar")
    attacks = [s for s in r.signals if "الهجمات" in s.text]
    assert attacks and all(s.plover_type == "ASSAULT" and s.polarity == "escalation" for s in attacks), \
        [(s.text, s.plover_type, s.modality) for s in r.signals]
    assert any(s.plover_type == "REQUEST" and s.polarity == "de-escalation" for s in r.signals)
    en = an.analyze("Russia urged restraint in the Gaza offensive.", lang="en")
    setting = [s for s in en.signals if s.plover_type == "ASSAULT"]
    assert setting and all(s.counted == 0 and "setting" in s.note for s in setting), \
        [(s.text, s.modality, s.note) for s in en.signals]


def test_a_reversing_verb_takes_a_noun_not_a_past_verb_with_its_own_subject() -> None:
    """"Suspended Labour councillor arrested over counter-protest remarks" (BBC, ../shared's feeds):
    "suspended" describes the councillor; the arrest stands (it read as a concession, and the
    page's other headline as an arrest: two stories).  Reversing verbs still flip their nouns."""
    from monitor.analysis.service import get_analyzer

    an = get_analyzer()
    r = an.analyze("", lang="en", title="Suspended Labour councillor arrested over counter-protest remarks")
    arrest = [s for s in r.signals if "arrested" in s.text]
    assert arrest and all(s.plover_type == "COERCE" and s.polarity == "escalation" for s in arrest), \
        [(s.text, s.plover_type, s.note) for s in r.signals]
    for text, plover in (("The government lifted the curfew", "CONCEDE"),
                         ("Israel suspended the bombing of Gaza", "RETREAT")):
        got = an.analyze(text, lang="en").signals
        assert any(s.plover_type == plover and s.polarity == "de-escalation" for s in got), \
            (text, [(s.text, s.plover_type) for s in got])
