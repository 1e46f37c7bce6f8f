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
        "chart_alt": "Chart: stories reporting escalation (solid line, triangles) and stories reporting de-escalation (dashed line, circles) each day over the last {days} days for {scopes}.",
        "chart_escalation": "stories reporting escalation",
        "chart_de_escalation": "stories reporting de-escalation",
        "chart_ylabel": "stories a day",
        "stories": "Top stories",
        "stories_none": "No stories today.",
        "outlets": "Independent outlets: {n}",
        "open_original": "original",
        "claims": "Quoted",
        "scope_today": "{esc_n} of {n} stories reported escalation, {de_n} de-escalation.",
        "scope_today_one": "{esc_n} of 1 story reported escalation, {de_n} de-escalation.",
        "index_value": "Index {index} (100 = mean of the last {days} days).",
        "index_short": "Index {index} (short baseline: {days} days).",
        "index_line_none": "Index: no baseline yet.",
        "footer_method": "How the numbers are made. A story is one event, counted once however many outlets carry it. Stories reporting escalation: how many of the scope's stories of the day the analyser found reporting an escalation (an attack, a threat, a mobilisation, a sanction …), and their share of those stories; likewise for de-escalation; the chart shows these counts day by day. Index: the day's stories reporting escalation as a percentage of their daily mean over the days before (up to {baseline_days}; 100 = an average day), always shown with how many days that is, flagged as a short baseline under {short_days} days, and not given before {min_baseline_days} days of history or when such stories averaged under {min_base_mean} a day. Against baseline: how unusual today's count of stories reporting escalation (or de-escalation) is against the scope's own last {anomaly_days} days, in standard deviations; with the change since yesterday it decides what is listed under \"What moved\". Low volume: fewer than {min_stories} stories in a day, so read the figures with care. Top stories are ordered by their weighted reading (more independent outlets and stronger signals first).",
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
        "chart_alt": "رسم بياني: عدد الأخبار التي تنقل تصعيدًا (خط متصل ومثلثات) والأخبار التي تنقل تهدئة (خط متقطع ودوائر) في كل يوم، آخر {days} يومًا، لـ {scopes}.",
        "chart_escalation": "أخبار تنقل تصعيدًا",
        "chart_de_escalation": "أخبار تنقل تهدئة",
        "chart_ylabel": "أخبار في اليوم",
        "stories": "أهم الأخبار",
        "stories_none": "لا أخبار اليوم.",
        "outlets": "وسائل إعلام مستقلة: {n}",
        "open_original": "المصدر",
        "claims": "تصريحات",
        "scope_today": "أخبار اليوم: {n}؛ منها أخبار تنقل تصعيدًا: {esc_n}، وأخبار تنقل تهدئة: {de_n}.",
        "scope_today_one": "أخبار اليوم: 1؛ منها أخبار تنقل تصعيدًا: {esc_n}، وأخبار تنقل تهدئة: {de_n}.",
        "index_value": "المؤشر: {index} (100 = المتوسط اليومي لأيام الأساس، وعددها: {days}).",
        "index_short": "المؤشر: {index} (أساس قصير، عدد أيامه: {days}).",
        "index_line_none": "المؤشر: لا أساس بعد.",
        "footer_method": "كيف تُحسب الأرقام. الخبر حدث واحد يُعدّ مرة واحدة مهما تعددت الوسائل التي تنشره. «أخبار تنقل تصعيدًا»: عدد أخبار النطاق في ذلك اليوم التي وجد فيها المحلّل تصعيدًا (هجومًا أو تهديدًا أو حشدًا أو عقوبة …) ونسبتها من تلك الأخبار، وكذلك التهدئة؛ ويعرض الرسم البياني هذه الأعداد يومًا بيوم. «المؤشر»: عدد أخبار اليوم التي تنقل تصعيدًا منسوبًا إلى متوسطه اليومي في أيام الأساس السابقة (حدّها الأقصى: {baseline_days}؛ 100 = يوم عادي)، ويُذكر معه دائمًا عدد أيام الأساس، ويوصف بأنه «أساس قصير» إذا قلّت أيام الأساس عن {short_days}، ولا يُعطى إذا قلّت أيام السجل عن {min_baseline_days} أو قلّ متوسطها اليومي من هذه الأخبار عن {min_base_mean}. «مقارنة بالأساس»: مدى شذوذ عدد أخبار اليوم التي تنقل تصعيدًا (أو تهدئة) مقارنة بالأيام السابقة للنطاق نفسه (عددها: {anomaly_days})، مقيسًا بالانحراف المعياري؛ وبه وبالتغيّر منذ الأمس يتحدد ما يُدرج تحت «ما الذي تغيّر». «حجم منخفض»: أقل من {min_stories} أخبار في اليوم، فتُقرأ الأرقام بحذر. وتُرتَّب أهم الأخبار بحسب قراءتها الموزونة (الأكثر وسائل إعلام مستقلة والأقوى إشارات أولًا).",
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


# An index rebased on fewer days of history than this is flagged "short baseline" (issue 10
# §5): four weeks hold four of each weekday, so the weekly news cycle averages out; the same
# threshold as ``monitor index`` (monitor/index/report.py SHORT_BASELINE).
SHORT_BASELINE_DAYS = 28


def scope_today(language: str, escalation_stories: int, de_escalation_stories: int, stories: int) -> str:
    """"3 of 8 stories reported escalation, 1 de-escalation." (labels in Arabic)."""
    key = "scope_today_one" if stories == 1 else "scope_today"
    return t(language, key, esc_n=escalation_stories, de_n=de_escalation_stories, n=stories)


def index_phrase(language: str, index: float | None, baseline_days: int | None) -> str:
    """The index with what it is rebased on: "Index 112 (100 = mean of the last 90 days).",
    "Index 340 (short baseline: 12 days)." under ``SHORT_BASELINE_DAYS``, "Index: no
    baseline yet." without one -- never a bare number.  A value computed before formula 2.0
    (no ``baseline_days`` recorded) gives "": it is not shown, as nothing says what it is
    rebased on."""
    if index is None:
        return t(language, "index_line_none")
    if baseline_days is None:
        return ""  # a value computed before formula 2.0: its baseline is unknown, so it is not shown
    key = "index_short" if baseline_days < SHORT_BASELINE_DAYS else "index_value"
    return t(language, key, index=f"{index:.0f}", days=baseline_days)


def move_word(language: str, move: str) -> str:
    """"tension up" / "tension down" / "no change": a mover's net since yesterday."""
    return t(language, f"move.{move}")
