"""Plausibility: figures no place could hold are flagged and kept out of best estimates.

A fact is implausible (until an analyst confirms or corrects it) when
* `money`: the figure as written in its evidence stands next to a currency: a currency sign
  ("$75 million"), an ISO 4217 code (pycountry's list: "1.5 trillion IDR") or one of the language
  pack's currency words ("572 million pounds");
* `above_population`: it counts more people (or homes) than live in its place, by GeoNames'
  population of that place (a country's, a city's; an admin area's is the sum of its towns, a
  lower bound, so it is only checked against its country's population);
* `outlier`: it is more than OUTLIER_FACTOR times every other figure of the same place and
  measure from other reports (at least OUTLIER_MIN_OTHERS of them): one report's 1,000,000
  beside others' 2,000 to 10,000 is a misreading far more often than news.

Each reason is a flag on the fact's reference in the matrix (`implausible`), and on its point.
Facts an analyst confirmed, corrected or added by hand are never kept out.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import cache

from uprooted.models import Fact, Place

OUTLIER_FACTOR = 20
OUTLIER_MIN_OTHERS = 2
# Statuses that mean an analyst has looked at the fact: its figure stands as they left it.
REVIEWED = frozenset({"confirmed", "corrected", "manual"})
# More people than have ever lived at once: no place holds them.
WORLD_POPULATION = 8_200_000_000


@cache
def _currency_codes() -> frozenset[str]:
    try:
        import pycountry

        return frozenset(c.alpha_3 for c in pycountry.currencies)
    except Exception:  # noqa: BLE001 - the list only sharpens the check
        return frozenset()


@cache
def _currency_words(lang: str | None) -> tuple[str, ...]:
    from uprooted.lang import get_pack

    pack = get_pack(lang) if lang else None
    return tuple(w.casefold() for w in (pack.numbers.currency_words if pack else ()))


def _figure_spans(text: str, fact: Fact) -> list[tuple[int, int]]:
    """Where the fact's figure is written in its evidence (the language pack's figure reader)."""
    from uprooted.extract.figures import find_figures
    from uprooted.lang import get_pack

    pack = get_pack(fact.lang) if fact.lang else None
    if pack is None:
        return []
    wanted = {fact.value, fact.reported_value}
    try:
        figures = find_figures(text, pack)
    except Exception:  # noqa: BLE001 - a sentence the reader cannot parse is not evidence of money
        return []
    return [(f.start, f.end) for f in figures if f.value in wanted or f.reported_value in wanted]


_WORD = re.compile(r"[^\W\d_][\w.$]*")


_CODE = re.compile(r"(?<![A-Za-z])[A-Z]{3}(?![a-z])")
_SIGNS = "$€£¥₹₦₱₩₪₫₴₺₸₽"
_SIGN = re.compile(f"[{re.escape(_SIGNS)}]")


def _may_name_money(text: str, codes: frozenset[str], words: tuple[str, ...]) -> bool:
    """A cheap first look: a sign, a code or a currency word anywhere in the sentence (a regex
    for the signs: a character loop in Python was a tenth of a series' rebuild)."""
    if _SIGN.search(text) or any(m.group() in codes for m in _CODE.finditer(text)):
        return True
    folded = text.casefold()
    return any(w in folded for w in words)


def is_money(fact: Fact) -> bool:
    """The figure, where its evidence writes it, stands next to a currency."""
    codes = _currency_codes()
    words = _currency_words(fact.lang)
    for evidence in fact.evidence:
        text = evidence.text
        if not _may_name_money(text, codes, words):
            continue
        for start, end in _figure_spans(text, fact):
            before = text[max(0, start - 12) : start].rstrip()
            if before and before[-1] in _SIGNS:
                return True
            after = text[end : end + 24]
            tokens = _WORD.findall(after)[:2]
            for token in tokens[:1]:
                bare = token.rstrip(".")
                if bare[:3] in codes and bare[:3].isupper() and (len(bare) == 3 or not bare[3].islower()):
                    return True
                if bare.casefold() in words:
                    return True
            last = _WORD.findall(before)[-1:] if before else []
            if last and (last[0].casefold() in words or (last[0] in codes)):
                return True
    return False


@cache
def _populations() -> tuple[dict[int, int], dict[str, int], dict[tuple[str, str], int]]:
    """GeoNames populations: by gazetteer id (cities, countries), by country code, by admin1."""
    from uprooted.places.gazetteer import gazetteer, name_key

    by_id: dict[int, int] = {}
    by_country: dict[str, int] = {}
    by_admin1: dict[tuple[str, str], int] = {}
    for entry in gazetteer().entries:
        if entry.population <= 0:
            continue
        if entry.kind == "country":
            by_country[entry.country] = max(by_country.get(entry.country, 0), entry.population)
        elif entry.kind == "admin1":
            key = (entry.country, name_key(entry.name))
            by_admin1[key] = max(by_admin1.get(key, 0), entry.population)
        if entry.geonames_id is not None and entry.kind in {"city", "country"}:
            by_id.setdefault(entry.geonames_id, entry.population)
    return by_id, by_country, by_admin1


def place_population(place: Place | None, level: str) -> tuple[int | None, str]:
    """The population a figure for this place may not exceed, and what it is the population of."""
    if place is None or level == "unknown":
        return None, ""
    try:
        by_id, by_country, _ = _populations()
    except Exception:  # noqa: BLE001 - no gazetteer: no population check, never a crash
        return None, ""
    country_pop = by_country.get(place.country or "")
    if level == "country":
        return country_pop, f"{place.country}"
    if level in {"city", "area"} and place.geonames_id is not None and place.geonames_id in by_id:
        pop = by_id[place.geonames_id]
        if country_pop is None or pop < country_pop:
            return pop, place.name or ""
    # admin areas (their population is a sum of towns: too low to judge by) and unknown cities
    return country_pop, f"{place.country}" if country_pop else ""


def check_facts(
    items: Iterable[tuple[Fact, Place | None, str, str]],
) -> dict[str, list[str]]:
    """fact_id -> the reasons it is implausible, for (fact, place, level, series key) tuples."""
    items = list(items)
    reasons: dict[str, list[str]] = defaultdict(list)
    by_series: dict[str, list[Fact]] = defaultdict(list)
    for fact, place, level, key in items:
        by_series[key].append(fact)
        fid = fact.fact_id()
        if is_money(fact):
            reasons[fid].append("money")
        pop, _of = place_population(place, level)
        if fact.value > WORLD_POPULATION or (pop is not None and fact.value > pop):
            reasons[fid].append("above_population")
    for facts in by_series.values():
        for fact in facts:
            others = [g.value for g in facts if g.doc_id != fact.doc_id and g.value > 0]
            if len(others) < OUTLIER_MIN_OTHERS:
                continue
            if fact.value > OUTLIER_FACTOR * max(others) and fact.value > 1000:
                reasons[fact.fact_id()].append("outlier")
    return dict(reasons)


def describe(reason: str, value: int, population: int | None, of: str) -> str:
    if reason == "money":
        return f"{value:,} is written next to a currency: money, not people"
    if reason == "above_population":
        if population:
            return f"{value:,} is more than the {population:,} people who live in {of} (GeoNames)"
        return f"{value:,} is more than the world's population"
    if reason == "outlier":
        return (
            f"{value:,} is over {OUTLIER_FACTOR} times every other report's figure for this place and measure"
        )
    return reason


__all__ = ["REVIEWED", "check_facts", "describe", "is_money", "place_population"]
