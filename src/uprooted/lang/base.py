"""The shape of a language pack: what the engine may know about a language.

A pack is data only (the way spaCy keeps `spacy/lang/xx/`): word lists, phrase tables and
small regex fragments, grouped by the part of the engine that reads them. The engine never
names a language; adding one means adding `lang/xx/` with a `PACK` and its tests.

Each group is owned by one part of the engine:
- `numbers` -> `extract/figures.py`   (figures, qualifiers, ranges, vague amounts)
- `dates`   -> `extract/dates.py`     (date phrases resolved against publication date)
- `terms`   -> `extract/engine.py`    (reporting terms, measures, units, non-facts)
- `sources` -> `extract/engine.py`    (attribution phrases)
- `places`  -> `places/`              (areas within a city, "the city", place-name forms)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class NumberData:
    """How figures are written. Owned by extract/figures.py."""

    thousands_separators: tuple[str, ...] = (",",)
    decimal_separators: tuple[str, ...] = (".",)
    number_words: Mapping[str, int] = field(default_factory=dict)  # "two" -> 2, "hundred" -> 100
    scale_words: Mapping[str, int] = field(default_factory=dict)  # "million" -> 1_000_000
    vague_amounts: Mapping[str, int] = field(default_factory=dict)  # "thousands" -> 1000
    qualifiers_before: Mapping[str, str] = field(default_factory=dict)  # "more than" -> more_than
    qualifiers_after: Mapping[str, str] = field(default_factory=dict)  # "or more" -> at_least
    range_openers: tuple[str, ...] = ()  # "between"
    range_connectors: tuple[str, ...] = ()  # "and", "to", "-"


@dataclass(frozen=True)
class DateData:
    """How dates are written. Owned by extract/dates.py."""

    months: Mapping[str, int] = field(default_factory=dict)
    weekdays: Mapping[str, int] = field(default_factory=dict)  # monday = 0
    phrases: Mapping[str, str] = field(default_factory=dict)  # phrase -> rule name
    dateparser_languages: tuple[str, ...] = ()


@dataclass(frozen=True)
class TermData:
    """Reporting terms, units and non-facts. Owned by extract/engine.py."""

    triggers: tuple[tuple[str, str, str], ...] = ()  # (regex, term, measure)
    people_nouns: tuple[str, ...] = ()
    unit_nouns: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # unit -> words
    non_fact_nouns: tuple[str, ...] = ()
    casualty_words: tuple[str, ...] = ()
    negations: tuple[str, ...] = ()
    hypotheticals: tuple[str, ...] = ()


@dataclass(frozen=True)
class SourceData:
    """Attribution phrases and organisation names. Owned by extract/engine.py."""

    patterns: tuple[str, ...] = ()  # regex with a named group `source`
    organisations: Mapping[str, str] = field(default_factory=dict)  # form as written -> canonical


@dataclass(frozen=True)
class PlaceData:
    """Place words of a language. Owned by places/."""

    areas: Mapping[str, str] = field(default_factory=dict)  # "western" -> "west"
    city_anaphora: tuple[str, ...] = ()  # "the city", "byen"
    exonyms: Mapping[str, str] = field(default_factory=dict)  # local form -> English name


@dataclass(frozen=True)
class LanguagePack:
    code: str  # the ISO 639-1 code the pack answers to first ("nb")
    name: str
    aliases: tuple[str, ...] = ()  # other codes this pack serves ("no", "nn")
    abbreviations: tuple[str, ...] = ()  # tokens ending in "." that do not end a sentence
    numbers: NumberData = field(default_factory=NumberData)
    dates: DateData = field(default_factory=DateData)
    terms: TermData = field(default_factory=TermData)
    sources: SourceData = field(default_factory=SourceData)
    places: PlaceData = field(default_factory=PlaceData)

    @property
    def codes(self) -> tuple[str, ...]:
        return (self.code, *self.aliases)
