"""JSON shapes the API returns: facts keep the contract's field names, wrapped with review state."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from fastapi.encoders import jsonable_encoder

from uprooted.models import Document

_PLAIN = (str, int, float, bool, type(None))


def plain(value: Any) -> Any:
    """`jsonable_encoder(value)` for what facts are made of (dicts with str keys, lists, str,
    numbers, None, dates and times), at a fraction of its cost (it was a tenth of a fact page's
    time); anything else goes to jsonable_encoder itself."""
    if isinstance(value, _PLAIN):
        return value
    if isinstance(value, dict) and all(type(k) is str for k in value):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    return jsonable_encoder(value)


def stored_fact(stored: Any) -> dict[str, Any]:
    """A StoredFact as JSON: the reviewed fact, its status and, when corrected, the machine's."""
    fact = stored.fact
    machine = getattr(stored, "machine_fact", None)
    out = {
        "fact_id": stored.fact_id,
        "status": stored.status,
        "reviewed_by": getattr(stored, "reviewed_by", None),
        "reviewed_at": getattr(stored, "reviewed_at", None),
        "note": getattr(stored, "note", None),
        "fact": {**fact.to_spec(), "source_kind": getattr(fact, "source_kind", None)},
        "machine_fact": machine.to_spec() if machine is not None and machine != fact else None,
    }
    return plain(out)


def document_summary(doc: Document) -> dict[str, Any]:
    return jsonable_encoder(
        {
            "doc_id": doc.doc_id,
            "title": doc.title,
            "lang": doc.lang,
            "published": doc.published,
            "url": doc.url,
            "outlet": doc.outlet,
            "kind": doc.kind,
            "near_duplicate_of": doc.near_duplicate_of,
            "chars": len(doc.text),
        }
    )


def document_full(doc: Document, facts: list[Any]) -> dict[str, Any]:
    """The document text and every fact from it, with evidence offsets for highlighting."""
    out = document_summary(doc)
    out["text"] = doc.text
    out["facts"] = [stored_fact(s) for s in facts]
    return out


def log_entries(entries: list[Any]) -> list[dict[str, Any]]:
    return jsonable_encoder(list(entries))
