"""Response models of the main routes, for the OpenAPI schema (and the tests that hold the routes
to it).

The routes build their JSON with `serialize` (and the matrix from the cache, already encoded) and
return it as is, so these models document the shapes without re-validating large bodies on every
request; `tests/api/test_openapi.py` checks that every route's JSON validates against its model.
A place leaves out the fields it does not know (as `Place.to_spec()` does), so every place field
is optional.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from uprooted.matrix.model import SeriesPoint
from uprooted.models import Measure, Qualifier, Term, Unit

Status = Literal["machine", "corrected", "confirmed", "rejected", "manual"]


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PlaceOut(_Out):
    """A place as written (`text`) and as resolved; unknown fields are left out."""

    text: str | None = None
    name: str | None = None
    area: str | None = None
    country: str | None = Field(None, description="ISO 3166-1 alpha-3")
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    other: PlaceOut | None = Field(
        None, description="For a flow, where people went; for a stock, where from."
    )


class EvidenceOut(_Out):
    text: str
    start: int = Field(description="Character offset of the sentence in the document text.")
    end: int


class FactOut(_Out):
    """The contract's fact (`shared/spec/facts.md`), corrections applied."""

    doc_id: str
    lang: str | None
    measure: Measure
    term: Term
    value: int
    low: int | None
    high: int | None
    qualifier: Qualifier
    unit: Unit
    reported_value: int
    start: str | None
    end: str | None
    place: PlaceOut | None
    source: str | None
    evidence: list[EvidenceOut]
    confidence: float
    flags: list[str]
    source_kind: str | None = Field(None, description="Kind of source (iom, un, media ...), when known.")


class StoredFactOut(_Out):
    """A fact with its review state; `machine_fact` is the extractor's reading when corrected."""

    fact_id: str = Field(description="The store's id: the fact page is /facts/{fact_id}.")
    status: Status
    reviewed_by: str | None
    reviewed_at: datetime | None = Field(description="When it was last reviewed, in UTC (+00:00).")
    note: str | None
    fact: FactOut
    machine_fact: FactOut | None


class ReviewEntryOut(_Out):
    id: int
    fact_id: str
    action: Literal["correct", "reject", "confirm", "add"]
    changes: dict[str, Any]
    analyst: str
    note: str | None
    at: datetime = Field(description="When the review was made, in UTC (+00:00).")


class PlaceResolution(_Out):
    """What the gazetteer made of a place name an analyst typed."""

    name: str = Field(description="The name as asked.")
    country: str | None = Field(description="The country as asked (ISO3, ISO2 or a name).")
    found: bool
    place: PlaceOut | None = Field(description="The gazetteer's place, when found.")
    filled: list[str] = Field(
        default_factory=list, description="Fields of the corrected place taken from the gazetteer."
    )


class FactWithLog(StoredFactOut):
    """One fact with every review action on it, oldest first."""

    review_log: list[ReviewEntryOut]
    place_resolution: PlaceResolution | None = Field(
        None, description="Set by a correction that renamed the place: what the gazetteer resolved."
    )


class FactList(_Out):
    items: list[StoredFactOut]
    total: int = Field(description="How many facts match the filters (all pages).")
    limit: int
    offset: int


class DocumentSummary(_Out):
    doc_id: str
    title: str | None
    lang: str | None
    published: date | None
    url: str | None
    outlet: str | None
    kind: str
    near_duplicate_of: str | None
    chars: int = Field(description="Length of the text in characters.")


class DocumentList(_Out):
    items: list[DocumentSummary]
    total: int
    limit: int
    offset: int


class DocumentFull(DocumentSummary):
    """A document's text and every fact from it (rejected too), with evidence offsets."""

    text: str
    facts: list[StoredFactOut]


class FactRefLean(_Out):
    """A fact behind a point, as /api/matrix lists it: its figure, source and flags; the rest
    (evidence, range, outlet, status) is at /api/facts/{fact_id} and in /api/matrix/series."""

    fact_id: str
    value: int
    source: str | None
    counted: bool = Field(description="False for a near-duplicate copy: counted once, under its original.")
    excluded: bool = Field(description="Kept out of the best estimate as implausible.")
    flags: list[str]


class PointLean(_Out):
    """A point as /api/matrix lists it; its explanation is in its series (/api/matrix/series)."""

    point_id: str
    kind: Literal["stock", "cumulative", "flow"]
    date: str
    start: str | None
    value: int | None
    low: int | None
    high: int | None
    qualifier: str
    source: str | None
    sources: int = Field(description="Independent reports behind the point (copies counted once).")
    facts: list[FactRefLean]
    flags: list[str]
    decided_by: str | None
    status: str


class _SeriesFields(_Out):
    """A series' place, measure and support: the same in the lean and the full matrix."""

    key: str = Field(description="country|name|area|measure: /api/matrix/series?place= takes it.")
    place_name: str | None
    area: str | None
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    level: str = Field(description="area, city, admin1, country or unknown.")
    parent_key: str | None
    measure: Measure
    population: int | None = Field(
        None, description="GeoNames population the place's figures are checked against."
    )
    support: dict[str, int] = Field(
        default_factory=dict,
        description="sources, points, confirmed facts and reports behind the series: the dashboard ranks by it.",
    )
    flagged: bool = Field(False, description="A point holds a figure kept out as implausible.")
    label: str = Field(description="The place as shown: name (area), country.")


class SeriesOut(_SeriesFields):
    """One place x measure series; each point names the facts behind it and why it has its value."""

    points: list[SeriesPoint]


class SeriesLean(_SeriesFields):
    """One series as /api/matrix lists it by default."""

    points: list[PointLean]


class MatrixOut(_Out):
    """/api/matrix (lean, the default): `?detail=full` gives every series as `SeriesOut`."""

    series: list[SeriesLean]


class MatrixFullOut(_Out):
    """/api/matrix?detail=full."""

    series: list[SeriesOut]


class Health(_Out):
    status: Literal["ok"]
    documents: int | None = None  # None: anonymous without public reads
    facts: int | None = None


class EventSummary(_Out):
    """Reports linked as one event (`uprooted link`)."""

    event_id: str
    title: str | None = Field(description="The first report's title.")
    documents: int
    languages: list[str]
    outlets: list[str]
    first_published: date | None
    last_published: date | None
    places: list[str] = Field(description="Labels of the series the event's figures feed.")
    facts: int
    points: int = Field(description="Matrix points fed by the event's figures.")


class EventList(_Out):
    items: list[EventSummary]
    total: int
    limit: int
    offset: int


class EventFigure(_Out):
    """A figure a report gave, and the matrix points it feeds."""

    fact_id: str
    status: Status
    measure: Measure
    value: int
    low: int | None
    high: int | None
    qualifier: Qualifier
    reported_value: int
    unit: Unit
    start: str | None
    end: str | None
    place: str
    source: str | None
    flags: list[str]
    evidence: str | None
    point_ids: list[str]


class EventReport(DocumentSummary):
    figures: list[EventFigure]


class EventPoint(_Out):
    point_id: str
    series_key: str
    label: str
    place_name: str | None
    measure: Measure
    kind: Literal["stock", "cumulative", "flow"]
    start: str | None
    date: str
    value: int | None
    low: int | None
    high: int | None
    flags: list[str]
    decided_by: str | None
    fact_ids: list[str] = Field(description="The event's facts behind this point.")


class EventOut(EventSummary):
    """One event: its reports and what each said, and the matrix points they feed."""

    reports: list[EventReport]
    matrix_points: list[EventPoint]
