"""The pipeline's joints: document -> facts -> store, for the CLI, the batch runner and the API.

Each function here composes the layers and nothing else; the layers do the work. Errors about one
file or one document are yielded as values so that a batch always goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from uprooted.extract import extract_document
from uprooted.ingest import IngestError, read_paths
from uprooted.lang import get_pack
from uprooted.models import Document, Fact

log = logging.getLogger(__name__)


@dataclass
class DocumentResult:
    """One document and what extraction made of it."""

    document: Document
    facts: list[Fact] | None  # None: keep what the store holds (nothing to extract from)
    warning: str | None = None


def extract_one(doc: Document, settings=None) -> DocumentResult:
    """Facts of one document; never raises (a failure becomes a warning on the result)."""
    if doc.kind == "counts":
        return _field_count_facts(doc)
    if get_pack(doc.lang) is None:
        why = f"{doc.source_path or doc.doc_id}: no language pack for {doc.lang or 'unknown language'}; no facts extracted"
        return DocumentResult(doc, [], why)
    from uprooted.extract.model import ModelError

    try:
        return DocumentResult(doc, extract_document(doc, settings))
    except ModelError:
        raise  # a broken installation, not a bad document: every document would fail alike
    except Exception as exc:  # noqa: BLE001 - the engine should not raise; if it does, go on
        log.exception("extraction failed for %s", doc.doc_id)
        return DocumentResult(doc, [], f"{doc.doc_id}: extraction failed: {exc.__class__.__name__}: {exc}")


def _field_count_facts(doc: Document) -> DocumentResult:
    """Field counts are facts already: read them from their table (the document's text is only
    the rows rendered as evidence). With the table gone, the stored facts stay as they are."""
    from uprooted.ingest.counts import read_counts

    path = Path(doc.source_path) if doc.source_path else None
    if path is None or not path.is_file():
        return DocumentResult(
            doc, None, f"{doc.doc_id}: field-count table {path} not found; stored facts kept"
        )
    result = read_counts(path)
    return DocumentResult(doc, [f for f in result.facts if f.doc_id == doc.doc_id])


def extract_records(records: Iterable[dict], on_record=None) -> list[dict]:
    """Spec-shaped facts of plain records (`id`, `text`, optional `published`, `lang`), such as a
    gold file's documents; the language is detected where a record gives none."""
    from uprooted.ingest import detect_language

    facts: list[dict] = []
    for rec in records:
        published = date.fromisoformat(rec["published"]) if rec.get("published") else None
        lang = rec.get("lang") or detect_language(rec["text"])
        doc = Document(doc_id=rec["id"], text=rec["text"], published=published, lang=lang)
        facts += [fact.to_spec() for fact in extract_one(doc).facts or []]
        if on_record is not None:
            on_record()
    return facts


def extract_paths(
    paths: Iterable[str | Path], *, published: date | None = None, lang: str | None = None, settings=None
) -> Iterator[DocumentResult | IngestError]:
    for item in read_paths(paths, published=published, lang=lang):
        if isinstance(item, IngestError):
            yield item
        else:
            yield extract_one(item, settings)


@dataclass
class IngestSummary:
    documents_added: int = 0
    documents_skipped: int = 0
    facts: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def store_results(store, results: Sequence[DocumentResult], summary: IngestSummary) -> None:
    """Store documents and their machine facts, one document at a time (one transaction each)."""
    for result in results:
        added = store.add_documents([result.document])
        summary.documents_added += added.added
        summary.documents_skipped += added.skipped
        if result.facts is not None:
            store.replace_facts(result.document.doc_id, result.facts)
            summary.facts += len(result.facts)
        if result.warning:
            summary.warnings.append(result.warning)


def store_matrix(store):
    """The matrix over what a store holds now: rejected facts out, analysts' corrections in.

    One place for the CLI, the API and the dashboard, so they always show the same matrix.
    """
    from uprooted.matrix import build_matrix

    facts = [stored.fact for stored in store.facts()]
    docs = store.documents_by_ids({f.doc_id for f in facts})
    duplicates = {d.doc_id: d.near_duplicate_of for d in docs.values() if d.near_duplicate_of}
    return build_matrix(facts, docs=docs, links=store.links(), duplicates=duplicates or None)
