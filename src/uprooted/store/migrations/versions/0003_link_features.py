"""Linking features per document: the link profile and the sentence embedding, computed once.

Revision ID: 0003_link_features
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_link_features"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "link_features",
        sa.Column("doc_id", sa.String, primary_key=True),
        sa.Column("profile_version", sa.String, nullable=False),
        sa.Column("profile", sa.JSON, nullable=False),
        sa.Column("embedding_model", sa.String),
        sa.Column("embedding", sa.LargeBinary),
    )


def downgrade() -> None:
    op.drop_table("link_features")
