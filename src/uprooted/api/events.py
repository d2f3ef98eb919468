"""Events: the reports linked as one happening, what each said, and the matrix points they feed.

An event is what `uprooted link` stored (`Store.links()`: doc_id -> event_id). For each event the
API and the event page show its reports (language, outlet, date), the figures each report gave
(the facts, corrections applied, rejected ones left out) and the matrix points those facts feed.
Built once per store data version, like the matrix.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import Response

from uprooted.api import serialize
from uprooted.api.cache import MatrixCache, encode
from uprooted.api.responses import EventList, EventOut


def _place_label(place: Any) -> str:
    if place is None:
        return ""
    name = place.name or place.admin1 or place.country or ""
    if place.area:
        name = f"{name} ({place.area})"
    if place.country and name != place.country:
        name = f"{name}, {place.country}"
    return name


def build_events(store: Any, matrix: Any) -> dict[str, dict[str, Any]]:
    """event_id -> the event's full record (its summary fields, reports, figures and points)."""
    links = store.links()
    if not links:
        return {}
    members: dict[str, list[str]] = defaultdict(list)
    for doc_id, event_id in links.items():
        members[event_id].append(doc_id)
    docs = store.documents_by_ids(set(links))
    facts_by_doc: dict[str, list[Any]] = defaultdict(list)
    for stored in store.facts():
        if stored.fact.doc_id in links:
            facts_by_doc[stored.fact.doc_id].append(stored)

    points_by_fact: dict[str, list[str]] = defaultdict(list)
    points_by_event: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for series, point in matrix.points():
        for ref in point.facts:
            event_id = links.get(ref.doc_id)
            if event_id is None:
                continue
            points_by_fact[ref.fact_id].append(point.point_id)
            entry = points_by_event[event_id].setdefault(
                point.point_id,
                {
                    "point_id": point.point_id,
                    "series_key": series.key,
                    "label": series.label,
                    "place_name": series.place_name,
                    "measure": series.measure,
                    "kind": point.kind,
                    "start": point.start,
                    "date": point.date,
                    "value": point.value,
                    "low": point.low,
                    "high": point.high,
                    "flags": list(point.flags),
                    "decided_by": point.decided_by,
                    "fact_ids": [],
                },
            )
            entry["fact_ids"].append(ref.fact_id)

    events: dict[str, dict[str, Any]] = {}
    for event_id, doc_ids in members.items():
        reports = []
        for doc_id in sorted(doc_ids, key=lambda d: (str(docs[d].published or "") if d in docs else "", d)):
            doc = docs.get(doc_id)
            summary = serialize.document_summary(doc) if doc else {"doc_id": doc_id}
            figures = []
            for stored in facts_by_doc.get(doc_id, []):
                fact = stored.fact
                figures.append(
                    {
                        "fact_id": stored.fact_id,
                        "status": stored.status,
                        "measure": fact.measure,
                        "value": fact.value,
                        "low": fact.low,
                        "high": fact.high,
                        "qualifier": fact.qualifier,
                        "reported_value": fact.reported_value,
                        "unit": fact.unit,
                        "start": fact.start,
                        "end": fact.end,
                        "place": _place_label(fact.place),
                        "source": fact.source,
                        "flags": list(fact.flags),
                        "evidence": fact.evidence[0].text if fact.evidence else None,
                        "point_ids": points_by_fact.get(stored.fact_id, []),
                    }
                )
            reports.append({**summary, "figures": figures})
        published = [r["published"] for r in reports if r.get("published")]
        points = sorted(
            points_by_event.get(event_id, {}).values(), key=lambda p: (p["label"], p["measure"], p["date"])
        )
        title = next((r.get("title") for r in reports if r.get("title")), None)
        events[event_id] = {
            "event_id": event_id,
            "title": title,
            "documents": len(reports),
            "languages": sorted({r["lang"] for r in reports if r.get("lang")}),
            "outlets": sorted({r["outlet"] for r in reports if r.get("outlet")}),
            "first_published": min(published) if published else None,
            "last_published": max(published) if published else None,
            "places": sorted({p["label"] for p in points}),
            "facts": sum(len(r["figures"]) for r in reports),
            "points": len(points),
            "reports": reports,
            "matrix_points": points,
        }
    return events


SUMMARY_FIELDS = (
    "event_id",
    "title",
    "documents",
    "languages",
    "outlets",
    "first_published",
    "last_published",
    "places",
    "facts",
    "points",
)


def events_router(store: Any, cache: MatrixCache) -> APIRouter:
    router = APIRouter()

    def all_events() -> dict[str, dict[str, Any]]:
        version = cache.version()
        return cache.get("events", lambda: build_events(store, cache.matrix(version)), version)

    @router.get("/events", tags=["events"], response_model=EventList)
    def list_events(
        lang: str | None = Query(None, description="Only events with a report in this language."),
        place: str | None = Query(None, description="Only events feeding a series of this place name."),
        limit: int = Query(100, ge=1, le=1000),
        offset: int = Query(0, ge=0),
    ) -> Response:
        """Events (reports linked as one happening), most reported first: languages, outlets, dates,
        places and how many figures and matrix points they give."""
        items = list(all_events().values())
        if lang:
            items = [e for e in items if lang in e["languages"]]
        if place:
            wanted = place.casefold()
            items = [
                e
                for e in items
                if any((p["place_name"] or "").casefold() == wanted for p in e["matrix_points"])
            ]
        items.sort(key=lambda e: (-e["documents"], -e["facts"], e["event_id"]))
        page = [{k: e[k] for k in SUMMARY_FIELDS} for e in items[offset : offset + limit]]
        body = {"items": page, "total": len(items), "limit": limit, "offset": offset}
        return Response(content=encode(body), media_type="application/json")

    @router.get("/events/{event_id}", tags=["events"], response_model=EventOut)
    def get_event(event_id: str) -> Response:
        """One event: its reports (language, outlet, date), the figures each gave with their
        evidence, and the matrix points those figures feed."""
        event = all_events().get(event_id)
        if event is None:
            raise HTTPException(status_code=404, detail=f"no event with id {event_id!r}")
        return Response(content=encode(event), media_type="application/json")

    return router
