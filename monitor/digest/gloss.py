"""An English (or Arabic) reading of a headline, from what the analyser found in it.

A digest in English shows an Arabic, Hebrew, Persian or Russian headline as written,
with its language and a short reading built from the analyser's output for that
article (issue 9 §5)::

    [ar] Israel — air strike — Gaza City

*principal actor(s) — action — place* (or target).  Nothing here translates: the
action is the headline's strongest counted signal, named from its PLOVER type (or,
for the commonest lexicon entries, the entry itself: "missile strike", "ceasefire");
the actors and the place are the entities the analyser found in the headline, named
from the reference data.  Who acted on whom is read from where each name stands in
the headline and the word before it ("strikes **on** Iran", «по Тель-Авиву», «על
ישראל», a «ب»/«ل» clitic): a best effort that the original headline, shown above
the reading, lets the reader check.

Pure: plain values in, a :class:`Gloss` out; no database, no clock.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from monitor.analysis.plover import CATEGORY_DEFAULT
from monitor.analysis.reference import ReferenceData
from monitor.analysis.text import (
    ARABIC,
    HEBREW,
    Token,
    char_script,
    expand_arabic,
    expand_hebrew,
    normalise_phrase,
    tokenize,
)

# --------------------------------------------------------------------------- input values


@dataclass(frozen=True, slots=True)
class MentionFact:
    """A row of ``article_mentions``."""

    kind: str  # region | actor
    entity: str
    count: int = 1
    in_title: bool = True


@dataclass(frozen=True, slots=True)
class SignalFact:
    """A row of ``article_signals``."""

    sentence: int  # 0 = the headline
    polarity: str
    category: str
    plover_type: str | None
    modality: str
    counted: float
    entry: str = ""  # lexicon entry id, "<lang>.<category>.<name>"


@dataclass(frozen=True, slots=True)
class ClaimFact:
    """A row of ``article_claims``."""

    sentence: int
    speaker: str | None  # actor id, "country:XXX" or a state code
    speaker_country: str | None
    stance: str
    targets: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Headline:
    """One article's headline and what the analyser read in it."""

    title: str
    language: str | None
    mentions: Sequence[MentionFact] = ()
    signals: Sequence[SignalFact] = ()
    claims: Sequence[ClaimFact] = ()


@dataclass(frozen=True, slots=True)
class Gloss:
    actors: tuple[str, ...]  # display names, principal first
    action: str | None
    where: str | None  # the place, else the target

    def text(self, language: str = "en") -> str:
        """``Israel — strike — Gaza City``; parts that are missing are left out."""
        sep = "، " if language == "ar" else ", "
        parts = [sep.join(self.actors)] if self.actors else []
        parts += [p for p in (self.action, self.where) if p]
        return " — ".join(parts)


# --------------------------------------------------------------------------- actions

# PLOVER type -> action phrase (monitor/analysis/plover.py; the names of the 2021
# CAMEO→PLOVER crosswalk).  REQUEST depends on polarity: a demand escalates, an
# appeal (for calm, for a ceasefire) de-escalates.
ACTIONS: Mapping[str, Mapping[str, str]] = {
    "en": {
        "ASSAULT": "strike", "COERCE": "coercion", "SANCTION": "sanctions", "MOBILIZE": "mobilisation",
        "THREATEN": "threat", "PROTEST": "protest", "ACCUSE": "accusation", "REJECT": "rejection",
        "REQUEST": "demand", "REQUEST+": "appeal", "AGREE": "agreement", "CONSULT": "talks",
        "SUPPORT": "support", "CONCEDE": "concession", "COOPERATE": "cooperation", "AID": "aid",
        "RETREAT": "withdrawal",
    },
    "ar": {
        "ASSAULT": "هجوم", "COERCE": "إكراه", "SANCTION": "عقوبات", "MOBILIZE": "حشد عسكري",
        "THREATEN": "تهديد", "PROTEST": "احتجاج", "ACCUSE": "اتهام", "REJECT": "رفض",
        "REQUEST": "مطالبة", "REQUEST+": "دعوة", "AGREE": "اتفاق", "CONSULT": "محادثات",
        "SUPPORT": "دعم", "CONCEDE": "تنازل", "COOPERATE": "تعاون", "AID": "مساعدات",
        "RETREAT": "انسحاب",
    },
}

# The commonest lexicon entries say more than their type ("missile strike", not
# "strike"; "ceasefire", not "agreement").  Keyed by "<category>.<name>" of the entry
# id, which is the same in every language (seeds/lexicon/signals-*.toml).
ENTRIES: Mapping[str, Mapping[str, str]] = {
    "en": {
        "attack.airstrike": "air strike", "attack.missile_strike": "missile strike",
        "attack.rocket_fire": "rocket fire", "attack.drone_strike": "drone strike",
        "attack.shelling": "shelling", "attack.ground_offensive": "ground offensive",
        "attack.invasion": "invasion", "attack.incursion": "incursion", "attack.raid": "raid",
        "attack.clashes": "clashes", "attack.fighting": "fighting", "attack.assassination": "assassination",
        "attack.bombing": "bombing", "attack.suicide_bombing": "suicide bombing", "attack.explosion": "explosions",
        "attack.massacre": "massacre", "attack.sirens": "air-raid sirens", "attack.alert_sirens": "air-raid sirens",
        "attack.sirens_bare": "air-raid sirens", "attack.interception": "interception",
        "attack.shot_down": "shoot-down", "attack.nuclear_strike": "nuclear strike",
        "attack.ceasefire_violation": "ceasefire violation", "attack.naval_attack": "naval attack",
        "attack.cyber": "cyberattack", "attack.war_outbreak": "war", "attack.retaliatory_strike": "retaliatory strike",
        "attack.terror_attack": "terror attack", "attack.barrage": "missile barrage",
        "attack.hostage_taking": "hostage-taking", "attack.attack_generic": "attack",
        "casualties.killed": "deaths", "casualties.dead": "deaths", "casualties.death_toll": "death toll",
        "casualties.wounded": "casualties", "casualties.civilian_deaths": "civilian deaths",
        "agreement.ceasefire": "ceasefire", "agreement.truce": "truce", "agreement.ceasefire_in_effect": "ceasefire",
        "agreement.ceasefire_agreement": "ceasefire", "agreement.offer_truce": "truce offer",
        "agreement.humanitarian_pause": "humanitarian pause", "agreement.peace_agreement": "peace agreement",
        "agreement.hostage_deal": "hostage deal", "agreement.nuclear_deal": "nuclear deal",
        "agreement.end_of_war": "end of war", "appeal.call_ceasefire": "call for a ceasefire",
        "release.hostage_release": "hostage release", "release.prisoner_release": "prisoner release",
        "release.exchange": "prisoner exchange", "withdrawal.lift_sanctions": "sanctions lifted",
        "accusation.condemn": "condemnation", "threat.evacuation_warning": "evacuation warning",
    },
    "ar": {
        "attack.airstrike": "غارة جوية", "attack.missile_strike": "ضربة صاروخية",
        "attack.rocket_fire": "إطلاق صواريخ", "attack.drone_strike": "هجوم بمسيّرة",
        "attack.shelling": "قصف", "attack.assassination": "اغتيال", "attack.sirens": "صفارات إنذار",
        "attack.alert_sirens": "صفارات إنذار", "attack.sirens_bare": "صفارات إنذار",
        "attack.interception": "اعتراض", "attack.ceasefire_violation": "خرق لوقف إطلاق النار",
        "casualties.killed": "قتلى", "casualties.dead": "قتلى", "casualties.wounded": "جرحى",
        "agreement.ceasefire": "وقف إطلاق النار", "agreement.truce": "هدنة",
        "agreement.ceasefire_in_effect": "وقف إطلاق النار", "agreement.ceasefire_agreement": "وقف إطلاق النار",
        "agreement.hostage_deal": "صفقة أسرى", "appeal.call_ceasefire": "دعوة إلى وقف إطلاق النار",
        "release.hostage_release": "إفراج عن رهائن", "release.prisoner_release": "إفراج عن أسرى",
        "accusation.condemn": "إدانة",
    },
}
# The lexicon's own categories, for entries above neither table (and pre-2.0 rows
# without a PLOVER type).
CATEGORIES: Mapping[str, Mapping[str, str]] = {
    "en": {"casualties": "casualties", "mediation": "mediation", "release": "release", "talks": "talks",
           "disapproval": "criticism"},
    "ar": {"casualties": "ضحايا", "mediation": "وساطة", "release": "إفراج", "talks": "محادثات",
           "disapproval": "انتقاد"},
}
# How the signal is asserted changes what happened: an announced strike has not
# happened yet, and a strike someone alleges is an allegation.  Counted-zero
# modalities (negated, denied, reaction, historical, explainer, goal) never get here.
MODALITY: Mapping[str, Mapping[str, str]] = {
    "en": {"future": "planned {}", "conditional": "possible {}", "hypothetical": "possible {}",
           "alleged": "alleged {}"},
    "ar": {"future": "{} مرتقب", "conditional": "{} محتمل", "hypothetical": "{} محتمل",
           "alleged": "{} مزعوم"},
}
# Types whose subject is whoever speaks (a threat, a demand, a condemnation): a claim
# in the headline with that stance names the actor better than word order does.
_SPOKEN = {
    "THREATEN": {"threat", "warning"}, "ACCUSE": {"accusation"}, "REQUEST": {"appeal", "demand"},
    "REJECT": {"rejection", "denial"}, "AGREE": {"agreement"}, "SUPPORT": {"welcome", "pledge"},
    "CONSULT": {"offer"}, "PROTEST": {"accusation"},
}
# Types with two sides acting together: "Iran and United States — talks".
_MUTUAL = frozenset({"CONSULT", "AGREE", "COOPERATE"})

# --------------------------------------------------------------------------- roles in the headline

_AGENT, _TARGET, _AT, _SOURCE, _CITED = "agent", "target", "at", "source", "cited"
# The word before a name, by the headline's script (normalised as the analyser does:
# Arabic «على» → «علي», «إلى» → «الي»).  "by" marks the actor of a passive headline;
# "on"/"against" the target; "in"/"over" where it happened; "from" whence it came.
_BEFORE: Mapping[str, Mapping[str, str]] = {
    "latin": {
        "by": _AGENT, "on": _TARGET, "against": _TARGET, "at": _TARGET, "into": _TARGET, "onto": _TARGET,
        "toward": _TARGET, "towards": _TARGET, "targeting": _TARGET, "to": _TARGET, "in": _AT, "inside": _AT,
        "near": _AT, "over": _AT, "across": _AT, "from": _SOURCE,
    },
    "cyrillic": {
        "по": _TARGET, "против": _TARGET, "на": _TARGET, "к": _TARGET, "в": _AT, "во": _AT, "над": _AT,
        "у": _AT, "под": _AT, "из": _SOURCE, "со": _SOURCE,
    },
    ARABIC: {
        "علي": _TARGET, "ضد": _TARGET, "نحو": _TARGET, "تجاه": _TARGET, "الي": _TARGET, "به": _TARGET,
        "بر": _TARGET, "عليه": _TARGET, "في": _AT, "قرب": _AT, "داخل": _AT, "در": _AT, "من": _SOURCE,
        "از": _SOURCE, "قبل": _AGENT, "توسط": _AGENT,
    },
    HEBREW: {"על": _TARGET, "נגד": _TARGET, "לעבר": _TARGET, "אל": _TARGET, "מול": _TARGET, "ליד": _AT,
             "ידי": _AGENT},
}
# One-letter prefixes written on the name itself: Arabic «بـ»/«لـ», Hebrew ב ל מ.
_CLITIC: Mapping[str, str] = {"ب": _AT, "ل": _TARGET, "ك": _AT, "ב": _AT, "ל": _TARGET, "מ": _SOURCE}
# "Israeli media:", «وسائل إعلام إسرائيلية», «СМИ Израиля», «התקשורת האיראנית»: the
# outlet that reports, not a party to what happened.
_MEDIA = frozenset({
    "media", "press", "outlets", "reports", "tv", "radio", "agency", "news", "post", "times", "journal",
    "اعلام", "وسائل", "الاعلام", "صحيفه", "وكاله", "الانباء", "انباء", "بوست", "تايمز", "сми", "телеканал",
    "газета", "агентство", "תקשורת", "התקשורת", "כלי", "סוכנות", "رسانه", "رسانههاي", "خبرگزاري",
    "پست",
})
# Region kinds that are a place (where), as opposed to a state (who).
_PLACE_RANK = {"city": 0, "subnational": 1, "strait": 2, "sea": 2, "territory": 3, "area": 4}
_NOWHERE = 10_000


# "US, Israel attack Iran", «США и Израиль», «ארה"ב וישראל», «أمريكا وإسرائيل»: names joined by
# "and" (or a comma, which the tokenizer drops) act together.
_AND = frozenset({"and", "и", "و", "ו", "&"})
_AND_PREFIX = ("و", "ו")


@dataclass(frozen=True, slots=True)
class _Entity:
    kind: str  # state | place | actor
    id: str
    count: int
    position: int  # token index of its first name in the headline (_NOWHERE when not found)
    end: int  # token index after that name
    role: str | None  # from the word before it
    country: str | None  # an actor's state; a state's own code
    joined: bool = False  # written with "and" or a comma before it ("US, Israel", «وإسرائيل»)
    precision: int = 0  # places: a city before a territory before an area (_PLACE_RANK)


def _script(tokens: Sequence[Token]) -> str:
    for t in tokens:
        s = char_script(t.text[0])
        if s in (ARABIC, HEBREW, "cyrillic", "latin"):
            return s
    return "latin"


def _names_of(ref: ReferenceData, kind: str, eid: str, language: str | None) -> list[str]:
    if kind == "actor":
        actor = ref.actors.get(eid)
        if actor is None:
            return []
        # Ambiguous aliases too: the analyser has already decided the entity is there.
        return [*actor.aliases.get(language or "", ()), *actor.aliases.get("en", ()), actor.name]
    region = ref.regions.get(eid)
    if region is None:
        return []
    langs = (language or "", "en")
    names = [n for lang in langs for n in region.aliases.get(lang, ())] + [region.name]
    return names + [n for lang in langs for n in region.capital.get(lang, ())]


def _variants(phrase: str) -> list[tuple[tuple[str, ...], str]]:
    """(normalised tokens, clitic prefix) for a name, with Arabic/Hebrew prefixes."""
    toks = normalise_phrase(phrase)
    if not toks:
        return []
    script = char_script(toks[0][0])
    if script == ARABIC:
        # Definite forms too: adjectives take the article («الصواريخ الإيرانية»).
        forms = expand_arabic(toks, definite_ok=True)
    elif script == HEBREW:
        forms = expand_hebrew(toks)
    else:
        return [(toks, "")]
    return [(f, f[0][: len(f[0]) - len(toks[0])]) for f in forms]


def _locate(title: str, tokens: Sequence[Token], names: Iterable[str]) -> tuple[int, int, str]:
    """Where any of ``names`` first starts in the headline: (token index, index after
    it, clitic prefix); (_NOWHERE, _NOWHERE, "") when none does.  Hashtags
    ("#الكويت" opening a channel post) are labels, not where a name stands."""
    norms = [t.norm for t in tokens]
    best = (_NOWHERE, _NOWHERE, "")
    for name in names:
        # An acronym ("US", "UN") only as written in capitals, not the pronoun "us".
        acronym = name.isupper() and len(name) <= 5
        for form, prefix in _variants(name):
            n = len(form)
            for i in range(min(best[0], len(norms) - n + 1)):
                if (tuple(norms[i : i + n]) == form and (not acronym or tokens[i].text.strip(".").isupper())
                        and title[max(0, tokens[i].start - 1) : tokens[i].start] != "#"):
                    best = (i, i + n, prefix)
                    break
    return best


def _role(title: str, tokens: Sequence[Token], at: int, prefix: str, script: str) -> str | None:
    if at >= len(tokens):
        return None
    # "Israeli media", «Washington Post»: the word next to the name, not across a colon
    # ("Media: Saudi Arabia lobbied …" names Saudi Arabia as the actor).
    for j in (at - 1, at + 1):
        if 0 <= j < len(tokens) and (tokens[j].norm in _MEDIA or tokens[j].text.lower() in _MEDIA):
            a, b = sorted((j, at))
            if ":" not in title[tokens[a].end : tokens[b].start]:
                return _CITED
    clitic = _clitic(prefix)
    if clitic:
        return _CLITIC[clitic]
    if at == 0:
        return None
    before = tokens[at - 1]
    table = _BEFORE.get(script, _BEFORE["latin"])
    return table.get(before.text.lower()) or table.get(before.norm)


def _clitic(prefix: str) -> str | None:
    """The preposition in a name's prefix: «بال» → ب, «لل» → ل, «וב» → ב; the article
    («ال», ה) and the conjunctions (و ف ו) are not prepositions."""
    p = prefix
    if p.endswith("لل"):
        p = p[:-1]
    elif p.endswith("ال"):
        p = p[:-2]
    elif p.endswith("ה"):
        p = p[:-1]
    return p[-1] if p and p[-1] in _CLITIC else None


def _entities(h: Headline, ref: ReferenceData) -> list[_Entity]:
    tokens = tokenize(h.title)
    script = _script(tokens)
    in_title = [m for m in h.mentions if m.in_title]
    # A headline the analyser found nothing in: the lede's best-mentioned entities stand in.
    pool = in_title or sorted(h.mentions, key=lambda m: -m.count)[:3]
    out: list[_Entity] = []
    for m in pool:
        precision = 0
        if m.kind == "actor":
            actor = ref.actors.get(m.entity)
            kind, country = "actor", actor.country if actor else None
        else:
            region = ref.regions.get(m.entity)
            if region is None or region.kind == "grouping":
                continue
            kind = "state" if region.kind in ("country", "state") else "place" if region.kind in _PLACE_RANK else ""
            if not kind:
                continue
            country = m.entity if kind == "state" else None
            precision = _PLACE_RANK.get(region.kind, 0)
        at, end, prefix = _locate(h.title, tokens, _names_of(ref, m.kind, m.entity, h.language))
        joined = prefix.startswith(_AND_PREFIX) or (0 < at < _NOWHERE and (
            tokens[at - 1].norm in _AND or h.title[tokens[at - 1].end : tokens[at].start].strip() in (",", "،", "/", "&")))
        out.append(_Entity(kind, m.entity, m.count, at, end, _role(h.title, tokens, at, prefix, script), country, joined,
                           precision))
    return sorted(out, key=lambda e: (e.position, -e.count, e.id))


def _action(h: Headline, language: str) -> tuple[SignalFact | None, str | None]:
    """The headline's strongest counted signal (the lede's when the headline has none)."""
    counted = [s for s in h.signals if s.counted > 0 and s.polarity != "neutral"]
    if not counted:
        return None, None
    first = min(s.sentence for s in counted)
    best = max((s for s in counted if s.sentence == first), key=lambda s: (s.counted, s.entry))
    ptype = best.plover_type or CATEGORY_DEFAULT.get(best.category, "")
    _, _, name = best.entry.partition(".")
    phrase = ENTRIES[language].get(name) or CATEGORIES[language].get(best.category)
    if phrase is None:
        key = "REQUEST+" if ptype == "REQUEST" and best.polarity == "de-escalation" else ptype
        phrase = ACTIONS[language].get(key, best.category)
    pattern = MODALITY[language].get(best.modality)
    return best, pattern.format(phrase) if pattern else phrase


def _display(ref: ReferenceData, kind: str, eid: str, language: str) -> str:
    """An entity's name in ``language``: the first alias in that language, else the English name."""
    item = ref.actors.get(eid) if kind == "actor" else ref.regions.get(eid)
    if item is None:
        return eid
    if language != "en":
        local = item.aliases.get(language)
        if local:
            return local[0]
    return item.name


def _leading_group(parties: Sequence[_Entity]) -> list[_Entity]:
    """Who acts: the first party written with "by" before it, else the first that is not
    a target or a place; with the parties joined to it by "and" (at most three)."""
    if not parties:
        return []
    lead = next((e for e in parties if e.role == _AGENT), None) or next(
        (e for e in parties if e.role in (None, _SOURCE)), parties[0])
    group = [lead]
    for e in parties[parties.index(lead) + 1 :]:
        if len(group) == 3 or e.position == _NOWHERE:
            break
        if e.country in {g.id for g in group} or (e.kind == "state" and e.id in {g.country for g in group}):
            continue  # "Trump … US": the person and his state are one side
        gap = e.position - group[-1].end  # words between the two names
        if e.joined and e.role in (None, _SOURCE, _AGENT) and gap <= 1:
            group.append(e)
        else:
            break
    return group


def _name(ref: ReferenceData, e: _Entity, language: str) -> str:
    return _display(ref, "actor" if e.kind == "actor" else "region", e.id, language)


def _spoken_claim(claims: Sequence[ClaimFact], ptype: str, sentence: int) -> ClaimFact | None:
    stances = _SPOKEN.get(ptype, set())
    for c in claims:
        if c.sentence == sentence and c.stance in stances and c.speaker:
            return c
    return None


def gloss(h: Headline, ref: ReferenceData, language: str = "en") -> Gloss | None:
    """Principal actor(s) — action — place (or target) of ``h``, in ``language`` ("en" or "ar").

    None when the analyser found neither an action nor an entity in it.
    """
    lang = language if language in ACTIONS else "en"
    signal, action = _action(h, lang)
    ptype = (signal.plover_type or CATEGORY_DEFAULT.get(signal.category, "")) if signal else ""
    ents = _entities(h, ref)
    places = sorted((e for e in ents if e.kind == "place"), key=lambda e: (e.precision, e.position))
    # A state found only through a place's name ("explosions in Tehran" → Iran, by its
    # capital) is where it happened, not who acted.
    at_places = {e.position for e in places}
    parties = [e for e in ents if e.kind in ("state", "actor") and e.role != _CITED
               and not (e.kind == "state" and e.position in at_places and e.position != _NOWHERE)]
    group = _leading_group(parties)
    actors: list[str] = [_name(ref, e, lang) for e in group]
    taken = {x for e in group for x in (e.id, e.country) if x}
    claim = _spoken_claim(h.claims, ptype, signal.sentence) if signal else None
    spoken = claim is not None
    if claim is not None and claim.speaker:
        # Spoken acts (a threat, a demand, a condemnation): the speaker acts, with
        # whoever the headline joins to it ("Britain, France and Germany condemn").
        speaker = claim.speaker.split(":", 1)[1] if claim.speaker.startswith("country:") else claim.speaker
        if speaker not in taken and claim.speaker_country not in taken:
            actors = [_display(ref, "actor" if speaker in ref.actors else "region", speaker, lang)]
            taken = {x for x in (speaker, claim.speaker_country) if x}
    rest = [e for e in parties if e.id not in taken and e.country not in taken]
    if ptype in _MUTUAL and len(actors) == 1 and rest:
        # Talks, agreements: both sides act ("Iran, United States — talks").
        actors.append(_name(ref, rest.pop(0), lang))
    # The target of an act: written as one ("on Iran"), else named plainly, else a state
    # it happened in; never where it came from, nor an organisation it was reported "in".
    # What a spoken act is about is named plainly first: France "condemned the US and
    # Israeli strikes on Iran" condemned the United States, not Iran.
    roles = (None, _TARGET) if spoken else (_TARGET, None)
    aim = (next((e for e in rest if e.role == roles[0]), None) or next((e for e in rest if e.role == roles[1]), None)
           or next((e for e in rest if e.role == _AT and e.kind == "state"), None))
    target = _name(ref, aim, lang) if aim is not None else None
    where = _name(ref, places[0], lang) if places else target
    if not actors and action is None and where is None:
        return None
    return Gloss(actors=tuple(actors), action=action, where=where)


def reading(h: Headline, ref: ReferenceData, language: str = "en") -> str | None:
    """``gloss(...)`` as one line, or None."""
    g = gloss(h, ref, language)
    text = g.text(language) if g is not None else ""
    return text or None
