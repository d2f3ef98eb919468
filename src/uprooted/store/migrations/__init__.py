"""Alembic environment of the store; run through `uprooted.store.migrate`, no alembic.ini needed."""
