"""Spanish (Spain and Latin America)."""

from uprooted.lang.base import LanguagePack
from uprooted.lang.es.dates import DATES
from uprooted.lang.es.numbers import NUMBERS
from uprooted.lang.es.places import PLACES
from uprooted.lang.es.sources import SOURCES
from uprooted.lang.es.terms import TERMS

PACK = LanguagePack(
    code="es",
    name="Spanish",
    abbreviations=(
        "Sr.",
        "Sra.",
        "Srta.",
        "Dr.",
        "Dra.",
        "Lic.",
        "Ing.",
        "Gral.",
        "Cnel.",
        "Sto.",
        "Sta.",
        "aprox.",
        "etc.",
        "núm.",
        "n.º",
        "pág.",
        "art.",
        "ene.",
        "feb.",
        "mar.",
        "abr.",
        "jun.",
        "jul.",
        "ago.",
        "sept.",
        "sep.",
        "oct.",
        "nov.",
        "dic.",
        "hab.",
        "EE.UU.",
        "Ud.",
        "Uds.",
        "km.",
    ),
    numbers=NUMBERS,
    dates=DATES,
    terms=TERMS,
    sources=SOURCES,
    places=PLACES,
)
