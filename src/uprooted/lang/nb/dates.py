"""Date words and phrases of this language (read by extract/dates.py)."""

from uprooted.lang.base import DateData

DATES = DateData()
