"""API tokens with roles, and the audit log of every write.

A token is 32 random bytes (URL-safe base64, prefixed `upr_`), shown once when created; the
store keeps only its SHA-256 (a token has enough entropy that a slow hash adds nothing) and its
first characters, to tell tokens apart in a listing. Roles are cumulative:
viewer (reads) < analyst (reviews, corrects, adds facts, ingests) < admin (manages tokens).
"""

from __future__ import annotations

import hashlib
import re
import secrets
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel
from sqlalchemy import insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from .db import as_utc, write_transaction
from .schema import ACCESS_VERSION_ROW, api_tokens, audit_log, store_version

Role = Literal["viewer", "analyst", "admin"]
ROLES: tuple[str, ...] = ("viewer", "analyst", "admin")
TOKEN_PREFIX = "upr_"
_NAME_RE = re.compile(r"^[\w.@-]{1,100}$")


def role_allows(role: str | None, needed: str) -> bool:
    """Whether `role` includes `needed` (admin > analyst > viewer)."""
    if role not in ROLES:
        return False
    return ROLES.index(role) >= ROLES.index(needed)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class TokenInfo(BaseModel):
    name: str
    role: Role
    prefix: str
    created_at: datetime
    created_by: str | None = None
    revoked_at: datetime | None = None

    @property
    def active(self) -> bool:
        return self.revoked_at is None


class AuditEntry(BaseModel):
    id: int
    at: datetime
    actor: str
    action: str
    target: str | None = None
    before: Any = None
    after: Any = None


def _token_info(row) -> TokenInfo:  # noqa: ANN001
    return TokenInfo(
        name=row.name,
        role=row.role,
        prefix=row.prefix,
        created_at=as_utc(row.created_at),
        created_by=row.created_by,
        revoked_at=as_utc(row.revoked_at),
    )


def write_audit(
    conn: Connection,
    *,
    actor: str,
    action: str,
    target: str | None,
    before: Any = None,
    after: Any = None,
    at: datetime | None = None,
) -> None:
    """One audit row, in the caller's transaction: the write and its record stand or fall together."""
    conn.execute(
        insert(audit_log).values(
            at=at or datetime.now(UTC), actor=actor, action=action, target=target, before=before, after=after
        )
    )


def move_access_version(conn: Connection) -> None:
    """Move the access version (row 2 of `store_version`, made by the first token written) in the
    caller's transaction: a server caches tokens per access version, so a token revoked here is
    refused by the next request through any worker (`Store.versions` reads it with the data
    version, in one statement)."""
    dialect_insert = postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert
    stmt = dialect_insert(store_version).values(id=ACCESS_VERSION_ROW, version=1)
    conn.execute(
        stmt.on_conflict_do_update(index_elements=["id"], set_={"version": store_version.c.version + 1})
    )


class AccessMixin:
    """Token and audit methods of `Store` (needs `self.engine`)."""

    engine: Any
    reader: Any  # the engine for reads (Store.reader)

    def create_token(self, name: str, role: str, *, created_by: str | None = None) -> str:
        """A new token for `name` with `role`; returns the token itself (shown once, never stored)."""
        if role not in ROLES:
            raise ValueError(f"unknown role {role!r}; use one of {', '.join(ROLES)}")
        if not isinstance(name, str) or not _NAME_RE.match(name):
            raise ValueError("a token name is 1-100 letters, digits, '.', '_', '@' or '-'")
        token = TOKEN_PREFIX + secrets.token_urlsafe(32)
        now = datetime.now(UTC)
        with write_transaction(self.engine) as conn:
            taken = conn.execute(select(api_tokens.c.id).where(api_tokens.c.name == name)).first()
            if taken is not None:
                raise ValueError(f"a token named {name!r} exists; revoke it first or choose another name")
            conn.execute(
                insert(api_tokens).values(
                    name=name,
                    role=role,
                    token_hash=hash_token(token),
                    prefix=token[: len(TOKEN_PREFIX) + 4],
                    created_at=now,
                    created_by=created_by,
                )
            )
            write_audit(
                conn,
                actor=created_by or "cli",
                action="token.create",
                target=f"token:{name}",
                after={"name": name, "role": role},
                at=now,
            )
            move_access_version(conn)
        return token

    def revoke_token(self, name: str, *, actor: str | None = None) -> bool:
        """Revoke the token named `name`; False when there is no active token by that name. A
        revoked token's name is freed (the row stays, renamed, for the audit trail)."""
        now = datetime.now(UTC)
        with write_transaction(self.engine) as conn:
            row = conn.execute(
                select(api_tokens).where(api_tokens.c.name == name, api_tokens.c.revoked_at.is_(None))
            ).first()
            if row is None:
                return False
            conn.execute(
                update(api_tokens)
                .where(api_tokens.c.id == row.id)
                .values(revoked_at=now, name=f"{name}#revoked{row.id}"[:100])
            )
            write_audit(
                conn,
                actor=actor or "cli",
                action="token.revoke",
                target=f"token:{name}",
                before={"name": name, "role": row.role},
                after={"revoked_at": now.isoformat()},
                at=now,
            )
            move_access_version(conn)
        return True

    def tokens(self, *, include_revoked: bool = False) -> list[TokenInfo]:
        query = select(api_tokens).order_by(api_tokens.c.created_at, api_tokens.c.id)
        if not include_revoked:
            query = query.where(api_tokens.c.revoked_at.is_(None))
        with self.reader.connect() as conn:
            return [_token_info(row) for row in conn.execute(query)]

    def token_for(self, token: str) -> TokenInfo | None:
        """The active token with this value, or None."""
        if not token or len(token) > 200:
            return None
        with self.reader.connect() as conn:
            row = conn.execute(
                select(api_tokens).where(
                    api_tokens.c.token_hash == hash_token(token), api_tokens.c.revoked_at.is_(None)
                )
            ).first()
        return _token_info(row) if row else None

    def audit_log(self, target: str | None = None, *, limit: int | None = None) -> list[AuditEntry]:
        """Every audited write, oldest first."""
        query = select(audit_log).order_by(audit_log.c.id)
        if target is not None:
            query = query.where(audit_log.c.target == target)
        query = query.limit(limit)
        with self.reader.connect() as conn:
            return [
                AuditEntry(
                    id=row.id,
                    at=as_utc(row.at),
                    actor=row.actor,
                    action=row.action,
                    target=row.target,
                    before=row.before,
                    after=row.after,
                )
                for row in conn.execute(query)
            ]
