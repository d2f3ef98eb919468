"""HTML pages: the dashboard and the fact / document views, served next to the API.

Pages are rendered on the server with the evidence already marked in the text; the small
scripts in static/ draw the chart and map from /api/matrix (lean: no evidence), fetch a point's
evidence and explanation from its series when it is opened, and send review actions to the API.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from uprooted.api import serialize
from uprooted.api.schemas import FACT_ID_RE
from uprooted.models import KNOWN_FLAGS, MEASURES, QUALIFIERS, TERMS, UNITS
from uprooted.web.highlight import evidence_spans, segments

HERE = Path(__file__).parent
# Flags a reviewer must not miss get a warning colour; the rest are shown plainly.
WARNING_FLAGS = frozenset(
    {"conflict", "inconsistent", "vague", "number_typo", "projection", "implausible", "decreasing"}
)
STATUSES = ("machine", "corrected", "confirmed", "rejected", "manual")

templates = Jinja2Templates(directory=str(HERE / "templates"))
templates.env.globals.update(
    MEASURES=MEASURES,
    TERMS=TERMS,
    QUALIFIERS=QUALIFIERS,
    UNITS=UNITS,
    STATUSES=STATUSES,
    WARNING_FLAGS=WARNING_FLAGS,
    KNOWN_FLAGS=KNOWN_FLAGS,
)


def _fmt_number(value: Any) -> str:
    return "" if value is None else f"{value:,}"


def _fmt_when(value: Any) -> str:
    """Review timestamps to the minute, in UTC: the seconds only clutter the log."""
    if not value:
        return ""
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return str(value)
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%d %H:%M UTC")


def _http_url(value: Any) -> str | None:
    """The URL when it is http(s), else None: a stored `javascript:` or `data:` URL is never a link."""
    if not isinstance(value, str):
        return None
    url = value.strip()
    scheme = url.split(":", 1)[0].lower() if ":" in url else ""
    if (
        scheme in ("http", "https")
        and url[len(scheme) : len(scheme) + 3] == "://"
        and not any(ch in url for ch in "\x00\r\n\t")
    ):
        return url
    return None


templates.env.filters["num"] = _fmt_number
templates.env.filters["when"] = _fmt_when
templates.env.filters["http_url"] = _http_url


def _access(request: Request) -> dict[str, Any] | None:
    """The role context of a page, or None when the request may not read (the page is then the
    sign-in shell: the browser fetches the page again with its token, see common.js)."""
    from fastapi import HTTPException as _HTTPException

    from uprooted.api.security import can, who_json

    try:
        if not can(request, "viewer"):
            return None
        who = who_json(request)
    except _HTTPException:
        return None
    return {"who": who, "can_review": can(request, "analyst"), "is_admin": can(request, "admin")}


def _signin(request: Request) -> HTMLResponse:
    return templates.TemplateResponse(
        request, "signin.html", {"who": {"name": None, "role": None}, "can_review": False}, status_code=401
    )


def mount_web(app: FastAPI, store: Any) -> None:
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def dashboard(request: Request) -> HTMLResponse:
        access = _access(request)
        if access is None:
            return _signin(request)
        params = request.query_params
        countries = store.countries()
        return templates.TemplateResponse(
            request,
            "dashboard.html",
            {
                "measure": params.get("measure") or "",
                "country": params.get("country") or "",
                "place": params.get("place") or "",
                "status": params.get("status") or "",
                "countries": countries,
                **access,
            },
        )

    @app.get("/facts/{fact_id}", response_class=HTMLResponse, include_in_schema=False)
    def fact_page(request: Request, fact_id: str) -> HTMLResponse:
        access = _access(request)
        if access is None:
            return _signin(request)
        # an id no store makes (a NUL byte is an error in PostgreSQL) is not looked up
        stored = store.get_fact(fact_id) if FACT_ID_RE.fullmatch(fact_id) else None
        if stored is None:
            raise HTTPException(status_code=404, detail=f"no fact with id {fact_id[:80]!r}")
        fact = serialize.stored_fact(stored)
        doc = store.get_document(stored.fact.doc_id)
        others = store.facts(doc_id=stored.fact.doc_id, include_rejected=True) if doc else []
        context = {
            "item": fact,
            "fact": fact["fact"],
            "log": serialize.log_entries(store.review_log(fact_id)),
            "doc": serialize.document_summary(doc) if doc else None,
            "segments": _segments(doc, [stored], fact_id) if doc else [],
            "others": [serialize.stored_fact(s) for s in others if s.fact_id != fact_id],
            **access,
        }
        return templates.TemplateResponse(request, "fact.html", context)

    @app.get("/events/{event_id}", response_class=HTMLResponse, include_in_schema=False)
    def event_page(request: Request, event_id: str) -> HTMLResponse:
        """One event: its reports, what each said, the matrix points they feed, and their series."""
        from uprooted.api.events import build_events

        cache = request.app.state.cache
        version = cache.version()
        events = cache.get("events", lambda: build_events(store, cache.matrix(version)), version)
        event = events.get(event_id)
        if event is None:
            raise HTTPException(status_code=404, detail=f"no event with id {event_id!r}")
        series_keys = sorted({p["series_key"] for p in event["matrix_points"]})
        return templates.TemplateResponse(request, "event.html", {"event": event, "series_keys": series_keys})

    @app.get("/documents/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    def document_page(request: Request, doc_id: str) -> HTMLResponse:
        access = _access(request)
        if access is None:
            return _signin(request)
        doc = store.get_document(doc_id)
        if doc is None:
            raise HTTPException(status_code=404, detail=f"no document with id {doc_id!r}")
        stored = store.facts(doc_id=doc_id, include_rejected=True)
        context = {
            "doc": serialize.document_summary(doc),
            "segments": _segments(doc, stored, None),
            "facts": [serialize.stored_fact(s) for s in stored],
            **access,
        }
        return templates.TemplateResponse(request, "document.html", context)


def _segments(doc: Any, stored: list[Any], current: str | None) -> list[dict[str, Any]]:
    """Document text cut into pieces; `current` marks the pieces that are this fact's evidence."""
    spans = evidence_spans(doc.text, [(s.fact_id, [e.model_dump() for e in s.fact.evidence]) for s in stored])
    return [
        {"text": seg.text, "fact_ids": seg.fact_ids, "current": current in seg.fact_ids}
        for seg in segments(doc.text, spans)
    ]
