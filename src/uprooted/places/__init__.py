"""uprooted.places: the offline gazetteer and place-mention finder.

`find_places(text, pack)` lists place mentions (countries, admin areas, cities, areas within
a city, "the city" anaphora, demonyms) with offsets; `resolve_place` reads one name;
`parents` and `country_place` serve roll-ups. The index is built lazily on first use.
"""

from uprooted.places.finder import (
    PlaceMention,
    country_place,
    find_places,
    is_capital,
    is_country_place,
    parents,
    resolve_place,
    warm_up,
)

__all__ = [
    "PlaceMention",
    "country_place",
    "find_places",
    "is_capital",
    "is_country_place",
    "parents",
    "resolve_place",
    "warm_up",
]
