"""Norwegian: Bokmål, and Nynorsk through the same pack (their displacement vocabulary
overlaps almost entirely; Nynorsk-only forms are listed beside the Bokmål ones)."""

from uprooted.lang.base import LanguagePack
from uprooted.lang.nb.dates import DATES
from uprooted.lang.nb.identify import MARKER_WORDS
from uprooted.lang.nb.numbers import NUMBERS
from uprooted.lang.nb.places import PLACES
from uprooted.lang.nb.sources import SOURCES
from uprooted.lang.nb.terms import TERMS

PACK = LanguagePack(
    code="nb",
    name="Norwegian",
    aliases=("no", "nn"),
    abbreviations=(
        "bl.a.",
        "f.eks.",
        "ca.",
        "dvs.",
        "mill.",
        "mrd.",
        "nr.",
        "jan.",
        "feb.",
        "mar.",
        "apr.",
        "jun.",
        "jul.",
        "aug.",
        "sep.",
        "sept.",
        "okt.",
        "nov.",
        "des.",
        "kl.",
        "pst.",
        "mv.",
        "osv.",
    ),
    numbers=NUMBERS,
    dates=DATES,
    terms=TERMS,
    sources=SOURCES,
    places=PLACES,
    marker_words=MARKER_WORDS,
)
