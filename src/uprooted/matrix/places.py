"""Place hierarchy for series keys: area < city < admin1 < country.

Roll-up rule (so west Mosul and Mosul are never added): a parent's figure for a period, when
reported, stands for the whole and its children are not added to it; only when the parent has no
figure of its own for that period is it derived as the sum of its distinct children, and then as a
lower bound (`at_least`), since the children need not cover all of it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from uprooted.models import Place

UNKNOWN_KEY = "-|unknown|-"


def _names_its_country(place: Place) -> bool:
    try:
        from uprooted.places import is_country_place
    except Exception:  # noqa: BLE001 - the gazetteer may be missing
        return False
    return is_country_place(place)


def place_level(place: Place | None) -> str:
    if place is None:
        return "unknown"
    return _level(place.name, place.area, place.country, place.admin1, place.geonames_id)


@lru_cache(maxsize=65536)
def _level(
    name: str | None, area: str | None, country: str | None, admin1: str | None, gid: int | None
) -> str:
    """The level from the fields it depends on, remembered: a matrix asks it several times per fact,
    and the country check normalises names against the gazetteer."""
    place = Place(name=name, area=area, country=country, admin1=admin1, geonames_id=gid)
    if not (place.name or place.country or place.admin1):
        return "unknown"
    if place.name and not place.admin1 and _names_its_country(place):
        return "country"  # "Guatemala" with country GTM: a country-wide figure, not a city
    if place.name and place.area:
        return "area"
    if place.name and place.name not in {place.admin1, place.country}:
        return "city"
    if place.admin1 or (place.name and place.name == place.admin1):
        return "admin1"
    return "country"


def place_key(place: Place | None) -> str:
    """`country|name|area` with `-` for a missing part; facts with no place share `UNKNOWN_KEY`."""
    level = place_level(place)
    if level == "unknown" or place is None:
        return UNKNOWN_KEY
    if level == "country":
        return f"{place.country or '-'}|-|-"
    if level == "admin1":
        return f"{place.country or '-'}|{place.name or place.admin1}|-"
    return f"{place.country or '-'}|{place.name}|{place.area or '-'}"


def parent_key(place: Place | None) -> str | None:
    """The key of the next level up that the place data names, else None."""
    level = place_level(place)
    if place is None or level in {"unknown", "country"}:
        return None
    if level == "area":
        return f"{place.country or '-'}|{place.name}|-"
    if level == "city" and place.admin1:
        return f"{place.country or '-'}|{place.admin1}|-"
    if place.country:
        return f"{place.country}|-|-"
    return None


def series_key(place: Place | None, measure: str) -> str:
    return f"{place_key(place)}|{measure}"


def same_place_names(places: Sequence[Place | None]) -> list[Place | None]:
    """One name per gazetteer id, so "Raqqa" and "Ar Raqqah" make one series, not two.

    The extractor keeps the spelling a text uses; a place with a `geonames_id` takes the name
    most often used for that id across the facts (ties: alphabetical, so the result does not
    depend on input order).
    """
    names: dict[int, Counter[str]] = {}
    for place in places:
        if place is not None and place.geonames_id is not None and place.name:
            names.setdefault(place.geonames_id, Counter())[place.name] += 1
    chosen = {gid: min(counts, key=lambda n: (-counts[n], n)) for gid, counts in names.items()}
    out: list[Place | None] = []
    for place in places:
        if place is not None and place.geonames_id in chosen and place.name != chosen[place.geonames_id]:
            place = place.model_copy(update={"name": chosen[place.geonames_id]})
        out.append(place)
    return out
