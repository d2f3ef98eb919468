"""Field counts: a DTM-style CSV (or HXL-tagged CSV) of figures per location and date -> Facts.

Every figure traces to its row: the file becomes one synthetic Document whose text has one line
per data row, and each fact's evidence is that line with its offsets. Bad rows are reported (file
and line) and skipped; the rest is read. Our own HXL export reads back to the same figures.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from dateutil import parser as date_parser

from uprooted.export.hxl_tags import MEASURE_BY_TAG, tag_attributes
from uprooted.models import DEFAULT_TERM, Document, Evidence, Fact, Place

# Plain CSV headers (folded: lower case, non-letters removed) -> role. Names IOM DTM tables use.
HEADER_ROLES: dict[str, str] = {
    **dict.fromkeys(
        [
            "location",
            "locationname",
            "loc",
            "place",
            "site",
            "sitename",
            "settlement",
            "city",
            "town",
            "village",
            "municipality",
            "district",
            "admin2",
            "adm2",
            "locname",
        ],
        "name",
    ),
    **dict.fromkeys(["area", "subarea", "neighbourhood", "neighborhood", "locarea"], "area"),
    **dict.fromkeys(
        ["admin1", "adm1", "admin1name", "region", "province", "state", "governorate", "adm1name"], "admin1"
    ),
    **dict.fromkeys(["country", "countrycode", "iso3", "iso", "countryiso3"], "country"),
    **dict.fromkeys(["date", "reportdate", "reportingdate", "asof", "end", "enddate", "datereported"], "end"),
    **dict.fromkeys(["start", "startdate", "since", "datestart"], "start"),
    **dict.fromkeys(
        ["idps", "idp", "displaced", "idpindividuals", "individuals", "idpind", "affectedidps"], "displaced"
    ),
    **dict.fromkeys(["returnees", "returned", "returneeindividuals", "affectedreturnees"], "returned"),
    **dict.fromkeys(["remaining", "populationremaining"], "remaining"),
    **dict.fromkeys(["sheltered", "incamp", "incamps", "affectedsheltered"], "sheltered"),
    **dict.fromkeys(["atrisk", "affectedatrisk"], "at_risk"),
    **dict.fromkeys(["homesdestroyed", "housesdestroyed"], "homes_destroyed"),
    **dict.fromkeys(["homesdamaged", "housesdamaged"], "homes_damaged"),
    **dict.fromkeys(["households", "idphouseholds", "hh", "idphh", "families"], "households"),
    # long tables (our own csv export): one figure per row, its measure named in a column
    **dict.fromkeys(["measure", "indicator"], "measure_name"),
    **dict.fromkeys(["value", "figure", "count"], "value"),
    **dict.fromkeys(["lat", "latitude", "geolat"], "lat"),
    **dict.fromkeys(["lon", "lng", "long", "longitude", "geolon"], "lon"),
    **dict.fromkeys(["source", "metasource", "organisation", "organization", "org"], "source"),
    **dict.fromkeys(["url", "metaurl", "link"], "url"),
    **dict.fromkeys(["qualifier", "metaqualifier"], "qualifier"),
    **dict.fromkeys(["low", "metalow", "min"], "low"),
    **dict.fromkeys(["high", "metahigh", "max"], "high"),
}

# HXL (tag, attributes) -> role, beyond the measure tags shared with the exporter.
HXL_ROLES: dict[tuple[str, frozenset[str]], str] = {
    ("loc", frozenset({"name"})): "name",
    ("loc", frozenset()): "name",
    ("adm2", frozenset({"name"})): "name",
    ("loc", frozenset({"area"})): "area",
    ("adm1", frozenset({"name"})): "admin1",
    ("adm1", frozenset()): "admin1",
    ("country", frozenset({"code"})): "country",
    ("country", frozenset()): "country",
    ("country", frozenset({"name"})): "country",
    ("date", frozenset({"reported"})): "end",
    ("date", frozenset()): "end",
    ("date", frozenset({"end"})): "end",
    ("date", frozenset({"start"})): "start",
    ("geo", frozenset({"lat"})): "lat",
    ("geo", frozenset({"lon"})): "lon",
    ("meta", frozenset({"source"})): "source",
    ("org", frozenset()): "source",
    ("meta", frozenset({"url"})): "url",
    ("meta", frozenset({"qualifier"})): "qualifier",
    ("meta", frozenset({"low"})): "low",
    ("meta", frozenset({"high"})): "high",
    ("affected", frozenset({"idps", "hh"})): "households",
    ("affected", frozenset({"idps", "ind"})): "displaced",
    ("affected", frozenset({"returnees", "ind"})): "returned",
}

QUALIFIERS = {"exact", "more_than", "at_least", "less_than", "at_most", "approx", "range", "vague"}


@dataclass
class CountsResult:
    facts: list[Fact] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def _fold(header: str) -> str:
    return re.sub(r"[^a-z0-9]", "", header.casefold())


def _is_hashtag_row(row: list[str]) -> bool:
    cells = [c.strip() for c in row if c.strip()]
    return bool(cells) and sum(c.startswith("#") for c in cells) >= max(1, len(cells) // 2)


def _roles_from_hxl(tags: list[str]) -> list[str | None]:
    roles = []
    for tag in tags:
        if not tag.strip():
            roles.append(None)
            continue
        key = tag_attributes(tag)
        roles.append(MEASURE_BY_TAG.get(key) or HXL_ROLES.get(key) or _loose_hxl_role(key))
    return roles


def _loose_hxl_role(key: tuple[str, frozenset[str]]) -> str | None:
    """Tags from other publishers: `#affected+idps+f` is still IDPs (a subset: skip disaggregates)."""
    tag, attrs = key
    if attrs & {"f", "m", "children", "adults", "elderly", "infants"}:
        return None
    if tag == "affected" and "idps" in attrs:
        return "households" if "hh" in attrs else "displaced"
    if tag == "affected" and "returnees" in attrs:
        return "returned"
    return None


def _number(text: str) -> int:
    cleaned = re.sub(r"[\s,.\u00a0\u202f']", "", text)
    if not cleaned.isdigit():
        raise ValueError(f"not a count: {text!r}")
    return int(cleaned)


def _iso_date(text: str) -> str:
    text = text.strip()
    if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text):
        return text
    return date_parser.parse(text, dayfirst=True).date().isoformat()


def _resolve(name: str | None, country: str | None) -> Place | None:
    """The gazetteer's reading of a name when the places module is there; None otherwise."""
    if not name:
        return None
    try:
        from uprooted.places import resolve_place
    except ImportError:  # pragma: no cover - another engineer's module
        return None
    try:
        return resolve_place(name, country=country)
    except Exception:  # noqa: BLE001 - a gazetteer miss must not lose the row
        return None


def read_counts(
    path: str | Path,
    *,
    source: str | None = None,
    people_per_household: float = 5.0,
    resolve_places: bool = True,
) -> CountsResult:
    """Read a counts table into facts; `source` is used when the table has no source column."""
    path = Path(path)
    result = CountsResult()
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        result.errors.append(f"{path}: cannot read: {err}")
        return result
    rows = list(csv.reader(io.StringIO(raw)))
    if not rows:
        result.errors.append(f"{path}: empty file")
        return result

    hxl_index = next((i for i, row in enumerate(rows[:5]) if _is_hashtag_row(row)), None)
    if hxl_index is not None:
        roles = _roles_from_hxl(rows[hxl_index])
        header = rows[hxl_index - 1] if hxl_index > 0 else rows[hxl_index]
        first_data = hxl_index + 1
    else:
        header = rows[0]
        roles = [HEADER_ROLES.get(_fold(h)) for h in header]
        first_data = 1
    long_table = "measure_name" in roles and "value" in roles
    if not long_table and not any(r in DEFAULT_TERM or r == "households" for r in roles):
        result.errors.append(f"{path}: no count column (idps, returnees, households ...) found")
        return result

    doc_id = path.stem
    lines: list[str] = []
    pending: list[tuple[int, int, int, Fact]] = []
    offset = 0
    for index in range(first_data, len(rows)):
        row = rows[index]
        line_no = index + 1
        if not any(cell.strip() for cell in row):
            continue
        text = f"line {line_no}: " + "; ".join(
            f"{(header[i] if i < len(header) and header[i] else f'col{i + 1}')}: {cell.strip()}"
            for i, cell in enumerate(row)
            if cell.strip()
        )
        try:
            facts = _row_facts(row, roles, doc_id, source, people_per_household, resolve_places)
        except ValueError as err:
            result.errors.append(f"{path}:{line_no}: {err}")
            continue
        for fact in facts:
            pending.append((offset, offset + len(text), line_no, fact))
        lines.append(text)
        offset += len(text) + 1

    document = Document(
        doc_id=doc_id,
        text="\n".join(lines),
        kind="counts",
        source_path=str(path),
        title=f"Field counts: {path.name}",
    )
    result.documents.append(document)
    for start, end, _line_no, fact in pending:
        fact.evidence = [Evidence(text=document.text[start:end], start=start, end=end)]
        result.facts.append(fact)
    return result


def _row_facts(
    row: list[str],
    roles: list[str | None],
    doc_id: str,
    default_source: str | None,
    people_per_household: float,
    resolve_places: bool,
) -> list[Fact]:
    cells: dict[str, str] = {}
    for role, cell in zip(roles, row, strict=False):
        if role and cell.strip() and role not in cells:
            cells[role] = cell.strip()
    if "measure_name" in cells and "value" in cells:
        if cells["measure_name"] not in DEFAULT_TERM:
            raise ValueError(f"unknown measure {cells['measure_name']!r}")
        cells.setdefault(cells["measure_name"], cells["value"])
    if "end" not in cells:
        raise ValueError("no date")
    end = _iso_date(cells["end"])
    start = _iso_date(cells["start"]) if "start" in cells else None

    name, country, admin1 = cells.get("name"), cells.get("country"), cells.get("admin1")
    lat = float(cells["lat"]) if "lat" in cells else None
    lon = float(cells["lon"]) if "lon" in cells else None
    resolved = _resolve(name, country) if resolve_places else None
    place = Place(
        text=name or admin1 or country,
        name=name or admin1 or (resolved.name if resolved else None),
        area=cells.get("area"),
        country=country or (resolved.country if resolved else None),
        admin1=admin1 or (resolved.admin1 if resolved else None),
        lat=lat if lat is not None else (resolved.lat if resolved else None),
        lon=lon if lon is not None else (resolved.lon if resolved else None),
        geonames_id=resolved.geonames_id if resolved else None,
    )
    qualifier = cells.get("qualifier", "exact")
    if qualifier not in QUALIFIERS:
        raise ValueError(f"unknown qualifier {qualifier!r}")
    source = cells.get("source") or default_source or "field counts"

    facts = []
    for measure in DEFAULT_TERM:
        if measure not in cells:
            continue
        value = _number(cells[measure])
        low = _number(cells["low"]) if "low" in cells else (value if qualifier == "exact" else None)
        high = _number(cells["high"]) if "high" in cells else (value if qualifier == "exact" else None)
        facts.append(
            Fact(
                doc_id=doc_id,
                measure=measure,
                term=DEFAULT_TERM[measure],
                value=value,
                low=low,
                high=high,
                qualifier=qualifier,
                unit="homes" if measure.startswith("homes") else "people",
                reported_value=value,
                start=start,
                end=end,
                place=place,
                source=source,
                confidence=0.95,
            )
        )
    if "households" in cells and "displaced" not in cells:
        households = _number(cells["households"])
        value = round(households * people_per_household)
        facts.append(
            Fact(
                doc_id=doc_id,
                measure="displaced",
                term="displaced",
                value=value,
                low=value,
                high=value,
                qualifier="exact",
                unit="households",
                reported_value=households,
                start=start,
                end=end,
                place=place,
                source=source,
                confidence=0.9,
                flags=["converted_unit"],
            )
        )
    return facts
