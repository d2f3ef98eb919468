"""English."""

from uprooted.lang.base import LanguagePack
from uprooted.lang.en.dates import DATES
from uprooted.lang.en.numbers import NUMBERS
from uprooted.lang.en.places import PLACES
from uprooted.lang.en.sources import SOURCES
from uprooted.lang.en.terms import TERMS

PACK = LanguagePack(
    code="en",
    name="English",
    ordinal_dot=False,  # "the 7th", never "the 7."
    abbreviations=(
        "Mr.",
        "Mrs.",
        "Ms.",
        "Dr.",
        "Lt.",
        "Col.",
        "Gen.",
        "Sgt.",
        "Capt.",
        "Maj.",
        "St.",
        "Jan.",
        "Feb.",
        "Mar.",
        "Apr.",
        "Aug.",
        "Sep.",
        "Sept.",
        "Oct.",
        "Nov.",
        "Dec.",
        "U.S.",
        "U.N.",
        "U.K.",
        "No.",
        "approx.",
        "est.",
        "e.g.",
        "i.e.",
        "vs.",
        "etc.",
    ),
    numbers=NUMBERS,
    dates=DATES,
    terms=TERMS,
    sources=SOURCES,
    places=PLACES,
)
