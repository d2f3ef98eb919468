"""Source authority: which attributed figure outranks which when reports disagree.

A source name is classified with the language packs' data (each pack's `SourceData.organisations`
maps the forms a language writes, "FN", "Croix-Rouge", "regjeringen", to canonical names) and the
shared `lang.organisations` table (canonical name -> kind): no language is named here.
"""

from __future__ import annotations

import re
from functools import cache

from uprooted.lang import all_packs
from uprooted.lang.organisations import SHARED_FORMS, SOURCE_KINDS
from uprooted.models import Fact


@cache
def _forms() -> tuple[tuple[re.Pattern[str], str], ...]:
    """(pattern, canonical name), longest forms first: the packs' forms match in any case
    ("Ministry", "Gobierno" at a sentence start), the shared acronyms only as written ("AP")."""
    table: dict[str, tuple[str, int]] = {form: (name, 0) for form, name in SHARED_FORMS.items()}
    for pack in {id(p): p for p in all_packs().values()}.values():
        table.update({form: (name, re.IGNORECASE) for form, name in pack.sources.organisations.items()})
    ordered = sorted(table.items(), key=lambda item: -len(item[0]))
    return tuple((re.compile(rf"(?<!\w)(?:{form})(?!\w)", flags), name) for form, (name, flags) in ordered)


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


RELIABILITY_ENV = "UPROOTED_SOURCE_RELIABILITY"


def source_reliability(setting: str | None = None) -> dict[str, int]:
    """Reliability rank per source kind: KIND_RANK, overridden by `UPROOTED_SOURCE_RELIABILITY`
    ("iom=3,un=3,government=3,red_cross=3,ngo=2,other=1,media=0"; unknown kinds and bad numbers
    are ignored, the rest keep their defaults)."""
    import os

    ranks = dict(KIND_RANK)
    text = setting if setting is not None else os.environ.get(RELIABILITY_ENV, "")
    for item in text.split(","):
        name, _, number = item.partition("=")
        name = name.strip().lower()
        try:
            value = int(number.strip())
        except ValueError:
            continue
        if name in ranks:
            ranks[name] = value
    return ranks


def source_kind(source: str | None) -> str:
    """The kind of a source named in free text; `media` when there is no attribution."""
    if not source or not source.strip():
        return "media"
    if source in SOURCE_KINDS:
        return SOURCE_KINDS[source]
    for pattern, canonical in _forms():
        if pattern.search(source):
            return SOURCE_KINDS.get(canonical, "other")
    return "other"


def fact_source_kind(fact: Fact) -> str:
    """The fact's declared `source_kind`, else the kind inferred from its `source`."""
    declared = (fact.source_kind or "").strip().lower()
    if declared in KIND_RANK:
        return declared
    return source_kind(fact.source)
