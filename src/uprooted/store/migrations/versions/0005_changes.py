"""The store's version and its change log: every write moves one version number, in the same
transaction, and records which facts and documents it touched, so each API process updates only the
matrix cells those facts belong to (and never serves a matrix older than a write another process made).

Revision ID: 0005_changes
Revises: 0004_access
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_changes"
down_revision = "0004_access"
branch_labels = None
depends_on = None


def upgrade() -> None:
    version = op.create_table(
        "store_version",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("version", sa.BigInteger, nullable=False),
    )
    op.bulk_insert(version, [{"id": 1, "version": 1}])
    op.create_table(
        "changes",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("version", sa.BigInteger, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("key", sa.String, nullable=False),
    )
    op.create_index("ix_changes_version", "changes", ["version"])


def downgrade() -> None:
    op.drop_index("ix_changes_version", table_name="changes")
    op.drop_table("changes")
    op.drop_table("store_version")
