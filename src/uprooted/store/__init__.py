"""uprooted.store: documents, facts, analyst review and event links on SQLite or PostgreSQL."""

from .db import DEFAULT_DB_URL, StoreError, resolve_db_url
from .store import (
    CORRECTABLE,
    STATUSES,
    AddResult,
    FactNotFound,
    ReviewEntry,
    Status,
    Store,
    StoredFact,
    StoreMissing,
    StoreResult,
    apply_changes,
    open_store,
)

__all__ = [
    "CORRECTABLE",
    "DEFAULT_DB_URL",
    "STATUSES",
    "AddResult",
    "FactNotFound",
    "ReviewEntry",
    "Status",
    "Store",
    "StoreError",
    "StoredFact",
    "StoreMissing",
    "StoreResult",
    "apply_changes",
    "open_store",
    "resolve_db_url",
]
