"""Documents, machine facts and event links.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("doc_id", sa.String, primary_key=True),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("lang", sa.String),
        sa.Column("published", sa.Date),
        sa.Column("url", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("source_path", sa.Text),
        sa.Column("kind", sa.String, nullable=False),
        sa.Column("outlet", sa.String),
        sa.Column("near_duplicate_of", sa.String),
        sa.Column("meta", sa.JSON),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("content_hash", name="uq_documents_content_hash"),
    )
    op.create_index("ix_documents_lang", "documents", ["lang"])

    op.create_table(
        "facts",
        sa.Column("fact_id", sa.String, primary_key=True),
        sa.Column("doc_id", sa.String, nullable=False),
        sa.Column("origin", sa.String, nullable=False),
        sa.Column("extractor", sa.String),
        sa.Column("current", sa.Boolean, nullable=False),
        sa.Column("base_spec", sa.JSON, nullable=False),
        sa.Column("lang", sa.String),
        sa.Column("measure", sa.String, nullable=False),
        sa.Column("country", sa.String),
        sa.Column("place_name", sa.String),
        sa.Column("area", sa.String),
        sa.Column("start_date", sa.String),
        sa.Column("end_date", sa.String),
        sa.Column("value", sa.BigInteger),
        sa.Column("confidence", sa.Float),
        sa.Column("position", sa.Integer),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    for column in ("doc_id", "lang", "measure", "country", "place_name", "end_date"):
        op.create_index(f"ix_facts_{column}", "facts", [column])

    op.create_table(
        "links",
        sa.Column("doc_id", sa.String, primary_key=True),
        sa.Column("event_id", sa.String, nullable=False),
    )
    op.create_index("ix_links_event_id", "links", ["event_id"])


def downgrade() -> None:
    op.drop_table("links")
    op.drop_table("facts")
    op.drop_table("documents")
