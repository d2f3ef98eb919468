"""The typed contract shared by every layer: Document, Fact, Place, Source, Evidence.

Field names and values of `Fact` follow `shared/spec/facts.md` exactly; extra fields are
allowed (the spec says "add fields freely, never rename these") but `Fact.to_spec()` emits
only the contract's fields, in the contract's order, so JSONL output can be scored as is.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Measure = Literal[
    "displaced", "returned", "remaining", "at_risk", "sheltered", "homes_destroyed", "homes_damaged"
]
MEASURES: tuple[str, ...] = Measure.__args__  # type: ignore[attr-defined]
HOME_MEASURES = frozenset({"homes_destroyed", "homes_damaged"})

Term = Literal[
    "displaced",
    "fled",
    "evacuated",
    "homeless",
    "relocated",
    "evicted",
    "refugees",
    "asylum_seekers",
    "returned",
    "remaining",
    "trapped",
    "at_risk",
    "in_relief_camp",
    "sheltered",
    "destroyed_housing",
    "partially_destroyed_housing",
    "uninhabitable_housing",
]
TERMS: tuple[str, ...] = Term.__args__  # type: ignore[attr-defined]

# The term a figure gets when only its measure is known (field counts, exports re-imported).
DEFAULT_TERM: dict[str, str] = {
    "displaced": "displaced",
    "returned": "returned",
    "remaining": "remaining",
    "at_risk": "at_risk",
    "sheltered": "sheltered",
    "homes_destroyed": "destroyed_housing",
    "homes_damaged": "partially_destroyed_housing",
}

Qualifier = Literal["exact", "more_than", "at_least", "less_than", "at_most", "approx", "range", "vague"]
QUALIFIERS: tuple[str, ...] = Qualifier.__args__  # type: ignore[attr-defined]

Unit = Literal["people", "households", "families", "homes"]
UNITS: tuple[str, ...] = Unit.__args__  # type: ignore[attr-defined]

# Flags a reviewer must see. Free strings are allowed; these are the ones the code emits.
KNOWN_FLAGS = (
    "number_typo",
    "projection",
    "vague",
    "conflict",
    "converted_unit",
    "place_unresolved",
    "date_unresolved",
    "negated",
    "hypothetical",
    "corrected",
    "inconsistent",
)

SPEC_FIELDS: tuple[str, ...] = (
    "doc_id",
    "lang",
    "measure",
    "term",
    "value",
    "low",
    "high",
    "qualifier",
    "unit",
    "reported_value",
    "start",
    "end",
    "place",
    "source",
    "evidence",
    "confidence",
    "flags",
)


class Evidence(BaseModel):
    """A sentence that states the fact, with character offsets into the document text."""

    model_config = ConfigDict(frozen=True)

    text: str
    start: int
    end: int


class Place(BaseModel):
    """A place as written (`text`) and as resolved against the offline gazetteer."""

    text: str | None = None
    name: str | None = None
    area: str | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    # For a flow, the other side (where people went); for a stock, where they came from.
    other: Place | None = None

    def key(self) -> tuple[str | None, str | None, str | None]:
        return (self.country, self.name, self.area)

    def to_spec(self) -> dict[str, Any]:
        out = self.model_dump(exclude_none=True)
        return out


class Source(BaseModel):
    """Who a figure is attributed to, and what kind of authority that is.

    `kind` ranks sources in reconciliation: a primary figure (IOM/DTM, UN agency, government,
    Red Cross/Crescent) outranks a media paraphrase.
    """

    name: str
    kind: Literal["iom", "un", "government", "red_cross", "ngo", "media", "other"] = "other"

    @property
    def is_primary(self) -> bool:
        return self.kind in {"iom", "un", "government", "red_cross"}


class Document(BaseModel):
    """One report as ingested: its text and what we know about where it came from."""

    doc_id: str
    text: str
    lang: str | None = None
    published: date | None = None
    url: str | None = None
    title: str | None = None
    source_path: str | None = None
    kind: str = "text"  # text | html | feed | warc | jsonl | counts
    content_hash: str = ""
    outlet: str | None = None  # the publisher (host or feed title), for near-duplicate logic
    near_duplicate_of: str | None = None
    meta: dict[str, Any] = Field(default_factory=dict)

    def model_post_init(self, __context: Any) -> None:
        if not self.content_hash:
            self.content_hash = content_hash(self.text)


def content_hash(text: str) -> str:
    """Key documents by what they say, so ingesting the same text twice changes nothing."""
    normalised = " ".join(text.split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


class Fact(BaseModel):
    """One displacement figure tied to a place, a time and the words that state it."""

    doc_id: str
    lang: str | None = None
    measure: Measure
    term: Term
    value: int
    low: int | None = None
    high: int | None = None
    qualifier: Qualifier = "exact"
    unit: Unit = "people"
    reported_value: int
    start: str | None = None
    end: str | None = None
    place: Place | None = None
    source: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)
    confidence: float = 0.5
    flags: list[str] = Field(default_factory=list)

    # Extras (not in the spec's output): the kind of source, for reconciliation, and the id a
    # store gave the fact (a correction changes the computed id; the store's id does not change).
    source_kind: str | None = None
    stored_id: str | None = None

    def to_spec(self) -> dict[str, Any]:
        """Exactly the contract's fields, in the contract's order."""
        data = self.model_dump()
        out = {k: data[k] for k in SPEC_FIELDS}
        out["place"] = self.place.to_spec() if self.place else None
        out["evidence"] = [e.model_dump() for e in self.evidence]
        return out

    def __eq__(self, other: object) -> bool:
        """Two facts are equal when they say the same; which store holds them does not matter."""
        if not isinstance(other, Fact):
            return NotImplemented
        return self.model_dump(exclude={"stored_id"}) == other.model_dump(exclude={"stored_id"})

    __hash__ = None  # mutable model: not hashable, as pydantic's default

    def merge_key(self) -> tuple[Any, ...]:
        """Mentions with the same key, within one document, are one fact."""
        place = self.place.key() if self.place else None
        return (self.measure, self.value, place, self.start, self.end)

    def fact_id(self) -> str:
        """A stable id: the same fact from the same document always gets the same id.

        A fact read back from a store keeps the store's id, so matrix points and exports of
        corrected or manual facts link to the fact an analyst reviews.
        """
        if self.stored_id:
            return self.stored_id
        key = json.dumps([self.doc_id, *map(str, self.merge_key())], ensure_ascii=False)
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
