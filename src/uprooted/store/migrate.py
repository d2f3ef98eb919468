"""Run the store's alembic migrations programmatically, on an engine we already hold."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine

from .db import write_transaction

MIGRATIONS_DIR = Path(__file__).resolve().with_name("migrations")
_PG_LOCK_KEY = 7_370_113_203  # serialises concurrent migrations of one PG database


def alembic_config(connection: Connection | None = None, schema: str | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    config.attributes["connection"] = connection
    config.attributes["schema"] = schema
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine, schema: str | None = None) -> str | None:
    with engine.connect() as conn:
        opts = {"version_table_schema": schema} if schema else {}
        return MigrationContext.configure(conn, opts=opts).get_current_revision()


def upgrade(engine: Engine, revision: str = "head", *, schema: str | None = None) -> bool:
    """Bring the database to `revision` in one transaction; False when it already was there."""
    target = head_revision() if revision == "head" else revision
    if current_revision(engine, schema) == target:
        return False
    with write_transaction(engine) as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
        opts = {"version_table_schema": schema} if schema else {}
        if MigrationContext.configure(conn, opts=opts).get_current_revision() == target:
            return False
        command.upgrade(alembic_config(conn, schema), revision)
    return True
