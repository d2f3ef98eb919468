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
    Index,
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
    Index("ix_facts_page", "doc_id", "position", "fact_id"),  # revision 0003: /api/facts pages
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

# revision 0003 ---------------------------------------------------------------------------------
api_tokens = Table(
    "api_tokens",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(100), nullable=False, unique=True),
    Column("role", String(20), nullable=False),  # viewer | analyst | admin
    Column("token_hash", String(64), nullable=False, unique=True),  # sha256 of the token
    Column("prefix", String(12), nullable=False),  # first characters, to tell tokens apart
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("created_by", String(100)),
    Column("revoked_at", DateTime(timezone=True)),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("actor", String(200), nullable=False),  # the token's name (or the CLI's analyst)
    Column("action", String(40), nullable=False),
    Column("target", String(300), index=True),
    Column("before", JSON),
    Column("after", JSON),
)

# revision 0005 ---------------------------------------------------------------------------------
# Row 1: the store's version, moved by every write in its own transaction. The row lock
# taken by that update makes versions commit in order, so a reader that sees version v has seen
# every write up to v. Row 2 (ACCESS_VERSION_ROW, made by the first token written): the access
# version, moved by every token created or revoked; a server caches tokens per access version.
ACCESS_VERSION_ROW = 2
store_version = Table(
    "store_version",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("version", BigInteger, nullable=False),
)

# What each version touched: kind `fact` (key: fact_id), `document` (doc_id) or `all` (links or
# near-duplicate marks replaced: the matrix is rebuilt). Old rows are pruned (CHANGE_LOG_KEEP).
changes = Table(
    "changes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("version", BigInteger, nullable=False, index=True),
    Column("kind", String(20), nullable=False),
    Column("key", String, nullable=False),
)
