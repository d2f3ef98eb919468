"""The tables at the head revision (the migrations in `migrations/versions` create them).

Facts keep the machine (or manual) fact as extracted in `base_spec`; an analyst's changes live
in `reviews`, keyed by fact_id, and are applied on read. The indexed columns of `facts` hold
the *effective* values (corrections applied) so filters see what the analyst sees.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

documents = Table(
    "documents",
    metadata,
    Column("doc_id", String, primary_key=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("text", Text, nullable=False),
    Column("lang", String, index=True),
    Column("published", Date),
    Column("url", Text),
    Column("title", Text),
    Column("source_path", Text),
    Column("kind", String, nullable=False),
    Column("outlet", String),
    Column("near_duplicate_of", String),
    Column("meta", JSON(none_as_null=True)),
    Column("added_at", DateTime(timezone=True), nullable=False),
)

facts = Table(
    "facts",
    metadata,
    Column("fact_id", String, primary_key=True),
    Column("doc_id", String, nullable=False, index=True),
    Column("origin", String, nullable=False),  # machine | manual
    Column("extractor", String),
    Column("current", Boolean, nullable=False),  # in the latest extraction of its document
    Column("base_spec", JSON, nullable=False),
    Column("lang", String, index=True),
    Column("measure", String, nullable=False, index=True),
    Column("country", String, index=True),
    Column("place_name", String, index=True),
    Column("area", String),
    Column("start_date", String),
    Column("end_date", String, index=True),
    Column("value", BigInteger),
    Column("confidence", Float),
    Column("position", Integer),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("status", String, nullable=False, index=True),  # revision 0002
)

links = Table(
    "links",
    metadata,
    Column("doc_id", String, primary_key=True),
    Column("event_id", String, nullable=False, index=True),
)

# What linking reads of each document, computed once (at ingest or at the first `link`): the
# profile (places as gazetteer ids, countries, figures, names) and the sentence embedding (float32
# bytes, when the `embed` extra is installed). Revision 0003.
link_features = Table(
    "link_features",
    metadata,
    Column("doc_id", String, primary_key=True),
    Column("profile_version", String, nullable=False),
    Column("profile", JSON, nullable=False),
    Column("embedding_model", String),
    Column("embedding", LargeBinary),
)

reviews = Table(
    "reviews",
    metadata,
    Column("fact_id", String, primary_key=True),
    Column("status", String, nullable=False),
    Column("changes", JSON, nullable=False),
    Column("analyst", String, nullable=False),
    Column("note", Text),
    Column("reviewed_at", DateTime(timezone=True), nullable=False),
)

review_log = Table(
    "review_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("fact_id", String, nullable=False, index=True),
    Column("action", String, nullable=False),
    Column("changes", JSON, nullable=False),
    Column("analyst", String, nullable=False),
    Column("note", Text),
    Column("at", DateTime(timezone=True), nullable=False),
)
