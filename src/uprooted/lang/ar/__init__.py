"""Arabic (Modern Standard Arabic as news writes it; Levantine and Maghrebi month names)."""

from uprooted.lang.ar.dates import DATES
from uprooted.lang.ar.numbers import NUMBERS
from uprooted.lang.ar.places import PLACES
from uprooted.lang.ar.sources import SOURCES
from uprooted.lang.ar.terms import TERMS
from uprooted.lang.base import LanguagePack

PACK = LanguagePack(
    code="ar",
    name="Arabic",
    abbreviations=("د.", "م.", "ص.", "ق.م."),
    numbers=NUMBERS,
    dates=DATES,
    terms=TERMS,
    sources=SOURCES,
    places=PLACES,
)
