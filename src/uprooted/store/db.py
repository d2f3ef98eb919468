"""Database URLs and engines: one place that knows SQLite from PostgreSQL."""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, DisconnectionError
from sqlalchemy.pool import StaticPool

DB_ENV = "UPROOTED_DB"
DEFAULT_DB_URL = "sqlite:///uprooted.sqlite"

_SCHEMA_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")


class StoreError(Exception):
    """The store cannot be reached or used; the message says which database and why."""


def as_utc(moment: datetime | None) -> datetime | None:
    """A time read back, in UTC as it was written (`store._now`): SQLite hands timestamps back
    naive, PostgreSQL in the session's time zone. A review's answer (built from what it wrote)
    and a later read of the same fact then show the same time the same way, and the API may
    serve the one for the other (`api.cache.FactCache.reviewed`, which keys facts by it). Every
    time the store reads back (facts, reviews, tokens, the audit log) passes through here: the
    API returns times in UTC, written with +00:00."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def resolve_db_url(url: str | None = None) -> str:
    """Argument > env UPROOTED_DB > ./uprooted.sqlite; a file path means SQLite."""
    raw = (url or "").strip() or os.environ.get(DB_ENV, "").strip() or DEFAULT_DB_URL
    if raw == ":memory:":
        return "sqlite://"
    for prefix in ("postgresql://", "postgres://"):
        if raw.startswith(prefix):
            return "postgresql+psycopg://" + raw[len(prefix) :]
    if "://" in raw:
        return raw
    return f"sqlite:///{Path(raw).expanduser()}"


def display_url(url: str | URL) -> str:
    """The URL without its password, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return str(url)


def split_schema(url: str) -> tuple[str, str | None]:
    """Pull our own `?schema=name` out of a URL, so a single string can name a PG schema."""
    parsed = make_url(url)
    schema = parsed.query.get("schema")
    if schema is None:
        return url, None
    if isinstance(schema, tuple):
        schema = schema[-1]
    stripped = parsed.difference_update_query(["schema"])
    return stripped.render_as_string(hide_password=False), schema


def check_schema_name(schema: str) -> str:
    if not _SCHEMA_NAME.match(schema):
        raise StoreError(f"invalid schema name {schema!r}: use letters, digits and _")
    return schema


def _dumps(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False)


def make_engine(url: str, schema: str | None = None) -> Engine:
    """An engine with the per-dialect settings the store relies on (real SQLite transactions,
    WAL, foreign keys; PG search_path and a connect timeout)."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StoreError(f"invalid database url {url!r}: {exc}") from None
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        return _sqlite_engine(parsed)
    if backend == "postgresql":
        return _pg_engine(parsed, schema)
    raise StoreError(f"unsupported database {display_url(parsed)}: use sqlite or postgresql")


def _sqlite_engine(parsed: URL) -> Engine:
    database = parsed.database or ""
    in_memory = database in ("", ":memory:")
    if not in_memory:
        Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    kwargs: dict = {"connect_args": {"check_same_thread": False, "timeout": 30}}
    if in_memory:
        kwargs["poolclass"] = StaticPool
    engine = create_engine(parsed, json_serializer=_dumps, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # noqa: ANN001
        # pysqlite's own transaction handling skips DDL; take it over (SQLAlchemy's recipe)
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        if not in_memory:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # noqa: ANN001
        # writers take the lock up front, so a read-then-write never fails with "database is locked"
        immediate = conn.get_execution_options().get("immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


# A pooled PostgreSQL connection idle longer than this is pinged before it is used again.
PING_AFTER_IDLE_SECONDS = 5.0
PG_POOL_SIZE, PG_POOL_OVERFLOW = 20, 20


def _pg_engine(parsed: URL, schema: str | None) -> Engine:
    connect_args = {"connect_timeout": 10}
    # As many connections as a server has threads for requests (anyio's 40): with SQLAlchemy's
    # default (5, and 10 more that are closed when returned), a busy server's threads queued for a
    # connection (each hand-over waking a thread) and opened and closed the extra ten all the
    # time (a PostgreSQL backend started per connection). Only what is used is opened.
    engine = create_engine(
        parsed,
        json_serializer=_dumps,
        connect_args=connect_args,
        pool_size=PG_POOL_SIZE,
        max_overflow=PG_POOL_OVERFLOW,
    )

    # SQLAlchemy's pool_pre_ping pings at every checkout: a round trip before every query of a
    # busy server (a server request reads twice). Pinged here only after an idle spell, the
    # "pessimistic" recipe of SQLAlchemy's docs with a threshold: a connection that fails its
    # ping is replaced before use (DisconnectionError makes the pool connect again). A database
    # restarted within seconds of a connection's last use fails that connection's next statement
    # once; SQLAlchemy then discards every pooled connection, and the next requests reconnect.
    @event.listens_for(engine, "checkin")
    def _checked_in(_dbapi_conn, record):  # noqa: ANN001
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _checked_out(dbapi_conn, record, _proxy):  # noqa: ANN001
        idle_since = record.info.get("idle_since")
        if idle_since is None or time.monotonic() - idle_since < PING_AFTER_IDLE_SECONDS:
            return  # new, or back in the pool moments ago
        try:
            engine.dialect.do_ping(dbapi_conn)
        except Exception as exc:
            raise DisconnectionError(f"pooled connection failed its ping: {exc}") from exc

    if schema:
        check_schema_name(schema)

        @event.listens_for(engine, "connect", insert=True)
        def _set_search_path(dbapi_conn, _record):  # noqa: ANN001
            autocommit = dbapi_conn.autocommit
            dbapi_conn.autocommit = True
            cursor = dbapi_conn.cursor()
            cursor.execute(f'SET SESSION search_path TO "{schema}"')
            cursor.close()
            dbapi_conn.autocommit = autocommit

    return engine


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """A transaction that will write: on SQLite it holds the write lock from its first statement."""
    with engine.connect() as conn:
        conn = conn.execution_options(immediate=True)
        with conn.begin():
            yield conn
