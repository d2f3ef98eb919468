"""The store: documents, machine facts, analyst review and event links, on SQLite or PostgreSQL."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, NamedTuple

from pydantic import BaseModel, Field, ValidationError
from sqlalchemy import Select, delete, func, insert, select, true, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Row, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError

from uprooted.models import Document, Fact, content_hash

from . import migrate as migrations
from . import pg_sql
from .access import AccessMixin, write_audit
from .db import (
    StoreError,
    as_utc,
    display_url,
    make_engine,
    resolve_db_url,
    split_schema,
    write_transaction,
)
from .schema import (
    ACCESS_VERSION_ROW,
    changes,
    documents,
    facts,
    link_features,
    links,
    review_log,
    reviews,
    store_version,
)

Status = Literal["machine", "corrected", "confirmed", "rejected", "manual"]
STATUSES: tuple[str, ...] = Status.__args__  # type: ignore[attr-defined]
REVIEWED = ("corrected", "confirmed", "rejected")

# What an analyst may change on a fact.
CORRECTABLE = frozenset(
    {
        "value",
        "low",
        "high",
        "qualifier",
        "unit",
        "measure",
        "term",
        "start",
        "end",
        "place",
        "source",
        "flags",
        "reported_value",
    }
)
_PLACE_RESOLUTION = ("lat", "lon", "geonames_id", "admin1")
_ISO_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


class FactNotFound(LookupError):
    """No fact with that id (the API maps it to 404)."""


class AddResult(BaseModel):
    added: int = 0
    skipped: int = 0
    doc_ids: list[str] = Field(default_factory=list)  # stored id of each input, in input order
    renamed: dict[str, str] = Field(default_factory=dict)  # asked id -> stored id (id held by other text)


MAX_SOURCES = 50  # other places one text was found at, kept on the document (meta.sources)


def _wanted_statuses(status: str | Iterable[str] | None) -> list[str] | None:
    """The review statuses a fact query asks for (None: any); ValueError on an unknown one."""
    wanted = [status] if isinstance(status, str) else list(status) if status is not None else None
    if wanted is not None:
        bad = sorted(set(wanted) - set(STATUSES))
        if bad:
            raise ValueError(f"unknown status {', '.join(bad)}; use one of {', '.join(STATUSES)}")
    return wanted


class StoreResult(BaseModel):
    """What `store_document` did with one document."""

    asked_id: str
    doc_id: str  # the id the store gave it (its facts are stored under this id)
    added: bool
    renamed: bool = False  # asked_id was held by another text
    same_as: str | None = None  # the same text was already stored under this id
    new_source: bool = False
    facts: int = 0


class StoredFact(BaseModel):
    fact_id: str
    fact: Fact  # with the analyst's corrections applied
    status: Status
    machine_fact: Fact | None = None  # as extracted; None for a manual fact
    reviewed_by: str | None = None
    reviewed_at: datetime | None = None
    note: str | None = None
    origin: Literal["machine", "manual"] = "machine"
    extractor: str | None = None
    current: bool = True  # False: the latest extraction no longer yields it (kept for its review)
    changes: dict[str, Any] = Field(default_factory=dict)


class ReviewEntry(BaseModel):
    id: int
    fact_id: str
    action: Literal["correct", "reject", "confirm", "add"]
    changes: dict[str, Any] = Field(default_factory=dict)
    analyst: str
    note: str | None = None
    at: datetime


class Reviewed(NamedTuple):
    """A review's result: the fact after it and its whole review log, oldest first."""

    fact: StoredFact
    log: list[ReviewEntry]


class _RowView:
    """A mapping seen as a row (`Store._stored` reads attributes)."""

    def __init__(self, values: Mapping[str, Any]) -> None:
        self.__dict__.update(values)
        self._mapping = dict(values)


class _PgReview:
    """A review's transaction on PostgreSQL, on a pooled connection used through psycopg itself
    (`Store.review_fact`): the lookup with the fact's row locked, its log, then the writes
    (`pg_sql.REVIEW_WRITE`) and COMMIT sent in one pipeline. Sent one after the other, the
    version row's lock (every writer's) was held from the writes' answer until this thread sent
    COMMIT: in a server of 40 threads sharing one GIL, milliseconds during which every other
    review waited. Anything raised rolls it back."""

    def __init__(self, engine: Any) -> None:
        self.engine = engine

    def __enter__(self) -> _PgReview:
        self.pooled = self.engine.raw_connection()
        self.pg = self.pooled.driver_connection
        if self.pg.autocommit:  # a reader's connection is reset when returned; be sure
            self.pg.autocommit = False
        return self

    def __exit__(self, kind: Any, exc: Any, tb: Any) -> None:
        broken = self.pg.closed or self.pg.broken
        if not broken:
            try:
                self.pg.rollback()  # nothing when committed (the connection is idle)
            except Exception:  # noqa: BLE001 - the review's own error, if any, is the one raised
                broken = True
        if broken:
            # a connection that died under the review is not handed to the next one (the pool's
            # own reset would find out too; this does not rely on it)
            self.pooled.invalidate()
        self.pooled.close()

    def lookup(self, fact_id: str) -> _RowView | None:
        from psycopg.rows import dict_row

        with self.pg.cursor(row_factory=dict_row) as cur:
            found = cur.execute(pg_sql.REVIEW_LOOKUP, {"fact_id": fact_id}).fetchone()
        return _RowView(found) if found is not None else None

    def review_log(self, fact_id: str) -> list[ReviewEntry]:
        with self.pg.cursor() as cur:
            rows = cur.execute(pg_sql.REVIEW_LOG, {"fact_id": fact_id}).fetchall()
        return [
            ReviewEntry(id=i, fact_id=f, action=a, changes=c or {}, analyst=w, note=n, at=as_utc(t))
            for i, f, a, c, w, n, t in rows
        ]

    def write_and_commit(self, params: dict[str, Any]) -> int:
        """The review's writes and COMMIT in one round trip; returns the log entry's id."""
        with self.pg.pipeline(), self.pg.cursor() as cur:
            cur.execute(pg_sql.REVIEW_WRITE, params)
            self.pg.commit()
            new_version, entry_id = cur.fetchone()
        if new_version % 500 == 0:  # the change log pruned, in a transaction of its own
            with self.pg.cursor() as cur:
                cur.execute(pg_sql.PRUNE_CHANGES, {"upto": new_version - CHANGE_LOG_KEEP})
            self.pg.commit()
        return int(entry_id)


def _now() -> datetime:
    return datetime.now(UTC)


def _reason(exc: DBAPIError) -> str:
    return (str(exc.orig) if exc.orig is not None else str(exc)).strip()


def _clean_text(text: str | None) -> str | None:
    # PostgreSQL refuses NUL in text; U+FFFD keeps every character offset where it was.
    return text.replace("\x00", "\ufffd") if text else text


def check_date(value: Any, field: str) -> None:
    if value is None:
        return
    if not isinstance(value, str) or not _ISO_DATE.match(value):
        raise ValueError(f"{field} must be an ISO date YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    if len(value) == 10:
        try:
            datetime.strptime(value, "%Y-%m-%d")
        except ValueError:
            raise ValueError(f"{field} is not a real date: {value!r}") from None


def apply_changes(base: Fact, changes: Mapping[str, Any]) -> Fact:
    """The fact as the analyst sees it. A place dict merges over the extracted place (dropping the
    old coordinates when the name or country changes); a new exact value sets low = high = value."""
    if not changes:
        return base
    data = base.model_dump()
    for key, new in changes.items():
        if key == "place" and isinstance(new, Mapping):
            old = dict(data.get("place") or {})
            moved = any(k in new and new[k] != old.get(k) for k in ("name", "country"))
            if moved:
                for k in _PLACE_RESOLUTION:
                    old.pop(k, None)
            old.update(new)
            data["place"] = old
        else:
            data[key] = new
    if "value" in changes and "low" not in changes and "high" not in changes:
        if data.get("qualifier") == "exact":
            data["low"] = data["high"] = data["value"]
    return Fact.model_validate(data)


def _merge_changes(old: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(old)
    for key, value in new.items():
        if key == "place" and isinstance(value, Mapping) and isinstance(merged.get("place"), Mapping):
            merged["place"] = {**merged["place"], **value}
        else:
            merged[key] = value
    return merged


def _validate_changes(fact_id: str, changes: Mapping[str, Any]) -> None:
    if not isinstance(changes, Mapping) or not changes:
        raise ValueError(f"no changes given for fact {fact_id}")
    unknown = sorted(set(changes) - CORRECTABLE)
    if unknown:
        raise ValueError(f"cannot change {', '.join(unknown)}; allowed: {', '.join(sorted(CORRECTABLE))}")
    check_date(changes.get("start"), "start")
    check_date(changes.get("end"), "end")
    if "place" in changes and changes["place"] is not None and not isinstance(changes["place"], Mapping):
        raise ValueError("place must be a dict (name, country, area, ...) or null")


def _validation_message(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err["loc"]) or "fact"
        parts.append(f"{where}: {err['msg']}")
    return "; ".join(parts)


def _index_columns(fact: Fact) -> dict[str, Any]:
    place = fact.place
    return {
        "measure": fact.measure,
        "country": place.country.upper() if place and place.country else None,
        "place_name": place.name if place else None,
        "area": place.area if place else None,
        "start_date": fact.start,
        "end_date": fact.end,
        "value": fact.value,
        "confidence": fact.confidence,
    }


def _position(fact: Fact) -> int | None:
    return min((e.start for e in fact.evidence), default=None)


# How many versions of the change log are kept: a reader further behind rebuilds its matrix whole.
CHANGE_LOG_KEEP = 5000


class Changes(BaseModel):
    """What changed between two store versions (`Store.changes_since`)."""

    version: int
    facts: set[str] = Field(default_factory=set)
    documents: set[str] = Field(default_factory=set)
    everything: bool = False  # links or near-duplicate marks replaced, or the log no longer reaches back


def record_change(
    conn: Connection, *, facts: Iterable[str] = (), documents: Iterable[str] = (), everything: bool = False
) -> int:
    """Move the store's version and log what this transaction touched; call it last in a write
    transaction (the version row's lock is held until commit, so it is held briefly, and taking it
    last keeps the lock order of every writer the same: no deadlock)."""
    rows = [("fact", str(k)) for k in sorted(set(facts))] + [
        ("document", str(k)) for k in sorted(set(documents))
    ]
    if everything:
        rows.append(("all", "*"))
    if not rows:
        return 0
    version = conn.execute(
        update(store_version)
        .where(store_version.c.id == 1)
        .values(version=store_version.c.version + 1)
        .returning(store_version.c.version)
    ).scalar_one()
    conn.execute(insert(changes), [{"version": version, "kind": kind, "key": key} for kind, key in rows])
    if version % 500 == 0:
        conn.execute(delete(changes).where(changes.c.version <= version - CHANGE_LOG_KEEP))
    return int(version)


def _merge_mentions(doc_id: str, new_facts: Sequence[Fact]) -> dict[str, Fact]:
    """Facts with one id (same measure, value, place, dates) are one fact with all their evidence."""
    merged: dict[str, Fact] = {}
    for fact in new_facts:
        if fact.doc_id != doc_id:
            raise ValueError(f"fact for document {fact.doc_id!r} given to replace_facts({doc_id!r})")
        check_date(fact.start, "start")
        check_date(fact.end, "end")
        fid = fact.fact_id()
        if fid not in merged:
            merged[fid] = fact
            continue
        kept = merged[fid]
        evidence = list(kept.evidence) + [e for e in fact.evidence if e not in kept.evidence]
        flags = list(dict.fromkeys([*kept.flags, *fact.flags]))
        merged[fid] = kept.model_copy(
            update={"evidence": evidence, "flags": flags, "confidence": max(kept.confidence, fact.confidence)}
        )
    return merged


class Store(AccessMixin):
    """Documents, facts, reviews and links in one database (SQLite file or PostgreSQL)."""

    def __init__(self, url: str | None = None, *, migrate: bool = True, schema: str | None = None) -> None:
        resolved = resolve_db_url(url)
        resolved, url_schema = split_schema(resolved)
        self.url = resolved
        self.schema = schema or url_schema
        self.engine = make_engine(resolved, self.schema)
        self.dialect = self.engine.dialect.name
        # the hot statements are written out for PostgreSQL (`pg_sql`); SQLite runs the expressions
        self.postgres = self.dialect == "postgresql"
        if self.dialect != "postgresql":
            self.schema = None
        # Reads run outside a transaction on PostgreSQL: each is one statement, which sees the
        # same committed data as in a READ COMMITTED transaction, without the BEGIN before it and
        # the ROLLBACK when the connection returns to the pool (two round trips of three).
        self.reader = (
            self.engine.execution_options(isolation_level="AUTOCOMMIT")
            if self.dialect == "postgresql"
            else self.engine
        )
        self.migrated = False
        try:
            if self.schema:
                self._ensure_schema()
            with self.engine.connect():
                pass
            if migrate:
                self.migrated = migrations.upgrade(self.engine, schema=self.schema)
        except OperationalError as exc:
            self.engine.dispose()
            raise StoreError(f"cannot connect to {display_url(resolved)}: {_reason(exc)}") from None
        except DBAPIError as exc:  # e.g. not a database file, no right to create tables
            self.engine.dispose()
            raise StoreError(f"cannot open store {display_url(resolved)}: {_reason(exc)}") from None

    def _ensure_schema(self) -> None:
        with self.engine.connect() as conn:
            conn = conn.execution_options(isolation_level="AUTOCOMMIT")
            exists = conn.exec_driver_sql(
                "SELECT 1 FROM information_schema.schemata WHERE schema_name = %(s)s", {"s": self.schema}
            ).first()
            if not exists:
                conn.exec_driver_sql(f'CREATE SCHEMA IF NOT EXISTS "{self.schema}"')

    # lifecycle ------------------------------------------------------------------------------
    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        schema = f" schema={self.schema}" if self.schema else ""
        return f"<Store {display_url(self.url)}{schema}>"

    def upgrade(self, revision: str = "head") -> bool:
        """Run migrations up to `revision` (normally done on open)."""
        return migrations.upgrade(self.engine, revision, schema=self.schema)

    def revision(self) -> str | None:
        return migrations.current_revision(self.engine, self.schema)

    def _insert(self, table):  # noqa: ANN001, ANN202
        return (postgresql.insert if self.dialect == "postgresql" else sqlite.insert)(table)

    # documents ------------------------------------------------------------------------------
    def add_documents(self, docs: Iterable[Document]) -> AddResult:
        """One transaction per document: a failure keeps every document stored before it."""
        result = AddResult()
        for doc in docs:
            with write_transaction(self.engine) as conn:
                stored_id, added = self._add_document(conn, doc)
                if added:
                    record_change(conn, documents=[stored_id])
            result.doc_ids.append(stored_id)
            if added:
                result.added += 1
                if stored_id != doc.doc_id:
                    result.renamed[doc.doc_id] = stored_id
            else:
                result.skipped += 1
        return result

    def _add_document(self, conn: Connection, doc: Document) -> tuple[str, bool]:
        digest = doc.content_hash or content_hash(doc.text)
        by_hash = select(documents.c.doc_id).where(documents.c.content_hash == digest)
        existing = conn.execute(by_hash).scalar()
        if existing is not None:
            return existing, False
        row = {
            "content_hash": digest,
            "text": _clean_text(doc.text),
            "lang": doc.lang,
            "published": doc.published,
            "url": doc.url,
            "title": _clean_text(doc.title),
            "source_path": doc.source_path,
            "kind": doc.kind,
            "outlet": doc.outlet,
            "near_duplicate_of": doc.near_duplicate_of,
            "meta": doc.meta or {},
            "added_at": _now(),
        }
        # Another text may already hold this id: never overwrite it, store under a derived id.
        for candidate in (doc.doc_id, f"{doc.doc_id}~{digest[:12]}"):
            # RETURNING, not rowcount: psycopg reports -1 for INSERT .. ON CONFLICT DO NOTHING
            stmt = self._insert(documents).values(doc_id=candidate, **row).on_conflict_do_nothing()
            if conn.execute(stmt.returning(documents.c.doc_id)).first() is not None:
                return candidate, True
            existing = conn.execute(by_hash).scalar()  # a concurrent writer stored the same text
            if existing is not None:
                return existing, False
        raise StoreError(f"cannot store document {doc.doc_id!r}: its id is taken by other texts")

    @staticmethod
    def _document(row: Row) -> Document:
        """A Document from a documents row; a row selected without text or meta (document_meta)
        gets them empty."""
        values = row._mapping
        return Document(
            doc_id=row.doc_id,
            text=values.get("text") or "",
            lang=row.lang,
            published=row.published,
            url=row.url,
            title=row.title,
            source_path=row.source_path,
            kind=row.kind,
            content_hash=row.content_hash,
            outlet=row.outlet,
            near_duplicate_of=row.near_duplicate_of,
            meta=values.get("meta") or {},
        )

    def get_document(self, doc_id: str) -> Document | None:
        with self.reader.connect() as conn:
            row = conn.execute(select(documents).where(documents.c.doc_id == doc_id)).first()
        return self._document(row) if row else None

    def documents_by_ids(self, doc_ids: Iterable[str]) -> dict[str, Document]:
        """The documents with these ids, by id, in one query per 500 ids; unknown ids are left out."""
        wanted = sorted({str(d) for d in doc_ids})
        found: dict[str, Document] = {}
        with self.reader.connect() as conn:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                for row in conn.execute(select(documents).where(documents.c.doc_id.in_(chunk))):
                    found[row.doc_id] = self._document(row)
        return found

    def documents(
        self, *, lang: str | None = None, limit: int | None = None, offset: int = 0
    ) -> list[Document]:
        query = select(documents).order_by(documents.c.added_at, documents.c.doc_id)
        if lang:
            query = query.where(documents.c.lang == lang)
        query = query.limit(limit).offset(offset or None)
        with self.reader.connect() as conn:
            return [self._document(row) for row in conn.execute(query)]

    def doc_ids(self) -> list[str]:
        with self.reader.connect() as conn:
            return list(conn.execute(select(documents.c.doc_id).order_by(documents.c.doc_id)).scalars())

    def count_documents(self, *, lang: str | None = None) -> int:
        query = select(func.count()).select_from(documents)
        if lang:
            query = query.where(documents.c.lang == lang)
        with self.reader.connect() as conn:
            return int(conn.execute(query).scalar_one())

    # machine facts --------------------------------------------------------------------------
    def replace_facts(self, doc_id: str, new_facts: Sequence[Fact], *, extractor: str = "uprooted") -> None:
        """Re-extraction: the document's machine facts become `new_facts`. Reviewed facts keep their
        review (applied to the new machine version); reviewed facts no longer extracted are kept,
        marked not current; unreviewed ones are dropped. Manual facts are never touched."""
        merged = _merge_mentions(doc_id, new_facts)
        with write_transaction(self.engine) as conn:
            touched = self._replace_facts(conn, doc_id, merged, extractor)
            record_change(conn, facts=touched)

    def store_document(
        self, doc: Document, new_facts: Sequence[Fact] | None, *, extractor: str = "uprooted"
    ) -> StoreResult:
        """A document and its machine facts in ONE transaction, the facts under the id the store
        gave the document: a crash leaves either both or neither.

        - an id held by another text: the document is stored under a derived, stable id
          (`id~hash`) and its facts with it (`renamed`);
        - the same text already stored (under this id or another): one document; a new source
          (path, url or id) is added to its `meta.sources`, and its facts are re-extracted under
          the stored id, so they are counted once (`same_as`);
        - `new_facts` None: keep whatever facts the store holds for it.
        """
        now = _now()
        with write_transaction(self.engine) as conn:
            stored_id, added = self._add_document(conn, doc)
            new_source = False
            if not added:
                new_source = self._add_source(conn, stored_id, doc)
            count = 0
            touched: set[str] = set()
            if new_facts is not None:
                facts_for = [
                    f if f.doc_id == stored_id else f.model_copy(update={"doc_id": stored_id})
                    for f in new_facts
                ]
                merged = _merge_mentions(stored_id, facts_for)
                touched = self._replace_facts(conn, stored_id, merged, extractor, now=now)
                count = len(merged)
            record_change(conn, facts=touched, documents=[stored_id] if added else [])
        return StoreResult(
            asked_id=doc.doc_id,
            doc_id=stored_id,
            added=added,
            renamed=added and stored_id != doc.doc_id,
            same_as=None if added else stored_id,
            new_source=new_source,
            facts=count,
        )

    @staticmethod
    def _source_of(doc: Document) -> dict[str, Any]:
        return {k: v for k, v in {"doc_id": doc.doc_id, "path": doc.source_path, "url": doc.url}.items() if v}

    def _add_source(self, conn: Connection, stored_id: str, doc: Document) -> bool:
        """Record that `doc` (same text) came from another place too; False when already known."""
        row = conn.execute(
            select(documents.c.doc_id, documents.c.source_path, documents.c.url, documents.c.meta).where(
                documents.c.doc_id == stored_id
            )
        ).first()
        if row is None:
            return False
        source = self._source_of(doc)
        first = {
            k: v for k, v in {"doc_id": row.doc_id, "path": row.source_path, "url": row.url}.items() if v
        }
        meta = dict(row.meta or {})
        sources = list(meta.get("sources") or [first])
        same = lambda a, b: a.get("path") == b.get("path") and a.get("url") == b.get("url")  # noqa: E731
        if any(same(s, source) for s in sources) or len(sources) >= MAX_SOURCES:
            return False
        meta["sources"] = [*sources, source]
        conn.execute(update(documents).where(documents.c.doc_id == stored_id).values(meta=meta))
        return True

    def _replace_facts(
        self,
        conn: Connection,
        doc_id: str,
        merged: dict[str, Fact],
        extractor: str,
        *,
        now: datetime | None = None,
    ) -> set[str]:
        """Returns the ids of the facts written, kept or dropped (for the change log)."""
        now = now or _now()
        doc_lang = conn.execute(select(documents.c.lang).where(documents.c.doc_id == doc_id)).scalar()
        # Lock the document's fact rows first (PostgreSQL): a review of one of them waits for this
        # transaction, and this one reads reviews only once the lock is held, so it sees every
        # review committed before it and no review can land between its read and its write.
        current_rows = select(facts.c.fact_id, facts.c.status).where(
            facts.c.doc_id == doc_id, facts.c.origin == "machine"
        )
        if self.dialect == "postgresql":
            current_rows = current_rows.order_by(facts.c.fact_id).with_for_update()
        old = {row.fact_id: row.status for row in conn.execute(current_rows)}
        wanted = list(set(merged) | set(old))
        review_rows = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            for row in conn.execute(select(reviews).where(reviews.c.fact_id.in_(chunk))):
                review_rows[row.fact_id] = row
        for fid, fact in merged.items():
            review = review_rows.get(fid)
            effective = apply_changes(fact, review.changes) if review else fact
            row = {
                "doc_id": doc_id,
                "origin": "machine",
                "extractor": extractor,
                "current": True,
                "base_spec": fact.model_dump(mode="json"),
                "lang": fact.lang or doc_lang,
                "position": _position(fact),
                "updated_at": now,
                "status": review.status if review else "machine",
                **_index_columns(effective),
            }
            stmt = self._insert(facts).values(fact_id=fid, created_at=now, **row)
            conn.execute(stmt.on_conflict_do_update(index_elements=["fact_id"], set_=row))
        gone = [fid for fid in old if fid not in merged]
        keep = [fid for fid in gone if old[fid] in REVIEWED or fid in review_rows]
        drop = [fid for fid in gone if fid not in keep]
        if keep:
            conn.execute(update(facts).where(facts.c.fact_id.in_(keep)).values(current=False, updated_at=now))
        if drop:
            conn.execute(delete(facts).where(facts.c.fact_id.in_(drop)))
        return set(merged) | set(old)

    # reading facts --------------------------------------------------------------------------
    def _fact_query(
        self,
        query: Select,
        *,
        doc_id: str | None = None,
        measure: str | None = None,
        place: str | None = None,
        country: str | None = None,
        lang: str | None = None,
        min_confidence: float | None = None,
        status: str | Iterable[str] | None = None,
        include_rejected: bool = False,
        current: bool | None = None,
    ) -> Select:
        if doc_id is not None:
            query = query.where(facts.c.doc_id == doc_id)
        if measure is not None:
            query = query.where(facts.c.measure == measure)
        if place is not None:
            query = query.where(func.lower(facts.c.place_name) == place.lower())
        if country is not None:
            query = query.where(facts.c.country == country.upper())
        if lang is not None:
            query = query.where(facts.c.lang == lang)
        if min_confidence is not None:
            query = query.where(facts.c.confidence >= min_confidence)
        if current is not None:
            query = query.where(facts.c.current == current)
        wanted = _wanted_statuses(status)
        if wanted is not None:
            query = query.where(facts.c.status.in_(wanted))
        elif not include_rejected:
            query = query.where(facts.c.status != "rejected")
        return query

    _REVIEW_COLUMNS = (
        reviews.c.changes,
        reviews.c.analyst,
        reviews.c.note,
        reviews.c.reviewed_at,
    )

    @staticmethod
    def _stored(row: Row) -> StoredFact:
        base = Fact.model_validate(row.base_spec)
        if base.lang is None and row.lang:  # the extractor left it out: the document's language
            base = base.model_copy(update={"lang": row.lang})
        changes = row.changes or {}
        return StoredFact(
            fact_id=row.fact_id,
            fact=apply_changes(base, changes).model_copy(update={"stored_id": row.fact_id}),
            status=row.status,
            machine_fact=base if row.origin == "machine" else None,
            reviewed_by=row.analyst,
            reviewed_at=as_utc(row.reviewed_at),
            note=row.note,
            origin=row.origin,
            extractor=row.extractor,
            current=row.current,
            changes=changes,
        )

    def _select_facts(self) -> Select:
        joined = facts.outerjoin(reviews, facts.c.fact_id == reviews.c.fact_id)
        return select(facts, *self._REVIEW_COLUMNS).select_from(joined)

    def facts(
        self,
        *,
        doc_id: str | None = None,
        measure: str | None = None,
        place: str | None = None,
        country: str | None = None,
        lang: str | None = None,
        min_confidence: float | None = None,
        status: str | Iterable[str] | None = None,
        include_rejected: bool = False,
        current: bool | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[StoredFact]:
        """place matches the name in any case; country is ISO3; status is one or several; rejected
        facts only when asked (include_rejected, or status naming them). Ordered by document,
        then position in the text."""
        filters = {
            "doc_id": doc_id,
            "measure": measure,
            "place": place,
            "country": country,
            "lang": lang,
            "min_confidence": min_confidence,
            "status": status,
            "include_rejected": include_rejected,
            "current": current,
        }
        query = self._fact_query(self._select_facts(), **filters)
        query = query.order_by(facts.c.doc_id, facts.c.position, facts.c.fact_id)
        query = query.limit(limit).offset(offset or None)
        with self.reader.connect() as conn:
            return [self._stored(row) for row in conn.execute(query)]

    def count_facts(
        self,
        *,
        doc_id: str | None = None,
        measure: str | None = None,
        place: str | None = None,
        country: str | None = None,
        lang: str | None = None,
        min_confidence: float | None = None,
        status: str | Iterable[str] | None = None,
        include_rejected: bool = False,
        current: bool | None = None,
    ) -> int:
        filters = {
            "doc_id": doc_id,
            "measure": measure,
            "place": place,
            "country": country,
            "lang": lang,
            "min_confidence": min_confidence,
            "status": status,
            "include_rejected": include_rejected,
            "current": current,
        }
        query = self._fact_query(select(func.count()).select_from(facts), **filters)
        with self.reader.connect() as conn:
            return int(conn.execute(query).scalar_one())

    def fact_page(
        self, *, limit: int | None = None, offset: int = 0, **filters: Any
    ) -> tuple[list[tuple[str, datetime]], int]:
        """One page of `facts(**filters)` as (fact_id, updated_at) in the same order, and the
        count of all that match, in one query: the API serves each fact's JSON from a cache keyed
        by its id and `updated_at`, which every write to the fact (or its review) moves.

        The count and the page are two subqueries joined on true (the count's one row, the page's
        rows or none): a page past the end still gets its count in the same statement, and the
        page is read in the index's order (`ix_facts_page`) rather than sorted after a count of
        every row as a window would."""
        if self.postgres:
            return self._fact_page_pg(limit=limit, offset=offset, **filters)
        count = self._fact_query(select(func.count().label("total")).select_from(facts), **filters)
        page = self._fact_query(
            select(facts.c.fact_id, facts.c.updated_at, facts.c.doc_id, facts.c.position), **filters
        )
        page = page.order_by(facts.c.doc_id, facts.c.position, facts.c.fact_id)
        page = page.limit(limit).offset(offset or None).subquery("page")
        total = count.subquery("matched")
        query = (
            select(total.c.total, page.c.fact_id, page.c.updated_at)
            .select_from(total.outerjoin(page, true()))
            .order_by(page.c.doc_id, page.c.position, page.c.fact_id)
        )
        with self.reader.connect() as conn:
            rows = conn.execute(query).all()
        items = [(row.fact_id, row.updated_at) for row in rows if row.fact_id is not None]
        return items, int(rows[0].total) if rows else 0

    def _fact_page_pg(
        self,
        *,
        limit: int | None,
        offset: int,
        status: str | Iterable[str] | None = None,
        include_rejected: bool = False,
        **filters: Any,
    ) -> tuple[list[tuple[str, datetime]], int]:
        wanted = _wanted_statuses(status)
        sql, params = pg_sql.fact_page(
            limit=limit, offset=offset, statuses=wanted, include_rejected=include_rejected, **filters
        )
        with self.reader.connect() as conn:
            rows = conn.exec_driver_sql(sql, params).all()
        items = [(row[1], row[2]) for row in rows if row[1] is not None]
        return items, int(rows[0][0]) if rows else 0

    def fact_updated_at(self, fact_id: str) -> datetime | None:
        """When the fact (or its review) was last written; None when there is no such fact."""
        with self.reader.connect() as conn:
            return as_utc(self._updated_at(conn, fact_id))

    def _updated_at(self, conn: Connection, fact_id: str) -> datetime | None:
        if self.postgres:
            return conn.exec_driver_sql(pg_sql.UPDATED_AT, {"fact_id": fact_id}).scalar()
        return conn.execute(select(facts.c.updated_at).where(facts.c.fact_id == fact_id)).scalar()

    def _fact_row(self, conn: Connection, fact_id: str):
        if self.postgres:
            return conn.exec_driver_sql(pg_sql.FACT_BY_ID, {"fact_id": fact_id}).first()
        return conn.execute(self._select_facts().where(facts.c.fact_id == fact_id)).first()

    def fact_if_changed(
        self, fact_id: str, known_at: datetime | None
    ) -> tuple[datetime, StoredFact | None, list[ReviewEntry]] | None:
        """A fact and its review log unless it is as `known_at` says, on one connection: None
        when there is no such fact; (updated_at, None, []) when its `updated_at` is `known_at`;
        else (updated_at, the fact, its log), both read after that time (never older than it).
        What the API's cache of /api/facts/{id} asks: one query when it holds the fact, three
        on one connection when not (before: three connections)."""
        with self.reader.connect() as conn:
            at = as_utc(self._updated_at(conn, fact_id))
            if at is None:
                return None
            if at == known_at:
                return at, None, []
            row = self._fact_row(conn, fact_id)
            if row is None:  # deleted meanwhile (its document re-extracted without it)
                return None
            return at, self._stored(row), self._review_log(conn, fact_id)

    def countries(self, *, include_rejected: bool = False) -> list[str]:
        """The ISO3 codes of the facts' places (corrections applied), sorted; rejected facts'
        countries only when asked."""
        query = self._fact_query(
            select(facts.c.country).distinct().where(facts.c.country.is_not(None)),
            include_rejected=include_rejected,
        )
        with self.reader.connect() as conn:
            return sorted(conn.execute(query).scalars())

    def data_version(self) -> int:
        """The store's version: moved by every write that changes what the matrix or a fact page
        shows (documents added, facts replaced, reviewed or added by hand, links or near-duplicate
        marks set), by this process or another, in the write's own transaction. Equal versions mean
        equal data. One primary-key read."""
        if self.postgres:
            with self.reader.connect() as conn:
                return int(conn.exec_driver_sql(pg_sql.DATA_VERSION).scalar_one())
        with self.reader.connect() as conn:
            return int(
                conn.execute(select(store_version.c.version).where(store_version.c.id == 1)).scalar_one()
            )

    def versions(self) -> tuple[int, int]:
        """The data version (`data_version`) and the access version (moved by every token created
        or revoked; 0 before the first), in one primary-key read: what a server reads once per
        request to serve its cached matrix and its cached tokens."""
        if self.postgres:
            with self.reader.connect() as conn:
                rows = dict(conn.exec_driver_sql(pg_sql.VERSIONS).all())
            return int(rows[1]), int(rows.get(ACCESS_VERSION_ROW, 0))
        query = select(store_version.c.id, store_version.c.version).where(
            store_version.c.id <= ACCESS_VERSION_ROW
        )
        with self.reader.connect() as conn:
            rows = dict(conn.execute(query).all())
        return int(rows[1]), int(rows.get(ACCESS_VERSION_ROW, 0))

    def changes_since(self, version: int | None) -> Changes:
        """The facts and documents written after `version`, and the version they lead to, in one
        query. `everything` when links or marks were replaced, or the log was pruned past `version`.

        Versions commit in order (the version row's lock), so the rows read are every change up to
        the highest version among them; each version logs at least one row, so a first row past
        `version + 1` means the log no longer reaches back."""
        if version is None:
            return Changes(version=self.data_version(), everything=True)
        query = (
            select(changes.c.version, changes.c.kind, changes.c.key)
            .where(changes.c.version > version)
            .order_by(changes.c.version)
        )
        with self.reader.connect() as conn:
            rows = conn.execute(query).all()
        return self._changes([(row.version, row.kind, row.key) for row in rows], version)

    def _changes(self, rows: list[tuple[int, str, str]], version: int) -> Changes:
        """The change log's rows (version, kind, key) after `version`, in version order, read as
        `changes_since` describes; no rows: the store's version, everything when it is behind."""
        if not rows:
            current = self.data_version()
            # a store reset (or another database) behind the reader's version: read it all again
            return Changes(version=current, everything=current < version)
        out = Changes(version=int(rows[-1][0]), everything=int(rows[0][0]) > version + 1)
        for _, kind, key in rows:
            if kind == "fact":
                out.facts.add(key)
            elif kind == "document":
                out.documents.add(key)
            else:
                out.everything = True
        return out

    def changed_facts(self, version: int | None) -> tuple[Changes, dict[str, StoredFact]]:
        """`changes_since(version)` and the facts it names as they are now (`facts_by_ids`; a
        fact deleted is left out): what the matrix's update reads per version. On PostgreSQL one
        statement (`pg_sql.CHANGED_FACTS`), so the facts are read in the log's own snapshot; the
        log is read as `changes_since` reads it."""
        if version is None or not self.postgres:
            found = self.changes_since(version)
            return found, (self.facts_by_ids(found.facts) if found.facts and not found.everything else {})
        with self.reader.connect() as conn:
            rows = conn.exec_driver_sql(pg_sql.CHANGED_FACTS, {"version": version}).all()
        log = [(row.change_version, row.change_kind, row.change_key) for row in rows if row.change_kind]
        out = self._changes(log, version)
        stored = {row.fact_id: self._stored(row) for row in rows if row.fact_id is not None}
        return out, ({} if out.everything else stored)

    def facts_by_ids(self, fact_ids: Iterable[str]) -> dict[str, StoredFact]:
        """The stored facts with these ids (rejected ones too); absent ids are left out."""
        wanted = sorted({str(f) for f in fact_ids})
        out: dict[str, StoredFact] = {}
        if self.postgres:
            with self.reader.connect() as conn:
                for start in range(0, len(wanted), 500):
                    params = {"ids": wanted[start : start + 500]}
                    for row in conn.exec_driver_sql(pg_sql.FACTS_BY_IDS, params):
                        out[row.fact_id] = self._stored(row)
            return out
        with self.reader.connect() as conn:
            for start in range(0, len(wanted), 500):
                query = self._select_facts().where(facts.c.fact_id.in_(wanted[start : start + 500]))
                for row in conn.execute(query):
                    out[row.fact_id] = self._stored(row)
        return out

    def document_meta(self, doc_ids: Iterable[str] | None = None) -> dict[str, Document]:
        """Documents without their text (empty): what the matrix reads of a report (date, url,
        outlet, near-duplicate mark); every document when `doc_ids` is None."""
        columns = [c for c in documents.c if c.name not in ("text", "meta")]
        wanted = None if doc_ids is None else sorted({str(d) for d in doc_ids})
        chunks = [None] if wanted is None else [wanted[k : k + 500] for k in range(0, len(wanted), 500)]
        out: dict[str, Document] = {}
        with self.reader.connect() as conn:
            for chunk in chunks:
                query = select(*columns)
                if chunk is not None:
                    query = query.where(documents.c.doc_id.in_(chunk))
                for row in conn.execute(query):
                    out[row.doc_id] = self._document(row)
        return out

    def get_fact(self, fact_id: str) -> StoredFact | None:
        with self.reader.connect() as conn:
            row = self._fact_row(conn, fact_id)
        return self._stored(row) if row else None

    # analyst review -------------------------------------------------------------------------
    def review_fact(
        self,
        fact_id: str,
        action: Literal["correct", "confirm", "reject"],
        *,
        analyst: str,
        note: str | None = None,
        changes: Mapping[str, Any] | None = None,
    ) -> Reviewed:
        """Correct, confirm or reject a fact; returns the fact after it and its whole review log,
        read in the review's own transaction (the API answers with both).

        On PostgreSQL a review is four round trips (`_PgReview`): BEGIN, the fact and its
        review read with the fact's row locked, its log, then one statement that writes the
        review, the fact's indexed columns, the log entry, the audit row, the version and the
        change log (data-modifying CTEs) sent together with its COMMIT. The version row's lock,
        which every writer takes, is held for that last statement only: PostgreSQL commits it
        without waiting for this thread (which, in a busy server, waits for the GIL)."""
        if not analyst or not analyst.strip():
            raise ValueError("analyst is required for a review")
        if action not in ("correct", "confirm", "reject"):
            raise ValueError(f"unknown review action {action!r}")
        postgres = self.dialect == "postgresql"
        with _PgReview(self.engine) if postgres else write_transaction(self.engine) as conn:
            if postgres:
                # the fact's row only: every writer of a fact's review or log locks it first
                # (`pg_sql.REVIEW_LOOKUP`: this query with FOR UPDATE OF facts)
                row = conn.lookup(fact_id)
            else:
                lookup = (
                    select(
                        facts.c.fact_id,
                        facts.c.origin,
                        facts.c.base_spec,
                        facts.c.status,
                        facts.c.lang,
                        facts.c.extractor,
                        facts.c.current,
                        reviews.c.changes,
                        reviews.c.status.label("review_status"),
                    )
                    .select_from(facts.outerjoin(reviews, facts.c.fact_id == reviews.c.fact_id))
                    .where(facts.c.fact_id == fact_id)
                )
                row = conn.execute(lookup).first()
            if row is None:
                raise FactNotFound(f"no fact {fact_id!r}")
            # taken with the fact's row locked (FOR UPDATE; on SQLite the write lock of BEGIN
            # IMMEDIATE), so reviews of one fact commit with their times in commit order
            now = _now()
            base = Fact.model_validate(row.base_spec)
            merged = dict(row.changes or {})
            before = {"status": row.status, "fact": apply_changes(base, merged).to_spec()}
            if action == "correct":
                _validate_changes(fact_id, changes or {})
                merged = _merge_changes(merged, changes or {})
            try:
                effective = apply_changes(base, merged)
            except ValidationError as exc:
                raise ValueError(
                    f"invalid correction of fact {fact_id}: {_validation_message(exc)}"
                ) from None
            status = {"correct": "corrected", "confirm": "confirmed", "reject": "rejected"}[action]
            if row.origin == "manual" and action != "reject":
                status = "manual"
            if action == "correct" and row.review_status == "rejected":
                # A correction records what was wrong; only a confirmation brings a rejected
                # fact back into the matrix, so an edit can never silently un-reject it.
                status = "rejected"
            values = {
                "status": status,
                "changes": merged,
                "analyst": analyst,
                "note": note,
                "reviewed_at": now,
            }
            entry = {
                "fact_id": fact_id,
                "action": action,
                "changes": dict(changes or {}),
                "analyst": analyst,
                "note": note,
                "at": now,
            }
            audit = {
                "at": now,
                "actor": analyst,
                "action": f"fact.{action}",
                "target": fact_id,
                "before": before,
                "after": {"status": status, "fact": effective.to_spec(), "note": note},
            }
            if postgres:
                log = conn.review_log(fact_id)  # before the version row is locked
                params = pg_sql.review_params(
                    fact_id=fact_id,
                    action=action,
                    status=status,
                    merged=merged,
                    entry_changes=entry["changes"],
                    analyst=analyst,
                    note=note,
                    at=now,
                    index=_index_columns(effective),
                    before=audit["before"],
                    after=audit["after"],
                )
                entry_id = conn.write_and_commit(params)
                log.append(ReviewEntry(id=entry_id, **entry))
            else:
                upsert = self._insert(reviews).values(fact_id=fact_id, **values)
                upsert = upsert.on_conflict_do_update(index_elements=["fact_id"], set_=values)
                fact_row = (
                    update(facts)
                    .where(facts.c.fact_id == fact_id)
                    .values(status=status, updated_at=now, **_index_columns(effective))
                )
                conn.execute(upsert)
                conn.execute(fact_row)
                conn.execute(insert(review_log).values(**entry))
                write_audit(conn, **audit)
                record_change(conn, facts=[fact_id])
                log = self._review_log(conn, fact_id)
        # the fact as a read after the review returns it (`get_fact`), from what was written
        after = {
            **row._mapping,
            "status": status,
            "changes": merged,
            "analyst": analyst,
            "note": note,
            "reviewed_at": now,
        }
        return Reviewed(self._stored(_RowView(after)), log)

    def _review(
        self,
        fact_id: str,
        action: str,
        *,
        analyst: str,
        note: str | None,
        changes: Mapping[str, Any] | None = None,
    ) -> StoredFact:
        return self.review_fact(fact_id, action, analyst=analyst, note=note, changes=changes).fact  # type: ignore[arg-type]

    def correct_fact(
        self, fact_id: str, changes: dict[str, Any], *, analyst: str, note: str | None = None
    ) -> StoredFact:
        """Changes accumulate over earlier corrections and survive re-extraction."""
        return self._review(fact_id, "correct", analyst=analyst, note=note, changes=changes)

    def reject_fact(self, fact_id: str, *, analyst: str, note: str | None = None) -> StoredFact:
        return self._review(fact_id, "reject", analyst=analyst, note=note)

    def confirm_fact(self, fact_id: str, *, analyst: str, note: str | None = None) -> StoredFact:
        """Confirming a corrected (or rejected) fact keeps its corrections and un-rejects it."""
        return self._review(fact_id, "confirm", analyst=analyst, note=note)

    def add_manual_fact(self, fact: Fact, *, analyst: str, note: str | None = None) -> StoredFact:
        """A fact the analyst found; its id is 'manual-' + Fact.fact_id(), so adding it twice updates it."""
        if not analyst or not analyst.strip():
            raise ValueError("analyst is required for a manual fact")
        check_date(fact.start, "start")
        check_date(fact.end, "end")
        fact_id = f"manual-{fact.fact_id()}"
        now = _now()
        with write_transaction(self.engine) as conn:
            doc_lang = conn.execute(
                select(documents.c.lang).where(documents.c.doc_id == fact.doc_id)
            ).scalar()
            row = {
                "doc_id": fact.doc_id,
                "origin": "manual",
                "extractor": None,
                "current": True,
                "base_spec": fact.model_dump(mode="json"),
                "lang": fact.lang or doc_lang,
                "position": _position(fact),
                "updated_at": now,
                "status": "manual",
                **_index_columns(fact),
            }
            prior_spec = conn.execute(select(facts.c.base_spec).where(facts.c.fact_id == fact_id)).scalar()
            stmt = self._insert(facts).values(fact_id=fact_id, created_at=now, **row)
            conn.execute(stmt.on_conflict_do_update(index_elements=["fact_id"], set_=row))
            values = {"status": "manual", "changes": {}, "analyst": analyst, "note": note, "reviewed_at": now}
            stmt = self._insert(reviews).values(fact_id=fact_id, **values)
            conn.execute(stmt.on_conflict_do_update(index_elements=["fact_id"], set_=values))
            conn.execute(
                insert(review_log).values(
                    fact_id=fact_id,
                    action="add",
                    changes=fact.model_dump(mode="json"),
                    analyst=analyst,
                    note=note,
                    at=now,
                )
            )
            write_audit(
                conn,
                actor=analyst,
                action="fact.add",
                target=fact_id,
                before=prior_spec,
                after=fact.to_spec(),
                at=now,
            )
            record_change(conn, facts=[fact_id])
        stored = self.get_fact(fact_id)
        assert stored is not None
        return stored

    def review_log(self, fact_id: str | None = None, *, limit: int | None = None) -> list[ReviewEntry]:
        """Every review action, oldest first."""
        with self.reader.connect() as conn:
            return self._review_log(conn, fact_id, limit=limit)

    @staticmethod
    def _review_log(conn: Connection, fact_id: str | None, *, limit: int | None = None) -> list[ReviewEntry]:
        if fact_id is not None and limit is None and conn.dialect.name == "postgresql":
            rows = conn.exec_driver_sql(pg_sql.REVIEW_LOG, {"fact_id": fact_id})
        else:
            query = select(review_log).order_by(review_log.c.id)
            if fact_id is not None:
                query = query.where(review_log.c.fact_id == fact_id)
            rows = conn.execute(query.limit(limit))
        return [
            ReviewEntry(
                id=row.id,
                fact_id=row.fact_id,
                action=row.action,
                changes=row.changes or {},
                analyst=row.analyst,
                note=row.note,
                at=as_utc(row.at),
            )
            for row in rows
        ]

    # event links ----------------------------------------------------------------------------
    def set_links(self, mapping: Mapping[str, str]) -> None:
        """Replace every link at once (one transaction: readers see the old or the new set)."""
        rows = [{"doc_id": str(doc), "event_id": str(event)} for doc, event in mapping.items()]
        wanted = {row["doc_id"]: row["event_id"] for row in rows}
        with write_transaction(self.engine) as conn:
            if dict(conn.execute(select(links.c.doc_id, links.c.event_id)).all()) == wanted:
                return  # the same links: nothing written, the version stays
            conn.execute(delete(links))
            for start in range(0, len(rows), 1000):
                conn.execute(insert(links), rows[start : start + 1000])
            record_change(conn, everything=True)

    def set_duplicates(self, mapping: Mapping[str, str]) -> None:
        """Mark near-duplicate copies (doc_id -> the original it copies), replacing every earlier
        mark at once, so a syndicated story counts as one report in the matrix."""
        marked = select(documents.c.doc_id, documents.c.near_duplicate_of).where(
            documents.c.near_duplicate_of.is_not(None)
        )
        with write_transaction(self.engine) as conn:
            before = dict(conn.execute(marked).all())
            conn.execute(update(documents).values(near_duplicate_of=None))
            for doc_id, original in mapping.items():
                if doc_id != original:
                    conn.execute(
                        update(documents)
                        .where(documents.c.doc_id == str(doc_id))
                        .values(near_duplicate_of=str(original))
                    )
            if dict(conn.execute(marked).all()) != before:
                record_change(conn, everything=True)

    def duplicates(self) -> dict[str, str]:
        with self.reader.connect() as conn:
            rows = conn.execute(
                select(documents.c.doc_id, documents.c.near_duplicate_of).where(
                    documents.c.near_duplicate_of.is_not(None)
                )
            )
            return {row.doc_id: row.near_duplicate_of for row in rows}

    # linking features ---------------------------------------------------------------------
    def link_features(
        self, doc_ids: Iterable[str] | None = None
    ) -> dict[str, tuple[dict, str | None, bytes | None]]:
        """doc_id -> (profile JSON with its version, embedding model, embedding bytes)."""
        query = select(link_features)
        wanted = None if doc_ids is None else [str(d) for d in doc_ids]
        out = {}
        with self.reader.connect() as conn:
            chunks = [None] if wanted is None else [wanted[k : k + 500] for k in range(0, len(wanted), 500)]
            for chunk in chunks:
                rows = conn.execute(
                    query if chunk is None else query.where(link_features.c.doc_id.in_(chunk))
                )
                for row in rows:
                    profile = dict(row.profile)
                    profile["version"] = row.profile_version
                    out[row.doc_id] = (profile, row.embedding_model, row.embedding)
        return out

    def set_link_features(self, rows: Mapping[str, tuple[dict, str | None, bytes | None]]) -> None:
        """Store (replace) each document's linking profile and embedding, in one transaction."""
        if not rows:
            return
        with write_transaction(self.engine) as conn:
            conn.execute(delete(link_features).where(link_features.c.doc_id.in_([str(d) for d in rows])))
            conn.execute(
                insert(link_features),
                [
                    {
                        "doc_id": str(doc_id),
                        "profile_version": str(profile.get("version", "")),
                        "profile": profile,
                        "embedding_model": model,
                        "embedding": embedding,
                    }
                    for doc_id, (profile, model, embedding) in rows.items()
                ],
            )

    def links(self) -> dict[str, str]:
        with self.reader.connect() as conn:
            return {row.doc_id: row.event_id for row in conn.execute(select(links).order_by(links.c.doc_id))}


class StoreMissing(StoreError):
    """A command that reads a store was pointed at one that does not exist (only ingest creates)."""


def open_store(url: str | None = None, *, create: bool = False) -> Store:
    """Open the store at `url`; only when `create` is set may a new, empty one be made.

    A mistyped `--db` must never leave a fresh empty store behind that then prints an empty
    matrix: reading commands refuse a store that is not there, and ingest refuses a SQLite file
    in a folder that does not exist.
    """
    resolved, schema = split_schema(resolve_db_url(url))
    try:
        parsed = make_url(resolved)
    except ArgumentError as exc:
        raise StoreError(f"invalid database url {resolved!r}: {exc}") from None
    backend = parsed.get_backend_name()
    database = parsed.database or ""
    if backend == "sqlite" and database not in ("", ":memory:"):
        path = Path(database).expanduser()
        if not path.exists():
            if not create:
                raise StoreMissing(
                    f"no store at {path}: ingest reports first (`uprooted --db {path} ingest PATH`), "
                    "or name an existing store with --db or UPROOTED_DB"
                )
            if not path.parent.is_dir():
                raise StoreError(f"cannot create a store at {path}: the folder {path.parent} does not exist")
    elif backend == "postgresql" and not create:
        engine = make_engine(resolved, schema)
        try:
            revision = migrations.current_revision(engine, schema)
        except DBAPIError as exc:
            raise StoreError(f"cannot connect to {display_url(resolved)}: {_reason(exc)}") from None
        finally:
            engine.dispose()
        if revision is None:
            raise StoreMissing(
                f"no uprooted store in {display_url(resolved)}: ingest reports first "
                f"(`uprooted --db {display_url(resolved)} ingest PATH`)"
            )
    return Store(url)
