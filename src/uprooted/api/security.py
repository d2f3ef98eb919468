"""Who may do what, and the HTTP hardening around the app.

- Tokens (`uprooted token create`) are sent as `Authorization: Bearer <token>` (or
  `X-API-Token: <token>`). viewer reads; analyst also reviews, corrects and adds facts; admin
  also manages tokens and reads the audit log. A review is signed with the token's name, never
  with a name the client types.
- Reads need a token unless `UPROOTED_PUBLIC_READ=1` (anonymous = viewer). The default is
  closed: the store may hold reports an organisation has not published.
- `UPROOTED_ALLOWED_HOSTS` (comma-separated; default `127.0.0.1,localhost,::1`) is the Host
  header allow-list (DNS rebinding); `*` allows any.
- Request bodies above `UPROOTED_MAX_BODY_BYTES` (default 1 MiB) get 413 before they are read.
- Every response carries CSP, X-Frame-Options, X-Content-Type-Options and Referrer-Policy.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

from fastapi import HTTPException, Request
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from uprooted.store.access import TokenInfo, hash_token, role_allows

DEFAULT_ALLOWED_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")
DEFAULT_MAX_BODY = 1024 * 1024

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
# The API docs page (/docs) loads Swagger UI from a CDN with an inline script: it gets its own,
# looser policy, and only it.
# /docs and /redoc: their assets come from the app (fastapi-offline); the pages start them with an
# inline script, and ReDoc runs its search in a worker made from a blob.
DOCS_CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; worker-src 'self' blob:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)


def _env_bool(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in ("1", "true", "yes", "on")


@dataclass
class AccessSettings:
    public_read: bool = field(default_factory=lambda: _env_bool("UPROOTED_PUBLIC_READ"))
    allowed_hosts: list[str] = field(
        default_factory=lambda: (
            [h.strip() for h in os.environ.get("UPROOTED_ALLOWED_HOSTS", "").split(",") if h.strip()]
            or list(DEFAULT_ALLOWED_HOSTS)
        )
    )
    max_body_bytes: int = field(
        default_factory=lambda: int(os.environ.get("UPROOTED_MAX_BODY_BYTES", "") or DEFAULT_MAX_BODY)
    )


ANONYMOUS = None


def token_of(request: Request) -> str | None:
    auth = request.headers.get("authorization", "")
    if auth[:7].lower() == "bearer ":
        return auth[7:].strip() or None
    return request.headers.get("x-api-token", "").strip() or None


def store_versions(request: Request) -> tuple[int, int]:
    """The store's data and access versions, read once per request (`Store.versions`, one
    primary-key read): the token check and the matrix both use this one read."""
    versions = getattr(request.state, "versions", None)
    if versions is None:
        versions = request.state.versions = request.app.state.store.versions()
    return versions


class TokenCache:
    """Tokens already checked, by hash, each with the access version it was read at. An entry
    serves only requests that read that same access version: a token created or revoked moves
    the version (`store.access.move_access_version`, in the same transaction), so the next request
    through any worker reads the token again. Unknown tokens are not kept (they are refused
    with one query each)."""

    MAX_ENTRIES = 10_000

    def __init__(self) -> None:
        self._entries: dict[str, tuple[int, TokenInfo]] = {}

    def get(self, token_hash: str, access_version: int) -> TokenInfo | None:
        entry = self._entries.get(token_hash)
        return entry[1] if entry is not None and entry[0] == access_version else None

    def put(self, token_hash: str, access_version: int, info: TokenInfo) -> None:
        if len(self._entries) >= self.MAX_ENTRIES:
            self._entries.clear()
        self._entries[token_hash] = (access_version, info)


def principal(request: Request) -> TokenInfo | None:
    """The token of the request (cached on it); None when anonymous. A token given but unknown or
    revoked is 401, never treated as anonymous. A token seen before at the access version this
    request reads costs no query of its own."""
    if "principal" in request.scope.get("state", {}):
        return request.state.principal
    value = token_of(request)
    found = None
    if value is not None:
        if len(value) > 200:  # as Store.token_for: no such token
            value_hash = None
        else:
            value_hash = hash_token(value)
        tokens: TokenCache | None = getattr(request.app.state, "tokens", None)
        if value_hash is not None and tokens is not None:
            access_version = store_versions(request)[1]
            found = tokens.get(value_hash, access_version)
            if found is None:
                found = request.app.state.store.token_for(value)
                if found is not None:
                    tokens.put(value_hash, access_version, found)
        elif value_hash is not None:
            found = request.app.state.store.token_for(value)
        if found is None:
            raise HTTPException(
                401, detail="unknown or revoked token", headers={"WWW-Authenticate": "Bearer"}
            )
    request.state.principal = found
    return found


def can(request: Request, needed: str) -> bool:
    """Whether this request may act as `needed` (viewer, analyst, admin); raises 401 for a bad token."""
    who = principal(request)
    if who is None:
        return needed == "viewer" and request.app.state.access.public_read
    return role_allows(who.role, needed)


def _cached_principal(request: Request) -> bool:
    """Whether `principal(request)` needs no query: no token, one too long to be one, or one
    cached at the access version this request read."""
    if "principal" in request.scope.get("state", {}):
        return True
    value = token_of(request)
    if value is None or len(value) > 200:
        return True
    tokens: TokenCache | None = getattr(request.app.state, "tokens", None)
    return tokens is not None and tokens.get(hash_token(value), store_versions(request)[1]) is not None


async def check_role(request: Request, needed: str) -> tuple[bool, TokenInfo | None]:
    """Whether this request may act as `needed`, and its token (None when anonymous): the one
    check behind every route's `need` and the hot-read short cut (`api/fast.py`). Raises 401 for
    a token given but unknown or revoked.

    It runs on the event loop: the store's versions come from the app's `VersionReader` (one read
    for the requests waiting together, `api/versions.py`), and only a token not cached at that
    access version is looked up, in the thread pool."""
    if getattr(request.state, "versions", None) is None:
        reader = getattr(request.app.state, "versions", None)
        if reader is not None:
            request.state.versions = await reader.read()
    if _cached_principal(request):
        who = principal(request)
    else:
        who = await run_in_threadpool(principal, request)
    return can(request, needed), who


def need(needed: str):
    """A FastAPI dependency: 401 without a (valid) token, 403 with a token whose role is too low.
    The endpoint's is then the request's only hand-off to a thread (`check_role`)."""

    async def check(request: Request) -> TokenInfo | None:
        allowed, who = await check_role(request, needed)
        if allowed:
            return who
        if who is None:
            raise HTTPException(401, detail="sign in with a token", headers={"WWW-Authenticate": "Bearer"})
        raise HTTPException(403, detail=f"the {who.role} role may not do this ({needed} needed)")

    return check


class BodyLimit:
    """413 for request bodies above the limit, whether announced (Content-Length) or streamed."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None:
            try:
                too_big = int(length) > self.max_bytes
            except ValueError:
                too_big = True
            if too_big:
                await _too_large(send, self.max_bytes)
                return
        seen = 0
        refused = False

        async def limited() -> Message:
            nonlocal seen, refused
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    refused = True
                    raise _BodyTooLarge()
            return message

        try:
            await self.app(scope, limited, send)
        except _BodyTooLarge:
            if refused:
                await _too_large(send, self.max_bytes)


class _BodyTooLarge(Exception):
    pass


async def _too_large(send: Send, limit: int) -> None:
    import json

    body = json.dumps({"detail": f"request body above the {limit:,}-byte limit"}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        docs = scope.get("path", "") in ("/docs", "/redoc")

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [
                    (k, v)
                    for k, v in message.get("headers", [])
                    if k.lower() not in (b"content-security-policy", b"x-frame-options")
                ]
                headers += [
                    (b"content-security-policy", (DOCS_CSP if docs else CSP).encode()),
                    (b"x-frame-options", b"DENY"),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                ]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)


def who_json(request: Request) -> dict[str, Any]:
    who = principal(request)
    if who is None:
        return {"name": None, "role": "viewer" if request.app.state.access.public_read else None}
    return {"name": who.name, "role": who.role}
