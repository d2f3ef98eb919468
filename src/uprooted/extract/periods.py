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


_YEAR_IN_RE = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")


def _doc_dates(text: str, pack: LanguagePack, published: date | None) -> _DocDates:
    api = _dates_api()
    out = _DocDates(published=published)
    if api is None:
        return out
    find_dates = api[0]
    try:
        from uprooted.extract.dates import event_start, onset_day

        mentions = find_dates(text, pack, published)
        if published is None:
            years: dict[int, int] = {}
            for d in mentions:
                for y in _YEAR_IN_RE.findall(d.text):
                    years[int(y)] = years.get(int(y), 0) + 1
            if years:
                out.year_hint = max(years.items(), key=lambda kv: (kv[1], kv[0]))[0]
            # A dateline ("LOEI, 17 March 2014 (NNT) -") dates the report.
            for d in mentions:
                if d.start > 250:
                    break
                iso = d.end_date or d.start_date
                if d.role in ("point", "as_of") and iso and len(iso) == 10 and _YEAR_IN_RE.search(d.text):
                    out.published, out.pseudo = date.fromisoformat(iso), True
                    mentions = find_dates(text, pack, out.published)
                    break
            if out.published is None and out.year_hint is not None:
                mentions = find_dates(text, pack, None, out.year_hint)
        out.event_start = event_start(text, mentions, pack)
        out.onset = onset_day(text, mentions, pack)
        try:
            from uprooted.extract.dates import event_starts

            out.starts = tuple(event_starts(text, mentions, pack))
        except Exception:  # noqa: BLE001
            out.starts = ()
    except Exception:  # noqa: BLE001
        log.exception("document dates failed")
    return out


def _event_opening(sentence: str, pack: LanguagePack) -> bool:
    """The sentence opens on one of the pack's event nouns ("The quake ...", "Das Beben ...",
    "Flommen ..."), within its first three words."""
    nouns = tuple(getattr(getattr(pack, "dates", None), "event_nouns", ()) or ())
    if not nouns:
        return False
    head = " ".join(sentence.split()[:3]).lower()
    return any(re.search(rf"(?<!\w){re.escape(n.lower())}(?!\w)", head) for n in nouns)


def _past_event_before(sent: Sentence, prev: Sentence, pack, published: date | None, find_dates) -> bool:
    """The figure's sentence gives no date and opens on an event the previous sentence dates to a
    year before publication: the figure is that event's, not the publication day's."""
    if published is None or not _event_opening(sent.text, pack):
        return False
    if find_dates(sent.text, pack, published):
        return False
    ends = [d.end_date or d.start_date for d in find_dates(prev.text, pack, published)]
    ends = [e for e in ends if e]
    return bool(ends) and all(int(e[:4]) < published.year for e in ends)


# The date mentions of the last few sentences read: every figure of a sentence asks for the same.
_SENTENCE_DATES: dict[tuple, tuple] = {}


def _sentence_dates(find_dates, ftext: str, pack, published, year_hint) -> list:
    key = (ftext, id(pack), published, year_hint)
    hit = _SENTENCE_DATES.get(key)
    if hit is None or hit[0] is not pack:
        if len(_SENTENCE_DATES) >= 64:
            _SENTENCE_DATES.clear()
        hit = _SENTENCE_DATES[key] = (pack, tuple(find_dates(ftext, pack, published, year_hint)))
    return list(hit[1])  # DateMention is frozen; the list is the caller's own


def _period(text: str, sent: Sentence, prev: Sentence | None, fig, pack, docd: _DocDates, stock, rules):
    """(start, end, explicit) for a figure; the dates module when present, else publication date."""
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
    if (
        base == sent.start
        and prev is not None
        and _past_event_before(sent, prev, pack, published, find_dates)
    ):
        # "In 2010 an earthquake struck Haiti. The quake left 1.5 million homeless.": the
        # sentence names the event the one before dates, years before publication.
        base = prev.start
        ftext = text[prev.start : sent.end]
    try:
        dates = _sentence_dates(find_dates, ftext, pack, published, docd.year_hint)
        start, end = fact_period(
            ftext,
            fig.start + sent.start - base,
            fig.end + sent.start - base,
            dates,
            published,
            stock,
            pack=pack,
        )
    except Exception:  # noqa: BLE001
        log.exception("dates failed")
        return None, pub_iso, False
    start, end = _iso(start), _iso(end)
    if end is None and published is None and docd.year_hint is not None:
        end = str(docd.year_hint)  # an undated report about one year: that year
    if stock and not dates and docd.onset and (end is None or docd.onset <= end):
        # "750,000 in western Mosul at the start of the latest offensive": the day the document
        # says the offensive was launched
        from uprooted.extract.dates import start_anchored

        if start_anchored(ftext, fig.start + sent.start - base, fig.end + sent.start - base, pack):
            return None, docd.onset, True
    ev = docd.event_start
    before = [iso for pos, iso in docd.starts if pos < sent.start]
    if before:
        # the latest event named before the figure ("the storms from 18 to 22 June ... forced
        # 337,000 to evacuate"), not an earlier episode the text recalls
        ev = before[-1]
    if (
        not stock
        and start is None
        and ev
        and end
        and ev[: len(end)] <= end
        and int(end[:4]) - int(ev[:4]) <= 1
    ):
        start = ev  # "since 25 June" or "the clash on December 27" said elsewhere in the text
    return start, end, bool(dates)
