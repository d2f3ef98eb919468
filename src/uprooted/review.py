"""Analyst review, one code path for the CLI and the API: validate, look the place up, store.

The API's request models check the shape of a request; everything about what a correction may
do to a fact (bounds, dates, places, a known country) is checked here, so `uprooted review` can
never store what `PATCH /api/facts/{id}` would refuse.
"""

from __future__ import annotations

from typing import Any

from uprooted.api.schemas import ReviewError, check_changes, resolve_place_changes
from uprooted.store import FactNotFound


def correct(store: Any, fact_id: str, changes: dict[str, Any], *, analyst: str, note: str | None = None):
    """Apply a correction; returns (stored fact, place resolution or None).

    Raises FactNotFound for an unknown id and ReviewError with a message for the analyst.
    """
    stored = store.get_fact(fact_id)
    if stored is None:
        raise FactNotFound(f"no fact with id {fact_id!r}")
    cleaned, resolution = prepare_correction(stored, changes)
    try:
        result = store.correct_fact(fact_id, cleaned, analyst=analyst, note=note)
    except ValueError as exc:
        raise ReviewError(str(exc)) from exc
    return result, resolution


def prepare_correction(stored: Any, changes: dict[str, Any]) -> tuple[dict[str, Any], Any]:
    """The changes as the store takes them (place looked up, values checked against the fact
    `stored`) and the place resolution; raises ReviewError with a message for the analyst."""
    if not changes:
        raise ReviewError("nothing to change")
    resolved_changes, resolution = resolve_place_changes(stored.fact, dict(changes))
    cleaned, _ = check_changes(stored.fact, resolved_changes)
    return cleaned, resolution


def reject(store: Any, fact_id: str, *, analyst: str, note: str | None = None):
    return _action(store.reject_fact, store, fact_id, analyst=analyst, note=note)


def confirm(store: Any, fact_id: str, *, analyst: str, note: str | None = None):
    return _action(store.confirm_fact, store, fact_id, analyst=analyst, note=note)


def _action(action, store: Any, fact_id: str, *, analyst: str, note: str | None):
    if store.get_fact(fact_id) is None:
        raise FactNotFound(f"no fact with id {fact_id!r}")
    if not analyst or not analyst.strip():
        raise ReviewError("analyst must name who reviews the fact")
    try:
        return action(fact_id, analyst=analyst.strip(), note=note)
    except ValueError as exc:
        raise ReviewError(str(exc)) from exc
