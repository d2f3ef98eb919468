"""Request bodies of the review API, and the checks that turn bad input into a clear 422."""

from __future__ import annotations

import logging
import re
from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from uprooted.models import Fact

log = logging.getLogger(__name__)
_ISO_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


class ReviewError(ValueError):
    """A correction that would leave the fact invalid; the message is shown to the analyst."""


# Limits on everything a client can write (issue 11): a review is a few fields, not a payload.
MAX_FIGURE = 10_000_000_000  # more people than live on Earth is not a displacement figure
# a fact id as Fact.fact_id makes it (a SHA-1 prefix) or a store keeps it; a path id outside it is
# 422 before any query (a NUL byte is an error in PostgreSQL, a megabyte id a wasted lookup)
FACT_ID_PATTERN = r"^[0-9A-Za-z_.:-]{1,64}$"
FACT_ID_RE = re.compile(FACT_ID_PATTERN)
FACT_PAGE_DEFAULT = 100  # /api/facts' limit when none is given
FACT_PAGE_MAX = 5000  # and the largest it takes
MAX_OFFSET = 1_000_000_000  # evidence offsets: far above any document the ingest accepts
MAX_TEXT = 300  # a place name, a source, a country, an area
MAX_EVIDENCE_TEXT = 5_000
MAX_EVIDENCE = 20
MAX_FLAGS = 20
MAX_FLAG = 40
MAX_NOTE = 2_000
PLACE_KEYS = frozenset({"text", "name", "area", "country", "admin1", "lat", "lon", "geonames_id", "other"})


class _Analyst(BaseModel):
    model_config = ConfigDict(extra="forbid")

    analyst: str | None = Field(
        default=None,
        max_length=200,
        description="Ignored: a review is signed with the name of the token that makes it.",
    )
    note: str | None = Field(default=None, max_length=MAX_NOTE)


class DocumentRequest(BaseModel):
    """A report to ingest through the API: stored, extracted, its facts stored with it."""

    model_config = ConfigDict(extra="forbid")

    id: str | None = Field(default=None, min_length=1, max_length=200, pattern=r"^[\w.:~@/-]+$")
    text: str = Field(min_length=1, max_length=900_000)
    lang: str | None = Field(default=None, min_length=2, max_length=10, pattern=r"^[a-z]{2,3}(-[A-Za-z]+)?$")
    published: date | None = None
    url: str | None = Field(default=None, max_length=2000)
    title: str | None = Field(default=None, max_length=500)


class TokenRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=100, pattern=r"^[\w.@-]+$")
    role: str = Field(pattern=r"^(viewer|analyst|admin)$")


class CorrectionRequest(_Analyst):
    """Fields to change on one fact; a key with a null value clears that field."""

    changes: dict[str, Any] = Field(
        min_length=1,
        max_length=13,
        description="Any of: value, low, high, qualifier, unit, reported_value, measure, term, start, end, "
        "place (merged over the extracted place), source, flags.",
        examples=[{"value": 46000, "low": 46000, "high": 46000}],
    )


class ReviewAction(_Analyst):
    """Reject or confirm: only who and why."""


class ManualFactRequest(_Analyst):
    """A fact an analyst adds by hand (a figure the extractor missed)."""

    fact: Fact


def _check_text(value: Any, where: str, limit: int = MAX_TEXT) -> None:
    if value is not None and (not isinstance(value, str) or len(value) > limit):
        raise ReviewError(f"{where} must be text of at most {limit} characters")


def _check_figure(value: Any, where: str) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise ReviewError(f"{where} must be a whole number")
    if value < 0:
        raise ReviewError(f"{where} must not be negative")
    if value > MAX_FIGURE:
        raise ReviewError(f"{where} must be at most {MAX_FIGURE:,}")


def _check_place(place: Any, where: str = "place", depth: int = 0) -> None:
    if place is None:
        return
    if not isinstance(place, dict):
        raise ReviewError(f"{where} must be an object (name, country, area, lat, lon ...) or null")
    unknown = set(place) - PLACE_KEYS
    if unknown:
        raise ReviewError(f"{where}: unknown fields; allowed: {', '.join(sorted(PLACE_KEYS))}")
    for key in ("text", "name", "area", "country", "admin1"):
        _check_text(place.get(key), f"{where}.{key}")
    for key, bound in (("lat", 90), ("lon", 180)):
        value = place.get(key)
        if value is not None and (
            isinstance(value, bool) or not isinstance(value, int | float) or not -bound <= value <= bound
        ):
            raise ReviewError(f"{where}.{key} must be a number from -{bound} to {bound}")
    gid = place.get("geonames_id")
    if gid is not None and (isinstance(gid, bool) or not isinstance(gid, int) or not 0 <= gid < 2**31):
        raise ReviewError(f"{where}.geonames_id must be a GeoNames id")
    if place.get("other") is not None:
        if depth >= 1:
            raise ReviewError(f"{where}.other must not nest another place")
        _check_place(place["other"], f"{where}.other", depth + 1)


def _check_flags(flags: Any) -> None:
    if flags is None:
        return
    if not isinstance(flags, list) or len(flags) > MAX_FLAGS:
        raise ReviewError(f"flags must be a list of at most {MAX_FLAGS} flags")
    for flag in flags:
        if not isinstance(flag, str) or not 0 < len(flag) <= MAX_FLAG:
            raise ReviewError(f"each flag must be text of 1 to {MAX_FLAG} characters")


def check_change_limits(changes: dict[str, Any]) -> None:
    """Sizes and ranges of a correction, checked before anything else looks at it."""
    if any(not isinstance(k, str) or len(k) > 40 for k in changes):
        raise ReviewError("unknown field in changes")
    for key in ("value", "low", "high", "reported_value"):
        if key in changes:
            _check_figure(changes[key], key)
    for key in ("qualifier", "unit", "measure", "term", "start", "end"):
        _check_text(changes.get(key), key, 40)
    _check_text(changes.get("source"), "source")
    if "place" in changes:
        _check_place(changes["place"])
    if "flags" in changes:
        _check_flags(changes["flags"])


def check_fact_limits(fact: Fact) -> None:
    """Sizes and ranges of a fact a client sends (a manual fact)."""
    for key in ("value", "low", "high", "reported_value"):
        _check_figure(getattr(fact, key), key)
    _check_text(fact.doc_id, "doc_id")
    _check_text(fact.source, "source")
    _check_text(fact.lang, "lang", 20)
    _check_text(fact.source_kind, "source_kind", 40)
    if fact.place is not None:
        _check_place(fact.place.model_dump(exclude_none=True))
    _check_flags(fact.flags)
    if len(fact.evidence) > MAX_EVIDENCE:
        raise ReviewError(f"at most {MAX_EVIDENCE} evidence sentences")
    for ev in fact.evidence:
        _check_text(ev.text, "evidence.text", MAX_EVIDENCE_TEXT)
        if not (0 <= ev.start <= ev.end <= MAX_OFFSET):
            raise ReviewError(f"evidence offsets must satisfy 0 <= start <= end <= {MAX_OFFSET:,}")
    if not 0 <= fact.confidence <= 1:
        raise ReviewError("confidence must be from 0 to 1")


def check_changes(current: Fact, changes: dict[str, Any]) -> tuple[dict[str, Any], Fact]:
    """Validate `changes` against the fact they apply to; return them cleaned and the result.

    Applies them the way the store will (`apply_changes`), so the bounds checks see what the
    matrix will see. Raises ReviewError with a message naming the field, for the form to show.
    """
    from uprooted.store import CORRECTABLE, apply_changes

    unknown = sorted(set(changes) - set(CORRECTABLE))
    if unknown:
        raise ReviewError(
            f"cannot correct {', '.join(unknown)}; correctable fields are {', '.join(sorted(CORRECTABLE))}"
        )
    check_change_limits(changes)
    cleaned = dict(changes)
    for key in ("start", "end", "source"):
        if cleaned.get(key) == "":
            cleaned[key] = None
    for key in ("start", "end"):
        value = cleaned.get(key)
        if value is not None and (not isinstance(value, str) or not _ISO_DATE.match(value)):
            raise ReviewError(f"{key} must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got {value!r}")
    if "place" in cleaned and cleaned["place"] is not None and not isinstance(cleaned["place"], dict):
        raise ReviewError("place must be an object (name, country, area, lat, lon ...) or null")
    if isinstance(cleaned.get("place"), dict) and cleaned["place"].get("country") is not None:
        cleaned["place"] = {**cleaned["place"], "country": check_country(cleaned["place"]["country"])}
    try:
        candidate = apply_changes(current, cleaned)
    except ValidationError as exc:
        raise ReviewError(_describe(exc)) from exc
    check_fact(candidate)
    return cleaned, candidate


def check_country(code: Any) -> str:
    """An ISO 3166-1 alpha-3 code pycountry knows (upper-cased), or a ReviewError."""
    import pycountry

    if not isinstance(code, str) or not re.fullmatch(r"[A-Za-z]{3}", code.strip()):
        raise ReviewError(f"country must be an ISO 3166-1 alpha-3 code such as IRQ, got {code!r}"[:200])
    code = code.strip().upper()
    if pycountry.countries.get(alpha_3=code) is None and code not in _EXTRA_COUNTRY_CODES:
        raise ReviewError(f"country {code!r} is not an ISO 3166-1 alpha-3 code")
    return code


# Codes in common humanitarian use that ISO 3166-1 does not assign (Kosovo, as UN agencies write it).
_EXTRA_COUNTRY_CODES = frozenset({"XKX"})


def check_fact(fact: Fact) -> None:
    """Checks pydantic cannot express: limits, figures that contradict their own bounds or dates."""
    check_fact_limits(fact)
    if fact.value < 0:
        raise ReviewError("value must not be negative")
    if fact.low is not None and fact.high is not None and fact.low > fact.high:
        raise ReviewError(f"low ({fact.low}) is above high ({fact.high})")
    if fact.low is not None and fact.value < fact.low and fact.qualifier != "vague":
        raise ReviewError(f"value ({fact.value}) is below low ({fact.low})")
    if fact.high is not None and fact.value > fact.high and fact.qualifier != "vague":
        raise ReviewError(f"value ({fact.value}) is above high ({fact.high})")
    for key in ("start", "end"):
        value = getattr(fact, key)
        if value is not None and not _ISO_DATE.match(value):
            raise ReviewError(f"{key} must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got {value!r}")
    if fact.start and fact.end and fact.start[: len(fact.end)] > fact.end[: len(fact.start)]:
        raise ReviewError(f"start ({fact.start}) is after end ({fact.end})")


def _describe(exc: ValidationError) -> str:
    parts = []
    for error in exc.errors():
        where = ".".join(str(p) for p in error.get("loc", ())) or "fact"
        parts.append(f"{where}: {error.get('msg')}")
    return "; ".join(parts)


_RESOLVED = ("lat", "lon", "admin1", "geonames_id")


def resolve_place_changes(
    current: Fact, changes: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """When a correction renames the place (or moves it to another country), look the new name up
    in the gazetteer and fill what the analyst did not type: coordinates (as a pair), admin1 and
    the GeoNames id, and the country when left empty. Returns the changes and what was resolved
    (None when the place did not move).

    Fields the gazetteer does not know are set to null, so an earlier correction's coordinates
    never stay on a place they do not belong to.
    """
    new = changes.get("place")
    if not isinstance(new, dict):
        return changes, None
    old = current.place
    before = {"name": old.name if old else None, "country": old.country if old else None}
    moved = any(key in new and new[key] != before[key] for key in before)
    name = new.get("name", before["name"])
    country = new.get("country", before["country"])
    if not moved or not isinstance(name, str) or not name.strip():
        return changes, None
    found = place_lookup(name, country, current.lang)
    place = dict(new)
    filled: list[str] = []
    typed_point = place.get("lat") is not None or place.get("lon") is not None
    for key in _RESOLVED:
        if place.get(key) is not None or (key in ("lat", "lon") and typed_point):
            continue
        value = getattr(found, key, None) if found is not None else None
        place[key] = value
        if value is not None:
            filled.append(key)
    if not place.get("country") and found is not None and found.country:
        place["country"] = found.country
        filled.append("country")
    resolution = {
        "name": name,
        "country": country,
        "found": found is not None,
        "place": found.to_spec() if found is not None else None,
        "filled": filled,
    }
    return {**changes, "place": place}, resolution


def place_lookup(name: str, country: str | None, lang: str | None = None) -> Any:
    """The gazetteer's place for a name (None when unknown, or when the gazetteer is missing)."""
    from uprooted.places import resolve_place

    try:
        return resolve_place(name, country=country or None, lang=lang)
    except Exception:  # noqa: BLE001 - a lookup must never fail a correction
        log.exception("gazetteer lookup failed for %r (%r)", name, country)
        return None
