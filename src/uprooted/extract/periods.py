"""When a fact happened: the document's dates and the period of each figure.

`_doc_dates` reads what the whole document says (the publication date or, with none, a
dateline's date; a year for dates written without one; the event's start and the latest onset);
`_period` gives one figure its (start, end) through `extract/dates.py` (imported lazily so a
missing piece degrades, not crashes), falling back to the publication date.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date

from uprooted.extract.segment import Sentence
from uprooted.lang.base import LanguagePack

log = logging.getLogger(__name__)


def _dates_api():
    try:
        from uprooted.extract.dates import fact_period, find_dates

        return find_dates, fact_period
    except Exception:  # noqa: BLE001
        return None


def _iso(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


@dataclass
class _DocDates:
    """What the whole document says about dates: the publication date (or, with none, a
    dateline's date), a year for day-month dates written without one, the event's start."""

    published: date | None = None
    year_hint: int | None = None
    event_start: str | None = None
    pseudo: bool = False
    onset: str | None = None  # the day the latest offensive / disaster began ("launched ... on Feb. 19")
    starts: tuple = ()  # (offset, day) of every event start the text gives, in text order
    # offsets in `starts` where the event is written as one day ("the landslide on Saturday",
    # "struck on 25 July"), not a "since" or a range
    points: frozenset = frozenset()
    # With no publication date: the date the report holds for ("YYYY-MM-DD" or "YYYY-MM"), from
    # a header line, else the latest day or month the text writes; the end of undated figures.
    report: str | None = None
    # (offset, year) of every day or month written with its year, in text order: a day and month
    # without one take the year written last before them ("04 April 2019 ... as of 19 May").
    years: tuple = ()
    # With no publication date: the first day or month of the period a report's header gives
    # ("OPERATIONAL UPDATE July 2021", "1 May - 30 June 2021"); its undated flows start there.
    report_start: str | None = None
    # With no publication date: `year_hint` is the text's own year (its title's), not merely a
    # year it writes most.
    own_year: bool = False
    # With no publication date: `year_hint` is only a whole year written once in passing ("vit
    # depuis 2010 à Varsovie", "à Fukushima en 2011"), with no day or month of that year: it
    # dates no figure that gives no date of its own.
    weak_year: bool = False


_YEAR_IN_RE = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")


def _count_years(mentions) -> dict[int, int]:
    """How often each year is written in these date mentions."""
    years: dict[int, int] = {}
    for d in mentions:
        for y in _YEAR_IN_RE.findall(d.text):
            years[int(y)] = years.get(int(y), 0) + 1
    return years


def _says_this_year(text: str, pack: LanguagePack) -> bool:
    """The text speaks of its own year ("this year", "cette année", "dieses Jahr"): a year it
    writes once is then likely that year ("victims in 2014 ... this year")."""
    words = [p for p, rule in pack.dates.phrases.items() if rule == "this_year"]
    if not words:
        return False
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.search(rf"(?<!\w)(?:{alt})(?!\w)", text, re.IGNORECASE) is not None


# Signs read the same in every script (Latin and Arabic alike; digits are any Unicode digits,
# or ASCII after `figures.normalise`): inside a figure ("12,000", "12 000", "١٢٬٠٠٠", "١٫٦"), a
# comma (",", "،"), and what ends a clause or sentence (".", ";", "؛", "?", "؟", "۔" ...).
_FIGURE_SIGNS = ".,\u00a0 \u066b\u066c"
_COMMAS = ",\u060c"
_SENTENCE_ENDS = ".!?\u061f\u06d4"
_CLAUSE_ENDS = _SENTENCE_ENDS + ";:\u061b"

# a sentence ends at a full stop, question or exclamation mark before a space, or a line break
_SENTENCE_END_RE = re.compile(rf"[{_SENTENCE_ENDS}](?=\s)|\n")


def _phrase_alt(words) -> str | None:
    """`dates._alt` of the words, their apostrophes straight as in the lowered text; None for none."""
    from uprooted.extract.dates import _alt

    words = [w.replace("’", "'") for w in words if w]
    return _alt(words) if words else None


# between a comparison word and its year: at most four numbers or short words, each read atomically
_COMPARED_TOKENS = rf"(?:(?>\d[\d{_FIGURE_SIGNS}]*\d|\d|[^\W\d]{{1,9}})\s+){{0,4}}?"


def _contrast_year(text: str, pack: LanguagePack, counted: dict[int, int]) -> int | None:
    """The text's own year when it writes its years only as contrasts to "this year" (issue 8):
    "this year 34,000 fled, compared with 12,000 in 2014" is a text of 2015, "last year 9,000
    arrived against 4,000 in 2013" one of 2015. A year written after a comparison word in a
    sentence that says "this year" (or "last year", not both), or right after such a sentence, is
    the year before (before last) the text's own. Conservative: every compared year must give the
    same own year, and every other year the text writes must be that year, older than the
    compared ones, or older than it and written as a contrast next to "this year" ("dieses Jahr
    ... . 2014 waren es ..."); None otherwise."""
    dd = pack.dates
    comp_alt = _phrase_alt(getattr(dd, "year_comparison_words", ()))
    this_alt = _phrase_alt([p for p, r in dd.phrases.items() if r == "this_year"])
    last_alt = _phrase_alt([p for p, r in dd.phrases.items() if r == "last_year"] + list(dd.last_year_words))
    if comp_alt is None or this_alt is None or not text:
        return None
    from uprooted.extract.figures import normalise

    # ASCII digits (the years matched are ASCII: "٢٠١٤" is 2014) and straight apostrophes
    low = normalise(text.lower())
    # between the comparison word and its year: at most four numbers or short words, no
    # punctuation ("compared with 5,000 in 2014", "gegenüber 214.000 im Jahr 2014", "بعام 2014")
    # each token is atomic: a run like "1 1 1 1 ..." is read once, never re-split (it was
    # exponential in the run's length before)
    compared_re = re.compile(
        rf"(?<!\w)(?P<w>{comp_alt})(?!\w)\s*{_COMPARED_TOKENS}(?P<y>19[5-9]\d|20\d\d)(?!\d)"
    )
    conjunctions = {w.lower() for w in getattr(dd, "year_comparison_conjunctions", ())}
    this_re = re.compile(rf"(?<!\w)(?:{this_alt})(?!\w)")
    last_re = re.compile(rf"(?<!\w)(?:{last_alt})(?!\w)") if last_alt else None
    spans, start = [], 0
    for end in [m.end() for m in _SENTENCE_END_RE.finditer(low)] + [len(low)]:
        spans.append((start, end))
        start = end
    # per sentence: (says "this year", says "last year")
    says = [
        (this_re.search(low, a, b) is not None, last_re is not None and last_re.search(low, a, b) is not None)
        for a, b in spans
    ]
    owns: set[int] = set()
    compared: set[int] = set()
    inside: set[int] = set()  # offsets of compared years
    for i, (a, b) in enumerate(spans):
        # a word that is also an everyday conjunction ("als 2015 die Grenzen offen waren", "dijo
        # que en 2015") compares only a figure written between it and the year ("mot 3.100 i 2014")
        hits = [
            m
            for m in compared_re.finditer(low, a, b)
            if m["w"] not in conjunctions or re.search(r"\d", low[m.end("w") : m.start("y")])
        ]
        if not hits:
            continue
        this_, last_ = says[i]
        if not (this_ or last_) and i > 0:
            this_, last_ = says[i - 1]  # "Last year 28,000 came. That was 60% more than in 2013."
        if this_ == last_:
            continue  # neither, or both ("this year ..., last year ..., and 2014"): no reading
        for m in hits:
            y = int(m["y"])
            compared.add(y)
            inside.add(m.start("y"))
            owns.add(y + 1 if this_ else y + 2)
    if len(owns) != 1:
        return None
    own = owns.pop()
    low_compared = min(compared)
    for i, (a, b) in enumerate(spans):
        near_this = says[i][0] or (i > 0 and says[i - 1][0])
        for m in _YEAR_IN_RE.finditer(low, a, b):
            y = int(m.group(1))
            if m.start() in inside or y == own or y < low_compared or (y < own and near_this):
                continue
            if y not in counted:
                continue  # a number that is no year the text's dates write ("2000 people")
            return None
    return own


def _title_date(title: str | None, pack: LanguagePack, find_dates) -> str | None:
    """The date a document's title gives with its year ("Flash Update - King Tides, 4 March 2014",
    "Weekly Update, 21 - 27 December 2015", "Floods - Aug 2013", "Weather Stories for 2014"): the
    last one written, as a day, a month or a year (the end of a range); None without."""
    if not title or not title.strip():
        return None
    found = None
    for d in find_dates(title, pack, None):
        iso = d.end_date or d.start_date
        if d.role != "since" and iso and _YEAR_IN_RE.search(d.text) and iso[:4] in d.text:
            found = iso
    if found is None:
        found = _title_year(title, pack)
    return found


# the year closes the title or a part of it ("... for 2014", "Floods 2014 - Update")
_TITLE_YEAR_RE = re.compile(rf"(?<![\w{_COMMAS}./-])(19[5-9]\d|20\d\d)(?=\s*(?:$|[-–—|:;\u061b({_COMMAS}]))")


def _title_year(title: str, pack: LanguagePack) -> str | None:
    """A title names its year with no preposition the text's dates read ("Top Ten Weather Stories
    for 2014", "Jahresbilanz 2015 - Asyl"): one year, closing the title or a part of it, that is no
    count ("Over 2000 flee floods" has none)."""
    from uprooted.extract.figures import counted_not_year, counted_noun_after, normalise

    norm = normalise(title)
    if len(set(_YEAR_IN_RE.findall(norm))) != 1:
        return None  # none, or several: "Storms 2015 and 2016"
    m = _TITLE_YEAR_RE.search(norm)
    if m is None:
        return None
    if counted_not_year(norm, m.start(), m.end(), pack) or counted_noun_after(norm, m.end(), pack):
        return None
    return m.group(1)


def _doc_dates(text: str, pack: LanguagePack, published: date | None, title: str | None = None) -> _DocDates:
    api = _dates_api()
    out = _DocDates(published=published)
    if api is None:
        return out
    find_dates = api[0]
    try:
        from uprooted.extract.dates import event_start, onset_day

        # With no publication date, the title's date dates the report, as a header would: a day
        # is its publication date, a month the date its undated figures hold for, a year theirs.
        titled = _title_date(title, pack, find_dates) if published is None else None
        if titled is not None and len(titled) == 10:
            published = date.fromisoformat(titled)
            out.published, out.pseudo = published, True
            titled = None
        mentions = find_dates(text, pack, published)
        if published is None:
            # a "since" year ("vit depuis 2010 à Varsovie") is when something began, not the
            # text's year: counted only when no other date names a year
            years = _count_years(d for d in mentions if d.role != "since") or _count_years(mentions)
            # the hint says the text's own year better than a whole year written in it
            own_year = False
            if years:
                out.year_hint = max(years.items(), key=lambda kv: (kv[1], kv[0]))[0]
            if titled is not None:
                out.year_hint, own_year = int(titled[:4]), True
            out.years = tuple(_written_years(mentions))
            # A dateline or a header ("LOEI, 17 March 2014 (NNT) -", "Situation Report No. 29 -
            # July 2021", "21 - 28 September 2018") dates the report: a day is its publication
            # date, a month the date its undated figures hold for.
            header = _header_date(text, mentions, pack)
            period = _header_period(text, mentions, pack)
            if titled is None and header is None and period is None:
                # "this year 34,000, compared with 12,000 in 2014": the text's year is 2015
                contrast = _contrast_year(text, pack, years)
                if contrast is not None and contrast != out.year_hint:
                    out.year_hint, own_year = contrast, True
            if period is not None:
                out.report_start = period
            if header is not None and len(header) == 10:
                out.published, out.pseudo = date.fromisoformat(header), True
                mentions = find_dates(text, pack, out.published)
            elif header is not None:
                # the header's year is the year of the days and months the report writes alone
                out.report, out.year_hint, out.years = header, int(header[:4]), ()
            out.own_year = own_year and out.published is None
            out.weak_year = (
                out.published is None
                and not own_year
                and header is None
                and out.year_hint is not None
                and years.get(out.year_hint, 0) <= 1
                and not any(y == out.year_hint for _, y in out.years)
                and not _says_this_year(text, pack)
            )
            if out.published is None and out.year_hint is not None:
                mentions = find_dates(text, pack, None, out.year_hint, whole_years=not own_year)
            if out.published is None and out.report is None and titled is not None and len(titled) == 7:
                out.report = titled
            if out.published is None and out.report is None:
                out.report = _latest_date(text, mentions, pack)
        out.event_start = event_start(text, mentions, pack)
        out.onset = onset_day(text, mentions, pack)
        try:
            from uprooted.extract.dates import event_starts

            out.starts = tuple(event_starts(text, mentions, pack))
            out.points = frozenset(d.start for d in mentions if d.role == "point")
        except Exception:  # noqa: BLE001
            out.starts = ()
    except Exception:  # noqa: BLE001
        log.exception("document dates failed")
    return out


# A header line: short and no sentence, or the date ends it or stands before a dash, bar, slash or bracket
# ("UNHCR FLASH UPDATE 21 - 28 September 2018", "17 May 2021/Vol. No64", "LOEI, 17 March 2014 (NNT) -").
_HEADER_SPAN = 300
_HEADER_LINE = 100
_HEADER_AFTER_RE = re.compile(r"[ \t]*(?:\([^()\n]{1,20}\)[ \t]*)?(?:$|\n|[-–—|/])")


def _published_before(before: str, pack: LanguagePack) -> bool:
    """ "Publié le dimanche 12 Décembre 2021 à 20h30 Des démineurs ...": a publication word (and a
    weekday) right before the date."""
    words = getattr(getattr(pack, "dates", None), "published_words", ()) or ()
    if not words:
        return False
    try:
        pattern = r"(?<![^\W\d_])(?:" + "|".join(words) + r")(?:\s+[^\W\d_]+)?[\s,:]*$"
        return re.search(pattern, before[-60:], re.IGNORECASE) is not None
    except re.error:
        return False


def _header_period(text: str, mentions, pack: LanguagePack | None = None) -> str | None:
    """The first day or month of the period a report's header gives, when it gives a month or a
    range ("Situation Report July 2021", "1 May - 30 June 2021"), not a single day."""
    d = _header_mention(text, mentions, pack)
    if d is None or not d.start_date:
        return None
    if d.role == "range" or (d.role == "period" and len(d.start_date) == 7 and d.start_date == d.end_date):
        return d.start_date
    return None


def _header_date(text: str, mentions, pack: LanguagePack | None = None) -> str | None:
    d = _header_mention(text, mentions, pack)
    if d is not None:
        return (d.end_date or d.start_date)[:10]
    return _running_header(text, mentions)


def _header_mention(text: str, mentions, pack: LanguagePack | None = None):
    """The date a report's header or dateline gives (a day, a month, the end of a range of days),
    written with its year in the first lines; None when the opening is running text ("Starting on
    04 April 2019, as a result of ..." dates an event, not the report)."""
    for d in mentions:
        if d.start > _HEADER_SPAN:
            break
        iso = d.end_date or d.start_date
        if d.role == "since" or not iso or len(iso) < 7:
            continue
        if not _YEAR_IN_RE.search(d.text) or (d.role == "range" and len(d.start_date or "") < 7):
            continue
        line_start = text.rfind("\n", 0, d.start) + 1
        line_end = text.find("\n", d.end)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        if (
            _published_before(text[line_start : d.start], pack)
            or (len(line.strip()) <= _HEADER_LINE and not line.rstrip().endswith((".", "!", "?")))
            or _HEADER_AFTER_RE.match(text, d.end)
            or _title_words(text[line_start : d.start])
        ):
            return d
    return _page_header(text, mentions)


def _page_header(text: str, mentions):
    """A paged report's running header anywhere, when its first lines give no date: a line of
    title words in parts (a dash, bar, slash or ">" between them) that a month or a day with its
    year closes ("OPERATIONAL UPDATE > DR Congo / July 2021", "DROUGHT NEEDS ASSESSMENT – SOOL,
    SANAAG AND TOGDHEER, FEB 2021"); the first one. A map's caption ("District Access Severity,
    July 2018") has no parts."""
    for d in mentions:
        iso = d.end_date or d.start_date
        if d.role == "since" or not iso or len(iso) < 7 or not _YEAR_IN_RE.search(d.text):
            continue
        if d.start < _HEADER_SPAN or (d.role == "range" and len(d.start_date or "") < 7):
            continue
        line_start = text.rfind("\n", 0, d.start) + 1
        before = text[line_start : d.start]
        if (
            line_start > 0
            and len(before) <= _HEADER_LINE
            and _title_words(before)
            and re.search(r"\s[-–—|/>]\s", before)
            and re.match(r"[ \t]*(?:\n|$)", text[d.end : d.end + 5])
        ):
            return d
    return None


# A running header of a paged report, on its own line anywhere: "Humanitarian Bulletin, 4 October
# 2020 | 2" (title words, the date, a bar and the page number).
_PAGE_AFTER_RE = re.compile(r"[ \t]*\|[ \t]*\d{1,3}[ \t]*(?:$|\n)")


def _running_header(text: str, mentions) -> str | None:
    """The day a paged report's running header gives, wherever the page starts; None without."""
    for d in mentions:
        iso = d.end_date or d.start_date
        if d.role == "since" or not iso or len(iso) < 10 or not _YEAR_IN_RE.search(d.text):
            continue
        line_start = text.rfind("\n", 0, d.start) + 1
        before = text[line_start : d.start]
        if len(before) <= _HEADER_LINE and _title_words(before) and _PAGE_AFTER_RE.match(text, d.end):
            return iso[:10]
    return None


_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")


def _title_words(before: str) -> bool:
    """A title's words before its date ("NIGERIA Food Security Outlook Update April 2021 ..."):
    some, every one capitalised (running text has "on", "the", "update")."""
    words = _WORD_RE.findall(before)
    return bool(words) and all(w[0].isupper() for w in words)


def _written_years(mentions) -> list[tuple[int, int]]:
    """(offset, year) of each day or month written with its year; a "since" start names when
    something began ("unreachable since September 2018"), not the year the text is at: a month
    written after it alone ("in the first weeks of January") takes the year written before."""
    out = []
    for d in mentions:
        if d.role == "since":
            continue
        iso = d.end_date or d.start_date
        m = _YEAR_IN_RE.search(d.text)
        if iso and len(iso) >= 7 and m and iso.startswith(m.group(1)):
            out.append((d.start, int(m.group(1))))
    return out


def _latest_date(text: str, mentions, pack: LanguagePack) -> str | None:
    """The latest day or month an undated report writes: it was written on or after it, so its
    undated figures hold for it (to that precision)."""
    found = [
        d.end_date or d.start_date
        for d in mentions
        if d.role != "since" and not _ahead(text, d, pack) and not _cited(text, d)
    ]
    found = [iso for iso in found if iso and len(iso) >= 7]
    return max(found, key=lambda iso: (iso[:7], len(iso), iso)) if found else None


def _cited(text: str, d) -> bool:
    """A date in brackets after a source ("(IDMC, 20 June 2009)", "(OCHA, 5 May)"): the date of
    a document cited, not one the report speaks of."""
    before = text[max(0, d.start - 40) : d.start]
    opened = before.rfind("(")
    return opened >= 0 and ")" not in before[opened:] and "," in before[opened:]


def _ahead(text: str, d, pack: LanguagePack) -> bool:
    """A date in a future clause ("elections are due to be held on 24 December", "projected
    outcomes, June to September 2021"): not one the report was written after."""
    try:
        from uprooted.extract.dates import _compile, _future_clause
        from uprooted.extract.figures import normalise

        window = normalise(text[max(0, d.start - 80) : d.start])
        return _future_clause(window, len(window), _compile(pack))
    except Exception:  # noqa: BLE001
        return False


def _year_before(docd: _DocDates, offset: int) -> int | None:
    """The year last written with a day or month before `offset`, else the document's hint."""
    year = None
    for pos, y in docd.years:
        if pos >= offset:
            break
        year = y
    return year if year is not None else docd.year_hint


def _event_opening(sentence: str, pack: LanguagePack) -> bool:
    """The sentence opens on one of the pack's event nouns ("The quake ...", "Das Beben ...",
    "Flommen ..."), within its first three words."""
    nouns = tuple(getattr(getattr(pack, "dates", None), "event_nouns", ()) or ())
    if not nouns:
        return False
    head = " ".join(sentence.split()[:3]).lower()
    return any(re.search(rf"(?<!\w){re.escape(n.lower())}(?!\w)", head) for n in nouns)


def _past_event_before(
    sent: Sentence,
    prev: Sentence,
    pack,
    published: date | None,
    find_dates,
    hint: int | None = None,
    homes: bool = False,
) -> bool:
    """The figure's sentence gives no date and opens on an event the previous sentence dates to a
    year before publication: the figure is that event's, not the publication day's. With no
    publication date, any date the previous sentence gives (a day and month take the document's
    year) dates the event ("Floods struck in late July 2013. The floods displaced 38,300."): the
    undated report's own date is no better. An event of the publication year keeps the
    publication date ("have displaced" counts up to the report), except for homes (`homes`): the
    event destroys them when it strikes ("On June 3 a tornado struck the town. The tornado
    destroyed 40 homes."), whatever the report's date."""
    opening = _event_opening(sent.text, pack)
    if not opening and (
        published is None or not _names_event(prev.text, pack) or _says_ongoing(sent.text, pack)
    ):
        return False
    if find_dates(sent.text, pack, published, hint):
        return False
    ends = [d.end_date or d.start_date for d in find_dates(prev.text, pack, published, hint)]
    ends = [e for e in ends if e]
    if not ends:
        return False
    if not opening:
        # "El huracán Mitch azotó Honduras en octubre de 1998. Más de un millón quedaron sin hogar.":
        # the sentence before dates a disaster to its month, a year or more before publication,
        # and the figure's sentence gives no date and says nothing goes on: the disaster's figure
        return all(len(e) >= 7 and int(e[:4]) < published.year for e in ends)
    if homes and published is not None:
        return all(e[:10] < published.isoformat()[: len(e[:10])] for e in ends)
    return published is None or all(int(e[:4]) < published.year for e in ends)


def _names_event(sentence: str, pack: LanguagePack) -> bool:
    """One of the pack's event nouns ("hurricane", "cyclone", "séisme") anywhere in the sentence."""
    nouns = tuple(getattr(getattr(pack, "dates", None), "event_nouns", ()) or ())
    low = sentence.lower()
    return any(re.search(rf"(?<!\w){re.escape(n.lower())}(?!\w)", low) for n in nouns)


def _says_ongoing(sentence: str, pack: LanguagePack) -> bool:
    """A word saying the displacement goes on ("still", "toujours", "siguen"): the pack's ongoing words."""
    words = tuple(getattr(getattr(pack, "dates", None), "ongoing_words", ()) or ())
    low = sentence.lower()
    return any(re.search(rf"(?<!\w){re.escape(w.lower())}(?!\w)", low) for w in words)


# The date mentions of the last few sentences read: every figure of a sentence asks for the same.
_SENTENCE_DATES: dict[tuple, tuple] = {}


def _sentence_dates(find_dates, ftext: str, pack, published, year_hint, own_year: bool = False) -> list:
    key = (ftext, id(pack), published, year_hint, own_year)
    hit = _SENTENCE_DATES.get(key)
    if hit is None or hit[0] is not pack:
        if len(_SENTENCE_DATES) >= 64:
            _SENTENCE_DATES.clear()
        found = (
            find_dates(ftext, pack, published, year_hint, whole_years=False)
            if own_year
            else find_dates(ftext, pack, published, year_hint)
        )
        hit = _SENTENCE_DATES[key] = (pack, tuple(found))
    return list(hit[1])  # DateMention is frozen; the list is the caller's own


# "GUANGZHOU, June 16 (Xinhua) --", "KABUL, 3 May -": a dateline opens a line with a place in
# capitals and a comma, and a dash follows its date (the agency in brackets between).
_DATELINE_BEFORE = re.compile(r"^[ \t]*[A-Z][A-Z'’.\- ]+(?:,[ \t]*[A-Z][\w'’.\- ]*)?,[ \t]*$")
_DATELINE_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?[-–—]")


def _dateline(text: str, start: int, end: int) -> bool:
    """The date at text[start:end] is a dateline's: the day the report was filed, dating no
    figure of the text after it."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_DATELINE_BEFORE.match(text[line_start:start])) and bool(_DATELINE_AFTER.match(text, end))


_SINCE_THEN: dict[tuple, tuple] = {}


def _since_then(pack, field: str = "since_then_words") -> re.Pattern | None:
    """The pack's "since then" words ("since then", "seitdem", "depuis lors", "منذ ذلك الحين"),
    or another list of its date words (`field`) as one pattern."""
    key = (id(pack), field)
    hit = _SINCE_THEN.get(key)
    if hit is None or hit[0] is not pack:
        words = tuple(getattr(getattr(pack, "dates", None), field, ()) or ())
        alt = "|".join(
            r"\s+".join(re.escape(p) for p in w.split()) for w in sorted(words, key=len, reverse=True)
        )
        pattern = re.compile(rf"(?<![^\W\d_])(?:{alt})(?![^\W\d_])", re.IGNORECASE) if alt else None
        hit = _SINCE_THEN[key] = (pack, pattern)
    return hit[1]


def _since_then_start(sent: Sentence, prev: Sentence | None, pack, published, hint, find_dates) -> str | None:
    """ "In 2006 a ceasefire was signed. Since then, 1.8 million have returned.": the last date the
    previous sentence gives starts a flow whose sentence says "since then" (the end of a range)."""
    pattern = _since_then(pack)
    if prev is None or pattern is None or not pattern.search(sent.text):
        return None
    for d in reversed(find_dates(prev.text, pack, published, hint)):
        iso = d.end_date if d.role == "range" else (d.start_date or d.end_date)
        if iso:
            return iso
    return None


def _inherited(dates, own: int, stock: bool) -> tuple[str | None, str | None] | None:
    """The sentence opens on a word pointing back ("Then", "As a result", "Damals") or on the
    event the one before dates, and gives no date of its own (`dates` covers both, `own` is where
    the figure's sentence begins): the period of the last date the sentence before gives, however
    long that sentence is. None when the figure's sentence has its own date or the one before none."""
    if any(d.end > own for d in dates):
        return None
    last = [d for d in dates if d.role != "since" and (d.end_date or d.start_date)]
    if not last:
        return None
    d = last[-1]
    end = d.end_date or d.start_date
    return (None if stock or d.role == "as_of" else d.start_date), end


def _snapped_start(start: str, end: str | None, dates, before, pack) -> str:
    """ "[The offensive began on 4 April.] In the past six weeks, fighting displaced 62,000": a
    span counted back from publication starts only about there; the day an event began, written
    before the figure and within a seventh of the span (two days at least) of that first day, is
    the flow's start."""
    from uprooted.extract.dates import counted_back

    if not any(d.start_date == start and counted_back(d, pack) for d in dates):
        return start
    try:
        first = date.fromisoformat(start)
        last = date.fromisoformat(end[:10]) if end and len(end) >= 10 else None
    except ValueError:
        return start
    span = (last - first).days if last else 7
    tolerance = max(2, span // 7)
    near = []
    for _, iso in before:
        if len(iso) != 10:
            continue
        try:
            day = date.fromisoformat(iso)
        except ValueError:
            continue
        gap = abs((day - first).days)
        if gap <= tolerance and (last is None or day <= last):
            near.append((gap, iso))
    return min(near)[1] if near else start


_COMPARED: dict[int, tuple] = {}


def _compared_pattern(pack) -> re.Pattern | None:
    """The pack's "same period of" words, each followed by a year (group `y`)."""
    hit = _COMPARED.get(id(pack))
    if hit is None or hit[0] is not pack:
        words = tuple(getattr(getattr(pack, "dates", None), "comparison_period_words", ()) or ())
        alt = "|".join(
            r"\s+".join(re.escape(p) for p in w.split()) for w in sorted(set(words), key=len, reverse=True)
        )
        pattern = re.compile(rf"(?<!\w)(?:{alt})\s+(?P<y>19[5-9]\d|20\d\d)(?!\d)", re.I) if alt else None
        hit = _COMPARED[id(pack)] = (pack, pattern)
    return hit[1]


def _move_year(iso: str | None, year: str) -> str | None:
    """`iso` with its year replaced; a day that year lacks (29 February) keeps only its month."""
    if not iso:
        return iso
    moved = year + iso[4:]
    if len(moved) == 10:
        try:
            date.fromisoformat(moved)
        except ValueError:
            return moved[:7]
    return moved


_FIGURE_RE = re.compile(rf"\d(?:[\d{_FIGURE_SIGNS}]*\d)?")

# At most this many characters, and no sentence or clause end, between a "same period of" year
# and the figure it belongs to (the nearer one, before or after it).
_COMPARED_GAP = 60


def _compared_period(sent: Sentence, fig, dates, base: int, pack, stock: bool) -> tuple | None:
    """ "12,000 fled this year, compared with 8,000 in the same period of 2015", "im
    Vergleichszeitraum 2015, als 10.165 Menschen ...": a figure next to "the same period of" a
    year (no other number and no sentence end between them) is the comparison figure: the period
    the sentence gives its own figures, moved to that year (the year alone when the sentence
    gives none). `dates` have offsets from `base`. None when no such year is next to the figure."""
    pattern = _compared_pattern(pack)
    if pattern is None:
        return None
    fs, fe = fig.start, fig.end  # offsets in sent.text
    found = None
    numbers = [n.span() for n in _FIGURE_RE.finditer(sent.text)]
    for m in pattern.finditer(sent.text):
        # the year is the nearer figure's, before it or after it ("im Vergleichszeitraum 2015
        # waren es 8.000": not the 12.000 before)
        near = []
        before = [n for n in numbers if n[1] <= m.start()]
        after = [n for n in numbers if n[0] >= m.end()]
        # a figure before it must stand in the same phrase ("compared with 8,000 in the same
        # period of 2015"); across a comma it is the clause's own ("12,000 fled, more than in the
        # same period of 2015": no figure of 2015 is given)
        if before and not any(c in sent.text[before[-1][1] : m.start()] for c in _COMMAS):
            near.append(
                (len(sent.text[before[-1][1] : m.start()]), before[-1], sent.text[before[-1][1] : m.start()])
            )
        if after:
            near.append((len(sent.text[m.end() : after[0][0]]), after[0], sent.text[m.end() : after[0][0]]))
        near = [x for x in near if x[0] <= _COMPARED_GAP and not re.search(rf"[{_CLAUSE_ENDS}]", x[2])]
        nearest = min(near)[1] if near else None
        if nearest is not None and fs < nearest[1] and nearest[0] < fe:
            found = m
            break
    if found is None:
        return None
    year = found["y"]
    lo, hi = found.start() + sent.start - base, found.end() + sent.start - base
    own = [
        d
        for d in dates
        if (d.end <= lo or d.start >= hi)
        and d.role != "since"
        and d.start_date
        and d.end_date
        and d.start_date[:4] == d.end_date[:4] != year
        and max(len(d.start_date), len(d.end_date)) > 4
    ]
    if not own:
        return (None if stock else year), year
    d = own[0]
    start = d.start_date if len(d.start_date) > 4 else d.start_date + "-01-01"
    return (None if stock else _move_year(start, year)), _move_year(d.end_date, year)


# Days an event written as one day may lie before the report for its homes to take that day.
_EVENT_DAY_SPAN = 3


def _period(
    text: str,
    sent: Sentence,
    prev: Sentence | None,
    fig,
    pack,
    docd: _DocDates,
    stock,
    rules,
    homes: bool = False,
    group=None,
):
    """(start, end, explicit) for a figure; the dates module when present, else publication date.
    `homes`: the figure counts homes destroyed or damaged. `group`: the figure before it in its
    sentence that counts the group it is a part of ("10.000 Personen ..., 2.000 davon")."""
    api = _dates_api()
    published = docd.published
    pub_iso = published.isoformat() if published else None
    if api is None:
        return None, pub_iso, False
    find_dates, fact_period = api
    base, ftext = sent.start, sent.text
    if prev is not None and rules.temporal_anaphora is not None:
        if rules.temporal_anaphora.match(sent.text.lstrip()):
            base = prev.start
            ftext = text[prev.start : sent.end]
    same = _since_then(pack, "same_period_words")
    back = _since_then(pack, "back_reference_words")
    if (
        base == sent.start
        and prev is not None
        and back is not None
        and back.search(sent.text, 0, fig.start)
        and not find_dates(sent.text, pack, published, docd.year_hint)
    ):
        # "... 184 families were expelled in 2017. Those families number 980 people": the group
        # the sentence before counted, in its period
        base = prev.start
        ftext = text[prev.start : sent.end]
    if base == sent.start and prev is not None and same is not None and same.search(sent.text):
        # "... 19 houses blown up in the same period": the period the sentence before gives
        base = prev.start
        ftext = text[prev.start : sent.end]
    if (
        base == sent.start
        and prev is not None
        and _past_event_before(
            sent,
            prev,
            pack,
            published,
            find_dates,
            _year_before(docd, prev.start) if published is None else None,
            homes=homes,
        )
    ):
        # "In 2010 an earthquake struck Haiti. The quake left 1.5 million homeless.": the
        # sentence names the event the one before dates, years before publication.
        base = prev.start
        ftext = text[prev.start : sent.end]
    try:
        hint = _year_before(docd, base) if published is None else docd.year_hint
        dates = _sentence_dates(
            find_dates, ftext, pack, published, hint, own_year=docd.own_year and hint == docd.year_hint
        )
        dates = [d for d in dates if not _dateline(text, d.start + base, d.end + base)] or dates
        dated = fig
        if group is not None and not any(d.start >= group.end + sent.start - base for d in dates):
            # "im September rund 10.000 Personen, ..., 2.000 davon in Wien", "5,000 fled in May,
            # 3,000 of them children": a part with no date after the group's figure is counted
            # in the group's period (the date nearest the part may be another figure's)
            dated = group

        def period_of(span):
            shift = sent.start - base
            return fact_period(
                ftext, span.start + shift, span.end + shift, dates, published, stock, pack=pack
            )

        start, end = period_of(dated)
        if stock and dated is not fig and published is not None and end and end < pub_iso:
            # "1,500 left homeless by last week's rains, 600 of whom remain in shelters": a part
            # whose own clause counts it in the present holds as of the report, though its group
            # is the event's (fact_period judges the part's own clause)
            _, own_end = period_of(fig)
            if own_end == pub_iso:
                end = own_end
        if base != sent.start:
            inherited = _inherited(dates, sent.start - base, stock)
            if inherited is not None:
                start, end = inherited
    except Exception:  # noqa: BLE001
        log.exception("dates failed")
        return None, pub_iso, False
    start, end = _iso(start), _iso(end)
    if end is None and published is None and docd.report is not None:
        end = docd.report  # an undated report: the date its header gives, else its latest date
    elif end is None and published is None and docd.year_hint is not None and not docd.weak_year:
        end = str(docd.year_hint)  # an undated report about one year: that year
    if stock and not dates and docd.onset and (end is None or docd.onset <= end):
        # "750,000 in western Mosul at the start of the latest offensive": the day the document
        # says the offensive was launched
        from uprooted.extract.dates import start_anchored

        if start_anchored(ftext, fig.start + sent.start - base, fig.end + sent.start - base, pack):
            return None, docd.onset, True
    before = [(pos, iso) for pos, iso in docd.starts if pos < sent.start]
    if (
        not stock
        and start is None
        and not dates
        and not before
        and docd.report_start
        and end
        and docd.report_start <= end
    ):
        # an undated report's flow with no date of its own, and no event start written before
        # it: in the period the report's header gives
        start = docd.report_start
    if not stock and start is None and not any(d.role == "since" for d in dates):
        # "Since then, more than 1.8 million have returned": from the date the sentence before gives
        start = _since_then_start(sent, prev, pack, published, hint, find_dates)
    if start and len(start) == 10 and before:
        start = _snapped_start(start, end, dates, before, pack)
    ev = docd.event_start
    if before:
        # the latest event named before the figure ("the storms from 18 to 22 June ... forced
        # 337,000 to evacuate"), not an earlier episode the text recalls
        ev = before[-1][1]
        if (
            homes
            and not dates
            and start is None
            and before[-1][0] in docd.points
            and len(ev) == 10
            and end
            and len(end) == 10
            and 0 <= (date.fromisoformat(end) - date.fromisoformat(ev)).days <= _EVENT_DAY_SPAN
        ):
            # "The flooding occurred on Wednesday, 8 July. ... the floods have damaged 174 homes":
            # homes fall on the day of an event written as one day, not on the report's
            return ev, ev, False
    if (
        not stock
        and start is None
        and ev
        and end
        and ev[: len(end)] <= end
        and int(end[:4]) - int(ev[:4]) <= 1
    ):
        start = ev  # "since 25 June" or "the clash on December 27" said elsewhere in the text
    compared = _compared_period(sent, fig, dates, base, pack, stock)
    if compared is not None:
        return compared[0], compared[1], True
    return start, end, bool(dates)
