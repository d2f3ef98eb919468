"""Test helpers: a Store (or a URL) on SQLite and, when UPROOTED_TEST_PG is set, PostgreSQL.

In a conftest.py:

    from uprooted.store.testing import db_url_fixture, store_fixture
    store = store_fixture()      # fixture `store`, parametrised [sqlite, postgres]
    db_url = db_url_fixture()    # fixture `db_url`: a URL string for code that opens Store(url)

Each PostgreSQL variant gets its own schema, created and dropped around the test, so tests
can run repeatedly and side by side against one database.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from .db import resolve_db_url
from .store import Store

PG_ENV = "UPROOTED_TEST_PG"
BACKENDS = ("sqlite", "postgres")
SKIP_MESSAGE = f"{PG_ENV} not set: postgres variant skipped (e.g. {PG_ENV}=postgresql+psycopg://postgres@127.0.0.1:5432/test)"


def pg_test_url() -> str | None:
    raw = os.environ.get(PG_ENV, "").strip()
    return resolve_db_url(raw) if raw else None


def backend_params() -> list:
    """pytest params for the two backends (postgres marked `postgres`)."""
    return [
        pytest.param("sqlite", id="sqlite"),
        pytest.param("postgres", id="postgres", marks=pytest.mark.postgres),
    ]


@contextmanager
def temp_pg_schema(url: str | None = None) -> Iterator[str]:
    """A fresh schema in the test database, dropped (with everything in it) afterwards."""
    url = url or pg_test_url()
    if not url:
        pytest.skip(SKIP_MESSAGE)
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
        yield schema
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        admin.dispose()


@contextmanager
def temp_db_url(backend: str, tmp_path: Path) -> Iterator[str]:
    """A URL for an empty database of `backend`; PG URLs carry `?schema=` which Store understands."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'uprooted.sqlite'}"
        return
    if backend != "postgres":
        raise ValueError(f"unknown backend {backend!r}; use one of {BACKENDS}")
    url = pg_test_url()
    if not url:
        pytest.skip(SKIP_MESSAGE)
    with temp_pg_schema(url) as schema:
        yield make_url(url).update_query_dict({"schema": schema}).render_as_string(hide_password=False)


@contextmanager
def temp_store(backend: str, tmp_path: Path, **kwargs) -> Iterator[Store]:
    """An open, migrated, empty Store on `backend`; closed (and its PG schema dropped) after."""
    with temp_db_url(backend, tmp_path) as url:
        store = Store(url, **kwargs)
        try:
            yield store
        finally:
            store.close()


def store_fixture(name: str = "store") -> Callable:
    """A pytest fixture yielding a fresh Store, parametrised over sqlite and postgres."""

    @pytest.fixture(name=name, params=backend_params())
    def _store(request, tmp_path):  # noqa: ANN001, ANN202
        with temp_store(request.param, tmp_path) as store:
            yield store

    return _store


def db_url_fixture(name: str = "db_url") -> Callable:
    """A pytest fixture yielding an empty database URL, parametrised over sqlite and postgres."""

    @pytest.fixture(name=name, params=backend_params())
    def _db_url(request, tmp_path):  # noqa: ANN001, ANN202
        with temp_db_url(request.param, tmp_path) as url:
            yield url

    return _db_url
