"""The REST API and the dashboard, served by one FastAPI app over one Store.

`uprooted serve` runs `create_app(db_url)` with uvicorn. Every write (ingest, re-extraction,
review, links) moves the store's version in its own transaction; the matrix is updated to it cell
by cell on the next read, and its series, the exports and each fact's JSON are cached per version
(see `cache.py`), so a correction made through the review form shows at once, in every worker.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi_offline import FastAPIOffline
from starlette.middleware.trustedhost import TrustedHostMiddleware

from uprooted.api import serialize
from uprooted.api.cache import FactCache, MatrixCache, accepts_gzip, encode
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
    FACT_ID_PATTERN,
    FACT_ID_RE,
    FACT_PAGE_DEFAULT,
    FACT_PAGE_MAX,
    MAX_OFFSET,
    CorrectionRequest,
    DocumentRequest,
    ManualFactRequest,
    ReviewAction,
    ReviewError,
    TokenRequest,
    check_change_limits,
    check_fact,
    place_lookup,
)
from uprooted.api.security import (
    AccessSettings,
    BodyLimit,
    SecurityHeaders,
    TokenCache,
    can,
    need,
    store_versions,
    who_json,
)
from uprooted.api.versions import VersionReader
from uprooted.models import MEASURES, Measure
from uprooted.store.access import ROLES

Status = Literal["machine", "corrected", "confirmed", "rejected", "manual"]
MAX_IDS = 500  # fact ids per /api/facts?ids= request

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


def create_app(
    db_url: str | None = None, *, store: Any = None, access: AccessSettings | None = None
) -> FastAPI:
    """The app over the store at `db_url` (or an already open `store`, as tests pass).

    `access` (default: from the environment, see `api/security.py`) says whether reads are open,
    which Host headers are served and how big a request body may be."""
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
    access = access or AccessSettings()
    app.state.store = store
    app.state.access = access
    app.state.cache = cache = MatrixCache(store)
    app.state.fact_cache = FactCache(store)
    app.state.tokens = TokenCache()
    app.state.versions = VersionReader(store)
    app.include_router(_open_router(store), prefix="/api")
    app.include_router(
        _api_router(store, cache, app.state.fact_cache), prefix="/api", dependencies=[Depends(need("viewer"))]
    )
    from uprooted.api.events import events_router

    app.include_router(events_router(store, cache), prefix="/api", dependencies=[Depends(need("viewer"))])
    app.include_router(_admin_router(store), prefix="/api", dependencies=[Depends(need("admin"))])
    # outermost last: headers on every answer (413 and 400 too), then the Host check, then size;
    # inside them, the hot reads' short cut (`fast.py`: the same answers without FastAPI's routing
    # and parameter parsing, which cost more than those reads' own work)
    from uprooted.api.fast import FastReads

    app.add_middleware(FastReads, store=store, cache=cache, fact_cache=app.state.fact_cache)
    app.add_middleware(BodyLimit, max_bytes=access.max_body_bytes)
    if "*" not in access.allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=access.allowed_hosts)
    app.add_middleware(SecurityHeaders)

    from uprooted.web.pages import mount_web

    mount_web(app, store)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        """FastAPI's error list without the input (never echoed back: it may be megabytes, or a
        script), at most 20 entries of short messages, and one sentence a person can read."""
        errors = [_short_error(e) for e in exc.errors()[:20]]
        message = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'request'}: {e['msg']}" for e in errors)
        return JSONResponse(status_code=422, content={"detail": errors, "message": message[:2000]})

    return app


def _short_error(error: dict[str, Any]) -> dict[str, Any]:
    loc = [p if isinstance(p, int) else str(p)[:60] for p in error.get("loc", ()) if p != "body"][:8]
    msg = str(error.get("msg", "invalid"))
    return {"loc": loc, "msg": msg[:200], "type": str(error.get("type", ""))[:60]}


def _open_router(store: Any) -> APIRouter:
    router = APIRouter()

    @router.get("/health", tags=["meta"], response_model=Health)
    def health(request: Request) -> dict[str, Any]:
        """Whether the store answers; how much it holds only to those who may read."""
        if not can(request, "viewer"):
            store.count_documents()
            return {"status": "ok", "documents": None, "facts": None}
        return {"status": "ok", "documents": store.count_documents(), "facts": store.count_facts()}

    @router.get("/whoami", tags=["meta"])
    def whoami(request: Request) -> dict[str, Any]:
        """The name and role of the token sent (role null: anonymous without public reads)."""
        return who_json(request)

    return router


def _admin_router(store: Any) -> APIRouter:
    router = APIRouter()

    @router.get("/tokens", tags=["admin"])
    def list_tokens(include_revoked: bool = False) -> list[dict[str, Any]]:
        """Tokens by name and role (never the token itself)."""
        return [t.model_dump(mode="json") for t in store.tokens(include_revoked=include_revoked)]

    @router.post("/tokens", tags=["admin"], status_code=201)
    def create_token(body: TokenRequest, request: Request) -> dict[str, Any]:
        """A new token: returned once in `token`, stored only as a hash."""
        try:
            value = store.create_token(body.name, body.role, created_by=request.state.principal.name)
        except ValueError as exc:
            raise HTTPException(422, detail=str(exc)) from exc
        return {"name": body.name, "role": body.role, "token": value}

    @router.delete("/tokens/{name}", tags=["admin"])
    def revoke_token(name: str, request: Request) -> dict[str, Any]:
        if not store.revoke_token(name, actor=request.state.principal.name):
            raise HTTPException(404, detail="no active token by that name")
        return {"name": name, "revoked": True}

    @router.get("/audit", tags=["admin"])
    def audit(target: str | None = None, limit: int = Query(200, ge=1, le=5000)) -> list[dict[str, Any]]:
        """Every audited write (who, when, values before and after), oldest first."""
        entries = store.audit_log(target, limit=None)
        return [e.model_dump(mode="json") for e in entries[-limit:]]

    return router


ROLE_NAMES = ROLES


def _json(content: Any, status_code: int = 200) -> Response:
    """A body built by `serialize` (or already encoded), returned as is: the route's response
    model documents it without validating it again."""
    body = content if isinstance(content, bytes) else encode(content)
    return Response(content=body, status_code=status_code, media_type="application/json")


def fact_page_body(
    store: Any, fact_cache: FactCache, filters: dict[str, Any], limit: int, offset: int
) -> bytes:
    """A page of /api/facts: the facts' cached JSON joined, with the total."""
    rows, total = store.fact_page(**filters, limit=limit, offset=offset)
    items = b",".join(fact_cache.facts(rows))
    tail = encode({"total": total, "limit": limit, "offset": offset})
    return b'{"items":[' + items + b"]," + tail[1:]


def matrix_response(snap: Any, full: bool, gzip: bool, body: bytes) -> Response:
    """/api/matrix's 200, as the route and its short cut (`api/fast.py`) answer it."""
    headers = {"ETag": snap.etag_of(full, gzip), "Vary": "Accept-Encoding"}
    if gzip:
        headers["Content-Encoding"] = "gzip"
    return Response(content=body, media_type="application/json", headers=headers)


def matrix_not_modified(snap: Any, full: bool, gzip: bool, if_none_match: str | None) -> Response | None:
    """304 when the client holds this snapshot's body (either encoding), else None."""
    if if_none_match in (snap.etag_of(full), snap.etag_of(full, True)):
        return Response(
            status_code=304, headers={"ETag": snap.etag_of(full, gzip), "Vary": "Accept-Encoding"}
        )
    return None


def fact_with_log_json(stored: Any, log: list[Any]) -> dict[str, Any]:
    """One fact with its review log, as /api/facts/{id} and the review routes answer it."""
    out = serialize.stored_fact(stored)
    out["review_log"] = serialize.log_entries(log)
    return out


FactId = Annotated[str, Path(pattern=FACT_ID_PATTERN, description="A fact's id.")]


def _api_router(store: Any, cache: MatrixCache, fact_cache: FactCache) -> APIRouter:
    router = APIRouter()

    def get_stored(fact_id: str) -> Any:
        try:
            stored = store.get_fact(fact_id)
        except (KeyError, LookupError):
            stored = None
        if stored is None:
            raise HTTPException(status_code=404, detail=f"no fact with id {fact_id!r}")
        return stored

    def review(action: str, fact_id: str, *, analyst: str, note: str | None) -> bytes:
        """Confirm or reject a fact, mapping the store's errors to 404 and 422 (an unknown fact
        is the store's FactNotFound: no lookup before the write). The answer's fact and log are
        read in the review's own transaction."""
        try:
            done = store.review_fact(fact_id, action, analyst=analyst, note=note)
        except (KeyError, LookupError) as exc:
            raise HTTPException(status_code=404, detail=f"no fact with id {fact_id!r}") from exc
        except ValueError as exc:
            raise HTTPException(status_code=422, detail=str(exc)) from exc
        # the answer is the fact's JSON with its log as a read would now make it: kept for the
        # next read and page of this fact (`FactCache.reviewed`)
        return fact_cache.reviewed(done.fact, with_log(done.fact, done.log))

    with_log = fact_with_log_json

    def facts_by_ids(ids: str) -> bytes:
        wanted = list(dict.fromkeys(i.strip() for i in ids.split(",") if i.strip()))
        if len(wanted) > MAX_IDS:
            raise HTTPException(422, detail=f"at most {MAX_IDS} ids at once")
        if not all(FACT_ID_RE.fullmatch(i) for i in wanted):
            raise HTTPException(422, detail="ids: each must be a fact id (letters, digits, '-', '_')")
        found = store.facts_by_ids(wanted)
        items = [serialize.stored_fact(found[i]) for i in wanted if i in found]
        return encode({"items": items, "total": len(items), "limit": MAX_IDS, "offset": 0})

    def fact_with_log(stored: Any) -> dict[str, Any]:
        out = serialize.stored_fact(stored)
        out["review_log"] = serialize.log_entries(store.review_log(stored.fact_id))
        return out

    @router.get("/documents", tags=["documents"], response_model=DocumentList)
    def list_documents(
        lang: str | None = Query(None, max_length=300),
        limit: int = Query(50, ge=1, le=1000),
        offset: int = Query(0, ge=0, le=MAX_OFFSET),
    ) -> Response:
        """Documents, without their text."""
        docs = store.documents(lang=lang, limit=limit, offset=offset)
        items = [serialize.document_summary(d) for d in docs]
        total = store.count_documents(lang=lang)
        return _json({"items": items, "total": total, "limit": limit, "offset": offset})

    @router.post("/documents", tags=["documents"], status_code=201)
    def ingest_document(body: DocumentRequest, who: Any = Depends(need("analyst"))) -> dict[str, Any]:
        """Ingest one report (analyst): stored with its facts in one transaction, under the id the
        store gives it (another text under the same id gets a derived id; the same text already
        stored is one document with a second source). The answer says which, and any warning."""
        import hashlib

        from uprooted.ingest import detect_language
        from uprooted.models import Document
        from uprooted.pipeline import IngestSummary, extract_one, store_results
        from uprooted.store.access import write_audit
        from uprooted.store.db import write_transaction

        text = body.text.replace("\r\n", "\n")
        doc_id = body.id or "api-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        doc = Document(
            doc_id=doc_id,
            text=text,
            lang=body.lang or detect_language(text),
            published=body.published,
            url=body.url,
            title=body.title,
            kind="text",
            meta={"ingested_by": who.name},
        )
        summary = IngestSummary()
        (stored_id,) = store_results(store, [extract_one(doc)], summary)
        with write_transaction(store.engine) as conn:
            write_audit(
                conn,
                actor=who.name,
                action="document.ingest",
                target=stored_id,
                after={"asked_id": doc_id, "added": summary.documents_added, "facts": summary.facts},
            )
        return {
            "doc_id": stored_id,
            "added": bool(summary.documents_added),
            "renamed": bool(summary.renamed),
            "same_text": bool(summary.same_text),
            "facts": store.count_facts(doc_id=stored_id),
            "warnings": [w[:500] for w in summary.warnings],
        }

    @router.get("/documents/{doc_id}", tags=["documents"], response_model=DocumentFull)
    def get_document(doc_id: str) -> Response:
        """One document's text and all its facts (rejected too), with evidence offsets."""
        doc = store.get_document(doc_id)
        if doc is None:
            raise HTTPException(status_code=404, detail=f"no document with id {doc_id!r}")
        return _json(serialize.document_full(doc, store.facts(doc_id=doc_id, include_rejected=True)))

    @router.get("/facts", tags=["facts"], response_model=FactList)
    def list_facts(
        measure: str | None = Query(None, max_length=300),
        place: str | None = Query(None, max_length=300),
        country: str | None = Query(None, max_length=300),
        lang: str | None = Query(None, max_length=300),
        status: Status | None = None,
        min_confidence: float | None = Query(None, ge=0, le=1),
        doc_id: str | None = Query(None, max_length=300),
        include_rejected: bool = False,
        limit: int = Query(FACT_PAGE_DEFAULT, ge=1, le=FACT_PAGE_MAX),
        offset: int = Query(0, ge=0, le=MAX_OFFSET),
        ids: str | None = Query(
            None,
            max_length=MAX_IDS * 65,
            description=f"Comma-separated fact ids (at most {MAX_IDS}): those facts, rejected too, in "
            "the order given (unknown ids left out); the other filters and paging do not apply.",
        ),
    ) -> Response:
        """Facts with corrections applied; rejected ones only when asked (or status=rejected).

        `ids` fetches given facts at once: the evidence of a matrix point's facts, say."""
        if ids is not None:
            return _json(facts_by_ids(ids))
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
        return _json(fact_page_body(store, fact_cache, filters, limit, offset))

    @router.get("/facts/{fact_id}", tags=["facts"], response_model=FactWithLog)
    def get_fact(fact_id: FactId) -> Response:
        """One fact, its machine reading when corrected, and its review log."""
        body = fact_cache.with_log(fact_id, with_log)
        if body is None:
            raise HTTPException(status_code=404, detail=f"no fact with id {fact_id!r}")
        return _json(body)

    analyst_only = need("analyst")

    @router.patch("/facts/{fact_id}", tags=["review"], response_model=FactWithLog)
    def correct_fact(fact_id: FactId, body: CorrectionRequest, who: Any = Depends(analyst_only)) -> Response:
        """Correct fields of a fact: value, low, high, qualifier, unit, reported_value, measure, term,
        start, end, place, source, flags.

        A new place name (or country) is looked up in the gazetteer: the coordinates (unless both
        or either are given), admin1 and GeoNames id it has fill the fields the correction leaves
        out, and `place_resolution` in the answer says what it found."""
        from uprooted import review as reviewing

        stored = get_stored(fact_id)
        try:
            check_change_limits(body.changes)  # before the gazetteer sees a 20 MB place name
            cleaned, resolution = reviewing.prepare_correction(stored, dict(body.changes))
            done = store.review_fact(fact_id, "correct", analyst=who.name, note=body.note, changes=cleaned)
        except (KeyError, LookupError) as exc:
            raise HTTPException(status_code=404, detail=f"no fact with id {fact_id!r}") from exc
        except ReviewError as exc:
            raise HTTPException(status_code=422, detail=str(exc)) from exc
        except ValueError as exc:  # what the store refuses (as `reviewing.correct` maps it)
            raise HTTPException(status_code=422, detail=str(exc)) from exc
        # encoded once, as a read of the fact answers it (kept by the cache), and the resolution
        # added to the end of that object: the answer is `answer | {"place_resolution": ...}`
        body = fact_cache.reviewed(done.fact, with_log(done.fact, done.log))
        return _json(body[:-1] + b',"place_resolution":' + encode(resolution) + b"}")

    @router.post("/facts/{fact_id}/reject", tags=["review"], response_model=FactWithLog)
    def reject_fact(fact_id: FactId, body: ReviewAction, who: Any = Depends(analyst_only)) -> Response:
        """Mark a fact wrong: it leaves the matrix and the exports, but stays in the log."""
        return _json(review("reject", fact_id, analyst=who.name, note=body.note))

    @router.post("/facts/{fact_id}/confirm", tags=["review"], response_model=FactWithLog)
    def confirm_fact(fact_id: FactId, body: ReviewAction, who: Any = Depends(analyst_only)) -> Response:
        """Mark a fact checked against its evidence."""
        return _json(review("confirm", fact_id, analyst=who.name, note=body.note))

    @router.get("/places/resolve", tags=["review"], response_model=PlaceResolution)
    def resolve(
        name: str = Query(
            ..., min_length=1, max_length=300, description="A place name as an analyst would type it."
        ),
        country: str | None = Query(
            None, max_length=300, description="ISO3, ISO2 or a country name, to narrow it."
        ),
        lang: str | None = Query(None, max_length=300),
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
    def add_manual_fact(body: ManualFactRequest, who: Any = Depends(analyst_only)) -> Response:
        """Add a fact by hand; its document must exist so the figure stays traceable."""
        try:
            if body.fact.stored_id is not None:
                raise ReviewError("stored_id is given by the store, not by a client")
            check_fact(body.fact)
        except ReviewError as exc:
            raise HTTPException(status_code=422, detail=str(exc)) from exc
        if store.get_document(body.fact.doc_id) is None:
            raise HTTPException(status_code=422, detail=f"no document with id {body.fact.doc_id!r}")
        try:
            result = store.add_manual_fact(body.fact, analyst=who.name, note=body.note)
        except ValueError as exc:
            raise HTTPException(status_code=422, detail=str(exc)) from exc
        fact_id = result if isinstance(result, str) else getattr(result, "fact_id", body.fact.fact_id())
        return _json(fact_with_log(get_stored(fact_id)), status_code=201)

    @router.get("/matrix", tags=["matrix"], response_model=MatrixOut)
    def matrix(
        request: Request,
        measure: Measure | None = None,
        country: str | None = Query(None, max_length=300),
        place: str | None = Query(None, max_length=300),
        level: str | None = Query(None, max_length=300),
        detail: Literal["lean", "full"] = Query(
            "lean",
            description="lean: each point's figures, range, flags, sources count and its facts' ids, "
            "figures, sources and flags; full: also every fact's evidence, outlet and period, and each "
            "point's explanation (as /api/matrix/series serves one series).",
        ),
    ) -> Response:
        """The reconciled matrix from non-rejected, corrected facts; filters pick series.

        Lean by default (see `detail`): a fact's evidence is at /api/facts/{fact_id} (or
        /api/facts?ids=), a point's explanation in its series (/api/matrix/series).
        The answer carries an ETag (the store's version, one per `detail`): a client that sends
        it back in If-None-Match gets 304 while nothing was written."""
        snap = cache.snapshot(store_versions(request)[0])
        full = detail == "full"
        gzip = accepts_gzip(request.headers.get("accept-encoding"))
        not_modified = matrix_not_modified(snap, full, gzip, request.headers.get("if-none-match"))
        if not_modified is not None:
            return not_modified
        chosen = None
        if measure is not None or country is not None or place is not None or level is not None:
            chosen = [
                s
                for s in snap.matrix.series
                if (measure is None or s.measure == measure)
                and (country is None or s.country == country)
                and (place is None or (s.place_name or "").casefold() == place.casefold() or s.key == place)
                and (level is None or s.level == level)
            ]
        if gzip:
            # precompressed per series (cache.py): a tenth of the bytes, for no CPU per answer
            body = snap.body_gzip(chosen, full=full)
        else:
            body = snap.body(chosen, full=full)
        return matrix_response(snap, full, gzip, body)

    @router.get("/matrix/series", tags=["matrix"], response_model=SeriesOut)
    def one_series(
        request: Request,
        place: str = Query(
            ..., max_length=300, description="Place name (case-insensitive), country code, or series key."
        ),
        measure: Measure = Query(...),
        country: str | None = Query(None, max_length=300),
        area: str | None = Query(None, max_length=300),
    ) -> Response:
        """One place x measure series, with every point's facts and explanation."""
        snap = cache.snapshot(store_versions(request)[0])
        built = snap.matrix
        found = next((s for s in built.series if s.key == place and s.measure == measure), None)
        found = found or built.find(place, measure, area=area, country=country)
        if found is None:
            raise HTTPException(status_code=404, detail=f"no {measure} series for place {place!r}")
        return _json(snap.json[found.key])

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
