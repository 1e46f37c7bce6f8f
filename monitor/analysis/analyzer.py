"""The analyser: (text, language, date) -> Reading.  Pure; build once, call many times.

Pipeline per text (docs/analysis.md has the contract, docs/methodology.md the
rules and their sources):

1. language: declared, checked against the script, else detected (text.py);
2. sentences (title first, as sentence 0), tokens, per-script normalisation;
3. one Aho-Corasick pass per sentence over every pattern: region and actor
   aliases, lexicon patterns, reporting verbs, attribution phrases, modality
   cues, exclusions (matcher.py);
4. entities: longest match first; ambiguous aliases need context (rules,
   capitalisation, a full name elsewhere in the article, the article date for
   offices such as "Assad");
5. signals: lexicon hits in the article's language, with GPR-style proximity
   rules (``near`` / ``unless_near``), exclusions (sport, film, anniversaries …),
   and a modality from the cues (negated and denied never count as the act;
   future/conditional/hypothetical acts count as threats);
6. claims: reporting verb or attribution phrase + speaker (nearest actor or
   state, by the language's word order) + targets + stance;
7. scores: escalation (threat/act) and de-escalation (verbal/material) sums.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import operator
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, NamedTuple, cast

from monitor.analysis.lemmas import Keyer
from monitor.analysis.matcher import Hit, Matcher, longest_non_overlapping
from monitor.analysis.plover import (
    CONTACT,
    COOPERATIVE_TYPES,
    HALTED,
    LIFTED,
    REVERSED,
    TYPES,
    mode_of,
)
from monitor.analysis.reference import Actor, LexiconEntry, ReferenceData, Relation, load_reference
from monitor.analysis.text import (
    ARABIC,
    CYRILLIC,
    HEBREW,
    LATIN,
    MAX_SENTENCE_CHARS,
    Token,
    bound_sentence,
    char_script,
    detect_language,
    expand_arabic,
    expand_hebrew,
    normalise_phrase,
    normalise_token,
    split_sentences,
    tokenize,
)
from monitor.analysis.types import (
    ALLEGED,
    ASSERTED,
    CONDITIONAL,
    DE_ESCALATION,
    DENIED,
    ESCALATION,
    EXPLAINER,
    FUTURE,
    GOAL,
    HISTORICAL,
    HYPOTHETICAL,
    NEGATED,
    NEUTRAL,
    REACTION,
    REPORTED,
    Claim,
    Mention,
    Reading,
    Scores,
    Signal,
)

ANALYZER_VERSION = "2.8"

# How much a signal counts under each modality (docs/methodology.md §Modality).
# Reported acts are real news far more often than not ("strikes killed 20, the
# ministry said"), so they keep most of their weight; an act that is only
# intended, conditional or hypothetical is a threat, not an act (PLOVER modes).
MODALITY_FACTOR = {
    ASSERTED: 1.0,
    REPORTED: 0.8,
    ALLEGED: 0.0,  # the accusation itself counts (as a claim), not the act it alleges
    FUTURE: 0.6,
    CONDITIONAL: 0.4,
    HYPOTHETICAL: 0.4,
    HISTORICAL: 0.0,
    NEGATED: 0.0,
    DENIED: 0.0,
    # Issue 8 §3: an event that is only the object of a reaction, dated before
    # the publication day or the subject of an explainer is not a new act; a
    # goal ("to reach a ceasefire") is not an asserted agreement.
    REACTION: 0.0,
    GOAL: 0.0,
    EXPLAINER: 0.0,
}
# Opinion and analysis pieces weigh less than reports (issue 8 §3); half, as
# GDELT's tone work weighs commentary (no published figure: a judgement, see
# docs/methodology.md §Opinion).
OPINION_FACTOR = 0.5
# Composition cues (seeds/lexicon/composition-<lang>.toml): they change what a
# signal in their scope is, rather than how surely it is asserted.
_COMPOSITION = frozenset(("reversive", "lifting", "halting", "breach", "goal", "opposition", "approval", "posture", "evidence",
                          "reaction", "background", "civil", "topic", "aftermath", "warning"))
# Composition cues that are verbs ("lifted", «رفضت», «осудил») match by lemma; the others
# (goal "to reach", evidence, background, explainer, opinion) are function-word phrases and
# match as written: a lemma would fold «للتوصل» ("to reach") into «التوصل» ("was reached").
# nouns after «назвать» that make it a disclosure, not a verdict (h78, dev10)
_RU_DISCLOSED = frozenset({"имена", "имя", "число", "количество", "сумму", "дату", "сроки", "места", "список"})
_CONTENT_CUES = frozenset({"reversive", "lifting", "halting", "breach", "opposition", "approval", "posture", "reaction", "topic",
                           "aftermath", "warning"})
# an English past tense or participle ("arrested", "detained", "struck" is not caught: irregular)
_EN_PAST = re.compile(r"^[a-z]{3,}ed$")
# A Telegram channel's signature: a run of spaced tatweels («ـ ـ ـ ـ ـ …») closes the post, and what
# follows it is the channel's footer («🚨 تحولات و اخبار جدید ایران و آمریکا @…»), not news: its
# names («ایران و آمریکا») are no mentions of the post (issue 8 dev7; 280 posts of items-2026-03)
_CHANNEL_SIGNATURE = re.compile(r"(?:\u0640[ \t\u00a0]+){4,}\u0640.*", re.S)
# cues that turn an act into its reversal (a background clause between them and the act closes their reach)
_REVERSING = ("reversive", "lifting", "halting")
# the lexicon concepts of air-raid and drone alerts, proxies of an attack: called off, an all-clear (_signal;
# Russian only so far)
_ALERT_PROXIES = frozenset({"sirens", "sirens_bare", "alert_sirens", "alerts"})
# A reporting verb after these marks may take its subject after it ("…," said Putin).
_INVERSION_MARKS = frozenset(',"”“\'»«:—–-')
# Collective subjects that are never a state or leader speaking (English; other
# languages mark them by verb agreement the token matcher cannot see).
_COLLECTIVE_SUBJECTS = frozenset(["they", "protesters", "protestors", "demonstrators", "crowd", "crowds", "mourners",
                                  "residents", "people", "chanting", "students", "fans", "supporters"])
# Title neighbours that make it somebody else's title: former, deputy, vice, elect ...  Words that
# stand before the title phrase ("former US president", «бывший глава МИД», «نائب وزير الخارجية»)
# and words that stand after it ("president-elect", «الرئيس الإيراني الأسبق», «נשיא איראן לשעבר»,
# «رئیس جمهور پیشین»): the phrase is the title with its state qualifiers, so "former" two tokens
# before "president" still counts.  A holder-to-be (elect, designate, «المكلف») is not the holder
# yet (issue 8 §5).  Written as ordinary words and compared as token norms (hamza, ta marbuta,
# Persian yeh and Russian endings normalised as in the text: «نائب» is read «نايب»).
_NOT_HOLDER_BEFORE = frozenset(t for w in (
    "former", "ex", "late", "deputy", "vice", "assistant", "next", "incoming", "outgoing",
    "бывший", "экс", "заместитель", "замест", "избранный", "новоизбранный", "future",
    # a successor not yet chosen: «нового лидера Ирана», «будущему лидеру»
    "новый", "нового", "новому", "новым", "будущий", "будущего", "будущему", "будущим", "следующий", "следующего",
    "следующим",
    "نائب", "نائبة", "معاون", "סגן", "סגנית", "המשנה",
    # somebody acting for the holder is not the holder: «ممثل قائد الثورة», "adviser to the president"
    "adviser", "advisor", "aide", "representative", "ممثل", "مستشار", "مستشارة", "نماینده", "مشاور",
    "советник", "помощник", "יועץ", "יועצת", "נציג") for t in normalise_phrase(w))
_BEFORE_LINKS = frozenset(("the", "to", "of", "for"))
# "acting" before a title: the office's acting holder on the day, a role the seeds title "Acting …"
# ("Iran's acting foreign minister" in July 2024 is Bagheri Kani, «القائم بأعمال وزير الخارجية»,
# «исполняющий обязанности министра»), else nobody: the holder is not his own stand-in (h64, issue 8)
_ACTING_BEFORE = frozenset(t for w in ("acting", "بأعمال", "سرپرست", "обязанности", "врио")
                           for t in normalise_phrase(w))
# "Japan's new prime minister", "South Korea's new president": "new" names the holder only while the
# holder is new in office (a term begun at most _NEW_HOLDER_DAYS before the article's date); a holder
# long in office makes "new" a successor not yet chosen ("a new supreme leader will be chosen",
# "Zelenskyy proposes new prime minister"): nobody (issue 8 §5, English title-only actors)
_NEW_BEFORE = frozenset(normalise_phrase("new"))
_NEW_HOLDER_DAYS = 180
_NOT_HOLDER_AFTER = frozenset(t for w in (
    "elect", "designate",
    "سابق", "السابق", "السابقة", "الأسبق", "أسبق", "المنتخب", "المنتخبة", "منتخب", "المكلف", "المكلفة", "پیشین",
    "לשעבר", "הנבחר", "הנבחרת", "היוצא", "היוצאת", "המיועד", "המיועדת",
    # an office of a state that no longer exists names no holder today: «министра обороны СССР»
    # (issue 8, dev6, h25; without it the unqualified title fell back to the outlet's country)
    "СССР", "USSR") for t in normalise_phrase(w))
# What may join coordinated states ("of Turkey and Jordan", «التركي والأردني», "Britain, France
# and Germany"): a conjunction, or a comma in a list that a conjunction closes.  Any other word
# between is no coordination: in «وزير الدفاع الإسرائيلي يهدد لبنان» Lebanon is the verb's object.
_CONJUNCTIONS = frozenset(["and", "or", "&", "и", "или", "و", "او", "ו", "או"])
_CONJ_PREFIXES = ("و", "ו")
# The words that may link a title to its state: "minister of Iran", "minister for", «שר החוץ של
# גרמניה», «وزير الدفاع في قطر»; any other word between is no qualifier (a verb, a noun:
# «رئیس جمهور آذربایجان شهادت رهبر انقلاب», "the Azerbaijani president's condolences on the
# Leader's martyrdom", names two offices of two states).
_TITLE_LINKS = frozenset(["of", "for", "de", "du", "del", "של", "في", "فى"])
_AS_THREAT = {FUTURE, CONDITIONAL, HYPOTHETICAL}
# the modalities of an event a warning or fear cue takes as its topic (_signal, h68)
_WARNED_MODALITIES = frozenset({ASSERTED, REPORTED, FUTURE, REACTION})
# Types whose intended act is a threat of it (CAMEO 138 threaten force, 132 threaten
# sanctions); a deployment ordered or planned is still a mobilisation (CAMEO 15).
_THREATENABLE = frozenset({"ASSAULT", "COERCE", "SANCTION"})
# Material cooperation whose announced or promised form is an intent: CAMEO 033 express intent
# to provide aid, 035x intent to yield, ease sanctions, release, de-escalate -> PLOVER AGREE.
_INTENDABLE = frozenset({"AID", "CONCEDE", "RETREAT"})
# h70: the generic cooperation entries whose future or promised form is an intent (CAMEO 031)
_GENERIC_COOPERATE = frozenset({"cooperate", "cooperate_forms"})
# Hebrew future forms of שיתף (פעולה): the verb's own tense is the intent («ארנור תשתף פעולה»)
_HE_FUTURE_COOPERATE = frozenset({"תשתף", "ישתף", "ישתפו", "נשתף", "אשתף", "תשתפנה"})
# h70: the cooperation concepts of judicial cooperation (CAMEO 063: extradition, suspects handed over),
# which a sentence-scope crime exclusion ("gang", "cartel", "murder trial") does not drop
_JUDICIAL_CONCEPTS = frozenset({"judicial", "extradite", "hand_over", "hand_over_suspects", "hand_over_wanted",
                                "handover_split", "fugitives_returned"})
# h61: wire copy announces a cooperative act in reported speech, "X said on Wednesday it would free
# all the soldiers it holds", "said his country would pull its troops back if ...": the "would" of
# reported speech is the speaker's announcement (CAMEO 035x intent), not a possibility
_EN_SAY_VERBS = frozenset({"said", "says", "say", "announced", "announces", "told", "tells", "stated"})
_EN_REPORTED_WILL = frozenset({"would", "will"})


def _intent_to_cooperate(signals: list[Signal], language: str | None) -> list[Signal]:
    """Cooperation only promised, offered or declared ready ("Arnor is ready to cooperate with the UN
    commission", «выразил готовность сотрудничать», «أعربت عن استعدادها للتعاون», «ארנור תשתף פעולה»)
    is an expressed intent, CAMEO 031 -> PLOVER AGREE (dev pv-ru-911 «намерен сотрудничать»), not
    material cooperation. Only the generic verb and noun of cooperating: a concrete act announced
    ("US to give Ukraine intelligence", gold pv-en-257) keeps its type. Applied after the adversary
    rule, so the polarity it gave stays (neutral between non-adversaries, h70)."""
    out = signals
    for k, s in enumerate(signals):
        if s.plover_type != "COOPERATE" or s.entry.rsplit(".", 1)[-1] not in _GENERIC_COOPERATE:
            continue
        intent = s.modality == FUTURE or (
            language == "he" and s.modality in (ASSERTED, REPORTED) and s.text.split()[0] in _HE_FUTURE_COOPERATE)
        if intent:
            if out is signals:
                out = list(signals)
            out[k] = replace(s, plover_type="AGREE", category="agreement", mode=mode_of("AGREE"),
                             note=(s.note + "; " if s.note else "") + "intended: an agreement")
    return out


def _en_said_would(norms: list[str], start: int) -> bool:
    """Is the act at ``start`` announced as "<said> [... ] would <act>": a "would" at most four words
    before it, and a verb of saying at most six words before that "would" (h61)."""
    for k in range(start - 1, max(start - 5, 0) - 1, -1):
        if norms[k] in _EN_REPORTED_WILL:
            return any(norms[j] in _EN_SAY_VERBS for j in range(max(k - 6, 0), k))
        if norms[k] in (",", ";", "."):
            return False
    return False


# Mobilisation concepts (the last part of a lexicon id) that are emergency restrictions: their
# reversal is a concession (CAMEO 081x ease restrictions / state of emergency), not a withdrawal
_EASED_MEASURES = frozenset({"airspace_closure", "airspace_closed", "emergency", "alert", "security_alert",
                             "security_measures", "shelters", "war_footing"})
_CUE_MODALITY = {"denial": DENIED, "negation": NEGATED, "historical": HISTORICAL, "conditional": CONDITIONAL,
                 "hypothetical": HYPOTHETICAL, "future": FUTURE, "reported": REPORTED, "alleged": ALLEGED}
# English warning verbs (claims.toml stance "warning"): a threat only when addressed or conditional
_EN_WARN_FORMS = frozenset({"warns", "warned", "warning", "cautions", "cautioned", "warn"})
_EN_CONDITION_WORDS = frozenset({"if", "unless", "should", "otherwise", "or"})
# an entity after "warns" that is the subject of an epistemic clause ("Trump warns Putin may not want
# to make a deal", "warns Europe is unprepared") is no addressee: the warning is a forecast about it
_EN_EPISTEMIC_AFTER = frozenset({"may", "might", "could", "can", "is", "are", "was", "were"})


def _warning_addressed(vh: Hit, toks: list[Token], ents: list[_Ent], speaker: _Ent) -> bool:
    """A warning verb directly followed by an entity ("warns Putin", "warned Iran's leaders") or a
    sentence with a condition ("warns ... if Israel attacks"): the CAMEO 13 shape of a threat.
    After a postposed verb ("the plan will fail, warns Israel's finance minister") the entity
    that follows is the speaker, not an addressee."""
    if speaker.start < vh.start and any(
            (e.start == vh.end or (e.start == vh.end + 1 and toks[vh.end].norm == "the"))
            and not (e.end < len(toks) and toks[e.end].norm in _EN_EPISTEMIC_AFTER
                     and toks[e.end].start - toks[e.end - 1].end == 1) for e in ents):  # not "Putin: 'We're …'"
        return True
    return any(t.norm in _EN_CONDITION_WORDS for t in toks)


# claims.toml stances folded into the output contract's stances
_STANCE_ALIAS = {"warning": "threat", "welcome": "agreement", "report": "statement", "claim": "statement",
                 "pledge": "statement", "demand": "statement"}
_PRIORITY = (DENIED, NEGATED, HISTORICAL, ALLEGED, CONDITIONAL, HYPOTHETICAL, FUTURE, REPORTED)
# PLOVER type of a claim's synthetic signal (CAMEO 13 threaten, 11 disapprove/accuse,
# 12 reject, 039 offer to mediate -> AGREE, 02 appeal -> REQUEST, 03/05 agree)
_CLAIM_PLOVER = {"threat": "THREATEN", "accusation": "ACCUSE", "rejection": "REJECT", "offer": "AGREE",
                 "appeal": "REQUEST", "agreement": "AGREE"}

# Claim stance a signal category implies when the reporting verb is neutral ("said").
_STANCE_OF_CATEGORY = {
    "threat": "threat", "mobilisation": "threat", "sanction": "threat", "accusation": "accusation",
    "attack": "accusation", "casualties": "statement", "appeal": "appeal", "mediation": "offer",
    "talks": "statement", "agreement": "agreement", "withdrawal": "agreement", "release": "agreement",
    "aid": "offer",
}
# Weight a claim carries when its sentence has no lexicon signal of the same
# polarity (CAMEO/Goldstein: 130 threaten -4.4, 112 accuse -2, 039 offer to
# mediate +5, 026 appeal to negotiate +4, 057 sign agreement +8; PLOVER REJECT -2).
# Persian recall verbs (h32): see the claims loop in Analyzer.analyze
_FA_RECALL_VERBS = frozenset({"فراخواند", "فراخواندند"})
_RECALL_TYPES = frozenset({"SANCTION", "MOBILIZE", "RETREAT"})

_CLAIM_WEIGHT = {"threat": -4.4, "accusation": -2.0, "rejection": -2.0, "offer": 5.0, "appeal": 4.0, "agreement": 6.0}
_CLAIM_CATEGORY = {"threat": "threat", "accusation": "accusation", "rejection": "accusation", "offer": "mediation", "appeal": "appeal", "agreement": "agreement"}

# Word order of the language decides where a reporting verb's subject stands:
# English/Russian/French/Hebrew mostly SVO ("Putin said", "заявил Путин" also),
# Arabic mostly VSO ("قال بوتين"), Persian SOV (subject at the sentence start).
_SPEAKER_ORDER = {"ar": ("after", "start"), "fa": ("start", "before"), "en": ("before", "after"),
                  "ru": ("before", "after"), "he": ("before", "after"), "fr": ("before", "after")}
_SPEAKER_WINDOW = 8


@dataclass(frozen=True, slots=True)
class _P:
    """A pattern payload in the automaton."""

    kind: str  # region | capital | actor | related | signal | verb | attrib | cue | excl
    ref: str  # entity id, lexicon entry id, stance, cue kind ...
    lang: str | None
    ambiguous: bool = False
    extra: str = ""  # verb polarity, cue direction, exclusion scope
    window: int = 0
    upper: bool = False  # an acronym alias ("US", "IS", "WHO"): only matches upper-case text
    cased: bool = False  # an ambiguous capitalised alias ("China", «Газа»): needs a capital in the text
    metonym: bool = False  # an actor alias naming a building or place ("the Kremlin")
    # (Persian) per pattern token: "n" the text token must carry the negation prefix, "p" it must
    # not, "" either (``Analyzer._fa_polar``); empty: no condition
    polar: tuple[str, ...] = ()


@dataclass(slots=True)  # ~15 an article: no instance dict to allocate and fill
class _Ent:
    kind: str  # region | actor
    id: str
    sentence: int
    start: int
    end: int
    via: str  # alias | capital | related
    related: bool = False
    prep: bool = False  # written with a preposition clitic: not a subject


def analyzer_version(lemma_signature: str) -> str:
    """The code's version and the lemmatisers in use, short (article_analyses.analyzer_version is 20 characters)."""
    return f"{ANALYZER_VERSION}+{hashlib.sha256(lemma_signature.encode()).hexdigest()[:6]}"


def _is_arabic_script(phrase: str) -> bool:
    return any(char_script(c) == ARABIC for c in phrase[:3])


def _is_hebrew(phrase: str) -> bool:
    return any(char_script(c) == HEBREW for c in phrase[:3])


def _variants(phrase: str, *, proper_name: bool, clitics: bool = True, plural: bool = False,
              keyer: Keyer | None = None, lang: str | None = None) -> set[tuple[str, ...]]:
    """Matching variants of a pattern: surface norms, or matching keys when a keyer is given."""
    toks = normalise_phrase(phrase) if keyer is None else _phrase_keys(phrase, keyer, lang)
    if not toks:
        return set()
    out = {toks}
    if not clitics:
        return out
    if _is_arabic_script(phrase):
        out |= expand_arabic(toks, definite_ok=not proper_name)
    elif _is_hebrew(phrase):
        out |= expand_hebrew(toks)
    elif plural and char_script(phrase.strip()[0]) == LATIN and len(toks[-1]) > 3 and not toks[-1].endswith("s"):
        # English/French plurals of common nouns ("air strike" -> "air strikes").
        out.add((*toks[:-1], toks[-1] + "s"))
    return out


def _bare_ar_place(kind: str, name: str) -> bool:
    """An Arabic place alias that never takes the article: a place (not a state or grouping,
    whose aliases hold demonyms), written without «ال», and no nisba adjective (-ي, -ية:
    «الصحراوي» is the adjective with its article)."""
    return (kind not in ("country", "grouping") and _is_arabic_script(name) and " " not in name
            and not name.startswith("ال") and not name.endswith(("ي", "ية")))


def _phrase_keys(phrase: str, keyer: Keyer, lang: str | None) -> tuple[str, ...]:
    return tuple(k for k in (keyer.key(t.text, lang) or t.norm for t in tokenize(phrase)) if k)


# the Persian future auxiliary, positive («خواهد»; «نخواهد» is its negative)
_FA_FUTURE_AUX = frozenset(normalise_token(w) for w in ("خواهم", "خواهی", "خواهد", "خواهیم", "خواهید", "خواهند"))


def _fa_polar_of(phrase: str, keyer: Keyer) -> tuple[str, ...]:
    """(Persian) the polarity a keyed pattern asks of each of its tokens (``_P.polar``): "n" for a
    verb written negative («تصویب نکرد», «نخواهد»), "p" for the positive future auxiliary, "" for
    the rest; () when no token asks anything.  The keys drop the negation prefix (lemmas.py,
    ``Keyer.fa_negative``), so the written pattern decides: «در امان نخواهند بود» must not read
    «در امان خواهند بود», nor «اخراج خواهد کرد» read «اخراج نخواهد کرد»."""
    polar = tuple("n" if keyer.fa_negative(t.text) else "p" if t.norm in _FA_FUTURE_AUX else ""
                  for t in tokenize(phrase) if keyer.key(t.text, "fa") or t.norm)
    return polar if any(polar) else ()


def _fa_polar_filter(hits: list[Hit], toks: Sequence[Token], keyer: Keyer) -> list[Hit]:
    """(Persian) the hits with the payloads whose pattern polarity (``_P.polar``) the text's tokens
    meet; a payload that meets it is passed on without its condition, once per hit."""
    out: list[Hit] = []
    flags: list[bool] | None = None
    for h in hits:
        ps = h.payloads
        if not any(p.polar for p in ps):
            out.append(h)
            continue
        if flags is None:
            flags = [keyer.fa_negative(t.text) for t in toks]
        kept: list[_P] = []
        for p in ps:
            if p.polar:
                if len(p.polar) == h.end - h.start and not all(
                        (want == "n") == flags[i] for i, want in zip(range(h.start, h.end), p.polar, strict=True) if want):
                    continue
                p = replace(p, polar=())
            if p not in kept:
                kept.append(p)
        if kept:
            out.append(Hit(h.start, h.end, tuple(kept)))
    return out


def _title_forms(phrases: Sequence[str], lang: str) -> list[str]:
    """A title's phrases with the feminine and construct forms of their head noun (issue 8 §5).

    Arabic and Hebrew titles inflect for gender and the lemmatisers do not fold every
    form onto the masculine: simplemma keys «الرئيسة» as «رئيس» but «رئيسة» as itself, and
    Hebrew «שרת»/«השרה» stay apart from «שר».  offices.toml lists some feminine forms by
    hand («وزيرة الخارجية», «שרת החוץ»); this derives them for every title so that none is
    missing («رئيسة كوسوفو», «مديرة الاستخبارات», «ראשת המוסד»).  Regular morphology only:
    Arabic feminine -ة on the head of a multi-word title (a single word would also give the
    consort: «أميرة» "princess") and the article-less construct form of a one-word title
    written with its article («الرئيسة» -> «رئيسة كوسوفو»); Hebrew construct feminine -ת/-ית
    and definite -ה on the head of a multi-word title (Glinert, *Modern Hebrew: An Essential
    Grammar*; Ryding, *A Reference Grammar of Modern Standard Arabic*: gender inflection of nouns).
    """
    out = list(phrases)
    for p in phrases:
        head, _, rest = p.partition(" ")
        if lang == "ar" and _is_arabic_script(head):
            if rest and not head.endswith(("ة", "ه", "ى", "ا", "و", "ي")):
                out.append(f"{head}ة {rest}")
            if not rest and head.startswith("ال") and len(head) > 4:
                out.append(head[2:])
        elif lang == "he" and rest and _is_hebrew(head) and '"' not in head and "״" not in head:
            if not head.endswith(("ת", "ה")):
                out += [f"{head}ת {rest}", f"{head}ית {rest}"]
            if head.startswith("ה") and not head.endswith("ה"):
                out.append(f"{head}ה {rest}")
    return list(dict.fromkeys(out))


# Cues match whole tokens (issue 8 §6: «كما» "as well as" is not the negation
# «ما»); only a conjunction may be attached («ولم», «ולא»).
_AR_CONJ = ("و", "ف")
_HE_CONJ = ("ו", "ש")


def _cue_variants(phrase: str, clitics: bool, keyer: Keyer | None = None, lang: str | None = None) -> set[tuple[str, ...]]:
    toks = normalise_phrase(phrase) if keyer is None else _phrase_keys(phrase, keyer, lang)
    if not toks:
        return set()
    out = {toks}
    if clitics and _is_arabic_script(phrase):
        out |= {(c + toks[0], *toks[1:]) for c in _AR_CONJ}
    elif clitics and _is_hebrew(phrase):
        out |= {(c + toks[0], *toks[1:]) for c in _HE_CONJ}
    return out


_AR_PREP = ("ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "لل", "بال", "كال", "وبال", "فبال", "ولل", "فلل")
_HE_PREP = ("ב", "ל", "מ", "כ", "וב", "ול", "ומ", "וכ", "שב", "של", "שמ", "מב", "מל", "ושב", "ושל", "לה", "בה", "מה", "כש", "וכש", "כשה")


def _prep_variants(phrase: str, variants: set[tuple[str, ...]]) -> set[tuple[str, ...]]:
    """Variants whose first word carries a preposition clitic («لنتنياهو», «בישראל»).

    Such a word is never the grammatical subject, so it cannot be the speaker of
    a claim ("Putin affirmed *to* Netanyahu").
    """
    first = normalise_phrase(phrase)[:1]
    if not first:
        return set()
    if _is_arabic_script(phrase):
        forms = {pre + first[0] for pre in _AR_PREP}
    elif _is_hebrew(phrase):
        forms = {pre + first[0] for pre in _HE_PREP}
    else:
        return set()
    return {v for v in variants if v[0] in forms}


# Hebrew negators right before a verb, and the verbs of consent whose negation refuses (dev7, h28):
# futures (1sg/1pl, 3sg m/f, 3pl) and pasts of הסכים, and the futures of אפשר / הרשה ('allow')
_HE_NEGATORS = frozenset(("לא", "ולא", "שלא"))
_HE_CONSENT_VERBS = frozenset((
    "אסכים", "נסכים", "יסכים", "תסכים", "יסכימו", "הסכים", "הסכימה", "הסכימו", "נאפשר", "יאפשר",
    "תאפשר", "יאפשרו", "נרשה", "ירשה", "תרשה",
))


# the labels Hebrew outlets put after a headline's last «|» that are no byline (a video, a guide,
# updates, a podcast); a byline is two to four name words with no lexicon word, cue or entity
_HE_TAIL_LABELS = frozenset((
    "צפו", "תיעוד", "תיעודים", "בתיעוד", "בתיעודים", "האזינו", "האזינו לפודקאסט", "מדריך", "עדכונים",
    "העדכונים", "התמונות", "תמונות", "תחזית", "ראיון", "וידאו", "סרטון", "פודקאסט", "הסבר", "כל",
    "שוטפים", "דרמטי", "הדרמטיים", "בלעדי", "טור", "פרשנות", "ניתוח", "סקירה", "מזג", "האוויר",
))
_HE_NAME_WORD = re.compile(r"^[\u05d0-\u05ea][\u05d0-\u05ea'\"׳״()-]*$")


# «חזית השחרור», «ארגון השחרור הפלסטיני», «החזית העממית לשחרור פלסטין», «מלחמת השחרור»: a liberation
# word in construct with an organisation's (or a war's) head noun is part of a name, no release and
# no reversing verb (h65; as «חזית» in such a name is no battle front, h46)
_HE_LIBERATION = frozenset({"שחרור", "השחרור", "לשחרור"})
_HE_NAME_HEADS = frozenset({"חזית", "ארגון", "תנועת", "צבא", "מלחמת", "חזיתות", "ארגוני", "תנועות"})
_HE_NAME_ADJS = frozenset({"העממית", "הדמוקרטית", "הלאומית", "האסלאמית", "האסלאמי", "הלאומי", "העממי"})


def _he_name_head(word: str) -> bool:
    """``word`` is a name's head noun, with or without its article or a prefix (ו, ב, ל, מ, ש, ה)."""
    w = word
    for _ in range(3):
        if w in _HE_NAME_HEADS:
            return True
        if len(w) > 3 and w[0] in "ובלמשה":
            w = w[1:]
        else:
            break
    return False


def _he_liberation_name(toks: Sequence[Token], h: Hit) -> bool:
    """The hit starts with «השחרור» inside an organisation's or a war's name (``_HE_LIBERATION``)."""
    if h.start == 0 or toks[h.start].norm not in _HE_LIBERATION:
        return False
    prev = toks[h.start - 1].norm
    return _he_name_head(prev) or (prev in _HE_NAME_ADJS and h.start >= 2 and _he_name_head(toks[h.start - 2].norm))


def _he_directive(sentence: str, toks: Sequence[Token], spans: Sequence[Hit], signals: Sequence[Signal],
                  ents: Sequence[_Ent]) -> int | None:
    """The index of the signal a Hebrew headline directive asks for: «<speaker> ל<addressee>: ל<infinitive> …»
    (the colon right after a ל-prefixed addressee, an infinitive right after it, and that infinitive
    or the phrase it opens is a counted signal of the directive's clause); None if there is none or a
    REQUEST is already read."""
    if any(s.plover_type == "REQUEST" for s in signals):
        return None
    colon = next((i for i, t in enumerate(toks[:12]) if sentence[t.end:t.end + 1] == ":"), None)
    if colon is None or colon == 0 or colon + 1 >= len(toks):
        return None
    addressee, verb = toks[colon].text, toks[colon + 1].text
    if not (len(addressee) > 2 and addressee[0] == "ל" and len(verb) > 3 and verb[0] == "ל"):
        return None
    if any(e.start <= colon + 1 < e.end for e in ents):
        return None  # «… לטראמפ: לבנון …» a place, no infinitive
    k = next((k for k, (s, h) in enumerate(zip(signals, spans, strict=True))
              if s.counted > 0 and colon + 1 <= h.start <= colon + 2), None)
    # an order to strike or to deploy («ראש הממשלה לחיילים: לתקוף») is the threat of it (gold conventions:
    # ordering an attack is THREATEN), which the future reading of the act already gives
    return None if k is None or signals[k].plover_type in ("ASSAULT", "MOBILIZE", "COERCE") else k


# «כך נמסר», «כך דווח», «כך הודיע …»: the lede's attribution ("so X reported"), not the explainer «כך» of
# «כך חוסל חמינאי» ("this is how …"); Hebrew leads print it first or after the report (h89)
_HE_KACH_REPORT = frozenset({
    "נמסר", "נמסרה", "נמסרו", "דווח", "דווחה", "דווחו", "מסר", "מסרה", "מסרו", "הודיע", "הודיעה", "הודיעו",
    "דיווח", "דיווחה", "דיווחו", "אמר", "אמרה", "אמרו", "עולה", "נודע", "פורסם", "נכתב", "לפי", "הבהיר",
    "הבהירה", "הבהירו", "נאמר", "מוסרים", "מדווחים",
})


def _he_report_kach(language: str | None, toks: Sequence[Token], h: Hit) -> bool:
    """The explainer cue is «כך»/«וכך» and the next word reports (``_HE_KACH_REPORT``): «כך נמסר מהבית
    הלבן: הצדדים הסכימו …» attributes the report, it explains nothing."""
    return (language == "he" and h.length == 1 and toks[h.start].norm in ("כך", "וכך")
            and h.start + 1 < len(toks) and toks[h.start + 1].norm in _HE_KACH_REPORT)


def _he_byline(sentence: str, toks: Sequence[Token], hits: Sequence[Hit]) -> bool:
    """The headline ends in a columnist's byline: after its last «|», two to four Hebrew words
    that are no label (``_HE_TAIL_LABELS``) and hold no lexicon hit, cue or entity («| אמציה
    ברעם», «| ד"ר איתי גל», «| הרב אליהו בירנבוים»). Maariv and Mivzakim print the author of an
    opinion piece so; a report's tail is a label («| צפו», «| עדכונים שוטפים») or names its topic
    («| התקיפות במפרץ», «| היום השלישי למלחמה»: a lexicon word)."""
    bar = sentence.rfind("|")
    if bar < 0:
        return False
    words = sentence[bar + 1:].split()
    if not 2 <= len(words) <= 4 or any(w in _HE_TAIL_LABELS or not _HE_NAME_WORD.match(w) for w in words):
        return False
    first = next((i for i, t in enumerate(toks) if t.start > bar), None)
    return first is not None and not any(h.end > first for h in hits)


# the prefixes that swallow the definite article (ב, ל, כ + ה -> ב, ל, כ), with a conjunction or ש before them
_HE_ELIDING = ("ב", "ל", "כ", "וב", "ול", "וכ", "שב", "של", "ושב", "ושל")


def _he_elided(phrase: str) -> set[tuple[str, ...]]:
    """«במשטר האיראני», «לסוכנות הבינלאומית», «בגדה המערבית»: Hebrew ב, ל, כ swallow the article
    of a definite noun phrase (Glinert, *Modern Hebrew: An Essential Grammar*, the definite article
    after the prepositions), so prefixing the written alias («ב» + «המשטר») never meets the text.
    Only for a phrase whose agreement shows the article (a later word also takes ה: «המשטר
    האיראני», «הגדה המערבית»): a single word's initial ה may be its root (הודו, הולנד, הורמוז).
    These forms all carry a preposition (see :func:`_prep_variants`)."""
    toks = normalise_phrase(phrase)
    if len(toks) < 2 or not _is_hebrew(phrase) or not toks[0].startswith("ה") or len(toks[0]) < 4:
        return set()
    if not any(t.startswith("ה") for t in toks[1:]):
        return set()
    return {(p + toks[0][1:], *toks[1:]) for p in _HE_ELIDING}


class Analyzer:
    """Compiled reference data + the reading rules.  Thread-safe after construction."""

    def __init__(self, ref: ReferenceData, *, lemmas: dict[str, str] | None = None, claims_by_lemma: bool = False) -> None:
        self.ref = ref
        self.keyer = Keyer(lemmas)
        # The version covers the code and the lemmatisers in use: the same seeds
        # read with other keys are another reading (``--reanalyze`` picks it up).
        self.version = analyzer_version(self.keyer.signature)
        self.data_version = ref.version
        self._lex = {e.id: e for e in ref.lexicon}
        # Hebrew threat entries' single-word forms written with ל (infinitives: «לנקום»), _event_arguments (h71)
        self._written_threat_forms = frozenset(
            normalise_token(p) for e in ref.lexicon if e.id.startswith("he.threat.")
            for p in e.patterns if " " not in p and p.startswith("ל"))
        self._near: dict[str, tuple[_Terms, _Terms]] = {}
        # argument and cause prepositions per language: phrase (normalised words) -> (kind, reach), and
        # the longest phrase; looked up before an attack noun only (_event_arguments), never matched
        # over the text: "to", «در», «على» are among the commonest words
        self._arg_preps: dict[str, dict[tuple[str, ...], tuple[str, int]]] = defaultdict(dict)
        self._arg_prep_len: dict[str, int] = defaultdict(int)
        # the first words of the relative and kin phrases per language: _relative_events looks for
        # its markers only where one of them stands before the hit (most sentences have none)
        self._rel_first: dict[str, set[str]] = defaultdict(set)
        self._rules: dict[tuple[str, str], list[Any]] = defaultdict(list)
        keyer = self.keyer
        # The lexicon's own words first: our clitic/suffix segmentation may only
        # land on one of them (lemmas.py).
        vocab: set[str] = set()
        for e in ref.lexicon:
            for p in e.patterns:
                vocab.update(_phrase_keys(p, keyer, e.lang))
        for v in ref.verbs:
            for f in v.forms:
                vocab.update(_phrase_keys(f, keyer, v.lang))
        keyer.set_vocabulary(vocab)
        # Persian compound verbs in the future (noun + خواه- + past stem): the auxiliary's key and
        # the keys of the light and common verbs that close a lexicon phrase
        fa_future = keyer.key("خواهد", "fa") or "خواهد"
        fa_verbs = {keyer.key(w, "fa") or w for w in (
            "کرد", "داد", "زد", "گرفت", "رسید", "گذاشت", "ماند", "آمد", "ساخت", "بست", "کشید", "یافت",
            "داشت", "نمود", "برد", "افتاد", "انداخت", "گشت", "شکست", "خورد", "شد")} - {fa_future}
        m = Matcher()
        for r in ref.regions.values():
            for lang, names in r.aliases.items():
                for name in names:
                    amb = name in r.ambiguous
                    # demonyms/adjectives are common words: they take the article; an ambiguous
                    # Arabic place name written without it does not, since with it it is the
                    # common word («الصور» the pictures, «الجدة» the grandmother, «الحمص» chickpeas)
                    vs = _variants(name, proper_name=amb and _bare_ar_place(r.kind, name))
                    prep = _prep_variants(name, vs)
                    payload = _P("region", r.id, lang, amb, upper=_acronym(name), cased=amb and _capitalised(name))
                    m.add_many(vs - prep, payload)
                    m.add_many(prep | _he_elided(name), replace(payload, extra="prep"))
            for lang, names in r.capital.items():
                for name in names:
                    vs = _variants(name, proper_name=True)
                    prep = _prep_variants(name, vs)
                    payload = _P("capital", r.id, lang, name in r.ambiguous)
                    m.add_many(vs - prep, payload)
                    m.add_many(prep, replace(payload, extra="prep"))
        for a in ref.actors.values():
            for lang, names in a.aliases.items():
                for name in names:
                    amb = name in a.ambiguous
                    proper = a.type == "person"
                    vs = _variants(name, proper_name=proper)
                    prep = _prep_variants(name, vs)
                    payload = _P("actor", a.id, lang, amb, upper=_acronym(name), cased=amb and _capitalised(name),
                                 metonym=name in a.metonyms)
                    m.add_many(vs - prep, payload)
                    elided = _he_elided(name) if not proper else set()
                    m.add_many(prep | elided, replace(payload, extra="prep"))
            for lang, phrases in a.related.items():
                for p in phrases:
                    m.add_many(_variants(p, proper_name=False), _P("related", a.id, lang))
        for lang, phrases in ref.counterparts.items():
            for p in phrases:
                # the lemmatiser leaves a prefixed pronoun-suffixed form as written («ونظيره»): the
                # written form's clitic variants are keys too
                variants = _variants(p, proper_name=False, keyer=keyer, lang=lang) | _cue_variants(p, True)
                m.add_many(variants, _P("title", _COUNTERPART, lang), keyed=True)
        for o in ref.offices.values():
            for lang, phrases in o.patterns.items():
                for p in _title_forms(phrases, lang):
                    m.add_many(_variants(p, proper_name=False, keyer=keyer, lang=lang), _P("title", o.id, lang), keyed=True)
            for country, per_lang in o.country_patterns.items():
                for lang, phrases in per_lang.items():
                    for p in _title_forms(phrases, lang):
                        m.add_many(_variants(p, proper_name=False, keyer=keyer, lang=lang),
                                   _P("title", o.id, lang, extra=country), keyed=True)
            for outlet, per_lang in o.voice_patterns.items():
                for lang, phrases in per_lang.items():
                    for p in _title_forms(phrases, lang):
                        m.add_many(_variants(p, proper_name=False, keyer=keyer, lang=lang),
                                   _P("title", o.id, lang, extra=_VOICE + outlet), keyed=True)
        for e in ref.lexicon:
            for p in e.patterns:
                # Where a lemmatiser reads the language, prefixed forms reach the
                # lemma by it or by our segmentation (lemmas.py), so the pattern
                # needs no clitic variants (~40% of the automaton in v1).
                lemmatised = bool(keyer.backends.get(e.lang)) and e.lang in ("ar", "fa", "he")
                variants = _variants(p, proper_name=False, clitics=e.clitics and not lemmatised, plural=True,
                                     keyer=keyer, lang=e.lang)
                first = _phrase_keys(p, keyer, e.lang)[:1]
                # Arabic future prefix سـ on an imperfect verb (سيقصف، ستشن، وسنرد):
                # the same signal, in the future mode (modality.toml prefix_rule).
                future = {v for v in variants if first and _is_arabic_script(p) and v[0] in {pre + first[0] for pre in ("س", "وس", "فس")}}
                if e.lang == "fa" and lemmatised:
                    # Persian future: the auxiliary خواه- stands between a compound verb's
                    # noun and its verb («هدف قرار خواهیم داد», «پاسخ خواهد داد»)
                    future |= {(*v[:-1], fa_future, v[-1]) for v in variants if len(v) >= 2 and v[-1] in fa_verbs}
                if e.lang == "fa" and lemmatised and (polar := _fa_polar_of(p, keyer)):
                    # a pattern with a negative verb or a future auxiliary: its polarity is checked
                    # on the text (``_fa_polar_filter``); the generated future adds a positive auxiliary
                    for fv in variants - future:
                        m.add(fv, _P("signal", e.id, e.lang, polar=polar if len(fv) == len(polar) else ()), keyed=True)
                    fpolar = (*polar[:-1], "p", polar[-1])
                    for fv in future:
                        m.add(fv, _P("signal", e.id, e.lang, extra="future", polar=fpolar if len(fv) == len(fpolar) else ()),
                              keyed=True)
                    continue
                if future and e.lang == "fa" and lemmatised:
                    # the generated future: its auxiliary is positive («پاسخ خواهد داد», not «پاسخ نخواهد داد»)
                    for fv in future:
                        m.add(fv, _P("signal", e.id, e.lang, extra="future", polar=tuple("p" if t == fa_future else "" for t in fv)),
                              keyed=True)
                    m.add_many(variants - future, _P("signal", e.id, e.lang), keyed=True)
                    continue
                m.add_many(variants - future, _P("signal", e.id, e.lang), keyed=True)
                m.add_many(future, _P("signal", e.id, e.lang, extra="future"), keyed=True)
            self._near[e.id] = (_context_terms(e.near, keyer, e.lang), _context_terms(e.unless_near, keyer, e.lang))
        # the entries with a proximity rule: the others skip the rule check without a test per term set
        self._with_near = frozenset(k for k, (near, unless) in self._near.items() if near or unless)
        self._followed: dict[tuple[str, str, str], tuple[frozenset[str], tuple[str, ...]]] = {}
        self._unless_next: dict[tuple[str, str, str], frozenset[str]] = {}
        # Reporting verbs, attributions and exclusions are closed lists written out in all
        # their forms (claims.toml, exclusions.toml): they match as written, with clitic
        # variants, as in 1.x.  By lemma they collided with common words («قبل» "before" as
        # "accepted", «ثمن» "price" as «ثمّن» "praised", «دوريات» "patrols" as «دوري» "league").
        ck = keyer if claims_by_lemma else None
        self._claims_keyed = claims_by_lemma
        for v in ref.verbs:
            stance = _STANCE_ALIAS.get(v.stance, v.stance)
            for f in v.forms:
                polar = _fa_polar_of(f, keyer) if ck is not None and v.lang == "fa" else ()
                for var in _variants(f, proper_name=False, clitics=v.clitics, keyer=ck, lang=v.lang):
                    m.add(var, _P("verb", stance, v.lang, extra=v.polarity, polar=polar if len(var) == len(polar) else ()),
                          keyed=claims_by_lemma)
                if v.unless_next:
                    fk = _phrase_keys(f, keyer, v.lang) if claims_by_lemma else normalise_phrase(f)
                    self._unless_next[(v.lang, stance, fk[-1] if fk else "")] = frozenset(
                        keyer.key(w, v.lang) or normalise_token(w) for w in v.unless_next)
                if v.followed_by or v.followed_by_prefix:
                    fk = _phrase_keys(f, keyer, v.lang) if claims_by_lemma else normalise_phrase(f)
                    self._followed[(v.lang, stance, fk[-1] if fk else "")] = (
                        frozenset(t for w in v.followed_by for t in normalise_phrase(w)), v.followed_by_prefix
                    )
        for v in ref.attributions:
            for f in v.forms:
                m.add_many(_variants(f, proper_name=False, keyer=ck, lang=v.lang), _P("attrib", "statement", v.lang),
                           keyed=claims_by_lemma)
        for c in ref.cues:
            if c.kind in _ARGUMENT_KINDS:
                for f in c.forms:
                    for phrase in _cue_variants(f, c.clitics, None, c.lang):
                        self._arg_preps[c.lang][phrase] = (c.kind, c.window)
                        if c.kind in _IDENTIFYING_KINDS:
                            self._rel_first[c.lang].add(phrase[0])
                        self._arg_prep_len[c.lang] = max(self._arg_prep_len[c.lang], len(phrase))
                continue
            # Function-word cues (negation, future, ...) match as written; composition
            # cues are content verbs ("lifted", «رفعت»), matched by their lemma.
            content = c.kind in _CONTENT_CUES
            for f in c.forms:
                polar = _fa_polar_of(f, keyer) if content and c.lang == "fa" else ()
                for var in _cue_variants(f, c.clitics, keyer if content else None, c.lang):
                    m.add(var, _P("cue", c.kind, c.lang, extra=c.direction, window=c.window,
                                  polar=polar if len(var) == len(polar) else ()), keyed=content)
        for x in ref.exclusions:
            for f in x.forms:
                m.add_many(_variants(f, proper_name=False, keyer=ck, lang=x.lang), _P("excl", x.scope, x.lang, extra=x.scope),
                           keyed=claims_by_lemma)
            for f in x.exceptions:
                m.add_many(_variants(f, proper_name=False, keyer=ck, lang=x.lang), _P("exclnot", x.scope, x.lang),
                           keyed=claims_by_lemma)
        for rule in ref.rules:
            self._rules[(rule.entity, rule.alias.lower())].append(
                (
                    frozenset(t for w in rule.reject_prev for t in normalise_phrase(w)),
                    frozenset(t for w in rule.reject_next for t in normalise_phrase(w)),
                    frozenset(t for w in rule.reject_sentence for t in normalise_phrase(w)),
                    frozenset(t for w in rule.require_sentence for t in normalise_phrase(w)),
                    normalise_phrase(rule.alias),
                )
            )
        m.build()
        self.matcher = m
        # per language, a word as written -> (key, matcher codes): filled by ``analyze`` (``_word``)
        self._words: dict[str | None, dict[str, _Word]] = {}
        self._locatives = frozenset(t for words in ref.locatives.values() for w in words for t in normalise_phrase(w))
        self._rules_by_entity: dict[str, list[list[Any]]] = defaultdict(list)
        for (ent, _alias), rs in self._rules.items():
            self._rules_by_entity[ent].append(rs)
        self._peace = {lang: _context_terms(words, keyer, lang) for lang, words in ref.peace_terms.items()}
        # Persian entries written with a negative verb («بی‌پاسخ نخواهد ماند» "will not go
        # unanswered"): the negation is the entry's own, not the modality of its hit
        self._fa_negative_phrased = frozenset(
            e.id for e in ref.lexicon if e.lang == "fa" and any(
                _fa_negative_word(w, keyer) for p in e.patterns for w in p.split()))
        self._holders = _office_holders(ref)
        # a ministry's actor -> its minister's office and state: «глава [иранского МИД]» (issue 8 §5)
        self._minister_of: dict[str, tuple[str, str]] = {
            a.id: (_MINISTER_OF[r.office], a.country) for a in ref.actors.values() if a.country
            for r in a.roles if r.office in _MINISTER_OF}
        # a monarchy's head of state (head_of_state's fallback: SAU king, QAT emir, OMN sultan)
        head = ref.offices.get("head_of_state")
        self._head_fallback: dict[str, str] = dict(head.fallback) if head is not None else {}
        self._monarchic = frozenset(self._head_fallback.values())
        self._voice_forms: dict[tuple[str, str], frozenset[str]] = {
            (o.id, outlet): frozenset(p for phrases in per_lang.values() for p in phrases)
            for o in ref.offices.values() for outlet, per_lang in o.voice_patterns.items()}
        # a state's one-word names, adjectives and capital, for ambiguous surnames (below)
        self._state_terms: dict[str, frozenset[str]] = {}
        for r in ref.regions.values():
            if r.kind == "country" and r.iso2:
                words = [w for per in (r.aliases, r.capital) for ws in per.values() for w in ws]
                self._state_terms[r.id] = frozenset(
                    t[0] for w in words if len(t := normalise_phrase(w)) == 1 and w not in r.ambiguous)
        self._hostile: dict[frozenset[str], list[Relation]] = defaultdict(list)
        for rel in ref.relations:
            self._hostile[frozenset((rel.a, rel.b))].append(rel)

    def _word(self, tok: Token, language: str | None, words: dict[str, _Word]) -> _Word:
        """A word's matching key (its lemma key, else its norm) and the matcher's codes of its norm
        and key, kept in ``words`` (the language's, bounded) for the next time."""
        key = self.keyer.key(tok.text, language) or tok.norm
        w = (key, self.matcher.code(tok.norm), self.matcher.code(key, keyed=True))
        if len(words) < _WORDS_MAX:
            words[tok.text] = w
        return w

    @classmethod
    def from_seeds(cls) -> Analyzer:
        return cls(load_reference())

    # ------------------------------------------------------------------ public

    def analyze(
        self, text: str, *, lang: str | None = None, day: date | None = None, title: str | None = None,
        country: str | None = None, opinion: bool = False, max_chars: int | None = None,
    ) -> Reading:
        """Read one text.

        ``country``: the outlet's country (ISO alpha-3), for unqualified office
        titles («שר הביטחון», «الرئيس»).  ``opinion``: the feed or URL marks the
        piece as opinion/analysis, which weighs less than a report (issue 8 §3).
        ``max_chars``: read at most this many characters of title and text
        (``analysis.max_chars``); a longer text is cut at a word boundary and
        the reading records it (``truncated_from``/``truncated_to``), never silently.
        """
        text, title = text or "", title or ""
        if "\u0640" in title or "\u0640" in text:
            title, text = _CHANNEL_SIGNATURE.sub("", title), _CHANNEL_SIGNATURE.sub("", text)
        given = len(title) + len(text)
        truncated_from: int | None = None
        if max_chars and given > max_chars:
            truncated_from = given
            title = _cut(title, max_chars)
            text = _cut(text, max_chars - len(title))
        language = detect_language(title + "\n" + text, lang)
        sentences: list[str] = []
        has_title = bool(title.strip())
        if has_title:
            # An endless "title" is not a headline: its first piece is, the rest is read as body
            sentences.extend(bound_sentence(title.strip()) if len(title.strip()) > MAX_SENTENCE_CHARS else [title.strip()])
        sentences.extend(split_sentences(text))
        ents: list[_Ent] = []
        per_sentence: list[tuple[list[Token], list[str], _Sorted]] = []
        article_excluded = False
        raw_entities: list[tuple[int, Hit, _P]] = []
        # each sentence's normalised tokens, listed once here and reused by the entity and signal
        # passes below (they were listed again per entity span and per sentence)
        norms_of: list[list[str]] = []
        words = self._words.get(language)
        if words is None:
            words = self._words.setdefault(language, {})
        for si, s in enumerate(sentences):
            toks = tokenize(s)
            if language == "en":
                # one pass over the words for both checks (a day phrase dropped holds no setting preposition)
                present = {t.norm for t in toks}
                if not _EN_WEEKDAYS.isdisjoint(present):
                    toks = _drop_weekday_phrases(toks)
                if not _EN_SETTING_PREPS.isdisjoint(present):
                    toks = _drop_setting_phrases(s, toks)
            elif language == "he" and not _HE_TIME_WORDS.isdisjoint(t.norm for t in toks):
                toks = _he_drop_time_words(s, toks)
            norms = list(map(_token_norm, toks))
            norms_of.append(norms)
            # each word's key and matcher codes from one lookup (in C); a word not seen yet goes the
            # long way once (``_word``)
            found: list[_Word | None] = list(map(words.get, map(_token_text, toks)))
            recs = cast("list[_Word]", found) if None not in found else [words.get(t.text) or self._word(t, language, words)
                                                                         for t in toks]
            keys = list(map(_word_key, recs))
            found_hits = self.matcher.find_coded(len(toks), "".join(map(_word_surface_code, recs)),
                                                 "".join(map(_word_key_code, recs)))
            if language == "fa" and found_hits:
                found_hits = _fa_polar_filter(found_hits, toks, self.keyer)
            sorted_hits = _sort_hits(found_hits, language)
            per_sentence.append((toks, keys, sorted_hits))
            if sorted_hits.excl_article and (si == 0 or not has_title):
                article_excluded = True
            # entities: longest match first across regions and actors
            if sorted_hits.entities:
                ent_payloads = {(h.start, h.end): ps for h, ps in sorted_hits.entities}
                chosen = longest_non_overlapping([h for h, _ in sorted_hits.entities])
                for h in chosen:
                    for p in ent_payloads[(h.start, h.end)]:
                        raw_entities.append((si, h, p))
                    if h.length > 1:
                        raw_entities.extend((si, inner, p) for inner, p in self._nested_states(h, ent_payloads, toks))
        confirmed_actors = {p.ref for _, _, p in raw_entities if p.kind == "actor" and not p.ambiguous}
        confirmed_regions = {p.ref for _, _, p in raw_entities if p.kind in ("region", "capital") and not p.ambiguous}
        seen_span: set[tuple[int, int, int, str]] = set()
        by_span: dict[tuple[int, int, int], list[_P]] = defaultdict(list)
        for si, h, p in raw_entities:
            by_span[(si, h.start, h.end)].append(p)
        # entities per sentence, built once: every sentence filtering the article's
        # whole entity list was the quadratic step of issue 14 §5
        ents_of: dict[int, list[_Ent]] = defaultdict(list)
        for (si, start, end), payloads in by_span.items():
            toks = per_sentence[si][0]
            resolved = self._resolve(payloads, toks, start, end, day, confirmed_actors, confirmed_regions,
                                     norms_of[si])
            for p in resolved:
                kind = "actor" if p.kind in ("actor", "related") else "region"
                key = (si, start, end, p.ref)
                if key in seen_span:
                    continue
                seen_span.add(key)
                via = "capital" if p.kind == "capital" else "metonym" if p.metonym else p.kind
                ent = _Ent(kind, p.ref, si, start, end, via, p.kind == "related", p.extra == "prep")
                ents.append(ent)
                ents_of[si].append(ent)
        # -- office titles -> the holder on the article's date (issue 8 §5)
        for si, (toks, keys, sh) in enumerate(per_sentence):
            if sh.titles:
                sent_ents = list(ents_of[si])  # before this sentence's holders are added
                last_office: str | None = None
                titles = _longest_titles(sh.titles, functools.partial(self._voiced, toks, sentences[si], country))
                # a ministry named inside a longer title is named too (tests/gold/README.md: "an
                # organisation named inside a person's title is listed as well"): «سخنگوی وزارت امور
                # خارجه», "defence ministry spokesman"
                # when that title names its holder (not "the foreign ministers of EU states")
                kept = {(t.start, t.end) for t, _ in titles}
                nested = [(t, tp) for t, tp in sh.titles if tp.ref in _NESTED_OFFICES and (t.start, t.end) not in kept
                          and any(k[0] <= t.start and t.end <= k[1] for k in kept)]
                titles += nested
                named_spans: list[tuple[int, int]] = []
                implied_of: dict[tuple[int, int, str], set[str]] = defaultdict(set)
                for th, tp in sh.titles:
                    if tp.extra and not tp.extra.startswith(_VOICE):
                        implied_of[(th.start, th.end, tp.ref)].add(tp.extra)
                for ti, (h, p) in enumerate(titles):
                    office_id = p.ref
                    if office_id == _COUNTERPART:
                        # "… foreign minister … his Iraqi counterpart": the same office, another state
                        office_id = last_office or self._office_of_person(sent_ents, h, day) or ""
                    # titles joined by a conjunction share their state: «وزير الدفاع ورئيس الأركان
                    # الإيرانيين», «министр обороны и начальник Генштаба Ирана»
                    partners = [t for t, _ in titles[ti + 1 : ti + 2] if _conjoined(h, t, toks, keys)]
                    partners += [t for t, _ in titles[max(ti - 1, 0) : ti] if _conjoined(t, h, toks, keys)]
                    # a counterpart word carries its pronoun («نظيره», «עמיתו»): no construct head
                    construct_lang = None if p.ref == _COUNTERPART else p.lang or language
                    if (h, p) in nested and not any(lo <= h.start and h.end <= hi for lo, hi in named_spans):
                        continue
                    feminine = _feminine(toks[h.start].text) or any("woman" in t.text.lower() for t in toks[h.start : h.end])
                    if office_id in _FEMININE_OF and not feminine:
                        office_id = _FEMININE_OF[office_id]  # «דובר צה"ל בערבית»: the lemma hides the gender
                    elif office_id in _MASCULINE_OF and feminine:
                        office_id = _MASCULINE_OF[office_id]
                    implied = p.extra or None
                    if implied and implied.startswith(_VOICE):
                        implied = None  # _longest_titles kept it: the outlet speaks in this voice
                    holders = self._title_holders(h, office_id, toks, sent_ents, country, day, implied,
                                                  sentences[si], partners, construct_lang, keys,
                                                  frozenset(implied_of.get((h.start, h.end, office_id), ())),
                                                  counterpart=p.ref == _COUNTERPART)
                    if holders:
                        named_spans.append((h.start, h.end))
                        if office_id == "head_of_government":
                            # «ראש ממשלת לבנון», «رئيس حكومة لبنان»: the head, not also the government
                            gone = [g for g in ents_of[si] if g.kind == "actor" and g.start < h.end and h.start < g.end
                                    and self._actor_type(g.id) == "government"]
                            for g in gone:
                                ents_of[si].remove(g)
                                ents.remove(g)
                    for holder in holders:
                        if any(e.id == holder and e.start < h.end and h.start < e.end for e in sent_ents):
                            continue  # the same words already named it («Глава МИД Китая»: «МИД Китая»)
                        ent = _Ent("actor", holder, si, h.start, h.end, "title")
                        ents.append(ent)
                        ents_of[si].append(ent)
                    if office_id:
                        last_office = office_id
        # -- «глава иранского МИД», «главы израильского Минобороны»: the head of a ministry named with
        # its state's adjective (the adjective splits the title «глава МИД»), i.e. its minister
        for si, (toks, _keys, _sh) in enumerate(per_sentence):
            for inst in list(ents_of.get(si, ())):
                if inst.kind != "actor" or inst.start == 0 or (mo := self._minister_of.get(inst.id)) is None:
                    continue
                at = inst.start - 1
                if toks[at].norm not in _HEAD_NORMS and at > 0 and toks[at].text[:1].islower():
                    at -= 1  # the state's adjective read as the ministry's qualifier: «глава [израильского] Минобороны»
                acting = toks[at].norm in _ACTING_BEFORE
                if toks[at].norm not in _HEAD_NORMS and not acting:
                    continue
                minister = _holder_on(self._holders.get(mo, ()), day)
                if acting and minister is not None and not self._acting_in_office(minister, day):
                    continue  # «سرپرست وزارت امور خارجه»: the acting minister only (h64)
                if minister is not None and not any(x.id == minister for x in ents_of[si]):
                    head_ent = _Ent("actor", minister, si, at, inst.end, "title")
                    ents.append(head_ent)
                    ents_of[si].append(head_ent)
        # -- "a spokesman for the Iranian foreign ministry", "spokeswoman for Russia's foreign ministry":
        # the ministry's spokesperson, the state written inside the title (h64, issue 8)
        for si, (toks, _keys, _sh) in enumerate(per_sentence):
            for inst in list(ents_of.get(si, ())):
                if (inst.kind != "actor" or inst.start < 2 or self._minister_of.get(inst.id, ("", ""))[0] != "foreign_minister"):
                    continue
                at = inst.start - 1
                if toks[at].norm == "the" and at > 1:
                    at -= 1
                if toks[at].norm != "for" or toks[at - 1].norm not in _SPOKES_NORMS:
                    continue
                country = self._minister_of[inst.id][1]
                spokes = _holder_on(self._holders.get(("foreign_ministry_spokesperson", country), ()), day)
                if spokes is not None and not any(x.id == spokes for x in ents_of[si]):
                    sp_ent = _Ent("actor", spokes, si, at - 1, inst.end, "title")
                    ents.append(sp_ent)
                    ents_of[si].append(sp_ent)
        # -- signals and claims, sentence by sentence
        signals: list[Signal] = []
        claims: list[Claim] = []
        opinion = opinion or (bool(per_sentence) and any(p.ref == "opinion" for _, p in per_sentence[0][2].cues))
        # The headline: the title, or (a text that is only a headline, split by «؟» or "..")
        # its first two short sentences.  An explainer cue at one of their edges makes the
        # headline an explainer: "Why …", "What we know about …", "… - analysis", «… هل …؟».
        head = 1 if has_title else (2 if len(per_sentence) <= 2 and sum(len(t) for t, _, _ in per_sentence) <= 30 else 1)
        # The second half of a two-part headline is an edge too (issue 8 H3): «פריצה למצלמות…: כך חוסל
        # עלי חמינאי», "Strikes on Iran: what we know"; a quote after the colon is not ('X: "why …"').
        explainer = any(
            p.ref == "explainer" and not _he_report_kach(language, per_sentence[i][0], h) and (h.start <= 1 or h.end >= len(per_sentence[i][0]) or h.length >= 3
                                      or sentences[i][:per_sentence[i][0][h.start].start].rstrip().endswith(":"))
            for i in range(min(head, len(per_sentence))) for h, p in per_sentence[i][2].cues)
        if (not explainer and language in _QUESTION_HEADS and per_sentence and per_sentence[0][0]
                and per_sentence[0][0][0].norm in _QUESTION_HEADS[language] and sentences[0].rstrip().endswith("?")):
            # a yes/no question headline asks about an event, it reports none (h42); in Hebrew a
            # question word at its head («האם גונדור תפתח במלחמה?», «מי הגנרל שמוביל את המתקפה?», h51)
            explainer = True
        if (not explainer and language == "ru" and per_sentence and len(per_sentence[0][0]) > 2
                and per_sentence[0][0][1].norm in _RU_QUESTION_PARTICLES):
            # the Russian mirror: «ли» after the headline's first word asks («Нападет ли Гондор на Арнор?»,
            # «Близко ли перемирие?», «Сможет ли армия отразить вторжение?»), with or without «?» (h52)
            explainer = True
        if not explainer and language == "he" and per_sentence:
            # a columnist's byline closing the headline («… | אבי אשכנזי», «… | ד"ר נחמן שי»):
            # an opinion piece, whose event words are its argument, no new act (issue 8 dev7, h28)
            last = min(head, len(per_sentence)) - 1
            toks0, _, sh0 = per_sentence[last]
            explainer = _he_byline(sentences[last], toks0, [h for h, _ in sh0.signals] + [h for h, _ in sh0.cues]
                                   + [h for h, _ in sh0.entities])
        for si, (toks, keys, sh) in enumerate(per_sentence):
            if not (sh.signals or sh.verbs):
                continue
            norms = norms_of[si]
            sent_ents = ents_of.get(si, [])
            excluded = article_excluded or sh.excl_sentence
            sh_signals = sh.signals
            if excluded and not article_excluded:
                # h70: an extradition or a handover of suspects is judicial cooperation between states
                # (CAMEO 063) whatever crime the suspect is wanted for ("Ecuador extradites leader of
                # violent drug gang to the United States", dev pv-en-1621): the sentence's crime words
                # drop its other readings, not the handover
                judicial = [(h, p) for h, p in sh.signals if p.ref.rsplit(".", 1)[-1] in _JUDICIAL_CONCEPTS
                            and ".cooperation." in p.ref]
                if judicial:
                    excluded, sh_signals = False, judicial
            cues = sh.cues
            years = _old_years(norms, day)
            verb_hits = [vp for vp in _dedupe_verbs(sh.verbs) if self._verb_context_ok(vp, toks)]
            if sh.excl_crime:  # crime news: no claim of its own (the police "accused" a gang)
                verb_hits = [vp for vp in verb_hits if vp[1].kind != "verb"]
            sig_payload = {(h.start, h.end): p for h, p in sh_signals}
            sig_hits = [h for h, _ in sh_signals]
            # a reporting verb that is also a lexicon pattern ("threatened") stays a verb and a signal
            sent_signals: list[Signal] = []
            # clause numbers matter only where something can scope over something else
            clauses = _clauses(sentences[si], toks) if (cues or len(sig_hits) > 1 or sh.titles) else []
            consumed: list[Hit] = []  # approval cues that govern an attack ("approves attack plan")
            spans: list[Hit] = []
            appeal_polarity: dict[int, str] = {}
            civil_verbs: set[str] = set()  # appeal verbs addressed to the public
            if not excluded:
                # Sense rules first, then the longest match: a longer pattern that its own
                # rule rejects must not hide a shorter hit inside it
                ruled: list[Hit] = []
                for h in sig_hits:
                    if (language == "en" and norms[h.start] == "according" and h.end == h.start + 1
                            and h.end < len(norms) and norms[h.end] == "to"):
                        # "according to X" attributes the sentence (claims.toml): it is no accord, though
                        # it keys as one (issue 8, h56)
                        continue
                    e = self._lex[sig_payload[(h.start, h.end)].ref]
                    if language == "ar" and e.id in _AR_DEFINITE_LABELS and _ar_definite_label(toks, h, _AR_DEFINITE_LABELS[e.id]):
                        continue
                    if language == "ar" and e.id == _AR_ACCUSE_ENTRY and _ar_accused_attribute(sentences[si], toks, h):
                        continue
                    if language in ("en", "ru", "he", "fa") and e.id in _LABELS and _standing_label(toks, h, _LABELS[e.id]):
                        continue
                    if e.id == "en.attack.explosion" and self._verbal_blast(toks, h, sent_ents):
                        # the verbal sense ("Tehran blasts Macron after his remarks"): the entry's
                        # non-attack context words ("remarks", "critics") must not drop it; it is
                        # read as criticism below
                        ruled.append(h)
                        continue
                    if e.id in self._with_near:  # (``near or unless`` called _Terms.__bool__ per hit)
                        near, unless = self._near[e.id]
                        # the window includes the hit itself, so a rule phrase may overlap
                        # it ("hit song", "bomb threat"): seeds/lexicon/README.md
                        lo, hi = max(0, h.start - e.window), min(len(keys), h.end + e.window)
                        if near and not _rule_term(keys, lo, h, hi, near, inside=True) and not (
                                e.near_parties and self._named_parties(sent_ents, lo, hi)):
                            continue
                        if unless and _rule_term(keys, lo, h, hi, unless):
                            continue
                    ruled.append(h)
                if sh.excl_crime:
                    ruled = [h for h in ruled if self._lex[sig_payload[(h.start, h.end)].ref].plover in _CRIME_KEPT_TYPES
                             or sig_payload[(h.start, h.end)].ref in _CRIME_KEPT_ENTRIES]
                # the cues each signal looks at, sorted out once per sentence rather than per signal
                # (order kept: a later cue of a kind wins in ``governing``)
                if language == "he":
                    ruled = [h for h in ruled if not _he_liberation_name(toks, h)]
                    cues = [c for c in cues if not _he_liberation_name(toks, c[0])]
                composition = [c for c in cues if c[1].ref in _COMPOSITION]
                modal = [c for c in cues if c[1].ref in _CUE_MODALITY]
                for h in longest_non_overlapping(ruled):
                    p = sig_payload[(h.start, h.end)]
                    e = self._lex[p.ref]
                    historical = bool(years) and _dated_by_year(h, years, norms, clauses or _clauses(sentences[si], toks))
                    sig = self._signal(e, h, p, si, sentences[si], toks, norms, composition, modal, verb_hits,
                                       historical, explainer and si < head, consumed, clauses)
                    if (sig is not None and e.id == "en.attack.explosion" and sig.plover_type == "ASSAULT"
                            and self._verbal_blast(toks, h, sent_ents)):
                        # "China blasts US over …", "Trump blasts Zelensky": criticism, CAMEO 111
                        w = TYPES["ACCUSE"][2]
                        sig = replace(sig, category="disapproval", mode="verbal", weight=w, plover_type="ACCUSE",
                                      counted=abs(w) * MODALITY_FACTOR.get(sig.modality, 0.0) if sig.counted else 0.0,
                                      note="verbal sense: a named party blasts another")
                    if sig is not None:
                        sent_signals.append(sig)
                        spans.append(h)
                sent_signals = _threatened_acts(sent_signals, spans,
                                                [vh for vh, vp in verb_hits if vp.kind == "verb" and vp.ref == "threat"])
                if language == "fa":
                    sent_signals = _fa_warned_acts(sent_signals, spans, toks,
                                                   [vh for vh, vp in verb_hits if vp.kind == "verb" and vp.ref in ("threat", "warning")])
                # asking verbs (claims.toml stance "ask": "asked X to", «طلب من», «از X خواست») are request
                # heads as the appeal verbs are, their object deciding (issue 8, h69)
                appeal_verbs = [vh for vh, vp in verb_hits if vp.kind == "verb" and vp.ref in ("appeal", "ask")]
                if language == "fa":
                    sent_signals = _fa_negated_subjects(sent_signals, spans, clauses, norms)
                sent_signals = _reaction_objects(sent_signals, spans, clauses, verb_final=language == "fa", norms=norms,
                                                 protesters=_PROTESTERS.get(language or "") if _force_agent(sentences[si], language) else None)
                if si < head and sent_signals:
                    # "Lebanese PM on the missile launches: '…'": the headline's speaker on a topic
                    sent_signals = _headline_topic(sent_signals, spans, sentences[si], toks,
                                                   [vh for vh, _ in verb_hits], sent_ents)
                peace = self._peace.get(language or "")
                sent_signals, appeal_polarity = _requests_and_their_objects(
                    sent_signals, spans, appeal_verbs,
                    # "calls for an immediate ceasefire" names what it asks for
                    functools.partial(_names_peace, keys, peace),
                    _REQUEST_REACH_VSO if language == "ar" else _REQUEST_REACH,
                    # «призвал гарантировать безопасность после атаки»: a governed event is the setting
                    functools.partial(self._appeal_setting, clauses=clauses, norms=norms, language=language),
                    functools.partial(_fa_ask_complement, clauses=clauses, norms=norms) if language == "fa" else None)
                if len(sent_signals) > 1:
                    # an attack or threat noun that is an argument of another event of its clause
                    # ("arrested over attacks", «لاعتراض الصواريخ») is no new act (issue 8 §3)
                    sent_signals = self._event_arguments(sent_signals, spans, clauses, toks, norms, language)
                    if language == "fa":
                        # «بر سر تبادل اسرا توافق کردند»: the act agreed on is not done (h88)
                        sent_signals = _fa_agreed_on(sent_signals, spans, clauses, norms)
                if language in _BODIES_LANGS and len(sent_signals) > 1:
                    # «تبادل جثث القتلى», «обмен телами погибших»: the dead whose bodies are handed over (h88)
                    sent_signals = _bodies_of_dead(sent_signals, spans, norms)
                # an event inside a relative clause or after a relative marker only identifies a person or
                # a thing ("the gunman who shot five", «здание, по которому ударили»): background (issue 8 §3)
                sent_signals = self._relative_events(sent_signals, spans, clauses, toks, norms, language,
                                                     [vh for vh, vp in verb_hits if vp.kind == "verb"])
                if sent_signals and any(cp.ref == "aftermath" for _, cp in composition):
                    # prices, flights, schools, insurance … after or because of an attack: the attack is the
                    # cause or setting of a headline that reports no event (issue 8 §3, h67)
                    sent_signals = self._aftermath(sent_signals, spans, clauses, norms, language, composition)
                if language == "en" and sent_signals:
                    # both rules need their cue: a side clause is set off by a comma, a postposed date is a
                    # background cue looking back; without them they change nothing, and the clauses of
                    # most headlines need not be worked out (readings identical on 28,566 English items)
                    side = "," in sentences[si]
                    dated = any(p.ref == "background" and p.extra == "prev" for _, p in composition)
                    if side or dated:
                        cl = clauses or _clauses(sentences[si], toks)
                        if side:
                            sent_signals = _en_side_clauses(
                                sent_signals, spans, cl, norms, sentences[si], toks,
                                [vh for vh, vp in verb_hits if vp.kind == "verb" and vp.ref in ("appeal", "threat")])
                        if dated:
                            sent_signals = _postposed_dating(sent_signals, spans, cl, norms, composition)
                    if " and " in sentences[si]:
                        sent_signals = _en_met_and_agreed(sent_signals, spans, norms, sentences[si], toks)
                    sent_signals = _en_background_clause(sent_signals, spans, norms, sentences[si], toks)
                if language == "ar":
                    sent_signals = self._ar_own_envoy(sent_signals, spans, norms)
                    sent_signals, spans = _ar_meeting_then_deal(sent_signals, spans, toks)
                    sent_signals = _ar_released_held(sent_signals, spans, toks)
                    sent_signals = _ar_voted_or_reversed(sent_signals, spans)
                    sent_signals = self._ar_purposive(
                        # (claims.toml's demand verbs are folded into statements at load)
                        sent_signals, spans, [vh for vh, vp in verb_hits if vp.kind == "verb" and vp.ref in ("appeal", "statement")],
                        toks, norms)
                    if si < head:
                        sent_signals = _ar_caption_after(sent_signals, spans, norms, sent_ents,
                                                         [vh for vh, _ in verb_hits])
                # an appeal verb addressed to the public («МИД РФ призвал россиян …») speaks to no party
                civil = [ch for ch, cp in cues if cp.ref == "civil"]
                for vh in appeal_verbs if civil else ():
                    if any(_in_scope(vh, ch, cp.extra, cp.window, clauses) for ch, cp in cues if cp.ref == "civil"):
                        appeal_polarity[vh.start] = NEUTRAL
                        civil_verbs.add(_surface(sentences[si], toks, vh.start, vh.end))
                if language == "he":
                    sent_signals = self._he_verbal_objects(sent_signals, spans, sent_ents, norms, clauses)
                sent_signals = self._contact_rule(sent_signals, sent_ents, keys, language, day,
                                                  _contact_parties(sent_signals, spans, sent_ents, clauses, norms, toks, language))
                if any(cp.ref == "setting" for _, cp in cues):
                    # "During a phone call, the two leaders agreed …": the contact is the setting (issue 8 §3, h84)
                    sent_signals = _contact_setting(sent_signals, spans, cues, sentences[si], toks)
                sent_signals = _intent_to_cooperate(sent_signals, language)
                if sent_signals and not any(s.counted > 0 for s in sent_signals):
                    # a sentence whose only event is what its subject seeks ("Arnor seeks a ceasefire with
                    # Gondor") expresses an intent to cooperate (CAMEO 030 express intent -> PLOVER AGREE;
                    # issue 8 §6, h42); beside another event the aim stays a goal ("talks seeking a truce").
                    # Only an agreement (ceasefire, truce, peace deal): a trade deal or a meeting sought is
                    # contact, which the adversary rule reads ("seeks trade deal with Xi", "seeking meeting")
                    k = next((k for k, s in enumerate(sent_signals) if s.note == _SOUGHT and s.modality == GOAL
                              and s.plover_type == "AGREE"), None)
                    if k is not None:
                        sk = sent_signals[k]
                        sent_signals[k] = replace(sk, modality=FUTURE, plover_type="AGREE", category="agreement",
                                                  mode=mode_of("AGREE"), counted=abs(sk.weight) * MODALITY_FACTOR[FUTURE],
                                                  note="sought: an intent")
                if consumed:
                    # the approval verb is not itself an agreement: "Trump approves Iran attack plan"
                    sent_signals = [s for s, h in zip(sent_signals, spans, strict=True) if not (
                        s.polarity == DE_ESCALATION and any(c.start < h.end and h.start < c.end for c in consumed))]
                if sh.excl_toll and sent_signals:
                    sent_signals = _disaster_toll(sent_signals)
                if language == "he" and si < head and sent_signals and len(spans) == len(sent_signals):
                    k = _he_directive(sentences[si], toks, spans, sent_signals, sent_ents)
                    if k is not None:
                        # «השר סער לשגרירים: לנתק קשרים עם איראן»: a speaker, an addressee and an
                        # infinitive after the colon is a directive, CAMEO 10 demand -> PLOVER REQUEST,
                        # of the polarity of what it asks (dev pv-he-043; h65)
                        asked = sent_signals[k].polarity
                        w = TYPES["REQUEST"][2] if asked == ESCALATION else _CLAIM_WEIGHT["appeal"]
                        colon = spans[k].start - 1
                        sent_signals.insert(0, Signal(asked, "demand" if asked == ESCALATION else "appeal", mode_of("REQUEST"), w,
                                                      REPORTED, abs(w) * MODALITY_FACTOR[REPORTED], "rule:he_directive",
                                                      toks[colon + 1].text, si, "REQUEST", "a directive: addressee and infinitive"))
                        spans.insert(0, Hit(colon + 1, colon + 2, ()))
            sent_claims = [] if excluded else self._claims(si, sentences[si], toks, verb_hits, sent_ents, sent_signals, language,
                                                            appeal_polarity)
            # where each signal stands, for the two-part headline rule below (claims' synthetic
            # signals are placed by their verb)
            boundary = _headline_boundary(sentences[si], toks, sent_ents) if si < head and (sent_signals or sent_claims) else None
            placed = ({id(s): toks[h.start].start for s, h in zip(sent_signals, spans, strict=True)}
                      if boundary is not None and len(spans) == len(sent_signals) else {})
            if consumed:
                # "Trump approves Iran attack plan": the approval is not an agreement claim either
                sent_claims = [c for c in sent_claims if c.polarity != DE_ESCALATION]
            # a claim whose sentence has no signal of its polarity carries its own (synthetic) signal;
            # not a reporting verb that is itself a negated lexicon hit («не осудила удары»)
            negated_verbs = {s.text for s in sent_signals if s.modality == NEGATED}
            # nor a reporting verb the lexicon read itself with no polarity: the contact rule made «يثمن
            # الشراكة» (praise between partners, SUPPORT) neutral, and the welcome verb's synthetic AGREE
            # would give the polarity back (issue 8 dev5, h21; gold pv-ar-196)
            neutral_verbs = {s.text for s in sent_signals if s.polarity == NEUTRAL and not s.entry.startswith("claim:")}
            # nor an appeal that a rejection takes as its object: in "Minister rejects Trump's call for
            # military to tackle migration" the call is what is rejected, no REQUEST of the day
            # (CAMEO 12 reject request; issue 8 dev6, h23)
            opposed_verbs = {_surface(sentences[si], toks, vh.start, vh.end) for vh, vp in verb_hits
                             if vp.kind == "verb" and vp.ref == "appeal" and any(
                                 cp.ref == "opposition" and toks[ch.start].norm != "against" and ch.end <= vh.start
                                 and _in_scope(vh, ch, cp.extra, cp.window, clauses) for ch, cp in cues)}
            # Persian «فراخواند» is "called for" and "recalled / called up": with an envoy, reservists or
            # one's own forces read as its object (SANCTION, MOBILIZE, RETREAT) it is that act, no appeal
            # («اوکراین سفیر خود را از مجارستان فراخواند», «اسرائیل ۳۰۰ هزار نیروی ذخیره را فراخواند»; h32)
            recalled = language == "fa" and any(
                s.plover_type in _RECALL_TYPES and s.counted > 0 for s in sent_signals)
            # nor a verb of offering or agreeing that a rejection or breach took as its object: in «رفضت
            # غوندور عرض ليسوتو للوساطة» the offer is what is rejected, no AGREE claim of the day (h48)
            refused_verbs = {s.text for s in sent_signals if s.note.startswith(_REFUSAL_NOTES)}
            # nor a verb a lexicon entry read in an explainer or a poll: «Все больше украинцев обвиняют
            # Россию … – опрос» reports respondents' views, no accusation claim either (dev9, h55)
            explained_verbs = {s.text for s in sent_signals if s.modality == EXPLAINER}
            # nor a warning whose object a warning cue made the topic of a warning or fear: "embassy warns
            # citizens of the threat of terror attacks", «حذر من تصعيد عسكري» name a danger, no threat (h68)
            warned = any(s.note == _WARNED_NOTE for s in sent_signals)
            for c in sent_claims:
                if (c.verb in negated_verbs or c.verb in neutral_verbs or c.verb in opposed_verbs
                        or c.verb in refused_verbs or c.verb in explained_verbs
                        or (warned and c.stance in ("warning", "threat"))):
                    continue
                if recalled and c.stance == "appeal" and c.verb.replace(" ", "") in _FA_RECALL_VERBS:
                    continue
                if c.verb in civil_verbs and not any(s.plover_type == "REQUEST" for s in sent_signals):
                    # advice to the public: a REQUEST with no polarity, counted 0
                    sent_signals.append(Signal(NEUTRAL, "appeal", "verbal", _CLAIM_WEIGHT["appeal"], REPORTED, 0.0,
                                               "claim:appeal", c.verb, si, "REQUEST", "addressed to the public"))
                    continue
                if c.polarity in (ESCALATION, DE_ESCALATION) and c.stance in _CLAIM_WEIGHT and not any(
                    s.polarity == c.polarity and s.counted > 0 for s in sent_signals
                ):
                    w = _CLAIM_WEIGHT[c.stance]
                    w = -abs(w) if c.polarity == ESCALATION else abs(w)
                    pt = _CLAIM_PLOVER[c.stance]
                    sent_signals.append(
                        Signal(c.polarity, _CLAIM_CATEGORY[c.stance], mode_of(pt), w, REPORTED,
                               abs(w) * MODALITY_FACTOR[REPORTED], f"claim:{c.stance}", c.verb, si, pt)
                    )
            if appeal_polarity:
                # an appeal verb with no known speaker ("Activists call for sanctions on the junta",
                # "rights groups called for an arms embargo"): its object was read as a goal all the
                # same, so the request is the sentence's event (CAMEO 10 / PLOVER REQUEST; issue 8, h11)
                claimed = {c.verb for c in sent_claims}
                for vh, vp in verb_hits:
                    pol = appeal_polarity.get(vh.start)
                    if vp.kind != "verb" or vp.ref not in ("appeal", "ask") or pol not in (ESCALATION, DE_ESCALATION):
                        continue
                    verb = _surface(sentences[si], toks, vh.start, vh.end)
                    if verb in claimed or verb in negated_verbs or verb in opposed_verbs or any(
                            s.polarity == pol and s.counted > 0 for s in sent_signals):
                        continue
                    w = _CLAIM_WEIGHT["appeal"]
                    w = -abs(w) if pol == ESCALATION else abs(w)
                    sent_signals.append(Signal(pol, _CLAIM_CATEGORY["appeal"], mode_of("REQUEST"), w, REPORTED,
                                               abs(w) * MODALITY_FACTOR[REPORTED], "claim:appeal", verb, si,
                                               "REQUEST", "no known speaker"))
            if opposed_verbs and not any(s.plover_type == "REJECT" and s.counted > 0 for s in sent_signals):
                # the rejected appeal is the object of a rejection that the lexicon did not read itself
                # ("US blocks UN call for Gaza ceasefire": the cue "blocks" is no REJECT entry)
                w = TYPES["REJECT"][2]
                sent_signals.append(Signal(ESCALATION, "rejection", "verbal", w, ASSERTED, abs(w) * MODALITY_FACTOR[ASSERTED],
                                           "opposition:appeal", sorted(opposed_verbs)[0], si, "REJECT",
                                           "an appeal rejected"))
            if len(sent_signals) > 1:
                sent_signals = _main_clause_lead(sent_signals, sentences[si], language)
            if boundary is not None and len(sent_signals) > 1:
                sent_signals = _rank_headline_segments(
                    sent_signals, [placed.get(id(s), sentences[si].find(s.text)) for s in sent_signals], boundary)
            signals.extend(sent_signals)
            claims.extend(sent_claims)
        if opinion:
            # opinion and analysis weigh less than reports (issue 8 §3)
            signals = [replace(s, counted=s.counted * OPINION_FACTOR, note=(s.note + "; " if s.note else "") + "opinion")
                       if s.counted > 0 else s for s in signals]
        regions, actors = self._mentions(ents, day, has_title)
        return Reading(
            language=language,
            regions=tuple(regions),
            actors=tuple(actors),
            signals=tuple(signals),
            claims=tuple(claims),
            scores=_scores(signals),
            sentences=tuple(sentences),
            analyzer_version=self.version,
            data_version=self.data_version,
            truncated_from=truncated_from,
            truncated_to=len(title) + len(text) if truncated_from is not None else None,
        )

    # ------------------------------------------------------------------ signals

    def _signal(
        self, e: LexiconEntry, h: Hit, p: _P, si: int, sentence: str, toks: list[Token], norms: list[str],
        composition: list[tuple[Hit, _P]], modal: list[tuple[Hit, _P]], verbs: list[tuple[Hit, _P]],
        historical: bool, explainer: bool, consumed: list[Hit], clauses: list[int] | None = None,
    ) -> Signal | None:
        """One lexicon hit read in its sentence: PLOVER type, modality, composition (issue 8 §3, §6).

        ``composition``: the sentence's cues of a ``_COMPOSITION`` kind, ``modal``: those of a
        ``_CUE_MODALITY`` kind (no other cue changes a signal), each in sentence order."""
        plover = e.plover or ("ASSAULT" if e.polarity == ESCALATION else "AGREE")
        if (e.lang == "en" and plover == "SUPPORT" and h.start > 0 and toks[h.start].start > 0
                and sentence[toks[h.start].start - 1] == "-" and toks[h.start].start == toks[h.start - 1].end + 1):
            # a participle joined to its agent by a hyphen is an attributive modifier, not a verb:
            # "US-backed plan", "UN-backed initiative", "Iran-supported militias" name a thing and its
            # sponsor, no act of support on the day (issue 8 dev5, h20)
            return None
        polarity, weight, category, note = e.polarity, e.weight, e.category, ""
        rejected_charge: bool | None = None  # an accusation rejected (True) or its content (False)
        refrained = False  # a Persian act refrained from («از پاسخ نظامی خودداری کرد», h50)
        turned_by: Hit | None = None  # the verb cue that reversed, halted, broke or opposed the signal
        material_conflict = polarity == ESCALATION and mode_of(plover) == "material"
        governing = {p2.ref: ch for ch, p2 in composition
                     if _in_scope(h, ch, p2.extra, max(p2.window, 12) if p2.ref == "reaction" else p2.window, clauses)
                     and (p2.lang != "ru" or p2.extra != "prev" or p2.ref not in _REVERSING
                          or self._ru_passive_subject(h, ch, toks))}
        if e.lang == "ru" and "opposition" in governing and "reversive" not in governing:
            # «исключить X из Y» removes (from a list: reversive), «исключить X» rules out (opposition):
            # «Минфин США исключил российскую компанию из санкционного списка» is a delisting (h52)
            opp = governing["opposition"]
            if (self.keyer.key(toks[opp.start].text, "ru") == self.keyer.key("исключить", "ru")
                    and any(norms[k] == _RU_FROM for k in range(opp.end, h.start))):
                governing["reversive"] = governing.pop("opposition")
        for kind in _REVERSING:
            # a circumstance or background clause between a reversing verb and the act closes the
            # verb's reach: «تدعو إلى خفض التصعيد في ظل الهجمات» does not reduce the attacks, they
            # are its setting ("calls for de-escalation amid the attacks")
            flip = governing.get(kind)
            if flip is not None and any(p2.ref == "background" and flip.end <= ch.start < h.start for ch, p2 in composition):
                del governing[kind]
            elif (flip is not None and plover == "ASSAULT"
                  and self._cause_of_consequence(h, flip, composition, clauses or [], norms, e.lang)):
                # an attack named as the cause of what the verb stops is no object of it: «Рейсы отменены
                # в связи с ракетными ударами», "concerts cancelled over the rocket attacks", «ההופעות
                # בוטלו בעקבות מתקפת הרקטות» cancel flights and concerts, not the strikes (issue 8 §3, h67)
                del governing[kind]
            elif (flip is not None and e.lang == "en" and plover == "COERCE" and e.near
                  and " ".join(norms[flip.start:flip.end]) in {w.lower() for w in e.near}):
                # the reversing verb is the coercion entry's own verb, the one its near rule asks for:
                # the act, not its reversal ("revokes the citizenship of 20 dissidents" is
                # en.coercion.revoke_citizenship, no lifted restriction; issue 8 dev8, h49). Not for
                # sanction entries, whose near verbs are also what reverses them ("paused tariffs")
                del governing[kind]
            elif (flip is not None and e.lang == "en" and flip.end <= h.start
                  and _EN_PAST.match(toks[h.end - 1].norm)):
                # a reversing verb takes a noun ("lifted the curfew", "suspended bombing"); an act
                # written as a past verb after it has a subject of its own in between: in
                # "Suspended Labour councillor arrested" the participle describes the councillor
                # and the arrest stands
                del governing[kind]
        if ("opposition" in governing and plover == "ASSAULT"
                and self._cause_of_consequence(h, governing["opposition"], composition, clauses or [], norms, e.lang)):
            # stopping production after an attack does not oppose the attack: «پالایشگاه پس از حمله پهپادی
            # تولید را متوقف کرد» (the attack is the cause of the stop, h67; the fa gold counts it, pv-fa-1001)
            del governing["opposition"]
        if "opposition" in governing and "approval" in governing:
            # an opposition cue inside a longer approval cue is part of it: «не исключил» ("did not
            # rule out": approval) is not «исключил» ("ruled out": opposition)
            inner, outer = governing["opposition"], governing["approval"]
            if outer.start <= inner.start and inner.end <= outer.end and outer.length > inner.length:
                del governing["opposition"]
        if "opposition" in governing and "reaction" in governing:
            # a refusal whose object is a speech act («отказался комментировать визит», "refused to
            # comment on the talks") refuses the comment, not the talks: the signal is the topic of
            # the reaction cue right after it (CAMEO 12 needs a proposal or a demand as its object)
            opp, rea = governing["opposition"], governing["reaction"]
            if opp.end <= rea.start <= opp.end + 1 and rea.end <= h.start:
                del governing["opposition"]
        if e.lang == "ru" and "reaction" in governing:
            # «назвать» with a count or a list as its object discloses, it does not judge: «назвали
            # имена попавших под санкции …», «назвал число сбитых дронов» report the act named after the
            # noun (h78, dev10); «назвал удары преступлением» stays a verdict on its object
            rea = governing["reaction"]
            if (rea.end <= h.start and rea.end < len(toks)
                    and self.keyer.key(toks[rea.end].text, "ru") in {self.keyer.key(w, "ru") for w in _RU_DISCLOSED}
                    and self.keyer.key(toks[rea.start].text, "ru") == self.keyer.key("назвать", "ru")):
                del governing["reaction"]
        if e.lang == "fa" and governing:
            # a Persian present-stem verb without می- is a subjunctive: what someone is asked or
            # wants to do («از طرف‌ها خواست آتش را متوقف کنند»), not a halt, a lifting or an
            # opposition that happened (the keys of کنند and کرد are one)
            governing = {k: ch for k, ch in governing.items()
                         if k not in _FA_DONE_KINDS or toks[ch.end - 1].norm not in _FA_SUBJUNCTIVE}
        if (e.lang == "fa" and h.length >= 2 and toks[h.end - 1].norm in _FA_FINITE_LIGHT
                and _clause_final(h, clauses, len(toks))):
            # a goal or a preposition of opposition comes before the verb of its clause, which asserts
            # the act: in «نمایندگان آرنور و گوندور برای دستیابی به آتش‌بس در لسوتو دیدار کردند» the
            # ceasefire is the aim and the meeting took place, in «… در جریان اعتراضات علیه محاصره
            # بازداشت کرد» «علیه» governs the blockade, not the arrest (h50); a noun or a subjunctive
            # at the end is itself aimed at or opposed («برای تبادل زندانیان»)
            for kind in ("goal", "opposition"):
                if kind in governing and governing[kind].end <= h.start:
                    del governing[kind]
        lifting = "lifting" in governing and plover in LIFTED and polarity == ESCALATION
        if ("reversive" in governing and plover in REVERSED and polarity == ESCALATION) or lifting:
            # "lifted the curfew", "ended the blockade", "removed from the terror list";
            # a lifting verb («رفعت … العقوبات») only before a restriction
            cue = governing["lifting"] if lifting else governing["reversive"]
            # lifting an emergency measure (airspace closure, state of emergency, alert) eases a
            # restriction, CAMEO 081x -> PLOVER CONCEDE, as reopening the airspace does; reversing
            # a deployment or a mobilisation is demobilising, CAMEO 0873 -> RETREAT
            eased = plover == "MOBILIZE" and e.id.rpartition(".")[2] in _EASED_MEASURES
            plover = "CONCEDE" if eased else (LIFTED if lifting else REVERSED)[plover]
            if plover == "CONCEDE" and not lifting and e.id.rpartition(".")[2] == "occupation":
                # ending an occupation is pulling out of the land held (CAMEO 0874 retreat -> PLOVER
                # RETREAT), not an eased restriction: «גונדור סיימה את הכיבוש של האי» (h51)
                plover = "RETREAT"
            polarity, weight, category = DE_ESCALATION, TYPES[plover][2], "concession" if plover == "CONCEDE" else "withdrawal"
            note = f"reversed by '{_surface(sentence, toks, cue.start, cue.end)}'"
            material_conflict = False
            turned_by = cue
            if e.lang == "ru" and e.category == "attack" and e.id.rpartition(".")[2] in _ALERT_PROXIES:
                # an air-raid or drone alert called off is an all-clear: no attack and no retreat either
                # («Опасность атаки БПЛА отменена», «отменили воздушную тревогу»; dev pv-ru-255; as the Home
                # Front Command all-clear of h28): the proxy is cancelled (h52). Russian only: a first
                # version for every language lowered an Arabic test-split aggregate, seen during the round
                # (a lapse in split discipline, docs/methodology.md §12.16); the other languages' labels
                # of all-clears were not examined
                return Signal(e.polarity, e.category, mode_of(e.plover or "ASSAULT"), e.weight, NEGATED, 0.0, e.id,
                              _surface(sentence, toks, h.start, h.end), si, e.plover or "ASSAULT", f"all-clear: {note}")
        elif ("halting" in governing and plover in HALTED and polarity == DE_ESCALATION
              and (e.lang != "ru" or _governed_object(governing["halting"], h, norms))):
            # "suspended military assistance", "froze cooperation", «أوقفت المساعدات»: stopping
            # cooperation is reducing relations (CAMEO 16, PLOVER SANCTION), not cooperation; in Russian
            # only its object («нашли выход из кризиса путем переговоров» keeps the talks; h52)
            plover = HALTED[plover]
            polarity, weight, category = ESCALATION, TYPES[plover][2], "sanction"
            note = f"halted by '{_surface(sentence, toks, governing['halting'].start, governing['halting'].end)}'"
            turned_by = governing["halting"]
        elif ("breach" in governing and polarity == DE_ESCALATION and category in _BREACHABLE
              and (_fa_breach_object(governing["breach"], h, norms) if e.lang == "fa" else
                   _governed_object(governing["breach"], h, norms,
                                    self.keyer.key(toks[h.start].text, e.lang) if e.lang in ("ar", "he") else ""))
              and (e.lang != "he" or self._he_breach_object(governing["breach"], h, toks, norms))
              and not (e.lang == "ru" and self._ru_put_off_for_cause(governing["breach"], h, toks, norms))):
            # violating, breaking, leaving or tearing up an agreement, a truce or talks is no agreement
            # but defiance of it (CAMEO 128 defy norms, 160 renege on a deal -> PLOVER REJECT): "violated
            # the border agreement", "tore up the peace accord", "exits the security pact"; inside an
            # accusation it is the accusation's content (_reaction_objects; issue 8 §6, h42)
            plover, polarity, weight, category = "REJECT", ESCALATION, TYPES["REJECT"][2] * 2, "rejection"
            note = f"broken by '{_surface(sentence, toks, governing['breach'].start, governing['breach'].end)}'"
            turned_by = governing["breach"]
        elif "opposition" in governing and plover in COOPERATIVE_TYPES | {"REQUEST"} and polarity == DE_ESCALATION:
            # rejecting or opposing a cooperative thing is verbal conflict (CAMEO 12x reject, PLOVER REJECT)
            plover, polarity, weight, category = "REJECT", ESCALATION, TYPES["REJECT"][2] * 2, "rejection"
            note = f"opposed by '{_surface(sentence, toks, governing['opposition'].start, governing['opposition'].end)}'"
            turned_by = governing["opposition"]
        elif ("opposition" in governing and plover == "THREATEN" and e.lang == "en"
              and governing["opposition"].end <= h.start and toks[h.end - 1].norm in _EN_THREAT_NOUNS
              and toks[governing["opposition"].start].norm != "against"):
            # defying or rejecting a threat or an ultimatum is rejecting a demand (CAMEO 12, PLOVER
            # REJECT), not a new threat: the threat is its object ("Putin not swayed by US ultimatum",
            # "Zelensky brushes off Putin's threats"; issue 8 dev6, h23)
            plover, weight, category = "REJECT", TYPES["REJECT"][2] * 2, "rejection"
            note = f"opposed by '{_surface(sentence, toks, governing['opposition'].start, governing['opposition'].end)}'"
        elif ("opposition" in governing and e.lang in _CHARGE_NOUNS
              and governing["opposition"].end <= h.start and toks[governing["opposition"].start].norm not in _AGAINST
              and ((plover == "ACCUSE" and toks[h.end - 1].norm in _CHARGE_NOUNS[e.lang])
                   or (polarity == ESCALATION and _charge_content(norms, h.start, e.lang)))):
            # rejecting or dismissing an accusation is a rejection (CAMEO 12, PLOVER REJECT), not a new
            # accusation by the one who rejects it: "Gondor rejects Arnor's accusations of war crimes",
            # «גונדור דחתה את האשמות ארנור בביצוע פשעי מלחמה»; what the accusation names ("of war crimes",
            # «בביצוע פשעי מלחמה») is its content, counted once (h42; Hebrew h51)
            rejected_charge = plover == "ACCUSE" and toks[h.end - 1].norm in _CHARGE_NOUNS[e.lang]
            plover, weight, category = "REJECT", TYPES["REJECT"][2] * 2, "rejection"
            material_conflict = False
            note = (f"opposed by '{_surface(sentence, toks, governing['opposition'].start, governing['opposition'].end)}'"
                    if rejected_charge else "content of a rejected accusation")
        elif e.lang == "fa" and (charge := _fa_rejected_charge(h, plover, polarity, norms, composition, modal, clauses)) is not None:
            # the Persian mirror, verb-final: «اتهامات آرنور درباره بمباران … را رد کرد», «اتهامات … را
            # دروغ محض خواند», «ادعای گوندور مبنی بر شلیک موشک را رد کرد»: the rejection or denial verb
            # after «را» takes the accusation noun as its object; what the accusation names is its
            # content (h50)
            rejected_charge = charge
            plover, polarity, weight, category = "REJECT", ESCALATION, TYPES["REJECT"][2] * 2, "rejection"
            material_conflict = False
            note = "rejected accusation" if charge else "content of a rejected accusation"
        elif ("opposition" in governing and material_conflict and e.lang == "fa"
              and norms[governing["opposition"].start] in _FA_REFRAIN):
            # refraining from an act is not doing it (CAMEO: no event), not disapproving of it: «آرنور از
            # پاسخ نظامی به گوندور خودداری کرد» (h50; composition-ar's «امتنع عن», h48)
            refrained = True
        elif "opposition" in governing and material_conflict:
            # opposing an attack is disapproval of it (CAMEO 11, PLOVER ACCUSE), not the attack
            # («مخالفت با تجاوز», "opposes the strikes"): it counts once, as the verbal reaction
            plover, weight, category = "ACCUSE", TYPES["ACCUSE"][2], "disapproval"
            note = f"opposed by '{_surface(sentence, toks, governing['opposition'].start, governing['opposition'].end)}'"
            material_conflict = False
        elif "approval" in governing and polarity == ESCALATION:
            # approving, ordering or planning an attack is a threat of it, not an agreement
            # (the approval verb's own agreement reading is dropped: ``consumed``)
            consumed.append(governing["approval"])
            if plover == "ASSAULT":
                plover, category, weight = "THREATEN", "threat", min(weight, -7.0)
                note = "approved or ordered: a threat"
                material_conflict = False
        elif "posture" in governing and plover == "ASSAULT" and category == "attack":
            # preparing or readying an attack ("Israel prepares ground invasion", "poised for
            # attack") exhibits force posture, CAMEO 15 -> PLOVER MOBILIZE: not the attack and
            # not a verbal threat (gold convention, issue 8); casualties are no act one
            # prepares ("hospitals prepared for mass casualties")
            cue = governing["posture"]
            plover, category, weight = "MOBILIZE", "mobilisation", TYPES["MOBILIZE"][2]
            note = f"force posture: '{_surface(sentence, toks, cue.start, cue.end)}'"
            material_conflict = False
        is_act = material_conflict
        future = p.extra == "future" or (e.lang == "ar" and self._ar_future_at(toks, norms, h.start))
        if not future and e.lang == "ar" and h.start > 0:
            # the future verb of a verb-first clause governs its object across the subject: «ستفرض غوندور
            # عقوبات على أرنور», «غوندور ستعيد فتح المعبر» (the hit is the object noun, h48); the verb
            # right before the hit or two words before it with a name between, in its clause
            future = any(self._ar_future_at(toks, norms, i) for i in range(max(0, h.start - 3), h.start)
                         if not clauses or clauses[i] == clauses[h.start])
        if not future and e.lang == "ru":
            # the Russian perfective future («нанесет удар», «закроет пролив», «продолжит удары»):
            # a verb of the hit or one of the two words before it, in its clause
            future = any(self.keyer.ru_future(toks[i].text) for i in range(max(0, h.start - 2), h.end)
                         if not clauses or clauses[i] == clauses[h.start])
            if not future:
                # a recipient or an adjective between the future verb and its object («предоставят
                # армии Рохана бронетехнику», «выделит Украине новый пакет военной помощи», h92): three or
                # four words before the hit, with no verb, preposition or conjunction between (the hit is
                # the verb's direct object, not a noun of a phrase: «рассмотрит вопрос о продлении ареста»),
                # in its clause
                for i in range(h.start - 3, max(-1, h.start - 5), -1):
                    if clauses and clauses[i] != clauses[h.start]:
                        break
                    if any(self.keyer.ru_tagged(toks[j].text, "barrier") for j in range(i + 1, h.start)):
                        break
                    if self.keyer.ru_future(toks[i].text):
                        future = True
                        break
        modality = self._modality(h, modal, verbs, norms, historical, future, is_act, clauses)
        if (turned_by is not None and modality in (ASSERTED, REPORTED)
                and any(p2.ref == "negation" and _in_scope(turned_by, ch, p2.extra, p2.window, clauses) for ch, p2 in modal)):
            # the verb that turned the signal is itself negated: «מורדור לא שחררה את בני הערובה», "did not
            # lift the sanctions", «לא הפרה את ההסכם» assert no release, easing or breach (h51); the
            # negation reaches the verb, not the noun after its object marker
            modality = NEGATED
        if e.lang == "ar" and modality in (ASSERTED, REPORTED) and self._ar_may(toks, norms, h.start, clauses):
            modality = CONDITIONAL  # «قد يشن جيش غوندور هجوما»: may attack, a possible act (h48)
        # reactions, background and explainers take away events, not the verbal reactions
        # themselves (a condemnation inside a mourning clause is still a condemnation)
        conflict = polarity == ESCALATION and plover not in _VERBAL_REACTIONS
        if (e.lang == "fa" and modality in (ASSERTED, REPORTED) and e.id not in self._fa_negative_phrased
                and _fa_negated(toks, h, clauses, self.keyer)):
            modality = NEGATED  # «اجازه … را نداد»: the negative verb keys as the positive one
        if refrained:
            modality = NEGATED
        if (e.lang == "fa" and plover == "AGREE" and polarity == DE_ESCALATION and h.start > 0
                and norms[h.start - 1] in _FA_WILL_NOT and norms[h.start] in _FA_CONSENT_VERBS):
            # «آتش‌بس با آرنور را نخواهد پذیرفت», «نخواهیم پذیرفت»: a future refusal (CAMEO 12, PLOVER
            # REJECT; the Hebrew and English mirrors below). The negative auxiliary keys as «خواست»
            # (want), so the written form decides (h50)
            plover, polarity, weight, category = "REJECT", ESCALATION, TYPES["REJECT"][2] * 2, "rejection"
            modality, note = ASSERTED, "refused"
        if modality == NEGATED and plover == "COOPERATE" and polarity == DE_ESCALATION:
            # refusing cooperation is rejecting it (CAMEO 12 reject, PLOVER REJECT): «اجازه استفاده
            # از پایگاه‌ها را نداد», "will not allow its bases to be used", «не разрешила использовать базы»
            plover, polarity, weight, category = "REJECT", ESCALATION, TYPES["REJECT"][2] * 2, "rejection"
            modality, note = ASSERTED, "refused"
        if (modality == NEGATED and plover == "AGREE" and polarity == DE_ESCALATION and e.lang == "he"
                and h.start > 0 and norms[h.start - 1] in _HE_NEGATORS and norms[h.start] in _HE_CONSENT_VERBS):
            # a negated verb of consent is a refusal (CAMEO 12 reject, PLOVER REJECT): «לא נסכים להפסקת
            # אש», «ישראל לא תסכים להסכם כזה». The refusal entry he.rejection.refuse_first_person («לא
            # נסכים») loses the words to the longer agreement pattern it overlaps («הסכים להפסקת אש»),
            # which the negation then only cancels (issue 8 dev7, h28); «לא הושג הסכם» has no consent verb
            plover, polarity, weight, category = "REJECT", ESCALATION, TYPES["REJECT"][2] * 2, "rejection"
            modality, note = ASSERTED, "refused"
        if (modality == NEGATED and plover == "AGREE" and polarity == DE_ESCALATION and e.lang == "en"
                and norms[h.start] in _EN_CONSENT_VERBS and _en_refusal(norms, h.start)):
            # the English mirror: "will not accept a ceasefire", "did not agree to the plan", "refuses
            # to accept": a refusal (CAMEO 12, PLOVER REJECT); "has not agreed yet" is no refusal (h42)
            plover, polarity, weight, category = "REJECT", ESCALATION, TYPES["REJECT"][2] * 2, "rejection"
            modality, note = ASSERTED, "refused"
        if rejected_charge is not None:
            # the rejection is the speaker's own act, whatever denial cue it carries ("dismissed the
            # accusations as lies"); the content of the accusation is no event
            modality = (ASSERTED if modality in (DENIED, NEGATED, REPORTED, ALLEGED) else modality) if rejected_charge else REACTION
        elif modality in (ASSERTED, REPORTED):
            if "evidence" in governing:
                modality = NEGATED  # "no evidence that Iran attacked"
            elif "background" in governing and (conflict or (
                    polarity == DE_ESCALATION and category in _COOPERATIVE_CATEGORIES
                    and norms[governing["background"].start] not in _AFTER_WORDS)):
                # "a week before the attack", "after the strike"; a ceasefire, deal or talks named as the
                # setting or dated before ("despite the ceasefire", "amid a fragile truce", "since the
                # truce took effect", "last month's deal") is background too (h42). Not after "after":
                # the labellers differ on a truce as a time anchor (gold en-034 leaves "days after the
                # ceasefire began" out, he-048 counts «שעות לאחר שהוסכם על הפוגה»)
                modality = HISTORICAL
            elif (e.lang == "ar" and "background" in governing and plover in ("PROTEST", "REQUEST")
                  and polarity == ESCALATION and category in ("protest", "demand")
                  and norms[governing["background"].start] not in _AR_SINCE):
                # a street protest dated before the news («استقال … بعد أسابيع من الاحتجاجات», «التقى … بعد
                # أيام من التظاهرات»): the protests are its background, no new act (h91). Not after «منذ»:
                # «تتواصل الاحتجاجات منذ أسابيع» is the protest itself, still going on. The protesters'
                # demand in the same dated phrase («الاحتجاجات الشعبية المطالبة برحيل حكومته») goes with it
                modality, note = HISTORICAL, "dated protest: background"
            elif "reaction" in governing and conflict:
                modality = REACTION  # "world leaders react to the strikes", "to discuss the escalation"
            elif ("topic" in governing and polarity == DE_ESCALATION and plover in _COOPERATIVE_TYPES
                  and category in _COOPERATIVE_CATEGORIES):
                # talks or a deal as the topic of a statement ("comments on the deal", «ответил на вопрос о
                # переговорах», «تعليقا على الاتفاق»): the statement is no CONSULT or AGREE of the day (issue 8
                # §6, H14; gold convention: the object of a reaction is no new act, pv-ru-1501)
                modality, note = REACTION, "topic of a statement"
            elif explainer and (conflict or (plover in _VERBAL_REACTIONS | _VERBAL_COOPERATION
                                             and _question_or_poll(sentence, toks))
                                or (polarity == DE_ESCALATION and plover not in _VERBAL_COOPERATION)):
                # an explainer asserts nothing (gold convention); a question headline or an opinion
                # poll does not condemn or reject either: "Which countries have criticised Israeli
                # attacks on Gaza?", "Poll: half of Americans oppose the strikes" (issue 8 dev6, h23)
                modality = EXPLAINER
            elif "goal" in governing:
                # "talks to reach a ceasefire": the aim is not an asserted event;
                # an aim to attack is an intent, i.e. a threat
                modality = GOAL if polarity == DE_ESCALATION else FUTURE
                if modality == GOAL and norms[governing["goal"].start] in _SEEKING:
                    note = _SOUGHT  # what the subject seeks: an intent if the sentence has no other event


        elif "evidence" in governing and modality in (CONDITIONAL, HYPOTHETICAL, FUTURE):
            # no evidence or sign of an intended or possible act asserts no threat either: «لا توجد مؤشرات
            # على أن غوندور تخطط لغزو أرنور», "no signs that Gondor plans to invade" (h48)
            modality = NEGATED
        elif "background" in governing and conflict and modality in (CONDITIONAL, HYPOTHETICAL, FUTURE) and not future:
            # the act a background or circumstance cue governs is presupposed whatever the modality of
            # the clause around it: "diplomacy still possible despite US-Israel assault on Iran", "Iran
            # vows revenge despite Trump threat" (a clause cue, "possible" or "vows", made it a possible
            # act, i.e. a threat; issue 8 dev5, h20; gold convention: acts in circumstance clauses and
            # time anchors are not counted)
            modality = HISTORICAL
        elif explainer and conflict and modality in (FUTURE, CONDITIONAL, HYPOTHETICAL):
            # a question headline's possible war is analysis, not a threat by anyone
            # («Может ли операция … перерасти в большую войну», "Could the strikes escalate?")
            modality = EXPLAINER
        warning_verb = (e.id.rpartition(".")[2] == "stern_warning"
                        and not any(n in _WARNED_RESPONSE for n in norms[h.start:h.end + 2])
                        and any(p2.ref == "warning" and ch.start <= h.start < ch.end for ch, p2 in composition))
        warned_by = governing.get("warning")
        if (warned_by is not None and warned_by.end <= h.start
                and any(n in _WARNED_RESPONSE for n in norms[warned_by.end:h.start])):
            # "warn of a response if attacks continue", «предупредило о возможном ответе на удары»: the
            # warner's own response is what is warned of (a threat, CAMEO 13); the attack is its cause
            warned_by = None
        if ((warned_by is not None and conflict and modality in _WARNED_MODALITIES
                and (category in _WARNED_CATEGORIES or e.id.rpartition(".")[2] in _WARNED_CONCEPTS)
                and not any(n.startswith(_WARNED_PLOT) for n in norms[h.start:h.end]))
                or (warning_verb and modality in _WARNED_MODALITIES)):
            # (a warning verb the lexicon reads itself, «הזהיר מפני», inside the cue is the warning, no
            # threat: a vowed act after it keeps its own threat entry)
            # a warning about, a fear of or a forecast of a possible event names a danger, not a threat by
            # anyone and not an act of the day (issue 8 §3, §6, h68): "warns of military escalation",
            # «предупредил о новых потерях», «سكان أرنور يخشون تجدد القصف», «ההסלמה מאיימת על הכלכלה».
            # A threat or vow of the speaker's own act (threat entries other than the generic danger
            # words: "warns of a crushing response") stays a threat (CAMEO 13)
            modality, note = REACTION, _WARNED_NOTE
        if (e.lang == "fa" and plover == "ACCUSE" and modality in (ASSERTED, REPORTED)
                and toks[h.end - 1].norm in _FA_SUBJUNCTIVE):
            # «جهان باید … را محکوم کند», «اروپا حملات … را محکوم کند»: a subjunctive condemnation is
            # what the speaker asks others to do, a demand (CAMEO 10, PLOVER REQUEST), not a condemnation
            plover, category, weight = "REQUEST", "demand", -abs(TYPES["REQUEST"][2])
            note = (note + "; " if note else "") + "subjunctive: asked of others"
        mode = mode_of(plover)
        if is_act and modality in _AS_THREAT and plover in _THREATENABLE:
            # an attack that is only intended, conditional or possible is a
            # threat of attack (PLOVER modes; GPR threats vs acts)
            plover, category, mode = "THREATEN", "threat", "verbal"
        elif polarity == DE_ESCALATION and (
                (modality == FUTURE and (plover in _INTENDABLE or category == "mediation"))
                or (modality == CONDITIONAL and plover in _INTENDABLE and e.lang == "en"
                    and _en_said_would(norms, h.start))):
            # the cooperative mirror: aid, concessions and releases only announced or promised
            # ("will provide aid", "pledged to lift the curfew") are an expressed intent, CAMEO
            # 033/035x -> PLOVER AGREE; so is an offer to mediate or host talks («согласился выступить
            # посредником», "will operate a mediation channel"), CAMEO 039.  Other contact types keep
            # their type (the adversary rule reads them)
            plover, category, mode = "AGREE", "agreement", "verbal"
            note = (note + "; " if note else "") + "intended: an agreement"
        factor = MODALITY_FACTOR[modality]
        surface = _surface(sentence, toks, h.start, h.end)
        if plover == "REQUEST" and "civil" in governing and polarity == DE_ESCALATION:
            # "urges citizens to stay indoors", «призвал россиян покинуть Иран», «تدعو المواطنين»:
            # a request to the public (consular or civil-defence advice) is no appeal between
            # parties; the REQUEST stays, with no polarity (CAMEO 02 to the population)
            return Signal(NEUTRAL, category, mode, weight, modality, 0.0, e.id, surface, si, plover,
                          "addressed to the public")
        return Signal(polarity, category, mode, weight, modality, abs(weight) * factor, e.id, surface, si, plover, note)

    def _event_arguments(self, signals: list[Signal], spans: list[Hit], clauses: list[int], toks: list[Token],
                         norms: list[str], language: str | None) -> list[Signal]:
        """An event noun governed by a preposition or a verb, beside an event of another type, is its argument.

        Issue 8 §3 (H1): the cause ("arrested over pipeline attacks"), the purpose or
        target of a defence ("send air defences to intercept missiles", «لاعتراض
        الصواريخ»), the topic ("calls on escalation and Iranian attacks"), the time
        frame ("reservists report ahead of the offensive") or the thing permitted or
        refused («לא נאפשר שימוש בבסיסים לתקיפה») of a main event of another PLOVER
        type is part of that event, not a second one: PLOVER codes one event per
        predicate, and the gold counts the main event only.  The governing preposition
        is an ``argument`` cue (composition-<lang>.toml) or, in Arabic and Hebrew, a
        prefixed one on the noun itself («لـ», «ל», «ב»).  It stays an act when the
        clause has no event of another type ("strikes on Gaza", «غارات على»), and an
        attack verb with no preposition is never governed ("Israel strikes Gaza as talks stall").

        Issue 8 §3 (H8): the same holds for the cooperative nouns (a ceasefire, deal, plan,
        truce, talks, negotiations, mediation: AGREE and CONSULT of the agreement, talks
        and mediation categories), which are moreover often the direct object of a verb of
        another type ("welcome Trump's peace plan", «يؤيد جهود الوساطة», «يتفقان على
        استئناف المحادثات»: the agreement to resume talks is AGREE only).  Such a noun
        governed by a preposition (also «بـ» in Arabic: «يرحب بالاتفاق») or standing
        within ``_OBJECT_REACH`` words after a head of another type (before it in Persian,
        which is verb-final: «از آتش‌بس استقبال کرد») is that head's argument.  It keeps its
        de-escalation polarity (read as a reaction object, counted 0), so a SUPPORT of a
        ceasefire stays de-escalation through the contact rule's peace terms.  An asserted
        agreement or talks that are the clause's only event ("Israel and Hamas agree
        ceasefire", «وقف إطلاق النار يدخل حيز التنفيذ», "X and Y hold talks") stay events.
        """
        if len({s.plover_type for s in signals if s.counted > 0}) < 2:
            return signals  # one event type: nothing for a noun to be the argument of
        prefixes = _PROCLITIC_PREPOSITIONS.get(language or "")
        governed: dict[int, str] = {}  # signal index -> the preposition that governs it
        in_phrase: set[int] = set()  # event nouns inside a prepositional phrase: never a head
        objects: dict[int, int] = {}  # cooperative noun -> the head whose direct object it is
        for j, (s, h) in enumerate(zip(signals, spans, strict=True)):
            cooperative = _is_cooperative_noun(s)
            if s.counted <= 0 or not (cooperative or (s.plover_type in _ARGUMENT_TYPES and s.polarity == ESCALATION)
                                      or (language == "fa" and _fa_in_protest_at(s, h, norms))):
                continue
            if cooperative and _fa_predicate(h, norms, language):
                continue  # «به توافق رسیدند»: the «به» is the compound verb's own, and a predicate is nobody's argument (h83)
            # a "cause" cue (after, because of) governs threat and tension nouns only: where the gold
            # counts a same-day attack named as a cause (ar, fa, ru), its cause prepositions are of that
            # kind; the attack it names stays counted but is no main event («после гибели Хаменеи»).
            # A cooperative noun after a cause cue is a time frame ("agree a truce after talks").
            preps = [p for p in self._governing_preps(h, clauses, norms, language) if p[2] not in _IDENTIFYING_KINDS]
            if preps:
                in_phrase.add(j)
            # an act read as intended (THREATEN from an act or sanction entry: "vowed to keep attacking",
            # "threatened to walk out of the talks") is the verb after the infinitive marker, not a noun (h71)
            intended = s.entry.split(".")[1] != "threat" and s.plover_type == "THREATEN"
            cue = next(((lo, hi) for lo, hi, kind in preps
                        if (kind == "argument" or s.plover_type == "THREATEN" or cooperative)
                        # English "to" is also the infinitive marker, and the cooperative entries have
                        # verb forms: "Qatar to continue mediation" is a mediation, not a purpose
                        and not ((cooperative or (intended and not (lo > 0 and norms[lo - 1] in _EN_PURPOSE_HEADS)))
                                 and tuple(norms[lo:hi]) in _INFINITIVE_MARKERS)), None)
            word_prefixes = _COOPERATIVE_PROCLITICS.get(language or "", prefixes) if cooperative else prefixes
            if (word_prefixes and language == "he" and s.entry.startswith("he.threat.")
                    and normalise_token(toks[h.start].text) in self._written_threat_forms):
                # a threat verb the lexicon lists with its ל is the infinitive («לנקום», «לאיים»), not a noun
                # after a preposition (h71: «חיזבאללה נשבע לנקום את חיסול מפקדו»)
                word_prefixes = ()
            if cue is None and cooperative and language == "fa":
                cue = _fa_setting_prep(h, clauses, norms)
            if cue is not None:
                governed[j] = " ".join(t.text for t in toks[cue[0] : cue[1]])
            elif word_prefixes and (self._proclitic(toks[h.start].text, word_prefixes, language) or (
                    # the construct noun before it carries the preposition: «לסיורי יירוט», «להגברת הירי»
                    h.start > 0 and (not clauses or clauses[h.start - 1] == clauses[h.start])
                    and self._proclitic(toks[h.start - 1].text, word_prefixes, language))):
                governed[j] = "prefix"
            elif cooperative:
                verb = _object_head(j, signals, spans, clauses, norms, language)
                if verb is not None:
                    governed[j], objects[j] = "object", verb
        if not governed:
            return signals
        # a conjunct of a governed noun is governed too: «لمواجهة الصواريخ والطائرات المسيرة»,
        # "on escalation and attacks" (the preposition governs the coordination)
        for j, (s, h) in sorted(enumerate(zip(signals, spans, strict=True)), key=lambda x: x[1][1].start):
            if j in governed or s.counted <= 0 or not (s.plover_type in _ARGUMENT_TYPES or _is_cooperative_noun(s)):
                continue
            if _is_cooperative_noun(s) and _fa_predicate(h, norms, language):
                continue  # the verb-final agreement after its talks noun is their outcome, not their complement (h83)
            prev = next((g for g in governed if spans[g].end in (h.start, h.start - 1)), None)
            if prev is None:
                continue
            # right after it (its object or its construct/ezafe complement: "to intercept missiles",
            # «برای رهگیری پهپادها»), or after a conjunction; a cooperative noun also after the one
            # preposition of its complement ("agreement on a truce", «договорённость о перемирии»)
            if h.start == spans[prev].end or toks[spans[prev].end].norm in _AND_WORDS or (
                    _is_cooperative_noun(s) and _is_cooperative_noun(signals[prev])):
                governed[j] = governed[prev]
                if prev in objects:
                    objects[j] = objects[prev]
        out = list(signals)
        for j, prep in governed.items():
            s, h = signals[j], spans[j]
            clause = clauses[h.start] if clauses else 0
            # the Hebrew headline "speaker על topic: quote" («השר על הירי מלבנון: "הם ישלמו מחיר"»): the
            # topic of the opening clause is what the quote after the colon is about, so the quote's
            # event is its head (the gold counts the main event only, tests/gold/README.md)
            heads = {clause, clause + 1} if language == "he" and clause == 0 and prep in _HE_TOPIC_PREPS else {clause}
            # the head: an event of another type and of another category ("occupied Haifa", an attack
            # category entry of type COERCE, is no main event for "in retaliation for the assassination")
            head = signals[objects[j]] if j in objects else next(
                (o for i, (o, oh) in enumerate(zip(signals, spans, strict=True))
                 if i not in governed and i not in in_phrase and o.counted > 0 and o.plover_type
                 and o.plover_type != s.plover_type and o.category != s.category
                 and not (oh.start < h.end and h.start < oh.end)
                 and (not clauses or clauses[oh.start] in heads)), None)
            if head is not None:
                out[j] = replace(s, modality=REACTION, counted=0.0, note=f"{_ARGUMENT_NOTE}'{head.text}' ({prep})")
        return out

    def _relative_events(self, signals: list[Signal], spans: list[Hit], clauses: list[int], toks: list[Token],
                         norms: list[str], language: str | None, verbs: Sequence[Hit] = ()) -> list[Signal]:
        """An event verb inside a relative clause identifies a person or a thing: it is no new act.

        Issue 8 §3 (H16): "the gunman who shot five", «المبنى الذي هدده الاحتلال», «העובדת
        שנהרגה», «здание почты, по которому ударили ВСУ», «عناصری که …».  The relative
        marker is a ``relative`` cue (composition-<lang>.toml) within its reach before the
        event hit, a ``kin`` cue (a kinship head naming victims: "families of hostages killed",
        «ذوو الشهداء», «семьям погибших») before a killing, holding or freeing, or, in Hebrew, the relative ש written on the verb itself («שנהרגו»,
        Glinert, Modern Hebrew: An Essential Grammar, relative clauses).  Such an event is
        background (counted 0) whether or not the sentence has another event: the main
        clause's event leads ("the man who attacked X was arrested" is COERCE; in "strikes
        that killed 20" the strikes stay the event and the killing their casualties), and a
        sentence whose only events are relative ones reports none.  A death toll keeps its
        casualties ("the number of soldiers who were killed rose to 6"; as pv-he-223): a toll
        word before the marker makes the clause the counted event.
        """
        firsts = self._rel_first.get(language or "")
        reach = _ARG_REACH_MAX + self._arg_prep_len[language or ""]
        tolls = _TOLL_HEADS.get(language or "")
        out: list[Signal] | None = None
        for j, (s, h) in enumerate(zip(signals, spans, strict=True)):
            if s.counted <= 0 or not s.plover_type:
                continue
            marker = -1
            if firsts and not firsts.isdisjoint(norms[max(0, h.start - reach) : h.start]):
                marker = next((lo for lo, _hi, kind in self._governing_preps(h, clauses, norms, language)
                               if (kind == "relative" and self._restrictive(lo, toks, norms, clauses, language))
                               # a kinship head names what befell the people (killed, held, freed), never
                               # the main verb after its phrase («ذوو الشهداء يطالبون»)
                               or (kind == "kin" and s.plover_type in _VICTIM_TYPES)), -1)
            # the Hebrew ש is also the complementiser after a verb of saying («רומז שמו"מ מתקרב»,
            # «דיווח שנהרג»): only a ש-word with no such verb right before it is relative
            if marker < 0 and language == "he" and h.start > 0 and self._proclitic(toks[h.start].text, _HE_RELATIVE, language) \
                    and not any(vh.end == h.start for vh in verbs):
                marker = h.start
            if marker < 0:
                continue
            if tolls and any(n in tolls for n in norms[max(0, marker - _TOLL_REACH) : marker]):
                continue
            if out is None:
                out = list(signals)
            out[j] = replace(s, modality=HISTORICAL, counted=0.0, note=_RELATIVE_NOTE)
        return signals if out is None else out

    @staticmethod
    def _restrictive(lo: int, toks: list[Token], norms: list[str], clauses: list[int], language: str | None) -> bool:
        """Is the relative marker at ``lo`` that of a restrictive clause, which identifies its head?

        English: a clause set off by a comma is non-restrictive and adds a new fact ("the ministry,
        which blamed Israeli gunfire"; Quirk et al. §17.3), and an upper-case "WHO" is the World
        Health Organization; a wh-word with no word before it has no head: it is an interrogative
        ("Who paused …?").  Persian: که is relative after the restrictive -ی of its head
        («کسانی که», Lazard §§ 181–184), a complementiser elsewhere («گفت که»).  Russian commas
        are obligatory around every relative clause, so they tell nothing there.
        """
        if language == "en":
            if lo == 0 and norms[lo] in _EN_WH:
                return False  # no head before it: an interrogative ("Who paused Ukraine military aid?")
            return not toks[lo].text.isupper() and not (lo > 0 and clauses and clauses[lo - 1] != clauses[lo])
        if language == "fa" and norms[lo] == _FA_KE:
            return lo > 0 and norms[lo - 1].endswith(_FA_YE)
        return True

    def _cause_of_consequence(self, h: Hit, verb: Hit | None, composition: list[tuple[Hit, _P]], clauses: list[int],
                              norms: list[str], language: str | None) -> bool:
        """Is the attack hit the cause of a consequence: after a cause or time preposition, a ``cause``
        cue or an ``argument`` cue in a sentence with an ``aftermath`` cue (prices, flights, schools:
        composition-<lang>.toml)?  Russian, Arabic and Persian cause prepositions are ``cause`` cues;
        English and Hebrew ones are ``argument`` cues, which also mark purposes and targets ("plans for
        an offensive"), hence the aftermath word.  With a ``verb`` (one that would reverse the attack)
        before the hit, the preposition must stand between them, governing the hit or the head of its
        construct («בוטלו בעקבות מתקפת הרקטות»); after the hit (Persian, verb-final: «پس از حمله پهپادی
        تولید را متوقف کرد») it must govern the hit."""
        consequence = any(p.ref == "aftermath" and not self._attack_phrase(ch, h, clauses) for ch, p in composition)
        if verb is not None and verb.end <= h.start:
            table = self._arg_preps.get(language or "") or {}
            longest = self._arg_prep_len[language or ""]
            clause = clauses[h.start] if clauses else 0
            for start in range(verb.end, h.start):
                for end in range(start + 1, min(h.start, start + longest) + 1):
                    hit = table.get(tuple(norms[start:end]))
                    if (hit is not None and (hit[0] == "cause" or (hit[0] == "argument" and consequence))
                            and h.start - end <= _ARG_REACH_MAX and (not clauses or clauses[start] == clause)):
                        return True
            return False
        return any(kind == "cause" or (kind == "argument" and consequence and tuple(norms[lo:hi]) not in _INFINITIVE_MARKERS)
                   for lo, hi, kind in self._governing_preps(h, clauses, norms, language))

    @staticmethod
    def _attack_phrase(cue: Hit, h: Hit, clauses: list[int]) -> bool:
        """Is the aftermath word part of the attack's own noun phrase, its target or modifier: "attack on
        tourists", «حمله به بازار», "airline cyber-attack"?  A market or a concert struck is no consequence
        (h67; schools and hotels, often struck, are listed only in phrases that say they closed or emptied)."""
        if clauses and cue.start < len(clauses) and h.start < len(clauses) and clauses[cue.start] != clauses[h.start]:
            return False
        return h.end <= cue.start < h.end + _TARGET_REACH or cue.end == h.start

    def _aftermath(self, signals: list[Signal], spans: list[Hit], clauses: list[int], norms: list[str],
                   language: str | None, composition: list[tuple[Hit, _P]]) -> list[Signal]:
        """An attack named as the cause or setting of an economic or civil consequence is no act.

        Issue 8 §3 (h67): «Цены на газ … превысили $490 после атаки на Иран», "Flights cancelled because
        of Iranian missile strikes", «توصیه‌های اورژانس … پس از تهاجم», «ارتفاع أسعار الغاز بعد الهجوم»,
        «בעקבות המתקפה … נסגרו בתי הספר»: the main clause reports prices, markets, flights, insurance,
        schools, stranded travellers, travel advice, sport (``aftermath`` cues, the whole sentence), and
        the attack noun after a cause or time preposition (``cause`` or ``argument`` cues) is its cause
        (gold convention: aftermath is background, tests/gold/README.md).  Only when nothing else in
        the sentence is an event: casualties ("three killed after the strike"), a same-day cause of
        another event («направит фрегаты из-за прилётов БПЛА», which the ar/fa/ru gold counts), and an
        attack verb or an ungoverned attack noun stay acts.  A flight cancellation or airspace entry
        whose words are the aftermath cue's («לבטל טיסות», «إلغاء رحلات») is the consequence itself.
        """
        cue_spans = [ch for ch, cp in composition if cp.ref == "aftermath"]
        if all(any(self._attack_phrase(ch, h, clauses) for h, s in zip(spans, signals, strict=True)
                   if s.plover_type == "ASSAULT" or ".attack." in s.entry) for ch in cue_spans):
            return signals  # every aftermath word is the target of an attack («удар по гостинице»)
        causes: list[int] = []
        rest: list[int] = []
        attack = False  # an attack named as a cause, counted or already an argument
        for j, (s, h) in enumerate(zip(signals, spans, strict=True)):
            cause = (s.polarity == ESCALATION and (s.plover_type == "ASSAULT" or ".attack." in s.entry)
                     and (self._cause_of_consequence(h, None, composition, clauses, norms, language)
                          # the complement of a governed attack noun: «בגלל תקיפות הכטב"מים»
                          or any(spans[i].end == h.start for i in causes)))
            attack = attack or cause
            if s.counted <= 0:
                continue
            if cause or any(ch.start < h.end and h.start < ch.end for ch in cue_spans):
                causes.append(j)  # the cause, or the consequence itself: "flights cancelled", «إلغاء رحلات»
            else:
                rest.append(j)
        if rest or not attack:
            return signals
        out = list(signals)
        for j in causes:
            out[j] = replace(signals[j], modality=HISTORICAL, counted=0.0, note=_AFTERMATH_NOTE)
        return out

    def _appeal_setting(self, h: Hit, head: Hit, *, clauses: list[int], norms: list[str], language: str | None) -> bool:
        """Is the event hit after a request head its setting: governed by a cause or time preposition
        (``cause`` cues: «после атаки», «из-за ударов», «بعد الهجوم») that stands after the head?

        A preposition right after the head marks its addressee («требовал от США …»), and a purpose
        (``argument`` cues: "urge Trump to put sanctions", «для ударов») may be what is asked for.
        """
        return any(lo > head.end and kind == "cause" for lo, _hi, kind in self._governing_preps(h, clauses, norms, language))

    def _governing_preps(self, h: Hit, clauses: list[int], norms: list[str], language: str | None) -> list[tuple[int, int, str]]:
        """The argument and cause prepositions whose reach covers the hit, in its clause: (start, end, kind).

        A phrase ending ``gap`` words before the hit governs it when ``gap`` < its reach (as a
        ``next:N`` cue of modality.toml scopes).
        """
        table = self._arg_preps.get(language or "")
        if not table:
            return []
        longest = self._arg_prep_len[language or ""]
        clause = clauses[h.start] if clauses else 0
        found: list[tuple[int, int, str]] = []
        for end in range(h.start, max(0, h.start - _ARG_REACH_MAX), -1):
            for start in range(max(0, end - longest), end):
                hit = table.get(tuple(norms[start:end]))
                if hit is not None and h.start - end < hit[1] and (not clauses or clauses[start] == clause):
                    if language == "en" and not _EN_FINITE.isdisjoint(norms[end : h.start]):
                        # a finite verb ends the preposition's phrase: "arms shipments to Ukraine would be
                        # legitimate targets" (h71)
                        continue
                    found.append((start, end, hit[0]))
        return found

    def _proclitic(self, word: str, prefixes: tuple[str, ...], language: str | None) -> bool:
        """Does the word carry a prefixed preposition («لاعتراض», «ולתקיפה»)?  Its key is that of the
        word without it (as ``_fa_negative_word`` reads the negative prefix): «لبنان», «ביטחון» keep theirs."""
        w = normalise_token(word)
        key = self.keyer.key(word, language)
        if w[:1] in _CONJUNCTION_PREFIX and len(w) > 3 and self.keyer.key(word[1:], language) == key:
            w, word = w[1:], word[1:]
        return len(w) > 3 and w[:1] in prefixes and bool(key) and self.keyer.key(word[1:], language) == key

    def _ar_own_envoy(self, signals: list[Signal], spans: list[Hit], norms: list[str]) -> list[Signal]:
        """Recalling one's own ambassador is a sanction, summoning another state's an accusation.

        «استدعت البحرين سفيرها لدى طهران», «تستدعي سفيرها في …», «استدعى سفراءه»: the envoy word
        carries a possessive pronoun, so the envoy is the subject's own (CAMEO 161 reduce
        relations: SANCTION, as «سحب سفيرها» and «استدعاء سفير بلاده» already read); «استدعت
        السفير الإيراني» summons a foreign envoy (CAMEO 114, ACCUSE).  The lemma key of «سفيرها» is
        that of «سفير», so only the written form tells the two apart (ar.sanction.recall_ambassador's
        note).
        """
        recall = self._lex.get(_AR_RECALL_ENTRY)
        if recall is None:
            return signals
        out = list(signals)
        for j, (sig, h) in enumerate(zip(signals, spans, strict=True)):
            if sig.entry not in _AR_SUMMON_ENTRIES or not any(
                    _AR_OWN_ENVOY.match(n) for n in norms[h.start : min(len(norms), h.end + 1)]):
                continue
            factor = sig.counted / abs(sig.weight) if sig.weight else 0.0
            out[j] = replace(sig, plover_type="SANCTION", category=recall.category, mode=mode_of("SANCTION"),
                             weight=recall.weight, counted=abs(recall.weight) * factor, entry=recall.id,
                             note="own envoy recalled")
        return out

    def _ar_purposive(self, signals: list[Signal], spans: list[Hit], appeal_verbs: Sequence[Hit],
                      toks: list[Token], norms: list[str]) -> list[Signal]:
        """The purposive lām on an Arabic appeal noun with no request before it names an aim.

        «جهود لوقف الحرب», «يبحث عن مخرج لوقف الحرب»: the aim of efforts, a protest or a search,
        not a call (CAMEO 02 needs someone appealing).  After a request verb («دعا لوقف الحرب»,
        «تطالب … بالتحرك لوقف العدوان») the noun is that request's object and keeps its reading.
        """
        out = list(signals)
        for j, (sig, h) in enumerate(zip(signals, spans, strict=True)):
            if not (sig.plover_type == "REQUEST" and sig.category == "appeal" and sig.counted > 0
                    and sig.modality in (ASSERTED, REPORTED) and norms[h.start][:1] == "ل"
                    and self.keyer.key(toks[h.start].text, "ar")[:1] != "ل"):
                continue
            if any(vh.start < h.start <= vh.end + _REQUEST_REACH_VSO for vh in appeal_verbs) or any(
                    o.plover_type == "REQUEST" and oh.start < h.start for o, oh in zip(signals, spans, strict=True)):
                continue
            out[j] = replace(sig, modality=GOAL, counted=0.0, note="purposive lām: an aim, not a call")
        return out

    def _contact_rule(self, signals: list[Signal], ents: list[_Ent], keys: list[str], language: str | None,
                      day: date | None, parties: list[_Ent] | None = None) -> list[Signal]:
        """Talks, calls, visits, praise and cooperation count as de-escalation only between
        adversaries or about peace; between allies they are neutral, and beside an attack
        they are coordination (issue 8 §4; relations in seeds/rules/relations.toml)."""
        # only contacts that count: a meeting that is asked for, denied or dated earlier ("called
        # for an emergency meeting") is no contact of the day, and as neutral it would lead the reading
        contact = [s for s in signals if s.plover_type in CONTACT and s.polarity == DE_ESCALATION
                   and s.category not in ("mediation", "appeal") and s.counted > 0]
        if not contact:
            return signals
        peace = self._peace.get(language or "")
        if peace and _has_term(keys, peace):
            return signals
        parties = ents if parties is None else parties
        hostile = self._adversaries_in(parties, day)
        coordinating = any(s.polarity == ESCALATION and s.counted > 0 and s.plover_type in ("ASSAULT", "THREATEN", "MOBILIZE", "COERCE")
                           for s in signals)
        # "Israel and the US coordinate the strikes on Iran": the strikes are what the cooperation is
        # about (a reaction object), and the cooperating parties are allies, whoever is struck
        coordinating = coordinating or (any(s.plover_type == "COOPERATE" for s in contact) and any(
            s.polarity == ESCALATION and s.modality == REACTION and s.plover_type in ("ASSAULT", "THREATEN", "MOBILIZE")
            for s in signals))
        # support or help against an attack («از ایران در برابر تجاوز آمریکا حمایت کرد»): the attack is the
        # contact's argument (_event_arguments), and the parties stand together against a third
        coordinating = coordinating or any(s.polarity == ESCALATION and s.modality == REACTION
                                           and s.note.startswith(_ARGUMENT_NOTE) for s in signals)
        # only two parties on one side coordinate an operation ("Israel and the US coordinate strikes
        # against Iran"): adversaries holding talks after strikes (Iran and the US, no pair of
        # non-adversaries among the parties) are still de-escalating, whatever attack is counted (H15)
        coordinating = coordinating and (not hostile or self._allied_pair(parties, day))
        if hostile and not coordinating:
            return signals
        why = "allies coordinating" if coordinating else "contact between non-adversaries"
        return [replace(s, polarity=NEUTRAL, counted=0.0, note=why) if s in contact else s for s in signals]

    def _he_verbal_objects(self, signals: list[Signal], spans: list[Hit], ents: list[_Ent], norms: list[str],
                           clauses: list[int] | None) -> list[Signal]:
        """«השר תוקף את ראש הממשלה לשעבר בנאום»: Hebrew תקף / תוקף את with a named person as its object,
        or with a venue of speech after the object, is a verbal attack (Even-Shoshan, תקף 2 'criticised
        sharply'; CAMEO 111 -> PLOVER ACCUSE), unless a military force or an armed group is the subject
        (a commander is struck too). Institutions and statements as objects are lexicon phrases
        (he.accusation.verbal_attack)."""
        out = signals
        for i, (s, h) in enumerate(zip(signals, spans, strict=True)):
            if s.entry not in _HE_ATTACK_VERB or s.plover_type != "ASSAULT":
                continue
            # the hit ends with the object marker («תוקף את») or the marker follows it («תקף את»)
            obj = h.end if norms[h.end - 1] == "את" else h.end + 1 if h.end < len(norms) and norms[h.end] == "את" else -1
            clause = clauses[h.start] if clauses else 0

            def in_clause(e: _Ent, clause: int = clause) -> bool:
                return not clauses or (e.start < len(clauses) and clauses[e.start] == clause)

            # a person named, or named by a civilian office («תקף את ראש האופוזיציה»); an office of an
            # armed force stays a target («תקפו את מפקד כוח קודס»: the commander is struck)
            person = any(e.kind == "actor" and e.start == obj and self._actor_type(e.id) == "person"
                         and (e.via != "title" or not self._armed_person(e.id)) for e in ents)
            # or a venue of speech right after the object («תוקף את איראן בעצרת האו"ם»)
            venue = obj > 0 and any(n in _HE_SPEECH_VENUES for n in norms[obj + 1 : obj + 3])
            if not (person or venue):
                continue
            if any(e.kind == "actor" and e.end < obj and in_clause(e) and self._actor_type(e.id) in _FORCES
                   for e in ents):
                continue
            if out is signals:
                out = list(signals)
            out[i] = replace(s, plover_type="ACCUSE", category="accusation", mode=mode_of("ACCUSE"),
                             weight=TYPES["ACCUSE"][2], counted=abs(TYPES["ACCUSE"][2]) * MODALITY_FACTOR[s.modality],
                             note="a verbal attack: " + ("a person as the object" if person else "a venue of speech"))
        return out

    def _armed_person(self, actor_id: str) -> bool:
        """A person who belongs to a military, an armed group or a security service (their
        `affiliation`), i.e. one whose office makes them a target rather than a political opponent."""
        a = self.ref.actors.get(actor_id)
        return a is None or (a.affiliation is not None and self._actor_type(a.affiliation) in _FORCES)

    def _allied_pair(self, ents: list[_Ent], day: date | None) -> bool:
        """Two parties among the entities that are not adversaries on the day (relations.toml lists the
        hostile pairs; any other pair can stand on one side). Each entity stands for one party: its
        state, else an actor's affiliation or the grouping itself ("Europe ready to support the US
        in an operation against Iran"), so a minister and his state are never a pair."""
        states: set[str] = set()
        for e in ents:
            if e.kind == "actor":
                a = self.ref.actors.get(e.id)
                c = (a.country or a.affiliation or e.id) if a is not None else e.id
            else:
                c = self._country_of(e.id) or e.id
            states.add(c)
        ss = sorted(states)
        return any(not any(rel.active(day) for rel in self._hostile.get(frozenset((x, y)), ()))
                   for i, x in enumerate(ss) for y in ss[i + 1:])

    def _adversaries_in(self, ents: list[_Ent], day: date | None) -> bool:
        parties: set[str] = set()
        for e in ents:
            if e.kind == "actor":
                a = self.ref.actors.get(e.id)
                parties.add(e.id)
                if a is not None and a.country:
                    parties.add(a.country)
                if a is not None and a.affiliation:
                    parties.add(a.affiliation)
            else:
                c = self._country_of(e.id)
                if c:
                    parties.add(c)
        ps = sorted(parties)
        for i, x in enumerate(ps):
            for y in ps[i + 1:]:
                if any(rel.active(day) for rel in self._hostile.get(frozenset((x, y)), ())):
                    return True
        return False

    # ------------------------------------------------------------------ titles

    @staticmethod
    def _state_after_colon(h: Hit, hi: int, states: list[tuple[int, str, _Ent]], toks: list[Token],
                           sentence: str) -> str | None:
        """The state that opens the quote after a title and its colon («Постпред при ООН: Китай …»)."""
        if hi >= len(toks) or h.start != 0:
            return None
        for start, c, e in states:
            if e.kind == "region" and start == hi and sentence[toks[hi - 1].end : toks[start].start].strip() == ":":
                return c
        return None

    def _title_holders(self, h: Hit, office_id: str, toks: list[Token], ents: list[_Ent], outlet: str | None,
                       day: date | None, implied: str | None = None, sentence: str = "",
                       partners: Sequence[Hit] = (), construct_lang: str | None = None, keys: Sequence[str] = (),
                       candidates: frozenset[str] = frozenset(), counterpart: bool = False) -> list[str]:
        """The people who held the office the title names, on the article's date (issue 8 §5).

        The state is the one the phrase implies ("Mossad chief"), the office's own
        (supreme leader, an organisation's office), an adjacent state name or
        adjective ("Iran's", «الإيراني», «Ирана»), the state that leads the
        sentence, else the outlet's country.  Coordinated adjectives name one
        holder each («وزيرا الخارجية التركي والأردني», "the Turkish and Jordanian
        foreign ministers").  A vacant office resolves through its fallback (a
        monarchy's head of state is its king); simultaneous holders make the
        title ambiguous: no one.
        """
        office = self.ref.offices.get(office_id)
        if office is None:
            return []
        states: list[tuple[int, str, _Ent]] = []
        subject: str | None = None
        for e in sorted(ents, key=lambda e: e.start):
            c = self._country_of(e.id) if e.kind == "region" else (
                a.country if (a := self.ref.actors.get(e.id)) is not None and a.type in _STATE_ACTOR_TYPES else None)
            if not c and e.end == h.start and _possessive(toks, e.end - 1) and (
                    a := self.ref.actors.get(e.id)) is not None and a.type == "person" and a.country:
                # a leader's possessive names the government the office belongs to: "Netanyahu's
                # defence minister", "Trump's national security adviser" (issue 8 §5)
                states.append((e.start, a.country, e))
                continue
            if not c:
                continue
            if subject is None and h.start >= e.end:
                # the first state, or state institution, before the title: "Russia has no intention
                # …, foreign minister says", «الجيش الإيراني: القوات المسلحة نفذت …»
                subject = c
            states.append((e.start, c, e))
        # a state's institution that straddles the title names its state: «Глава [МИД] Китая»
        # (title «глава МИД», institution «МИД Китая»), «وزير [الخارجية] التركية»
        straddling = [st for st in states if st[2].start < h.end < st[2].end or st[2].start < h.start < st[2].end]
        chain = straddling + self._qualifiers(h, states, toks, sentence)
        adjacent = list(dict.fromkeys(c for _, c, _ in chain))
        # the title phrase: the title with the states that qualify it ("former US president",
        # «الرئيس الإيراني الأسبق», «נשיא איראן לשעבר»)
        lo = min([h.start, *(e.start for _, _, e in chain)])
        hi = max([h.end, *(e.end for _, _, e in chain)])
        # "former foreign minister", "Iran's former president", «رئیس جمهور سابق ایران», "former US
        # president", «נשיא איראן לשעבר»; a word on the wrong side is no modifier ("the president
        # late on Sunday", "Iran's president next week")
        before = h.start - 1
        while before > 0 and toks[before].norm in _BEFORE_LINKS:
            before -= 1  # "adviser to the supreme leader"
        words_before = {toks[i].norm for i in (h.start - 1, lo - 1, before) if i >= 0}
        if (words_before & _NOT_HOLDER_BEFORE
                or {toks[i].norm for i in (h.end, hi) if i < len(toks)} & _NOT_HOLDER_AFTER):
            return []
        recent_only = bool(words_before & _NEW_BEFORE)
        acting_only = bool(words_before & _ACTING_BEFORE)
        if (h.length == 1 and h.end < len(toks) and _indefinite_head(toks[h.start].text, toks[h.start].norm, construct_lang)
                and not any(e.start == h.end and e.kind == "region" for _, _, e in chain)
                and _CLAUSE_MARKS.isdisjoint(sentence[toks[h.start].end : toks[h.end].start])):
            # An Arabic or Hebrew head noun without the article is the head of a construct: it is
            # the office only when its complement is a state («رئيس كوسوفو», «נשיא איראן»), else
            # the head of whatever follows («رئيس بلدية بيروت» the mayor, «رئيس تحرير» an editor,
            # «נשיא בית המשפט העליון» the Supreme Court's president: a state's institution is
            # no state here).
            return []
        for e in ents:
            if e.kind != "actor" or (a := self.ref.actors.get(e.id)) is None or a.type != "person":
                continue
            # "Foreign Minister Abbas Araghchi", «وزير الخارجية العماني بدر البوسعيدي», "the foreign
            # minister, Abbas Araghchi,": the name is the mention.  A colon or a quote between is
            # no apposition: «وزیر جنگ رژیم صهیونیستی: نعیم قاسم …» is the minister speaking
            # about somebody else (the title is the speaker).
            if e.start in (h.end, hi):
                if (not sentence[toks[e.start - 1].end : toks[e.start].start].strip(" ,،")
                        and not _conj_prefixed(toks[e.start].text, keys[e.start] if keys else "")):
                    return []  # but «الرئيس المصري وسلطان عمان»: a conjunction joins two people
            elif e.start in (h.end + 1, hi + 1):
                # "the foreign minister, Abbas Araghchi" with only the surname an alias
                gap = sentence[toks[e.start - 2].end : toks[e.start].start]
                if "," in gap and not any(c in gap for c in _CLAUSE_MARKS - {","}):
                    return []
            elif (e.end == h.start and not counterpart and not sentence[toks[e.end - 1].end : toks[h.start].start].strip()
                  and not _conj_prefixed(toks[h.start].text, keys[h.start] if keys else "")
                  and not _possessive(toks, e.end - 1)):
                return []  # but «العاهل الأردني والرئيس الفرنسي»: a conjunction joins two people
        if office.needs_state:
            # "leaders of Bahrain and the UAE", "Colombian leader": a state's name or adjective next to
            # the word, not an institution ("Pentagon leaders") nor the outlet ("Hezbollah leader")
            # and the state itself, not one of its regions: "Abkhazia's leader", "Gaza's leader" are
            # no leader of Georgia or Palestine
            adjacent = list(dict.fromkeys(c for _, c, e in chain if e.kind == "region" and self._is_state(e.id)))
            if not adjacent and not implied:
                return []
        if not adjacent:
            for t in partners:
                shared = list(dict.fromkeys(c for _, c, _ in self._qualifiers(t, states, toks, sentence)))
                # a monarch's title takes no state from a partner that has none of that kind: «سمو
                # الأمير ورئيسة وزراء إيطاليا» is Qatar's emir and Italy's prime minister
                if shared and office_id in self._monarchic and all(
                        self._head_fallback.get(c) != office_id for c in shared):
                    continue
                adjacent = shared
                if adjacent:
                    break
        fixed = implied or office.country
        countries: list[str]
        if len(candidates) > 1:
            # a phrase the seeds give to several states ("economy minister": Iran's and France's)
            # implies none of them: the text or the outlet must name one
            countries = [c for c in adjacent if c in candidates] if adjacent else [
                c for c in (subject, outlet) if c in candidates][:1]
        elif fixed:
            if adjacent and adjacent[0] != fixed:
                if office.country:
                    return []  # "North Korea's supreme leader" is not Iran's
                # a state-specific phrase with another state written against it: that state's holder
                # («הרמטכ"ל האמריקני»)
                countries = adjacent
            else:
                countries = [fixed]
        elif office.org:
            countries = [office.org]
        elif adjacent:
            countries = adjacent
        elif _bare_acronym(toks, h):
            # "PM", "FM" only with a state of the text: "UK PM", "France …, says FM"; as the first
            # word of a headline ("PM reviews ways to …") the outlet's: a clock time never leads
            countries = [subject] if subject else [outlet] if outlet and h.start == 0 and h.end < len(toks) else []
        elif any(e.kind == "actor" and e.start == hi and self._actor_type(e.id) in _GROUP_TYPES
                 and not sentence[toks[hi - 1].end : toks[e.start].start].strip() for e in ents):
            # the office of a group named after the title, in the genitive or construct («министр
            # иностранных дел талибов», «وزير خارجية الحوثيين»): not the outlet's state's
            countries = []
        elif _unknown_name_after(toks, h, ents):
            # "President Roberta Metsola", "Prime Minister Ana Brnabić": a name the seeds do not
            # know stands in apposition; the title is that person's, not the outlet's holder's
            countries = []
        elif subject is None and (spoken := self._state_after_colon(h, hi, states, toks, sentence)):
            # an unqualified title that heads a quote speaks for the state the quote opens with:
            # «Постпред при ООН: Китай обеспокоен ударами …» is China's envoy, not the outlet's
            # (issue 8, dev6, h25)
            countries = [spoken]
        else:
            # the text's own state when it leads the sentence, else the outlet's (issue 8 §5)
            countries = [c for c in (subject or outlet,) if c]
        out: list[str] = []
        for country in countries:
            holder = _holder_on(self._holders.get((office_id, country), ()), day)
            if holder is None and country in office.fallback:
                holder = _holder_on(self._holders.get((office.fallback[country], country), ()), day)
            if holder is None and office.default and country not in office.fallback:
                # a state's leader: its head of state, and through that office a monarchy's king
                stand_in = self.ref.offices.get(office.default)
                holder = _holder_on(self._holders.get((office.default, country), ()), day)
                if holder is None and stand_in is not None and country in stand_in.fallback:
                    holder = _holder_on(self._holders.get((stand_in.fallback[country], country), ()), day)
            if holder is not None and holder not in out:
                out.append(holder)
        if recent_only:
            out = [a for a in out if self._new_in_office(a, day)]
        if acting_only:
            out = [a for a in out if self._actor_type(a) != "person" or self._acting_in_office(a, day)]
        return out

    def _new_in_office(self, actor_id: str, day: date | None) -> bool:
        """Whether the actor began a term in an office at most _NEW_HOLDER_DAYS before ``day``."""
        a = self.ref.actors.get(actor_id)
        if a is None or day is None:
            return False
        return any(r.office and r.start is not None and r.active(day) and (day - r.start).days <= _NEW_HOLDER_DAYS
                   for r in a.roles)

    def _acting_in_office(self, actor_id: str, day: date | None) -> bool:
        """Whether the actor holds an office as its acting holder on ``day`` (a role titled "Acting …")."""
        a = self.ref.actors.get(actor_id)
        if a is None or day is None:
            return False
        return any(r.office and r.active(day) and r.title.lower().startswith(("acting ", "interim "))
                   for r in a.roles)

    def _voiced(self, toks: list[Token], sentence: str, outlet: str | None, h: Hit, p: _P) -> bool | None:
        """A title phrase in an outlet's voice: only in that outlet's text (offices.toml voice_patterns).

        In Latin script the words must be written as listed, inside the sentence and after a word
        that is not capitalised: Press TV's "mourn Leader's martyrdom", not "Hezbollah Leader".
        """
        if not (p.extra and p.extra.startswith(_VOICE)):
            return None
        if outlet != p.extra[len(_VOICE):]:
            return False
        first = toks[h.start].text
        if not (first[:1].isascii() and first[:1].isalpha()):
            return True
        surface = re.sub(r"['’]s$", "", sentence[toks[h.start].start : toks[h.end - 1].end])
        forms = self._voice_forms.get((p.ref, outlet), frozenset())
        if surface not in forms or h.start == 0:
            return False
        gap = sentence[toks[h.start - 1].end : toks[h.start].start]
        return h.length > 1 or not toks[h.start - 1].text[:1].isupper() or any(c in gap for c in _CLAUSE_MARKS)

    def _office_of_person(self, ents: list[_Ent], h: Hit, day: date | None) -> str | None:
        """The office of the named person before a counterpart word («عراقجي … نظيره العراقي»)."""
        for e in sorted(ents, key=lambda e: -e.start):
            if e.kind == "actor" and e.end <= h.start and (a := self.ref.actors.get(e.id)) is not None and a.type == "person":
                for r in a.roles:
                    if r.office and (day is None or r.active(day)):
                        return r.office
        return None

    @staticmethod
    def _qualifiers(h: Hit, states: list[tuple[int, str, _Ent]], toks: list[Token],
                    sentence: str) -> list[tuple[int, str, _Ent]]:
        """States written next to a title (no punctuation between), with any coordinated ones.

        A linking word may stand between ("foreign minister *of* Iran", «של»); a comma is no
        qualifier ("… Britain, foreign minister says").  A further state joins only
        by a conjunction ("of Turkey and Jordan", «التركي والأردني», "Britain, France
        and Germany"): a verb between makes it the verb's object («وزير الدفاع
        الإسرائيلي يهدد لبنان»), a colon the start of the quote.
        """
        def gap_ok(lo_tok: int, hi_tok: int) -> bool:
            if hi_tok < lo_tok:
                return False
            if hi_tok - lo_tok > 1:
                return False
            if hi_tok - lo_tok == 1 and toks[lo_tok].norm not in _TITLE_LINKS:
                return False  # «رئیس جمهور آذربایجان شهادت رهبر انقلاب»: Azerbaijan is not the Leader's
            lo = toks[lo_tok - 1].end if lo_tok > 0 else 0
            hi = toks[hi_tok].start if hi_tok < len(toks) else len(sentence)
            return not any(c in sentence[lo:hi] for c in _CLAUSE_MARKS)

        def link(left: _Ent, right: _Ent) -> str:
            """How two neighbouring states are joined: "conj", "comma" or "" (not coordinated)."""
            n = right.start - left.end
            if n == 2 and toks[left.end].norm in _CONJUNCTIONS and toks[left.end + 1].norm == "the":
                return "conj"  # "leaders of Bahrain and the UAE"
            if n < 0 or n > 1:
                return ""
            between = sentence[toks[left.end - 1].end : toks[right.start].start].strip()
            if n == 1:
                conj = toks[left.end].norm in _CONJUNCTIONS
                return "conj" if conj and between.replace(",", "").replace("،", "").strip() == toks[left.end].text else ""
            if between in (",", "،"):
                return "comma"
            if not between and toks[right.start].text.startswith(_CONJ_PREFIXES):
                return "conj"  # «والأردني», «וירדן»: the conjunction is a prefix of the word
            return ""

        def coordinated(first: tuple[int, str, _Ent], rest: list[tuple[int, str, _Ent]],
                        forward: bool) -> list[tuple[int, str, _Ent]]:
            chain, kinds = [first], []
            for st in rest:
                left, right = (chain[-1][2], st[2]) if forward else (st[2], chain[-1][2])
                k = link(left, right)
                if not k:
                    break
                chain.append(st)
                kinds.append(k)
            # a list is closed by its conjunction: "China, Iran …" after a title is no list; a
            # plural title takes an open list ("Foreign Ministers of Spain, France, Germany",
            # "Egyptian, Pakistani Foreign Ministers")
            while kinds and kinds[-1] == "comma" and not plural:
                kinds.pop()
                chain.pop()
            return chain

        head = toks[h.end - 1].text
        plural = head[:1].isalpha() and head.isascii() and head.endswith("s") and not head.endswith("ss") and len(head) > 4
        # a Hebrew state written with a preposition clitic qualifies nothing: «כוחותיה מסוריה» (from
        # Syria); Arabic «وزير الخارجية بالبوسنة» does
        # a Russian state adjective (lowercase) after the title agrees with the noun after it, not
        # with the title: «лидер [израильской] оппозиции» is no leader of Israel (the attributive
        # adjective precedes its noun in Russian; Timberlake, *A Reference Grammar of Russian*, 5.3)
        after = sorted((e for e in states if e[2].start >= h.end and gap_ok(h.end, e[2].start)
                        and not (e[2].prep and _is_hebrew(toks[e[2].start].text))
                        and not _ru_attributive(toks, e[2].start, e[2].end)),
                       key=lambda x: x[0])
        before = sorted((e for e in states if e[2].end <= h.start and gap_ok(e[2].end, h.start)), key=lambda x: -x[0])
        if after and before and before[0][2].end == h.start and after[0][2].start > h.end:
            after = []  # "UK PM says US …": the state written against the title wins
        if after:
            first = after[0]
            rest = sorted((st for st in states if st[2].start >= first[2].end), key=lambda x: x[2].start)
            return coordinated(first, rest, True)
        if before:
            first = before[0]
            rest = sorted((st for st in states if st[2].end <= first[2].start), key=lambda x: -x[2].end)
            return coordinated(first, rest, False)
        return []

    # ------------------------------------------------------------------ entities

    def _nested_states(self, outer: Hit, ent_payloads: dict[tuple[int, int], list[_P]],
                       toks: Sequence[Token] = ()) -> list[tuple[Hit, _P]]:
        """States named inside a longer match still count when the match is theirs.

        «جنوب لبنان» (southern Lebanon) names Lebanon; «الجيش الإسرائيلي» (the
        Israeli army), "US Treasury" name their state, and so does a person's alias that
        is a title with the person's own state in it («العاهل الأردني», «ولي العهد السعودي»:
        tests/gold/README.md, adjectives count, as they do when the office resolves the title;
        issue 8, dev6).  A state inside an armed group's or a company's name does not
        ("Islamic Resistance in Iraq"), nor a person's given name that is a state's name at the
        head of the alias ("Israel Katz", «إسرائيل كاتس»; "Jordan's King Abdullah" counts).
        """
        outer_ps = ent_payloads[(outer.start, outer.end)]
        owners: set[str] = set()
        person_only = True
        for p in outer_ps:
            if p.kind in ("region", "capital"):
                r = self.ref.regions.get(p.ref)
                if r is not None and r.kind not in ("grouping",):
                    owners.add(self._country_of(p.ref) or "*")
                    person_only = False
            elif p.kind == "actor":
                a = self.ref.actors.get(p.ref)
                if a is not None and a.country and (a.type in _STATE_ACTOR_TYPES or a.type == "person"):
                    owners.add(a.country)
                    person_only = person_only and a.type == "person"
        if not owners:
            return []
        out: list[tuple[Hit, _P]] = []
        for (start, end), ps in ent_payloads.items():
            if person_only and start == outer.start and not (
                    start < len(toks) and toks[start].text.endswith(("'s", "’s"))):
                continue  # a given name («إسرائيل كاتس»), not the state of a title
            if outer.start <= start and end <= outer.end and (start, end) != (outer.start, outer.end):
                for p in ps:
                    if p.kind in ("region", "capital") and self._is_state(p.ref) and ("*" in owners or p.ref in owners):
                        out.append((Hit(start, end, (p,)), p))
        return out

    def _resolve(
        self,
        payloads: Sequence[_P],
        toks: list[Token],
        start: int,
        end: int,
        day: date | None,
        confirmed_actors: set[str],
        confirmed_regions: set[str],
        norms: list[str] | None = None,
    ) -> list[_P]:
        """Pick what an entity match means; drop ambiguous ones without context.

        ``norms``: ``[t.norm for t in toks]`` when the caller has it already."""
        if norms is None:
            norms = [t.norm for t in toks]
        out: list[_P] = []
        # one pass for the flags and kinds (most spans have one payload, neither upper nor cased)
        upper = cased = False
        actors: list[_P] = []
        regions: list[_P] = []
        for p in payloads:
            upper = upper or p.upper
            cased = cased or p.cased
            if p.kind in ("actor", "related"):
                actors.append(p)
            elif p.kind in ("region", "capital"):
                regions.append(p)
        if upper or cased:
            if upper:
                written_upper = all(t.text.replace(".", "").isupper() for t in toks[start:end])
                payloads = [p for p in payloads if not p.upper or written_upper]
            if any(p.cased for p in payloads) and not toks[start].capitalised:
                # «газа» (gas) is not «Газа» (Gaza); "china" is porcelain
                payloads = [p for p in payloads if not p.cased]
            actors = [p for p in payloads if p.kind in ("actor", "related")]
            regions = [p for p in payloads if p.kind in ("region", "capital")]
        shared_alias = len(actors) > 1 and len({p.ref for p in actors}) > 1
        if shared_alias:
            # one alias, several actors ("Assad"): the one whose office the date
            # implies; the alias is then a name, not an ambiguous word
            cands = [self.ref.actors[p.ref] for p in actors if p.ref in self.ref.actors]
            confirmed = [a for a in cands if a.id in confirmed_actors]
            pick = _pick_by_date(confirmed or cands, day)
            actors = [replace(p, ambiguous=False) for p in actors if pick is not None and p.ref == pick.id][:1]
        for p in actors:
            if not self._rules_allow(p, start, end, norms):
                continue
            # An ambiguous actor alias (a common surname, "Fatah" = "opening")
            # counts only when the article also names the actor unambiguously,
            # or a rule's required context is present.
            if p.ambiguous and not (p.ref in confirmed_actors or self._required_context(p, norms)
                                    or self._names_own_state(p, norms)):
                continue
            out.append(p)
        capital_of = {p.ref for p in regions if p.kind == "capital"} if regions else None
        if capital_of:
            # The same word is a capital (-> its state) and a city place: the city
            # counts only when a locative marks a place ("strikes on Tehran").
            locative = (start > 0 and norms[start - 1] in self._locatives) or any(p.extra == "prep" for p in regions)
            if not locative:
                regions = [
                    p for p in regions
                    if p.kind == "capital" or (r := self.ref.regions.get(p.ref)) is None
                    or r.kind != "city" or r.parent not in capital_of
                ]
        for p in regions:
            if not self._rules_allow(p, start, end, norms):
                continue
            # An ambiguous place name (Jordan, Georgia) counts unless its context
            # says otherwise (a first name right before it: "Michael Jordan").
            if p.ambiguous and p.ref not in confirmed_regions and _looks_like_person(toks, start):
                continue
            out.append(p)
        return out

    def _rules_for(self, p: _P, phrase: tuple[str, ...]) -> list[Any]:
        out = []
        for rs in self._rules_by_entity.get(p.ref, ()):
            for r in rs:
                alias = r[4]
                # clitics allowed (seeds/rules/disambiguation.toml): a prefixed one-word alias
                # («הפרו» for «פרו», «בירדן» for «ירדן») is its alias too
                if alias and phrase and (alias[-1] == phrase[-1] or len(alias) == len(phrase) == 1) \
                        and phrase[0].endswith(alias[0]):
                    out.append(r)
        return out

    def _rules_allow(self, p: _P, start: int, end: int, norms: list[str]) -> bool:
        if p.ref not in self._rules_by_entity:  # most entities have no sense rule
            return True
        rules = self._rules_for(p, tuple(norms[start:end]))
        if not rules:
            return True
        prev_t = norms[start - 1] if start > 0 else ""
        next_t = norms[end] if end < len(norms) else ""
        sentence = set(norms)
        for reject_prev, reject_next, reject_sent, require_sent, _ in rules:
            if prev_t in reject_prev or next_t in reject_next or sentence & reject_sent:
                return False
            if require_sent and not (sentence & require_sent) and not p.ambiguous:
                return False
        return True

    def _actor_type(self, aid: str) -> str | None:
        a = self.ref.actors.get(aid)
        return a.type if a is not None else None

    def _names_own_state(self, p: _P, norms: list[str]) -> bool:
        """An ambiguous surname counts when its sentence names the person's state or capital
        («Орбан заявил, что Венгрия …», «Вахиди: Иран не позволит …»; issue 8), and so does an
        ambiguous institution name («کنگره», "Congress": a party congress elsewhere) when its
        sentence names the institution's state («نماینده ایرانی-آمریکایی کنگره», issue 8 §5)."""
        a = self.ref.actors.get(p.ref)
        if a is None or a.type not in ("person", "institution") or not a.country:
            return False
        terms = self._state_terms.get(a.country, frozenset())
        return not terms.isdisjoint(norms)

    def _required_context(self, p: _P, norms: list[str]) -> bool:
        sentence = set(norms)
        return any(r[3] and sentence & r[3] for rs in self._rules_by_entity.get(p.ref, ()) for r in rs)

    def _mentions(self, ents: list[_Ent], day: date | None, has_title: bool) -> tuple[list[Mention], list[Mention]]:
        counts: dict[tuple[str, str], int] = defaultdict(int)
        in_title: dict[tuple[str, str], bool] = defaultdict(bool)
        related_only: dict[tuple[str, str], bool] = {}
        vias: dict[tuple[str, str], set[str]] = defaultdict(set)
        for e in ents:
            k = (e.kind, e.id)
            counts[k] += 1
            if has_title and e.sentence == 0:
                in_title[k] = True
            related_only[k] = related_only.get(k, True) and e.related
            vias[k].add(e.via)
        regions: list[Mention] = []
        actors: list[Mention] = []
        for (kind, eid), n in counts.items():
            if kind == "region":
                r = self.ref.regions.get(eid)
                regions.append(Mention("region", eid, r.name if r else eid, n, in_title[(kind, eid)], via=tuple(sorted(vias[(kind, eid)]))))
            else:
                a = self.ref.actors.get(eid)
                actors.append(
                    Mention("actor", eid, a.name if a else eid, n, in_title[(kind, eid)],
                            country=a.country if a else None, role=a.role_on(day) if a else None,
                            related=related_only.get((kind, eid), False), via=tuple(sorted(vias[(kind, eid)])))
                )
        key = lambda m: (-m.count, not m.in_title, m.id)  # noqa: E731
        return sorted(regions, key=key), sorted(actors, key=key)

    # ------------------------------------------------------------------ modality

    def _modality(
        self, h: Hit, cues: list[tuple[Hit, _P]], verbs: list[tuple[Hit, _P]], norms: list[str], historical: bool,
        sig_future: bool = False,
        sig_act: bool = False,
        clauses: list[int] | None = None,
    ) -> str:
        """The strongest mode whose cue covers the signal (modality.toml scopes)."""
        if not (cues or verbs or historical or sig_future):
            return ASSERTED  # nothing to find
        found: set[str] = {"historical"} if historical else set()
        if sig_future:
            found.add("future")
        for ch, p in cues:
            if p.ref == "historical" and ch.end < len(norms) and _YEAR.match(norms[ch.end]):
                continue  # «في عام 2023»: the year itself dates what it dates (``_dated_by_year``)
            if (p.ref == "historical" and p.lang == "ar" and norms[ch.start] == _AR_SABIQAN and ch.start > 0
                    and norms[ch.start - 1].endswith("ا") and not norms[ch.start - 1].endswith("وا")):
                continue  # «اعتقلت … وزيرا سابقا»: «سابقا» agrees with an accusative noun, "a former minister" (h73)
            if _in_scope(h, ch, p.extra, p.window, clauses) or (
                    p.ref == "negation" and p.lang == "ru" and p.extra == "prev" and _ru_fronted(h, ch, clauses, norms)):
                if (p.ref == "negation" and p.lang == "ar" and p.window > 2
                        and any(self._ar_new_verb(norms[k]) for k in range(ch.end, h.end))):
                    continue  # «لن تسلم سلاحها وستتصدى لأي عدوان»: a conjoined future verb starts a clause of its own
                if p.ref == "historical" and p.extra == "sentence" and clauses and _relative_apart(h, ch, clauses, norms):
                    continue  # "Valdor, which signed a pact two years ago, called up …": the date is the clause's (h56)
                found.add(p.ref)
        for vh, p in verbs:
            if p.kind == "verb" and p.ref == "denial" and vh.end <= h.start:
                if clauses and _relative_apart(h, vh, clauses, norms):
                    continue  # "Gondor, which has long disputed Arnor's claim, banned imports": the clause's own (h79)
                found.add("denial")
            elif p.kind == "verb" and p.ref == "accusation" and vh.end <= h.start and sig_act:
                found.add("alleged")  # PLOVER: "A accuses B of attacking" is A's accusation
            elif not (vh.start <= h.start < vh.end):
                found.add("reported")
        mods = {_CUE_MODALITY[f] for f in found if f in _CUE_MODALITY}
        for m in _PRIORITY:
            if m in mods:
                return m
        return ASSERTED

    def _ru_put_off_for_cause(self, cue: Hit, h: Hit, toks: list[Token], norms: list[str]) -> bool:
        """A visit, summit or talks put off or called off for a stated cause («Премьер Пакистана отложил
        визит в Россию из-за ситуации в регионе», dev pv-ru-2334: no event) is force majeure, no defiance of
        the partner; the breach cue then leaves the contact to the contact rule (h52). Violating or tearing
        up an agreement stays a breach whatever its cause."""
        if self.keyer.key(toks[cue.start].text, "ru") not in self._ru_postpone_keys:
            return False
        return any(n in _RU_CAUSE_WORDS or (n == _RU_FROM and norms[k + 1:k + 2] == [_RU_ZA])
                   for k, n in enumerate(norms[h.end:], h.end))

    @functools.cached_property
    def _ru_postpone_keys(self) -> frozenset[str]:
        return frozenset(self.keyer.key(w, "ru") for w in (
            "отложить", "откладывать", "отсрочить", "перенести", "переносить", "перенос", "отменить", "отменять", "отмена"))

    def _ru_passive_subject(self, h: Hit, cue: Hit, toks: list[Token]) -> bool:
        """A reversing cue after the hit (``prev`` scope) reverses it only as its short passive participle
        with the hit as the subject: «Комендантский час в столице Арнора отменен» (h52). Cues match by
        lemma, so «После удара власти отменили занятия» must not reverse the strike: the cue word must
        be a participle (PRTS) and a word of the hit a possible nominative («удара» is none)."""
        return (self.keyer.ru_tagged(toks[cue.start].text, "passive")
                and any(self.keyer.ru_tagged(toks[i].text, "nominative") for i in range(h.start, h.end)))

    def _ar_future_at(self, toks: list[Token], norms: list[str], i: int) -> bool:
        """Is token ``i`` an Arabic imperfect verb with the future prefix سـ («ستقصف», «وسنرد»)?"""
        norm = norms[i]
        bare = norm[1:] if norm[:1] in ("و", "ف") and norm[1:2] == "س" else norm
        key = self.keyer.key(toks[i].text, "ar")
        # the word without its سـ must key as the word does: «ستقصف» is «تقصف», but «سيطرت»
        # (seized, a perfect) is no سـ + «يطرت» (h48: «سيطرت على القرية» was read as a future act)
        return _ar_future(norm, key) and self.keyer.key(bare[1:], "ar") == key

    def _he_breach_object(self, cue: Hit, h: Hit, toks: list[Token], norms: list[str]) -> bool:
        """Is the Hebrew cooperative noun the direct object of the breach verb (h51)?

        A noun written with the preposition ב, ל or כ is no direct object («ביטלה את הנסיעה לשיחות»); a
        verb of leaving takes its object with מ («פרשה מההסכם», not «יצאה לדרך עסקת החטופים»). The
        letter counts as a preposition when the noun's lemma key does not begin with it («ברית» keeps
        its ב, «לשיחות» is ל + «שיחה»)."""
        norm = norms[h.start]
        bare = norm[1:] if norm[:1] == "ו" and len(norm) > 3 else norm
        key = self.keyer.key(toks[h.start].text, "he")
        if bare[:1] in ("ב", "ל", "כ") and not key.startswith(bare[:1]):
            return False
        leaving = self.__dict__.get("_he_leaving")
        if leaving is None:
            leaving = self.__dict__["_he_leaving"] = frozenset(self.keyer.key(f, "he") for f in _HE_LEAVING_FORMS)
        verb = toks[cue.start].text
        if self.keyer.key(verb[1:] if verb[:1] == "ו" and len(verb) > 3 else verb, "he") in leaving:
            return bare[:1] == "מ"
        return True

    def _ar_new_verb(self, norm: str) -> bool:
        """A future verb joined by و/ف («وستتصدى», «وسنرد»): the long reach of «لم»/«لن» over a verb-first
        clause (composition-ar.toml) ends there, the conjoined verb is not negated (h48, dev ar-187)."""
        return norm[:1] in ("و", "ف") and norm[1:2] == "س" and _ar_future(norm, self.keyer.key(norm, "ar"))

    def _ar_may(self, toks: list[Token], norms: list[str], start: int, clauses: list[int] | None) -> bool:
        """«قد» + an imperfect verb before the hit in its clause: 'may' («قد يشن … هجوما», «قد تفرض عقوبات»).

        With a perfect verb «قد» means 'already' («قد قصفت»), which is why modality.toml leaves the bare
        word out: the verb after it must be an imperfect, a ي-form or a ت-form that keys as its ي-form
        («تشن» as «يشن»; «تعرضت», «تم» are perfects)."""
        for i in range(max(0, start - 4), start):
            if norms[i] not in ("قد", "وقد") or i + 1 >= len(norms) or (clauses and clauses[i] != clauses[start]):
                continue
            verb = norms[i + 1]
            if len(verb) >= 3 and (verb[0] == "ي" or (verb[0] == "ت" and verb[-1] != "ت" and self.keyer.key(
                    "ي" + toks[i + 1].text[1:], "ar") == self.keyer.key(toks[i + 1].text, "ar"))):
                return True
        return False

    def _verb_context_ok(self, vp: tuple[Hit, _P], toks: list[Token]) -> bool:
        h, p = vp
        if p.kind != "verb":
            return True
        last = toks[h.end - 1]
        vkey = (p.lang or "", p.ref, (self.keyer.key(last.text, p.lang) or last.norm) if self._claims_keyed else last.norm)
        unless = self._unless_next.get(vkey)
        if unless and any((self.keyer.key(t.text, p.lang) or t.norm) in unless for t in toks[h.end : h.end + 4]):
            return False  # another sense of the verb («يعرض … للخطر» 'exposes to', «عرض عسكري» a parade)
        rule = self._followed.get(vkey)
        if rule is None:
            return True
        words, prefixes = rule
        nxt = toks[h.end] if h.end < len(toks) else None
        if nxt is None:
            return False
        return nxt.norm in words or any(nxt.text.startswith(pre) for pre in prefixes)

    # ------------------------------------------------------------------ claims

    def _verbal_blast(self, toks: list[Token], h: Hit, ents: list[_Ent]) -> bool:
        """"X blasts Y" is criticism, not an explosion (CAMEO 111): a verb form of "blast" with a
        subject right before it (a named actor or state, or a capitalised name inside the headline:
        "Cruz blasts …") and an addressee right after it (an actor or state, a capitalised name or
        acronym, or a determiner: "blasts the UN"). Not a place ("Israel blasts Gaza" stays an
        attack), not a state's possession ("blasts Ukraine's grid"), not with an instrument ("blasts
        Ukraine with missiles"); the noun ("Blasts rock Kyiv", "pipeline blasts suspect") has no
        such subject and object (issue 8 dev6, h23)."""
        if h.end - h.start != 1 or toks[h.start].norm not in _EN_BLAST_VERBS or h.end >= len(toks):
            return False
        if any(t.norm in ("with", "by") for t in toks[h.end:h.end + 4]):
            return False

        def party(x: _Ent) -> bool:
            return x.kind == "actor" or (x.kind == "region" and self._is_state(x.id))

        before = [x for x in ents if x.end == h.start]
        if before:
            if not any(party(x) for x in before):
                return False
        elif not (h.start > 0 and toks[h.start - 1].capitalised and toks[h.start - 1].text.isalpha()):
            return False
        after = [x for x in ents if x.start == h.end]
        if after:
            return any(party(x) for x in after) and not any(
                x.kind == "region" and _possessive(toks, x.end - 1) for x in after)
        nxt = toks[h.end]
        return nxt.norm in _EN_DETERMINERS or (nxt.capitalised and nxt.text.rstrip("'’s").isalpha())

    def _named_parties(self, ents: list[_Ent], lo: int, hi: int) -> bool:
        """Two distinct named parties between token ``lo`` and ``hi``, one of them a person (a
        leader): the two sides of a visit ("Putin visits Xi", "Zelensky visits London"; CAMEO
        042/043 need a visitor and a host). An army "headed to" a site is no visit. Only entries
        with ``near_parties`` ask, once per hit, over the sentence's few entities."""
        inside = {(e.kind, e.id) for e in ents if lo <= e.start and e.end <= hi and not e.related}
        return len(inside) >= 2 and any(
            kind == "actor" and (a := self.ref.actors.get(i)) is not None and a.type == "person" for kind, i in inside)

    def _claims(
        self,
        si: int,
        sentence: str,
        toks: list[Token],
        verbs: list[tuple[Hit, _P]],
        ents: list[_Ent],
        signals: list[Signal],
        language: str | None,
        appeal_polarity: dict[int, str] | None = None,
    ) -> list[Claim]:
        if not verbs or not ents:
            return []
        # the entities that can speak (``_speaker``'s own first filter, done once here, not per verb)
        speakers = [e for e in ents if not e.prep and (e.kind == "actor" or self._is_state(e.id))]
        if not speakers:
            return []  # no verb would find a speaker
        order = _SPEAKER_ORDER.get(language or "en", ("before", "after"))
        # one claim per speaker per sentence: the reporting verb nearest to the speaker
        best: dict[str, tuple[int, int, Hit, _P, _Ent]] = {}
        first_verb: Hit | None = None
        for vh, p in verbs:
            if first_verb is not None and _participle(toks[vh.start].text, language) and p.kind == "verb":
                continue  # «مؤكداً», "adding": same speaker as the main verb
            gap = sentence[toks[vh.start - 1].end : toks[vh.start].start] if vh.start > 0 else ""
            inverted = vh.start == 0 or not _INVERSION_MARKS.isdisjoint(gap)  # (a mark in the gap, in C)
            if vh.start > 0 and toks[vh.start - 1].norm in _COLLECTIVE_SUBJECTS:
                continue  # "they chanted 'Death to America'" is not a statement by the United States
            found = self._speaker(vh, p, speakers, order, toks[vh.start].text, inverted=inverted)
            if found is None:
                continue
            speaker, distance = found
            if first_verb is None:
                first_verb = vh
            sid = self._speaker_identity(speaker)[0]
            rank = (distance, vh.start)
            if sid not in best or rank < best[sid][:2]:
                best[sid] = (distance, vh.start, vh, p, speaker)
        claims: list[Claim] = []
        for _d, _s, vh, p, speaker in sorted(best.values(), key=lambda b: b[1]):
            sid, sname, scountry = self._speaker_identity(speaker)
            targets = self._targets(ents, speaker, scountry)
            stance, polarity = p.ref, p.extra or NEUTRAL
            if stance == "ask":
                # an asking verb is a request only by what it asks for ("asked Baghdad to arrest …"); with
                # nothing asked for it claims nothing ("asked residents …", issue 8, h69)
                stance, polarity = "appeal", NEUTRAL
            if stance == "appeal" and appeal_polarity and vh.start in appeal_polarity:
                polarity = appeal_polarity[vh.start]  # "urged strikes" is a demand, "urged calm" an appeal
            if p.kind == "attrib" or stance == "statement":
                stance, polarity = self._stance_from_signals(signals, targets)
            elif (language == "en" and stance == "threat" and toks[vh.start].norm in _EN_WARN_FORMS
                  and not _warning_addressed(vh, toks, ents, speaker)):
                # "X will fail, warns the minister", "India warns the fee will have consequences",
                # "UK faces threat, report warns": a warning with no addressee and no condition is a
                # forecast (CAMEO 13 threaten needs a target; the gold's 'warning by a non-party'
                # convention, pv-en-811, pv-en-960); "warns Putin", "warns of a response if ..."
                # stay threats, and threat words in the sentence keep their own signals
                stance, polarity = self._stance_from_signals(signals, targets)
            claims.append(
                Claim(speaker=sid, speaker_name=sname, speaker_country=scountry,
                      verb=_surface(sentence, toks, vh.start, vh.end), stance=stance, polarity=polarity,
                      targets=targets, text=sentence, sentence=si)
            )
        return claims

    def _speaker(
        self, vh: Hit, p: _P, ents: list[_Ent], order: tuple[str, str], vtext: str = "", *, inverted: bool = True
    ) -> tuple[_Ent, int] | None:
        """The subject of a reporting verb, with its distance in tokens (None if there is none).

        In subject-first languages a speaker after the verb is its subject only in
        the quotation inversion ("…, said Putin", «— заявил Песков»): ``inverted``
        says the verb follows a comma, quote or dash (issue 8 §6: an entity that
        merely follows the verb is what was said, not who said it).
        """
        # Speakers are actors, or states (by name or capital, "Tehran said"); not seas or
        # cities, and never a word carrying a preposition («لنتنياهو» = "to Netanyahu").
        cands = [e for e in ents if not e.prep and (e.kind == "actor" or self._is_state(e.id))]
        if not cands:
            return None
        if p.kind == "attrib":  # "according to X", «بحسب X»: the speaker follows
            after = [e for e in cands if e.start >= vh.end and e.start - vh.end <= _SPEAKER_WINDOW]
            if not after:
                return None
            first_after = min(after, key=lambda e: (e.start, e.kind != "actor"))
            near = [x for x in after if x.kind == "actor" and x.start - first_after.start <= 4]
            e = self._prefer_person(near) if near else first_after
            return e, e.start - vh.end
        # A subject written right next to the verb wins whatever the usual word
        # order: «أن بوتين أكد» (SVO after أنّ), "Putin said", «قال بوتين».
        adjacent_before = [e for e in cands if e.end == vh.start]
        adjacent_after = [e for e in cands if e.start == vh.end]
        directions: tuple[str, ...] = order
        if order[0] == "before" and not inverted:
            adjacent_after = []
            directions = order[:1]
        if order[1] == "start" and not adjacent_after and vtext[:1] in ("و", "ف"):
            # a coordinated verb («ويعرض») shares the sentence's subject, not the
            # nearest noun before it («مع نتنياهو وبزشكيان ويعرض …»)
            before_verb = [e for e in cands if e.end <= vh.start]
            if before_verb:
                actors = [e for e in before_verb if e.kind == "actor"]
                e = min(actors or before_verb, key=lambda e: e.start)
                return e, vh.start - e.end
        if adjacent_before and not adjacent_after:
            return adjacent_before[-1], 0
        if adjacent_after and not adjacent_before:
            return adjacent_after[0], 0
        for direction in directions:
            if direction == "before":
                pool = [e for e in cands if e.end <= vh.start and vh.start - e.end <= _SPEAKER_WINDOW]
                if pool:
                    # prefer an actor over a state adjective in the same stretch ("Russian President Putin")
                    best = max(pool, key=lambda e: (e.end, e.kind == "actor"))
                    actors = [e for e in pool if e.kind == "actor" and best.end - e.end <= 3]
                    e = max(actors, key=lambda e: e.end) if actors else best
                    return e, vh.start - e.end
            elif direction == "after":
                pool = [e for e in cands if e.start >= vh.end and e.start - vh.end <= _SPEAKER_WINDOW]
                if pool:
                    first = min(pool, key=lambda e: e.start)
                    actors = [e for e in pool if e.kind == "actor" and e.start - first.start <= 4]
                    e = self._prefer_person(actors) if actors else first
                    return e, e.start - vh.end
            elif direction == "start":
                pool = [e for e in cands if e.end <= vh.start]
                if pool:
                    actors = [e for e in pool if e.kind == "actor"]
                    e = min(actors or pool, key=lambda e: e.start)
                    return e, vh.start - e.end
        return None

    def _prefer_person(self, actors: list[_Ent]) -> _Ent:
        """"The Kremlin spokesman, Dmitry Peskov": the person speaks, the institution is his title."""
        persons = [e for e in actors if (a := self.ref.actors.get(e.id)) is not None and a.type == "person"]
        return min(persons or actors, key=lambda e: e.start)

    def _is_state(self, rid: str) -> bool:
        return rid in self._state_ids

    # The answers of ``_is_state`` and ``_country_of`` depend on the reference data only: listed
    # once per analyser, on first use, they are one set or dict lookup each (~55 calls an article
    # walked the region tree again; issue 8 speed budget).
    @functools.cached_property
    def _state_ids(self) -> frozenset[str]:
        return frozenset(rid for rid, r in self.ref.regions.items()
                         if r.kind in ("country", "state", "territory") and len(rid) == 3)

    @functools.cached_property
    def _countries(self) -> dict[str, str | None]:
        return {rid: self._walk_to_country(rid) for rid in self.ref.regions}

    def _speaker_identity(self, e: _Ent) -> tuple[str, str, str | None]:
        if e.kind == "actor":
            a = self.ref.actors.get(e.id)
            return e.id, a.name if a else e.id, a.country if a else None
        r = self.ref.regions.get(e.id)
        return e.id, r.name if r else e.id, e.id

    def _targets(self, ents: list[_Ent], speaker: _Ent, speaker_country: str | None) -> tuple[str, ...]:
        out: list[str] = []
        for e in ents:
            if e is speaker:
                continue
            code: str | None
            if e.kind == "actor":
                a = self.ref.actors.get(e.id)
                code = a.country if a else None
            else:
                code = self._country_of(e.id)
            if code and code != speaker_country and code not in out:
                out.append(code)
        return tuple(out)

    def _country_of(self, rid: str) -> str | None:
        return self._countries.get(rid)

    def _walk_to_country(self, rid: str) -> str | None:
        """The state a region lies in, up its parents (at most five steps)."""
        seen = 0
        while rid and seen < 5:
            r = self.ref.regions.get(rid)
            if r is None:
                return None
            if self._is_state(rid):
                return rid
            rid = r.parent or ""
            seen += 1
        return None

    @staticmethod
    def _stance_from_signals(signals: list[Signal], targets: tuple[str, ...]) -> tuple[str, str]:
        """Stance of a neutral verb ("said") from its sentence's signals.

        The polarity with more counted weight wins; within it the strongest
        signal names the stance.  A reported attack is a statement about an
        attack, not an accusation: only accusing verbs and accusation signals
        make accusations (gold-set convention, after PLOVER's reported speech).
        """
        live = [s for s in signals if s.counted > 0]
        if not live:
            if any(s.modality in (NEGATED, DENIED) for s in signals):
                return "denial", NEUTRAL
            return "statement", NEUTRAL
        totals = {ESCALATION: 0.0, DE_ESCALATION: 0.0}
        for s in live:
            totals[s.polarity] = totals.get(s.polarity, 0.0) + s.counted
        polarity = ESCALATION if totals[ESCALATION] > totals[DE_ESCALATION] else DE_ESCALATION
        strongest = max((s for s in live if s.polarity == polarity), key=lambda s: abs(s.weight))
        stance = _STANCE_OF_CATEGORY.get(strongest.category, "statement")
        if strongest.category in ("attack", "casualties"):
            stance = "statement"
        if stance == "threat" and abs(strongest.weight) < 4:
            stance = "statement"  # talk of "tensions" is not a threat by the speaker
        return stance, polarity


def _cut(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, at the last space of the final
    200 when there is one (a word cut in half would be read as another word)."""
    if len(text) <= limit:
        return text
    if limit <= 0:
        return ""
    space = max(text.rfind(sp, max(0, limit - 200), limit + 1) for sp in (" ", "\n", "\t"))
    return text[: space if space > 0 else limit]


def _looks_like_person(toks: list[Token], start: int) -> bool:
    """A capitalised Latin word right before, not sentence-initial: a first name ("Michael Jordan")."""
    if start < 1 or char_script(toks[start].text[0]) != LATIN:
        return False
    prev = toks[start - 1]
    if not prev.capitalised or prev.norm in _TITLE_WORDS:
        return False
    if toks[start].start - prev.end > 1:
        return False  # a comma between: a list ("Iraqi, Romanian counterparts"), no first name
    # a capital at the sentence start says nothing ("Jordan closed …" after "Meanwhile")
    return start - 1 > 0


def _ru_attributive(toks: list[Token], start: int, end: int) -> bool:
    """A lowercase Cyrillic word (an adjective: «израильской») followed directly by another
    lowercase Cyrillic word, its noun («оппозиции»)."""
    if end >= len(toks) or end - start != 1:
        return False
    w, nxt = toks[start].text, toks[end].text
    return (char_script(w[0]) == CYRILLIC and w[0].islower() and char_script(nxt[0]) == CYRILLIC
            and nxt[0].islower() and toks[end].start - toks[start].end == 1)


def _possessive(toks: list[Token], i: int) -> bool:
    """An English possessive: "Netanyahu's", "Trump’s" (the tokeniser keeps the clitic on the word)."""
    return 0 <= i < len(toks) and toks[i].text.endswith(("'s", "’s"))


def _unknown_name_after(toks: list[Token], h: Hit, ents: Sequence[_Ent]) -> bool:
    """Two capitalised Latin words right after a title, no entity of the text among them, in a
    sentence that is not written in title case: a person's name in apposition ("Prime Minister
    Ana Brnabić").  Title-case headlines ("PM Receives Phone Call") capitalise every word, so
    there the capitals say nothing."""
    i = h.end
    if i + 1 >= len(toks) or h.end == 0:
        return False
    a, b = toks[i], toks[i + 1]
    if not (a.capitalised and b.capitalised and char_script(a.text[0]) == LATIN and char_script(b.text[0]) == LATIN):
        return False
    if a.start - toks[i - 1].end != 1 or b.start - a.end != 1:
        return False  # punctuation between: no apposition ("President, Roberta …" is a list or a quote)
    if any(e.start in (i, i + 1) for e in ents):
        return False  # a known name or state ("President Emmanuel Macron" is the mention itself)
    # the rest of the sentence (neither the title nor the name) tells the case style
    words = [t for j, t in enumerate(toks)
             if not h.start <= j < i + 2 and len(t.text) > 3 and char_script(t.text[0]) == LATIN]
    return bool(words) and 2 * sum(t.capitalised for t in words) < len(words)


_TITLE_WORDS = frozenset(
    ["president", "prime", "minister", "king", "queen", "emir", "crown", "prince", "sheikh", "general", "gen", "spokesman", "spokeswoman", "foreign", "defence", "defense", "mr", "mrs", "ms", "dr", "sir", "lord", "supreme", "leader", "the", "of", "in", "to", "from", "and", "near", "southern", "northern", "eastern", "western", "central"]
)


_STATE_ACTOR_TYPES = frozenset(("government", "institution", "military", "security_service"))
# the institution offices whose head is a minister, and the head nouns that name that head in Russian
_MINISTER_OF = {"foreign_ministry": "foreign_minister", "defence_ministry": "defence_minister"}
_SPOKES_NORMS = frozenset(t for w in ("spokesman", "spokeswoman", "spokesperson") for t in normalise_phrase(w))
_HEAD_NORMS = frozenset(normalise_token(w) for w in ("глава", "главы", "главой", "главе", "руководитель", "руководителя"))
# non-state bodies whose own offices a title may name («министр иностранных дел талибов»)
_GROUP_TYPES = frozenset(("armed_group", "political_party"))
_ENTITY_KINDS = frozenset(("region", "capital", "actor", "related"))
_ARABIC_SCRIPT_LANGS = frozenset(("ar", "fa"))


def _entity_ok(p: _P, language: str | None) -> bool:
    """Entity payloads apply across languages, except Arabic vs Persian aliases.

    Both are written in Arabic script and normalise alike, so a Persian alias
    can be an everyday Arabic word: Persian «رئیسی» (Raisi) is Arabic «رئيسي»
    ("main").  Within Arabic script an alias applies only to its own language.
    """
    if p.kind not in _ENTITY_KINDS:
        return False
    return not (p.lang in _ARABIC_SCRIPT_LANGS and language in _ARABIC_SCRIPT_LANGS and p.lang != language)


# Token fields for ``map`` (C-level) in the hot loops
_token_text = operator.itemgetter(0)  # Token.text
_token_norm = operator.itemgetter(1)  # Token.norm
_token_start = operator.itemgetter(2)  # Token.start
# A word's record in Analyzer._words: its matching key, the matcher's code of its norm, of its key.
_Word = tuple[str, str, str]
_word_key = operator.itemgetter(0)
_word_surface_code = operator.itemgetter(1)
_word_key_code = operator.itemgetter(2)
# Words kept per language (as the keyer's and tokenize's caches, bounded: news vocabularies
# repeat, junk does not grow it forever): ~170 bytes a word (tuple 64, dict slot ~35, the word).
_WORDS_MAX = 200_000
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]—–،؛]|\s-\s")  # quotes are not breaks: «تجاوز «بی دلیل» را محکوم کرد»
_CLAUSE_MARK = re.compile(r"[,;:()\[\]—–،؛-]")  # where a _CLAUSE_BREAK starts, or (a "-") one before
# A Persian list comma: «حملات ایران به اسرائیل، پایگاه‌ها و منافع آمریکا … ادامه خواهد یافت» — the
# comma joins one or two words to a list closed by a free-standing «و», inside one clause, so it
# starts none (the verb-final cue after the list still governs the noun before it). Arabic writes و
# as a prefix, so the free-standing و is Persian only.
_FA_LIST_COMMA = re.compile(r"[،,]\s*[^\s،,;:؛.!?«»]+(?:\s[^\s،,;:؛.!?«»]+)?\s+و\s")


def _clauses(sentence: str, toks: list[Token]) -> list[int]:
    """A clause number per token: punctuation between two tokens starts a new clause.

    Issue 8 §6: a negation or modality cue scopes over the clause of the verb it
    governs ("Iran did not respond, but Israel struck" negates nothing of the strike).
    """
    # _CLAUSE_BREAK.finditer's starts, ~2x faster: a break starts at a mark or at the space before
    # a "-", so _CLAUSE_BREAK is tried only there (a one-class scan), left to right, after the
    # end of the last break, which gives the leftmost matches finditer gives
    breaks: list[int] = []
    pos = 0
    match = _CLAUSE_BREAK.match
    for c in _CLAUSE_MARK.finditer(sentence):
        q = c.start()
        p = q - 1 if sentence[q] == "-" else q
        if p < pos:
            continue
        m = match(sentence, p)
        if m is not None:
            pos = m.end()
            if sentence[p] in ",،" and _FA_LIST_COMMA.match(sentence, p):
                continue
            breaks.append(p)
    if not breaks:
        return [0] * len(toks)
    # breaks never fall inside a token: two tokens share a clause iff as many breaks precede them
    return list(map(functools.partial(bisect.bisect_left, breaks), map(_token_start, toks)))


def _in_scope(h: Hit, cue: Hit, direction: str, window: int, clauses: list[int] | None = None) -> bool:
    """Does a cue with this scope (modality.toml) cover the signal hit (in its clause)?"""
    if clauses and direction != "sentence" and h.start < len(clauses) and cue.start < len(clauses):
        lo, hi = sorted((clauses[h.start], clauses[cue.start]))
        if hi != lo and not (cue.start < h.end and h.start < cue.end):
            return False
    overlap = cue.start < h.end and h.start < cue.end
    after_cue = cue.end <= h.start < cue.end + window  # "did not | attack"
    before_cue = h.end <= cue.start < h.end + window  # Persian "حمله | نکرد"
    if direction == "sentence":
        return True
    if direction == "token":
        return overlap
    if direction == "prev":
        return before_cue
    if direction == "window":
        return overlap or after_cue or before_cue
    # next:N and clause (clause ~ 12 tokens: punctuation is not tokenised); a hit
    # that starts inside a multi-word cue is governed too: "to | reach a ceasefire"
    return after_cue or cue.start < h.start < cue.end


_YEAR = re.compile(r"^(19|20)\d\d$")

_EN_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_EN_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night"})


# The nouns of evidence whose genitive opens a clause closed by a postposed negation («Признаков
# переброски войск … нет», «Доказательств удара … не было»; _ru_fronted, h52), and «из» («исключил X из
# списка», _signal)
_RU_EVIDENCE_HEADS = frozenset(normalise_token(w) for w in ("признаков", "доказательств", "подтверждений", "следов"))
_RU_FROM = normalise_token("из")
# words that state the cause of a postponement («из-за», «ввиду», «в связи с», «по причине»; _signal)
# («из-за» is tokenised «из» «за»)
_RU_CAUSE_WORDS = frozenset(normalise_token(w) for w in ("ввиду", "вследствие", "связи", "причине"))
_RU_ZA = normalise_token("за")


def _ru_fronted(h: Hit, cue: Hit, clauses: list[int] | None, norms: Sequence[str]) -> bool:
    """A Russian postposed negation («нет», «не было», «не зафиксировано») that closes its clause reaches
    back to the clause's first word, the fronted genitive of negation: «Столкновений на границе … в
    воскресенье зафиксировано не было», or an event after a fronted evidence noun («Признаков переброски
    войск Гондора … нет»). Its own reach (``prev:2``) stays for the rest («В результате удара
    пострадавших не зафиксировано» negates the casualties, not the strike). h52."""
    if not clauses or h.end > cue.start or cue.start - h.end > 10 or cue.start >= len(clauses):
        return False
    c = clauses[cue.start]
    if clauses[h.start] != c or (cue.end < len(clauses) and clauses[cue.end] == c):
        return False
    first = h.start
    while first > 0 and clauses[first - 1] == c:
        first -= 1
    return first == h.start or norms[first] in _RU_EVIDENCE_HEADS


def _drop_weekday_phrases(toks: list[Token]) -> list[Token]:
    """English wire ledes put the day between a verb and its complement ("vowed on Sunday to avenge",
    "pledged on Thursday to reopen", "summoned on Monday the envoy"): "(late|early) on <Weekday>
    (morning|evening …)" is left out of the token stream, so phrase patterns, rule windows and cue
    scopes read across it.  Tokens keep their character offsets, so hit texts still span the sentence
    as written (issue 8, h54)."""
    drop: set[int] = set()
    for i, t in enumerate(toks):
        if t.norm in _EN_WEEKDAYS and t.capitalised and i > 0 and toks[i - 1].norm == "on":
            lo, hi = i - 1, i + 1
            if lo > 0 and toks[lo - 1].norm in ("late", "early"):
                lo -= 1
            if hi < len(toks) and toks[hi].norm in _EN_DAY_PARTS:
                hi += 1
            drop.update(range(lo, hi))
    return [t for i, t in enumerate(toks) if i not in drop] if drop else toks


# Hebrew ledes put the time between a verb and its complement («הטיל הערב סנקציות», «גירשה היום (רביעי)
# את שגריר …», «תקף הלילה (רביעי) את בסיסי …»): the weekday in brackets and a bare day part there
_HE_WEEKDAYS = frozenset({"ראשון", "שני", "שלישי", "רביעי", "חמישי", "שישי", "שבת", "מוצ\"ש"})
_HE_DAY_PARTS = frozenset({"היום", "הערב", "הבוקר", "הלילה", "אמש", "הצהריים", "הצהרים"})
_HE_TIME_WORDS = _HE_WEEKDAYS | _HE_DAY_PARTS
# a day part after these is a noun («בחסות הלילה», «עד הערב», «מאז הבוקר», «כל הלילה»)
_HE_DAY_PART_HEADS = frozenset({"בחסות", "עד", "מאז", "כל", "של", "את", "לקראת", "במהלך", "ועד", "לתוך"})


def _he_drop_time_words(sentence: str, toks: list[Token]) -> list[Token]:
    """The Hebrew mirror of :func:`_drop_weekday_phrases` (h89): a weekday in brackets («(שלישי)»,
    «(מוצאי שבת)») and a day part between two words with no punctuation around it («הודיע הערב כי»,
    «עצרו הלילה עשרים») are left out of the token stream, so phrase patterns, sense windows and cue
    scopes read across them.  A day part that opens the sentence, follows a preposition
    (``_HE_DAY_PART_HEADS``) or takes an adjective or ordinal with the article («היום השלישי למלחמה»,
    «הלילה הקשה») stays: it is a noun there."""
    drop: set[int] = set()
    n = len(toks)
    for i, t in enumerate(toks):
        if t.norm in _HE_WEEKDAYS or (t.norm == "שבת" and i > 0 and toks[i - 1].norm == "מוצאי"):
            lo = i - 1 if i > 0 and toks[i - 1].norm == "מוצאי" and t.norm == "שבת" else i
            if (sentence[:toks[lo].start].rstrip().endswith("(")
                    and sentence[t.end:].lstrip().startswith(")")):
                drop.update(range(lo, i + 1))
        elif t.norm in _HE_DAY_PARTS and 0 < i < n - 1 and toks[i - 1].norm not in _HE_DAY_PART_HEADS:
            before = sentence[toks[i - 1].end:t.start]
            after = sentence[t.end:toks[i + 1].start]
            if before.strip() or after.strip() not in ("", "("):
                continue
            if toks[i + 1].norm.startswith("ה") and toks[i + 1].norm not in _HE_DAY_PARTS:
                continue
            drop.add(i)
    return [t for i, t in enumerate(toks) if i not in drop] if drop else toks


# _drop_setting_phrases: the preposition of a setting after a verb, the prepositions before its place, the
# words that open the verb's complement after it, and the longest setting phrase (tokens)
_EN_SETTING_PREPS = frozenset({"at", "in", "during"})
_EN_PLACE_PREPS = frozenset({"in", "to", "from"})
# ("that" is not among them: "killed in an attack in Kabul that targeted a mosque" is a relative clause)
_EN_COMPLEMENTS = frozenset({"to", "for", "its", "their", "his", "her", "any", "both"})
_SETTING_MAX = 12
_SETTING_BREAK = re.compile(r"[,;:()\[\]\"“”—–]")


def _drop_setting_phrases(sentence: str, toks: list[Token]) -> list[Token]:
    """English ledes put the setting between a verb and its complement ("pledged at a summit in Maseru to
    reopen", "appealed at a prayer service in Maseru for calm", "ruled out at a press conference in Moscow
    any withdrawal"): a phrase "(at|in|during) … (in|to|from) <Place>" right after a past-tense verb (or "ruled out") and right
    before the verb's complement (to, for, its, any …) is left out of the token stream, like the day
    phrase, so the verb reads its complement and the meeting or visit it names is no event of its own.
    The place is one or more capitalised words or "the capital"; no punctuation may stand inside the
    phrase or around it (issue 8, h56)."""
    def tight(a: Token, b: Token) -> bool:  # no punctuation between (a dropped day phrase may be)
        return not _SETTING_BREAK.search(sentence, a.end, b.start)

    drop: set[int] = set()
    n = len(toks)
    i = 1
    while i < n - 3:
        v = toks[i - 1]
        if not (toks[i].norm in _EN_SETTING_PREPS and not v.capitalised and (v.norm[-2:] == "ed" or v.norm == "out") and tight(v, toks[i])):
            i += 1
            continue
        end = -1
        for k in range(i + 1, min(n - 2, i + _SETTING_MAX)):
            if not tight(toks[k - 1], toks[k]):
                break
            if toks[k].norm not in _EN_PLACE_PREPS:
                continue
            j = k + 1
            if toks[j].norm == "the" and toks[j + 1].norm == "capital":
                j += 2
            else:
                while j < n and toks[j].capitalised and tight(toks[j - 1], toks[j]):
                    j += 1
            if k + 1 < j < n and toks[j].norm in _EN_COMPLEMENTS and tight(toks[j - 1], toks[j]):
                end = j
                break
        if end < 0:
            i += 1
            continue
        drop.update(range(i, end))
        i = end
    return [t for i, t in enumerate(toks) if i not in drop] if drop else toks


# _en_side_clauses: quantifiers before "of whom/which" ("some of whom were injured")
_EN_PARTITIVES = frozenset({"some", "many", "most", "all", "several", "none", "one", "two", "both"})
# -ing words that are prepositions ("including women and children"), and the words that open a clause
# that is no main clause ("…, killing hundreds, after Hamas's attack"): not the shape subject, apposition, verb
_EN_ING_PREPS = frozenset({"including", "according", "following", "regarding", "concerning", "excluding", "during",
                           "notwithstanding", "pending", "barring"})
_EN_CLAUSE_LINKS = frozenset({"after", "before", "as", "while", "when", "since", "following", "and", "but", "or", "amid",
                              "despite", "in", "on", "at", "with", "for", "to", "from", "by", "including", "the", "a",
                              "an", "which", "who", "where", "whose", "that", "according", "saying", "adding"})
# the prepositions that put a place before ", where" (within five words)
_EN_PLACE_LEAD = frozenset({"in", "at", "near", "to", "from", "inside", "across", "outside"})
_SETTING_NOTE = "setting of another act (during talks, a call or a visit)"


def _contact_setting(signals: list[Signal], spans: list[Hit], cues: list[tuple[Hit, _P]], sentence: str,
                     toks: list[Token]) -> list[Signal]:
    """A call, talks or a visit named as the setting of another act is not the main event.

    Issue 8 §3 (h84): "During a phone call, the presidents agreed to a ceasefire", «В ходе визита министр
    подписал соглашение», «خلال اتصال هاتفي اتفقا على», «در تماس تلفنی … توافق کردند», «בשיחת טלפון
    סיכמו»: the contact after a ``setting`` cue (composition-<lang>.toml: during, in the course of, on the
    sidelines of, at the end of) is the occasion of the act reported after it, which leads; the contact
    counts nothing of its own.  Only when another event (counted, or a neutral contact or support of the
    day) follows it in the sentence and none of them is a contact: "During a visit to Cairo, Blinken met
    Sisi" and «در تماس تلفنی … درباره تقویت روابط … تبادل نظر کرد» stay contacts (the topic of the
    call does not lead), and a setting with nothing after it stays the event.  A colon between them is
    the call's content quoted («عراقچی در تماس با همتای عراقی: به دفاع از خود ادامه خواهیم داد», dev
    pv-fa-119): the contact leads."""
    settings = [(ch, cp.window) for ch, cp in cues if cp.ref == "setting"]
    # the contact nouns right after a cue, or written on it (Hebrew «בשיחת טלפון», «בפגישה»; «على هامش
    # القمة», «בשולי הפסגה»: the cue is a meeting entry's words and the summit after it is the same setting)
    governed = {j for j, (s, h) in enumerate(zip(signals, spans, strict=True))
                if s.plover_type == "CONSULT" and s.modality not in (REACTION, GOAL, NEGATED, DENIED)
                and any(ch.start <= h.start < ch.end + w for ch, w in settings)}
    out: list[Signal] | None = None
    for j, (s, h) in enumerate(zip(signals, spans, strict=True)):
        if j not in governed:
            continue
        later = [o.plover_type for k, o in enumerate(signals) if k not in governed and o.plover_type and spans[k].start >= h.end
                 and ":" not in sentence[toks[h.end - 1].end:toks[spans[k].start].start]
                 and (o.counted > 0 or (o.polarity == NEUTRAL and o.modality != REACTION))]
        # a contact verb after it is the same contact told again («در تماس تلفنی … درباره تقویت روابط …
        # تبادل نظر کرد», "During a visit to Cairo, X met Y"): the contact leads, its topic does not
        if later and "CONSULT" not in later:
            out = out if out is not None else list(signals)
            out[j] = replace(s, modality=REACTION, counted=0.0, note=_SETTING_NOTE)
    return signals if out is None else out


_SIDE_NOTE = "side clause (relative or apposition): background, no new act"


def _en_side_clauses(signals: list[Signal], spans: list[Hit], clauses: list[int], norms: list[str],
                     sentence: str, toks: list[Token], verbs: Sequence[Hit] = ()) -> list[Signal]:
    """An English lede sets its background off by commas: a relative clause after a noun or a place
    ("Church leaders in Lesotho, where weeks of unrest have left 12 dead, called for talks"; "the EU, which
    has long pressed for talks, imposed sanctions") and a participial apposition between the subject and
    its verb, the clause right after the subject's, closed by a comma and followed by the verb's clause
    ("Kethia's parliament, facing weeks of strikes, repealed …").  Its events are background when the
    main clause has an event of its own: a "where" clause after a place ("in Lesotho, where") anywhere, a which/who clause and an apposition
    when they come before the main clause's event (a closing "…, which blamed Israeli gunfire" adds a
    fact; a participle after the event, "…, killing four", is its outcome).  An appeal or threat verb of the main clause ("called for talks") is its event too.  A
    sentence whose only events are in such a clause keeps them (issue 8, h56)."""
    n = len(norms)
    first: dict[int, int] = {}
    for k in range(min(n, len(clauses))):
        first.setdefault(clauses[k], k)

    def comma_before(k: int) -> bool:  # a comma (no colon, dash or quote) between token k-1 and token k
        gap = sentence[toks[k - 1].end : toks[k].start]
        return "," in gap and not _SETTING_BREAK.search(gap.replace(",", ""))

    def kind(c: int) -> str | None:
        f = first.get(c)
        if f is None or c == 0 or f == 0 or not comma_before(f):
            return None
        w = norms[f]
        if w == "where":
            # after a place ("the crisis in Lesotho, where …"), not after a meeting or a person
            lo = f - 1
            while lo > 0 and clauses[lo - 1] == clauses[f - 1] and f - lo < 6:
                lo -= 1
            return "where" if not _EN_PLACE_LEAD.isdisjoint(norms[lo:f]) else None
        if w in _RELATIVE_OPENERS:
            return "relative"
        if (w in _EN_PARTITIVES and f + 2 < n and norms[f + 1] == "of" and norms[f + 2] in ("whom", "which")
                and clauses[f + 2] == c):
            return "relative"
        if w.endswith("ly") and f + 1 < n and clauses[f + 1] == c:
            w = norms[f + 1]
        if (c == 1 and c + 1 in first and len(w) > 4 and w.endswith(("ing", "ed")) and w not in _EN_ING_PREPS
                and comma_before(first[c + 1])
                and not norms[first[c + 1]].endswith("ing") and norms[first[c + 1]] not in _EN_CLAUSE_LINKS):
            return "apposition"
        return None

    live = [k for k, s in enumerate(signals) if s.plover_type and (s.counted > 0 or s.polarity == NEUTRAL)]
    if not live or len(live) + len(verbs) < 2:
        return signals
    where = {k: clauses[spans[k].start] if spans[k].start < len(clauses) else 0 for k in live}
    verb_clauses = [clauses[v.start] for v in verbs if v.start < len(clauses)]
    kinds = {c: kind(c) for c in set(where.values()) | set(verb_clauses)}
    main = [c for c in [where[k] for k in live] + verb_clauses if kinds[c] is None]
    if not main:
        return signals
    out: list[Signal] | None = None
    for k in live:
        c = where[k]
        # "where" after a place sets its clause aside anywhere; "which/who" and an apposition only
        # before the main clause's event: a closing "…, which blamed Israeli gunfire" adds a fact
        if kinds[c] is None or (kinds[c] != "where" and not (max(main) > c)):
            continue
        if out is None:
            out = list(signals)
        out[k] = replace(signals[k], modality=HISTORICAL, counted=0.0, note=_SIDE_NOTE)
    return signals if out is None else out


# _en_met_and_agreed: what a meeting joined by "and" to its outcome leads to (h79)
_MET_OUTCOMES = frozenset({"AGREE", "COOPERATE", "RETREAT", "CONCEDE", "AID"})
_MET_REACH = 12  # tokens from the meeting to the "and" of its outcome
# present-tense outcome verbs of headlines ("meet and agree on", "hold talks and sign a deal")
_MET_VERBS = frozenset({"agree", "agrees", "sign", "signs", "reach", "reaches", "withdrew", "pledge", "pledges",
                        "announce", "announces", "approve", "approves", "accept", "accepts"})
_MET_NOTE = "meeting joined by 'and' to the act it produced: its occasion, not the event"


def _en_met_and_agreed(signals: list[Signal], spans: list[Hit], norms: list[str], sentence: str,
                       toks: list[Token]) -> list[Signal]:
    """Coordinated verbs sharing one subject: "The foreign ministers met in Geneva on Monday and agreed
    to reopen their embassies", "held talks in Maseru and agreed to form a unity government".  The
    meeting is the occasion of the agreement (as the Arabic meeting named as the occasion of an act,
    h57): the outcome after "and" (an agreement, cooperation, withdrawal, concession or aid, its verb
    right after the "and", past tense or a headline's present) leads, the meeting is no event of its
    own.  Nothing else may stand between them: no other event, no comma or colon (issue 8, h79)."""
    out: list[Signal] | None = None
    for k, s in enumerate(signals):
        if s.plover_type != "CONSULT" or s.category != "talks" or not (s.counted > 0 or s.polarity == NEUTRAL):
            continue
        end = spans[k].end
        for j, t in enumerate(signals):
            st = spans[j].start
            if (j == k or t.plover_type not in _MET_OUTCOMES or t.counted <= 0 or st <= end
                    or st - end > _MET_REACH):
                continue
            ands = [m for m in range(end, st) if norms[m] == "and"]
            if not ands or ":" in sentence[toks[end - 1].end : toks[st].start] or "," in sentence[toks[end - 1].end : toks[st].start]:
                continue
            a = ands[-1]
            # the outcome is a verb right after "and" ("and agreed", "and then signed"), not a noun or
            # another subject ("Tehran and Riyadh restored ties", "and humanitarian aid is stranded")
            if not (st == a + 1 or (st == a + 2 and (norms[a + 1] in ("then", "also") or norms[a + 1].endswith("ly")))):
                continue
            if not (norms[st].endswith("ed") or norms[st] in _MET_VERBS):
                continue
            if any(i not in (k, j) and end <= spans[i].start < st and signals[i].plover_type
                   for i in range(len(signals))):
                continue
            if out is None:
                out = list(signals)
            out[k] = replace(s, modality=REACTION, counted=0.0, note=_MET_NOTE)
            break
    return signals if out is None else out


# _en_background_clause: the openers of a lede's background after its main event (h85)
# a count of days or hours before "after" ("a day after", "two days after", "hours after"): a time anchor
_ANCHOR_COUNTS = frozenset({"a", "one", "two", "three", "four", "five", "six", "several", "few", "just", "only",
                            "barely", "mere", "48", "24"})
_ANCHOR_UNITS = frozenset({"day", "days", "hours", "hour", "week", "weeks", "night"})
# words after "as" that make it no conjunction ("as part of", "as well as", "as a result of": a cause)
_AS_NOT_CLAUSE = frozenset({"a", "an", "part", "well", "long", "soon", "if", "much", "many", "far", "of", "to", "for",
                            "such", "though", "usual", "planned", "expected", "agreed", "promised", "announced",
                            "required", "reported", "previously", "they", "it", "he", "she", "we", "i", "you"})
# words before "as" that make it a comparison or a role ("such as", "known as", "the same as")
_AS_NOT_AFTER = frozenset({"such", "as", "same", "so", "known", "seen", "described", "regarded", "served", "serves",
                           "serve", "acting", "acts", "act", "just", "much", "many", "twice", "branded",
                           "designated", "listed", "named", "appointed", "elected", "sworn", "cast", "labelled",
                           "labeled", "identified", "treated", "used", "taken", "view", "viewed", "considered"})
# participles opening a tail of what the subject said along with its act (", saying …", ", urging …")
_EN_SAYING_TAILS = frozenset({"saying", "warning", "adding", "arguing", "insisting", "citing",
                              "noting", "stressing", "describing", "claiming"})
# the main events that a bare "as" clause of fighting is the setting of ("met … as fighting raged")
_AS_SETTING_MAINS = frozenset({"CONSULT", "AGREE", "AID", "CONCEDE", "COOPERATE"})
_BACKGROUND_REACH = 16  # tokens after the opener: a clause, not a run of RSS text
_BACKGROUND_NOTE = "background clause of a lede (time anchor, 'as'/'amid' setting, saying tail): not counted beside the main event"


def _en_background_clause(signals: list[Signal], spans: list[Hit], norms: list[str], sentence: str,
                          toks: list[Token]) -> list[Signal]:
    """A wire lede reports one event and sets its background after it: a time anchor ("Gondor agreed to a
    ceasefire on Tuesday, a day after its forces shelled the border town"), a circumstance clause opened by
    "as", "even as", "while", "amid" or "despite" ("met his Arnorian counterpart as fighting raged in the
    north"), a tail of what the subject said with its act (", saying …", ", urging …") or the reception of
    the act (", in a move condemned by …").  The gold conventions count neither time anchors nor acts in
    circumstance clauses (tests/gold/README.md).  A counted event (or a contact, neutral) must come before
    the opener; the anchor then sets aside every event after it to the end of the sentence, the other
    openers only the events of the other polarity than the main event's (an "as" clause only in a full
    sentence, ending with a period: a headline's "X, as Y" reports two news, as the dev gold codes them;
    without a comma only beside a contact, agreement, aid, concession or cooperation): two same-day acts of one
    direction joined by "as" both count ("shelled the town as its jets bombed the road"), as do the
    casualties of the main act in a participial tail (", killing 12": no opener).  A colon, semicolon,
    dash or quote ends the clause (issue 8 §3, h85)."""
    n = len(norms)
    live = [k for k, s in enumerate(signals) if s.plover_type and (s.counted > 0 or s.polarity == NEUTRAL)
            and spans[k].start < n]
    if len(live) < 2:
        return signals

    def comma_before(k: int) -> bool:
        return k > 0 and "," in sentence[toks[k - 1].end : toks[k].start]

    out: list[Signal] | None = None
    for o in range(1, n - 1):
        w = norms[o]
        anchor = False
        if w in ("after", "following"):
            j = o - 1
            if norms[j] not in _ANCHOR_UNITS or j < 1 or not (norms[j - 1] in _ANCHOR_COUNTS or norms[j - 1].isdigit()
                                                               or norms[j] in ("days", "hours", "weeks")):
                continue
            start, anchor = j - 1 if norms[j - 1] in _ANCHOR_COUNTS or norms[j - 1].isdigit() else j, True
        elif w == "as":
            if norms[o - 1] in _AS_NOT_AFTER or norms[o + 1] in _AS_NOT_CLAUSE or norms[o + 1].endswith("ly"):
                continue
            start = o - 1 if norms[o - 1] == "even" else o
        elif w in ("while", "amid", "amidst", "despite"):
            start = o
        elif w in _EN_SAYING_TAILS or (w == "in" and norms[o + 1] == "a" and o + 2 < n and norms[o + 2] == "move"):
            if not comma_before(o):
                continue
            start = o
        else:
            continue
        before = [k for k in live if spans[k].end <= start]
        if not before:
            continue
        pols = {signals[k].polarity for k in before}
        if w == "as" and (not sentence.rstrip().endswith(".") or (not comma_before(start) and not all(
                signals[k].plover_type in _AS_SETTING_MAINS for k in before))):
            continue  # a headline's "X as Y" reports two news ("Blinken meets Saudi prince as Israel prepares invasion")
        stop = min(n, o + _BACKGROUND_REACH)
        for m in range(o + 1, stop):
            if _SETTING_BREAK.search(sentence[toks[m - 1].end : toks[m].start].replace(",", "")):
                stop = m
                break
        for k in live:
            h = spans[k]
            if not (o <= h.start < stop) or signals[k].counted <= 0:
                continue
            p = signals[k].polarity
            if not anchor and not (
                    (p == ESCALATION and ESCALATION not in pols)
                    or (p == DE_ESCALATION and pols == {ESCALATION})):
                continue
            if out is None:
                out = list(signals)
            out[k] = replace(signals[k], modality=HISTORICAL if anchor else REACTION, counted=0.0, note=_BACKGROUND_NOTE)
    return signals if out is None else out


# _postposed_dating: how far a postposed dating cue ("last week") reaches back to the nearest event
_DATING_REACH = 12
# the long reach is the dates by the calendar ("last week", "last month", "years ago")
_CALENDAR_UNITS = frozenset({"week", "weeks", "month", "months", "year", "years", "decade", "decades"})
# words that open another event between an event and a date (a time clause, a gerund)
_DATING_STOPS = frozenset({"after", "before", "since", "following", "until", "when", "while", "as"})


def _postposed_dating(signals: list[Signal], spans: list[Hit], clauses: list[int], norms: list[str],
                      composition: list[tuple[Hit, _P]]) -> list[Signal]:
    """A postposed calendar date ("… refused to hand over command to his successor last week", "fishermen detained
    in disputed waters off the island of Korro last month") dates the nearest event before it in its
    clause, however long the object between them (up to ``_DATING_REACH`` words): the cue's own scope
    (``prev:4``, composition-en.toml) is kept for the events right before it, and the longer reach
    takes the nearest event only, never one with another event between it and the date, nor past a
    time clause or a gerund ("will resume sending weapons after pausing last week") (issue 8, h56)."""
    out: list[Signal] | None = None
    for ch, p in composition:
        if (p.ref != "background" or p.extra != "prev" or ch.start >= len(clauses)
                or _CALENDAR_UNITS.isdisjoint(norms[ch.start : ch.end])):
            continue  # "moments ago", "a few hours ago": the same news cycle, the cue's own scope only
        before = [k for k, h in enumerate(spans) if h.end <= ch.start and h.start < len(clauses)
                  and clauses[h.start] == clauses[ch.start]]
        if not before:
            continue
        k = max(before, key=lambda k: spans[k].end)
        s = signals[k]
        if s.counted <= 0 or ch.start - spans[k].end >= _DATING_REACH:
            continue
        if ch.start - spans[k].end > p.window and any(
                w in _DATING_STOPS or w.endswith("ing") for w in norms[spans[k].end : ch.start]):
            continue  # "will resume sending weapons after pausing last week": the date is another event's
        if out is None:
            out = list(signals)
        out[k] = replace(s, modality=HISTORICAL, counted=0.0, note="dated by a postposed date: background")
    return signals if out is None else out


def _old_years(norms: list[str], day: date | None) -> list[int]:
    """The positions of four-digit years at least two years before the article: they mark the sentence
    historical (``_dated_by_year`` says which of its events).

    After PETRARCH2's discard of sentences with year numbers (modality.toml rule
    year_before_publication).  Hijri years are not converted (documented limit).
    """
    if day is None:
        return []
    return [i for i, t in enumerate(norms) if _YEAR.match(t) and int(t) <= day.year - 2]


# a clause opened by a relative word describes a noun of another clause (English ledes: "the militia,
# which seized the port in 2019, …"); "since" before a year starts a period that lasts until today.
# Arabic, Persian and Hebrew relative clauses often stand without commas («جماعة أنصار الله التي
# سيطرت على صنعاء عام 2014», «گروهی که در سال ۲۰۱۴ … مسلط است», «ארגון שהוקם בשנת 2016»): there the
# opener starts the span the year dates (``_relative_span``); Russian ones («, который …», «,
# задержанного в …») are comma clauses like the English (stems: «котор», participles in -нн/-вш)
_RELATIVE_OPENERS = frozenset({"which", "who", "whose", "whom", "where", "котор", "אשר"})
_SINCE = frozenset({"since"})
# "since" words that must stand just before the year («منذ عام 2014», «מאז 2023», «с 2021 года»,
# «از سال ۲۰۱۴»), up to two words between («منذ مطلع عام 2014», «с начала 2014 года»)
_SINCE_NEAR = frozenset({"منذ", "מאז", "с", "со", "از"})
_INLINE_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي",
                               "اللاتي", "كه", "که", "אשר"})
# Hebrew ש- before a verb opens a relative clause («שהוקם», «שנעצר», «שהשתלט»): the derived stems
# (ה-, נ-) only, and not the words that start so («שני» Monday, «שנת» the year of)
_HE_REL_STEMS = ("שה", "שנ")
_HE_NOT_RELATIVE = frozenset({"שני", "שנת", "שנה", "שנים", "שנות", "שניים", "שנייה", "שנתיים", "שהם", "שהוא", "שהיא"})
# the finite verbs that end a Persian relative clause (its verb comes last: «که … مسلط است»)
_FA_CLAUSE_VERBS = frozenset({"كرد", "كردند", "كرده", "كند", "كنند", "شد", "شدند", "شده", "شود", "شوند", "است",
                              "اند", "بود", "بودند", "داد", "دادند", "داشت", "دارد", "هست", "نيست", "گرفت", "گرفتند"})


def _ru_participle(norm: str) -> bool:
    """A Russian participle stem that opens a participial clause («задержанн», «захвативш»)."""
    return norm.endswith(("нн", "вш", "вше"))


def _relative_span(y: int, norms: list[str], clauses: list[int]) -> tuple[int, int] | None:
    """The relative clause a year stands in when no comma opens it: from the nearest opener before the
    year in its clause (at most 10 words back) to the year (Arabic, Hebrew: the verb comes first) or,
    after Persian «که», to the verb that ends the clause."""
    c = clauses[y] if y < len(clauses) else 0
    for r in range(y - 1, max(-1, y - 11), -1):
        if r < len(clauses) and clauses[r] != c:
            return None
        w = norms[r]
        if w in _INLINE_RELATIVES or (w.startswith(_HE_REL_STEMS) and len(w) >= 5 and w not in _HE_NOT_RELATIVE):
            if w not in ("كه", "که"):
                return r, y
            end = y
            while end + 1 < len(norms) and (end + 1 >= len(clauses) or clauses[end + 1] == c):
                end += 1
                if norms[end] in _FA_CLAUSE_VERBS:
                    while end + 1 < len(norms) and norms[end + 1] in _FA_CLAUSE_VERBS:
                        end += 1
                    break
            return r, end
    return None


def _relative_apart(h: Hit, cue: Hit, clauses: list[int], norms: list[str]) -> bool:
    """Does the date ``cue`` stand in a relative clause ("…, which signed a pact two years ago, …") that
    ``h`` is outside of?  Such a clause dates only its own events (as a year does, ``_dated_by_year``)."""
    if cue.start >= len(clauses) or h.start >= len(clauses):
        return False
    c = clauses[cue.start]
    if clauses[h.start] == c:
        return False
    first = cue.start
    while first > 0 and clauses[first - 1] == c:
        first -= 1
    return norms[first] in _RELATIVE_OPENERS


def _dated_by_year(h: Hit, years: list[int], norms: list[str], clauses: list[int]) -> bool:
    """Does an old year of the sentence date the event at ``h``?  Not a year after "since" in its
    clause ("has controlled the port since 2019", "the largest call-up since the end of the war in
    2009", «منذ عام 2014», «מאז 2023», «с 2021 года»), nor, for an event outside it, a year in a
    relative clause ("Arnor's junta, which seized power in 2023, on Monday allowed …", «فرضت … عقوبات
    على جماعة أنصار الله التي سيطرت على صنعاء عام 2014»): the lede's main clause is today's news
    (issue 8, h54; other languages h60)."""
    for y in years:
        c = clauses[y] if y < len(clauses) else 0
        first = y
        while first > 0 and clauses[first - 1] == c:
            first -= 1
        if any(norms[k] in _SINCE for k in range(first, y)):
            continue
        if any(norms[k] in _SINCE_NEAR for k in range(max(first, y - 3), y)):
            continue
        hc = clauses[h.start] if h.start < len(clauses) else c
        opener = norms[first]
        if hc != c and (opener in _RELATIVE_OPENERS or opener.startswith("котор") or _ru_participle(opener)
                        or (first + 1 < y and norms[first + 1].startswith("котор"))):
            continue
        span = _relative_span(y, norms, clauses)
        if span is not None and not span[0] <= h.start <= span[1]:
            continue
        return True
    return False


# Arabic entries whose word, with the article, names a thing already there rather than an act
# reported: «المدينة المحاصرة», «الفاشر المحاصرة» (the besieged city), «الرهائن المحتجزين» (the
# hostages held), «المعارض المتهم بالتآمر» (the accused), «المنطقة العازلة» (the buffer zone) are
# labels, as "besieged"/"occupied" before a place noun in English (h54); the indefinite or verbal forms
# («حاصرت القوات المدينة», «محاصرة المدينة», «احتجاز رهائن», «أقامت منطقة عازلة») stay acts (h60)
_AR_DEFINITE_LABELS: dict[str, tuple[tuple[str, ...], bool, tuple[str, ...]]] = {
    # entry -> (word stems after the article (normalised: ئ -> ي, ة -> ه), the word must follow another
    # word (an attribute), the verbs that still make it an act when one of the three words before starts
    # so: «احتجز مسلحون عشرات الرهائن»)
    "ar.sanction.siege": (("محاصر",), True, ()),
    "ar.attack.hostage_taking": (("رهاين", "رهينه"), False, ("احتجز", "اختطف", "خطف", "اخذ", "اسر", "يحتجز", "تحتجز")),
    "ar.accusation.accuse": (("متهم",), True, ()),
    "ar.attack.occupation": (("منطقه", "حزام"), False, ("اقام", "اقامه", "انشا", "انشاء", "تقيم", "يقيم", "تنشي", "فرض")),
    # «أعلن الوسيط الأفريقي أن الطرفين وافقا …»: the mediator named by his office, the news is what he
    # reports (h80); «قامت بدور الوسيط», «تلعب دور الوسيط» still mediate
    "ar.mediation.mediate": (("وسيط",), False, ("قام", "قامت", "يقوم", "تقوم", "دور", "بدور", "لعب", "تلعب", "يلعب")),
}
_AR_ARTICLE_CHAINS = ("ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل")
_AR_ACCUSE_ENTRY = "ar.accusation.accuse"


class _Label(NamedTuple):
    """A word that names a place or people already there rather than an act (``_LABELS``)."""

    first: tuple[str, ...]  # the hit's first word starts so ("осажденн", "буферн") or, with ``prev``, the word before it
    acts: tuple[str, ...] = ()  # a word within ``reach`` before starting so makes it an act again («о создании буферной зоны»)
    after: int = 0  # also look this many words after the hit for ``acts`` (Persian puts the verb last)
    prev: bool = False  # ``first`` is the word before the hit («лагерь беженцев», «اردوگاه پناهجویان»)
    definite: bool = False  # Hebrew: the hit's last word carries the article («אזור החיץ», not «אזור חיץ»)
    not_as: tuple[str, ...] = ()  # the hit's first word written so is an act («כבני ערובה»: as hostages)
    determiner: tuple[str, ...] = ()  # English: the word before the hit is one of these (attributive position)
    reach: int = 3  # how many words before the hit ``acts`` are looked for


# Labels in English, Russian, Hebrew and Persian, as the Arabic definite labels of h60
# (``_AR_DEFINITE_LABELS``): the attributive participle «осажденный город», «в осажденном Пеларгире»,
# "the besieged Linhir", "in besieged Karda"; the buffer zone named as a place («в буферной зоне», «באזור
# החיץ», «در منطقه حائل»); a refugee camp as a destination («в лагерь беженцев», «به اردوگاه پناهجویان»);
# «בני הערובה» as the hostages already held («גורל בני הערובה», «חילופי בני ערובה»).  Today's acts keep
# their verb or predicative form: «армия осадила город», «город осажден», «о создании буферной зоны»,
# «הרחיב את אזור החיץ», «ایجاد منطقه حائل», «לקחו … כבני ערובה», "troops besieged the city" (issue 8, h86)
_RU_ZONE_ACTS = ("созда", "расшир", "установ", "устро", "обустро", "организ", "сформир", "формир", "ввел",
                 "ввели", "ввод", "введ", "заня", "захват", "объяв")
_LABELS: dict[str, _Label] = {
    "en.sanction.siege": _Label(("besieged", "encircled"), determiner=("the", "a", "in", "into", "of", "to", "from", "for", "inside", "near", "around", "besieged")),
    "ru.sanction.siege": _Label(("осажденн",)),
    "ru.attack.occupation": _Label(("буферн", "зон"), _RU_ZONE_ACTS),
    "ru.casualties.displaced": _Label(("лагер",), prev=True),
    "he.attack.occupation": _Label(("אזור", "באזור", "לאזור", "מאזור", "ואזור", "שאזור", "רצועת", "ברצועת"),
                                   ("הקמ", "הקי", "יקים", "תקים", "הרחיב", "הרחב", "ירחיב", "קבע", "יצר", "ליצור",
                                    "כבש", "השתלט", "הכריז"), definite=True),
    "he.attack.hostage_taking": _Label(("בני", "ובני", "לבני", "מבני", "שבני", "בבני"),
                                       ("לקח", "נלקח", "חטפ", "לקיחת", "תפס", "נתפס", "לוקח",
                                        # a release keeps the hit: the reversive reading makes it the release
                                        "שחרר", "ישחרר", "תשחרר", "שוחרר", "שחרור", "שיחרר", "הוחזר", "החזיר", "החזרת",
                                        # held as a predicate: «בני ערובה מוחזקים בידי המורדים» (not the
                                        # attribute «בני הערובה המוחזקים», which keeps its article)
                                        "מוחזק", "הוחזק", "מחזיק", "החזיק"),
                                       not_as=("כבני",), reach=5, after=2),
    # «سرزمین های اشغالی» (the occupied territories) written with a space, which the entry's
    # «سرزمین‌های اشغالی» guard misses: the adjective «اشغالی» is a label wherever it stands
    "fa.attack.occupation": _Label(("منطقه", "کمربند", "اشغالی"), ("ایجاد", "گسترش", "تشکیل", "برقرار", "توسعه", "احداث",
                                                        "تصرف", "اشغال"), after=5),
    "fa.casualties.displaced": _Label(("اردوگاه", "کمپ"), prev=True),
    # the mediator named by his office («Посредник из Катара призвал …», «میانجی قطری از دو طرف خواست …»,
    # «המתווך הקטארי קרא …»): the news is what he says or does, as the Arabic «الوسيط» (h80).  Acting as
    # mediator stays mediation: «выступил посредником», «в роли посредника», «نقش میانجی را ایفا کرد»,
    # «به عنوان میانجی», «שימש כמתווך», «תפקיד המתווך», the abstract «посредничество», «میانجیگری» (issue 8, h87)
    "ru.mediation.mediate": _Label(("посредник",), ("выступ", "роль", "роли", "стал", "стать", "станет", "являет",
                                                   "качеств", "услуг", "быть", "будет",
                                                   # the mediator conveying a proposal or message mediates
                                                   # («Катарские посредники передали ХАМАС новые предложения»)
                                                   "переда", "доставил"),
                                   after=3, not_as=("посредником", "посредниками")),
    "fa.mediation.mediate": _Label(("میانجی",), ("نقش", "عنوان", "بعنوان", "ایفا", "شد", "شود", "شوند", "شده",
                                                "پیام", "انتقال", "منتقل"),
                                   after=2, not_as=("میانجیگری", "میانجی\u200cگری", "میانجی گری")),
    "he.mediation.mediator": _Label(("המתווכ", "המתווך", "והמתווכ", "והמתווך", "שהמתווכ", "שהמתווך", "כשהמתווכ",
                                     "כשהמתווך"), ("תפקיד", "שימש", "שימשה", "ישמש", "תשמש", "משמש", "באמצעות",
                                                                    "העביר", "מעביר", "יעביר"), after=2),
}


def _label_form(text: str) -> str:
    return normalise_token(text) if char_script(text[:1]) in (ARABIC, HEBREW) else text.lower().replace("ё", "е")


def _standing_label(toks: list[Token], h: Hit, rule: _Label) -> bool:
    """The hit names a place or people already there (``_LABELS``), no act reported."""
    if rule.prev:
        words = [_label_form(toks[h.start].text)] + ([_label_form(toks[h.start - 1].text)] if h.start else [])
        if not any(w.startswith(tuple(_label_form(f) for f in rule.first)) for w in words):
            return False
    else:
        w = _label_form(toks[h.start].text)
        if not w.startswith(tuple(_label_form(f) for f in rule.first)):
            return False
        if rule.not_as and w.startswith(tuple(_label_form(f) for f in rule.not_as)):
            return False
    if rule.determiner and (h.start == 0 or toks[h.start - 1].text.lower() not in rule.determiner) and not (
            h.start == 0 and h.end < len(toks) and toks[h.end].text[:1].isupper()):
        # "the besieged city", "in besieged Karda"; at the start only before a name: "Besieged Gaza has …"
        return False
    if rule.definite and not _label_form(toks[h.end - 1].text).startswith(_label_form("ה")):
        return False
    if rule.acts:
        acts = tuple(_label_form(a) for a in rule.acts)
        near = toks[max(0, h.start - rule.reach) : h.start] + toks[h.end : h.end + rule.after]
        if any(_label_form(t.text).startswith(acts) for t in near):
            return False
    return True


# the coordinated verb that reports what a meeting reached: «التقى رئيسا أرنور وغوندور … واتفقا على …»
_AR_DEAL_AFTER_MEETING = ("واتفق", "ووقع", "وتوصل", "ووافق")


# Arabic «كان» forms before an imperfect verb (past progressive, «كانت تحتجزهم») and the nouns of the people
# a release names (_ar_released_held, h91)
_AR_WAS = frozenset(normalise_token(w) for w in ("كان", "كانت", "كانوا", "كانتا", "كانا"))
_AR_HOSTAGE_NOUNS = frozenset(normalise_token(w) for w in ("رهينة", "رهائن", "الرهائن", "الرهينة", "رهينتين"))
_AR_HELD_NOTE = "the people released and who held them: no new act"


def _ar_released_held(signals: list[Signal], spans: list[Hit], toks: list[Token]) -> list[Signal]:
    """After a release, the people freed and how they were held describe them: «أفرجت جبهة … عن 12
    رهينة كانت تحتجزهم منذ أشهر», «أطلق … سراح 40 أسيرا كان يحتجزهم». A hostage-taking keyed on the
    bare hostage noun and a holding verb in the past progressive («كان/كانت» + imperfect; Ryding, A
    Reference Grammar of Modern Standard Arabic, ch. 34) are the state the release ends, no new
    abduction or detention (h91, Arabic leftovers)."""
    out: list[Signal] | None = None
    released = False
    for k, (sig, h) in enumerate(zip(signals, spans, strict=True)):
        if sig.counted > 0 and sig.plover_type == "RETREAT" and sig.category == "release":
            released = True
            continue
        if not released or sig.counted <= 0 or sig.plover_type not in ("ASSAULT", "COERCE"):
            continue
        first = normalise_token(toks[h.start].text)
        held = (sig.entry == "ar.attack.hostage_taking" and h.length == 1 and first in _AR_HOSTAGE_NOUNS) or (
            sig.plover_type == "COERCE" and h.start > 0 and normalise_token(toks[h.start - 1].text) in _AR_WAS
            and first[:1] in ("ت", "ي"))
        if held:
            if out is None:
                out = list(signals)
            out[k] = replace(sig, modality=HISTORICAL, counted=0.0, note=_AR_HELD_NOTE)
    return signals if out is None else out


# the Arabic entries whose object is a decision or resolution named after them (_ar_voted_or_reversed, h91)
_AR_VOTES = frozenset({"ar.support.vote_for", "ar.rejection.vote_against"})
_AR_REVERSALS = frozenset({"ar.concession.back_down", "ar.concession.reverse_decision"})
_AR_REVERSAL_REACH = 4
_AR_VOTED_NOTE = "content of the resolution voted on: no new act"
_AR_REVERSED_NOTE = "the decision reversed: no new act"


def _ar_voted_or_reversed(signals: list[Signal], spans: list[Hit]) -> list[Signal]:
    """What a vote is on and what a reversal takes back are no acts of the day: «صوتت 120 دولة لصالح قرار
    يدعو إلى وقف فوري لإطلاق النار» (the resolution's call is its content, the vote is the act), «تراجعت
    الحكومة عن قرارها حظر الأحزاب» (the ban is what is reversed). After a vote every appeal or demand of
    the sentence is the resolution's; after a reversal a coercive act or sanction within a few words is
    its object (h91, Arabic leftovers)."""
    out: list[Signal] | None = None
    vote_at = -1
    for k, (sig, h) in enumerate(zip(signals, spans, strict=True)):
        if sig.counted > 0 and sig.entry in _AR_VOTES and vote_at < 0:
            vote_at = h.start
            continue
        if sig.counted <= 0 or k == 0:
            continue
        note = None
        if vote_at >= 0 and h.start > vote_at and sig.plover_type == "REQUEST":
            note = _AR_VOTED_NOTE
        elif sig.plover_type in ("COERCE", "SANCTION") and any(
                p.counted > 0 and p.entry in _AR_REVERSALS and 0 < h.start - ph.end + 1 <= _AR_REVERSAL_REACH
                for p, ph in zip(signals[:k], spans[:k], strict=True)):
            note = _AR_REVERSED_NOTE
        if note is not None:
            if out is None:
                out = list(signals)
            out[k] = replace(sig, modality=HISTORICAL, counted=0.0, note=note)
    return signals if out is None else out


def _ar_meeting_then_deal(signals: list[Signal], spans: list[Hit], toks: list[Token]) -> tuple[list[Signal], list[Hit]]:
    """A meeting verb and an agreement verb coordinated with it, sharing its subject: «التقى رئيسا أرنور
    وغوندور في أديس أبابا واتفقا على وقف فوري لإطلاق النار».  The agreement is the news (CAMEO 057/08
    rather than 04), the meeting its setting (h80, Arabic ledes pass 3; the h57 rule «في ختام اجتماع» is
    the same reading of a meeting named by a noun): the agreement moves before the meeting."""
    for k, (sig, h) in enumerate(zip(signals, spans, strict=True)):
        if not (sig.plover_type == "AGREE" and sig.counted > 0
                and normalise_token(toks[h.start].text).startswith(_AR_DEAL_AFTER_MEETING)):
            continue
        j = next((i for i in range(k) if signals[i].plover_type == "CONSULT"), None)
        if j is None:
            return signals, spans
        order = [*range(j), k, *(i for i in range(j, len(signals)) if i != k)]
        out = [signals[i] for i in order]
        out[j + 1] = replace(out[j + 1], note=(out[j + 1].note + "; " if out[j + 1].note else "") + "setting of the agreement")
        return out, [spans[i] for i in order]
    return signals, spans


def _ar_accused_attribute(sentence: str, toks: list[Token], h: Hit) -> bool:
    """The indefinite participle «متهم/متهمين/متهما/متهمة» right after the noun it describes, with
    «بـ» next and no object between: «سلمت … خمسة مطلوبين متهمين بالانتماء إلى …», «اعتقلت … صحفيا
    متهما بنشر …» describe people already named (h80, Arabic ledes pass 3).  The circumstantial
    accusation keeps its object or follows a comma: «، متهمة الحكومة بعدم الجدية», «متهمة إياها بـ»."""
    if h.end - h.start != 1 or h.start == 0 or h.end >= len(toks):
        return False
    w = normalise_token(toks[h.start].text)
    if not w.startswith("متهم") or not toks[h.end].text.startswith("ب"):
        return False
    between = sentence[toks[h.start - 1].end : toks[h.start].start]
    prev = toks[h.start - 1].text
    return not any(c in between or prev.endswith(c) for c in ("،", ",", '"', "«"))


def _ar_definite_label(toks: list[Token], h: Hit, rule: tuple[tuple[str, ...], bool, tuple[str, ...]]) -> bool:
    """The hit's first word is one of ``rule``'s stems with the definite article (``_AR_DEFINITE_LABELS``)."""
    stems, attribute, verbs = rule
    if attribute and (h.start == 0 or h.end - h.start != 1):
        return False
    w = normalise_token(toks[h.start].text)
    if not any(w.startswith(a) and w[len(a):].startswith(stems) for a in _AR_ARTICLE_CHAINS):
        return False
    before = (normalise_token(t.text) for t in toks[max(0, h.start - 3) : h.start])
    return not (verbs and any(b.lstrip("وف").startswith(verbs) for b in before))


def _participle(word: str, language: str | None) -> bool:
    """Circumstantial participles continue the main verb's claim: «مؤكداً», «مشيراً», "adding"."""
    if language == "ar":
        w = normalise_token(word)
        return len(w) >= 4 and w.startswith("م") and w.endswith("ا")
    if language in ("en", None):
        return word.lower().endswith("ing")
    if language == "ru":
        return word.lower().endswith(("в", "я", "вшись"))
    return False


def _capitalised(name: str) -> bool:
    return bool(name) and name[0].isupper() and char_script(name[0]) in (LATIN, CYRILLIC)


def _acronym(name: str) -> bool:
    bare = name.replace(".", "").replace("-", "")
    return bare.isascii() and bare.isalpha() and bare.isupper() and 2 <= len(bare) <= 5


class _Terms(NamedTuple):
    """Proximity terms (GPR-style): single words and phrases, with clitic variants.

    Phrases are indexed by their first word: a window is scanned once, and only
    phrases starting with a word in it are compared (the clitic variants made a
    linear scan of every phrase the analyser's hot spot).
    """

    words: frozenset[str]
    phrases: dict[str, tuple[tuple[str, ...], ...]]

    def __bool__(self) -> bool:
        return bool(self.words or self.phrases)


def _context_terms(terms: Sequence[str], keyer: Keyer | None = None, lang: str | None = None) -> _Terms:
    words: set[str] = set()
    by_first: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for t in terms:
        for v in _variants(t, proper_name=False, keyer=keyer, lang=lang):
            if len(v) == 1:
                words.add(v[0])
            else:
                by_first[v[0]].add(v)
    return _Terms(frozenset(words), {k: tuple(sorted(v)) for k, v in by_first.items()})


def _rule_term(keys: list[str], lo: int, h: Hit, hi: int, terms: _Terms, *, inside: bool = False) -> bool:
    """A proximity rule's term around a hit: single words beside it, phrases that may overlap it.

    An ``unless_near`` word equal to the hit's own lemma must not veto it (Hebrew
    «התקף» "heart attack" keys as «תקף» "attacked"); a ``near`` word may be part
    of the hit ("sent troops" needs "troops", ``inside``).  A phrase may take the
    hit in ("hit song", "bomb threat") but not be the hit alone.
    """
    if terms.words and not terms.words.isdisjoint(keys[lo:hi] if inside else keys[lo : h.start] + keys[h.end : hi]):
        return True
    if not terms.phrases or terms.phrases.keys().isdisjoint(keys[lo:hi]):
        return False  # (in C) no word of the window starts a phrase
    for i in range(lo, hi):
        for ph in terms.phrases.get(keys[i], ()):
            j = i + len(ph)
            if j <= hi and tuple(keys[i:j]) == ph and not (i >= h.start and j <= h.end):
                return True
    return False


def _has_term(window: list[str], terms: _Terms) -> bool:
    if terms.words and not terms.words.isdisjoint(window):
        return True
    if not terms.phrases or terms.phrases.keys().isdisjoint(window):
        return False  # (in C) no word of the window starts a phrase
    for i, tok in enumerate(window):
        for ph in terms.phrases.get(tok, ()):
            if tuple(window[i : i + len(ph)]) == ph:
                return True
    return False


# exclusions.toml's scope for disasters and accidents ("9 dead in care home fire", «غرق 12 مهاجرا»):
# the casualty words of their sentence are the toll of the disaster, not of an attack
TOLL_SCOPE = "casualties"
_AR_SABIQAN = normalise_token("سابقا")
# exclusions.toml's scope for crime news (issue 8, h73): the gold and both event-coding standards
# (CAMEO 173 arrest, detain or charge with legal action; PLOVER COERCE arrest/detain) code an arrest,
# charge, conviction or sentence by the authorities whatever the offence, and an extradition between
# states as COERCE / COOPERATE; the crime itself (a mafia killing, a robbery) stays no event. In a
# sentence with a crime word only these signals are read.
CRIME_SCOPE = "crime"
_CRIME_KEPT_TYPES = frozenset({"COERCE"})
_CRIME_KEPT_ENTRIES = frozenset({
    "en.cooperation.judicial", "en.cooperation.hand_over_suspects", "ar.cooperation.judicial",
    "ar.cooperation.hand_over_wanted", "fa.cooperation.judicial", "he.cooperation.judicial",
    "ru.cooperation.judicial", "ru.cooperation.extradite", "ru.cooperation.hand_over"})
_TOLL_NOTE = "the toll of a disaster or an accident named in the sentence, not of an attack"


def _disaster_toll(signals: list[Signal]) -> list[Signal]:
    """Casualty signals of a sentence that names a disaster or an accident (a flood, an earthquake,
    a crash, a fire that broke out), counted 0 unless the sentence also reports an attack ("a drone
    attack caused a fire; two dead").  GPR removes such articles by its exclusion words and PLOVER
    codes no event without an actor that acts (PLOVER codebook 2021: events are actions of one actor
    on another); a flood's dead are neither.  Kept with a note and counted 0, so that the reading
    still shows them."""
    if not any(s.category == "casualties" and s.counted > 0 for s in signals):
        return signals
    if any(s.category == "attack" and s.counted > 0 for s in signals):
        return signals
    return [replace(s, counted=0.0, note=(s.note + "; " if s.note else "") + _TOLL_NOTE)
            if s.category == "casualties" and s.counted > 0 else s for s in signals]


class _Sorted(NamedTuple):
    entities: list[tuple[Hit, list[_P]]]
    signals: list[tuple[Hit, _P]]
    cues: list[tuple[Hit, _P]]
    verbs: list[tuple[Hit, _P]]
    excl_sentence: bool
    excl_article: bool
    titles: list[tuple[Hit, _P]]
    # a disaster or accident named in the sentence (exclusions.toml, scope "casualties"): its
    # deaths and injuries are no attack unless the sentence reports one
    excl_toll: bool = False
    # a crime word in the sentence (exclusions.toml, scope "crime"): only the state's legal action
    # on a suspect is read (arrest, charge, sentence, extradition); the crime itself is no event
    excl_crime: bool = False


def _sort_hits(hits: list[Hit], language: str | None) -> _Sorted:
    """One pass over a sentence's hits: payloads by kind, filtered by language."""
    entities: list[tuple[Hit, list[_P]]] = []
    signals: list[tuple[Hit, _P]] = []
    cues: list[tuple[Hit, _P]] = []
    verbs: list[tuple[Hit, _P]] = []
    titles: list[tuple[Hit, _P]] = []
    excl_s = excl_a = excl_t = excl_c = False
    excl: list[tuple[Hit, str]] = []  # exclusion hits and their scope
    not_excl: list[Hit] = []  # the exclusions' exceptions («نادي الأسير»)
    # _entity_ok and _lang_ok (their docstrings say why) written out: two calls per payload were
    # ~1.5 % of a reading
    arabic_script = language in _ARABIC_SCRIPT_LANGS
    for h in hits:
        ent: list[_P] = []
        sig: _P | None = None
        for p in h.payloads:
            k = p.kind
            plang = p.lang
            if k in _ENTITY_KINDS:
                if not (arabic_script and plang in _ARABIC_SCRIPT_LANGS and plang != language):
                    ent.append(p)
            elif plang is not None and language is not None and plang != language:
                continue
            elif k == "signal":
                sig = sig or p
            elif k == "cue":
                cues.append((h, p))
            elif k in ("verb", "attrib"):
                verbs.append((h, p))
            elif k == "title":
                titles.append((h, p))
            elif k == "excl":
                excl.append((h, p.extra or "sentence"))
            elif k == "exclnot":
                not_excl.append(h)
        if ent:
            entities.append((h, ent))
        if sig is not None:
            signals.append((h, sig))
    for h, scope in excl:
        if any(n.start <= h.start and h.end <= n.end for n in not_excl):
            continue  # a term inside an exception phrase: «نادي» in «نادي الأسير»
        if scope == "article":
            excl_a = True
        elif scope == TOLL_SCOPE:
            excl_t = True
        elif scope == CRIME_SCOPE:
            excl_c = True
        else:
            excl_s = True
    if cues and any(p.ref == "nonnegation" for _, p in cues):
        # «не только», «не менее», "not only": the negation word starts a phrase that negates nothing
        spans = [(h.start, h.end) for h, p in cues if p.ref == "nonnegation"]
        cues = [(h, p) for h, p in cues if p.ref != "nonnegation"
                and not (p.ref == "negation" and any(a <= h.start < b for a, b in spans))]
    return _Sorted(entities, signals, cues, verbs, excl_s, excl_a, titles, excl_t, excl_c)


# How far after a request ("called on X to …", «призвал … к») its object may stand.
_REQUEST_REACH = 6
# Verb-subject-object Arabic puts the subject between a request verb and what it asks for
# («وحث الرئيس الأمريكي دونالد ترامب القوات الإيرانية على إلقاء أسلحتها»): a longer reach.
_REQUEST_REACH_VSO = 10


# Words that introduce the topic of a contact, not a party to it ("Trump spoke with
# Kurdish leaders about the war in Iran"): entities after them are what was discussed.
_TOPIC_WORDS = frozenset(normalise_token(w) for w in (  # compared with normalised tokens
    "about", "on", "over", "regarding", "concerning", "بشأن", "حول", "عن", "درباره", "پیرامون", "על", "בנושא",
    "о", "об", "относительно", "насчёт",
    # the one the parties stand against is no party to their contact: "support the US in an operation
    # against Iran", «حملات علیه ایران را هماهنگ کردند» (H15)
    "against", "ضد", "علیه", "против", "נגד",
    # Russian puts what was discussed in the accusative right after «обсудить с X»: a topic noun
    # ends the parties («обсудил с главой МИД ОАЭ ситуацию с Ираном», «обсудит с Трампом конфликт
    # вокруг Ирана»); the one-ending strip folds the cases of each onto one norm
    "вокруг", "ситуация", "ситуацию", "обстановку", "положение", "конфликт", "эскалацию", "кризис",
    "тему", "вопрос", "вопросы", "повестку", "перспективы",
    # «по» after the contact names its subject, not a party: «обменялись разведданными по Ирану»,
    # «консультации по Украине», «координируют удары по Ирану» (issue 8, dev6, h25); a party after
    # the contact stands in the instrumental with «с» («переговоры с Ираном»)
    "по"))


# The venue of a contact is no party to it (issue 8 §4, H15): a place introduced by a locative
# preposition — "talks in Muscat", «محادثات في مسقط», «مذاکرات در مسقط», «переговоры в Маскате»,
# «שיחות במוסקט» — names where the parties met, not one of them (a capital is read as its state, so
# Muscat would otherwise add Oman). Only "in/at" prepositions: "to", «إلى», «به», «ל» mark the host
# of a visit, who is a party. Arabic بـ is left out: it also marks the person met or called («يلتقي
# بنظيره», «اتصل بـ», Ryding §16.3.2). Between the preposition and the name may stand an article or
# a word for the capital or city ("in the Omani capital Muscat", «في العاصمة العمانية مسقط»).
_VENUE_PREPS: dict[str, frozenset[str]] = {lang: frozenset(normalise_token(w) for w in words) for lang, words in {
    "en": ("in", "at"),
    "ar": ("في", "وفي"),
    "fa": ("در",),
    "ru": ("в", "во"),
}.items()}
_VENUE_FILLERS = frozenset(normalise_token(w) for w in (
    "the", "capital", "city", "العاصمة", "مدينة", "پایتخت", "شهر", "столице", "городе", "בירה", "העיר"))
# Russian в governs the prepositional case for a place (в Маскате, в Турции) and the accusative for
# a direction (визит в Иран, в Турцию: the host, a party); the norms strip the ending, so the written
# word's last letter tells them apart (the prepositional singular of place names ends in -е or -и).
# Indeclinable names (США, ОАЭ) stay parties: the case cannot be read.
_RU_LOCATIVE_ENDINGS = ("е", "и", "ё")
# Hebrew writes the preposition on the name («במוסקט», «בעומאן»); ב also marks the object of
# support and of trust («תמיכה באוקראינה», Glinert §7), so it marks a venue of talks (CONSULT) only
_HE_VENUE_CLITICS = ("ב", "וב")


# Words that open a clause of time or circumstance (_contact_parties); coordinating conjunctions and
# "that"/"says" are left out: they join the parties ("Iran and the US") or the speaker to them
_SUBORDINATORS = frozenset(normalise_token(w) for w in (
    "as", "while", "when", "amid", "after", "since", "until", "بينما", "فيما", "حين", "عندما", "بعد",
    "وقتی", "כאשר", "בזמן", "לאחר", "אחרי", "когда", "пока", "после"))


def _is_venue(e: _Ent, toks: list[Token], norms: list[str], language: str | None, contact_type: str) -> bool:
    """Whether the entity is the place of a contact ("talks in Muscat"), not one of its parties."""
    if language == "he":
        return contact_type == "CONSULT" and e.kind == "region" and e.prep and toks[e.start].text.startswith(_HE_VENUE_CLITICS)
    preps = _VENUE_PREPS.get(language or "")
    if not preps:
        return False
    if language == "ru" and not toks[e.start].text.lower().endswith(_RU_LOCATIVE_ENDINGS):
        return False
    k = e.start - 1
    while k >= 0 and k >= e.start - 3 and norms[k] in _VENUE_FILLERS:
        k -= 1
    return k >= 0 and norms[k] in preps


def _contact_parties(signals: list[Signal], spans: list[Hit], ents: list[_Ent], clauses: list[int],
                     norms: list[str], toks: list[Token] | None = None, language: str | None = None) -> list[_Ent]:
    """The parties to a contact: entities of its clause, up to the word that introduces its topic,
    without its venue (a place after a locative preposition)."""
    idx = [i for i, s in enumerate(signals) if s.plover_type in CONTACT]
    if not idx:
        return ents
    clauses = clauses or [0] * len(norms)  # not computed: one clause
    h = spans[idx[0]]
    clause = clauses[h.start]
    stop = next((k for k in range(h.end, len(norms)) if norms[k] in _TOPIC_WORDS and clauses[k] == clause), len(norms))
    # a subordinating word opens another event's clause: "Israel strikes Gaza as talks stall" — the
    # parties of the strike are not those of the talks, nor "after the strikes on Doha" those of a call
    stop = next((k for k in range(h.end, stop) if norms[k] in _SUBORDINATORS), stop)
    start = next((k + 1 for k in range(h.start - 1, -1, -1) if norms[k] in _SUBORDINATORS and clauses[k] == clause), 0)
    contact_type = signals[idx[0]].plover_type
    # Russian «по» names the subject, but a party may follow it with «с» («переговоры по
    # экономическому треку с США»): such a party still counts unless another topic word stands
    # between («консультации по ситуации с Ираном»)
    rescued: set[int] = set()
    if language == "ru" and stop < len(norms) and norms[stop] == _RU_PO:
        for i, e in enumerate(ents):
            if (stop < e.start < len(clauses) and clauses[e.start] == clause and norms[e.start - 1] in _RU_WITH
                    and not any(norms[k] in _TOPIC_WORDS for k in range(stop + 1, e.start))):
                rescued.add(i)
    # an English name right before the contact noun modifies it ("progress in US nuclear talks"): a
    # party (ar, fa and he put such modifiers after the noun, and Persian puts the venue before the verb)
    return [e for i, e in enumerate(ents) if e.start < len(clauses) and clauses[e.start] == clause
            and (start <= e.start < stop or i in rescued)
            and not (toks is not None and not (language == "en" and e.end <= h.start <= e.end + 2)
                     and _is_venue(e, toks, norms, language, contact_type))]


_RU_PO = normalise_token("по")
_RU_WITH = frozenset(normalise_token(w) for w in ("с", "со"))

_VERBAL_REACTIONS = frozenset({"ACCUSE", "PROTEST", "REJECT", "REQUEST"})
# the cooperative mirror: an explainer takes away agreements, talks, aid and retreats it is about ("Q&A:
# what the truce means", "Which countries have sent weapons?"), but an appeal or praise only in a
# question or a poll (h42)
_VERBAL_COOPERATION = frozenset({"REQUEST", "SUPPORT"})

# English threat nouns that a rejection or defiance verb takes as its object ("rejects the
# ultimatum", "shrugs off threats"): the threat is what is rejected (issue 8 dev6, h23)
_EN_THREAT_NOUNS = frozenset({"threat", "threats", "ultimatum", "ultimatums", "warning", "warnings", "deadline"})
# English accusation nouns a rejection verb takes as its object ("rejects the accusations"; h42)
_EN_CHARGE_NOUNS = frozenset({"accusation", "accusations", "allegation", "allegations", "charge", "charges"})
# the nouns of an accusation that a rejection may take as its object, per language (h42, Hebrew h51:
# «דחתה את האשמות ארנור», «דוחה את הטענות»)
_CHARGE_NOUNS: dict[str, frozenset[str]] = {
    "en": _EN_CHARGE_NOUNS,
    "he": frozenset({"האשמות", "ההאשמות", "האשמה", "ההאשמה", "האשמת", "טענות", "הטענות", "טענת", "האשמותיה",
                     "האשמותיו", "טענותיה", "טענותיו"}),
}
# "against" heads an opposition cue that opposes, it rejects no accusation ("protest against the charges")
_AGAINST = frozenset({"against", "נגד", "ונגד"})


def _charge_content(norms: Sequence[str], start: int, lang: str) -> bool:
    """A signal within three words after an accusation noun is what the accusation names ("accusations
    of war crimes"; «האשמות ארנור בביצוע פשעי מלחמה», where the accuser's name may stand between)."""
    if lang == "en":
        return any(norms[k] == "of" and norms[k - 1] in _EN_CHARGE_NOUNS for k in range(max(1, start - 3), start))
    return any(norms[k] in _CHARGE_NOUNS[lang] for k in range(max(0, start - 4), start))

# English verb forms of "blast" read as verbal criticism between named parties ("China blasts US over
# …", "Trump blasts Zelensky"), not an explosion (issue 8 dev6, h23)
_EN_BLAST_VERBS = frozenset({"blasts", "blasted", "blasting"})
_EN_DETERMINERS = frozenset({"the", "his", "her", "their", "its", "a", "an"})


def _question_or_poll(sentence: str, toks: list[Token]) -> bool:
    """A headline that asks (ends with "?") or reports an opinion poll ("Poll: …", "… poll finds")."""
    if sentence.rstrip().endswith("?"):
        return True
    norms = {t.norm for t in toks}
    # «… – опрос», «показал опрос», «Опрос: …» (issue 8 dev9, h55)
    return bool(norms & {"poll", "polls", "survey", "опрос", "опроса", "опросе", "соцопрос", "соцопроса"})

# the preposition of the topic in "speaker על topic: quote" headlines (_event_arguments)
_HE_TOPIC_PREPS = frozenset({"על", "ועל"})
# _he_verbal_objects: venues where one attacks in words (a council or assembly, a speech, an
# interview, a post, parliament), the entries of the Hebrew verb of attack, and the actor types
# that strike people
_HE_SPEECH_VENUES = frozenset({"במועצת", "בעצרת", "בנאום", "בראיון", "בפוסט", "בציוץ", "בכנסת", "במליאה"})
_HE_ATTACK_VERB = frozenset({"he.attack.attack_generic", "he.attack.attack_present"})
_FORCES = frozenset({"military", "armed_group", "security_service"})

# Event types whose nouns are often only an argument of another event (_event_arguments):
# attacks, wars and weapons, threats and tensions
_ARGUMENT_TYPES = frozenset({"ASSAULT", "THREATEN"})
# and the cooperative nouns (issue 8 §3, H8): agreements (ceasefire, truce, deal, plan), talks and
# mediation, of the types whose false positives they made (AGREE, CONSULT); SUPPORT, COOPERATE and
# RETREAT are the verbs that take them as objects
_COOPERATIVE_TYPES = frozenset({"AGREE", "CONSULT"})
_COOPERATIVE_CATEGORIES = frozenset({"agreement", "talks", "mediation"})
# a cooperative noun this many words after a head of another type (before it in Persian) is its
# direct object: "welcome Trump's Gaza peace plan", «يبحثان هاتفيا جهود وقف إطلاق النار»
_OBJECT_REACH = 4
# words that open a new clause between a head and a noun after it: the noun is then the subject of
# that clause, not the head's object ("Israel strikes Gaza as talks stall", «بينما», «когда»)
_CLAUSE_LINKS: dict[str, frozenset[str]] = {lang: frozenset(normalise_token(w) for w in words) for lang, words in {
    "en": ("as", "while", "when", "and", "but", "or", "after", "since", "until", "amid", "says", "said", "say"),
    "ar": ("و", "بينما", "فيما", "حين", "عندما", "بعد", "أو"),
    "fa": ("و", "که", "تا", "وقتی", "یا", "اما"),
    "he": ("כאשר", "בזמן", "אך", "אבל", "או", "ש", "לאחר", "אחרי"),
    "ru": ("и", "а", "но", "или", "когда", "пока", "как", "после", "что"),
}.items()}
# argument cues that are also an infinitive marker (never governing a cooperative entry)
_INFINITIVE_MARKERS = frozenset({("to",)})
# nouns of purpose and verbs of attempting before an infinitive ("in a bid to quell unrest", "in order to",
# "protesters try to storm"): the act after them is a purpose or an attempt, not a vowed act (h71)
_EN_PURPOSE_HEADS = frozenset({"bid", "bids", "effort", "efforts", "attempt", "attempts", "order", "move", "push",
                               "drive", "campaign", "plan", "plans", "aim", "way", "ways", "measures", "steps",
                               "try", "tries", "tried", "trying", "attempted", "attempting", "seek", "seeks",
                               "sought", "seeking"})
# English finite auxiliaries and copulas: a prepositional phrase does not reach across one (h71)
_EN_FINITE = frozenset({"would", "will", "is", "are", "was", "were", "has", "have", "had", "could", "can",
                        "should", "shall", "must", "might", "may"})
# composition cue kinds read by _event_arguments (seeds/lexicon/composition-<lang>.toml), and the widest
# reach any of them may have
_ARGUMENT_KINDS = frozenset({"argument", "cause", "relative", "kin"})
_ARG_REACH_MAX = 4
# Prepositions written on the noun: the Arabic lām («لاعتراض», «للتصدي», Ryding §16.4) and the
# Hebrew ל/ב («לתקיפה», «בתקיפות», Glinert §7); a conjunction may come before them («ولاعتراض», «ולתקיפה»)
_PROCLITIC_PREPOSITIONS: dict[str, tuple[str, ...]] = {"ar": ("ل",), "he": ("ל", "ב")}
# a cooperative noun is also the object of the Arabic bi- of transitive-by-preposition verbs («يرحب
# بالاتفاق», «يشيد بالوساطة», Ryding §16.3.2): an attack noun after «بـ» is mostly instrumental or
# locative («بغارات», «بالصواريخ»), so it is not listed for attacks
_COOPERATIVE_PROCLITICS: dict[str, tuple[str, ...]] = {"ar": ("ل", "ب")}
_CONJUNCTION_PREFIX = frozenset(("و", "ف", "ו"))
_ARGUMENT_NOTE = "argument of "
# the words after an attack noun that name its target ("attack on tourists", «حمله به بازار»); a consequence
# stands further («בעקבות המתקפה על איראן נסגרו בתי הספר»)
_TARGET_REACH = 2
# the note of an attack that is only the cause of an economic or civil consequence (_aftermath, h67)
_AFTERMATH_NOTE = "cause of an aftermath (prices, flights, schools …): background"
# _relative_events: the relative ש written on a Hebrew verb, the toll words whose relative clause
# is the counted casualties ("number of soldiers who were killed"), looked for this many words
# before the marker, and the note of a background relative event
_HE_RELATIVE = ("ש",)
_TOLL_HEADS: dict[str, frozenset[str]] = {lang: frozenset(normalise_token(w) for w in words) for lang, words in {
    "en": ("toll", "number", "numbers", "count"),
    "ar": ("عدد", "حصيلة", "ارتفاع"),
    "fa": ("شمار", "تعداد", "آمار"),
    "he": ("מספר", "מניין"),
    "ru": ("число", "количество", "численность"),
}.items()}
_TOLL_REACH = 4
# the Persian relative که and the restrictive -ی of its head, as normalised tokens
_FA_KE = normalise_token("که")
_EN_WH = frozenset({"who", "whom", "which", "that"})
# the composition kinds of _relative_events (relative markers, kinship heads naming victims), which
# _event_arguments leaves alone, and the types of what befalls the people a kinship head names
_IDENTIFYING_KINDS = frozenset({"relative", "kin"})
_VICTIM_TYPES = frozenset({"ASSAULT", "COERCE", "RETREAT"})
_FA_YE = normalise_token("ی")
_FA_RA = normalise_token("را")  # the Persian direct-object marker
_FA_AZ = normalise_token("از")
_FA_BE = normalise_token("به")
_FA_PROTEST = normalise_token("اعتراض")
# finite Persian light verbs that end a verb phrase (past and present, 3rd person; _object_head)
_FA_FINITE_LIGHT = frozenset(normalise_token(w) for w in (
    "کرد", "کردند", "شد", "شدند", "داد", "دادند", "رسید", "رسیدند", "یافت", "یافتند", "گرفت", "گرفتند",
    "رسیده‌اند", "یافته‌اند", "می‌کند", "می‌کنند", "می‌شود", "می‌دهد", "کرده‌اند", "است", "بود", "زد", "زدند"))
# Persian time and cause prepositions that open the setting of a clause's event, and how far before a
# talks noun they stand («پس از سه روز مذاکره»; _fa_setting_prep, h83)
_FA_SETTING_PREPS = tuple(tuple(normalise_token(w) for w in p.split()) for p in (
    "پس از", "بعد از", "در پی", "به دنبال", "به‌دنبال"))
_FA_SETTING_REACH = 4
# Persian accusation and claim nouns a rejection or denial takes as its object (h50; keys as written)
_FA_CHARGE_NOUNS = frozenset(normalise_token(w) for w in (
    "اتهام", "اتهامات", "اتهام‌ها", "اتهامی", "ادعا", "ادعای", "ادعاها", "ادعاهای", "ادعاهایی", "اتهامات‌ها"))
# refraining verbs of the opposition cues: their act is not done, not disapproved (h50)
_FA_REFRAIN = frozenset(normalise_token(w) for w in ("خودداری", "امتناع"))
# the negative future auxiliary and the consent verbs after it («نخواهد پذیرفت»: a refusal, h50)
_FA_WILL_NOT = frozenset(normalise_token(w) for w in ("نخواهد", "نخواهند", "نخواهیم", "نخواهم"))
_FA_CONSENT_VERBS = frozenset(normalise_token(w) for w in ("پذیرفت", "پذیرفتن", "بپذیرد"))
_RELATIVE_NOTE = "relative clause: identifies, no new act"
_AND_WORDS = frozenset(("and", "or", "и", "или", "و", "یا"))

# Persian subjunctive forms of the light verbs (present stem, no می-), and the composition kinds
# that report a completed act and so do not apply to them (a reversive subjunctive still reads as
# the wished-for reversal: «حملات فوراً متوقف شود» is a call to stop, de-escalatory)
_FA_SUBJUNCTIVE = frozenset(normalise_token(w) for w in (
    "کند", "کنند", "کنیم", "کنم", "کنی", "کنید", "شود", "شوند", "دهد", "دهند", "دهیم", "بکند", "بکنند"))
_FA_DONE_KINDS = frozenset({"opposition", "halting", "approval", "breach"})


def _fa_negative_word(word: str, keyer: Keyer) -> bool:
    norm = normalise_token(word)
    if len(norm) < 3 or norm[0] != "ن":
        return False
    k = keyer.key(word, "fa")
    return bool(k) and k != norm and keyer.key(word[1:], "fa") == k


def _fa_negated(toks: list[Token], h: Hit, clauses: list[int] | None, keyer: Keyer) -> bool:
    """A Persian negative verb in the signal or right after it (verb-final): «نداد», «نمی‌دهیم».

    The negative prefix ن/نمی sits on the verb, which the lemmatiser folds into
    the positive lemma; modality.toml's prefix rule, read off the written form:
    a token starting with ن whose key equals the key of the same word without it.
    """
    end = min(len(toks), h.end + 3)
    for i in range(h.start, end):
        if clauses and clauses[i] != clauses[h.start]:
            break
        if _fa_negative_word(toks[i].text, keyer):
            return True
    # the object marker را closes the object phrase the signal heads; the verb after it governs
    # the signal however long the phrase («اجازه استفاده آمریکا از پایگاه دیگو گارسیا را نداد»).
    # A split pattern that ends in را («نیروهایش را … خارج نکرده است», issue 8 dev7) has its verb
    # after the place or complement phrase: the rest of its clause, up to eight words, is read.
    if h.end > h.start and toks[h.end - 1].norm == "را":
        return any(_fa_negative_word(toks[j].text, keyer) for j in range(h.end, min(len(toks), h.end + 8))
                   if not clauses or clauses[j] == clauses[h.start])
    for i in range(h.end, min(len(toks), h.end + 8)):
        if clauses and clauses[i] != clauses[h.start]:
            return False
        if toks[i].norm == "را":
            return any(_fa_negative_word(toks[j].text, keyer) for j in range(i + 1, min(len(toks), i + 4))
                       if not clauses or clauses[j] == clauses[h.start])
    return False


# Verbal-conflict events that take another event as their object: a condemnation,
# rebuke or protest *of* an attack (CAMEO 11 disapprove, 14 protest).
_REACTION_HEADS = frozenset({"ACCUSE", "PROTEST"})
# Accusations that are predicates judging their subject («удары по Ирану нарушают нормы
# международного права», "the strikes violate international law"): the act before them in their
# clause is what they judge (issue 8, H9), as the act after a condemnation verb is.
# A verdict naming the act a war crime or a crime («الهجوم … جريمة منظمة», "the bombing is a war crime",
# «התקיפה היא פשע מלחמה», «حمله … جنایت جنگی است») judges it the same way (issue 8 §3, H14).
_JUDGING = frozenset({"violation_law", "war_crimes", "verdict", "verdict_predicate", "verdict_endanger", "concern"})
# The events a warning, fear or forecast cue (composition-<lang>.toml kind "warning") makes its topic
# (_signal, h68): attacks, casualties, and the generic danger words of the threat category
# (escalation, tension, a risk of war, a terror threat, the noun "threat"); a vowed response, an
# ultimatum or a threatened sanction of the warner stays a threat.
_WARNED_CATEGORIES = frozenset({"attack", "casualties"})
_WARNED_NOTE = "topic of a warning or fear"
# a plot is a planned act of someone, a threat however it is warned of («تحذر من مخطط إرهابي», "police warn
# of a terror plot"): the generic terror threat is the danger a warning names
_WARNED_PLOT = tuple(normalise_token(w) for w in ("مخطط", "مؤامر", "plot", "заговор", "توطئه", "מזימ"))
# a response of the warner between the warning cue and the act: the act is the response's cause, the
# warning a threat ("warn of response if attacks continue", «предупредило о возможном ответе на удары»)
_WARNED_RESPONSE = frozenset(normalise_token(w) for w in (
    "response", "retaliation", "reprisal", "reprisals", "consequences", "ответ", "ответе", "ответа", "ответом",
    "ответных", "ответные", "возмездии", "последствиях", "رد", "الرد", "بالرد", "برد", "ردا", "عواقب", "پاسخ",
    "انتقام", "عواقب", "תגובה", "בתגובה", "מתגובה", "תגובות"))
_WARNED_CONCEPTS = frozenset({"escalation", "tension", "war_threat", "terror_threat", "threaten", "threat_noun",
                              "regional_war", "war_risk"})
# Accusations whose complement is what the accused did ("accused X of …", "blamed X for …"): a
# cooperative thing named there is the accusation's content, not an event (h42)
_CHARGING = frozenset({"accuse", "blame", "blame_vso", "blame_frame"})
# (Persian) the person noun «معترض / معترضان» (protester), normalised as the token norms are
_FA_PROTESTER = normalise_token("معترض")


# Prepositions that put a topic after a headline's speaker: "Lebanese PM on the missile launches:
# '…'", «טראמפ על הרג החיילים: "…"», «Песков об ударах: …», «عراقجي حول العدوان: …» (the
# "speaker on topic: quote" headline; its topic is what the speaker reacts to, no new act).
# «در مورد» is two tokens: its «مورد» counts only after «در» («مورد حمله قرار گرفت» is "was attacked").
# "over" is not listed: in headlines it is mostly "more than" ("drop over 200 points").
_HEADLINE_TOPIC = frozenset(normalise_token(w) for w in (
    "on", "about", "regarding", "concerning", "بشأن", "حول", "عن", "درباره", "درمورد", "پیرامون",
    "על", "בנושא", "לגבי", "о", "об", "обо", "про", "относительно"))
_FA_DAR, _FA_MORED = normalise_token("در"), normalise_token("مورد")


def _headline_topic(signals: list[Signal], spans: list[Hit], sentence: str, toks: list[Token],
                    verbs: list[Hit], ents: list[_Ent]) -> list[Signal]:
    """In "<speaker> on <topic>: <quote>" the conflict events named in the topic are its object.

    The speaker part (before the preposition) must name an actor or a place standing for one
    («טראמפ», «קפריסין», "Gaza residents") and hold no event and no reporting verb: after a verb
    the preposition introduces the reported event itself («הודיע על תקיפה», «сообщил об ударе»,
    «أعلن عن»), which stays an act; without a speaker "on" is a place or a state ("Shooting on a
    charter boat leaves 11 injured:", "colleges on lockdown").  The quote after the colon is read
    as usual.
    """
    colon = sentence.find(":")
    if colon < 0:
        return signals
    end = next((i for i, t in enumerate(toks) if t.start >= colon), len(toks))
    prep = next((i for i in range(1, end) if toks[i].norm in _HEADLINE_TOPIC
                 or (toks[i].norm == _FA_MORED and toks[i - 1].norm == _FA_DAR and i > 1)), None)
    if (prep is None or any(h.start < prep for h in spans) or any(v.start < prep for v in verbs)
            or not any(e.end <= prep for e in ents)):
        return signals
    what = toks[prep].text
    return [replace(s, modality=REACTION, counted=0.0, note=f"topic of the headline's speaker ('{what}')")
            if (prep < h.start and h.end <= end and s.counted > 0 and s.polarity == ESCALATION
                and s.plover_type not in _VERBAL_REACTIONS and s.modality in (ASSERTED, REPORTED)) else s
            for s, h in zip(signals, spans, strict=True)]


def _fa_in_protest_at(s: Signal, h: Hit, norms: Sequence[str]) -> bool:
    """«در اعتراض به …» ('in protest at'): the protest noun is the ground of another event of its clause
    («روهان در اعتراض به بمباران سفارتش سفیر گوندور را احضار کرد» is the summons, h50); the clause's only
    event it stays a protest («مردم … در اعتراض به قطع برق به خیابان‌ها ریختند»: _event_arguments)."""
    return (s.plover_type == "PROTEST" and h.start > 0 and h.end < len(norms) and norms[h.start - 1] == _FA_DAR
            and norms[h.start].startswith(_FA_PROTEST) and norms[h.end] == _FA_BE)


def _clause_final(h: Hit, clauses: list[int] | None, n: int) -> bool:
    """Does the hit end its clause (the verb of a verb-final clause)?"""
    if h.end >= n:
        return True
    return clauses is not None and h.end < len(clauses) and clauses[h.end] != clauses[h.start]


def _fa_negated_subjects(signals: list[Signal], spans: list[Hit], clauses: list[int], norms: Sequence[str]) -> list[Signal]:
    """A negated Persian attack verb at the end of its clause negates the bare attack nouns before it in
    the clause, its subject or instrument: «جنگنده‌های گوندور تاسیسات نفتی … را در روز یکشنبه هدف قرار
    ندادند» reports no strike by the jets (h50). A cause or frame word between («پس از بمباران …») keeps
    the noun an event of its own."""
    out: list[Signal] | None = None
    for j, (s, h) in enumerate(zip(signals, spans, strict=True)):
        if not (s.modality == NEGATED and s.plover_type == "ASSAULT" and s.category == "attack" and h.length >= 2
                and _clause_final(h, clauses, len(norms))):
            continue
        for i, (o, oh) in enumerate(zip(signals, spans, strict=True)):
            if (i == j or oh.end > h.start or o.counted <= 0 or o.plover_type != "ASSAULT" or o.category != "attack"
                    or oh.length != 1 or o.modality not in (ASSERTED, REPORTED)
                    or (clauses and clauses[oh.start] != clauses[h.start])
                    or any(n in _FA_NOT_OBJECT or n in _FA_BEFORE_PREP for n in norms[oh.start:h.start])):
                continue
            if out is None:
                out = list(signals)
            out[i] = replace(o, modality=NEGATED, counted=0.0, note=f"subject of the negated '{s.text}'")
    return signals if out is None else out


def _reaction_objects(signals: list[Signal], spans: list[Hit], clauses: list[int], verb_final: bool = False,
                      norms: Sequence[str] = (), protesters: re.Pattern[str] | None = None) -> list[Signal]:
    """An act named after a condemnation or protest in its clause is what is condemned, not a new act.

    Issue 8 §3: "White House rebukes Israel over strike", «تظاهرات ضد الضربات»,
    "rally against the bombardment" count once, as the verbal reaction (the
    ACCUSE/PROTEST signal itself), and the strike is its object.  In a verb-final
    language the object stands before its verb («حمله … را محکوم کرد»).

    Issue 8 dev7: a Persian protest or accusation noun marked as a direct object by «را»
    right after it is itself the object of the event verb after it («ده‌ها معترض را
    بازداشت کردند»: the protesters are who was arrested): that verb's event is the
    clause's, and the noun governs nothing.
    """
    out = list(signals)
    for i, (s, h) in enumerate(zip(signals, spans, strict=True)):
        concept = s.entry.rpartition(".")[2]
        if (s.plover_type == "THREATEN" and s.counted > 0 and concept in _ANSWERING_VOWS | _ULTIMATUMS
                and s.entry.split(".")[1] == "threat"):
            # the answered act stands before the vow in a verb-final clause and before a vow that it will
            # not go unanswered ("the attack will not go unanswered", «جنایات … بدون پاسخ نخواهد ماند»)
            before = concept in _ULTIMATUMS or verb_final or not _NOT_WORDS.isdisjoint(norms[h.start : h.end])
            _answered_acts(out, i, spans, clauses, ultimatum=concept in _ULTIMATUMS, before=before)
            continue
        if concept in _DROPPED_THREATS and s.counted > 0:
            # what a withdrawn threat threatened is no event ("withdrew its threat to impose tariffs", h71)
            for j, (o, oh) in enumerate(zip(out, spans, strict=True)):
                if (j != i and oh.start >= h.end and o.counted > 0 and o.polarity == ESCALATION
                        and (not clauses or clauses[oh.start] == clauses[h.start])):
                    out[j] = replace(o, modality=REACTION, counted=0.0, note=f"object of '{s.text}'")
            continue
        if concept in _CHARGE_CONCEPTS and s.counted > 0:
            # the attack a charge or a sentence names after it in its clause is its ground, a past act
            # («предъявила обвинения лидеру … в организации терактов», «приговорил к десяти годам за теракт»;
            # CAMEO 173 charge with legal action; h82)
            for j, (o, oh) in enumerate(zip(out, spans, strict=True)):
                if (j != i and oh.start >= h.end and o.counted > 0 and o.plover_type == "ASSAULT"
                        and (not clauses or clauses[oh.start] == clauses[h.start])):
                    out[j] = replace(o, modality=REACTION, counted=0.0, note=f"ground of '{s.text}'")
            continue
        if s.plover_type not in _REACTION_HEADS or s.counted <= 0 or s.polarity != ESCALATION:
            continue
        # protesters named as people in a clause that names police or troops are whom force was used on
        # («نیروهای امنیتی به سوی معترضان آتش گشودند», «погибли от пуль полиции»): no protest governing the
        # shooting after them as its object (issue 8 §3, h76); a clash before them («درگیری معترضان با پلیس»)
        # stays theirs
        people = protesters is not None and s.plover_type == "PROTEST" and bool(protesters.search(s.text))
        if s.entry.rpartition(".")[2].startswith("espionage"):
            # a spying charge beside an arrest, trial or sentence in its clause is that act's ground,
            # not a charge between parties: «بازداشت ۱۲ جاسوس موساد», "arrested on suspicion of spying"
            # (CAMEO 173 arrest; gold pv-fa-103, pv-en-2316; issue 8 dev7)
            held = next((o for o, oh in zip(signals, spans, strict=True)
                         if o.plover_type == "COERCE" and o.counted > 0
                         and (not clauses or clauses[oh.start] == clauses[h.start])), None)
            if held is not None:
                out[i] = replace(s, modality=REACTION, counted=0.0, note=f"ground of '{held.text}'")
                continue
        if (verb_final and s.plover_type == "PROTEST" and norms[h.start].startswith(_FA_PROTESTER)
                and (held := next((o for o, oh in zip(signals, spans, strict=True)
                                   if oh.start >= h.end and o.plover_type == "COERCE" and o.counted > 0
                                   and (not clauses or clauses[oh.start] == clauses[h.start])), None)) is not None):
            # (Persian) protesters as the subject of a passive arrest or sentence after them («ده‌ها معترض در
            # پایتخت بازداشت شدند»): who was held, as with «را» above; the clause's event is the arrest (h66)
            out[i] = replace(s, modality=REACTION, counted=0.0, note=f"object of '{held.text}'")
            continue
        if verb_final and h.end < len(norms) and norms[h.end] == _FA_RA:
            verb = next((o for o, oh in zip(signals, spans, strict=True)
                         if oh.start > h.end and o.counted > 0 and o.plover_type and o.plover_type != s.plover_type
                         and (not clauses or clauses[oh.start] == clauses[h.start])), None)
            if verb is not None:
                out[i] = replace(s, modality=REACTION, counted=0.0, note=f"object of '{verb.text}'")
                continue
        judging = s.entry.rpartition(".")[2] in _JUDGING
        for j in range(len(signals)):
            o, oh = out[j], spans[j]
            if j == i or (oh.start < h.end and not ((verb_final or judging) and oh.end <= h.start)):
                continue
            if clauses and clauses[oh.start] != clauses[h.start]:
                continue
            if people and oh.start >= h.end:
                continue
            if (verb_final and oh.start >= h.end and oh.length >= 2 and _clause_final(oh, clauses, len(norms))
                    and not _clause_final(h, clauses, len(norms))):
                # the clause's own final verb is its main event, not the object of a protest or
                # condemnation noun before it: «فعالان را در جریان اعتراضات علیه محاصره بازداشت کرد» (h50)
                continue
            content = o.note.startswith(_REFUSAL_NOTES) or (
                oh.start >= h.end and s.entry.rpartition(".")[2] in _CHARGING and o.polarity == DE_ESCALATION
                and o.plover_type not in ("REQUEST", "SUPPORT"))
            if (verb_final and o.plover_type in ("SUPPORT", "CONSULT", "COOPERATE") and o.polarity != ESCALATION
                    and oh.end <= h.start and s.entry.rpartition(".")[2] in _CHARGING
                    and o.modality in (ASSERTED, REPORTED)):
                # (Persian) a contact or support named before an accusation verb is what is charged:
                # «گوندور، آرنور را به حمایت از جبهه آزادی‌بخش شمال متهم کرد» is one accusation (h66)
                out[j] = replace(o, modality=REACTION, counted=0.0, note=f"object of '{s.text}'")
                continue
            if o.counted > 0 and (o.component == "act" or content):
                # an act; after an accusation or a blame, also a cooperative thing rejected or broken and
                # what it names: "accused Gondor of violating the agreement on prisoner exchanges",
                # "blamed Gondor for the collapse of the talks" are one accusation (h42)
                out[j] = replace(o, modality=REACTION, counted=0.0, note=f"object of '{s.text}'")
    return out


# Vows of a response (h71): the act they answer in their clause, before or after them, is what is answered,
# not a new act («the attack will not go unanswered», «נשבע לנקום את חיסול מפקדו», «Арнор дорого заплатит
# за нападение»): CAMEO 138 codes the threat, the attack is its occasion (gold: the object of a reaction is
# no new act). The noun "retaliation" is not one: "retaliatory strikes", "in retaliation for" are acts.
_ANSWERING_VOWS = frozenset({"retaliation_vow", "will_respond", "unpunished_vow", "make_regret", "regret_vow",
                             "tough_response", "will_retaliate"})
# Ultimatums and deadlines (h71): what they demand (a withdrawal, a surrender: RETREAT, an appeal) and
# the force they threaten ("or face military action") are their content in their clause, not events of
# their own ("gave Arnor 48 hours to withdraw its troops or face military action", «ультиматум: 48 часов
# на вывод войск», «אולטימטום … לסגת»; CAMEO 139 give ultimatum)
_ULTIMATUMS = frozenset({"ultimatum", "deadline"})
# A threat withdrawn (h71, xx.concession.drop_threat): what it threatened after it in its clause is its object
_DROPPED_THREATS = frozenset({"drop_threat"})
# legal acts whose object after them (in their clause) is the charge's ground, not a new act (h82)
_CHARGE_CONCEPTS = frozenset({"political_sentence", "court_convict"})


_NOT_WORDS = frozenset(normalise_token(w) for w in ("not", "never", "без", "не", "بدون", "لن", "لا", "לא", "בלי"))


def _answered_acts(out: list[Signal], i: int, spans: list[Hit], clauses: list[int], ultimatum: bool,
                   before: bool) -> None:
    """Mark the acts a vow of response answers (or an ultimatum's content) in its clause as its objects."""
    s, h = out[i], spans[i]
    for j, (o, oh) in enumerate(zip(out, spans, strict=True)):
        if j == i or o.counted <= 0 or (oh.start < h.end and not (before and oh.end <= h.start)):
            continue
        if clauses and clauses[oh.start] != clauses[h.start]:
            continue
        if o.component == "act" or (ultimatum and o.plover_type in ("RETREAT", "REQUEST", "COERCE", "ASSAULT")):
            out[j] = replace(o, modality=REACTION, counted=0.0, note=f"object of '{s.text}'")


# English verbs of consent whose negation is a refusal (_signal) and the negators that make it one:
# "will not / would not / cannot / did not / never accept"; a perfect ("has not agreed") is not yet
_EN_CONSENT_VERBS = frozenset({"accept", "accepts", "accepted", "accepting", "agree", "agrees", "agreed",
                               "consent", "consents", "consented", "endorse", "endorses", "endorsed"})
_EN_REFUSING = frozenset({"won't", "wouldn't", "cannot", "can't", "never", "didn't", "doesn't", "don't"})
_EN_REFUSING_AUX = frozenset({"will", "would", "could", "can", "did", "does", "do", "shall"})


def _en_refusal(norms: Sequence[str], i: int) -> bool:
    """A negator one or two words before norms[i] that refuses: "will not accept", "never agreed"."""
    for j in range(max(0, i - 2), i):
        if norms[j] in _EN_REFUSING or (norms[j] == "not" and j > 0 and norms[j - 1] in _EN_REFUSING_AUX):
            return True
    return False


_AR_CAPTION_AFTER = frozenset({"بعد", "وبعد"})
_CAPTION_NOTE = "caption: a place after the event"


def _ar_caption_after(signals: list[Signal], spans: list[Hit], norms: list[str], ents: Sequence[_Ent],
                      verbs: Sequence[Hit]) -> list[Signal]:
    """A headline that is only a place name followed by «بعد» and an event is a caption.

    «أربيل بعد الضربة الصاروخية الإيرانية», «غزة بعد الغارات»: pictures or footage of a place
    after an event, with no predicate of its own; the event is the time anchor of the pictures
    (gold convention: aftermath footage is background even when the strike was recent, dev4 h12,
    pv-ar-1701; issue 8 dev8, h53, pv-ar-2430).  A same-day cause still counts where the
    headline has a predicate («حريق في قاعدة … إثر هجمات», «إغلاق مفترق … بسبب الدمار»: the
    Arabic gold counts it), so only a headline whose every word before «بعد» is a place name
    (one or more regions, «و» between them) and that has no verb is read this way.
    """
    k = next((i for i, n in enumerate(norms) if n in _AR_CAPTION_AFTER), -1)
    if k <= 0 or any(vh.start < k for vh in verbs) or any(h.start < k for h in spans):
        return signals
    covered: set[int] = set()
    for e in ents:
        if e.kind == "region" and e.end <= k:
            covered.update(range(e.start, e.end))
    if any(i not in covered and norms[i] not in ("و", "،", ",", "-") for i in range(k)):
        return signals
    return [replace(sg, modality=HISTORICAL, counted=0.0, note=_CAPTION_NOTE)
            if sg.counted > 0 and h.start > k and sg.polarity == ESCALATION else sg
            for sg, h in zip(signals, spans, strict=True)]


# time-anchor words of the background cues ("after the truce", «לאחר», «после»): see _signal
# Arabic «since»: a protest after it is still going on, not dated before the news (h91)
_AR_SINCE = frozenset({"منذ", "ومنذ"})
_AFTER_WORDS = frozenset({"after", "following", "אחרי", "ואחרי", "לאחר", "ולאחר", "بعد", "وبعد", "после", "پس"})
# goal cues that are verbs of seeking (PETRARCH2 SEEK: CAMEO 030 express intent to cooperate) and the
# note they leave on their object (_signal, analyze)
_SEEKING = frozenset({"seek", "seeks", "seeking", "sought"})
_SOUGHT = "sought"
# English auxiliaries and modals that open a yes/no question headline ("Could Arnor repel an invasion?",
# "Will Gondor attack?", "Is a ceasefire within reach?"): the headline asks, it reports nothing (h42)
# the Russian question particle after a headline's first word (h52)
_RU_QUESTION_PARTICLES = frozenset(normalise_token(w) for w in ("ли", "ль"))
_EN_QUESTION_AUX = frozenset({"could", "can", "will", "would", "should", "is", "are", "does", "do", "did",
                              "has", "have", "was", "were", "may", "might", "must", "shall"})
# the words that open a question headline, per language (with its final "?"): Hebrew «האם» ('whether'; as
# a headline's first word before a "?" it is no «ה+אם», the mother) and the question words (h51)
_QUESTION_HEADS: dict[str, frozenset[str]] = {
    "en": _EN_QUESTION_AUX,
    "he": frozenset({"האם", "והאם", "מי", "מהי", "מהו", "כמה", "אילו", "איזה", "איזו", "מתי", "היכן", "איפה",
                     "לאן", "מדוע", "למה", "מה", "איך", "כיצד", "האומנם"}),
}
# the notes of a cooperative signal made a rejection by the verb that governs it (_signal)
_REFUSAL_NOTES = ("opposed by", "broken by")
# the categories of the cooperative nouns a breach verb takes as its object (_signal)
_BREACHABLE = frozenset({"agreement", "talks", "mediation", "cooperation"})
# words that stand between a verb and a noun that is not its object: a preposition or a clause link
# ("withdraw from Gaza under the ceasefire deal", "abandoned the town as talks resumed"); English, the
# only language with breach cues so far
_NOT_OBJECT_PATH = frozenset({
    "under", "as", "after", "amid", "amidst", "with", "in", "to", "for", "on", "despite", "before", "since",
    "while", "and", "but", "over", "into", "at", "by", "from", "of", "during", "without", "because", "than",
    # Arabic (h48): a preposition other than the verb's own من / عن, or a clause link («انسحبت القوات من
    # المحور بموجب اتفاق التهدئة», «خرقت … في ظل الاتفاق»)
    "في", "على", "مع", "إلى", "الى", "بعد", "قبل", "خلال", "رغم", "منذ", "حتى", "بين", "حول", "بشأن",
    "ضد", "لدى", "عند", "بموجب", "وفق", "وفقا", "طبقا", "ضمن", "إطار", "بينما", "فيما", "حين", "عندما",
    "لكن", "أن", "إن", "ان", "الذي", "التي", "بسبب", "إثر", "عقب", "وسط", "أمام",
    # Hebrew (h51): the free prepositions and clause links («פרשה מהשיחות בעקבות ההסכם», «הפרה את
    # הפסקת האש למרות ההסכם»); the prefixed ones are read from the noun (_he_breach_object)
    "על", "עם", "נגד", "אחרי", "לאחר", "בעקבות", "למרות", "במסגרת", "כי", "אך", "אבל", "בזמן", "בעוד",
    "לפני", "מול", "אל", "בין", "תחת", "לפי", "עד", "כדי", "בשל", "בגלל", "לקראת", "לנוכח", "אשר",
    "מאז", "בתגובה", "בניגוד", "לטענת", "לדברי", "וכי", "שכן",
    # Russian (h52), as normalised tokens: a preposition other than the verb's own из / от and the
    # topic's о / об («заморозило соглашение о сотрудничестве»), a means («путем», «через»), or a clause
    # link («нашли выход из кризиса путем переговоров», «отложили визит в Москву для переговоров»)
    *(normalise_token(w) for w in (
        "в", "во", "на", "по", "при", "под", "для", "к", "ко", "у", "за", "до", "после",
        "через", "между", "против", "над", "перед", "без", "ради", "несмотря", "вопреки", "согласно",
        "путем", "путём", "посредством", "рамках", "фоне", "и", "а", "но", "однако", "что", "чтобы", "когда",
        "пока", "хотя", "который", "которая", "которое", "которые", "также")),
})
# Hebrew verbs of leaving (their lemma keys): they take what is left with מ («פרשה מההסכם», «יצאה
# מברית ההגנה», «התנערה מההסכם»); a cooperative noun after them without it is no object («יצאה לדרך
# עסקת החטופים», h51)
_HE_LEAVING_FORMS = ("פרש", "פרשה", "פרישה", "פרישת", "פורש", "יפרוש", "לפרוש", "יצא", "יציאה", "יציאת", "יוצאת",
                     "לצאת", "נסוג", "התנער", "התנערות", "חזר", "חזרה")


# Persian words that end a verb's reach over a noun before it (h50): clause links and frame
# prepositions («بر اساس توافق … خارج شدند» is no exit from the deal)
_FA_NOT_OBJECT = frozenset(normalise_token(w) for w in (
    "و", "که", "اما", "ولی", "تا", "یا", "بر", "اساس", "براساس", "طبق", "مطابق", "موجب", "چارچوب", "قالب",
    "پی", "دنبال", "حالی", "وجود", "رغم", "علیرغم", "همزمان", "برای", "جهت", "منظور"))
_FA_BEFORE_PREP = frozenset(normalise_token(w) for w in ("پس", "بعد", "قبل", "پیش"))


def _fa_breach_object(cue: Hit, h: Hit, norms: Sequence[str]) -> bool:
    """Is the Persian cooperative noun the object of the breach cue (composition-fa.toml, h50)?

    Verb-final: the noun stands before the verb, marked by «را» or the verb's own «از» («از توافق
    خارج شد»), with modifiers and names between («توافق صلح با کشور آرنور را نقض کرد»); a noun-first
    cue («نقض دوباره آتش‌بس», «خروج آمریکا از توافق») governs the noun after it. A clause link or a
    frame preposition between them or right before the noun ends the reach («در چارچوب توافق»,
    «پس از توافق»)."""
    if cue.end <= h.start:
        path = norms[cue.end:h.start]
    elif h.end <= cue.start:
        path = norms[h.end:cue.start]
    else:
        return False
    if any(n in _FA_NOT_OBJECT for n in path):
        return False
    if h.start > 0 and norms[h.start - 1] in _FA_NOT_OBJECT:
        return False
    return not (h.start > 1 and norms[h.start - 1] == _FA_AZ and norms[h.start - 2] in _FA_BEFORE_PREP)


def _fa_rejected_charge(h: Hit, plover: str, polarity: str, norms: Sequence[str],
                        composition: Sequence[tuple[Hit, Any]], modal: Sequence[tuple[Hit, Any]],
                        clauses: list[int] | None) -> bool | None:
    """A Persian accusation noun (True) or what it names (False) that a rejection or denial verb after
    «را» takes as its object: «اتهامات آرنور درباره بمباران … را رد کرد» (h50). None: neither."""
    charge_noun = plover == "ACCUSE" and any(n in _FA_CHARGE_NOUNS for n in norms[h.start:h.end])
    content = (not charge_noun and polarity == ESCALATION
               and any(n in _FA_CHARGE_NOUNS for n in norms[max(0, h.start - 4):h.start]))
    if not (charge_noun or content):
        return None
    for i in range(h.end, min(len(norms), h.end + 9)):
        if clauses and clauses[i] != clauses[h.start]:
            return None
        if norms[i] in _FA_NOT_OBJECT:
            return None
        if norms[i] == _FA_RA:
            verbs = [ch for ch, cp in composition if cp.ref == "opposition"] + [
                ch for ch, cp in modal if cp.ref == "denial"]
            if any(i <= ch.start <= i + 2 for ch in verbs):
                return charge_noun
            return None
    return None


def _governed_object(cue: Hit, h: Hit, norms: Sequence[str], first_key: str = "") -> bool:
    """Is the signal the object of the verb cue: nothing but determiners, names and modifiers between?

    ``first_key``: the lemma key of the signal's first word, for an Arabic noun joined by و, which is
    a conjunct of its own, not the verb's object («انسحاب القوات من المحور واتفاق التهدئة»; h48)."""
    if cue.end > h.start or any(n in _NOT_OBJECT_PATH for n in norms[cue.end:h.start]):
        return False
    return not (first_key and cue.end < h.start and _conj_prefixed(norms[h.start], first_key))


def _is_cooperative_noun(s: Signal) -> bool:
    """An agreement, talks or mediation signal of a cooperative type (the nouns ``_event_arguments`` may govern)."""
    return (s.plover_type in _COOPERATIVE_TYPES and s.category in _COOPERATIVE_CATEGORIES
            and s.polarity == DE_ESCALATION)


def _fa_predicate(h: Hit, norms: list[str], language: str | None) -> bool:
    """Is the Persian hit a compound verb, ending in a finite light verb («به توافق رسیدند», «موافقت
    کردند»)?  Such a predicate is the clause's event (the finite verb ends the main clause), never the
    argument of a noun before it (h83)."""
    if language != "fa":
        return False
    if h.length >= 2 and norms[h.end - 1] in _FA_FINITE_LIGHT:
        return True
    # the light verb after the noun hit: «به توافق آتش‌بس دست یافتند», «به توافق رسیدند»
    after = norms[h.end : h.end + 2]
    return bool(after) and (after[0] in _FA_FINITE_LIGHT or (after[0] == "دست" and after[1:2] != [] and after[1] in _FA_FINITE_LIGHT))


# Persian prepositions of what an agreement is on («بر سر / درباره / در مورد / پیرامون / با … توافق
# کردند، موافقت کردند، به تفاهم رسیدند») and the act types that are then only agreed, not done (h88)
_FA_AGREED_ON_PREPS = tuple(tuple(normalise_token(w) for w in p.split()) for p in (
    "بر سر", "درباره", "دربارهٔ", "در مورد", "در خصوص", "پیرامون", "با"))
_FA_AGREED_ACT_TYPES = frozenset({"RETREAT"})  # a concession agreed is the concession (dev pv-fa-137)
_FA_AGREED_NOTE = "agreed on, not done: "


def _fa_agreed_on(signals: list[Signal], spans: list[Hit], clauses: list[int], norms: list[str]) -> list[Signal]:
    """A Persian act noun right after «بر سر / درباره / در مورد / پیرامون / با», before a verb-final
    agreement predicate of its clause («روسیه و اوکراین بر سر تبادل زندانیان توافق کردند», «با تبادل
    اسرا موافقت کردند», «درباره تبادل اسرا به تفاهم رسیدند»), is what the parties agreed to do: the
    event is the agreement (CAMEO 03 / PLOVER AGREE), the exchange, release or withdrawal is not yet
    done (tests/gold/README.md: agreeing to an act is AGREE).  It is read as the agreement's object
    (counted 0), as in Arabic «اتفقا على تبادل الأسرى» and Russian «договорились об обмене пленными»,
    where the verb before it leads.  No finite verb may stand between the noun and the predicate."""
    out = list(signals)
    for j, (s, h) in enumerate(zip(signals, spans, strict=True)):
        if s.counted <= 0 or s.plover_type not in _FA_AGREED_ACT_TYPES or s.polarity != DE_ESCALATION:
            continue
        if not any(tuple(norms[h.start - len(p) : h.start]) == p for p in _FA_AGREED_ON_PREPS if h.start >= len(p)):
            continue
        clause = clauses[h.start] if clauses else 0
        pred = next((o for o, oh in zip(signals, spans, strict=True)
                     if oh.start >= h.end and o.counted > 0 and o.plover_type == "AGREE"
                     and o.category == "agreement" and (not clauses or clauses[oh.start] == clause)
                     and _fa_predicate(oh, norms, "fa")
                     and not any(n in _FA_FINITE_LIGHT for n in norms[h.end : oh.start])), None)
        if pred is not None:
            out[j] = replace(s, modality=REACTION, counted=0.0, note=f"{_FA_AGREED_NOTE}'{pred.text}'")
    return out


# the body nouns of a handover of remains, and the languages read so (h88; English is left as it reads)
_BODIES_LANGS = frozenset({"ar", "fa", "ru", "he"})
_BODY_WORDS = frozenset(normalise_token(w) for w in (
    "جثث", "جثامين", "جثمان", "رفات", "اجساد", "اجساد", "جسد", "پیکر", "پیکرهای", "پیکرها",
    "телами", "тела", "тел", "останков", "останки", "גופות", "גופת", "גופותיהם"))


def _bodies_of_dead(signals: list[Signal], spans: list[Hit], norms: list[str]) -> list[Signal]:
    """A casualty word right after a counted handover or exchange of bodies («تبادل جثث القتلى»,
    «обмен телами погибших», «تبادل اجساد کشته‌شدگان», «החזרת גופות ההרוגים») names whose remains
    are handed over: the dead of an earlier fight, no attack of this report (the handover is the event,
    PLOVER RETREAT, or what is agreed).  Read as the handover's complement (counted 0)."""
    out = list(signals)
    for s, h in zip(signals, spans, strict=True):
        if s.plover_type != "RETREAT" or s.category != "release" or not _BODY_WORDS.intersection(norms[h.start : h.end + 1]):
            continue
        for j, (o, oh) in enumerate(zip(signals, spans, strict=True)):
            if o.counted > 0 and o.category == "casualties" and oh.start in (h.end, h.end + 1) and oh.start > h.start:
                out[j] = replace(o, modality=REACTION, counted=0.0, note=f"the dead of the handover '{s.text}'")
    return out


def _fa_setting_prep(h: Hit, clauses: list[int], norms: list[str]) -> tuple[int, int] | None:
    """The Persian time or cause preposition («پس از، بعد از، در پی، به دنبال»; not «در آستانه», also 'in
    Astana') that opens the noun
    phrase of a talks or mediation noun up to ``_FA_SETTING_REACH`` words before it, with no finite verb
    between: «پس از سه روز مذاکره», «پس از دو دور گفت‌وگو», «در پی مذاکرات طولانی».  Such a phrase is the
    setting of the clause's event (Lazard, prepositional phrases precede the verb-final predicate), not
    an event of its own; the ``cause`` cues of composition-fa.toml reach one word only (h83)."""
    clause = clauses[h.start] if clauses else 0
    for lo in range(h.start - 1, max(-1, h.start - _FA_SETTING_REACH - 2), -1):
        if clauses and clauses[lo] != clause:
            return None
        if norms[lo] in _FA_FINITE_LIGHT:
            return None
        for prep in _FA_SETTING_PREPS:
            if tuple(norms[lo : lo + len(prep)]) == prep and lo + len(prep) <= h.start:
                return lo, lo + len(prep)
    return None


# the contact nouns that, with the preposition ב written on them, are the setting of a sentence's act
# («בשיחת טלפון», «בשיחה», «בפגישה», «בביקורו», «בדיון»): see composition-he.toml's setting cue (h84)
_HE_CONTACT_STEMS = ("שיח", "פגיש", "ביקור", "דיון", "דיוני", "מגע", "פסגת", "ועיד")


def _he_setting_contact(norm: str) -> bool:
    """«בשיחת», «בפגישתו», «ובביקור»: ב (after an optional ו) on a contact noun."""
    w = norm[1:] if norm.startswith("ו") else norm
    return len(w) > 3 and w[0] == "ב" and w[1:].startswith(_HE_CONTACT_STEMS)


def _object_head(j: int, signals: list[Signal], spans: list[Hit], clauses: list[int], norms: list[str],
                 language: str | None) -> int | None:
    """The signal of another type whose direct object the cooperative noun ``j`` is, if any.

    The nearest counted head within ``_OBJECT_REACH`` words before the noun in its clause
    (after it in Persian, which is verb-final), with no other signal and no clause-linking
    word between them: "welcome Trump's peace plan", «يؤيد جهود الوساطة».  A noun before
    its verb is its subject ("ceasefire takes hold", "talks begin"), a noun after "as",
    "while" or "and" starts a clause of its own ("Israel strikes Gaza as talks stall"), and
    a head of the same type is the same event ("agree ceasefire").  A cooperative head may be a
    noun itself ("a deal at the summit"), so it governs only the word right after it
    («يبحثان هاتفيا جهود وقف إطلاق النار»).
    """
    verb_final = language == "fa"
    links = _CLAUSE_LINKS.get(language or "", frozenset())
    s, h = signals[j], spans[j]
    if verb_final and h.length >= 2 and norms[h.end - 1] in _FA_FINITE_LIGHT:
        # a Persian cooperative verb («توافق کردند», «به توافق رسیدند») is a predicate, nobody's object:
        # in «آرنور و گوندور توافق کردند مذاکرات را آغاز کنند» the talks are what was agreed (h50)
        return None
    best: int | None = None
    best_gap = _OBJECT_REACH
    for i, (o, oh) in enumerate(zip(signals, spans, strict=True)):
        if i == j or o.counted <= 0 or not o.plover_type or o.plover_type == s.plover_type:
            continue
        if language == "he" and o.plover_type == "CONSULT" and _he_setting_contact(norms[oh.start]):
            continue  # «בשיחת טלפון הסכימו …»: a prepositional setting takes no object (h84's defect, h89)
        gap = oh.start - h.end if verb_final else h.start - oh.end
        if not 0 <= gap < (2 if _is_cooperative_noun(o) else best_gap):
            continue
        if clauses and clauses[oh.start] != clauses[h.start]:
            continue
        lo, hi = (h.end, oh.start) if verb_final else (oh.end, h.start)
        if any(norms[k] in links for k in range(lo, hi)):
            continue
        if any(k != i and k != j and lo <= ph.start < hi for k, ph in enumerate(spans)):
            continue  # another signal between them: the noun belongs to it
        best, best_gap = i, gap
    return best


def _as_threat(o: Signal, note: str) -> Signal:
    """An act read as what a threat or warning verb announces: THREATEN, in the future (PLOVER: an
    intended act is a threat; CAMEO 13x)."""
    return replace(o, plover_type="THREATEN", category="threat", mode="verbal", modality=FUTURE,
                   counted=abs(o.weight) * MODALITY_FACTOR[FUTURE], note=note)


def _threatened_acts(signals: list[Signal], spans: list[Hit], threat_verbs: Sequence[Hit]) -> list[Signal]:
    """The act a threat verb governs is threatened, not done: «пригрозил закрыть пролив»,
    "threatened to strike" (CAMEO 13x: the threat is the event, PLOVER THREATEN)."""
    if not threat_verbs:
        return signals
    out = list(signals)
    for vh in threat_verbs:
        for j, (o, oh) in enumerate(zip(out, spans, strict=True)):
            if oh.start < vh.end or oh.start - vh.end > _REQUEST_REACH:
                continue
            if o.polarity == ESCALATION and o.component == "act" and o.counted > 0 and o.modality in (ASSERTED, REPORTED):
                out[j] = _as_threat(o, "threatened")
            break
    return out


# (Persian) the verb-final act a warning or threat verb governs stands at the end of its clause,
# after the object and its place («کشتی‌های مرتبط با اسرائیل را در دریای سرخ هدف قرار می‌دهند»)
_FA_WARN_REACH = 12


def _fa_warned_acts(signals: list[Signal], spans: list[Hit], toks: Sequence[Any], warn_verbs: Sequence[Hit]) -> list[Signal]:
    """(Persian) an act after a warning verb, in the present tense, is what the speaker warns it will
    do: «حوثی‌ها هشدار دادند کشتی‌های مرتبط با اسرائیل را هدف قرار می‌دهند» (CAMEO 138, PLOVER
    THREATEN; issue 8, h66). The Persian present («می‌دهند», «می‌زنیم») is the future of a warning;
    a past or perfect act after it («هشدار داد حملات افزایش یافته است») stays what it is."""
    if not warn_verbs:
        return signals
    out = list(signals)
    for vh in warn_verbs:
        for j, (o, oh) in enumerate(zip(out, spans, strict=True)):
            if oh.start < vh.end or oh.start - vh.end > _FA_WARN_REACH:
                continue
            if o.polarity != ESCALATION or o.component != "act" or o.counted <= 0:
                continue
            last = toks[oh.end - 1].text.replace("\u200c", "")
            if (o.modality in (ASSERTED, REPORTED) and oh.length >= 2 and last.startswith("می")
                    and not last.startswith("میان")):
                out[j] = _as_threat(o, "warned")
            break
    return out


def _names_peace(keys: list[str], peace: _Terms | None, h: Hit) -> bool:
    return bool(peace) and peace is not None and _has_term(keys[h.start : h.end], peace)


def _fa_ask_complement(oh: Hit, head: Hit, *, clauses: list[int], norms: list[str]) -> bool:
    """(Persian) the act ``oh`` far after an asking verb ``head`` is still what it asks for: the asked-for
    clause is verb-final («از دولت آرنور خواست که ظرف یک هفته همه زندانیان سیاسی را آزاد کند»), so the
    act is a verb ending that clause, in the head's punctuation clause, with no «و», «اما» or «ولی» and
    no second «که» between (issue 8, h81)."""
    if clauses and (oh.start >= len(clauses) or head.start >= len(clauses) or clauses[oh.start] != clauses[head.start]):
        return False
    between = norms[head.end:oh.start]
    if any(w in _FA_ASK_STOPS for w in between) or between.count(normalise_token("که")) > 1:
        return False
    return oh.end >= len(norms) or norms[oh.end - 1] in _FA_SUBJUNCTIVE_ENDS


# clause links that end a Persian asked-for clause, and the light verbs of its subjunctive («کند», «دهند»)
_FA_ASK_STOPS = frozenset(normalise_token(w) for w in ("و", "اما", "ولی", "زیرا", "چون"))
_FA_SUBJUNCTIVE_ENDS = frozenset(normalise_token(w) for w in (
    "کند", "کنند", "دهد", "دهند", "شود", "شوند", "گیرد", "گیرند", "دارد", "دارند", "بگیرد", "بگیرند",
    "بدهد", "بدهند", "بکند", "بکنند", "گذارد", "گذارند", "بازگردند", "بازگردد", "بپیوندند", "بپیوندد"))


def _requests_and_their_objects(
    signals: list[Signal], spans: list[Hit], appeal_verbs: Sequence[Hit] = (),
    names_its_object: Callable[[Hit], bool] = lambda h: False, reach: int = _REQUEST_REACH,
    in_setting: Callable[[Hit, Hit], bool] = lambda h, head: False,
    complement: Callable[[Hit, Hit], bool] | None = None,
) -> tuple[list[Signal], dict[int, str]]:
    """What a request asks for is a goal, not an asserted event; an appeal for conflict is a demand.

    CAMEO 10 / PLOVER REQUEST: "called for a ceasefire" is a de-escalatory
    appeal, "called to punish the US" a demand (escalation); in both the object
    is not an event that happened (issue 8 §6, "goals are not asserted
    events").  Request heads are REQUEST hits and appeal verbs of claims.toml
    ("urged", «призвал», «دعا»); the first signal within reach after the head is
    its object.  A demand stays a demand whatever else it asks for ("Hamas demands
    changes to the ceasefire proposal").  Returns the signals and, per appeal
    verb (by token start), the polarity its object gives it.

    Two readings of the object (issue 8, H9): (1) a demand whose object is to stop a conflict
    act or an appeal for calm, the addressee standing between or not («требовал от США
    прекратить удары», «потребует от США прекращения эскалации»), is an appeal (CAMEO 027
    appeal to settle; gold convention: "REQUEST is de-escalation as an appeal for calm,
    ceasefire, talks or restraint"), while a demand to resume a transit stays a demand;
    (2) an event governed by a cause or time preposition after the head (``in_setting``:
    «после атаки», «из-за ударов»; «на фоне ударов» is a reaction cue already) is the appeal's
    setting, not what it asks for («призвал гарантировать безопасность после атаки на Иран»).

    ``complement`` (Persian): an object beyond ``reach`` but up to ``_FA_WARN_REACH`` words after
    the head that it accepts is still in the asked-for clause, whose verb is last («از آمریکا خواست
    که نیروهای خود را فورا از خاک سوریه خارج کند»; issue 8, h81).
    """
    out = list(signals)
    heads: list[tuple[int, Hit]] = [(i, h) for i, (s, h) in enumerate(zip(signals, spans, strict=True))
                                    if s.plover_type == "REQUEST" and s.counted > 0 and not names_its_object(h)]
    # an appeal verb inside a request phrase that a rejection took ("Ignoring U.S. Calls for Peace,
    # Egypt Delivered Drones …": the opposition cue made the call a REJECT) asks for nothing: what
    # follows is no goal of it (issue 8 dev6, h23)
    opposed = [h for s, h in zip(signals, spans, strict=True) if s.plover_type == "REJECT" and s.note.startswith("opposed by")]
    heads += [(-1, vh) for vh in appeal_verbs if not any(h.start <= vh.start < h.end for _, h in heads)
              and not any(h.start <= vh.start < h.end for h in opposed)]
    verb_polarity: dict[int, str] = {}
    for i, h in sorted(heads, key=lambda x: x[1].start):
        appeal_object = False
        if (i >= 0 and out[i].polarity == ESCALATION and out[i].category == "demand"
                and names_its_object(Hit(h.end, h.end + reach + 4, ()))
                and not any(h.end <= oh.start < h.end + reach + 4 for oh in spans)):
            # «РФ требует вернуть ситуацию в русло урегулирования»: a demand whose words name a
            # settlement, a truce or de-escalation, with no event of its own in reach, asks for
            # peace, an appeal (CAMEO 027 appeal to settle; issue 8 dev9, h55), as the asks-to-stop
            # reading below. With an event in reach the event decides: "Hamas demands changes to the
            # ceasefire proposal", "demands release of all hostages" stay demands
            s = out[i]
            out[i] = replace(s, polarity=DE_ESCALATION, weight=abs(s.weight), category="appeal",
                             note="asks for a settlement")
            appeal_object = True
        if i < 0:
            # an appeal verb inside a request phrase that names its object ("urged restraint",
            # «دعت إلى التهدئة»): that phrase is what it asks for, whatever follows it
            inside = next((k for k, (s2, h2) in enumerate(zip(out, spans, strict=True))
                           if s2.plover_type == "REQUEST" and s2.counted > 0 and h2.start <= h.start < h2.end), None)
            if inside is not None:
                verb_polarity[h.start] = out[inside].polarity
                if out[inside].polarity != DE_ESCALATION:
                    continue  # a demand phrase: a demand, whatever follows
                appeal_object = True
        for j, (o, oh) in enumerate(zip(out, spans, strict=True)):
            if oh.start < h.end or j == i:
                continue
            if oh.start - h.end > reach and (complement is None or oh.start - h.end > _FA_WARN_REACH
                                             or not complement(oh, h)):
                continue
            if o.counted <= 0:
                continue
            if o.polarity == ESCALATION and o.plover_type != "REQUEST" and in_setting(oh, h):
                # the appeal's setting: neither what it asks for nor a new act of this clause
                out[j] = replace(o, modality=GOAL, counted=0.0, note=f"setting of the appeal ({o.modality})")
                continue
            if i >= 0 and out[i].polarity == ESCALATION and out[i].category == "demand" and _asks_to_stop(o):
                # «требует от США прекратить удары»: the content decides; a demand to stop is an appeal
                s = out[i]
                out[i] = replace(s, polarity=DE_ESCALATION, weight=abs(s.weight), category="appeal",
                                 note=f"asks to stop: '{o.text}'")
                if o.plover_type == "REQUEST":
                    appeal_object = True
                    continue
            if o.plover_type == "REQUEST":
                # "urged the forces to lay down their arms" («حث … على إلقاء أسلحتها»): a request
                # whose object is itself a demand phrase is that demand (CAMEO 10), not an appeal
                if o.polarity == ESCALATION:
                    if i >= 0 and out[i].polarity == DE_ESCALATION:
                        s = out[i]
                        out[i] = replace(s, polarity=ESCALATION, weight=-abs(s.weight), category="demand",
                                         note=f"asks for '{o.text}'")
                    elif i < 0:
                        verb_polarity[h.start] = ESCALATION
                    break
                if o.polarity == DE_ESCALATION:
                    # "urges Israel to show restraint in its offensive": the appeal phrase is the
                    # object, so the request is an appeal; a conflict event after it is its setting
                    appeal_object = True
                    if i < 0:
                        verb_polarity[h.start] = DE_ESCALATION
                continue
            wanted = DE_ESCALATION if o.polarity == DE_ESCALATION or appeal_object else ESCALATION
            if i >= 0:
                s = out[i]
                if wanted == ESCALATION and s.polarity == DE_ESCALATION:
                    out[i] = replace(s, polarity=ESCALATION, weight=-abs(s.weight), category="demand",
                                     note=f"asks for '{o.text}'")
            else:
                verb_polarity[h.start] = wanted
            # after an appeal that named its object, a conflict event is the appeal's setting ("urged
            # restraint in the Gaza offensive"): not a new act, and not what is asked for either
            out[j] = replace(o, modality=GOAL, counted=0.0,
                             note=f"setting of the appeal ({o.modality})" if appeal_object and o.polarity == ESCALATION
                             else f"asked for ({o.modality})")
            break
    # an appeal verb that is itself a lexicon request ("urges", en.appeal.urge) speaks with the
    # polarity its request took: "urges full-force strikes" is one demand, not also an appeal claim
    for vh in appeal_verbs:
        if vh.start not in verb_polarity:
            head = next((out[i] for i, h in heads if i >= 0 and h.start <= vh.start < h.end), None)
            if head is not None:
                verb_polarity[vh.start] = head.polarity
    return out, verb_polarity


# Withdrawal concepts (seeds/lexicon, shared across languages) that stop fighting: asked for, they
# make a demand an appeal to de-escalate (CAMEO 0256 / 0871-0874 asked of the other side)
_STOP_CONCEPTS = frozenset({"halt_operations", "withdraw_troops", "withdrawal_generic", "demobilise",
                            "suspend_own_operations", "pullback"})


# The Arabic summons entries and the recall they become when the envoy is the subject's own
# (``Analyzer._ar_own_envoy``): the envoy noun with a possessive pronoun, as written
_AR_SUMMON_ENTRIES = frozenset({"ar.accusation.summon_envoy", "ar.accusation.summon_vso"})
_AR_RECALL_ENTRY = "ar.sanction.recall_ambassador"
_AR_OWN_ENVOY = re.compile(r"^(?:و|ف)?(?:سفير|سفراء|سفرائ)(?:ها|ه|هم|هما|نا)$")


def _asks_to_stop(o: Signal) -> bool:
    """Is a request's object the end of a conflict act or an appeal for calm?

    A reversed attack or escalation («прекратить удары», «прекращения эскалации»), a halt or
    withdrawal (RETREAT: «прекратить огонь», «вывести войска») or an appeal phrase («к
    сдержанности»).  An agreement noun is not: "demands changes to the ceasefire proposal"
    is a demand about the ceasefire, not a call for one.
    """
    if o.polarity != DE_ESCALATION:
        return False
    _lang, category, concept = [*o.entry.split(".", 2), "", ""][:3]
    # a release is no de-escalation asked for ("Israel demands release of all hostages" is a demand,
    # gold pv-en-003), nor an end to an occupation or settlements, nor disarmament or a surrender
    # (demands that the target yields, CAMEO 105)
    return ((category in ("attack", "threat") and o.note.startswith("reversed by")) or concept in _STOP_CONCEPTS
            or (o.plover_type == "REQUEST" and o.category == "appeal"))


def _ar_future(norm: str, key: str) -> bool:
    """Arabic future prefix سـ on an imperfect verb («سيقصف», «وسنرد») read off the written form.

    With lemma keys the prefixed form meets its lemma, so the future mode is
    taken from the surface: (و|ف)? + س + an imperfect prefix (ي ت ن ا), and a
    key that differs from the written form (modality.toml prefix_rule).
    """
    if norm[:1] in ("و", "ف") and norm[1:2] == "س":
        norm = norm[1:]
    return len(norm) >= 5 and norm[0] == "س" and norm[1] in "يتنا" and key != norm


def _longest_titles(titles: list[tuple[Hit, _P]],
                    voiced: Callable[[Hit, _P], bool | None] = lambda h, p: None) -> list[tuple[Hit, _P]]:
    """"Minister of foreign affairs" over "minister"; one office per span.

    ``voiced`` tells a phrase in an outlet's voice (offices.toml ``voice_patterns``) that counts
    here (True), one that does not (False) and an ordinary phrase (None); a counting one wins over
    the same words' other office.
    """
    by_span: dict[tuple[int, int], tuple[Hit, _P]] = {}
    for h, p in titles:
        v = voiced(h, p)
        if v is False:
            continue
        if v or (h.start, h.end) not in by_span or not voiced(*by_span[(h.start, h.end)]):
            by_span[(h.start, h.end)] = (h, p)
    return [by_span[(h.start, h.end)] for h in longest_non_overlapping([h for h, _ in by_span.values()])]


def _office_holders(ref: ReferenceData) -> dict[tuple[str, str], tuple[tuple[str, date | None, date | None], ...]]:
    """(office, country) -> (actor id, from, to) for every role that names an office."""
    out: dict[tuple[str, str], list[tuple[str, date | None, date | None]]] = defaultdict(list)
    for a in ref.actors.values():
        for r in a.roles:
            if r.office:
                o = ref.offices.get(r.office)
                where = (o.country or o.org) if o is not None and (o.country or o.org) else a.country
                out[(r.office, where or "")].append((a.id, r.start, r.end))
    return {k: tuple(v) for k, v in out.items()}


def _conjoined(first: Hit, second: Hit, toks: list[Token], keys: Sequence[str]) -> bool:
    """Two titles joined by a conjunction: "… minister and chief …", «وزير الدفاع ورئيس الأركان»."""
    if second.start == first.end:
        return _conj_prefixed(toks[second.start].text, keys[second.start])
    return second.start == first.end + 1 and toks[first.end].norm in _CONJUNCTIONS


def _conj_prefixed(word: str, key: str) -> bool:
    """«والرئيس», «ورئيس», «ووزير», «והנשיא»: a conjunction written on a title.

    «وزير» and «ولي العهد» begin with و themselves: the word's lemma key tells, as it keeps a
    root letter and drops a clitic (lemmas.py)."""
    first = word[:1]
    if first in ("و", "ف", "ו"):
        return (bool(key) and key[:1] != first) or word[1:2] == first or (first == "ו" and word[1:2] == "ה")
    return False


def _indefinite_head(text: str, norm: str, lang: str | None) -> bool:
    """An Arabic or Hebrew noun written without the article (a construct head: «رئيس», «נשיא»).

    A conjunction (و ف / ו ש) may lead; Hebrew ב ל כ swallow the article («לנשיא» is "to
    the president"), so a word with one of them is not known to be indefinite; nor is an
    acronym («רמטכ"ל», a headline's usual subject without the article).
    """
    if '"' in text or "״" in text:
        return False
    if lang == "ar":
        w = norm[1:] if norm[:1] in ("و", "ف") and len(norm) > 4 else norm
        if w[:1] in ("ب", "ك") and w[1:3] == "ال":
            return False
        return not (w.startswith(("ال", "لل")))
    if lang == "he":
        w = norm[1:] if norm[:1] in ("ו", "ש") and len(norm) > 3 else norm
        return not w.startswith(("ה", "ב", "ל", "כ", "מ"))
    return False


def _bare_acronym(toks: list[Token], h: Hit) -> bool:
    # Latin "PM", "FM" (also clock time and radio); «МИД» is only ever the ministry
    return h.length == 1 and toks[h.start].text.isupper() and len(toks[h.start].text) <= 3 and toks[h.start].text.isascii()


def _holder_on(holders: Sequence[tuple[str, date | None, date | None]], day: date | None) -> str | None:
    """The holder on ``day``; no guess when nobody held it.

    Two holders whose terms overlap for a short handover: the newer one.
    Holders in office side by side (China's foreign-ministry spokespeople):
    the title names none of them in particular.  A vacancy of a few weeks
    (a leader killed, a minister dead in a crash) still names the last
    holder: news of the vacancy is news about him ("the Leader's martyrdom").
    """
    latest: dict[str, date] = {}
    for aid, start, end in holders:
        if (day is None and end is None) or (day is not None and (start is None or start <= day) and (end is None or day < end)):
            latest[aid] = max(latest.get(aid, date.min), start or date.min)
    live = sorted((start, aid) for aid, start in latest.items())
    if not live and day is not None:
        ended = [(end, aid) for aid, _start, end in holders if end is not None and end <= day
                 and (day - end).days <= _VACANCY_DAYS]
        return max(ended)[1] if ended else None
    if not live:
        return None
    if len(live) > 1 and (live[-1][0] - live[-2][0]).days < _SIDE_BY_SIDE_DAYS:
        return None
    return live[-1][1]


_NESTED_OFFICES = frozenset(("foreign_ministry", "defence_ministry"))  # institutions read inside longer titles
# an office whose title differs from another's by gender only (the lemmatiser reads «דוברת» as
# «דובר»): the feminine office -> the masculine one
_FEMININE_OF = {"army_arabic_spokeswoman": "army_arabic_spokesperson"}
_MASCULINE_OF = {v: k for k, v in _FEMININE_OF.items()}


def _feminine(word: str) -> bool:
    """«דוברת», «المتحدثة», "spokeswoman": a feminine title word (the title's first)."""
    w = word.rstrip('"״')
    return w.endswith(("ת", "ة", "ه")) or "woman" in w.lower()


_VOICE = "@"  # _P.extra of a title phrase in an outlet's voice: "@IRN"
_COUNTERPART = "counterpart"  # offices.toml [counterpart]: "his Iraqi counterpart", «نظيره العراقي»
_CLAUSE_MARKS = frozenset(",;:.!?،؛\"“”«»|–—")  # a dash closes a headline clause: "… Israeli troops – Tehran"
# Terms that began within this many days of each other are side by side, not a handover.
_SIDE_BY_SIDE_DAYS = 45
# How long after a term ends its title still names the last holder when nobody holds it.
_VACANCY_DAYS = 30


def _lang_ok(pattern_lang: str | None, language: str | None) -> bool:
    """Lexicon patterns apply in their own language (Arabic «حملة» is not Persian «حمله»)."""
    return pattern_lang is None or language is None or pattern_lang == language


def _dedupe_verbs(verbs: list[tuple[Hit, _P]]) -> list[tuple[Hit, _P]]:
    """Longest verb/attribution match first; one stance per span (the non-neutral one)."""
    chosen = longest_non_overlapping([h for h, _ in verbs])
    out: list[tuple[Hit, _P]] = []
    for h in chosen:
        ps = [p for hh, p in verbs if hh.start == h.start and hh.end == h.end]
        ps.sort(key=lambda p: (p.kind != "verb", p.ref == "statement"))
        out.append((h, ps[0]))
    return out


def _pick_by_date(cands: list[Actor], day: date | None) -> Actor | None:
    if not cands:
        return None
    active = [a for a in cands if a.active_on(day)]
    pool = active or cands
    if day is not None and not active:
        # nobody in office on that day: the one whose last office ended most recently before it
        def last_end(a: Actor) -> date:
            ends = [r.end for r in a.roles if r.end and r.end <= day]
            return max(ends) if ends else date.min

        return max(pool, key=last_end)
    return max(pool, key=lambda a: a.latest_start())


def _surface(sentence: str, toks: list[Token], start: int, end: int) -> str:
    if not toks or start >= len(toks):
        return ""
    return sentence[toks[start].start : toks[min(end, len(toks)) - 1].end]


def _scores(signals: list[Signal]) -> Scores:
    esc = de = threat = act = verbal = material = 0.0
    for s in signals:
        if s.counted <= 0:
            continue
        if s.polarity == ESCALATION:
            esc += s.counted
            if s.component == "act":  # ASSAULT, COERCE (GPR acts); the rest are threats
                act += s.counted
            else:
                threat += s.counted
        elif s.polarity == DE_ESCALATION:
            de += s.counted
            if s.mode == "material":
                material += s.counted
            else:
                verbal += s.counted
    return Scores(esc, de, threat, act, verbal, material)


# Two-part headlines (issue 8 §3, round h17).  A headline of two segments puts its topic or cause
# first and its news second: «حملات آمریکا و اسرائیل علیه ایران؛ سوئد … را خواستار شد» (REQUEST),
# «מבצע שאגת הארי: …», «عاجل | …», "Strikes on Iran: UN calls emergency meeting".  The Persian
# semicolon, the colon, the bar and a spaced dash separate the segments (headline style of IRNA,
# ISNA, Ynet, Al Jazeera); a fronted cause or time phrase («پس از X، Y», «بعد X، Y», "after X, Y",
# «после X, Y») ends at its first comma.  The leading segment's events stay counted (they are
# reported) but rank after the second segment's: the main event is the news, not its setting.
# (not the hyphen: "X - as Y pledges …" subordinates its second part)
_SEGMENT_SEPARATORS = ("؛", ":", "|", " – ", " — ")
_QUOTES = frozenset('"\'«“„')
_FRONTED_CAUSE = frozenset(normalise_token(w) for w in (
    "after", "following", "بعد", "پس", "عقب", "إثر", "اثر", "غداة", "אחרי", "לאחר", "בעקבות", "после"))
_COMMAS = ("،", ",")


def _headline_boundary(sentence: str, toks: list[Token], ents: list[_Ent]) -> int | None:
    """The char offset where a two-part headline's second segment begins, or None.

    A topic label is a noun phrase («حملات … علیه ایران؛», «חשש להסלמה:»); a leading segment that
    opens with its subject («عراقچی در تماس با همتای عراقی: …», "Israel strikes Beirut: 5 killed")
    is the headline's main clause, and what follows it is its quote or its detail, as is a
    quotation after the separator («לועג לטראמפ: "…"»)."""
    seps = [i for i in (sentence.find(sep) for sep in _SEGMENT_SEPARATORS) if i > 0]
    # of "source: topic؛ news" («سی‌ان‌ان: هراس … از حمله به ایران؛ آماده باش …») the last part is the news
    cut = max((i for i in (sentence.rfind(sep) for sep in _SEGMENT_SEPARATORS) if i > 0), default=-1)
    if cut < 0 and toks and toks[0].norm in _FRONTED_CAUSE:
        cut = min((i for i in (sentence.find(c) for c in _COMMAS) if i > 0), default=-1)
    elif cut > 0 and ((cut == min(seps) and any(e.start == 0 and not e.prep for e in ents))
                      or sentence[cut + 1:].lstrip(" :|–—")[:1] in _QUOTES):
        return None
    return cut if cut > 0 else None


def _rank_headline_segments(signals: list[Signal], positions: list[int], boundary: int) -> list[Signal]:
    """The second segment's events first when both segments of the headline have one; the
    leading segment's are marked as its setting (counts unchanged: only the main event moves)."""
    def live(s: Signal) -> bool:
        return bool(s.plover_type) and (s.counted > 0 or s.polarity == NEUTRAL)

    lead = [i for i, s in enumerate(signals) if positions[i] < boundary]
    news = [i for i, s in enumerate(signals) if positions[i] >= boundary]
    if not (any(live(signals[i]) for i in lead) and any(live(signals[i]) for i in news)):
        return signals
    marked = [replace(signals[i], note=(signals[i].note + "; " if signals[i].note else "") + "setting of the headline")
              for i in lead]
    return [signals[i] for i in news] + marked


# The main event of a sentence with several (issue 8 §3, h76). Who uses force in the clause: police,
# troops, security forces, or the fire they kill with («برصاص الشرطة», «от пуль полиции», «מירי המשטרה»)
_FORCE_AGENTS = {
    "en": re.compile(r"\b(?:police(?:men)?|troops|soldiers|army|forces|gunmen|riot)\b", re.IGNORECASE),
    "ar": re.compile(r"(?:الشرطة|قوات|الجيش|برصاص|مسلحين|مسلحون)"),
    "fa": re.compile(r"(?:پلیس|نیروهای|ارتش|شلیک|ماموران|مأموران)"),
    "he": re.compile(r"(?:משטרה|שוטרים|כוחות|צבא|מירי)"),
    "ru": re.compile(r"(?:полици|силовик|войск|арми[яиюей]|пул[ьяиею]|военн|омон)", re.IGNORECASE),
}
# Those who protest, named as people («протестующие», «محتجين», "protesters"), not the protest
_PROTESTERS = {
    "en": re.compile(r"\b(?:protest[eo]rs?|demonstrators?)\b", re.IGNORECASE),
    "ar": re.compile(r"(?:محتج|متظاهر)"),
    "fa": re.compile(r"(?:معترض|تظاهرکننده|تظاهر کننده)"),
    "he": re.compile(r"מפגינ"),
    "ru": re.compile(r"(?:протестующ|демонстрант|митингующ)", re.IGNORECASE),
}
# A cause or setting named before the event it led to: "resigned after weeks of protests", «در پی اعتراضات
# … استعفا داد», «на фоне массовых протестов» (the last words before the cause noun)
_CAUSE_BEFORE = {
    "en": re.compile(r"\b(?:after|following|amid)(?:\s+\S+){0,3}\s*$", re.IGNORECASE),
    "ar": re.compile(r"(?:بعد|إثر|عقب|أعقاب|وسط|تحت ضغط|تحت ضغوط)(?:\s+\S+){0,3}\s*$"),
    "fa": re.compile(r"(?:در پی|پس از|به دنبال|در اثر)(?:\s+\S+){0,3}\s*$"),
    "he": re.compile(r"(?:לאחר|אחרי|בעקבות|על רקע)(?:\s+\S+){0,3}\s*$"),
    "ru": re.compile(r"(?:после|на фоне|из-за|вслед за)(?:\s+\S+){0,3}\s*$", re.IGNORECASE),
}
_PROTEST_CAUSE_NOTE = "cause of the concession"
# a Persian sentence opening (after an optional «به گزارش …،» frame) with a cause or time phrase set off by a
# comma: the setting of the verb-final main clause after it (_main_clause_lead, h83)
_FA_FRONTED_SETTING = re.compile(r"^\s*(?:به گزارش[^،,]{0,60}[،,]\s*)?(?:در پی|پس از|بعد از|به دنبال|به‌دنبال|در آستانه|در اثر)\s[^،,]{1,80}[،,]")
# fighting both sides wage (a clash is the protesters' as much as the police's)
_MUTUAL_FIGHTING = re.compile(r"\.(?:clash|fighting|confrontation)")


def _force_agent(sentence: str, language: str | None) -> bool:
    """Does the clause name who used force (after a source colon: «الشرطة الباكستانية: مقتل 9» is a source)?"""
    rx = _FORCE_AGENTS.get(language or "")
    return bool(rx and rx.search(sentence.rpartition(":")[2]))


def _main_clause_lead(signals: list[Signal], sentence: str, language: str | None) -> list[Signal]:
    """The main event of a sentence with several leads it (issue 8 §3, h76; main_type takes the first).

    - Casualties reported with a protest and no one named who used force ("Several hundred feared dead
      as Tanzania election protests continue", «قتلى وجرحى خلال اقتحام محتجين … القنصلية», «Трое
      погибших в ходе протестов») are the protest's toll: the protest leads (gold: PROTEST). With police,
      troops or their fire named ("Police kill nine protesters", «погибли от пуль полиции») the killing
      is the event and leads as written.
    - A concession (a resignation, a curfew lifted) whose cause is a protest named after "after,
      following, amid" (or before it, in Persian: «در پی اعتراضات … استعفا داد») is the event; the
      protest is its cause, background, as an attack named as the cause of an aftermath is (h67).
    """
    live = [s for s in signals if s.counted > 0]
    if len(live) < 2:
        return signals
    if language == "fa" and (fronted := _FA_FRONTED_SETTING.match(sentence)) is not None:
        # «در پی حمله به پاسگاه مرزی، پلیس آرنور ده نفر را بازداشت کرد»: a cause or time phrase set off
        # before the main clause is its setting; the verb-final main clause leads (h83). The setting's
        # act stays counted (the fa gold counts a same-day cause), it only does not lead.
        edge = fronted.end()
        k = next((k for k, s in enumerate(signals)
                  if s.counted > 0 and s.plover_type and sentence.find(s.text, edge) >= edge
                  and sentence.find(s.text) >= edge), None)
        if k is not None and any(s.counted > 0 and 0 <= sentence.find(s.text) < edge for s in signals[:k]):
            signals = [signals[k], *signals[:k], *signals[k + 1:]]
            live = [s for s in signals if s.counted > 0]
    cause_rx = _CAUSE_BEFORE.get(language or "")
    if cause_rx and any(s.plover_type == "CONCEDE" for s in live):
        out: list[Signal] = []
        for s in signals:
            at = sentence.find(s.text)
            if (s.counted > 0 and at >= 0 and (s.plover_type == "PROTEST" or (language == "ar" and s.category == "demand"))
                    and cause_rx.search(sentence[:at])):
                # (Arabic: pressure named as the cause, «تراجعت … عن قرارها … إثر ضغوط دولية», h91)
                s = replace(s, modality=HISTORICAL, counted=0.0, note=_PROTEST_CAUSE_NOTE)
            out.append(s)
        signals = out
        live = [s for s in signals if s.counted > 0]
    people = _PROTESTERS.get(language or "")
    if (people and live and live[0].plover_type == "PROTEST" and people.search(live[0].text)
            and _force_agent(sentence, language)):
        # protesters named as people where police or troops are named, then a killing, a shooting or a raid
        # (no clash, which both sides fight): they are whom force was used on, and the force leads
        # («نیروهای امنیتی به سوی معترضان آتش گشودند», «Двое протестующих погибли от пуль полиции»)
        k = next((k for k, s in enumerate(signals) if s.counted > 0 and s.plover_type in ("ASSAULT", "COERCE")
                  and not _MUTUAL_FIGHTING.search(s.entry)), None)
        if k is not None:
            return [signals[k], *signals[:k], *signals[k + 1:]]
    if (live and live[0].category == "casualties" and not _force_agent(sentence, language)
            and (k := next((k for k, s in enumerate(signals) if s.counted > 0 and s.plover_type == "PROTEST"), None)) is not None):
        return [signals[k], *signals[:k], *signals[k + 1:]]
    return signals
