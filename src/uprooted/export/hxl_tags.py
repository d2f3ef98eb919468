"""HXL hashtags for the matrix, from the HXL standard dictionary (hxlstandard.org/standard/dictionary).

`#affected` counts people affected by an emergency; the standard attributes `+idps` and `+returnees`
name who. Measures without a standard attribute get a descriptive one (HXL allows free attributes).
The counts reader (`uprooted.ingest.counts`) reads these same tags back.
"""

from __future__ import annotations

MEASURE_TAGS: dict[str, str] = {
    "displaced": "#affected+idps",
    "returned": "#affected+returnees",
    "remaining": "#population+remaining",
    "at_risk": "#affected+at_risk",
    "sheltered": "#affected+sheltered",
    "homes_destroyed": "#affected+dwellings+destroyed",
    "homes_damaged": "#affected+dwellings+damaged",
}

COUNTRY = "#country+code"
ADMIN1 = "#adm1+name"
LOCATION = "#loc+name"
AREA = "#loc+area"
LAT = "#geo+lat"
LON = "#geo+lon"
DATE_REPORTED = "#date+reported"
DATE_START = "#date+start"
SOURCE = "#meta+source"
URL = "#meta+url"
QUALIFIER = "#meta+qualifier"
LOW = "#meta+low"
HIGH = "#meta+high"
FLAGS = "#meta+flags"
POINT_ID = "#meta+id"
# stock, cumulative or flow (the HXL dictionary's #indicator names what a figure measures)
KIND = "#indicator+type"
# the analyst status of the point's best estimate (machine, confirmed, corrected, manual)
STATUS = "#status+analyst"


def tag_attributes(tag: str) -> tuple[str, frozenset[str]]:
    """`#affected+idps+f` -> ("affected", {"idps", "f"}): the exact identity of a column's tag."""
    parts = tag.strip().lower().lstrip("#").split("+")
    return parts[0].strip(), frozenset(p.strip() for p in parts[1:] if p.strip())


MEASURE_BY_TAG: dict[tuple[str, frozenset[str]], str] = {
    tag_attributes(t): m for m, t in MEASURE_TAGS.items()
}
