"""Access: API tokens (hashed) with roles, an audit log of every write, and the index that
serves /api/facts pages in their order.

Revision ID: 0004_access
Revises: 0003_link_features
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_access"
down_revision = "0003_link_features"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "api_tokens",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(100), nullable=False, unique=True),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("prefix", sa.String(12), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(100)),
        sa.Column("revoked_at", sa.DateTime(timezone=True)),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("target", sa.String(300)),
        sa.Column("before", sa.JSON),
        sa.Column("after", sa.JSON),
    )
    op.create_index("ix_audit_log_target", "audit_log", ["target"])
    op.create_index("ix_facts_page", "facts", ["doc_id", "position", "fact_id"])


def downgrade() -> None:
    op.drop_index("ix_facts_page", "facts")
    op.drop_table("audit_log")
    op.drop_table("api_tokens")
