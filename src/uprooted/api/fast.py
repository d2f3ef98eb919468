"""The hot reads answered without FastAPI's routing, dependency solving and parameter parsing.

Under load (bench/bench_load.py) most requests are three reads: the whole matrix
(`GET /api/matrix`), a page of facts (`GET /api/facts?limit=&offset=&measure=`) and one fact
(`GET /api/facts/{id}`). Their own work is a cached body or one or two indexed queries; matching
the path against every route, solving the token dependency and parsing and validating each of
the route's query parameters (eleven for /api/facts, five for /api/matrix, each a walk over its
type annotation per request) cost the server more CPU than that work.

`FastReads` sits inside the app's own middleware (security headers, Host check, body limit), so
its answers get what every answer gets. It answers only the requests it understands fully: the
plain forms above, with every parameter present and valid and a viewer (or better) token, or
none when reads are public (the routes' own role check, `security.check_role`);
anything else (another parameter, a value to reject, no or a bad token, an unknown fact) goes
on to the FastAPI route, which answers it, or its error, as before. What it answers is what the
route answers: the same checks in the same order (the store's versions read after the request
arrived, `api/versions.py`; the token at that access version), the same functions for the body
(`app.fact_page_body`, `FactCache.with_log`, the matrix snapshot), the same headers.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qsl

from fastapi import HTTPException
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from uprooted.api.app import (
    fact_page_body,
    fact_with_log_json,
    matrix_not_modified,
    matrix_response,
)
from uprooted.api.cache import accepts_gzip
from uprooted.api.schemas import FACT_ID_RE, FACT_PAGE_DEFAULT, FACT_PAGE_MAX, MAX_OFFSET
from uprooted.api.security import check_role
from uprooted.models import MEASURES

FACTS, MATRIX, FACT_PREFIX = "/api/facts", "/api/matrix", "/api/facts/"
_DIGITS = re.compile(r"[0-9]{1,12}")


class FastReads:
    def __init__(self, app: ASGIApp, *, store: Any, cache: Any, fact_cache: Any) -> None:
        self.app = app
        self.store = store
        self.cache = cache
        self.fact_cache = fact_cache

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or scope.get("root_path"):
            await self.app(scope, receive, send)
            return
        path = scope["path"]
        query = scope.get("query_string", b"")
        if path == MATRIX and not query:
            handler, args = self._matrix, ()
        elif path == FACTS:
            page = _page_params(query)
            if page is None:
                await self.app(scope, receive, send)
                return
            handler, args = self._facts, page
        elif path.startswith(FACT_PREFIX) and not query and FACT_ID_RE.fullmatch(path[len(FACT_PREFIX) :]):
            handler, args = self._fact, (path[len(FACT_PREFIX) :],)
        else:
            await self.app(scope, receive, send)
            return
        request = Request(scope, receive)
        if not await _may_read(request):
            await self.app(scope, receive, send)
            return
        response = await handler(request, *args)
        if response is None:
            await self.app(scope, receive, send)
            return
        await response(scope, receive, send)

    async def _matrix(self, request: Request) -> Response:
        """As app.matrix with no parameters: the lean body, gzip when accepted."""
        version = request.state.versions[0]
        snap = self.cache.current(version)
        if snap is None:  # the matrix moves to this version first (a thread: it may take ms)
            snap = await run_in_threadpool(self.cache.snapshot, version)
        gzip = accepts_gzip(request.headers.get("accept-encoding"))
        not_modified = matrix_not_modified(snap, False, gzip, request.headers.get("if-none-match"))
        if not_modified is not None:
            return not_modified
        name = "gzip" if gzip else "body"
        make = snap.body_gzip if gzip else snap.body
        # made once per snapshot: the first request of a snapshot makes it in a thread
        body = snap.peek(name)
        if body is None:
            body = await run_in_threadpool(make)
        return matrix_response(snap, False, gzip, body)

    async def _facts(self, request: Request, limit: int, offset: int, measure: str | None) -> Response:
        """As app.list_facts with only limit, offset and measure given."""
        filters = {"measure": measure}  # the store's defaults for the rest, as the route's
        body = await run_in_threadpool(fact_page_body, self.store, self.fact_cache, filters, limit, offset)
        return Response(content=body, status_code=200, media_type="application/json")

    async def _fact(self, request: Request, fact_id: str) -> Response | None:
        """As app.get_fact; an unknown fact goes on to the route (its 404)."""
        body = await run_in_threadpool(self.fact_cache.with_log, fact_id, fact_with_log_json)
        if body is None:
            return None
        return Response(content=body, status_code=200, media_type="application/json")


def _page_params(query: bytes) -> tuple[int, int, str | None] | None:
    """(limit, offset, measure) of a /api/facts query that gives nothing else, each at most
    once and valid as list_facts takes it; None for any other query."""
    limit, offset, measure = FACT_PAGE_DEFAULT, 0, None
    seen: set[str] = set()
    for key, value in parse_qsl(query.decode("latin-1"), keep_blank_values=True):
        if key in seen or not value:
            return None
        seen.add(key)
        if key == "limit" or key == "offset":
            if not _DIGITS.fullmatch(value):
                return None
            number = int(value)
            if key == "limit":
                if not 1 <= number <= FACT_PAGE_MAX:
                    return None
                limit = number
            elif number > MAX_OFFSET:
                return None
            else:
                offset = number
        elif key == "measure":
            if value not in MEASURES:
                return None
            measure = value
        else:
            return None
    return limit, offset, measure


async def _may_read(request: Request) -> bool:
    """The routes' own check (`need("viewer")`), without raising: False sends the request on to
    the route, which answers 401 or 403."""
    try:
        allowed, _ = await check_role(request, "viewer")
    except HTTPException:
        return False
    # the handlers read the versions the check read (an app without a version reader: the route)
    return allowed and getattr(request.state, "versions", None) is not None
