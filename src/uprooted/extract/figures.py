"""Find every figure in a text and say what kind of figure it is.

A figure is a number as written in digits ("45.000", "1,6 millioner", "about2,700"), in words
("two hundred thousand", "over en million") or as a vague amount ("tusenvis", "tens of
thousands"), with the qualifier words around it ("more than", "up to", "or more") and a kind
("count", "year", "percent", "money", "measure", "date", ...). The engine keeps only counts.

Everything language-specific comes from `pack.numbers` (and the month names in `pack.dates`);
this module never names a language. Hand-written rather than a library: number-parsing
libraries (Babel, number-parser, text2num) read one locale's numbers in isolation, lose the
character offsets, and misread local forms (Babel's `nb` reads "45.000" as 45); here the
same text holds thousands groups, decimals, typos and qualifiers that must keep their spans.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from uprooted.extract import hijri
from uprooted.extract.prefilter import Prefilter, literal_table, universe
from uprooted.lang.base import LanguagePack

KINDS = (
    "count",
    "percent",
    "money",
    "year",
    "ordinal",
    "date",
    "decimal",
    "measure",
    "code",
    "time",
    "score",
)


@dataclass(frozen=True)
class Figure:
    """One figure in a text; offsets point into the text passed to `find_figures`."""

    start: int  # the whole expression incl. qualifier words ("more than 40,000")
    end: int
    number_start: int  # the number itself ("40,000")
    number_end: int
    text: str
    value: int  # best single figure: range -> low end; vague -> order of magnitude
    low: int | None
    high: int | None
    qualifier: str  # exact|more_than|at_least|less_than|at_most|approx|range|vague
    reported_value: int
    kind: str  # count|percent|money|year|ordinal|date|decimal|measure|code
    flags: tuple[str, ...] = ()  # "number_typo", "vague"


# ---------------------------------------------------------------------------------------------
# Normalisation: same length as the input, so offsets stay valid.

_SPACES = {"\u00a0", "\u2007", "\u2009", "\u202f", "\u2008", "\u200a", "\u205f", "\u3000"}
_DASHES = {"\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212", "\ufe63", "\uff0d"}
_APOSTROPHES = {"\u2019", "\u02bc", "\u2032"}


def _normalise_char(ch: str) -> str:
    if ch.isascii():
        return ch
    if ch in _SPACES:
        return " "
    if ch in _DASHES:
        return "-"
    if ch in _APOSTROPHES:
        return "'"
    digit = unicodedata.decimal(ch, None)  # Arabic-Indic, Devanagari, full-width ... digits
    if digit is not None:
        return str(digit)
    return ch


class _NormaliseTable(dict):
    """`str.translate` table of `_normalise_char`, filled in as characters are first seen."""

    def __missing__(self, code: int) -> str:
        self[code] = out = _normalise_char(chr(code))
        return out


_NORMALISE_TABLE = _NormaliseTable()


def normalise(text: str) -> str:
    """Unicode digits to ASCII, odd spaces to " ", dashes to "-"; never changes the length."""
    if text.isascii():
        return text
    return text.translate(_NORMALISE_TABLE)


# ---------------------------------------------------------------------------------------------
# Per-pack compiled patterns.

_WORD_LEFT = r"(?<![^\W\d_])"  # not preceded by a letter
_WORD_RIGHT = r"(?![^\W\d_])"  # not followed by a letter


def _phrase(word: str) -> str:
    """A phrase as a regex: escaped, any run of spaces between its words."""
    return r"\s+".join(re.escape(part) for part in word.split())


def _vague_left(nd) -> str:
    """Where a vague amount may start: after a non-letter, or after a one-letter prefix glued to
    it at a word's start ("ومئات الآلاف": "and hundreds of thousands")."""
    single = sorted({p for p in getattr(nd, "glued_prefixes", ()) or () if len(p) == 1})
    if not single:
        return _WORD_LEFT
    cls = "".join(re.escape(p) for p in single)
    return rf"(?:{_WORD_LEFT}|(?<=(?<![^\W\d_])[{cls}]))"


def _alt(words) -> str:
    """Longest-first alternation of phrases (so "tens of thousands" beats "thousands")."""
    unique = sorted({w.lower() for w in words if w}, key=len, reverse=True)
    if not unique:
        return r"(?!x)x"  # matches nothing
    return "(?:" + "|".join(_phrase(w) for w in unique) + ")"


@dataclass
class _Compiled:
    pack_numbers: object
    token: re.Pattern
    scale_after: re.Pattern
    glued_scale: re.Pattern | None
    word_seq: re.Pattern
    word_part: re.Pattern
    vague: re.Pattern
    phrase_num: re.Pattern
    qual_before: re.Pattern
    qual_after: re.Pattern
    qual_before_glued: re.Pattern
    connector: re.Pattern
    opener_before: re.Pattern
    percent_after: re.Pattern
    currency_after: re.Pattern
    currency_before: re.Pattern
    measure_after: re.Pattern
    measure_before: re.Pattern
    year_prep_before: re.Pattern
    ordinal_after: re.Pattern
    month_after: re.Pattern
    month_before: re.Pattern
    day_range_after: re.Pattern
    change_before: re.Pattern
    list_after: re.Pattern
    year_words_before: re.Pattern
    year_follower_after: re.Pattern
    word_values: dict[str, int] = field(default_factory=dict)
    scale_values: dict[str, int] = field(default_factory=dict)
    glued_values: dict[str, int] = field(default_factory=dict)
    vague_values: dict[str, int] = field(default_factory=dict)
    phrase_values: dict[str, int] = field(default_factory=dict)
    qual_before_values: dict[str, str] = field(default_factory=dict)
    qual_after_values: dict[str, str] = field(default_factory=dict)
    need_opener: frozenset[str] = frozenset()
    glued_prefixes: frozenset[str] = frozenset()
    fraction_after: re.Pattern | None = None
    space_groups: bool = True
    thousands: frozenset[str] = frozenset()
    decimals: frozenset[str] = frozenset()
    ambiguous_months: frozenset[str] = frozenset()
    identifier_before: re.Pattern | None = None  # "camp 12", "round 7": a label
    clock_before: re.Pattern | None = None  # "at 9.30", "a las 9.30"
    clock_after: re.Pattern | None = None  # "9.30 am"
    # A bare four-digit number with one of these right before is a year: a part of a year
    # ("ersten Quartal 2020", "first half of 2019", "premier trimestre 2020", pack dates' year_parts)
    year_part_before: re.Pattern | None = None
    week_before: re.Pattern | None = None  # "week 19", "semaine 19": pack dates' week_words
    hijri_year_before: re.Pattern | None = None  # a Hijri month before a Hijri year ("شوال 1439")
    hijri_year_after: re.Pattern | None = None  # a Hijri year's mark after it ("1439 هـ")
    pack: LanguagePack | None = None
    # A noun a count takes right after the number ("1800 personas", "2085 personnes", "1500
    # Menschen", "2000 أسرة"): the pack terms' people and unit (family, household, home) nouns
    counted_after: re.Pattern | None = None
    # A number's range partner: after it ("1800 y 2000 personas") and before it ("1800 and 2000
    # people"), so that the counted noun after a range speaks for both ends
    range_tail: re.Pattern | None = None
    range_head: re.Pattern | None = None
    range_opener_before: re.Pattern | None = None
    # The pack's "and" written glued to the next number ("15 ألفا و500"): `_scaled_plus_rest`
    glued_joiner: re.Pattern | None = None


_CACHE: dict[int, tuple[LanguagePack, _Compiled]] = {}

# Qualifier signs every pack knows, read only when glued to the number ("~3,000", ">500").
_SIGN_QUALIFIERS = {
    "~": "approx",
    "≈": "approx",
    ">": "more_than",
    "<": "less_than",
    ">=": "at_least",
    "≥": "at_least",
    "<=": "at_most",
    "≤": "at_most",
}
_SIGN_BEFORE = re.compile(
    r"(?:^|(?<=[\s(\[]))("
    + "|".join(re.escape(k) for k in sorted(_SIGN_QUALIFIERS, key=len, reverse=True))
    + r")$"
)

# Numeric dates and clock times are not figures: "25.02.2017", "2017-03-05", "14:30".
_NUMERIC_DATE = re.compile(
    r"(?<![\d.,/-])(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}([./-])\d{1,2}\1(?:\d{4}|\d{2}))(?![\d]|[.,/-]\d)"
)
_CLOCK = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?![\d:])")


def _compile(pack: LanguagePack) -> _Compiled:
    """Build (once per pack) every regex the figure finder needs."""
    cached = _CACHE.get(id(pack))
    if cached is not None and cached[0] is pack:
        return cached[1]
    nd = pack.numbers
    dd = pack.dates
    seps = [s for s in (*nd.thousands_separators, *nd.decimal_separators) if s and not s.isspace()]
    sep_class = "[" + "".join(re.escape(s) for s in sorted(set(seps))) + "]" if seps else None
    token = re.compile(r"\d+(?:" + sep_class + r"\d+)*") if sep_class else re.compile(r"\d+")
    word_values = {k.lower(): v for k, v in nd.number_words.items()}
    scale_values = {k.lower(): v for k, v in nd.scale_words.items()}
    all_words = {**word_values, **scale_values}
    big_words = [w for w, v in all_words.items() if v >= 100]
    part = _alt(all_words)
    unit = part + "+" if nd.compound_number_words else part
    unit = _WORD_LEFT + unit + _WORD_RIGHT
    joiners = _alt(nd.number_joiners)
    article = _WORD_LEFT + _alt(nd.article_words) + r"\s+(?=" + _alt(big_words) + _WORD_RIGHT + ")"
    ones = tuple(getattr(nd, "trailing_ones", ()) or ())
    # "cent une", "vingt et un mille": a word for one inside or at the end of a run of number words
    one_piece = ("|" + r"\s+(?:" + joiners + r"\s+)?" + _WORD_LEFT + _alt(ones) + _WORD_RIGHT) if ones else ""
    glued = tuple(getattr(nd, "glued_joiners", ()) or ())
    head = "(?:" + article + ")?" + unit
    glued_piece = ""
    if glued:
        bare = (part + "+" if nd.compound_number_words else part) + _WORD_RIGHT  # no left boundary
        # "خمسة وعشرون": a joiner glued to the next number word goes on with the run
        glued_piece = "|" + r"\s+" + _alt(glued) + bare
        # and a number word may open after a one-letter prefix ("وعشرة أطفال")
        head = "(?:" + head + "|" + _vague_left(nd) + bare + ")"
    word_seq = re.compile(
        head + r"(?:(?:\s+" + joiners + r"\s+|\s*-\s*|\s+)" + unit + one_piece + glued_piece + ")*",
        re.IGNORECASE,
    )
    # a day before a Hijri month is a date as before a Gregorian one ("5 شوال"), but not before
    # one that is also a common word ("3 صفر", three-nil)
    hijri_months = {k.lower(): v for k, v in (getattr(dd, "hijri_months", {}) or {}).items()}
    ambiguous = {k.lower() for k in (getattr(dd, "hijri_ambiguous", ()) or ())}
    months = {
        **{k.lower(): v for k, v in dd.months.items()},
        **{k: v for k, v in hijri_months.items() if k not in ambiguous},
    }
    month_alt = _alt(months)
    joiners_date = _alt(nd.date_joiners)
    ordinal = _alt(nd.ordinal_suffixes)
    connectors = [c for c in nd.range_connectors]
    comp = _Compiled(
        pack_numbers=nd,
        token=token,
        scale_after=re.compile(
            r"\s*(" + _alt(scale_values) + r")(?:(?<=\.)|" + _WORD_RIGHT + ")", re.IGNORECASE
        ),
        glued_scale=(
            re.compile("(" + _alt(nd.glued_scale_words) + ")" + _WORD_RIGHT, re.IGNORECASE)
            if nd.glued_scale_words
            else None
        ),
        word_seq=word_seq,
        word_part=re.compile(_alt(all_words) + "|" + _alt(nd.article_words), re.IGNORECASE),
        vague=re.compile(_vague_left(nd) + _alt(nd.vague_amounts) + _WORD_RIGHT, re.IGNORECASE),
        phrase_num=re.compile(_WORD_LEFT + _alt(nd.phrase_numbers) + _WORD_RIGHT, re.IGNORECASE),
        qual_before=re.compile(r"(?:^|(?<=[^\w.]))(" + _alt(nd.qualifiers_before) + r")\s*$", re.IGNORECASE),
        qual_before_glued=re.compile(r"(" + _alt(nd.qualifiers_before) + r")$", re.IGNORECASE),
        qual_after=re.compile(r"^\s*(" + _alt(nd.qualifiers_after) + r")(?!\w)", re.IGNORECASE),
        connector=re.compile(r"^\s*(" + _alt(connectors) + r")\s*$", re.IGNORECASE),
        glued_prefixes=frozenset(getattr(nd, "glued_prefixes", ()) or ()),
        opener_before=re.compile(r"(?:^|(?<=\W))(" + _alt(nd.range_openers) + r")\s+$", re.IGNORECASE),
        percent_after=re.compile(r"^\s*(?:%|" + _alt(nd.percent_words) + _WORD_RIGHT + ")", re.IGNORECASE),
        currency_after=re.compile(r"^\s*" + _alt(nd.currency_words) + r"(?![^\W\d_])", re.IGNORECASE),
        currency_before=re.compile(r"(?:^|(?<=\W))" + _alt(nd.currency_words) + r"\s*$", re.IGNORECASE),
        measure_after=re.compile(
            r"^\s*-?\s*" + _alt(w.lstrip("-") for w in nd.measure_words) + r"(?![^\W\d_])", re.IGNORECASE
        ),
        measure_before=re.compile(r"(?:^|(?<=[^\w.]))" + _alt(nd.measure_prefixes) + r"\s*$", re.IGNORECASE),
        year_prep_before=re.compile(r"(?:^|(?<=\W))" + _alt(nd.year_prepositions) + r"\s+$", re.IGNORECASE),
        ordinal_after=re.compile(r"^" + ordinal + _WORD_RIGHT, re.IGNORECASE),
        month_after=re.compile(
            r"^(?:"
            + ordinal
            + r")?\.?\s*(?:"
            + joiners_date
            + r"\s+)?("
            + month_alt
            + r")"
            + r"(?:(?<=\.)|"
            + _WORD_RIGHT
            + ")",
            re.IGNORECASE,
        ),
        month_before=re.compile(r"(?:^|(?<=\W))(" + month_alt + r")\.?\s*$", re.IGNORECASE),
        day_range_after=re.compile(
            r"^\s*(?:-|"
            + _alt(connectors)
            + r")\s*\d{1,2}(?:"
            + ordinal
            + r")?\.?\s*(?:"
            + joiners_date
            + r"\s+)?"
            + month_alt
            + _WORD_RIGHT,
            re.IGNORECASE,
        ),
        fraction_after=(
            re.compile("|".join(f"(?:{f})" for f in nd.word_fraction_after))
            if getattr(nd, "word_fraction_after", ())
            else None
        ),
        word_values=all_words,
        scale_values=scale_values,
        glued_values={k.lower(): v for k, v in nd.glued_scale_words.items()},
        vague_values={" ".join(k.lower().split()): v for k, v in nd.vague_amounts.items()},
        phrase_values={" ".join(k.lower().split()): v for k, v in nd.phrase_numbers.items()},
        qual_before_values={" ".join(k.lower().split()): v for k, v in nd.qualifiers_before.items()},
        qual_after_values={" ".join(k.lower().split()): v for k, v in nd.qualifiers_after.items()},
        need_opener=frozenset(c.lower() for c in nd.range_connectors_need_opener),
        space_groups=any(s.isspace() for s in nd.thousands_separators),
        thousands=frozenset(s for s in nd.thousands_separators if not s.isspace()),
        decimals=frozenset(nd.decimal_separators),
        ambiguous_months=frozenset(m.lower() for m in getattr(dd, "ambiguous_months", ())),
        change_before=re.compile(
            r"(?:^|(?<=\W))" + _alt(getattr(nd, "change_words", ())) + r"(?:\s+[^\W\d_]+){0,2}\s+$",
            re.IGNORECASE,
        ),
        list_after=re.compile(r"\s*(?:[,;]|" + _alt(connectors) + r")\s*\d", re.IGNORECASE),
        year_words_before=re.compile(
            r"(?:^|(?<=\W))" + _alt(getattr(nd, "year_words", ())) + r"\s+$", re.IGNORECASE
        ),
        year_follower_after=re.compile(
            r"^\s+(?:"
            + _alt(getattr(nd, "year_followers", ()))
            + _WORD_RIGHT
            + "|"
            + year_follower_before_figure(nd)
            + ")",
            re.IGNORECASE,
        ),
    )
    comp.identifier_before, comp.clock_before, comp.clock_after = _role_patterns(nd)
    comp.year_part_before, comp.counted_after = _year_or_count_patterns(pack)
    weeks = tuple(getattr(dd, "week_words", ()) or ())
    comp.week_before = (
        re.compile(r"(?:^|(?<=\W))" + _alt(weeks) + r"\s*(?:n°|nº|no\.?|nr\.?|#)?\s*$", re.IGNORECASE)
        if weeks
        else None
    )
    marks = tuple(getattr(dd, "hijri_year_marks", ()) or ())
    comp.hijri_year_before = (
        re.compile(r"(?:^|(?<=\W))(?:" + _alt(hijri_months) + r")\s*$", re.IGNORECASE)
        if hijri_months
        else None
    )
    comp.hijri_year_after = re.compile(r"^\s*" + _alt(marks) + _WORD_RIGHT) if marks else None
    comp.pack = pack
    link = r"(?:" + _alt(connectors) + r"|-)"
    comp.range_tail = re.compile(r"^\s*" + link + r"\s*\d+(?:[.,\s]\d{3})*", re.IGNORECASE)
    comp.range_head = re.compile(r"\d\s*" + link + r"\s*$", re.IGNORECASE)
    comp.range_opener_before = re.compile(r"(?:^|(?<=\W))" + _alt(nd.range_openers) + r"\s+$", re.IGNORECASE)
    glued = tuple(getattr(nd, "glued_joiners", ()) or ())
    comp.glued_joiner = re.compile(r"\s+(?:" + _alt(glued) + r")\s?") if glued else None
    _CACHE[id(pack)] = (pack, comp)
    return comp


def year_follower_before_figure(nd) -> str:
    """A regex (no anchor) for a pack's `year_followers_before_figure` word followed by a figure
    in its clause: "suchten rund 120.000"; one that never matches where the pack has none."""
    words = tuple(getattr(nd, "year_followers_before_figure", ()) or ())
    if not words:
        return r"(?!x)x"
    return _alt(words) + _WORD_RIGHT + r"(?:\s+[^\W\d_][\w-]*){0,4}?\s+\d"


def _year_or_count_patterns(pack: LanguagePack) -> tuple[re.Pattern | None, re.Pattern | None]:
    """The pack's words that tell a bare four-digit number's reading: a part of a year before it
    (a year) and a noun a count takes after it (a count); None where the pack has none."""
    dd = pack.dates
    parts = tuple(getattr(dd, "year_parts", {}) or {})
    joiners = tuple(getattr(dd, "year_part_joiners", ()) or ())
    part_before = None
    if parts:
        joined = r"(?:\s+" + _alt(joiners) + r")?" if joiners else ""
        part_before = re.compile(r"(?:^|(?<=\W))" + _alt(parts) + joined + r"\s+$", re.IGNORECASE)
    terms = getattr(pack, "terms", None)
    nouns: list[str] = []
    if terms is not None:
        nouns += list(getattr(terms, "people_nouns", ()) or ())
        for words in (getattr(terms, "unit_nouns", {}) or {}).values():
            nouns += list(words)
    counted = None
    if nouns:
        try:
            counted = re.compile(r"^\s+(?:" + "|".join(f"(?:{n})" for n in nouns) + r")(?!\w)", re.IGNORECASE)
        except re.error:
            counted = None
    return part_before, counted


def _role_patterns(nd) -> tuple[re.Pattern | None, re.Pattern | None, re.Pattern | None]:
    """The pack's number-role words (identifiers, clock times), compiled; None where it has none."""
    ids = getattr(nd, "identifier_words", ()) or ()
    before = getattr(nd, "clock_words_before", ()) or ()
    after = getattr(nd, "clock_words_after", ()) or ()
    return (
        re.compile(r"(?:^|(?<=\W))(?:" + _alt(ids) + r")\s*(?:no\.?|n°|nº|nr\.?|#)?\s*$", re.IGNORECASE)
        if ids
        else None,
        re.compile(r"(?:^|(?<=\W))(?:" + _alt(before) + r")\s+$", re.IGNORECASE) if before else None,
        re.compile(r"^\s*(?:" + _alt(after) + r")(?![^\W\d_])", re.IGNORECASE) if after else None,
    )


_CLOCK_DIGITS = re.compile(r"(\d{1,2})[.:h](\d{2})")
_SCORE_AFTER = re.compile(r"-(\d{1,2})(?![\d.,])")
_SCORE_BEFORE = re.compile(r"(?<![\d.,])(\d{1,2})-$")
# A footnote mark a PDF's text layer glued to the end of a sentence or a bracket: "living in
# Maradi region.11", "(2.5 million children).2" (one glued to a word is read below).
_FOOTNOTE_BEFORE = re.compile(r"(?:[^\W\d_]{2}|[%)])[.)]$|\)$")
_FOOTNOTE_AFTER = re.compile(r"(?!\d|[.,]\d)")


# A page number after the bar of a paged report's running header: "Situation Report No. 25 | 2",
# "Humanitarian Bulletin, 4 October 2020 | 3" (a title, a number or date in it, then the bar)
_PAGE_BAR = re.compile(r"(?<!\|)\|[ \t]*$")
_HEADER_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _running_header(norm: str, at: int) -> bool:
    """The line before a bar ending at `at` is a report's title: two words or more, every one
    capitalised or short ("and", "of"), a number or date among them, and no other bar."""
    start = norm.rfind("\n", 0, at) + 1
    head = norm[start : norm.rfind("|", start, at)]
    if "|" in head or not any(ch.isdigit() for ch in head):
        return False
    words = _HEADER_WORD.findall(head)
    return len(words) >= 2 and all(w[0].isupper() or len(w) <= 3 for w in words)


def _number_role(norm: str, a: _Atom, comp: _Compiled, before: str, after: str) -> str | None:
    """A number that is a clock time, a score or a label (identifier), never a count."""
    if a.is_word or a.scale != 1 or comp.measure_before.search(before):
        return None  # "kl. 14.30", "No. 5": the pack's prefixes already say (kind "measure")
    clock = _CLOCK_DIGITS.fullmatch(a.digits)
    if clock and int(clock.group(1)) <= 24 and int(clock.group(2)) < 60:
        if (comp.clock_before is not None and comp.clock_before.search(before)) or (
            comp.clock_after is not None and comp.clock_after.match(after)
        ):
            return "time"
    if not a.digits.isdigit():
        return None
    # "won 3-2", "a 1-1 draw": a pair written high-low is a score; a range is written low-high
    m = _SCORE_AFTER.match(norm, a.end)
    if m and len(a.digits) <= 2 and int(m.group(1)) <= int(a.digits):
        return "score"
    m = _SCORE_BEFORE.search(norm, max(0, a.start - 3), a.start)
    if m and len(a.digits) <= 2 and int(m.group(1)) >= int(a.digits):
        return "score"
    if len(a.digits) <= 3 and comp.identifier_before is not None and comp.identifier_before.search(before):
        return "code"
    if len(a.digits) <= 2 and comp.week_before is not None and comp.week_before.search(before):
        from uprooted.extract.dates import week_number_at  # dates.py imports this module

        if week_number_at(norm, a.start, comp.pack):
            return "date"  # "semaine 19", "week 19": a calendar week (pack dates' week_words)
    if len(a.digits) <= 3 and _PAGE_BAR.search(before) and _running_header(norm, a.start):
        return "code"
    if (
        len(a.digits) <= 2
        and _FOOTNOTE_BEFORE.search(before)
        and _FOOTNOTE_AFTER.match(after)
        and not comp.qual_before.search(before)  # "ca.20", "approx.50": a qualifier, then a count
    ):
        return "code"
    return None


# ---------------------------------------------------------------------------------------------
# Atoms: single numbers before ranges and qualifiers are read.


@dataclass
class _Atom:
    start: int
    end: int
    value: float
    kind: str = "count"
    flags: tuple[str, ...] = ()
    scale: int = 1  # the scale word read after the digits, 1 when none
    digits: str = ""  # the digit token as written ("" for words)
    is_vague: bool = False
    is_word: bool = False


def _key(matched: str) -> str:
    return " ".join(matched.lower().split())


def _grouping_value(groups: list[str]) -> tuple[int, bool]:
    """Digits grouped by a thousands separator; (value, typo) where a group is malformed.

    "400,00" is taken as a thousands group that lost a digit: 400,000, flagged. Indian
    grouping ("1,00,000", "12,50,000": 2-digit groups then 3) is read as written.
    """
    head, rest = groups[0], groups[1:]
    if 1 <= len(head) <= 3 and all(len(g) == 3 for g in rest):
        return int("".join(groups)), False
    if len(rest) >= 2 and len(rest[-1]) == 3 and all(len(g) == 2 for g in rest[:-1]) and 1 <= len(head) <= 2:
        return int("".join(groups)), False
    fixed = head + "".join(g.ljust(3, "0") if len(g) < 3 else g for g in rest)
    return int(fixed), True


def _parse_digits(tok: str, comp: _Compiled, scaled: bool) -> tuple[float, str, bool]:
    """(value, kind, typo) of a digit token in this pack's notation.

    `scaled`: a scale word follows ("1,6 millioner"), which makes a lone separator decimal.
    """
    seps = [c for c in tok if not c.isdigit()]
    if not seps:
        return float(int(tok)), "count", False
    groups = re.split(r"[^\d]", tok)
    kinds = set(seps)
    if len(kinds) == 2:
        last = seps[-1]
        if seps.count(last) == 1 and last in comp.decimals:
            int_part, frac = tok.rsplit(last, 1)
            int_groups = re.split(r"[^\d]", int_part)
            whole, typo = _grouping_value(int_groups)
            return float(f"{whole}.{frac}"), ("count" if scaled else "decimal"), typo
        whole, _ = _grouping_value(groups)
        return float(whole), "count", True
    sep = seps[0]
    is_dec = sep in comp.decimals
    is_thou = sep in comp.thousands
    if len(seps) == 1 and (scaled or (is_dec and not is_thou)):
        frac = groups[1]
        # A people figure is never fractional: "45,000" written with a decimal sign and three
        # digits after it is a thousands group (a writer using another locale's notation).
        if is_dec and not scaled and len(frac) == 3 and len(groups[0]) <= 3 and groups[0] != "0":
            return float(int("".join(groups))), "count", False
        if scaled or len(frac) != 2 or is_dec:
            return float(f"{groups[0]}.{frac}"), ("count" if scaled else "decimal"), False
    if len(seps) == 1 and len(groups[1]) == 1:
        return float(f"{groups[0]}.{groups[1]}"), "decimal", False  # "3,5": a decimal, not 3,500
    whole, typo = _grouping_value(groups)
    return float(whole), "count", typo


def _digit_atoms(norm: str, comp: _Compiled, taken: list[tuple[int, int, str]]) -> list[_Atom]:
    """Every digit token, with space-grouped thousands merged and a scale word read."""
    raw = [(m.start(), m.end()) for m in comp.token.finditer(norm)]
    merged: list[tuple[int, int]] = []
    for s, e in raw:
        if merged and _stray_space_group(norm, merged[-1], (s, e), comp):
            merged[-1] = (merged[-1][0], e)  # "12, 000", "4 ,500": a PDF's stray space
            continue
        if (
            comp.space_groups
            and merged
            and e - s == 3
            and norm[merged[-1][1] : s] == " "
            and norm[s:e].isdigit()
            and re.fullmatch(r"\d{1,3}(?: \d{3})*", norm[merged[-1][0] : merged[-1][1]])
        ):
            merged[-1] = (merged[-1][0], e)
            continue
        merged.append((s, e))
    atoms = []
    for s, e in merged:
        if any(ts < e and s < te for ts, te, _ in taken):
            kind = next(k for ts, te, k in taken if ts < e and s < te)
            atoms.append(
                _Atom(s, e, float(re.match(r"\d+", norm[s:e]).group(0)), kind=kind, digits=norm[s:e])
            )
            continue
        tok = norm[s:e].replace(" ", "")
        end = e
        scale = 1
        glued = comp.glued_scale.match(norm, e) if comp.glued_scale else None
        m = comp.scale_after.match(norm, e)
        if glued and re.match(r"-[^\W\d_]", norm[glued.end() : glued.end() + 2]):
            # "a 30m-long pit", "2m-deep": a glued unit before a hyphenated adjective is a
            # length, not a scale ("1.2m people" has no hyphen after it).
            atoms.append(
                _Atom(s, glued.end(), float(re.match(r"\d+", tok).group(0)), kind="measure", digits=norm[s:e])
            )
            continue
        if glued:
            scale = comp.glued_values[glued.group(1).lower()]
            end = glued.end()
        elif m:
            scale = comp.scale_values[_key(m.group(1))]
            end = m.end()
        value, kind, typo = _parse_digits(tok, comp, scale > 1)
        value *= scale
        if kind == "decimal" and value == int(value) and scale > 1:
            kind = "count"
        atoms.append(
            _Atom(
                s,
                end,
                value,
                kind=kind,
                flags=("number_typo",) if typo else (),
                scale=scale,
                digits=norm[s:e],
            )
        )
    return atoms


def _scaled_plus_rest(norm: str, atoms: list[_Atom], comp: _Compiled) -> list[_Atom]:
    """A scaled figure, the pack's glued joiner, then the smaller rest in digits is one number:
    "15 ألفا و500" (15,500), "1.2 مليون و300 ألف" (1,500,000), "مليون و400 ألف" (1,400,000),
    "ألف و200", "ألفا و200" (1,200). Only where a pack writes its
    joiner glued to the next number (the rest is smaller than the first figure's scale, so a
    list of two counts, "3 آلاف و5 آلاف", stays two)."""
    joiner = comp.glued_joiner
    if joiner is None or len(atoms) < 2:
        return atoms
    out: list[_Atom] = []
    for a in atoms:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == "count"
            and a.kind == "count"
            and not a.is_word
            and not prev.is_vague
            and joiner.fullmatch(norm[prev.end : a.start])
        ):
            # a scale word alone is that scale, whatever else it may read as alone ("ألفا
            # لاجئ" is a dual, 2000; "ألفا و200 لاجئ" one thousand and 200)
            bare = comp.scale_values.get(_key(norm[prev.start : prev.end])) if prev.is_word else None
            scale = bare or prev.scale
            if scale > 1 and a.scale < scale and 0 < a.value < scale:
                prev.value = (bare or prev.value) + a.value
                prev.end = a.end
                continue
        out.append(a)
    return out


def _stray_space_group(norm: str, left: tuple[int, int], right: tuple[int, int], comp: _Compiled) -> bool:
    """A thousands group cut off by a stray space ("12, 000", "4 ,500"): the group after the
    space is exactly three digits, the number before reads as thousands, and neither side is
    one item of a list ("100, 200 and 300"). After the usual "sep + space" of a list the group
    must start with 0 ("10, 000" but not "403, 407")."""
    (ls, le), (rs, re_) = left, right
    gap = norm[le:rs]
    if len(gap) != 2 or " " not in gap or gap.replace(" ", "") not in comp.thousands:
        return False
    sep = re.escape(gap.strip())
    if gap[0] != " " and norm[rs] != "0":
        return False  # "403, 407" is a list; "12, 000" and "4 ,500" are one figure
    if not re.fullmatch(r"\d{1,3}(?:" + sep + r"\d{3})*", norm[ls:le]):
        return False
    if not re.fullmatch(r"\d{3}(?:" + sep + r"\d{3})*", norm[rs:re_]):
        return False
    if re.search(r"\d\s*[,;]\s*$", norm[max(0, ls - 6) : ls]):
        return False
    return not comp.list_after.match(norm, re_)


def _word_value(matched: str, comp: _Compiled) -> int | None:
    """Value of a run of number words ("Nine hundred and twenty-one", "tohundre", "en million")."""
    parts = [p.group(0).lower() for p in comp.word_part.finditer(matched)]
    ones = {w.lower() for w in getattr(comp.pack_numbers, "trailing_ones", ()) or ()}
    total = current = 0
    seen = False
    for p in parts:
        if seen and p in ones and p not in comp.word_values:
            current += 1  # "cent une", "vingt et un mille"
            continue
        v = comp.word_values.get(p)
        if v is None:
            if p in {a.lower() for a in comp.pack_numbers.article_words}:
                current = current or 1
            continue  # a joiner ("and", "og")
        seen = True
        if v == 100:
            current = (current or 1) * 100
        elif v >= 1000:
            total += (current or 1) * v
            current = 0
        else:
            current += v
    return total + current if seen else None


def _words_then_digits(norm: str, atoms: list[_Atom], comp: _Compiled) -> list[_Atom]:
    """ "mil 769", "dos mil 500": thousands in words, the rest in digits, are one figure."""
    if not getattr(comp.pack_numbers, "words_then_digits", False):
        return atoms
    out: list[_Atom] = []
    skip = None
    for i, a in enumerate(atoms):
        if a is skip:
            continue
        nxt = atoms[i + 1] if i + 1 < len(atoms) else None
        if (
            nxt is not None
            and a.is_word
            and not a.is_vague
            and a.value >= 1000
            and a.value % 1000 == 0
            and not nxt.is_word
            and nxt.digits.isdigit()
            and len(nxt.digits) <= 3
            and norm[a.end : nxt.start].isspace()
            and not norm[nxt.end : nxt.end + 2].strip()[:1].isdigit()
        ):
            out.append(_Atom(a.start, nxt.end, a.value + nxt.value, digits=nxt.digits, is_word=True))
            skip = nxt
            continue
        out.append(a)
    return out


def _overlaps(s: int, e: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < e and s < b for a, b in spans)


_ANY_DIGIT = re.compile(r"\d")  # what every digit token (`comp.token`) starts with
_WORD_LITERALS: dict[int, tuple] = {}


def _word_literals(comp: _Compiled) -> tuple:
    """(comp, literals of phrase_num, of vague, of word_seq, all of them): see prefilter.py."""
    hit = _WORD_LITERALS.get(id(comp))
    if hit is None or hit[0] is not comp:
        table = literal_table((comp.phrase_num, comp.vague, comp.word_seq))
        hit = _WORD_LITERALS[id(comp)] = (comp, *table, universe(table))
    return hit


_WORD_BEFORE = re.compile(r"(?<![^\W\d_])[^\W\d_]+\s+$")


def _word_atoms(
    norm: str, comp: _Compiled, busy: list[tuple[int, int]], pre: Prefilter | None = None
) -> list[_Atom]:
    atoms: list[_Atom] = []
    spans = list(busy)
    _, phrase_lits, vague_lits, seq_lits, every = _word_literals(comp)
    if pre is None:  # `_find_figures` passes the one it built for the same text
        pre = Prefilter(norm, every)  # a pattern none of whose literals is in the text is not run
    phrases = comp.phrase_num.finditer(norm) if pre.may_match(phrase_lits) else ()
    for m in phrases:
        if m.group(0).lower() in comp.scale_values and _after_number_word(norm, m.start(), comp):
            continue  # "خمسون ألفا": a scale after a number word, not the dual "ألفا" (2000)
        if not _overlaps(m.start(), m.end(), spans):
            atoms.append(_Atom(m.start(), m.end(), comp.phrase_values[_key(m.group(0))], is_word=True))
            spans.append((m.start(), m.end()))
    for m in comp.vague.finditer(norm) if pre.may_match(vague_lits) else ():
        if _after_number_word(norm, m.start(), comp):
            continue  # "zwei Millionen": a scale after a number word, not "Millionen" (millions)
        if not _overlaps(m.start(), m.end(), spans):
            atoms.append(
                _Atom(
                    m.start(),
                    m.end(),
                    comp.vague_values[_key(m.group(0))],
                    is_vague=True,
                    is_word=True,
                    flags=("vague",),
                )
            )
            spans.append((m.start(), m.end()))
    for m in comp.word_seq.finditer(norm) if pre.may_match(seq_lits) else ():
        if _overlaps(m.start(), m.end(), spans):
            continue
        for s, e in _word_pieces(norm, m.start(), m.end(), comp):
            value = _word_value(norm[s:e], comp)
            if value is None:
                continue
            if comp.fraction_after is not None and comp.fraction_after.match(norm, e) and s == m.start():
                continue  # "خمس اللاجئين": a fifth of the refugees
            if (
                value < 100
                and norm[s : s + 1].isupper()
                and (before := _WORD_BEFORE.search(norm, max(0, s - 40), s))
                and before.group()[0].islower()
            ):
                # a small number word capitalised after a lower-case word, mid-sentence, is a
                # name: "beboere i Tretten", "in Seven Oaks" (a count is written in lower case;
                # "einige Tausend" is a scale, above this)
                continue
            atoms.append(_Atom(s, e, value, is_word=True, scale=_word_scale(norm[s:e], value, comp)))
            spans.append((s, e))
    return atoms


def _after_number_word(norm: str, at: int, comp: _Compiled) -> bool:
    """Whether the word right before `at` is a number word (with a glued joiner: "وعشرون")."""
    before = re.search(r"([^\W\d_]+)\s+$", norm[max(0, at - 30) : at])
    if not before:
        return False
    word = before.group(1).lower()
    glued = tuple(getattr(comp.pack_numbers, "glued_joiners", ()) or ())
    return word in comp.word_values or (word[:1] in glued and word[1:] in comp.word_values)


def _word_pieces(norm: str, start: int, end: int, comp: _Compiled) -> list[tuple[int, int]]:
    """Split a run of number words where two small numbers meet and cannot add up: "two and
    three million", "to-tre tusen", "thirty-forty" are two numbers (a range), while
    "twenty-one" and "hundred and five" are one. Never splits inside a compound word."""
    parts = [
        (start + p.start(), start + p.end(), comp.word_values.get(p.group(0).lower()))
        for p in comp.word_part.finditer(norm[start:end])
        if p.group(0).lower() in comp.word_values
    ]
    pieces = []
    piece_start = start
    for i, ((_s1, e1, v1), (s2, _e2, v2)) in enumerate(zip(parts, parts[1:], strict=False)):
        if s2 == e1:
            continue
        if v1 >= 1000 and v2 < v1 and any(v >= v1 for _, _, v in parts[i + 2 :]):
            # "ثلاثة آلاف وخمسة آلاف", "three thousand and five thousand": a second scale as
            # big as the first starts a second number
            pieces.append((piece_start, e1))
            piece_start = s2
            continue
        # tens then a smaller number add up ("twenty-one", "soixante-douze"), and where the
        # language says units first, a unit then a ten ("خمسة وعشرون" = 25); anything
        # else below a hundred meeting another does not ("two and three", "thirty-forty")
        units_first = comp.pack_numbers.units_before_tens and 1 <= v1 <= 9 and v2 >= 20 and v2 % 10 == 0
        if v1 < 100 and v2 < 100 and not (v1 >= 20 and v1 % 10 == 0 and 1 <= v2 <= 19) and not units_first:
            pieces.append((piece_start, e1))
            piece_start = s2
    pieces.append((piece_start, end))
    return pieces


def _word_scale(matched: str, value: int, comp: _Compiled) -> int:
    """The power of ten a run of number words multiplies its head by ("three thousand" ->
    1000, "two hundred thousand" -> 100000); 1 when there is none or it is not clean."""
    head = 0
    for p in comp.word_part.finditer(matched):
        v = comp.word_values.get(p.group(0).lower())
        if v is not None and v >= 100:
            break
        head += v if v is not None else 1  # an article ("a million") counts as one
    head = head or 1
    if value % head:
        return 1
    mult = value // head
    return mult if mult >= 100 and str(mult).rstrip("0") == "1" else 1


# ---------------------------------------------------------------------------------------------
# Kinds.


def _is_letter(ch: str) -> bool:
    return ch.isalpha()


def _month_ok(matched: str, comp: _Compiled) -> bool:
    """An ambiguous month word ("may") counts as a month only when capitalised."""
    word = matched.rstrip(".").lower()
    return word not in comp.ambiguous_months or matched[:1].isupper()


def _YEAR_GLUE_OK(a: _Atom, before: str, comp: _Compiled) -> bool:  # noqa: N802
    """A year glued to its month by bad spacing ("January2016")."""
    m = comp.month_before.search(before)
    return bool(m) and len(a.digits) == 4 and a.digits.isdigit() and 1800 <= a.value <= 2100


def _year_or_count(norm: str, start: int, end: int, comp: _Compiled) -> str | None:
    """What the words around a bare four-digit number (1800-2100, no separator) say it is:
    "year", "count", or None where they do not settle it.

    A part of a year or a month right before it makes a year ("im ersten Quartal 2020", "March
    2019"). A qualifier right before it makes a count ("más de 1800", "plus de 2085", "rund
    2000", "نحو 1900"), and so does a noun a count takes right after it ("2085 personnes",
    "1500 Menschen") unless a year preposition that is no qualifier stands before it ("in 2015
    people fled", "en 2015 familias": the year, then the clause). A qualifier that is or ends
    with a year preposition ("under", "hasta", "til", "up to") is settled by the noun after.
    """
    before = norm[max(0, start - 40) : start]
    after = norm[end : end + 60]
    if comp.year_part_before is not None and comp.year_part_before.search(before):
        return "year"
    m = comp.month_before.search(before)
    if m and _month_ok(m.group(1), comp):
        return "year"
    if comp.year_words_before.search(before):
        return "year"
    counted = comp.counted_after
    noun = counted is not None and counted.match(after) is not None
    qual = comp.qual_before.search(before)
    # a year preposition ending there too: the qualifier is one ("hasta", "under") or ends with
    # one ("up to"), and says neither year nor count alone
    prep = comp.year_prep_before.search(before)
    if qual and prep is None:
        return "count"
    if noun and (prep is None or qual):
        return "count"
    if counted is None:
        return None
    # a range with the counted noun after it: "entre 1800 y 2000 personas", "1800 and 2000
    # people" (its connector is no year preposition there). Two years a range of counts could
    # be lie close ("between 2014 and 2016 people fled": the years, then the clause), so the
    # ends must lie further apart than a span of years does.
    here = int(norm[start:end])
    tail = comp.range_tail.match(after)
    if (
        tail
        and counted.match(after[tail.end() :])
        and _apart(here, tail.group(0))
        and (prep is None or comp.range_opener_before.search(before))
    ):
        return "count"
    head = comp.range_head.search(before) if noun else None
    if head:
        lead = norm[max(0, start - 40) : start - len(before) + head.start() + 1]
        first = re.search(r"\d[\d.,]*$", lead)
        lead = lead[: first.start()] if first else lead
        if _apart(here, first.group(0) if first else "") and (
            not comp.year_prep_before.search(lead) or comp.range_opener_before.search(lead)
        ):
            return "count"
    return None


# Years in one span lie at most this far apart ("2008 to 2013", "1990-2020").
_YEAR_SPAN = 30


def _apart(value: int, other: str) -> bool:
    """Whether the other end of a range (digits, perhaps with separators) lies further from
    `value` than the years of a span do."""
    digits = re.sub(r"\D", "", other)
    return bool(digits) and abs(int(digits) - value) > _YEAR_SPAN


def counted_not_year(norm: str, start: int, end: int, pack: LanguagePack) -> bool:
    """True when the words around a bare four-digit number at norm[start:end] make it a count,
    not a year: dates.py reads no year there ("más de 1800 personas", "de 1800 personas")."""
    return _year_or_count(norm, start, end, _compile(pack)) == "count"


def labelled_number(norm: str, start: int, pack: LanguagePack) -> bool:
    """An identifier word right before norm[start:] ("camp 12", "Version 1", "No. 12"): the
    number there labels something; it counts and dates nothing."""
    pattern = _compile(pack).identifier_before
    return pattern is not None and pattern.search(norm[max(0, start - 30) : start]) is not None


def counted_noun_after(norm: str, end: int, pack: LanguagePack) -> bool:
    """A noun a count takes right after norm[:end] ("2000 Menschen", "2000 houses")."""
    counted = _compile(pack).counted_after
    return counted is not None and counted.match(norm[end : end + 60]) is not None


def _atom_kind(norm: str, a: _Atom, comp: _Compiled) -> str:
    if a.kind in ("date", "measure"):
        return a.kind
    before = norm[max(0, a.start - 30) : a.start]
    after = norm[a.end : a.end + 40]
    if comp.percent_after.match(after):
        return "percent"
    role = _number_role(norm, a, comp, before, after)
    if role is not None:
        return role
    stripped = before.rstrip()
    if (stripped and unicodedata.category(stripped[-1]) == "Sc") or comp.currency_before.search(before):
        return "money"
    nxt = after.lstrip()[:1]
    if nxt and unicodedata.category(nxt) == "Sc":
        return "money"
    if comp.currency_after.match(after):
        return "money"
    is_plain_int = not a.is_word and a.digits.isdigit() and a.scale == 1
    if is_plain_int and 1 <= a.value <= 31 and len(a.digits) <= 2:
        m = comp.month_after.match(after)
        if m and _month_ok(m.group(1), comp):
            return "date"
        m = comp.month_before.search(before)
        if m and _month_ok(m.group(1), comp) and m.group(1)[:1].isupper():
            return "date"
        m = comp.day_range_after.match(after)
        if m:
            return "date"
    if not a.is_word and comp.ordinal_after.match(after):
        return "ordinal"
    if not a.is_word and a.scale == 1:
        # A code: digits with a capital glued on the right ("01W", "3A") or a leading zero.
        if after[:1].isupper() and not (
            comp.measure_after.match(after)
            or comp.percent_after.match(after)
            or comp.currency_after.match(after)
        ):
            return "code"
        if len(a.digits) >= 2 and a.digits.startswith("0") and a.digits.isdigit():
            return "code"
    # Glued to a word on the left: a code ("COVID-19", "H1N1", "EF2", "Youm7") unless it is
    # plainly a figure run into a lowercase word by bad PDF spacing ("about2,700",
    # "evacuated900 houses").
    if not a.is_word and a.start > 0 and _is_letter(norm[a.start - 1]):
        glued_word = re.search(r"[^\W\d_]+$", before)
        word = glued_word.group(0) if glued_word else ""
        mixed_right = a.end < len(norm) and (
            norm[a.end].isdigit()
            or (
                _is_letter(norm[a.end])
                and not comp.measure_after.match(after)
                and not comp.percent_after.match(after)
                and not comp.currency_after.match(after)
            )
        )
        if comp.qual_before.search(before) and not mixed_right:
            pass
        elif word in comp.glued_prefixes and not mixed_right:
            pass  # "بين 3000 و5000": the conjunction is written glued to the figure
        elif a.digits.isdigit() and len(a.digits) <= 2 and word.islower() and len(word) >= 3:
            return "code"  # a footnote marker glued to a word: "were displaced12 by the floods"
        elif not (word.islower() and len(word) >= 3) or mixed_right:
            if _YEAR_GLUE_OK(a, before, comp):
                return "year"
            return "code"
    elif not a.is_word and a.start > 1 and norm[a.start - 1] == "-" and _is_letter(norm[a.start - 2]):
        return "code"
    if comp.measure_after.match(after) or comp.measure_before.search(before):
        return "measure"
    if (
        is_plain_int
        and len(a.digits) == 4
        and hijri.YEARS[0] <= a.value <= hijri.YEARS[1]
        and (
            (comp.hijri_year_after is not None and comp.hijri_year_after.match(after))
            or (
                comp.hijri_year_before is not None
                and comp.hijri_year_before.search(before)
                and not (comp.counted_after is not None and comp.counted_after.match(after))
            )
        )
    ):
        # a Hijri year: marked ("1439 هـ"), or after a Hijri month ("شوال 1439") unless a noun
        # counted follows it ("في شوال 1250 لاجئا": a count after the month)
        return "year"
    if is_plain_int and len(a.digits) == 4 and 1800 <= a.value <= 2100:
        reading = _year_or_count(norm, a.start, a.end, comp)
        if reading is not None:
            return reading
        if comp.year_prep_before.search(before) or comp.year_words_before.search(before):
            return "year"
        m = comp.month_before.search(before)
        if m and _month_ok(m.group(1), comp):
            return "year"
        nxt = after.lstrip()[:1]
        if not comp.qual_before.search(before) and (not nxt or not nxt.isalpha()):
            return "year"
        if not comp.qual_before.search(before) and comp.year_follower_after.match(after):
            return "year"
    return a.kind


# ---------------------------------------------------------------------------------------------
# Ranges and qualifiers.

_RANGE_OK = {"count", "percent", "money", "measure", "decimal"}


def _combine(norm: str, atoms: list[_Atom], comp: _Compiled) -> list[tuple[_Atom, _Atom | None, int]]:
    """Pair atoms into ranges ("between 3,000 and 5,000", "2-3 million", "2016-17").

    Returns (low atom, high atom or None, start incl. an opener word).
    """
    out: list[tuple[_Atom, _Atom | None, int]] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        if b is not None and not a.is_vague and not b.is_vague:
            gap = norm[a.end : b.start]
            conn = comp.connector.match(gap)
            window = max(0, a.start - 20)
            opener = comp.opener_before.search(norm[window : a.start])
            if opener and comp.change_before.search(
                norm[max(0, window + opener.start() - 40) : window + opener.start()]
            ):
                # "rose from 3,000 to 5,000": an earlier figure and the current one
                out.append((a, None, a.start))
                i += 1
                continue
            if (
                a.kind == "year"
                and re.fullmatch(r"\s*[-/]\s*", gap)
                and b.digits.isdigit()
                and (len(b.digits) in (2, 4))
                and a.value < _year_end(a.value, b)
            ):
                # "2016-17", "2014-2016": a span of years; a range needs low < high, so
                # "2016 - 12" is a year and another number, not a range.
                b.kind = "year"
                b.value = _year_end(a.value, b)
                out.append((a, b, a.start - (len(opener.group(0)) if opener else 0)))
                i += 2
                continue
            if conn and (_key(conn.group(1)) not in comp.need_opener or opener):
                if b.scale > 1 and a.scale == 1 and a.value * b.scale <= b.value:
                    a.value *= b.scale
                    a.scale = b.scale
                    if a.kind == "decimal" and a.value == int(a.value):
                        a.kind = "count"
                kinds_ok = (a.kind == b.kind and a.kind in _RANGE_OK | {"date"}) or (
                    {a.kind, b.kind} <= _RANGE_OK and "count" in {a.kind, b.kind}
                )
                if kinds_ok and a.value < b.value:
                    start = a.start - (len(opener.group(0)) if opener else 0)
                    out.append((a, b, start))
                    i += 2
                    continue
        out.append((a, None, a.start))
        i += 1
    return out


def _year_end(first: float, b) -> int:
    """The year a second year of a span names: "17" after 2016 is 2017."""
    value = int(b.digits)
    return value if len(b.digits) == 4 else int(first) // 100 * 100 + value


def _bounds(qualifier: str, value: int) -> tuple[int | None, int | None]:
    if qualifier in ("more_than", "at_least"):
        return value, None
    if qualifier in ("less_than", "at_most"):
        return None, value
    if qualifier == "vague":
        return None, None
    return value, value


def _without_percent_words(norm: str, atoms: list[_Atom], comp: _Compiled) -> list[_Atom]:
    """A percent written in words holds a number word ("66 por ciento", "60 pour cent"): that
    word is the percent sign of the figure before it, not a count of 100."""
    spans = []
    for a in atoms:
        if a.kind == "percent":
            m = comp.percent_after.match(norm[a.end : a.end + 40])  # anchored at ^: a slice
            if m is not None:
                spans.append((a.end, a.end + m.end()))
    if not spans:
        return atoms
    return [a for a in atoms if not any(lo <= a.start < hi for lo, hi in spans)]


def find_figures(text: str, pack: LanguagePack) -> list[Figure]:
    """Every figure in `text`, sorted by start. Never raises: bad input gives []."""
    try:
        return _find_figures(text, pack)
    except Exception:  # noqa: BLE001 - a figure finder that crashes a batch is worse than a miss
        return []


def _find_figures(text: str, pack: LanguagePack) -> list[Figure]:
    if not text or not isinstance(text, str):
        return []
    comp = _compile(pack)
    norm = normalise(text)
    pre = None
    if _ANY_DIGIT.search(norm) is None:
        # no digit: a figure can only be a number word; none of those patterns' literals in
        # the text means no figure at all (see prefilter.py)
        _, phrase_lits, vague_lits, seq_lits, every = _word_literals(comp)
        pre = Prefilter(norm, every)
        if not (pre.may_match(phrase_lits) or pre.may_match(vague_lits) or pre.may_match(seq_lits)):
            return []
    taken: list[tuple[int, int, str]] = [(m.start(), m.end(), "date") for m in _NUMERIC_DATE.finditer(norm)]
    taken += [(m.start(), m.end(), "measure") for m in _CLOCK.finditer(norm)]
    atoms = _digit_atoms(norm, comp, taken)
    atoms += _word_atoms(norm, comp, [(a.start, a.end) for a in atoms], pre)
    atoms.sort(key=lambda a: a.start)
    atoms = _scaled_plus_rest(norm, atoms, comp)
    atoms = _words_then_digits(norm, atoms, comp)
    for a in atoms:
        a.kind = _atom_kind(norm, a, comp)
    atoms = _without_percent_words(norm, atoms, comp)
    figures: list[Figure] = []
    for low_atom, high_atom, start in _combine(norm, atoms, comp):
        end = (high_atom or low_atom).end
        flags = tuple(dict.fromkeys(low_atom.flags + (high_atom.flags if high_atom else ())))
        kind = low_atom.kind
        if high_atom is not None and kind == "count":
            kind = high_atom.kind
        value = int(round(low_atom.value))
        if low_atom.is_vague:
            qualifier, low, high = "vague", None, None
        elif high_atom is not None:
            qualifier, low, high = "range", value, int(round(high_atom.value))
        else:
            qualifier = "exact"
            qb = comp.qual_before.search(norm[max(0, start - 40) : start])
            if qb is None and start > 0 and norm[start - 1].isalpha():
                # glued on both sides by bad spacing: "evacuatedabout3,100"
                qb = comp.qual_before_glued.search(norm[max(0, start - 40) : start])
            if qb is None and start > 1 and norm[start - 1].isspace():
                # a qualifier glued to the word before it: "displacedabout 4,400"
                qb = _glued_word_qualifier(comp, norm[max(0, start - 40) : start])
            sign = _SIGN_BEFORE.search(norm[max(0, start - 3) : start])
            if qb:
                qualifier = comp.qual_before_values.get(_key(qb.group(1)), "exact")
                start -= len(qb.group(0))
            elif sign:
                qualifier = _SIGN_QUALIFIERS[sign.group(1)]
                start -= len(sign.group(1))
            qa = comp.qual_after.match(norm[end : end + 20])
            if qa:
                qualifier = comp.qual_after_values.get(_key(qa.group(1)), qualifier)
                end += qa.end()
            low, high = _bounds(qualifier, value)
        figures.append(
            Figure(
                start=start,
                end=end,
                number_start=low_atom.start,
                number_end=(high_atom or low_atom).end,
                text=text[start:end],
                value=value,
                low=low,
                high=high,
                qualifier=qualifier,
                reported_value=value,
                kind=kind,
                flags=flags,
            )
        )
    figures.sort(key=lambda f: f.start)
    return figures


def counts(figures: list[Figure]) -> list[Figure]:
    """Only the figures that can be a count of people or homes."""
    return [f for f in figures if f.kind == "count"]


__all__ = ["Figure", "KINDS", "counts", "find_figures", "normalise"]


def _glued_word_qualifier(comp, before: str):
    """A qualifier glued to a long word before it ("displacedabout 4,400"): PDF spacing.

    Only a qualifier of five letters or more after a word of six letters or more, so that
    words that merely end like a qualifier ("turnaround", "moreover") stay words.
    """
    m = re.search(r"([^\W\d_]+)(\s+)$", before)
    if m is None:
        return None
    qb = comp.qual_before_glued.search(m.group(1))
    if qb is None or len(qb.group(1)) < 5 or qb.start() < 6:
        return None
    return re.search("(" + re.escape(qb.group(1)) + r")\s+$", before, re.IGNORECASE)
