"""The REST API and the dashboard, served by one FastAPI app over one Store.

`uprooted serve` runs `create_app(db_url)` with uvicorn. Fact and document routes read the store
afresh; the matrix, its series and the exports are built once per store data version (see
`cache.py`), and any write (ingest, re-extraction, review, links) moves that version, so a
correction made through the review form shows in the matrix and the exports at once.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any, Literal

from fastapi import APIRouter, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi_offline import FastAPIOffline

from uprooted.api import serialize
from uprooted.api.cache import MatrixCache, encode
from uprooted.api.responses import (
    DocumentFull,
    DocumentList,
    FactList,
    FactWithLog,
    Health,
    MatrixOut,
    PlaceResolution,
    SeriesOut,
)
from uprooted.api.schemas import (
    CorrectionRequest,
    ManualFactRequest,
    ReviewAction,
    ReviewError,
    check_fact,
    place_lookup,
)
from uprooted.models import MEASURES, Measure

Status = Literal["machine", "corrected", "confirmed", "rejected", "manual"]
ExportFormat = Literal["csv", "hxl", "json", "geojson", "facts-csv", "facts-jsonl"]

# Content type and file name per export format.
EXPORTS: dict[str, tuple[str, str]] = {
    "csv": ("text/csv; charset=utf-8", "uprooted-matrix.csv"),
    "hxl": ("text/csv; charset=utf-8", "uprooted-matrix-hxl.csv"),
    "json": ("application/json", "uprooted-matrix.json"),
    "geojson": ("application/geo+json", "uprooted-matrix.geojson"),
    "facts-csv": ("text/csv; charset=utf-8", "uprooted-facts.csv"),
    "facts-jsonl": ("application/x-ndjson", "uprooted-facts.jsonl"),
}


def create_app(db_url: str | None = None, *, store: Any = None) -> FastAPI:
    """The app over the store at `db_url` (or an already open `store`, as tests pass)."""
    if store is None:
        from uprooted.store import Store

        store = Store(db_url)
    # fastapi-offline serves Swagger UI and ReDoc from assets inside the package: /docs and
    # /redoc work on a machine with no internet (FastAPI's defaults load them from a CDN).
    app = FastAPIOffline(
        title="uprooted",
        summary="Displacement tracking matrix: facts with their evidence, review, matrix and exports.",
        version="0.1.0",
    )
    app.state.store = store
    app.state.cache = cache = MatrixCache(store)
    app.include_router(_api_router(store, cache), prefix="/api")
    from uprooted.api.events import events_router

    app.include_router(events_router(store, cache), prefix="/api")

    from uprooted.web.pages import mount_web

    mount_web(app, store)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        """Keep FastAPI's error list, and add one sentence a person can read."""
        errors = exc.errors()
        message = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ()) if p != 'body') or 'request'}: {e.get('msg')}"
            for e in errors
        )
        return JSONResponse(status_code=422, content={"detail": _jsonable(errors), "message": message})

    return app


def _jsonable(errors: list[Any]) -> Any:
    from fastapi.encoders import jsonable_encoder

    return jsonable_encoder(errors, custom_encoder={Exception: str, ValueError: str})


def _json(content: Any, status_code: int = 200) -> Response:
    """A body built by `serialize` (or already encoded), returned as is: the route's response
    model documents it without validating it again."""
    body = content if isinstance(content, bytes) else encode(content)
    return Response(content=body, status_code=status_code, media_type="application/json")


def _api_router(store: Any, cache: MatrixCache) -> APIRouter:
    router = APIRouter()

    def get_stored(fact_id: str) -> Any:
        try:
            stored = store.get_fact(fact_id)
        except (KeyError, LookupError):
            stored = None
        if stored is None:
            raise HTTPException(status_code=404, detail=f"no fact with id {fact_id!r}")
        return stored

    def review(action: Any, fact_id: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """Run a store review action, mapping the store's errors to 404 and 422."""
        get_stored(fact_id)
        try:
            result = action(fact_id, *args, **kwargs)
        except (KeyError, LookupError) as exc:
            raise HTTPException(status_code=404, detail=f"no fact with id {fact_id!r}") from exc
        except ValueError as exc:
            raise HTTPException(status_code=422, detail=str(exc)) from exc
        stored = result if hasattr(result, "fact_id") else get_stored(fact_id)
        return fact_with_log(stored)

    def fact_with_log(stored: Any) -> dict[str, Any]:
        out = serialize.stored_fact(stored)
        out["review_log"] = serialize.log_entries(store.review_log(stored.fact_id))
        return out

    @router.get("/health", tags=["meta"], response_model=Health)
    def health() -> dict[str, Any]:
        """Whether the store answers, and how much it holds."""
        return {"status": "ok", "documents": store.count_documents(), "facts": store.count_facts()}

    @router.get("/documents", tags=["documents"], response_model=DocumentList)
    def list_documents(
        lang: str | None = None,
        limit: int = Query(50, ge=1, le=1000),
        offset: int = Query(0, ge=0),
    ) -> Response:
        """Documents, without their text."""
        docs = store.documents(lang=lang, limit=limit, offset=offset)
        items = [serialize.document_summary(d) for d in docs]
        total = store.count_documents(lang=lang)
        return _json({"items": items, "total": total, "limit": limit, "offset": offset})

    @router.get("/documents/{doc_id}", tags=["documents"], response_model=DocumentFull)
    def get_document(doc_id: str) -> Response:
        """One document's text and all its facts (rejected too), with evidence offsets."""
        doc = store.get_document(doc_id)
        if doc is None:
            raise HTTPException(status_code=404, detail=f"no document with id {doc_id!r}")
        return _json(serialize.document_full(doc, store.facts(doc_id=doc_id, include_rejected=True)))

    @router.get("/facts", tags=["facts"], response_model=FactList)
    def list_facts(
        measure: str | None = None,
        place: str | None = None,
        country: str | None = None,
        lang: str | None = None,
        status: Status | None = None,
        min_confidence: float | None = Query(None, ge=0, le=1),
        doc_id: str | None = None,
        include_rejected: bool = False,
        limit: int = Query(100, ge=1, le=5000),
        offset: int = Query(0, ge=0),
    ) -> Response:
        """Facts with corrections applied; rejected ones only when asked (or status=rejected)."""
        if measure is not None and measure not in MEASURES:
            raise HTTPException(422, detail=f"unknown measure {measure!r}; one of {', '.join(MEASURES)}")
        filters = dict(
            doc_id=doc_id,
            measure=measure,
            place=place,
            country=country,
            lang=lang,
            min_confidence=min_confidence,
            status=status,
            include_rejected=include_rejected or status == "rejected",
        )
        items = store.facts(**filters, limit=limit, offset=offset)
        return _json(
            {
                "items": [serialize.stored_fact(s) for s in items],
                "total": store.count_facts(**filters),
                "limit": limit,
                "offset": offset,
            }
        )

    @router.get("/facts/{fact_id}", tags=["facts"], response_model=FactWithLog)
    def get_fact(fact_id: str) -> Response:
        """One fact, its machine reading when corrected, and its review log."""
        return _json(fact_with_log(get_stored(fact_id)))

    @router.patch("/facts/{fact_id}", tags=["review"], response_model=FactWithLog)
    def correct_fact(fact_id: str, body: CorrectionRequest) -> Response:
        """Correct fields of a fact: value, low, high, qualifier, unit, reported_value, measure, term,
        start, end, place, source, flags.

        A new place name (or country) is looked up in the gazetteer: the coordinates (unless both
        or either are given), admin1 and GeoNames id it has fill the fields the correction leaves
        out, and `place_resolution` in the answer says what it found."""
        from uprooted import review as reviewing

        get_stored(fact_id)
        try:
            stored, resolution = reviewing.correct(
                store, fact_id, dict(body.changes), analyst=body.analyst, note=body.note
            )
        except (KeyError, LookupError) as exc:
            raise HTTPException(status_code=404, detail=f"no fact with id {fact_id!r}") from exc
        except ReviewError as exc:
            raise HTTPException(status_code=422, detail=str(exc)) from exc
        return _json(fact_with_log(stored) | {"place_resolution": resolution})

    @router.post("/facts/{fact_id}/reject", tags=["review"], response_model=FactWithLog)
    def reject_fact(fact_id: str, body: ReviewAction) -> Response:
        """Mark a fact wrong: it leaves the matrix and the exports, but stays in the log."""
        return _json(review(store.reject_fact, fact_id, analyst=body.analyst, note=body.note))

    @router.post("/facts/{fact_id}/confirm", tags=["review"], response_model=FactWithLog)
    def confirm_fact(fact_id: str, body: ReviewAction) -> Response:
        """Mark a fact checked against its evidence."""
        return _json(review(store.confirm_fact, fact_id, analyst=body.analyst, note=body.note))

    @router.get("/places/resolve", tags=["review"], response_model=PlaceResolution)
    def resolve(
        name: str = Query(..., min_length=1, description="A place name as an analyst would type it."),
        country: str | None = Query(None, description="ISO3, ISO2 or a country name, to narrow it."),
        lang: str | None = None,
    ) -> dict[str, Any]:
        """What the gazetteer makes of a place name: the review form shows it before saving."""
        found = place_lookup(name, country, lang)
        return {
            "name": name,
            "country": country,
            "found": found is not None,
            "place": found.to_spec() if found is not None else None,
            "filled": [],
        }

    @router.post("/facts", status_code=201, tags=["review"], response_model=FactWithLog)
    def add_manual_fact(body: ManualFactRequest) -> Response:
        """Add a fact by hand; its document must exist so the figure stays traceable."""
        try:
            check_fact(body.fact)
        except ReviewError as exc:
            raise HTTPException(status_code=422, detail=str(exc)) from exc
        if store.get_document(body.fact.doc_id) is None:
            raise HTTPException(status_code=422, detail=f"no document with id {body.fact.doc_id!r}")
        try:
            result = store.add_manual_fact(body.fact, analyst=body.analyst)
        except ValueError as exc:
            raise HTTPException(status_code=422, detail=str(exc)) from exc
        fact_id = result if isinstance(result, str) else getattr(result, "fact_id", body.fact.fact_id())
        return _json(fact_with_log(get_stored(fact_id)), status_code=201)

    @router.get("/matrix", tags=["matrix"], response_model=MatrixOut)
    def matrix(
        measure: Measure | None = None,
        country: str | None = None,
        place: str | None = None,
        level: str | None = None,
    ) -> Response:
        """The reconciled matrix from non-rejected, corrected facts; filters pick series."""
        pairs, whole = cache.series_json()
        if measure is None and country is None and place is None and level is None:
            return _json(whole)
        series = [
            data
            for s, data in pairs
            if (measure is None or s.measure == measure)
            and (country is None or s.country == country)
            and (place is None or (s.place_name or "").casefold() == place.casefold() or s.key == place)
            and (level is None or s.level == level)
        ]
        return _json({"series": series})

    @router.get("/matrix/series", tags=["matrix"], response_model=SeriesOut)
    def one_series(
        place: str = Query(..., description="Place name (case-insensitive), country code, or series key."),
        measure: Measure = Query(...),
        country: str | None = None,
        area: str | None = None,
    ) -> Response:
        """One place x measure series, with every point's facts and explanation."""
        version = cache.version()
        built = cache.matrix(version)
        found = next((s for s in built.series if s.key == place and s.measure == measure), None)
        found = found or built.find(place, measure, area=area, country=country)
        if found is None:
            raise HTTPException(status_code=404, detail=f"no {measure} series for place {place!r}")
        pairs, _ = cache.series_json(version)
        data = next((d for s, d in pairs if s is found), None)
        return _json(data if data is not None else found.model_dump(mode="json") | {"label": found.label})

    @router.get("/export", tags=["export"])
    def export(format: ExportFormat = Query("csv")) -> Response:  # noqa: A002 - the public parameter name
        """The matrix (csv, hxl, json, geojson) or the non-rejected, corrected facts (facts: CSV,
        facts-jsonl) as a download."""
        from uprooted.export import write_export

        media_type, filename = EXPORTS[format]

        def make() -> str:
            buffer = io.StringIO()
            if format.startswith("facts"):
                stored = store.facts()
                write_export([s.fact for s in stored], format, buffer)
                return _with_review_status(buffer.getvalue(), format, stored)
            write_export(cache.matrix(version), format, buffer)
            return buffer.getvalue()

        version = cache.version()
        body = cache.get(f"export:{format}", make, version)
        return Response(
            content=body,
            media_type=media_type,
            headers={"Content-Disposition": f'attachment; filename="{filename}"'},
        )

    return router


def _with_review_status(text: str, fmt: str, stored: list[Any]) -> str:
    """Facts exports add each fact's review status and reviewer to the exporter's rows.

    The exporter writes one row per fact, in the order given; facts read from the store already
    carry the store's id (`Fact.stored_id`), so `fact_id` is the review pages' id.
    """
    if fmt == "facts-jsonl":
        rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    else:
        rows = list(csv.DictReader(io.StringIO(text)))
    if len(rows) != len(stored):
        return text
    for row, item in zip(rows, stored, strict=True):
        row["status"] = item.status
        row["reviewed_by"] = item.reviewed_by or ""
    out = io.StringIO()
    if fmt == "facts-jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif rows:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    else:
        return text
    return out.getvalue()
