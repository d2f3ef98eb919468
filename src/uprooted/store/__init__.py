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
    StoreResult,
    apply_changes,
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
    "StoreResult",
    "apply_changes",
    "resolve_db_url",
]
