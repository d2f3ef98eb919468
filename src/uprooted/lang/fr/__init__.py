"""French."""

from uprooted.lang.base import LanguagePack
from uprooted.lang.fr.dates import DATES
from uprooted.lang.fr.numbers import NUMBERS
from uprooted.lang.fr.places import PLACES
from uprooted.lang.fr.sources import SOURCES
from uprooted.lang.fr.terms import TERMS

PACK = LanguagePack(
    code="fr",
    name="French",
    abbreviations=(
        "M.",
        "Mme.",
        "Mlle.",
        "Dr.",
        "Pr.",
        "St.",
        "Ste.",
        "env.",
        "cf.",
        "p.",
        "n°.",
        "no.",
        "etc.",
        "janv.",
        "févr.",
        "fév.",
        "avr.",
        "juil.",
        "sept.",
        "oct.",
        "nov.",
        "déc.",
        "hab.",
        "km.",
        "art.",
        "gén.",
        "col.",
        "lt.",
        "cdt.",
    ),
    numbers=NUMBERS,
    dates=DATES,
    terms=TERMS,
    sources=SOURCES,
    places=PLACES,
)
