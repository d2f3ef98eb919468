"""Source authority: which attributed figure outranks which when reports disagree.

Hand-written patterns because no library classifies humanitarian source names; the
patterns cover the names as they appear in en, nb, fr, es and ar reports.
"""

from __future__ import annotations

import re

from uprooted.models import Fact

# Order matters: "IOM" before the generic UN pattern, Red Cross before "government".
_KIND_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "iom",
        re.compile(
            r"\b(IOM|DTM|OIM|International Organi[sz]ation for Migration|migrasjon|"
            r"Organisation internationale pour les migrations|Organizaci[oó]n Internacional "
            r"para las Migraciones)\b|المنظمة الدولية للهجرة",
            re.I,
        ),
    ),
    (
        "red_cross",
        re.compile(
            r"Red Cross|Red Crescent|IFRC|ICRC|R[øo]de [Kk]ors|R[øo]de [Hh]alvm[åa]ne|"
            r"Croix[- ]Rouge|Cruz Roja|Media Luna Roja|الصليب الأحمر|الهلال الأحمر",
            re.I,
        ),
    ),
    (
        "un",
        re.compile(
            r"\b(UN|U\.N\.|UNHCR|OCHA|UNICEF|WFP|FN|ONU|HCR|ACNUR|United Nations|"
            r"Nations [Uu]nies|Naciones Unidas|FNs)\b|الأمم المتحدة|مفوضية",
            re.I,
        ),
    ),
    (
        "government",
        re.compile(
            r"government|ministry|minister|authorit|governor|mayor|civil protection|"
            r"civil defen[cs]e|disaster management|NDMA|BNPB|police|army|military|"
            r"regjering|departement|myndighet|politi|kommune|fylke|"
            r"gouvernement|minist[eè]re|pr[ée]fecture|autorit[ée]s|protection civile|"
            r"gobierno|ministerio|autoridades|protecci[oó]n civil|alcald|"
            r"الحكومة|وزارة|السلطات|الدفاع المدني|محافظ",
            re.I,
        ),
    ),
    (
        "ngo",
        re.compile(
            r"\b(NRC|Norwegian Refugee Council|Flyktninghjelpen|MSF|M[ée]decins|Save the Children|"
            r"Oxfam|CARE|NGO|ONG)\b|aid agenc|aid group|relief agenc|hjelpeorganisasjon",
            re.I,
        ),
    ),
)

PRIMARY_KINDS = frozenset({"iom", "un", "government", "red_cross"})

# Higher outranks lower. Primary bodies count people themselves; NGOs often relay them;
# a figure with no attribution is the outlet's own paraphrase.
KIND_RANK: dict[str, int] = {
    "iom": 3,
    "un": 3,
    "government": 3,
    "red_cross": 3,
    "ngo": 2,
    "other": 1,
    "media": 0,
}


def source_kind(source: str | None) -> str:
    """The kind of a source named in free text; `media` when there is no attribution."""
    if not source or not source.strip():
        return "media"
    for kind, pattern in _KIND_PATTERNS:
        if pattern.search(source):
            return kind
    return "other"


def fact_source_kind(fact: Fact) -> str:
    """The fact's declared `source_kind`, else the kind inferred from its `source`."""
    declared = (fact.source_kind or "").strip().lower()
    if declared in KIND_RANK:
        return declared
    return source_kind(fact.source)
