"""The Hijri (Islamic lunar) calendar, for dates Arabic texts write in it ("15 رمضان 1439 هـ").

No Hijri library is installed (dateparser reads Hijri dates only with the optional
hijri-converter), and the conversion is short: this is the standard *tabular* Islamic calendar
(the arithmetic one of Calendrical Calculations, the "Kuwaiti algorithm"), with the civil epoch
1 Muharram 1 AH = 16 July 622 (Julian) = Julian Day Number 1948440. Months alternate 30 and 29
days (the twelfth has 30 in a leap year); 11 years of every 30 are leap years (2, 5, 7, 10, 13,
16, 18, 21, 24, 26, 29 of the cycle). Countries fix their months by sighting the moon or by the
Saudi Umm al-Qura table, so a real month can begin up to two days before or after the tabular
one: a date read here may be a day or two off, a month is right to within two days at each end.
"""

from __future__ import annotations

from datetime import date, timedelta

# The Hijri years read in texts (1200-1599 AH: 1785-2175 AD), and the same as a regex for them
YEARS = (1200, 1599)
YEAR_PATTERN = r"1[2-5]\d{2}"

_EPOCH_JDN = 1948440  # 1 Muharram 1 AH (civil epoch, a Friday)
_JDN_OF_ORDINAL_ZERO = 1721425  # date.fromordinal(1) (1 January 1 AD, proleptic Gregorian) is JDN 1721426


def _jdn(year: int, month: int, day: int) -> int:
    # days before the month: ceil(29.5 * (month - 1)); leap days before the year: (3 + 11y) // 30
    return day + (59 * (month - 1) + 1) // 2 + (year - 1) * 354 + (3 + 11 * year) // 30 + _EPOCH_JDN - 1


def is_leap(year: int) -> bool:
    """Whether the Hijri `year` has 355 days (Dhu al-Hijjah of 30)."""
    return (14 + 11 * year) % 30 < 11


def month_length(year: int, month: int) -> int:
    if month == 12:
        return 30 if is_leap(year) else 29
    return 30 if month % 2 else 29


def to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian date of Hijri `day` `month` `year`; None when there is no such day."""
    if not (1 <= month <= 12 and 1 <= day <= month_length(year, month) and year >= 1):
        return None
    try:
        return date.fromordinal(_jdn(year, month, day) - _JDN_OF_ORDINAL_ZERO)
    except (ValueError, OverflowError):
        return None


def month_span(year: int, month: int) -> tuple[date, date] | None:
    """(first day, last day) in Gregorian dates of Hijri `month` of `year`."""
    first = to_gregorian(year, month, 1)
    if first is None:
        return None
    return first, first + timedelta(days=month_length(year, month) - 1)


def year_span(year: int) -> tuple[date, date] | None:
    """(1 Muharram, last day of Dhu al-Hijjah) of Hijri `year`, in Gregorian dates."""
    first = to_gregorian(year, 1, 1)
    last = month_span(year, 12)
    if first is None or last is None:
        return None
    return first, last[1]


def year_of(day: date) -> int:
    """The Hijri year `day` falls in."""
    jdn = day.toordinal() + _JDN_OF_ORDINAL_ZERO
    year = (30 * (jdn - _EPOCH_JDN) + 10646) // 10631
    while _jdn(year + 1, 1, 1) <= jdn:
        year += 1
    while _jdn(year, 1, 1) > jdn:
        year -= 1
    return year


def latest(
    month: int, day: int | None, before: date, slack_days: int = 0, forward: bool = False
) -> tuple[int, date, date] | None:
    """The latest Hijri (year, first, last) of `month` (or of its `day`) that begins on or before
    `before` + `slack_days`: "في رمضان" with no year, in a report published in Shawwal, is the
    Ramadan just ended. `forward` (a future clause): the first that ends on or after `before` -
    `slack_days` instead. None when `day` is past the month's end in the years tried."""
    limit = before + timedelta(days=-slack_days if forward else slack_days)
    year = year_of(limit)
    for y in (year, year + 1) if forward else (year, year - 1):
        if day is not None:
            at = to_gregorian(y, month, day)
            span = (at, at) if at else None
        else:
            span = month_span(y, month)
        if span is not None and (span[1] >= limit if forward else span[0] <= limit):
            return y, span[0], span[1]
    return None
