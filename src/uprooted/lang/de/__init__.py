"""German (Germany, Austria, Switzerland): "Asylwerber" and "Jänner" beside "Asylbewerber" and
"Januar"."""

from uprooted.lang.base import LanguagePack
from uprooted.lang.de.dates import DATES
from uprooted.lang.de.numbers import NUMBERS
from uprooted.lang.de.places import PLACES
from uprooted.lang.de.sources import SOURCES
from uprooted.lang.de.terms import TERMS

PACK = LanguagePack(
    code="de",
    name="German",
    abbreviations=(
        "z.B.",
        "z. B.",
        "u.a.",
        "d.h.",
        "bzw.",
        "ca.",
        "Mio.",
        "Mrd.",
        "Nr.",
        "Dr.",
        "Prof.",
        "St.",
        "Jan.",
        "Feb.",
        "Apr.",
        "Jun.",
        "Jul.",
        "Aug.",
        "Sep.",
        "Sept.",
        "Okt.",
        "Nov.",
        "Dez.",
        "usw.",
        "etc.",
        "vgl.",
        "inkl.",
        "Abs.",
        "Art.",
        "evtl.",
        "ggf.",
        "sog.",
        "v.a.",
        "u.",
        "Tel.",
        "Std.",
        "Min.",
        "Hr.",
        "Fr.",
    ),
    numbers=NUMBERS,
    dates=DATES,
    terms=TERMS,
    sources=SOURCES,
    places=PLACES,
)
