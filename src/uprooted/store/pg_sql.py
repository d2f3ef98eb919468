"""The statements a busy server runs on every request or review, written out for PostgreSQL.

Built with SQLAlchemy's expression language, each of these cost more CPU in the server than the
database spent on it: a Select or a CTE statement made anew per call, its cache key computed from
every value in it, its bind parameters processed one by one (a review's one statement was 7% of
the server's CPU under bench/bench_load.py, a fact page's query 10%). Here each is a fixed string
(the fact page's: one per set of filters), run with `Connection.exec_driver_sql` and a dict of
parameters; psycopg prepares a statement it has run five times, so PostgreSQL does not parse or
plan them again either. They mirror the expressions in `store.py`, which SQLite still runs, and
the store tests run both paths (UPROOTED_TEST_PG). JSON values are passed as text (psycopg sends
a str untyped, and PostgreSQL casts it to the column's json) and come back parsed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from .db import _dumps as dumps  # JSON as the engine writes it
from .schema import ACCESS_VERSION_ROW, facts

VERSIONS = f"SELECT id, version FROM store_version WHERE id IN (1, {ACCESS_VERSION_ROW})"
DATA_VERSION = "SELECT version FROM store_version WHERE id = 1"
UPDATED_AT = "SELECT updated_at FROM facts WHERE fact_id = %(fact_id)s"

_FACT_COLUMNS = ", ".join(f"facts.{c.name}" for c in facts.c)
# `Store._select_facts`: the fact with its review's changes and reviewer
SELECT_FACTS = (
    f"SELECT {_FACT_COLUMNS}, reviews.changes, reviews.analyst, reviews.note, reviews.reviewed_at "
    "FROM facts LEFT OUTER JOIN reviews ON facts.fact_id = reviews.fact_id"
)
FACT_BY_ID = SELECT_FACTS + " WHERE facts.fact_id = %(fact_id)s"
FACTS_BY_IDS = SELECT_FACTS + " WHERE facts.fact_id = ANY(%(ids)s)"

# `Store.changed_facts`: the change log past a version and each fact it names as it is now, in one
# statement (one snapshot): the log's rows (version, kind, key; NULL fact columns), then one row
# per distinct fact named (NULL log columns, the fact's columns as SELECT_FACTS reads them; a fact
# deleted has none). The matrix's update per version read the log and then the facts, two round
# trips and two connections from the pool; a fact named by many versions is read once.
_NO_FACT = ", ".join(  # named here: a UNION's columns are named by its first SELECT
    f"NULL AS {name}" for name in [*(c.name for c in facts.c), "changes", "analyst", "note", "reviewed_at"]
)
CHANGED_FACTS = (
    "WITH log AS (SELECT version, kind, key FROM changes WHERE version > %(version)s), "
    "named AS (SELECT DISTINCT key FROM log WHERE kind = 'fact') "
    f"SELECT log.version AS change_version, log.kind AS change_kind, log.key AS change_key, "
    f"{_NO_FACT} FROM log UNION ALL "
    f"SELECT NULL, NULL, NULL, {_FACT_COLUMNS}, reviews.changes, reviews.analyst, reviews.note, "
    "reviews.reviewed_at FROM named JOIN facts ON facts.fact_id = named.key "
    "LEFT OUTER JOIN reviews ON facts.fact_id = reviews.fact_id "
    "ORDER BY change_version NULLS LAST"
)

REVIEW_LOG = (
    "SELECT id, fact_id, action, changes, analyst, note, at FROM review_log "
    "WHERE fact_id = %(fact_id)s ORDER BY id"
)

# A review's first read: the fact and its review, the fact's row locked (every writer of a
# fact's review or log locks it first).
REVIEW_LOOKUP = (
    "SELECT facts.fact_id, facts.origin, facts.base_spec, facts.status, facts.lang, "
    "facts.extractor, facts.current, reviews.changes, reviews.status AS review_status "
    "FROM facts LEFT OUTER JOIN reviews ON facts.fact_id = reviews.fact_id "
    "WHERE facts.fact_id = %(fact_id)s FOR UPDATE OF facts"
)

# A review's writes in one statement (data-modifying CTEs): the review, the fact's row, the log
# entry, the audit row, the version and the change log, as `record_change` writes them.
REVIEW_WRITE = """WITH review_row AS (
INSERT INTO reviews (fact_id, status, changes, analyst, note, reviewed_at)
VALUES (%(fact_id)s, %(status)s, %(review_changes)s, %(analyst)s, %(note)s, %(at)s)
ON CONFLICT (fact_id) DO UPDATE SET status = excluded.status, changes = excluded.changes,
analyst = excluded.analyst, note = excluded.note, reviewed_at = excluded.reviewed_at),
fact_row AS (
UPDATE facts SET measure = %(measure)s, country = %(country)s, place_name = %(place_name)s,
area = %(area)s, start_date = %(start_date)s, end_date = %(end_date)s, value = %(value)s,
confidence = %(confidence)s, updated_at = %(at)s, status = %(status)s
WHERE facts.fact_id = %(fact_id)s),
audit_row AS (
INSERT INTO audit_log (at, actor, action, target, before, after)
VALUES (%(at)s, %(analyst)s, %(audit_action)s, %(fact_id)s, %(before)s, %(after)s)),
new_version AS (
UPDATE store_version SET version = store_version.version + 1 WHERE store_version.id = 1
RETURNING store_version.version),
change_row AS (
INSERT INTO changes (version, kind, key) SELECT new_version.version, 'fact', %(fact_id)s
FROM new_version),
logged AS (
INSERT INTO review_log (fact_id, action, changes, analyst, note, at)
VALUES (%(fact_id)s, %(action)s, %(entry_changes)s, %(analyst)s, %(note)s, %(at)s)
RETURNING review_log.id)
SELECT new_version.version, logged.id FROM new_version JOIN logged ON true"""
PRUNE_CHANGES = "DELETE FROM changes WHERE version <= %(upto)s"


def review_params(
    *,
    fact_id: str,
    action: str,
    status: str,
    merged: Mapping[str, Any],
    entry_changes: Mapping[str, Any],
    analyst: str,
    note: str | None,
    at: Any,
    index: Mapping[str, Any],
    before: Any,
    after: Any,
) -> dict[str, Any]:
    return {
        "fact_id": fact_id,
        "action": action,
        "audit_action": f"fact.{action}",
        "status": status,
        "review_changes": dumps(dict(merged)),
        "entry_changes": dumps(dict(entry_changes)),
        "analyst": analyst,
        "note": note,
        "at": at,
        "before": dumps(before),
        "after": dumps(after),
        **index,
    }


# `Store._fact_query`'s filters: (parameter, condition)
_CONDITIONS = {
    "doc_id": "facts.doc_id = %(doc_id)s",
    "measure": "facts.measure = %(measure)s",
    "place": "lower(facts.place_name) = %(place)s",
    "country": "facts.country = %(country)s",
    "lang": "facts.lang = %(lang)s",
    "min_confidence": "facts.confidence >= %(min_confidence)s",
    "current": "facts.current = %(current)s",
}


@lru_cache(maxsize=256)
def _fact_page_sql(
    used: tuple[str, ...], statuses: bool, include_rejected: bool, limit: bool, offset: bool
) -> str:
    where = [_CONDITIONS[name] for name in used]
    if statuses:
        where.append("facts.status = ANY(%(statuses)s)")
    elif not include_rejected:
        where.append("facts.status != 'rejected'")
    clause = (" WHERE " + " AND ".join(where)) if where else ""
    page = (
        f"SELECT fact_id, updated_at, doc_id, position FROM facts{clause} ORDER BY doc_id, position, fact_id"
    )
    if limit:
        page += " LIMIT %(limit)s"
    if offset:
        page += " OFFSET %(offset)s"
    return (
        f"SELECT matched.total, page.fact_id, page.updated_at FROM (SELECT count(*) AS total FROM facts"
        f"{clause}) AS matched LEFT OUTER JOIN ({page}) AS page ON true "
        "ORDER BY page.doc_id, page.position, page.fact_id"
    )


def fact_page(
    *,
    limit: int | None,
    offset: int,
    statuses: Iterable[str] | None,
    include_rejected: bool,
    **filters: Any,
) -> tuple[str, dict[str, Any]]:
    """`Store.fact_page`'s statement and its parameters (statuses already checked)."""
    params: dict[str, Any] = {}
    used = []
    for name in _CONDITIONS:
        value = filters.get(name)
        if value is None:
            continue
        used.append(name)
        if name == "place":
            value = value.lower()
        elif name == "country":
            value = value.upper()
        params[name] = value
    wanted = list(statuses) if statuses is not None else None
    if wanted is not None:
        params["statuses"] = wanted
    if limit is not None:
        params["limit"] = limit
    if offset:
        params["offset"] = offset
    sql = _fact_page_sql(tuple(used), wanted is not None, include_rejected, limit is not None, bool(offset))
    return sql, params
