"""Find date mentions in a text, resolve them against the publication date, and pick the
period a figure holds for.

All words come from `pack.dates`; this module never names a language. Relative phrases
("on Saturday", "last month", "i oktober i fjor") are resolved here, not by dateparser:
dateparser resolves a weekday equal to the base date's a week back ("on Sunday" published
on a Sunday), reads "to dager" as a date, and its search mode loses offsets and is slow on
every sentence. Absolute day/month/year forms are simple table look-ups on the pack's month
names, which keeps exact character spans.
"""

from __future__ import annotations

import calendar
import copy
import dataclasses
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass
from datetime import date, timedelta

from uprooted.extract import hijri
from uprooted.extract.figures import (
    counted_not_year,
    counted_noun_after,
    labelled_number,
    normalise,
    year_follower_before_figure,
)
from uprooted.extract.prefilter import SkipWhenAbsent, _safe_char, _safe_text
from uprooted.lang.base import LanguagePack

ROLES = ("point", "since", "range", "period", "as_of")


@dataclass(frozen=True)
class DateMention:
    """A date phrase in a text, with its role and resolved ISO bounds (None: unresolved)."""

    start: int
    end: int
    text: str
    role: str  # point | since | range | period | as_of
    start_date: str | None  # "YYYY-MM-DD", or "YYYY-MM" / "YYYY" when the text is no finer
    end_date: str | None


# ---------------------------------------------------------------------------------------------
# Compiled patterns per pack.

_L = r"(?<![^\W\d_])"  # not preceded by a letter
_R = r"(?![^\W\d_])"  # not followed by a letter


def _phrase(word: str) -> str:
    return r"\s+".join(re.escape(p) for p in word.split())


def _alt(words) -> str:
    unique = sorted({w.lower() for w in words if w}, key=len, reverse=True)
    if not unique:
        return r"(?!x)x"
    return "(?:" + "|".join(_phrase(w) for w in unique) + ")"


def _key(s: str) -> str:
    return " ".join(s.lower().split())


@dataclass
class _Compiled:
    day_month: re.Pattern
    month_day: re.Pattern
    day_range: re.Pattern
    month_year: re.Pattern
    weekday: re.Pattern
    phrase: re.Pattern
    year: re.Pattern
    last_year_after: re.Pattern
    month_past_after: re.Pattern | None
    previous_before: re.Pattern
    since_before: re.Pattern
    as_of_before: re.Pattern
    opener_before: re.Pattern
    opener_inside: re.Pattern  # a mention that itself opens on a range opener ("Von Jahresbeginn")
    connector: re.Pattern
    clause_break: re.Pattern
    connector_words: str
    need_opener: frozenset
    duration: re.Pattern
    since_soon: re.Pattern
    duration_units: dict
    hour_units: frozenset
    ago: list
    bare_years: re.Pattern
    year_chain: re.Pattern
    next_before: re.Pattern
    future_word: re.Pattern
    start_before: re.Pattern
    week_to_before: re.Pattern
    reporting_before: re.Pattern
    reporting_after: re.Pattern
    number_words: dict
    months: dict
    weekdays: dict
    phrases: dict
    ambiguous: frozenset
    day_first: bool
    ongoing: re.Pattern | None = None
    present_stock: re.Pattern | None = None  # ongoing words and present-tense verbs of a stock
    relative: re.Pattern | None = None  # ", which", "، الذي": a relative clause opens
    subordinator: re.Pattern | None = None  # "as", "when", "nachdem": a subordinate clause opens
    event_year: re.Pattern | None = None  # "the 1992 floods", "das Hochwasser 2013"
    comparative_since: re.Pattern | None = None  # "the most since": a comparison, not a start
    year_part: re.Pattern | None = None  # "the first quarter of 2018", "النصف الأول من عام 2018"
    year_range: re.Pattern | None = None  # "between 2006 and 2015", "zwischen 2006 und 2015"
    lead_year: re.Pattern | None = None  # "2014 sind 214.000 geflohen": a year opening the sentence
    name_after: re.Pattern | None = None  # "the 7 July neighbourhood": a day naming a place
    name_before: re.Pattern | None = None  # "rue du 4 Septembre", "شارع 26 سبتمبر"
    year_parts: dict | None = None  # phrase key -> (first month, last month)
    # pattern name -> (k, the first k letters a match can start with), for `_Starts`
    leads: dict | None = None
    clitics: tuple = ()  # letters joined to the next word ("و"): a word can start after one
    # (norm, start, end) -> True where a bare four-digit number is a count, not a year ("más de
    # 1800 personas"): figures.py decides, from the pack's qualifiers and counted nouns
    counted: object = None
    counted_noun: object = None  # (norm, end) -> True where a noun a count takes follows norm[:end]
    labelled: object = None  # (norm, start) -> True where an identifier word ("Version") comes before
    week: re.Pattern | None = None  # "week 19", "semaine 19 de 2024", "KW 19/2024": a calendar week
    month_start_part: re.Pattern | None = None  # "since early", "depuis le début du mois de": day 1
    scale_after: re.Pattern | None = None  # "2 million", "3 آلاف": a scale word after a number
    so_far_before: re.Pattern | None = None  # "so far in", "en lo que va de": before a year
    # "السادس من أيار", "11 من الشهر الجاري": a day (an ordinal word or digits), a joiner, then a
    # month name or a phrase for the publication's month or the one before (`day_month_words`)
    word_day: re.Pattern | None = None
    day_words: dict | None = None  # ordinal word (its `_key`) -> day
    day_month_words: dict | None = None  # phrase (its `_key`) -> months back from publication
    day_word_blockers: frozenset = frozenset()  # nouns an ordinal word after qualifies ("the first week")
    day_nouns: frozenset = frozenset()  # definite nouns an ordinal after counts the day of ("اليوم")
    proclitics: str = ""  # letters joined before a word ("بالنصف"), the pack's places' clitics
    articles: tuple = ()  # the article ("ال"): a definite ordinal after a definite word is no day
    # "15 رمضان 1439 هـ", "شهر رمضان", "1439 هـ": a Hijri date (`hijri`), a Hijri year alone
    # (`hijri_year`); `hijri_months`: month name -> number, `hijri_ambiguous`: those also a word
    hijri: re.Pattern | None = None
    hijri_year: re.Pattern | None = None
    hijri_months: dict | None = None
    hijri_ambiguous: frozenset = frozenset()
    # what stands between a weekday and its day of the month: a comma, the pack's joiners ("den")
    # (one \s* per optional part: "\s*[,،]?\s*" backtracks quadratically on a long gap under fullmatch)
    weekday_to_date: re.Pattern = re.compile(r"\s*(?:[,،]\s*)?")


_CACHE: dict[int, tuple[LanguagePack, _Compiled]] = {}
# A decade: "1990s", "1990's", "1990er", "1990-tallet", "1990-talet".
_DECADE = re.compile(
    r"(?<![\w.,/-])(?P<y>(?:1[89]|20)\d0)(?:['’]?s|er\b|-tal(?:l)?et)(?![\w-])", re.IGNORECASE
)
# A footnote marker glued to a year a month names ("between December 2019 and March 20204 due
# to", "since June 20193,"): reports turned to text lose its superscript. One or two digits, not
# led by a zero, then a space or punctuation; the year is the four digits before it.
_FOOTNOTE = r"(?<=\d{4})[1-9]\d?(?=[\s,;:.)]|$)"
_ISO = re.compile(r"(?<![\d.])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])")
_NUMERIC = re.compile(r"(?<![\d.,/])(\d{1,2})([./])(\d{1,2})\2(\d{4})(?![\d])")


def _year_part_pattern(dd) -> re.Pattern | None:
    """ "first quarter of 2018", "the first half of this year", "الربع الأول 2018": a part of a
    year, with the year written after it (`y`) or a phrase saying this year (`t`)."""
    parts = getattr(dd, "year_parts", {}) or {}
    if not parts:
        return None
    joiners = getattr(dd, "year_part_joiners", ()) or ()
    this_year = [p for p, rule in dd.phrases.items() if rule == "this_year"]
    the_year = getattr(dd, "the_year_words", ()) or ()
    # "of the year", "del año": this year, unless a year or a word for another year follows
    named = (
        r"\s+(?P<n>"
        + _alt(the_year)
        + ")"
        + _R
        + r"(?!\s*(?:1[89]|20)\d{2}|\s+"
        + _alt(getattr(dd, "the_year_blockers", ()) or ())
        + _R
        + ")|"
        if the_year
        else ""
    )
    return re.compile(
        _L
        + "(?P<p>"
        + _alt(parts)
        + ")(?:"
        # the words naming the current year first: "del año" is also a joiner before a year
        + named
        + (r"(?:\s+(?:" + _alt(joiners) + "))?" if joiners else "")
        # the year is required: "the first half of the month" is no part of a year
        + r"(?:\s*(?P<y>(?:1[89]|20)\d{2})(?!\d)|\s+(?P<t>"
        + _alt(this_year)
        + ")"
        + _R
        + "))",
        re.IGNORECASE,
    )


def _year_range_pattern(dd, connectors: str) -> re.Pattern | None:
    """ "between 2006 and 2015", "zwischen 2006 und 2015", "entre 2006 et 2015", "mellom 2006 og
    2015", "بين عامي 2006 و2015": a range opener, two years and a connector between them (a
    year word of the pack may stand before each year). "from 2008 to 2013" is read without it
    (its opener is a year preposition); "between" is none, so the years were read as no date."""
    openers = [o for o in dd.range_openers if o]
    if not openers:
        return None
    words = _alt(dd.year_prepositions)
    year = r"(?:(?:" + words + r")\s+)?(?P<{}>(?:1[89]|20)\d{{2}})(?!\d|[.,]\d)"
    return re.compile(
        _L
        + _alt(openers)
        + r"\s+"
        + year.format("y")
        + r"\s*(?:-|"
        + connectors
        + r")\s*"
        + year.format("y2"),
        re.IGNORECASE,
    )


def _week_pattern(dd) -> re.Pattern | None:
    """A week's number after a week word ("week 19", "semaine 19", "KW 19"), then perhaps its
    year, joined by a short word or a sign ("of 2024", "de 2024", "/2024"); None with no words."""
    words = getattr(dd, "week_words", ())
    if not words:
        return None
    return re.compile(
        _L
        + "(?:"
        + _alt(words)
        + r")\s*(?:n°|nº|no\.?|nr\.?|#)?\s*(?P<w>[1-5]?\d)(?!\d|[.,]\d)"
        + r"(?:\s*(?:[/,-]|[^\W\d_]{1,3}\s)\s*(?P<y>(?:19|20)\d{2})(?!\d))?",
        re.IGNORECASE,
    )


def _fillers(fragments) -> str:
    """An optional run of the pack's filler fragments (regex) before a date, each followed by
    space: "the ", "6 p.m. on "."""
    fragments = [f for f in fragments if f]
    if not fragments:
        return ""
    return r"(?:(?:" + "|".join(f"(?:{f})" for f in fragments) + r")\s+){0,2}"


def _compile(pack: LanguagePack) -> _Compiled:
    cached = _CACHE.get(id(pack))
    if cached is not None and cached[0] is pack:
        return cached[1]
    dd = pack.dates
    months = {k.lower(): v for k, v in dd.months.items()}
    # the Arabic elongation mark (tatweel, "الـ24 ساعة") is often dropped when a text is cleaned:
    # every phrase written with it is also read without it
    phrases = {**dd.phrases, **{k.replace("\u0640", ""): v for k, v in dd.phrases.items() if "\u0640" in k}}
    number_words = {k.lower(): v for k, v in pack.numbers.number_words.items() if 0 < v < 100}
    counted = {**number_words, **{a.lower(): 1 for a in pack.numbers.article_words}}
    hour_units = tuple(getattr(dd, "hour_units", ()))
    units = _alt([*dd.duration_units, *hour_units])
    verbs = _alt(getattr(dd, "reporting_verbs", ()))
    # "Feb." keeps its dot; "January." does not (that dot ends the sentence).
    month = "(?P<m>" + _alt(months) + r")(?:(?<![^\W\d_]{5})\.|" + _R + ")"
    clitics = [c for c in getattr(dd, "month_clitics", ()) if c]
    # not preceded by a letter, or by a clitic letter that is itself not preceded by one
    month_l = (
        "(?:" + _L + "|" + "|".join("(?<=" + _L + re.escape(c) + ")" for c in clitics) + ")"
        if clitics
        else _L
    )
    part = _alt(getattr(dd, "month_parts", ()))
    part_opt = r"(?:" + part + r"[\s-]*)?" if getattr(dd, "month_parts", ()) else ""
    ordinal = "(?:" + _alt(dd.ordinal_suffixes) + ")?"
    join = r"(?:" + _alt(dd.day_month_joiners) + r"\s+)?"
    year_opt = r"(?:,?\s*(?P<y>(?:1[89]|20)\d{2})(?!\d))?"
    day = r"(?<![\d.,])(?P<d>[0-3]?\d)" + ordinal + r"\.?"
    connectors = _alt([c for c in dd.range_connectors if c != "-"])
    comp = _Compiled(
        day_month=re.compile(day + r"\s*" + join + month + year_opt, re.IGNORECASE),
        month_day=re.compile(
            month_l + month + r"\s*(?P<d>[0-3]?\d)" + ordinal + r"(?!\d|[.,]\d)" + year_opt, re.IGNORECASE
        ),
        day_range=re.compile(
            r"(?<![\d.,])(?P<d1>[0-3]?\d)"
            + ordinal
            + r"\.?\s*(?:-|"
            + connectors
            + r")\s*"
            + day
            + r"\s*"
            + join
            + month
            + year_opt,
            re.IGNORECASE,
        ),
        month_year=re.compile(
            month_l + month + r"(?:\s*(?P<y>(?:1[89]|20)\d{2})(?:" + _FOOTNOTE + r")?(?!\d))?", re.IGNORECASE
        ),
        weekday=re.compile(_L + "(?P<w>" + _alt(dd.weekdays) + ")" + _R, re.IGNORECASE),
        phrase=re.compile(_L + "(?P<p>" + _alt(phrases) + ")" + _R, re.IGNORECASE),
        year=re.compile(
            _L
            + _alt(dd.year_prepositions)
            + r"\s+(?P<y>(?:1[89]|20)\d{2})(?!\d|[.,]\d)"
            + r"(?:\s*[-/]\s*(?P<y2>(?:1[89]|20)?\d{2})(?!\d))?",
            re.IGNORECASE,
        ),
        last_year_after=re.compile(r"\s*(?:" + _alt(dd.last_year_words) + ")" + _R, re.IGNORECASE),
        month_past_after=(
            re.compile(r"\s+(?:" + _alt(dd.month_past_words) + ")" + _R, re.IGNORECASE)
            if getattr(dd, "month_past_words", ())
            else None
        ),
        previous_before=re.compile(_L + _alt(dd.previous_words) + r"\s+$", re.IGNORECASE),
        since_before=re.compile(_L + "(?P<s>" + _alt(dd.since_words) + ")" + _R, re.IGNORECASE),
        as_of_before=re.compile(
            # "Stand: 12. März", "as of: 12 March", "corte: 12 de marzo": a colon may follow the word
            _L
            + _alt(dd.as_of_words)
            + r"(?:\s*:\s*|\s+)"
            + _fillers(getattr(dd, "as_of_fillers", ()))
            + part_opt
            + "$",
            re.IGNORECASE,
        ),
        opener_before=re.compile(_L + _alt(dd.range_openers) + r"\s+" + part_opt + "$", re.IGNORECASE),
        opener_inside=re.compile(_alt(dd.range_openers) + r"\s", re.IGNORECASE),
        connector_words=connectors,
        need_opener=frozenset(_key(c) for c in dd.range_connectors_need_opener),
        connector=re.compile(r"^\s*(?:-|" + connectors + r")\s*" + part_opt + "$", re.IGNORECASE),
        clause_break=re.compile(r"[;:()\[\]]|\s-\s|" + _L + _alt(dd.clause_breaks) + _R, re.IGNORECASE),
        duration=re.compile(
            _L
            + r"(?:(?P<past>"
            + _alt(dd.past_words)
            + r")\s+)?"
            + (r"(?:" + _alt(dd.count_articles) + r")?" if getattr(dd, "count_articles", ()) else "")
            + r"(?P<n>\d{1,4}|"
            + _alt(number_words)
            + r")\s+"
            + (
                r"(?:(?P<past2>" + _alt(dd.past_words_after) + r")\s+)?"
                if getattr(dd, "past_words_after", ())
                else ""
            )
            + r"(?P<u>"
            + units
            + ")"
            + (
                r"(?:\s+(?P<past3>" + _alt(dd.past_words_after_unit) + r"))?"
                if getattr(dd, "past_words_after_unit", ())
                else ""
            )
            + _R,
            re.IGNORECASE,
        ),
        hour_units=frozenset(h.lower() for h in hour_units),
        ago=[
            re.compile(
                _L
                + (_phrase(before) + r"\s+" if before else "")
                + r"(?P<n>\d{1,4}|"
                + _alt(counted)
                + r")\s+(?P<u>"
                + units
                + ")"
                # "vor drei Tagen", "il y a trois jours": the word before the number is enough
                + (r"\s+" + _phrase(after) if after else "")
                + _R,
                re.IGNORECASE,
            )
            for before, after in getattr(dd, "ago_words", ())
            if after or before
        ],
        bare_years=re.compile(
            r"(?<![\w.,/-])(?P<y>(?:1[89]|20)\d{2})\s*[-/]\s*(?P<y2>(?:1[89]|20)\d{2}|\d{2})(?![\w/-]|[.,]\d)"
        ),
        year_chain=re.compile(
            r"\s*(?:,|" + connectors + r"|-)\s*(?P<y>(?:1[89]|20)\d{2})(?!\d|[.,]\d)", re.IGNORECASE
        ),
        next_before=re.compile(_L + _alt(getattr(dd, "next_words", ())) + r"\s+$", re.IGNORECASE),
        future_word=re.compile(_L + _alt(getattr(dd, "future_words", ())) + _R, re.IGNORECASE),
        start_before=re.compile(_L + _alt(getattr(dd, "start_words", ())) + r"\s+$", re.IGNORECASE),
        week_to_before=re.compile(
            _L
            + _alt(getattr(dd, "week_to_words", ()))
            + r"\s+"
            + (rf"(?:(?:{_alt(dd.week_to_articles)})\s+)?" if getattr(dd, "week_to_articles", ()) else "")
            + "$",
            re.IGNORECASE,
        ),
        ongoing=(
            re.compile(_L + _alt(getattr(dd, "ongoing_words", ())) + _R, re.IGNORECASE)
            if getattr(dd, "ongoing_words", ())
            else None
        ),
        present_stock=(
            re.compile(
                _L
                + _alt(
                    tuple(getattr(dd, "ongoing_words", ())) + tuple(getattr(dd, "present_stock_words", ()))
                )
                + _R,
                re.IGNORECASE,
            )
            if getattr(dd, "ongoing_words", ()) or getattr(dd, "present_stock_words", ())
            else None
        ),
        relative=(
            re.compile(r"[,،]\s*(?:" + _alt(getattr(dd, "relative_openers", ())) + ")" + _R, re.IGNORECASE)
            if getattr(dd, "relative_openers", ())
            else None
        ),
        subordinator=(
            re.compile(_L + _alt(dd.subordinators) + _R, re.IGNORECASE)
            if getattr(dd, "subordinators", ())
            else None
        ),
        event_year=(
            re.compile(
                r"(?<![\w.,/-])(?P<y>(?:1[89]|20)\d{2})(?:['’]s)?\s+(?:"
                + _alt((*dd.event_nouns, *getattr(dd, "war_nouns", ())))
                + ")"
                + _R
                + "|"
                + _L
                + "(?:"
                + _alt((*dd.event_nouns, *getattr(dd, "war_nouns", ())))
                + r")\s+(?P<y2>(?:1[89]|20)\d{2})(?![\w]|[.,]\d)"
                # after the noun, a year only where no word follows, or a word that follows years
                # ("Hochwasser 2013 mussten"); "الاشتباكات 2000 شخص" counts people
                + r"(?=\s*(?:$|[^\w\s]|"
                + _alt(getattr(pack.numbers, "year_followers", ()))
                + _R
                + "|"
                + year_follower_before_figure(pack.numbers)
                + "))",
                re.IGNORECASE,
            )
            if getattr(dd, "event_nouns", ()) or getattr(dd, "war_nouns", ())
            else None
        ),
        comparative_since=(
            re.compile(
                _L
                + _alt(dd.since_comparatives)
                + r"(?:\s+[^\W\d_][\w'-]*){0,4}?\s+"
                + _alt(dd.since_words)
                # "الأعنف منذ عام 2015": a year word may stand between "since" and the year
                + r"(?:\s+"
                + _alt(dd.year_prepositions)
                + r")?\s+$",
                re.IGNORECASE,
            )
            if getattr(dd, "since_comparatives", ())
            else None
        ),
        year_part=_year_part_pattern(dd),
        year_range=_year_range_pattern(dd, connectors),
        name_after=(
            re.compile(r"\s+(?:" + _alt(dd.date_name_after) + ")" + _R, re.IGNORECASE)
            if getattr(dd, "date_name_after", ())
            else None
        ),
        name_before=(
            re.compile(_L + "(?:" + _alt(dd.date_name_before) + r")\s+$", re.IGNORECASE)
            if getattr(dd, "date_name_before", ())
            else None
        ),
        lead_year=(
            re.compile(
                r"(?:^|(?<=[.!?:]\s)|(?<=\n))(?P<y>(?:1[89]|20)\d{2})"
                + r"(?:\s+(?:"
                + connectors
                + r")\s+(?P<y2>(?:1[89]|20)\d{2}))?"
                + r"(?=\s+(?:"
                + _alt(dd.year_verbs_after)
                + ")"
                + _R
                + ")",
                re.IGNORECASE,
            )
            if getattr(dd, "year_verbs_after", ())
            else None
        ),
        year_parts={_key(k): v for k, v in getattr(dd, "year_parts", {}).items()},
        reporting_before=re.compile(_L + verbs + r"(?:\s+[^\W\d_]{1,4}){0,2}\s*,?\s*$", re.IGNORECASE),
        reporting_after=re.compile(r"^\s*,?\s*(?:[^\W\d_][\w'-]*\s+){0,4}?" + verbs + _R, re.IGNORECASE),
        since_soon=re.compile(r"(?:\s+[^\W\d_][\w-]*){0,4}?\s+" + _alt(dd.since_words) + _R, re.IGNORECASE),
        duration_units={k.lower(): v for k, v in dd.duration_units.items()},
        number_words=number_words,
        months=months,
        weekdays={k.lower(): v for k, v in dd.weekdays.items()},
        phrases={_key(k): v for k, v in phrases.items()},
        ambiguous=frozenset(m.lower() for m in dd.ambiguous_months),
        day_first=dd.day_first,
        clitics=tuple(clitics),
        counted=lambda norm, start, end: counted_not_year(norm, start, end, pack),
        counted_noun=lambda norm, end: counted_noun_after(norm, end, pack),
        labelled=lambda norm, start: labelled_number(norm, start, pack),
        week=_week_pattern(dd),
        so_far_before=(
            re.compile(_L + _alt(dd.so_far_words) + r"\s+$", re.IGNORECASE)
            if getattr(dd, "so_far_words", ())
            else None
        ),
        scale_after=(
            re.compile(r"\s*(?:" + _alt(pack.numbers.scale_words) + ")" + _R, re.IGNORECASE)
            if getattr(pack.numbers, "scale_words", None)
            else None
        ),
        month_start_part=(
            re.compile(_L + _alt(dd.month_start_parts) + r"[\s-]*$", re.IGNORECASE)
            if getattr(dd, "month_start_parts", ())
            else None
        ),
    )
    day_words = {_key(k): v for k, v in (getattr(dd, "day_words", {}) or {}).items()}
    day_month_words = {_key(k): v for k, v in (getattr(dd, "day_month_words", {}) or {}).items()}
    day_joiners = getattr(dd, "day_word_joiners", ()) or ()
    if day_joiners and (day_words or day_month_words):
        comp.day_words, comp.day_month_words = day_words, day_month_words
        comp.day_word_blockers = frozenset(_key(w) for w in getattr(dd, "day_word_blockers", ()) or ())
        comp.day_nouns = frozenset(_key(w) for w in getattr(dd, "day_nouns", ()) or ())
        comp.proclitics = getattr(pack.places, "clitic_letters", "") or ""
        comp.articles = tuple(getattr(pack.places, "articles", ()) or ())
        comp.word_day = re.compile(
            "(?:"
            + _L
            + "(?P<dw>"
            + _alt(day_words)
            + ")"
            + _R
            + r"|(?<![\d.,])(?P<d>[0-3]?\d)(?![\d.,]\d|\d))\s+"
            + _alt(day_joiners)
            + r"\s+(?:"
            + month
            + year_opt
            + "|(?P<rm>"
            + _alt(day_month_words)
            + ")"
            + _R
            + ")",
            re.IGNORECASE,
        )
    weekday_joiners = getattr(dd, "weekday_date_joiners", ()) or ()
    if weekday_joiners:
        comp.weekday_to_date = re.compile(
            r"\s*(?:[,،]\s*)?(?:" + _alt(weekday_joiners) + r"\s+)?", re.IGNORECASE
        )
    hijri_months = {k.lower(): v for k, v in (getattr(dd, "hijri_months", {}) or {}).items()}
    if hijri_months:
        marks = getattr(dd, "hijri_year_marks", ()) or ()
        hyear = r"(?<![\d.,])(?P<y>" + hijri.YEAR_PATTERN + r")(?![\d]|[.,]\d)"
        mark = r"(?:\s*(?P<k>" + _alt(marks) + ")" + _R + ")?" if marks else ""
        joiners = getattr(dd, "day_word_joiners", ()) or ()
        # "3-5 شوال", "بين 3 و5 شوال": the first day of a range before the day
        hday = r"(?:(?<![\d.,])(?P<d1>[0-3]?\d)\s*(?:-|" + connectors + r")\s*)?"
        hday += r"(?<![\d.,])(?P<d>[0-3]?\d)(?![\d.,]\d|\d)\s+" + (
            r"(?:" + _alt(joiners) + r"\s+)?" if joiners else ""
        )
        if day_words and joiners:
            hday = (
                "(?:"
                + hday
                + "|"
                + _L
                + "(?P<dw>"
                + _alt(day_words)
                + ")"
                + _R
                + r"\s+"
                + _alt(joiners)
                + r"\s+)"
            )
        else:
            hday = "(?:" + hday + ")"
        openers = getattr(dd, "hijri_month_openers", ()) or ()
        opener = r"(?P<o>" + _alt(openers) + r")\s+" if openers else r"(?P<o>(?!x)x)"
        year_joiners = getattr(dd, "year_part_joiners", ()) or ()
        year_join = r"(?:" + _alt(year_joiners) + r"\s+)?" if year_joiners else ""
        comp.hijri = re.compile(
            "(?:"
            + hday
            + "|"
            + _L
            + opener
            + ")?"
            + month_l
            + "(?P<m>"
            + _alt(hijri_months)
            + ")"
            + _R
            + r"(?:\s*"
            + year_join
            + hyear
            + mark
            + ")?",
            re.IGNORECASE,
        )
        if marks:
            comp.hijri_year = re.compile(hyear + r"\s*(?P<k>" + _alt(marks) + ")" + _R)
        comp.hijri_months = hijri_months
        comp.hijri_ambiguous = frozenset(k.lower() for k in getattr(dd, "hijri_ambiguous", ()) or ())
    leads = {
        "month_day": _lead(months),
        "month_year": _lead(months),
        "weekday": _lead(dd.weekdays),
        "phrase": _lead(phrases),
        "year": _lead(dd.year_prepositions),
        "year_part": _lead(getattr(dd, "year_parts", {}) or {}),
        "year_range": _lead(dd.range_openers),
        "event_year": _lead((*getattr(dd, "event_nouns", ()), *getattr(dd, "war_nouns", ()))),
        "week": _lead(getattr(dd, "week_words", ())),
        "word_day": _lead(day_words),
        # a Hijri date opens on its day (digits, or a word), "شهر" or the month's name
        "hijri": _lead([*hijri_months, *(getattr(dd, "hijri_month_openers", ()) or ()), *day_words]),
    }
    # (a day in digits opens "11 من الشهر الجاري")
    leads = {
        k: (*v, "runs" if k in ("event_year", "word_day", "hijri") else "")
        for k, v in leads.items()
        if v is not None
    }
    # a count opens "the past 3 days", "three days ago" anywhere a letter does not come before it
    duration = _lead([*dd.past_words, *number_words, *getattr(dd, "count_articles", ())])
    if duration is not None:
        leads["duration"] = (*duration, "any")
    ago = [(before, after) for before, after in getattr(dd, "ago_words", ()) if after or before]
    for i, (before, _after) in enumerate(ago):
        lead = _lead([before]) if before else _lead(counted)
        if lead is not None:
            leads[f"ago{i}"] = (*lead, "" if before else "any")
    comp.leads = leads
    _CACHE[id(pack)] = (pack, comp)
    return comp


_LETTER = re.compile(r"[^\W\d_]")


def _lead(words) -> tuple[int, frozenset] | None:
    """(k, prefixes): the first k letters (lower case) of every word of an alternation `_alt`
    builds, when every word opens with at least one letter that str.lower folds as the regex
    engine does; None when one does not (its pattern is then scanned as before)."""
    runs = []
    for w in {w.lower() for w in words if w}:
        tokens = w.split()
        if not tokens:
            return None  # an empty alternative matches anywhere
        run = ""
        for ch in tokens[0]:
            if not _LETTER.match(ch) or not _safe_char(ch):
                break
            run += ch
        if not run:
            return None
        runs.append(run)
    if not runs:
        return 3, frozenset()  # `_alt` gives a pattern that never matches
    k = min(3, min(len(r) for r in runs))
    return k, frozenset(r[:k] for r in runs)


# ---------------------------------------------------------------------------------------------
# Raw mentions: what the text says, before roles.


@dataclass
class _Raw:
    start: int
    end: int
    kind: str  # day | month | year | weekday | rel | dayrange | iso | hijri (Gregorian on resolving)
    year: int | None = None
    month: int | None = None
    day: int | None = None
    day2: int | None = None
    year2: int | None = None
    weekday: int | None = None
    rule: str | None = None
    days_back: int | None = None
    last_year: bool = False
    previous: bool = False
    month_past: bool = False  # "مايو الماضي": before the month of publication
    forward: bool = False  # a coming day: "next Monday", "will vote on Monday"
    month2: int | None = None  # the last month of a part of a year ("first quarter": 3)
    this_year: bool = False  # "the first half of this year"
    upcoming: bool = False  # "next"/"neste": never today
    rel_month: int | None = None  # a day of the publication's month (0) or the one before (-1)


def _month_ok(word: str, comp: _Compiled) -> bool:
    w = word.rstrip(".").lower()
    return w not in comp.ambiguous or word[:1].isupper()


def _is_abbreviation(word: str, comp: _Compiled) -> bool:
    """ "jul" for "july": a strict prefix of a longer one-word name of the same month. A longer
    name of several words or signs ("mayo de", "مايو/أيار") is the full name followed by more,
    not what the word abbreviates."""
    number = comp.months.get(word)
    return any(
        k != word and k.startswith(word) and k.isalpha() and v == number for k, v in comp.months.items()
    )


def _future_clause(norm: str, pos: int, comp: _Compiled) -> bool:
    """A future word ("will", "skal") earlier in the same clause, a few words before `pos`."""
    window = norm[max(0, pos - 60) : pos]
    last = None
    for m in comp.future_word.finditer(window):
        last = m
    if last is None:
        return False
    between = window[last.end() :]
    if re.search(r"[\d.,;:!?()]", between) or comp.clause_break.search(between):
        return False
    return len(between.split()) <= 6


def _strip_proclitics(word: str, comp: _Compiled) -> str:
    """`word` without the proclitic letters before its article ("بالنصف" -> "النصف", "للنصف" ->
    "النصف"); unchanged when none is there."""
    for i in range(1, 3):
        head, rest = word[:i], word[i:]
        if not head or any(c not in comp.proclitics for c in head):
            break
        if rest.startswith(comp.articles):
            return rest
        for a in comp.articles:
            # "لل": ل (to) before the article drops the article's first letter
            if head.endswith("\u0644") and len(a) > 1 and rest.startswith(a[1:]):
                return a + rest[len(a) - 1 :]
    return word


def _ends_month_name(norm: str, start: int, word: str, comp: _Compiled) -> bool:
    """The ordinal word ends a month's name with the word before it ("تشرين الأول من ..."), or
    qualifies the noun before it ("الأسبوع الأول من أيار"): no day."""
    before = norm[max(0, start - 30) : start].split()
    if before and _key(before[-1]) in comp.day_word_blockers:
        return True  # "الأسبوع الأول من أيار": the first week, not the first day
    if before and comp.articles and word.startswith(comp.articles):
        prev = _strip_proclitics(before[-1], comp)
        if _key(prev) in comp.day_word_blockers:
            return True  # "بالنصف الثاني من آذار"
        if prev.startswith(comp.articles) and _key(prev) not in comp.day_nouns:
            return True  # a definite ordinal after a definite noun qualifies it
    return bool(before) and _key(before[-1] + " " + word) in comp.months


def _int(s: str | None) -> int | None:
    return int(s) if s else None


_SCANS = (
    "day_month",
    "month_day",
    "day_range",
    "month_year",
    "weekday",
    "phrase",
    "duration",
    "year",
    "event_year",
    "bare_years",
    "year_part",
    "year_range",
    "lead_year",
    "week",
    "word_day",
)
_SKIPPING: dict[int, tuple[_Compiled, _Compiled]] = {}


def _skipping(comp: _Compiled) -> _Compiled:
    """`comp` with the patterns `_raw_mentions` scans a text with wrapped so that one none of
    whose literals (month names, weekdays, units ...) is in the text is not run (prefilter.py)."""
    hit = _SKIPPING.get(id(comp))
    if hit is None or hit[0] is not comp:
        wrapped = {name: SkipWhenAbsent(getattr(comp, name)) for name in _SCANS if getattr(comp, name, None)}
        wrapped["ago"] = [SkipWhenAbsent(p) for p in comp.ago]
        hit = _SKIPPING[id(comp)] = (comp, dataclasses.replace(comp, **wrapped))
    return hit[1]


# Years one range spans at most ("between 1998 and 2004"); further apart, two counts more likely.
_YEAR_RANGE_SPAN = 30
_DIGIT_RUN = re.compile(r"\d+")
_DIGIT = re.compile(r"\d")
_LETTER_RUN = re.compile(r"[^\W\d_]+")
# Patterns whose every match opens a run of digits (each one's look-behind rules out a digit
# before it): "2015-03-01", "3/5/2015", "1990s", "2016-17", "3 May", "3-5 May".
_DIGIT_LED = frozenset({"iso", "numeric", "decade", "bare_years", "day_month", "day_range", "lead_year"})
_KEPT: set[str] = set()  # characters whose lower case is a letter only when they are one


def _letters_kept(text: str) -> bool:
    for ch in set(text) - _KEPT:
        if not _LETTER.match(ch) and _LETTER.match(ch.lower()):
            return False
        _KEPT.add(ch)
    return True


class _Starts:
    """Where in one text a match of a scanned pattern can begin: at the start of a run of digits,
    or of a run of letters whose first letters open one of the pattern's words (`_lead`). The
    engine tries a pattern that opens with a look-behind at every position of the text, which
    was most of the time of a scan; `_scan` tries it only there. Found here by hand: no library
    indexes the start positions of a regex alternation."""

    def __init__(self, norm: str, comp: _Compiled):
        self.norm = norm
        self.leads = comp.leads or {}
        self.clitics = comp.clitics
        # the regex engine folds case as str.lower does, and only letters fold to letters
        self.ok = _safe_text(norm) and _letters_kept(norm)
        self._digits: list[int] | None = None
        self._every: list[int] | None = None
        self._words: dict[str, list[int]] | None = None

    def digits(self) -> list[int]:
        if self._digits is None:
            self._digits = [m.start() for m in _DIGIT_RUN.finditer(self.norm)]
        return self._digits

    def words(self, k: int, prefixes: frozenset) -> list[int]:
        if self._words is None:
            norm, index = self.norm, {}
            if not self.clitics:
                # the runs come in order, so each list is already sorted
                for s in [m.start() for m in _LETTER_RUN.finditer(norm)]:
                    index.setdefault(norm[s : s + 3].lower(), []).append(s)
            else:
                for m in _LETTER_RUN.finditer(norm):
                    s = m.start()
                    index.setdefault(norm[s : s + 3].lower(), []).append(s)
                    for c in self.clitics:
                        # "ومارس": a word can also begin after a clitic letter joined to it
                        if norm.startswith(c, s) and m.end() > s + len(c):
                            t = s + len(c)
                            index.setdefault(norm[t : t + 3].lower(), []).append(t)
                for v in index.values():
                    v.sort()
            self._words = index
        return self._select(k, prefixes)

    def _select(self, k: int, prefixes: frozenset) -> list[int]:
        if k == 3:
            lists = [self._words[p] for p in prefixes if p in self._words]
        else:
            lists = [v for key, v in self._words.items() if key[:k] in prefixes]
        return [s for chunk in lists for s in chunk]

    def of(self, name: str) -> list[int] | None:
        if name in _DIGIT_LED:
            return self.digits()
        lead = self.leads.get(name)
        if lead is None or not self.ok:
            return None
        k, prefixes, digits = lead
        found = self.words(k, prefixes)
        if digits == "runs":
            found = found + self.digits()  # "the 1992 floods" or "das Hochwasser 2013"
        elif digits == "any":
            found = found + self.every_digit()  # "3 days", where "12345 days" holds "2345 days"
        return sorted(found)

    def every_digit(self) -> list[int]:
        if self._every is None:
            self._every = [m.start() for m in _DIGIT.finditer(self.norm)]
        return self._every


def _scan(pattern: re.Pattern, norm: str, starts: list[int]) -> list[re.Match] | None:
    """What `pattern.finditer(norm)` finds, when every match begins at one of `starts`
    (ascending): the leftmost match from a position is the first one at a start after it.
    None on an empty match (finditer then steps differently; the caller scans as before)."""
    out = []
    pos = 0
    for s in starts:
        if s < pos:
            continue
        m = pattern.match(norm, s)
        if m is not None:
            if m.end() == s:
                return None
            out.append(m)
            pos = m.end()
    return out


def _finditer(pattern, name: str, norm: str, starts: _Starts):
    """`pattern.finditer(norm)` (a `SkipWhenAbsent` or a plain pattern), tried only where a
    match can begin when `starts` knows where that is."""
    where = starts.of(name)
    if where is not None:
        found = _scan(pattern.pattern if isinstance(pattern, SkipWhenAbsent) else pattern, norm, where)
        if found is not None:
            return found
    return pattern.finditer(norm)


_RAW_MEMO_SIZE = 8
_RAW_MEMO: OrderedDict = OrderedDict()
_RAW_MEMO_LOCK = threading.Lock()


def _raw_mentions(norm: str, comp: _Compiled) -> tuple[_Raw, ...]:
    """What `_scan_raw` finds, kept for the last few texts: a document without a publication
    date is read up to three times (for a year, then with the dateline's date or that year),
    and a sentence once per figure in it. Callers must not change them: `_find_dates` copies."""
    key = (id(comp), norm)
    with _RAW_MEMO_LOCK:  # the API and the batch workers may extract in threads
        hit = _RAW_MEMO.get(key)
        if hit is not None and hit[0] is comp:
            _RAW_MEMO.move_to_end(key)
            return hit[1]
    raws = tuple(_scan_raw(norm, comp))
    with _RAW_MEMO_LOCK:
        _RAW_MEMO[key] = (comp, raws)
        if len(_RAW_MEMO) > _RAW_MEMO_SIZE:
            _RAW_MEMO.popitem(last=False)
    return raws


def _scan_raw(norm: str, comp: _Compiled) -> list[_Raw]:
    starts = _Starts(norm, comp)
    comp = _skipping(comp)
    spans: list[tuple[int, int]] = []
    out: list[_Raw] = []
    # Characters taken by a mention so far: a long text holds thousands of mentions, and testing
    # each new match against every span before it was quadratic. A span or a query that is not a
    # plain stretch of the text (empty, reversed, outside it) is tested against `odd` and
    # `spans` as before, so the answers are the same.
    size = len(norm)
    taken = bytearray(size)
    odd: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        if 0 <= s < e <= size:
            return taken.find(1, s, e) < 0 and not any(a < e and s < b for a, b in odd)
        return not any(a < e and s < b for a, b in spans)

    def add(r: _Raw) -> None:
        a, b = r.start, r.end
        spans.append((a, b))
        if 0 <= a < b <= size:
            taken[a:b] = b"\x01" * (b - a)
        else:
            odd.append((a, b))
        out.append(r)

    for m in _finditer(_ISO, "iso", norm, starts):
        add(_Raw(m.start(), m.end(), "day", int(m[1]), int(m[2]), int(m[3])))
    for m in _finditer(_NUMERIC, "numeric", norm, starts):
        if free(m.start(), m.end()):
            a, b = int(m[1]), int(m[3])
            d, mo = (a, b) if comp.day_first else (b, a)
            add(_Raw(m.start(), m.end(), "day", int(m[4]), mo, d))
    lowered = norm.lower() if comp.hijri is not None else ""
    if comp.hijri is not None and any(name in lowered for name in comp.hijri_months):
        # (run only on a text that names a Hijri month: most never do)
        for m in _finditer(comp.hijri, "hijri", norm, starts):
            # a Hijri month needs its year, a day or an opener ("شهر"); one that is also a common
            # word ("صفر", zero) its year or an opener
            month = m["m"].lower()
            year = _int(m["y"])
            end = m.end()
            if year is not None and not m.groupdict().get("k") and comp.counted_noun(norm, m.end("y")):
                # "في شوال 1250 لاجئا": a count after the month, no year (unless marked "هـ")
                year, end = None, m.end("m")
            dated = year or m["o"] or ((m["d"] or m["dw"]) and month not in comp.hijri_ambiguous)
            if not dated or not free(m.start(), end):
                continue
            s = m.start() if (m["d"] or m["dw"] or m["o"]) else m.start("m")
            day = int(m["d"]) if m["d"] else (comp.day_words or {}).get(_key(m["dw"] or ""), None)
            if day is not None and not 1 <= day <= 30:
                continue
            first = _int(m["d1"])
            if first is not None and not (1 <= first < (day or 0)):
                continue
            if first is not None:
                opener = comp.opener_before.search(norm[max(0, m.start() - 20) : m.start()])
                s = m.start() - (len(opener.group(0)) if opener else 0)
                day, first = first, day  # the range's first day, then its last (`day2`)
            r = _Raw(s, end, "hijri", year, comp.hijri_months[month], day, day2=first)
            r.forward = _future_clause(norm, m.start(), comp)
            add(r)
    if comp.hijri_year is not None:
        found = _scan(comp.hijri_year, norm, starts.digits())  # the pattern opens on a digit
        for m in comp.hijri_year.finditer(norm) if found is None else found:
            if free(m.start(), m.end()):
                add(_Raw(m.start(), m.end(), "hijri", int(m["y"])))
    if comp.year_part is not None:
        for m in _finditer(comp.year_part, "year_part", norm, starts):
            first, last = comp.year_parts.get(_key(m["p"]), (None, None))
            if first and free(m.start(), m.end()):
                r = _Raw(m.start(), m.end(), "yearpart", _int(m["y"]), first, month2=last)
                r.this_year = bool(m["t"] or m.groupdict().get("n"))
                add(r)
    if comp.year_range is not None:
        for m in _finditer(comp.year_range, "year_range", norm, starts):
            # two years a few apart, the second no count ("between 1900 and 2000 houses")
            y, y2 = int(m["y"]), int(m["y2"])
            if (
                free(m.start(), m.end())
                and y < y2 <= y + _YEAR_RANGE_SPAN
                and not comp.counted(norm, m.start("y2"), m.end("y2"))
                and not comp.counted_noun(norm, m.end("y2"))
            ):
                add(_Raw(m.start(), m.end(), "year", y, year2=y2))
    for m in _finditer(comp.day_range, "day_range", norm, starts):
        # "Version 1- 28 March 2021", "Situation Report No. 12 - 28 March": the first number
        # labels the report; only the day after the dash is a date
        if free(m.start(), m.end()) and _month_ok(m["m"], comp) and not comp.labelled(norm, m.start()):
            opener = comp.opener_before.search(norm[max(0, m.start() - 20) : m.start()])
            begin = m.start() - (len(opener.group(0)) if opener else 0)
            add(
                _Raw(
                    begin,
                    m.end(),
                    "dayrange",
                    _int(m["y"]),
                    comp.months[m["m"].lower()],
                    int(m["d1"]),
                    day2=int(m["d"]),
                )
            )
    for name in ("day_month", "month_day"):
        for m in _finditer(getattr(comp, name), name, norm, starts):
            if free(m.start(), m.end()) and _month_ok(m["m"], comp) and 1 <= int(m["d"]) <= 31:
                r = _Raw(m.start(), m.end(), "day", _int(m["y"]), comp.months[m["m"].lower()], int(m["d"]))
                r.forward = _future_clause(norm, m.start(), comp)
                ly = comp.last_year_after.match(norm, m.end())
                if ly and not m["y"]:
                    # "منذ 15 أبريل من العام الماضي", "15. april i fjor": that day of last year
                    r.last_year = True
                    r.end = ly.end()
                add(r)
    if comp.word_day is not None:
        for m in _finditer(comp.word_day, "word_day", norm, starts):
            if not free(m.start(), m.end()) or (m["m"] and not _month_ok(m["m"], comp)):
                continue
            day = int(m["d"]) if m["d"] else comp.day_words.get(_key(m["dw"]), 0)
            if not 1 <= day <= 31 or (m["dw"] and _ends_month_name(norm, m.start(), m["dw"], comp)):
                continue
            if m["m"]:
                r = _Raw(m.start(), m.end(), "day", _int(m["y"]), comp.months[m["m"].lower()], day)
                ly = comp.last_year_after.match(norm, m.end())
                if ly and not m["y"]:
                    r.last_year = True
                    r.end = ly.end()
            else:
                r = _Raw(m.start(), m.end(), "day", day=day, rel_month=comp.day_month_words[_key(m["rm"])])
            r.forward = _future_clause(norm, m.start(), comp)
            add(r)
    for m in _finditer(comp.month_year, "month_year", norm, starts):
        word = m["m"]
        # A bare month needs its full name (or a year): "Mar" or "Jan" alone is too often a name.
        if not free(m.start(), m.end()) or not _month_ok(word, comp):
            continue
        if not m["y"] and _is_abbreviation(word.rstrip(".").lower(), comp):
            continue
        r = _Raw(m.start(), m.end(), "month", _int(m["y"]), comp.months[word.lower()])
        ly = comp.last_year_after.match(norm, m.end())
        if ly and not m["y"]:
            r.last_year = True
            r.end = ly.end()
        elif not m["y"] and comp.month_past_after is not None and comp.month_past_after.match(norm, m.end()):
            r.month_past = True
        if comp.previous_before.search(norm[max(0, m.start() - 20) : m.start()]):
            r.previous = True
        add(r)
    for m in _finditer(comp.weekday, "weekday", norm, starts):
        if free(m.start(), m.end()) and (m["w"][:1].isupper() or len(m["w"]) > 4):
            r = _Raw(m.start(), m.end(), "weekday", weekday=comp.weekdays[m["w"].lower()])
            prev = comp.previous_before.search(norm[max(0, m.start() - 20) : m.start()])
            coming = comp.next_before.search(norm[max(0, m.start() - 20) : m.start()])
            if prev:
                r.previous = True
                r.start = m.start() - len(prev.group(0))
            elif coming:
                r.forward = r.upcoming = True
                r.start = m.start() - len(coming.group(0))
            else:
                r.forward = _future_clause(norm, m.start(), comp)
            add(r)
    month_starts = [r.start for r in out if r.kind == "month"]
    for m in _finditer(comp.phrase, "phrase", norm, starts):
        if free(m.start(), m.end()):
            rule = comp.phrases[_key(m["p"])]
            if rule == "year_before" and any(
                r.kind in ("month", "day") and 0 <= m.start() - r.end <= 2 for r in out
            ):
                # "i mars året før": the month's own year word (`last_year_words`), no period
                continue
            if rule == "month_start" and any(0 < s - m.end() <= 8 for s in month_starts):
                # "depuis le début du mois de mars", "since the beginning of the month of March":
                # the month named after it, not the month of publication
                continue
            add(_Raw(m.start(), m.end(), "rel", rule=rule))
    if comp.week is not None:
        # "week 19", "semaine 19" (after the phrases: "last week 30 were evacuated" is no week 30)
        for m in _finditer(comp.week, "week", norm, starts):
            if _week_ok(norm, m, comp) and free(m.start(), m.end()):
                add(_Raw(m.start(), m.end(), "week", _int(m["y"]), day=int(m["w"])))
    for i, pattern in enumerate(comp.ago):
        # "three days ago", "for tre dager siden": the one day that far back.
        for m in _finditer(pattern, f"ago{i}", norm, starts):
            if not free(m.start(), m.end()):
                continue
            n = m["n"]
            count = int(n) if n.isdigit() else comp.number_words.get(n.lower(), 1)
            unit = _key(m["u"])
            days = count // 24 if unit in comp.hour_units else count * comp.duration_units.get(unit, 0)
            add(_Raw(m.start(), m.end(), "ago", days_back=days))
    for m in _finditer(comp.duration, "duration", norm, starts):
        # "the past 3 days", "de siste 100 dagene", "100 days since ...": counted back from
        # publication. A bare duration ("after 100 days of fighting", "to dager") is no date.
        if not free(m.start(), m.end()):
            continue
        if (
            m["past"]
            or m.groupdict().get("past2")
            or m.groupdict().get("past3")
            or comp.since_soon.match(norm, m.end())
        ):
            n = m["n"]
            count = int(n) if n.isdigit() else comp.number_words.get(n.lower())
            if _key(m["u"]) in comp.hour_units and count:
                add(_Raw(m.start(), m.end(), "back", days_back=max(1, -(-count // 24))))
                continue
            unit = comp.duration_units.get(_key(m["u"]))
            if count and unit:
                add(_Raw(m.start(), m.end(), "back", days_back=count * unit))
    for m in _finditer(comp.year, "year", norm, starts):
        ys, ye = m.start("y"), m.end()
        if free(ys, ye) and not (m["y2"] is None and comp.counted(norm, ys, ye)):
            y2 = m["y2"]
            y2v = None
            if y2:
                y2v = int(y2) if len(y2) == 4 else int(m["y"][:2] + y2)
                if y2v <= int(m["y"]):
                    y2v = None
                    ye = m.end("y")
            add(_Raw(ys, ye, "year", int(m["y"]), year2=y2v))
            # "in 2015 and 2016", "in 2014, 2015 and 2016": every year of the list
            pos = ye
            while (
                (chain := comp.year_chain.match(norm, pos))
                and free(chain.start("y"), chain.end())
                and not comp.counted(norm, chain.start("y"), chain.end())
            ):
                add(_Raw(chain.start("y"), chain.end(), "year", int(chain["y"])))
                pos = chain.end()
    if comp.event_year is not None:
        # "the 1992 floods", "the 2010 earthquake", "das Hochwasser 2013": the year of an event,
        # written with no preposition
        for m in _finditer(comp.event_year, "event_year", norm, starts):
            g = "y" if m["y"] else "y2"
            if free(m.start(g), m.end(g)) and not comp.counted(norm, m.start(g), m.end(g)):
                add(_Raw(m.start(g), m.end(g), "year", int(m[g])))
    if comp.lead_year is not None:
        # "2014 sind 214.000 Menschen geflohen", "1956 und 1957 kamen ...": a year opening its
        # sentence before the finite verb (German puts the time first, then the verb)
        for m in _finditer(comp.lead_year, "lead_year", norm, starts):
            if free(m.start(), m.end()):
                y2 = int(m["y2"]) if m["y2"] else None
                add(
                    _Raw(
                        m.start(), m.end(), "year", int(m["y"]), year2=y2 if y2 and y2 > int(m["y"]) else None
                    )
                )
    for m in _finditer(_DECADE, "decade", norm, starts):
        # "the 1990s", "in den 1990er Jahren", "på 1990-tallet": the ten years
        if free(m.start(), m.end()):
            first = int(m["y"])
            add(_Raw(m.start(), m.end(), "year", first, year2=first + 9))
    for m in _finditer(comp.bare_years, "bare_years", norm, starts):
        # "2016-2017", "2016-17": a span of years with no preposition
        y2 = m["y2"]
        y2v = int(y2) if len(y2) == 4 else int(m["y"][:2] + y2)
        if (
            free(m.start(), m.end())
            and int(m["y"]) < y2v <= int(m["y"]) + 20
            and not comp.counted(norm, m.start("y2"), m.end("y2"))
        ):
            add(_Raw(m.start(), m.end(), "year", int(m["y"]), year2=y2v))
    out.sort(key=lambda r: r.start)
    return _weekdays_of_dates(out, norm, comp.weekday_to_date)


def _weekdays_of_dates(raws: list[_Raw], norm: str, joiner: re.Pattern) -> list[_Raw]:
    """ "on Thursday, May 31, 2018", "jeudi 31 mai", "يوم الخميس 15 رمضان 1439 هـ": a weekday
    written right before a day of the month is that day's name, not a day of its own counted
    back from publication; the day's mention takes the weekday in (a "since" before it reaches
    the date), and a Hijri day keeps it to settle its conversion."""
    out: list[_Raw] = []
    skip = False
    for i, r in enumerate(raws):
        if skip:
            skip = False
            continue
        nxt = raws[i + 1] if i + 1 < len(raws) else None
        if (
            r.kind == "weekday"
            and nxt is not None
            and nxt.day is not None
            and nxt.kind in ("day", "hijri")
            and nxt.rel_month is None
            and r.end <= nxt.start
            and joiner.fullmatch(norm, r.end, nxt.start)
        ):
            day = copy.copy(nxt)
            day.start = r.start
            day.forward = day.forward or r.forward
            if day.kind == "hijri":
                day.weekday = r.weekday  # it settles the day a lunar month's start leaves open
            out.append(day)
            skip = True
            continue
        out.append(r)
    return out


# ---------------------------------------------------------------------------------------------
# Resolution.


def _iso_day(y: int | None, m: int, d: int) -> str | None:
    if y is None:
        return None
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


# A day and month with no year may lie this many days after publication ("on 10 March"
# published 5 March is this year's) before it is read as last year's.
_NEAR_FUTURE_DAYS = 7


def _year_for(
    month: int, day: int | None, published: date | None, fallback_year: int | None, forward: bool = False
) -> int | None:
    """The year of a day/month with none written: the most recent occurrence on or before
    `published` (a few days later allowed; in a future clause, the next occurrence); with no
    publication date, only a year the text itself gives."""
    if published is None:
        return fallback_year
    if day is None:
        return published.year if month <= published.month else published.year - 1
    try:
        candidate = date(published.year, month, min(day, calendar.monthrange(published.year, month)[1]))
    except ValueError:
        return None
    slack = timedelta(days=_NEAR_FUTURE_DAYS)
    if forward:
        return published.year if candidate >= published - slack else published.year + 1
    return published.year if candidate <= published + slack else published.year - 1


def _year_opening(raw: _Raw, iso: str, before: str, comp: _Compiled) -> bool:
    """A since-start at a year's opening: the year after a start part ("since the beginning of
    2024", "seit Anfang 2024"), or a part of a year that is its first month ("desde principios
    de 2024")."""
    if len(iso) < 4 or not iso[:4].isdigit():
        return False
    if raw.kind == "yearpart":
        return raw.month == 1 and raw.month2 == 1
    return (
        raw.kind == "year"
        and not raw.year2
        and comp.month_start_part is not None
        and comp.month_start_part.search(before) is not None
    )


def _week_ok(norm: str, m: re.Match, comp: _Compiled) -> bool:
    """A week word's number is a week's (1 to 53, no counted noun after it: "in a week 12
    families fled" counts families) and the week word is not the end of a phrase ("this week")."""
    if not 1 <= int(m["w"]) <= 53 or (not m["y"] and comp.counted_noun(norm, m.end("w"))):
        return False
    if comp.scale_after is not None and comp.scale_after.match(norm, m.end("w")):
        return False  # "within a week 2 million fled", "خلال الأسبوع 3 آلاف": a count
    return not any(
        p.start() < m.start() < p.end() or p.end() == m.end("w") for p in _phrases_near(norm, m, comp)
    )


def _phrases_near(norm: str, m: re.Match, comp: _Compiled) -> list[re.Match]:
    lo = max(0, m.start() - 40)
    return [p for p in comp.phrase.finditer(norm, lo, m.end()) if p.end() > m.start()]


def week_number_at(norm: str, start: int, pack: LanguagePack) -> bool:
    """Whether the number at norm[start:] is a week's ("semaine 19", "week 19"): a date for the
    figure finder, never a count."""
    comp = _compile(pack)
    if comp.week is None:
        return False
    for m in comp.week.finditer(norm, max(0, start - 40), min(len(norm), start + 12)):
        if m.start("w") == start:
            return _week_ok(norm, m, comp)
    return False


def _week_span(week: int, year: int | None, pub: date | None, fallback_year: int | None):
    """(start, end, role) of ISO week `week`: of its written year, else the latest such week
    begun by publication (last year's when this year's is still ahead), else the text's year."""
    if year is None and pub is not None:
        year = pub.year
        try:
            if date.fromisocalendar(year, week, 1) > pub:
                year -= 1
        except ValueError:
            year -= 1
    elif year is None:
        year = fallback_year
    if year is None:
        return None, None, "period"
    try:
        monday = date.fromisocalendar(year, week, 1)
    except ValueError:
        return None, None, "period"
    return monday.isoformat(), (monday + timedelta(days=6)).isoformat(), "period"


def _ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _relative(rule: str, pub: date | None) -> tuple[str | None, str | None, str]:
    """(start, end, role) of a relative phrase."""
    if pub is None:
        return None, None, "point" if rule in ("today", "yesterday", "day_before_yesterday") else "period"
    d = pub.isoformat()
    if rule == "today":
        return d, d, "point"
    if rule == "yesterday":
        y = (pub - timedelta(days=1)).isoformat()
        return y, y, "point"
    if rule == "day_before_yesterday":
        y = (pub - timedelta(days=2)).isoformat()
        return y, y, "point"
    if rule == "past_day":
        # "the last 24 hours", "det siste døgnet": from the day before publication to it
        return (pub - timedelta(days=1)).isoformat(), d, "period"
    if rule in ("past_week", "recent_days"):
        return (pub - timedelta(days=7)).isoformat(), d, "period"
    if rule == "this_week":
        return (pub - timedelta(days=pub.weekday())).isoformat(), d, "period"
    if rule == "last_week":
        monday = pub - timedelta(days=pub.weekday() + 7)
        return monday.isoformat(), (monday + timedelta(days=6)).isoformat(), "period"
    if rule == "recent_months":
        # "over the past months", "in den letzten Monaten": no start the text gives; held at publication
        return None, d, "period"
    if rule == "past_month":
        return (pub - timedelta(days=30)).isoformat(), d, "period"
    if rule == "last_month":
        y, m = (pub.year, pub.month - 1) if pub.month > 1 else (pub.year - 1, 12)
        return _ym(y, m), _ym(y, m), "period"
    if rule == "this_month":
        return _ym(pub.year, pub.month), d, "period"
    if rule in ("weekend", "last_weekend"):
        saturday = pub - timedelta(days=(pub.weekday() - 5) % 7)
        if rule == "last_weekend" and pub.weekday() >= 5:
            saturday -= timedelta(days=7)  # "last weekend" said on a weekend: the one before
        return saturday.isoformat(), min(saturday + timedelta(days=1), pub).isoformat(), "period"
    if rule in ("last_year", "year_before"):
        # "year_before" ("the year before"): the year before the one its sentence names first
        # (see `_dates_in`); with none named, last year
        return str(pub.year - 1), str(pub.year - 1), "period"
    if rule == "this_year":
        return str(pub.year), d, "period"
    if rule == "last_year_end":
        # "at the end of last year" ("ved utgangen av fjoråret"): its last month
        return _ym(pub.year - 1, 12), _ym(pub.year - 1, 12), "period"
    if rule == "year_start":
        # "since the beginning of the year", "so far this year": from 1 January to publication
        return f"{pub.year:04d}-01-01", d, "period"
    if rule == "month_start":
        # "since the beginning of the month", "seit Monatsbeginn": from its first day to publication
        return f"{pub.year:04d}-{pub.month:02d}-01", d, "period"
    if rule == "past_year":
        return (pub - timedelta(days=365)).isoformat(), d, "period"
    if rule.startswith("back:") and rule[5:].isdigit():
        # a pack's phrase counting a span back ("الأسبوعين الماضيين", the past two weeks: "back:14")
        return (pub - timedelta(days=int(rule[5:]))).isoformat(), d, "period"
    return None, None, "period"


def _named_weekday(day: date, weekday: int | None) -> date:
    """ "الثلاثاء 6 ربيع الأول 1443": the tabular `day` may be up to two days off the calendar the
    writer follows; the `weekday` written with it says which of the five days it is (no change
    when none of them is that weekday, or no weekday is written)."""
    if weekday is None:
        return day
    for k in (0, -1, 1, -2, 2):
        near = day + timedelta(days=k)
        if near.weekday() == weekday:
            return near
    return day


def _resolve_hijri(
    r: _Raw, pub: date | None, fallback_year: int | None
) -> tuple[str | None, str | None, str]:
    """A Hijri date, month or year in Gregorian days. With no Hijri year, the latest such month
    (or day) begun by publication; with no publication date, one in the year the text gives."""
    if r.day2 is not None:
        # a range of days of one month: its last day fixes the year when none is written
        # (read without the weekday, which names the first day: "الأحد 3-4 شوال")
        last = _resolve_hijri(
            dataclasses.replace(r, day=r.day2, day2=None, weekday=None), pub, fallback_year
        )[1]
        if last is None:
            return None, None, "range"
        length = timedelta(days=r.day2 - r.day)
        start = _named_weekday(date.fromisoformat(last) - length, r.weekday)
        return start.isoformat(), (start + length).isoformat(), "range"
    if r.year is not None:
        if r.month is None:
            span = hijri.year_span(r.year)
        elif r.day is not None:
            day = hijri.to_gregorian(r.year, r.month, r.day)
            span = (day, day) if day else None
        else:
            span = hijri.month_span(r.year, r.month)
    elif r.month is None:
        span = None
    else:
        ref = pub or (date(fallback_year, 12, 31) if fallback_year else None)
        slack = _NEAR_FUTURE_DAYS if pub and r.day else 0
        found = hijri.latest(r.month, r.day, ref, slack, forward=r.forward and bool(pub)) if ref else None
        span = found[1:] if found and (pub or found[1].year == fallback_year) else None
    if span is not None and r.day is not None and r.weekday is not None:
        day = _named_weekday(span[0], r.weekday)
        span = (day, day)
    role = "point" if r.day is not None else "period"
    if span is None:
        return None, None, role
    return span[0].isoformat(), span[1].isoformat(), role


def _resolve(r: _Raw, pub: date | None, fallback_year: int | None) -> tuple[str | None, str | None, str]:
    """(start, end, role) of one raw mention, before since/as-of/range wording is read."""
    if r.kind == "day" and r.rel_month is not None:
        # "11 من الشهر الجاري": the publication's month (or the one before), its year
        if pub is None:
            return None, None, "point"
        months = pub.year * 12 + pub.month - 1 + r.rel_month
        iso = _iso_day(months // 12, months % 12 + 1, r.day)
        return iso, iso, "point"
    if r.kind == "day":
        if r.year is None and r.last_year and pub is not None:
            y = pub.year - 1
        else:
            y = r.year if r.year is not None else _year_for(r.month, r.day, pub, fallback_year, r.forward)
        iso = _iso_day(y, r.month, r.day)
        return iso, iso, "point"
    if r.kind == "hijri":
        return _resolve_hijri(r, pub, fallback_year)
    if r.kind == "dayrange":
        y = r.year if r.year is not None else _year_for(r.month, r.day2, pub, fallback_year)
        return _iso_day(y, r.month, r.day), _iso_day(y, r.month, r.day2), "range"
    if r.kind == "month":
        if r.year is not None:
            y = r.year
        elif pub is None:
            y = fallback_year
        elif r.last_year:
            y = pub.year - 1
        elif r.month_past:
            y = pub.year if r.month < pub.month else pub.year - 1
        elif r.previous:
            # "last October": last year's ("this October" would be this year's), so in
            # November it is the one before the latest, and in March the latest
            y = pub.year - 1
        else:
            y = _year_for(r.month, None, pub, fallback_year)
        iso = _ym(y, r.month) if y else None
        return iso, iso, "period"
    if r.kind == "yearpart" and r.month2:
        if r.year is not None:
            y = r.year
        elif pub is not None:
            # "the first half of this year"; a part named alone: the latest begun by publication
            y = pub.year if (r.this_year or r.month <= pub.month) else pub.year - 1
        else:
            y = fallback_year if not r.this_year else None
        if y is None:
            return None, None, "period"
        return _ym(y, r.month), _ym(y, r.month2), "period"
    if r.kind == "year":
        if r.year2:
            return str(r.year), str(r.year2), "range"
        return str(r.year), str(r.year), "period"
    if r.kind == "week":
        return _week_span(r.day or 0, r.year, pub, fallback_year)
    if r.kind == "weekday":
        if pub is None:
            return None, None, "point"
        if r.forward:
            ahead = (r.weekday - pub.weekday()) % 7
            if ahead == 0 and r.upcoming:
                ahead = 7
            d = (pub + timedelta(days=ahead)).isoformat()
            return d, d, "point"
        back = (pub.weekday() - r.weekday) % 7
        if back == 0 and r.previous:
            back = 7
        d = (pub - timedelta(days=back)).isoformat()
        return d, d, "point"
    if r.kind == "ago":
        if pub is None:
            return None, None, "point"
        d = (pub - timedelta(days=r.days_back or 0)).isoformat()
        return d, d, "point"
    if r.kind == "back" and r.days_back:
        if pub is None:
            return None, None, "period"
        return (pub - timedelta(days=r.days_back)).isoformat(), pub.isoformat(), "period"
    if r.kind == "rel" and r.rule:
        return _relative(r.rule, pub)
    return None, None, "period"


# "(OCHA 20/08/2019)", "(IDMC interviews, May 2015)", "(BNPB, April 2015)": a source named in
# brackets, then the date of its count, closing the bracket and the sentence
_CITATION_BEFORE = re.compile(r"\(\s*[^\W\d_][^()\n\d]{0,50}?[,\s]\s*$")
_CITATION_AFTER = re.compile(r"^\s*\)\s*(?:[.!?\u061f\u06d4]|$)")


def _citation_after(text: str, fs: int, fe: int, dates: list[DateMention]) -> DateMention | None:
    """The date of a source cited at the end of the figure's sentence, after the figure with no
    sentence end between (it dates every figure of the sentence); None when there is none."""
    for d in dates:
        if d.start < fe or not d.end_date or d.role not in ("point", "period"):
            continue
        between = text[fe : d.start]
        if _sentence_end(between) or ";" in between:
            continue
        cite = _CITATION_BEFORE.search(text[max(0, d.start - 60) : d.start])
        # the source is a name: a capital first letter, or a script without case
        if (
            cite
            and not cite.group(0).lstrip("( ")[:1].islower()
            and _CITATION_AFTER.match(text[d.end : d.end + 5])
        ):
            return d
    return None


def _one_year(d: DateMention) -> bool:
    """A mention that names one whole year and nothing finer ("in 2014")."""
    return (
        d.role == "period"
        and d.start_date is not None
        and len(d.start_date) == 4
        and d.start_date == d.end_date
    )


def _adjacent_days(cur: list, nxt: list) -> bool:
    """ "on Sunday and Monday", "on 5 and 6 November": two days a week or less apart, the
    second after the first, joined by "and" with no "between": the span of both days."""
    a, b = cur[3], nxt[4]
    if not (a and b and len(a) == 10 and len(b) == 10 and cur[4] == a and nxt[3] == b):
        return False
    if cur[5] is None or nxt[5] is None or {cur[5].kind, nxt[5].kind} - {"day", "weekday"}:
        return False
    return 0 < (date.fromisoformat(b) - date.fromisoformat(a)).days <= 6


def _adjacent_years(cur: list, nxt: list, norm: str) -> bool:
    """ "displaced in 2014 and 2015", "in den Jahren 2014 und 2015", "in August and September":
    two whole years, or two months, in a row joined by "and" with no "between": the span of both
    (a list of three, "in 2013, 2014 and 2015", stays three)."""
    a, b = cur[5], nxt[5]
    if norm[: cur[0]].rstrip().endswith(","):
        return False
    if a is None or b is None or a.kind != b.kind:
        return False
    if a.kind == "month":
        # "in August and September": two months in a row, the same way
        first, last = cur[3], nxt[4]
        if not (first and last and len(first) == 7 and len(last) == 7):
            return False
        y1, m1, y2, m2 = int(first[:4]), int(first[5:]), int(last[:4]), int(last[5:])
        return (y2 * 12 + m2) - (y1 * 12 + m1) == 1
    if a.kind != "year" or a.year2 or b.year2:
        return False
    return a.year is not None and b.year == a.year + 1


def _years_from_sentence(raws: list[_Raw], norm: str, comp: _Compiled, published: date | None) -> None:
    """ "In 2014, 311 people fled between July and August": a month or day written with no year
    takes the single year written earlier in its sentence (not a "since" year), before the
    publication date is asked. Sets `year` on those raws in place."""
    last_year: _Raw | None = None
    for r in raws:
        if r.kind == "year":
            single = r.year2 is None and not comp.since_before.search(norm[max(0, r.start - 12) : r.start])
            last_year = r if single else None
            continue
        if r.kind not in ("month", "day", "dayrange"):
            continue
        if r.year is not None:
            last_year = None  # a year written with this date: later ones follow it, not the old one
            continue
        if last_year is None or r.last_year or r.previous or r.forward:
            continue
        if _sentence_end(norm[last_year.end : r.start]):
            last_year = None
            continue
        y = last_year.year
        if y is None:
            continue
        if published is not None and (
            y > published.year or (y == published.year and r.month > published.month)
        ):
            continue
        r.year = y


def _names_place(norm: str, r: _Raw, comp: _Compiled) -> bool:
    """The day at norm[r.start:r.end] is part of a place's name: a place noun follows or comes
    right before it."""
    if comp.name_after is not None and comp.name_after.match(norm, r.end):
        return True
    return comp.name_before is not None and bool(
        comp.name_before.search(norm[max(0, r.start - 30) : r.start])
    )


def _earlier_year(iso: str | None, than: str | None) -> str | None:
    """Shift a range start with an inferred year back a year when it would fall after its end."""
    if iso and than and len(iso) == len(than) and iso > than:
        return str(int(iso[:4]) - 1) + iso[4:]
    return iso


def find_dates(
    text: str,
    pack: LanguagePack,
    published: date | None,
    year_hint: int | None = None,
    *,
    whole_years: bool = True,
) -> list[DateMention]:
    """Every date mention in `text`, sorted by start. Never raises: bad input gives [].

    `year_hint`: with no publication date, the year a day and month take when `text` itself
    writes none (a year the caller found elsewhere in the same document). `whole_years=False`:
    a whole year the text writes ("in 2014") lends a day or month no year, only one written with
    a day or month does; the caller's hint says the text's own year better (its title's year)."""
    try:
        return _find_dates(text, pack, published, year_hint, whole_years)
    except Exception:  # noqa: BLE001 - a crash here must not take a whole batch down
        return []


def _find_dates(
    text: str,
    pack: LanguagePack,
    published: date | None,
    year_hint: int | None = None,
    whole_years: bool = True,
) -> list[DateMention]:
    if not text or not isinstance(text, str):
        return []
    if published is not None and not isinstance(published, date):
        published = None
    comp = _compile(pack)
    norm = normalise(text)
    # copies: the kept mentions are shared by every reading of this text, and
    # `_years_from_sentence` sets years on them in place for one publication date
    raws = [copy.copy(r) for r in _raw_mentions(norm, comp)]
    if comp.name_after is not None or comp.name_before is not None:
        # "the 7 July neighbourhood", "26 September Street", "شارع 26 سبتمبر": a day that names a
        # place dates nothing
        raws = [r for r in raws if not (r.kind == "day" and _names_place(norm, r, comp))]
    if comp.comparative_since is not None:
        # "the most since 1992": a comparison; its year dates nothing in the sentence
        raws = [r for r in raws if not comp.comparative_since.search(norm[max(0, r.start - 60) : r.start])]
    # (a Hijri year is no Gregorian one)
    explicit_years = [
        (r.start, r.year) for r in raws if r.year is not None and r.kind not in ("year", "hijri")
    ]
    if whole_years or year_hint is None:
        explicit_years += [(r.start, r.year) for r in raws if r.kind == "year"]

    def fallback(pos: int) -> int | None:
        if not explicit_years:
            return year_hint
        return min(explicit_years, key=lambda sy: abs(sy[0] - pos))[1]

    # with no publication date too: the year written before a month in its sentence, not one
    # nearer after it ("In 2014, 311 fled between July and August (BNPB, April 2015)")
    _years_from_sentence(raws, norm, comp, published)
    resolved = []
    for r in raws:
        s, e, role = _resolve(r, published, fallback(r.start) if published is None else None)
        if published is None and not whole_years and year_hint and r.kind == "rel":
            # no publication date, but the caller knows the text's own year: "this year" and
            # "last year" are whole years counted from it (a weekday or "yesterday" stays open)
            own = {"this_year": year_hint, "last_year": year_hint - 1}.get(r.rule or "")
            if own is not None:
                s = e = str(own)
        if r.kind == "rel" and r.rule == "year_before":
            # "I fjor kom 4.800, mot 3.100 året før", "i 2016 ..., mot 31.000 året før": a
            # comparison with the year before the one the sentence named earlier (in its own
            # sentence only: a year of a paragraph before is another topic)
            earlier = [
                x
                for x in resolved
                if x[4] and str(x[4])[:4].isdigit() and not _sentence_end(norm[x[1] : r.start])
            ]
            if earlier:
                s = e = str(int(str(earlier[-1][4])[:4]) - 1)
            elif published is None and year_hint:
                s = e = str(year_hint - 1)  # the year before the text's own
        resolved.append([r.start, r.end, role, s, e, r])

    # Ranges of two mentions: "between 19 February and 23 March", "from 2015 to 2017".
    merged: list[list] = []
    i = 0
    while i < len(resolved):
        cur = resolved[i]
        nxt = resolved[i + 1] if i + 1 < len(resolved) else None
        if nxt is not None and comp.connector.match(norm[cur[1] : nxt[0]]):
            opener = comp.opener_before.search(norm[max(0, cur[0] - 20) : cur[0]])
            gap = norm[cur[1] : nxt[0]].strip()
            opens = opener is not None or comp.opener_inside.match(norm, cur[0]) is not None
            if (
                opens
                or gap == "-"
                or _key(gap) not in comp.need_opener
                or _adjacent_days(cur, nxt)
                or _adjacent_years(cur, nxt, norm)
            ):
                start_iso = cur[3]
                if cur[5].year is None and start_iso and nxt[4]:
                    # the start takes its year from the end ("19 February and 23 March 2017")
                    y_end = nxt[4][:4]
                    start_iso = _earlier_year(y_end + start_iso[4:], nxt[4])
                if start_iso and nxt[4] and start_iso[:4] > nxt[4][:4]:
                    merged.append(cur)  # "records from 2002 and 1954": two dates, not a range
                    i += 1
                    continue
                begin = cur[0] - (len(opener.group(0)) if opener else 0)
                merged.append([begin, nxt[1], "range", start_iso, nxt[4], None])
                i += 2
                continue
        if (
            nxt is not None
            and cur[5] is not None
            and cur[5].kind in ("month", "day")
            and cur[5].year is None
            and nxt[5] is not None
            and nxt[5].year is not None
            and nxt[5].kind in ("month", "day")
            and re.fullmatch(r"\s*(?:,|-|" + comp.connector_words + r")\s*", norm[cur[1] : nxt[0]], re.I)
        ):
            # "January and March 2014": the year written once serves both
            year = f"{nxt[5].year:04d}"
            cur = [*cur[:3], *(year + iso[4:] if iso else iso for iso in cur[3:5]), cur[5]]
        merged.append(cur)
        i += 1

    out: list[DateMention] = []
    prev_end = 0
    for start, end, role, s, e, _raw in merged:
        week = comp.week_to_before.search(norm[max(prev_end, start - 45) : start])
        if role == "point" and e and len(e) == 10 and week:
            # "in the week to Sunday": the seven days ending that day
            start -= len(week.group(0))
            role, s = "range", (date.fromisoformat(e) - timedelta(days=6)).isoformat()
        elif role != "range":
            window_start = max(prev_end, start - 80)
            window = norm[window_start:start]
            since = None
            for m in comp.since_before.finditer(window):
                since = m
            # an acronym in brackets after a name ("since the last update of the Displacement
            # Tracking Matrix (DTM) on 8 August") breaks no clause
            between = _ACRONYM.sub("", window[since.end() :]) if since else ""
            opening = comp.start_before.search(norm[max(prev_end, start - 30) : start])
            asof = comp.as_of_before.search(norm[max(0, start - _AS_OF_SPAN) : start])
            if opening and asof and len(asof.group(0)) > len(opening.group(0)):
                opening = None  # "Stand vom 12. März": the as-of phrase holds the start word
            if since and not re.search(r"[\d.;:!?()]", between) and len(between.split()) <= _SINCE_WORDS:
                start = window_start + since.start()
                role, e = "since", None
                if (
                    _raw is not None
                    and _raw.kind == "month"
                    and s
                    and len(s) == 7
                    and comp.month_start_part is not None
                    # the since word may hold the part ("seit Anfang" is one of German's)
                    and comp.month_start_part.search(window[since.start() :])
                ):
                    s += "-01"  # "since early March", "desde principios de marzo": from 1 March
                elif _raw is not None and s and _year_opening(_raw, s, window[since.start() :], comp):
                    s = s[:4] + "-01-01"  # "since the beginning of 2024", "desde principios de 2024"
            elif opening:
                # "fra 1. mars", "from 1 March": the start of a flow
                start -= len(opening.group(0))
                role, e = "since", None
            elif asof and not (
                # "au premier semestre": in it; a part of one month is a point ("حتى نهاية 2018":
                # as of the year's last month)
                _raw is not None and _raw.kind == "yearpart" and _raw.month2 != _raw.month
            ):
                start -= len(asof.group(0))
                role, s = "as_of", None
                e = e if e else None
        if (
            role == "period"
            and published is not None
            and _raw is not None
            and _raw.kind == "year"
            and not _raw.year2
            and _raw.year == published.year
            and comp.so_far_before is not None
        ):
            so_far = comp.so_far_before.search(norm[max(prev_end, start - 30) : start])
            if so_far:
                # "en lo que va de 2024", "so far in 2024": from 1 January to publication
                start -= len(so_far.group(0))
                s, e = f"{published.year:04d}-01-01", published.isoformat()
        out.append(DateMention(start, end, text[start:end], role, s, e))
        prev_end = end
    mentions = _Mentions(out)
    mentions.pack = pack
    return mentions


# Characters an as-of word and its fillers may take before the date ("as of 6 p.m. on ").
_AS_OF_SPAN = 40

# Words a "since" may stand before its date ("since the last update of the Displacement Tracking
# Matrix on 8 August": nine).
_SINCE_WORDS = 10
_ACRONYM = re.compile(r"\(\s*[A-Z][A-Z0-9&-]{1,9}\s*\)")


class _Mentions(list):
    """find_dates' answer: a plain list of DateMention that also remembers the pack, so that
    fact_period can read the pack's words when its caller does not pass the pack."""

    pack: LanguagePack | None = None


# ---------------------------------------------------------------------------------------------
# The period of one figure.

_SENTENCE_END_RE = re.compile(r"[.!?\u061f\u06d4]\s+(\S)|[.!?]\s*\n|\n\s*\n")


def _sentence_end(between: str) -> bool:
    """A sentence boundary: end punctuation then a capital or uncased letter ("Feb. 26" and
    "approx. 40" are not), or a paragraph break. Works for scripts without case."""
    for m in _SENTENCE_END_RE.finditer(between):
        nxt = m.group(1)
        if nxt is None or not (nxt.islower() or nxt.isdigit()):
            return True
    return False


def _between(text: str, fs: int, fe: int, d: DateMention) -> str:
    if d.start >= fe:
        return text[fe : d.start]
    if d.end <= fs:
        return text[d.end : fs]
    return ""


_OTHER_NUMBER = re.compile(r"\d[\d.,]*\d{2}|\d{3,}")
_EVENT_CACHE: dict[tuple[int, str], tuple[LanguagePack, re.Pattern | None]] = {}


def _word_start(dd) -> str:
    """Where a word may start: after no letter, or after a clitic letter the language joins to
    the next word ("وضرب الإعصار", "والإعصار": "and struck", "and the cyclone") that itself
    follows no letter."""
    clitics = [c for c in getattr(dd, "month_clitics", ()) or () if c]
    if not clitics:
        return _L
    return "(?:" + _L + "|" + "|".join("(?<=" + _L + re.escape(c) + ")" for c in clitics) + ")"


def _pack_words_pattern(pack: LanguagePack | None, field: str) -> re.Pattern | None:
    """One of the pack's word lists (`DateData.event_nouns`, `event_verbs`) as one pattern, or
    None; compiled once per pack and list."""
    if pack is None:
        return None
    key = (id(pack), field)
    hit = _EVENT_CACHE.get(key)
    if hit is not None and hit[0] is pack:
        return hit[1]
    words = tuple(getattr(getattr(pack, "dates", None), field, ()) or ())
    pattern = re.compile(rf"{_word_start(pack.dates)}(?:{_alt(words)}){_R}", re.I) if words else None
    _EVENT_CACHE[key] = (pack, pattern)
    return pattern


def _event_pattern(pack: LanguagePack | None) -> re.Pattern | None:
    """The pack's event nouns ("earthquake", "flood", "kampene") as one pattern."""
    return _pack_words_pattern(pack, "event_nouns")


def _is_event_date(text: str, d: DateMention, event: re.Pattern | None, after: bool = False) -> bool:
    """A date written right after an event noun: "the quake on 3 August", "kampene 17. oktober";
    with `after`, also right before one ("Friday's earthquake")."""
    if event is None:
        return False
    before = text[max(0, d.start - 45) : d.start]
    if any(len(before[m.end() :].split()) <= 5 for m in event.finditer(before)):
        return True
    if after:
        m = event.search(text, d.end, d.end + 25)
        return m is not None and len(text[d.end : m.start()].split()) <= 2
    return False


# A sentence opening on its date: at most a preposition and an article before it ("On the 22nd
# of March a fire broke out", "Am 3. Mai brach ein Feuer aus"); two spaces stand for the line
# break a text lost after a heading.
_OPENING_HEAD = re.compile(r"(?:^|[.!?\n]\s*|\S {2,})(?:[^\W\d_]+\s+){0,2}$")


def _opens_on_event(
    text: str, d: DateMention, event: re.Pattern | None, pack: LanguagePack | None = None
) -> bool:
    """ "On the 22nd of March a fire erupted in the camp": a sentence that opens on a day and
    names an event (a noun, or one of the pack's event verbs: "Natt til søndag brant ...") right
    after it dates the event's start, as "the fire on 22 March" does."""
    if not _OPENING_HEAD.search(text[max(0, d.start - 30) : d.start]):
        return False
    for pattern in (event, _event_verb_pattern(pack)):
        if pattern is None:
            continue
        m = pattern.search(text, d.end, d.end + 25)
        if (
            m is not None
            and len(text[d.end : m.start()].split()) <= 2
            and not re.search(r"[.;:!?]", text[d.end : m.start()])
        ):
            return True
    return False


def _event_verb_pattern(pack: LanguagePack | None) -> re.Pattern | None:
    """The pack's event verbs ("burned", "brant", "brannte") as one pattern, or None."""
    return _pack_words_pattern(pack, "event_verbs")


def event_start(text: str, dates: list[DateMention], pack: LanguagePack | None = None) -> str | None:
    """The day a document's event began, when the text gives it: a "since" or "from" start, the
    start of a range of days, or a day written with an event noun ("the clash on December 27").
    Flows whose own sentence gives no start begin there."""
    found = [iso for _, iso in event_starts(text, dates, pack)]
    return min(found) if found else None


def event_starts(
    text: str, dates: list[DateMention], pack: LanguagePack | None = None
) -> list[tuple[int, str]]:
    """Every (offset, day) where the text says an event began (see `event_start`), in text
    order: a flow with no date of its own starts at the latest one before it ("the storms from
    18 to 22 June ... forced 337,000 people to evacuate"), not at an earlier episode's."""
    try:
        if pack is None:
            pack = getattr(dates, "pack", None)
        event = _event_pattern(pack)
        found = []
        counted_back = []
        for d in dates:
            if d.role in ("since", "range") and d.start_date and len(d.start_date) >= 7:
                found.append((d.start, d.start_date))
            elif (
                d.role == "point"
                and d.start_date
                and len(d.start_date) == 10
                and (_is_event_date(text, d, event) or _opens_on_event(text, d, event, pack))
            ):
                found.append((d.start, d.start_date))
            elif (
                d.role == "period"
                and d.start_date
                and len(d.start_date) == 10
                and d.end_date
                and d.start_date < d.end_date
                and _is_event_date(text, d, event)
            ):
                # "Heavy storms over the past week slammed eight provinces": the event's days
                # counted back from the report begin on the first of them
                counted_back.append((d.start, d.start_date))
        known = {pos for pos, _ in found}
        verb_re, _, clock_re = _onset_patterns(pack)
        found += [o for o in _onsets(text, dates, verb_re, clock_re) if o[0] not in known]
        # days counted back are vaguer than a start the text writes: only before any such start
        first = min((pos for pos, _ in found), default=None)
        found += [c for c in counted_back if first is None or c[0] < first]
        return sorted(found)
    except Exception:  # noqa: BLE001
        return []


_ONSET_CACHE: dict[int, tuple[LanguagePack, re.Pattern | None, re.Pattern | None, re.Pattern | None]] = {}


def _onset_patterns(
    pack: LanguagePack | None,
) -> tuple[re.Pattern | None, re.Pattern | None, re.Pattern | None]:
    """The pack's onset verbs (a pattern ending at the verb), start anchors and clock suffixes."""
    if pack is None:
        return None, None, None
    hit = _ONSET_CACHE.get(id(pack))
    if hit is not None and hit[0] is pack:
        return hit[1], hit[2], hit[3]
    dd = getattr(pack, "dates", None)
    verbs = tuple(getattr(dd, "onset_verbs", ()) or ())
    anchors = tuple(getattr(dd, "start_anchors", ()) or ())
    verb_re = re.compile(rf"{_word_start(dd)}(?:{_alt(verbs)}){_R}", re.I) if verbs else None
    try:
        anchor_re = re.compile(rf"{_L}(?:{'|'.join(anchors)}){_R}", re.I) if anchors else None
    except re.error:
        anchor_re = None
    clocks = tuple(getattr(dd, "clock_suffixes", ()) or ())
    try:
        clock_re = re.compile(r"\b(?:" + "|".join(f"(?:{c})" for c in clocks) + ")", re.I) if clocks else None
    except re.error:
        clock_re = None
    _ONSET_CACHE[id(pack)] = (pack, verb_re, anchor_re, clock_re)
    return verb_re, anchor_re, clock_re


# An onset verb governs a day at most this many words after it, in the same sentence
# ("launched their attack on the districts that lie west of the Tigris River on Feb. 19").
_ONSET_WORDS = 14


def onset_day(text: str, dates: list[DateMention], pack: LanguagePack | None = None) -> str | None:
    """The day the document's event (an offensive, a push, a disaster) began: the earliest day
    written a few words after an onset verb ("launched ... on Feb. 19", "startet 17. oktober").
    Stocks anchored to "the start of the offensive" hold for that day."""
    try:
        if pack is None:
            pack = getattr(dates, "pack", None)
        verb_re, _, clock_re = _onset_patterns(pack)
        if verb_re is None:
            return None
        found = [iso for _, iso in _onsets(text, dates, verb_re, clock_re)]
        return min(found) if found else None
    except Exception:  # noqa: BLE001
        return None


def _onsets(
    text: str, dates: list[DateMention], verb_re: re.Pattern | None, clock_re: re.Pattern | None = None
) -> list[tuple[int, str]]:
    """(offset, day) of every day written a few words after an onset verb; a clock suffix's
    dots ("9:49 p.m.") end no sentence."""
    found: list[tuple[int, str]] = []
    if verb_re is None:
        return found
    for d in dates:
        iso = d.end_date or d.start_date
        if d.role != "point" or not iso or len(iso) != 10:
            continue
        before = text[max(0, d.start - 160) : d.start]
        for m in verb_re.finditer(before):
            gap = before[m.end() :]
            if clock_re is not None:
                gap = clock_re.sub("pm", gap)  # "at 9:49 p.m. on Tuesday"
            if len(gap.split()) <= _ONSET_WORDS and not re.search(r"[.;!?:]\s", gap):
                found.append((d.start, iso))
                break
    return found


# Relative phrases that count a span back from publication ("the past week", "le mois dernier"
# counted as 30 days): their first day is approximate.
_COUNTED_BACK_RULES = frozenset({"past_week", "recent_days", "past_month", "past_year"})


def counted_back(d: DateMention, pack: LanguagePack | None) -> bool:
    """The mention is a span counted back from publication ("in the past six weeks", "de siste
    tre ukene", "خلال الأسبوعين الماضيين"): its first day is only as exact as the count."""
    if pack is None or d.role != "period" or not d.start_date or len(d.start_date) != 10:
        return False
    try:
        comp = _compile(pack)
        norm = normalise(d.text)
        rule = comp.phrases.get(_key(norm)) or ""
        if rule in _COUNTED_BACK_RULES or rule.startswith("back:"):
            return True
        m = comp.duration.search(norm)
        return m is not None and bool(
            m["past"]
            or m.groupdict().get("past2")
            or m.groupdict().get("past3")
            or comp.since_soon.match(norm, m.end())
        )
    except Exception:  # noqa: BLE001
        return False


def start_anchored(text: str, figure_start: int, figure_end: int, pack: LanguagePack | None) -> bool:
    """A start anchor ("at the start of the latest offensive", "da offensiven startet") in the
    figure's clause: within a few words after the figure, or right before it."""
    _, anchor_re, _ = _onset_patterns(pack)
    if anchor_re is None:
        return False
    after = text[figure_end : figure_end + 90]
    m = anchor_re.search(after)
    if m and not re.search(r"[.;!?]\s", after[: m.start()]):
        return True
    before = text[max(0, figure_start - 90) : figure_start]
    last = None
    for last in anchor_re.finditer(before):  # noqa: B007 - the last anchor before the figure
        pass
    return last is not None and not re.search(r"[.;!?]\s", before[last.end() :])


def _toll_pattern(pack: LanguagePack | None) -> re.Pattern | None:
    # the pack's toll words (regex fragments shared with the terms module)
    words = tuple(getattr(getattr(pack, "terms", None), "casualty_words", ()) or ())
    if not words:
        return None
    try:
        return re.compile(r"^\s*(?:\w+\s+){0,2}?(?:" + "|".join(words) + r")(?!\w)", re.IGNORECASE)
    except re.error:
        return None


def _only_tolls(between: str, toll: re.Pattern | None) -> bool:
    """Every other number between the date and the figure counts the dead or injured of the
    same event ("January 2010, which left 200,000 dead and 1.5 million homeless")."""
    if toll is None:
        return False
    found = list(_OTHER_NUMBER.finditer(between))
    return bool(found) and all(toll.match(between[m.end() : m.end() + 40]) for m in found)


def _gap_floor(text: str, fs: int, fe: int, d: DateMention) -> float:
    """A lower bound of `_gap_cost` (its distance without any penalty), in constant time."""
    if d.start >= fe:
        n = len(text)
        return float(max(0, min(d.start, n) - min(fe, n)))
    if d.end <= fs:
        n = len(text)
        return float(max(0, min(fs, n) - min(d.end, n)))
    return 0.0


# A date that closes a list item ("... in April,") and the figure right after it: at most a comma
# and one short word ("and", "et", "و") between them.
_ITEM_GAP = re.compile(r"^\s*(?:[,،;]\s*(?:[^\W\d_]{1,4}\s+)?|[^\W\d_]{1,4}\s+)$")
_BARE_YEAR = re.compile(r"(?:1[89]|20)\d{2}")
_ENUMERATED = 100


def _enumerated(text: str, d: DateMention, between: str) -> bool:
    """The date right before the figure closes the item before it, which has its own figure."""
    if not _ITEM_GAP.match(between):
        return False
    before = text[max(0, d.start - 80) : d.start]
    m = None
    for found in _OTHER_NUMBER.finditer(before):
        if not _BARE_YEAR.fullmatch(found.group()):
            m = found  # the last figure before the date (a year is none)
    return m is not None and not _sentence_end(before[m.end() :]) and ";" not in before[m.end() :]


_RESTATED = re.compile(r"^\s*(?:[^\W\d_][\w'-]*\s+){0,2}\([^()\n]{0,60}\d[^()\n]{0,60}\)")


def _gap_cost(
    text: str,
    fs: int,
    fe: int,
    d: DateMention,
    breaks: re.Pattern | None,
    event: re.Pattern | None = None,
    toll: re.Pattern | None = None,
    relative: re.Pattern | None = None,
) -> float:
    """How far a date mention is from a figure, in characters, with penalties for crossing
    another figure or a clause break; a mention after the figure ("206,000 on Sunday") is
    preferred over one before it unless the sentence opens with the date."""
    if d.start >= fe:
        between = text[fe : d.start]
        cost = float(len(between))
        # "2,085 individuals (654 households) were registered in April": the figure restated in
        # brackets after its noun is no other figure and no clause break
        between = _RESTATED.sub("", between, count=1)
    elif d.end <= fs:
        between = text[d.end : fs]
        opening = not text[: d.start].strip(" \t\n\"'“‘-–—")
        cost = len(between) * (1.0 if opening else 1.5)
        if _enumerated(text, d, between):
            # "2,085 were registered in April, 660 in May": the date closes the figure before
            cost += _ENUMERATED
    else:
        return 0.0
    if (
        _OTHER_NUMBER.search(between)
        and not (d.end <= fs and _is_event_date(text, d, event))
        and not (d.end <= fs and _governs_sentence(text, d, between))
        and not (
            d.end <= fs and not _sentence_end(between) and ";" not in between and _only_tolls(between, toll)
        )
    ):
        # another figure owns the date; but the date of the event itself ("the earthquake on
        # Aug. 3 killed 600 people and destroyed 80,000 homes") dates all of its figures
        cost += 300
    if ";" in between or _sentence_end(between):
        cost += 200
    if breaks is not None and breaks.search(between):
        cost += 60
    if d.start >= fe and relative is not None:
        rm = relative.search(between)
        if rm is not None and rm.start() >= _RELATIVE_AFTER:
            # "... to their homes in the east of the city, which forces retook in January": the
            # date is the other noun's ("5,000 people, who fled on Sunday" keeps it)
            cost += 300
    return cost


def _lone_date_after(
    text: str,
    fe: int,
    d: DateMention,
    others: list[DateMention],
    dates: list[DateMention],
    breaks: re.Pattern | None,
    comp: _Compiled | None,
) -> bool:
    """ "Shanghai evacuated 163,000 people and called back 3,000 ships on Saturday": the only date
    of the sentence, after the figure in its clause, dates the whole clause though one other count
    stands between them. Another date anywhere in the text read (a "since" included), a comma, a
    clause break, a relative or subordinate clause or a sentence end between them, and the date
    is the other count's."""
    if len(others) != 1 or len(dates) != 1 or d.start < fe:
        return False
    between = text[fe : d.start]
    if ";" in between or _sentence_end(between) or len(between) > 160:
        return False
    if re.search(r"[,،]\s", between) or len(_OTHER_NUMBER.findall(between)) != 1:
        # "3,444 returned, 43% of the 8,000 expected in the last quarter": the date is the
        # aside's; a list or table of counts before a date is no clause of the figure's
        return False
    if breaks is not None and breaks.search(between):
        return False
    if comp is None:
        return True
    # "... and 570 damaged as the river burst its banks on 27 August": the date is the
    # subordinate clause's (the event behind a count the report holds), not the figure's
    return not any(p is not None and p.search(between) for p in (comp.relative, comp.subordinator))


_REPORTING_PENALTY = 50  # a date a reporting verb governs, where the sentence gives another
_RELATIVE_AFTER = 25  # characters between the figure and the comma of a relative clause


_OPENING_CLOSE = re.compile(r"^\s*(?:[^\W\d_]+\s*)?,")


def _governs_sentence(text: str, d: DateMention, between: str) -> bool:
    """ "As of September 18, the fire had charred 70,944 acres and forced 2,819 people to
    evacuate", "On 3 May, ...": an as-of date, or a date opening the sentence before a comma,
    dates every figure of its sentence."""
    if _sentence_end(between) or ";" in between:
        return False
    if d.role == "as_of":
        return True
    head = text[: d.start].strip(" \t\n\"'“‘-–—")
    # "In the past six weeks alone, fighting has killed 450 and displaced 62,000": a few words
    # (a preposition, an article) may open the sentence before the date, a word may close it
    opening = not head or (len(head.split()) <= 3 and not re.search(r"[\d,;:.]", head))
    return opening and _OPENING_CLOSE.match(between) is not None


def _reporting_date(text: str, d: DateMention, figure_start: int, comp: _Compiled) -> bool:
    """The date belongs to a reporting verb ("said on Sunday", "opplyste søndag", and before
    the figure "On Sunday, officials said"), not to the event. After the figure, a date
    followed by the verb is the event's ("5,000 fled on Sunday, officials said")."""
    norm = normalise(text)
    if comp.reporting_before.search(norm[max(0, d.start - 40) : d.start]):
        return True
    return d.end <= figure_start and bool(comp.reporting_after.match(norm[d.end : figure_start]))


def _ongoing(
    text: str, figure_start: int, figure_end: int, comp: _Compiled | None, stock: bool = False
) -> bool:
    """A word in the figure's sentence saying the displacement goes on ("still", "continuing to",
    "fortsatt", "toujours", "siguen", "لا يزال"); for a `stock`, also a present-tense verb of
    it ("remain", "sont hébergées", "permanecen")."""
    pattern = None if comp is None else (comp.present_stock if stock else comp.ongoing)
    if pattern is None:
        return False
    lo, hi = max(0, figure_start - 100), figure_end + 100
    window = text[lo:hi]
    fs, fe = figure_start - lo, figure_end - lo
    for m in pattern.finditer(window):
        between = window[m.end() : fs] if m.end() <= fs else window[fe : m.start()]
        if not _sentence_end(between) and not re.search(r"[;,]", between):
            return True  # in the figure's own clause ("70,000 homeless, is still remembered": no)
    return False


def _ongoing_until(
    text: str, figure_start: int, figure_end: int, until: int, comp: _Compiled | None, dates=()
) -> bool:
    """An ongoing word in the figure's clause, or anywhere between the figure and `until` (a
    date cited at the end of its sentence: "displaced in December 2011 and again in August 2012
    remain displaced (IDMC, May 2015)"), before any other figure ("113,000 fled in 1999, some
    22,000 continue to live in camps": the word is the other figure's; a year of `dates` is none)."""
    if comp is None or comp.ongoing is None:
        return False
    stop = until
    for other in _OTHER_NUMBER.finditer(text, figure_end, until):
        if not any(d.start <= other.start() < d.end for d in dates):
            stop = other.start()
            break
    return (
        _ongoing(text, figure_start, figure_end, comp)
        or comp.ongoing.search(text, figure_end, stop) is not None
    )


# Phrases counting from the first day of the year or month up to publication ("since the start
# of the year", "seit Jahresbeginn", "en lo que va del año"): the start of a cumulative count.
_CUMULATIVE_RULES = frozenset({"year_start", "month_start"})


def _cumulative(d: DateMention, comp: _Compiled) -> bool:
    return (
        d.role == "period"
        and d.start_date is not None
        and comp.phrases.get(_key(normalise(d.text))) in _CUMULATIVE_RULES
    )


def fact_period(
    text: str,
    figure_start: int,
    figure_end: int,
    dates: list[DateMention],
    published: date | None,
    stock: bool,
    pack: LanguagePack | None = None,
) -> tuple[str | None, str | None]:
    """(start, end) of the figure at text[figure_start:figure_end].

    A flow takes its start from the governing "since" mention and its end from the nearest
    point, period, range or as-of mention (published when none); a stock gets only an end.
    `dates` must have offsets into the same `text` (find_dates over it). `pack` (optional)
    adds the language's clause-break words.
    """
    try:
        pub = published.isoformat() if isinstance(published, date) else None
        if pack is None:
            pack = getattr(dates, "pack", None)
        comp = _compile(pack) if pack is not None else None
        breaks = comp.clause_break if comp is not None else None
        since = [d for d in dates if d.role == "since"]
        others = [d for d in dates if d.role != "since"]
        event = _event_pattern(pack)
        toll = _toll_pattern(pack)
        governing = None
        if others:
            relative = comp.relative if comp is not None else None
            # The first mention of least cost, as `min` over `others` picks it; mentions are
            # weighed nearest first, and those whose distance alone is not below the best cost
            # so far are not weighed in full: in a long sentence dense with figures and dates,
            # weighing each one was most of the time.
            floors = [_gap_floor(text, figure_start, figure_end, d) for d in others]
            best, at, best_raw = None, -1, None
            for k in sorted(range(len(others)), key=floors.__getitem__):
                if best is not None and (floors[k] > best or (floors[k] == best and k > at)):
                    if floors[k] > best:
                        break  # the rest are farther still
                    continue
                raw = _gap_cost(text, figure_start, figure_end, others[k], breaks, event, toll, relative)
                cost = raw
                if (
                    len(others) > 1
                    and comp is not None
                    and _reporting_date(text, others[k], figure_start, comp)
                ):
                    # "a survey led by NRC in 2005 found that 65,000 were displaced during the
                    # 1988-1994 conflict": the statement's date yields to the event's
                    cost += _REPORTING_PENALTY
                if best is None or cost < best or (cost == best and k < at):
                    best, at, best_raw = cost, k, raw
            governing = others[at]
            if best_raw >= 300 and not _lone_date_after(
                text, figure_end, governing, others, dates, breaks, comp
            ):
                governing = None
            elif _one_year(governing):
                # "In 2014, 311 fled between July and August": a finer date of the same year in
                # the figure's sentence says more than the year that frames it
                finer = [
                    d
                    for d in others
                    if d is not governing
                    and d.start_date
                    and d.end_date
                    and len(d.end_date) > 4
                    and d.start_date[:4] == d.end_date[:4] == governing.start_date
                    and not _sentence_end(_between(text, figure_start, figure_end, d))
                ]
                costs = [
                    _gap_cost(text, figure_start, figure_end, d, breaks, event, toll, relative) for d in finer
                ]
                if finer and min(costs) < 300:
                    governing = finer[costs.index(min(costs))]
        if governing is not None and comp is not None:
            # "As of 12 March, 5,000 have been displaced since the start of the year", "Stand
            # 12. März waren seit Jahresbeginn 5.000 geflohen": a count from the year's (or
            # month's) first day starts there, and ends at the as-of date of its clause
            cumulative = [
                d
                for d in others
                if _cumulative(d, comp)
                and ";" not in _between(text, figure_start, figure_end, d)
                and not _OTHER_NUMBER.search(_between(text, figure_start, figure_end, d))
            ]
            if governing in cumulative:
                as_of = [
                    (_gap_cost(text, figure_start, figure_end, d, breaks, event, toll, relative), k)
                    for k, d in enumerate(others)
                    if d.role == "as_of"
                ]
                if as_of and min(as_of)[0] < 300:
                    governing = others[min(as_of)[1]]
            since = since + [d for d in cumulative if d is not governing]
        since_m = None
        # A "since" governs every figure of its sentence ("uprooted since October topped
        # 206,000 on Sunday, up from 164,000 on Feb. 26"), but not the next sentence's.
        # One after the figure governs it only if no other figure comes first ("4,000 came on
        # Friday, and 11,000 have fled since 20 May").
        since = [
            d
            for d in since
            if not _sentence_end(_between(text, figure_start, figure_end, d))
            and not (
                d.start >= figure_end and _OTHER_NUMBER.search(_between(text, figure_start, figure_end, d))
            )
        ]
        if since:
            since_m = min(since, key=lambda d: _gap_cost(text, figure_start, figure_end, d, breaks))
        cited = _citation_after(text, figure_start, figure_end, dates)
        if cited is not None and (governing is None or governing is cited or stock):
            # "22,800 houses are destroyed (OCHA 20/08/2019)": the source's date is the date its
            # count holds for, the end of a flow and not its start
            if not (stock and governing is not None and governing.role == "as_of"):
                return (None if stock else (since_m.start_date if since_m else None)), cited.end_date
        if (
            cited is not None
            and not stock
            and governing is not None
            and governing.role != "as_of"
            and governing.start_date
            and cited.end_date
            and (governing.end_date or governing.start_date) < cited.end_date[: len(governing.end_date or "")]
            and _ongoing_until(text, figure_start, figure_end, cited.start, comp, dates)
        ):
            # "161 people displaced in 2006 remain displaced (IDMC, May 2015)": displaced since
            # the event's date, and still so when the cited source counted them
            return since_m.start_date if since_m else governing.start_date, cited.end_date
        if stock:
            if governing is not None:
                end = governing.end_date or governing.start_date
                if (
                    pub
                    and end
                    and governing.role != "as_of"
                    and end < pub[: len(end)]
                    and (len(end) == 4 or _is_event_date(text, governing, event, after=True))
                    and _ongoing(text, figure_start, figure_end, comp, stock=True)
                ):
                    # "two weeks ago the river burst its banks; 800 are still in shelters", "600
                    # permanecen en albergues tras las lluvias de la semana pasada": the event's
                    # date, and the count, still or in the present tense, holds as of the report
                    return None, pub
                if pub and end and end[:10] > pub:
                    # "could have to leave if more rain comes, as forecast for Thursday": the
                    # warning holds as of the report, not the forecast day
                    return None, pub
                return None, end
            return None, pub
        start = since_m.start_date if since_m else None
        if governing is None:
            return start, pub
        if (
            pub
            and governing.role != "as_of"
            and (governing.end_date or "") < pub[: len(governing.end_date or "")]
            and (len(governing.end_date or "") == 4 or _is_event_date(text, governing, event, after=True))
            and _ongoing(text, figure_start, figure_end, comp)
        ):
            # "displaced in 1974 and still alive", "continuing to take refuge ... following
            # Friday's earthquake": a year or the event's day, and displaced since then as of the
            # report (a count dated "at the end of December" keeps its date)
            return start or governing.start_date, pub
        if governing.role == "as_of":
            return start, governing.end_date
        if comp is not None and _reporting_date(text, governing, figure_start, comp):
            # "Officials said on Sunday that 5,000 have fled": the date of the statement
            return start, governing.end_date or governing.start_date
        if since_m is not None and governing.role == "point":
            return start, governing.end_date
        return governing.start_date, governing.end_date
    except Exception:  # noqa: BLE001
        return None, published.isoformat() if isinstance(published, date) else None
