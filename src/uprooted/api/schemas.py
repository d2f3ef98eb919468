"""Request bodies of the review API, and the checks that turn bad input into a clear 422."""

from __future__ import annotations

import logging
import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from uprooted.models import Fact

log = logging.getLogger(__name__)
_ISO_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


class ReviewError(ValueError):
    """A correction that would leave the fact invalid; the message is shown to the analyst."""


class _Analyst(BaseModel):
    model_config = ConfigDict(extra="forbid")

    analyst: str = Field(min_length=1, max_length=200, description="Who made this review action.")
    note: str | None = Field(default=None, max_length=5000)

    @field_validator("analyst")
    @classmethod
    def _analyst_not_blank(cls, value: str) -> str:
        value = value.strip()
        if not value:
            raise ValueError("analyst must name who reviews the fact")
        return value


class CorrectionRequest(_Analyst):
    """Fields to change on one fact; a key with a null value clears that field."""

    changes: dict[str, Any] = Field(
        min_length=1,
        description="Any of: value, low, high, qualifier, unit, reported_value, measure, term, start, end, "
        "place (merged over the extracted place), source, flags.",
        examples=[{"value": 46000, "low": 46000, "high": 46000}],
    )


class ReviewAction(_Analyst):
    """Reject or confirm: only who and why."""


class ManualFactRequest(_Analyst):
    """A fact an analyst adds by hand (a figure the extractor missed)."""

    fact: Fact


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
    """Checks pydantic cannot express: figures that contradict their own bounds or dates."""
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
