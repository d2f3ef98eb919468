"""What two reports share: places (and their parents), dates, figures, names, words, meaning.

Each document is reduced once to a `Profile`; `pair_score` compares two profiles. The weights are
hand-set (no labelled corpus big enough to learn them) and were checked on tests/link/pairs.jsonl.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from rapidfuzz import fuzz

from uprooted.models import Document, Fact
from uprooted.places import is_country_place

# Reports of one happening are published within days of it; a follow-up a month on is still the
# same event, the same place a year later is not.
MAX_DAYS_APART = 45
LINK_THRESHOLD = 2.5
# multilingual-e5 puts unrelated news at a cosine of ~0.80 and one story retold at ~0.90+.
EMBED_FLOOR = 0.84
EMBED_SPAN = 0.08

_CAPITALISED = re.compile(r"\b([A-ZÆØÅÉ][\w'’-]{2,}|[A-Z]{2,6})\b")
# A capitalised word right after these (or at the very start) may just open a sentence.
_SENTENCE_OPENERS = frozenset('.!?:;"«“(')
# "60 ألف" (60 thousand), "1,2 millioner": a figure often comes with a multiplier word. Hand-written:
# the extractor's language packs do this properly; linking only needs the common words.
_MULTIPLIERS = {
    "ألف": 1_000,
    "آلاف": 1_000,
    "مليون": 1_000_000,
    "million": 1_000_000,
    "millions": 1_000_000,
    "millioner": 1_000_000,
    "millones": 1_000_000,
    "millón": 1_000_000,
    "thousand": 1_000,
    "mil": 1_000,
}
_NUMBER_WORD = re.compile(r"(\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?!\d)|\d+(?:[.,]\d+)?)\s*(\w+)?")
_WORD = re.compile(r"\w+", re.UNICODE)
# Capitalised words that are not names (sentence starts are already skipped; these slip through).
_NOT_NAMES = frozenset(
    {
        "the",
        "said",
        "saturday",
        "sunday",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "according",
        "reporting",
        "aid",
        "storm",
        "cyclone",
        "floods",
    }
)


@dataclass
class Profile:
    """A document reduced to what linking compares."""

    doc_id: str
    lang: str | None
    published: date | None
    cities: set[tuple[str, str]] = field(default_factory=set)  # (country, name)
    admin1s: set[tuple[str, str]] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    fact_days: list[date] = field(default_factory=list)
    figures: set[int] = field(default_factory=set)
    names: set[str] = field(default_factory=set)
    measures: set[str] = field(default_factory=set)
    text: str = ""


def _to_int(token: str) -> int | None:
    digits = "".join(str(unicodedata.digit(c)) for c in token if unicodedata.digit(c, None) is not None)
    return int(digits) if digits else None


def _day(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10]) if len(text) >= 10 else date.fromisoformat(f"{text[:7]}-01")
    except ValueError:
        return None


def _fold(text: str) -> str:
    """Case- and accent-insensitive form, so 'Orihuela' and 'ORIHUELA', 'Sake' and 'Saké' meet."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


def profile(doc: Document, facts: Sequence[Fact]) -> Profile:
    prof = Profile(doc_id=doc.doc_id, lang=doc.lang, published=doc.published)
    text = " ".join(filter(None, [doc.title, doc.text]))
    prof.text = text
    for fact in facts:
        prof.measures.add(fact.measure)
        if fact.value >= 10:
            prof.figures.add(fact.value)
        day = _day(fact.end)
        if day:
            prof.fact_days.append(day)
        place = fact.place
        if place is None:
            continue
        country = place.country or "-"
        if place.country:
            prof.countries.add(place.country)
        country_level = is_country_place(place)  # "Across Guatemala": a named country is no city
        if place.name and place.name != place.admin1 and not country_level:
            prof.cities.add((country, _fold(place.name)))
            prof.names.add(_fold(place.name))
        if place.admin1:
            prof.admin1s.add((country, _fold(place.admin1)))
            prof.names.add(_fold(place.admin1))
        elif place.name and not country_level:
            prof.admin1s.add((country, _fold(place.name)))
        if fact.source:
            prof.names.update(_fold(w) for w in _WORD.findall(fact.source) if w[:1].isupper())
    prof.figures.update(text_figures(text))
    prof.names.update(text_names(text))
    return prof


def text_figures(text: str) -> set[int]:
    """Figures stated in the text, separators dropped and multiplier words applied."""
    found = set()
    for token, word in _NUMBER_WORD.findall(text):
        token = token.strip()
        value = _to_int(token)
        if value is None:
            continue
        multiplier = _MULTIPLIERS.get((word or "").casefold())
        # four bare digits are usually a year ("2017"), not a figure
        if len(token) == 4 and 1900 <= value <= 2100 and not multiplier:
            continue
        if multiplier and not re.search(r"[.,]\d{3}$", token):
            decimal = re.fullmatch(r"(\d+)[.,](\d{1,2})", token)  # "1,2 millioner"
            value = round(float(f"{decimal[1]}.{decimal[2]}") * multiplier) if decimal else value * multiplier
        if value >= 100:
            found.add(value)
    return found


def text_names(text: str) -> set[str]:
    """Capitalised words not opening a sentence, plus acronyms: a cheap stand-in for named entities."""
    names = set()
    for match in _CAPITALISED.finditer(text):
        before = text[: match.start()].rstrip()
        if not before or before[-1] in _SENTENCE_OPENERS:
            continue
        name = _fold(match.group(1))
        if name not in _NOT_NAMES:
            names.add(name)
    return names


def _days_apart(a: Profile, b: Profile) -> int | None:
    gaps = []
    if a.published and b.published:
        gaps.append(abs((a.published - b.published).days))
    if a.fact_days and b.fact_days:
        gaps.append(min(abs((x - y).days) for x in a.fact_days for y in b.fact_days))
    return min(gaps) if gaps else None


def _place_named_in(a: Profile, b: Profile) -> bool:
    """A report without place facts that names the other report's place in its text."""
    places = {name for _, name in a.cities | a.admin1s}
    return bool(places) and not b.cities and bool(places & b.names)


def pair_score(a: Profile, b: Profile, cosine: float | None = None) -> tuple[float, list[str]]:
    """Evidence that two documents report one event: a score (link at >= LINK_THRESHOLD) and why."""
    why: list[str] = []
    gap = _days_apart(a, b)
    if gap is not None and gap > MAX_DAYS_APART:
        return 0.0, [f"{gap} days apart"]
    if a.countries and b.countries and not a.countries & b.countries:
        return 0.0, ["different countries"]

    score = 0.0
    if a.cities & b.cities:
        score += 2.0
        why.append("same place")
    elif a.admin1s & b.admin1s:
        score += 1.0
        why.append("same admin1")
    elif a.countries & b.countries:
        score += 0.3
        why.append("same country")
    elif _place_named_in(a, b) or _place_named_in(b, a):
        score += 1.0
        why.append("one report's place named in the other")
    if a.cities and b.cities and not a.cities & b.cities and not a.admin1s & b.admin1s:
        score -= 1.0
        why.append("different places")

    shared_figures = a.figures & b.figures
    if shared_figures:
        score += 1.5 + 0.5 * min(len(shared_figures) - 1, 2)
        why.append(f"shared figures {sorted(shared_figures)[:3]}")

    shared_names = a.names & b.names
    if shared_names:
        score += 0.5 * min(len(shared_names), 4)
        why.append(f"shared names {sorted(shared_names)[:4]}")

    if gap is not None:
        score += 0.5 if gap <= 3 else 0.25 if gap <= 10 else 0.0

    if a.lang and a.lang == b.lang:
        overlap = fuzz.token_set_ratio(a.text.casefold(), b.text.casefold()) / 100
        if overlap > 0.5:
            score += min((overlap - 0.5) * 2.5, 1.25)
            why.append(f"text overlap {overlap:.2f}")

    if cosine is not None:
        boost = (cosine - EMBED_FLOOR) / EMBED_SPAN
        score += max(min(boost, 1.5), -1.0)
        why.append(f"embedding cosine {cosine:.2f}")
    return score, why
