"""The digest's fixed text in English and Arabic.

Only the digest's own words live here; article-derived text (headlines, claim
sentences, outlet names) is shown as written, in its own language.  Arabic
avoids verb agreement with counted nouns (which needs dual and plural forms)
by putting numbers after a label ("وسائل إعلام مستقلة: 3").
"""

from __future__ import annotations

LANGUAGES = ("en", "ar")
RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur", "ps", "yi", "ckb", "dv"})

_TEXT: dict[str, dict[str, str]] = {
    "en": {
        "title": "Tension digest",
        "subject": "Tension digest {day}",
        "subject_top": "Tension digest {day}: {label} {direction}",
        "subject_event": "Tension digest {day}: {event}",
        "intro": "Daily escalation and de-escalation reading of the news you follow, for {day}.",
        "following_all": "Following: all scopes with enough stories.",
        "following": "Following: {scopes}.",
        "languages": "Story languages: {languages}.",
        "events": "Top events",
        "events_none": "No stories today in the scopes you follow.",
        "event_outlets": "{n} outlets",
        "event_outlet": "1 outlet",
        "event_languages": "in {languages}",
        "reading": "English reading",
        "movers": "What moved",
        "movers_none": "Nothing moved today in the scopes you follow.",
        "col_scope": "Scope",
        "col_direction": "Today",
        "col_index": "Index",
        "col_change": "Change since yesterday",
        "col_anomaly": "Against baseline",
        "col_esc_share": "Stories reporting escalation",
        "col_de_share": "Stories reporting de-escalation",
        "share_before": "yesterday {before}",
        "index_none": "no baseline yet",
        "anomaly_none": "–",
        "low_volume": "few stories: read with care",
        "chart_title": "Last {days} days",
        "chart_alt": "Chart: escalation (solid line, triangles) and de-escalation (dashed line, circles) per 100 stories over the last {days} days for {scopes}.",
        "chart_escalation": "escalation",
        "chart_de_escalation": "de-escalation",
        "chart_ylabel": "per 100 stories",
        "stories": "Top stories",
        "stories_none": "No stories today.",
        "outlets": "Independent outlets: {n}",
        "open_original": "original",
        "claims": "Quoted",
        "scope_today": "Escalation {esc}, de-escalation {de} per 100 stories.",
        "footer_method": "How the numbers are made: \"stories reporting escalation\" is the share of the scope's stories of the day (each event counted once however many outlets carry it) in which the analyser found an escalation, likewise for de-escalation; behind the chart, escalation and de-escalation are weighted news signals per 100 stories of the day, a story counted once however many outlets carry it and weighted by its independent publishers; the index is escalation rebased to 100 over a {baseline_days}-day baseline; \"against baseline\" is a z-score against the scope's own last {anomaly_days} days; fewer than {min_stories} stories in a day is low volume.",
        "footer_link": "Methodology",
        "footer_unsubscribe": "How to stop receiving it",
        "generated": "Generated from {what}.",
        "generated_what": "formula {formula}, reference data {reference}",
        "direction.escalating": "escalating",
        "direction.de-escalating": "de-escalating",
        "direction.stable": "stable",
        "reason_none": "no stories today",
        "reason": "{what} — {counts}",
        "move.up": "tension up",
        "move.down": "tension down",
        "move.flat": "no change",
        "against": "{direction} against baseline",
        "field_sep": "; ",
        "list_sep": ", ",
        "global": "All news",
        "pair_sep": " – ",
        "dyad_sep": " → ",
        "scope.global": "All news",
    },
    "ar": {
        "title": "موجز التوتر",
        "subject": "موجز التوتر {day}",
        "subject_top": "موجز التوتر {day}: {label} {direction}",
        "subject_event": "موجز التوتر {day}: {event}",
        "intro": "القراءة اليومية للتصعيد والتهدئة في الأخبار التي تتابعها، ليوم {day}.",
        "following_all": "المتابَع: كل النطاقات التي فيها أخبار كافية.",
        "following": "المتابَع: {scopes}.",
        "languages": "لغات الأخبار: {languages}.",
        "events": "أبرز الأحداث",
        "events_none": "لا أخبار اليوم في النطاقات التي تتابعها.",
        "event_outlets": "وسائل إعلام مستقلة: {n}",
        "event_outlet": "وسائل إعلام مستقلة: 1",
        "event_languages": "اللغات: {languages}",
        "reading": "قراءة",
        "movers": "ما الذي تغيّر",
        "movers_none": "لم يتغيّر شيء اليوم في النطاقات التي تتابعها.",
        "col_scope": "النطاق",
        "col_direction": "اليوم",
        "col_index": "المؤشر",
        "col_change": "التغيّر منذ الأمس",
        "col_anomaly": "مقارنة بالأساس",
        "col_esc_share": "أخبار تنقل تصعيدًا",
        "col_de_share": "أخبار تنقل تهدئة",
        "share_before": "أمس {before}",
        "index_none": "لا أساس بعد",
        "anomaly_none": "–",
        "low_volume": "أخبار قليلة: تُقرأ بحذر",
        "chart_title": "آخر {days} يومًا",
        "chart_alt": "رسم بياني: التصعيد (خط متصل ومثلثات) والتهدئة (خط متقطع ودوائر) لكل 100 خبر خلال آخر {days} يومًا لـ {scopes}.",
        "chart_escalation": "تصعيد",
        "chart_de_escalation": "تهدئة",
        "chart_ylabel": "لكل 100 خبر",
        "stories": "أهم الأخبار",
        "stories_none": "لا أخبار اليوم.",
        "outlets": "وسائل إعلام مستقلة: {n}",
        "open_original": "المصدر",
        "claims": "تصريحات",
        "scope_today": "التصعيد {esc}، التهدئة {de} لكل 100 خبر.",
        "footer_method": "كيف تُحسب الأرقام: «أخبار تنقل تصعيدًا» نسبة أخبار النطاق في ذلك اليوم (يُعدّ الحدث مرة واحدة مهما تعددت الوسائل) التي وجد فيها المحلّل تصعيدًا، وكذلك التهدئة؛ وفي الرسم البياني التصعيد والتهدئة إشارات إخبارية موزونة لكل 100 خبر في اليوم، ويُعدّ الخبر مرة واحدة مهما تعددت الوسائل التي تنشره ويُوزن بعدد ناشريه المستقلين؛ والمؤشر هو التصعيد منسوبًا إلى 100 على أساس آخر {baseline_days} يومًا؛ و«مقارنة بالأساس» درجة معيارية مقابل آخر {anomaly_days} يومًا للنطاق نفسه؛ وأقل من {min_stories} أخبار في اليوم حجم منخفض.",
        "footer_link": "المنهجية",
        "footer_unsubscribe": "لإيقاف الاشتراك",
        "generated": "مصدر البيانات: {what}.",
        "generated_what": "الصيغة {formula}، البيانات المرجعية {reference}",
        "direction.escalating": "تصعيد",
        "direction.de-escalating": "تهدئة",
        "direction.stable": "مستقر",
        "reason_none": "لا أخبار اليوم",
        "reason": "{what} ({counts})",
        "move.up": "ارتفاع التوتر",
        "move.down": "تراجع التوتر",
        "move.flat": "دون تغيّر",
        "against": "مقارنة بالأساس: {direction}",
        "field_sep": "؛ ",
        "list_sep": "، ",
        "global": "كل الأخبار",
        "pair_sep": " – ",
        "dyad_sep": " ← ",
        "scope.global": "كل الأخبار",
    },
}

# Claim stances (seeds/lexicon/claims.toml): a label for "speaker — stance — text".
_STANCE: dict[str, dict[str, str]] = {
    "en": {
        "offer": "offer", "threat": "threat", "warning": "warning", "accusation": "accusation",
        "denial": "denial", "appeal": "appeal", "demand": "demand", "pledge": "pledge",
        "rejection": "rejection", "agreement": "agreement", "welcome": "welcome", "claim": "claim",
        "report": "report", "statement": "statement",
    },
    "ar": {
        "offer": "عرض", "threat": "تهديد", "warning": "تحذير", "accusation": "اتهام", "denial": "نفي",
        "appeal": "دعوة", "demand": "مطالبة", "pledge": "تعهّد", "rejection": "رفض", "agreement": "موافقة",
        "welcome": "ترحيب", "claim": "ادعاء", "report": "إفادة", "statement": "تصريح",
    },
}
_LANGUAGE_NAMES: dict[str, dict[str, str]] = {
    "en": {"ar": "Arabic", "en": "English", "fa": "Persian", "he": "Hebrew", "ru": "Russian", "fr": "French", "tr": "Turkish"},
    "ar": {"ar": "العربية", "en": "الإنجليزية", "fa": "الفارسية", "he": "العبرية", "ru": "الروسية", "fr": "الفرنسية", "tr": "التركية"},
}


def lang_of(language: str) -> str:
    """The digest language to use for a recipient's setting (unknown → English)."""
    return language if language in LANGUAGES else "en"


def template(language: str, key: str) -> str:
    """The raw text of ``key`` in ``language`` (English when missing), placeholders unfilled."""
    return _TEXT[lang_of(language)].get(key, _TEXT["en"].get(key, key))


def t(language: str, key: str, **values: object) -> str:
    """Fixed text ``key`` in ``language`` (English when missing), with ``values`` filled in."""
    text = template(language, key)
    return text.format(**values) if values else text


def is_rtl(language: str | None) -> bool:
    """Whether text in ``language`` (a code like "ar" or "fa-IR") runs right to left."""
    return bool(language) and str(language).split("-")[0].lower() in RTL_LANGUAGES


def direction_word(language: str, direction: str) -> str:
    return t(language, f"direction.{direction}")


def stance_word(language: str, stance: str) -> str:
    return _STANCE[lang_of(language)].get(stance, stance)


def language_name(language: str, code: str) -> str:
    return _LANGUAGE_NAMES[lang_of(language)].get(code, code)


def counts_phrase(language: str, stories: int, outlets: int) -> str:
    """"24 stories, 9 outlets" / "أخبار: 24، وسائل إعلام مستقلة: 9" (labels, so no Arabic
    number agreement)."""
    if lang_of(language) == "ar":
        return f"أخبار: {stories}، وسائل إعلام مستقلة: {outlets}"
    s = "1 story" if stories == 1 else f"{stories} stories"
    o = "1 outlet" if outlets == 1 else f"{outlets} outlets"
    return f"{s}, {o}"


def outlets_phrase(language: str, n: int) -> str:
    """"1 outlet", "3 outlets" / "وسائل إعلام مستقلة: 3"."""
    return t(language, "event_outlet") if n == 1 else t(language, "event_outlets", n=n)


def move_word(language: str, move: str) -> str:
    """"tension up" / "tension down" / "no change": a mover's net since yesterday."""
    return t(language, f"move.{move}")
