"""Lenient publication-date parsing: ISO, RFC 2822 (feeds, HTTP, WARC) and written dates.

A publication date anchors every relative date in the text ("on Saturday"), so a wrong one is
worse than none: partial dates ("March 2017") and relative words ("yesterday") give None.
"""

from __future__ import annotations

import re
import time
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from functools import lru_cache

_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])")
_COMPACT_DAY = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:$|[T\s]|\d{6})")
MAX_DATE_CHARS = 120  # longer strings are not a date; dateparser would also be slow on them
_MIN_YEAR, _MAX_YEAR = 1800, 2200


def parse_date(value: object) -> date | None:
    """A date from a str, date, datetime or time.struct_time; None when it cannot be read."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, time.struct_time):
        return _safe_date(value.tm_year, value.tm_mon, value.tm_mday)
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or len(text) > MAX_DATE_CHARS:
        return None
    for pattern in (_ISO_DAY, _COMPACT_DAY):
        found = pattern.match(text)
        if found:
            return _safe_date(*(int(g) for g in found.groups()))
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    if not any(c.isdigit() for c in text):
        return None  # a full written date always has a day or year in digits; skip dateparser
    return _dateparser_date(text)


def _safe_date(year: int, month: int, day: int) -> date | None:
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def _dateparser_date(text: str) -> date | None:
    """Written dates in any language ("5 March 2017", "5. mars 2017", "5 de marzo de 2017")."""
    import dateparser  # slow to import; most dates never get here

    try:
        parsed = dateparser.parse(
            text,
            settings={
                "REQUIRE_PARTS": ["day", "month", "year"],
                "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
                "RETURN_AS_TIMEZONE_AWARE": False,
                "DATE_ORDER": "DMY",
            },
        )
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    if parsed is None:
        return None
    return _safe_date(parsed.year, parsed.month, parsed.day)
