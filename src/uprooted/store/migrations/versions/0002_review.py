"""Analyst review: corrections keyed by fact_id, a review log, and a status column on facts.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("facts", sa.Column("status", sa.String, nullable=False, server_default="machine"))
    op.execute("UPDATE facts SET status = 'manual' WHERE origin = 'manual'")
    op.create_index("ix_facts_status", "facts", ["status"])

    op.create_table(
        "reviews",
        sa.Column("fact_id", sa.String, primary_key=True),
        sa.Column("status", sa.String, nullable=False),
        sa.Column("changes", sa.JSON, nullable=False),
        sa.Column("analyst", sa.String, nullable=False),
        sa.Column("note", sa.Text),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "review_log",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("fact_id", sa.String, nullable=False),
        sa.Column("action", sa.String, nullable=False),
        sa.Column("changes", sa.JSON, nullable=False),
        sa.Column("analyst", sa.String, nullable=False),
        sa.Column("note", sa.Text),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_review_log_fact_id", "review_log", ["fact_id"])


def downgrade() -> None:
    op.drop_table("review_log")
    op.drop_table("reviews")
    op.drop_index("ix_facts_status", "facts")
    with op.batch_alter_table("facts") as batch:
        batch.drop_column("status")
