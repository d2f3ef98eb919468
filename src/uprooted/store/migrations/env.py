"""Alembic env: runs on the connection `uprooted.store.migrate` hands over in config.attributes."""

from alembic import context

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run store migrations through uprooted.store (Store(url) or migrate.upgrade)")

context.configure(
    connection=connection,
    target_metadata=None,
    version_table_schema=config.attributes.get("schema"),
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
