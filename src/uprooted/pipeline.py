"""The pipeline's joints: document -> facts -> store, for the CLI, the batch runner and the API.

Each function here composes the layers and nothing else; the layers do the work. Errors about one
file or one document are yielded as values so that a batch always goes on.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from uprooted.extract import ExtractSettings, extract_document, extract_text
from uprooted.extract.budget import time_budget
from uprooted.extract.model import ModelError
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
    no_pack: str | None = None  # the document's language when no pack reads it ("unknown": none found)


def extract_one(doc: Document, settings=None) -> DocumentResult:
    """Facts of one document; never raises (a failure becomes a warning on the result).

    A text longer than the extractor's read limit (`ExtractSettings.max_document_chars`) is read
    in parts cut at paragraph or line breaks, every part in full, with evidence offsets into the
    whole text; the warning says so. Extraction stops at the per-document time budget
    (`ExtractSettings.time_budget_s`): the facts found so far are kept and the warning says
    where it stopped, so one pathological document never stalls a batch.
    """
    if doc.kind == "counts":
        return _field_count_facts(doc)
    if get_pack(doc.lang) is None:
        why = f"{doc.source_path or doc.doc_id}: no language pack for {doc.lang or 'unknown language'}; no facts extracted"
        return DocumentResult(doc, [], why, no_pack=doc.lang or "unknown")
    settings = settings or ExtractSettings()
    notes: list[str] = []
    facts: list[Fact] = []
    parts = split_parts(doc.text or "", settings.max_document_chars)
    if len(parts) > 1:
        notes.append(
            f"{len(doc.text):,} characters, above the read limit of {settings.max_document_chars:,}: "
            f"read in {len(parts)} parts"
        )
    _warm_up(get_pack(doc.lang))
    with time_budget(settings.time_budget_s) as budget:
        for start, end in parts:
            if budget.expired():
                budget.stop(0)
                break
            budget.offset = start
            part = doc if len(parts) == 1 else doc.model_copy(update={"text": doc.text[start:end]})
            try:
                found = extract_document(part, settings)
            except ModelError:
                raise  # a broken installation, not a bad document: every document would fail alike
            except Exception as exc:  # noqa: BLE001 - the engine should not raise; if it does, go on
                log.exception("extraction failed for %s", doc.doc_id)
                notes.append(f"extraction failed: {exc.__class__.__name__}: {exc}")
                continue
            facts += found if start == 0 else [_shifted(f, start) for f in found]
    if budget.stopped_at is not None:
        notes.append(
            f"time budget of {settings.time_budget_s:g} s exceeded: read up to character "
            f"{budget.stopped_at:,} of "
            f"{len(doc.text):,}; the facts found so far are kept"
        )
    warning = f"{doc.doc_id}: " + "; ".join(notes) if notes else None
    return DocumentResult(doc, facts, warning)


def _warm_up(pack) -> None:
    """Build the place finder's indexes before a document's time budget opens: their first
    build (after an install or an upgrade of the gazetteer) must not eat the first document's
    budget and cost it its facts."""
    try:
        from uprooted.places import warm_up
    except Exception:  # noqa: BLE001 - without the places module extraction still runs, placeless
        return
    try:
        warm_up(pack)
    except Exception:  # noqa: BLE001 - a broken index shows up, with its cause, in extraction itself
        log.exception("place finder warm-up failed")
    _warm_up_patterns(pack)


_PATTERNS_WARM: set[str] = set()  # the languages warmed up, each added once its warm-up ran
_PATTERNS_LOCK = threading.Lock()
_WORD = re.compile(r"[^\W\d_]{3,}")


def _warm_up_patterns(pack) -> None:
    """Compile the pack's patterns and load its lemma dictionary before the budget opens: both
    are built lazily on first use (seconds on a busy machine), which the first document of a
    process must not pay for. One short text made of the pack's own words walks those paths.

    A language counts as warm once its warm-up ran without error: a failed one is tried again
    by the next document. A first document of a language arriving while another thread warms
    it up waits for that warm-up rather than opening its budget on cold patterns."""
    if pack is None or pack.code in _PATTERNS_WARM:
        return
    with _PATTERNS_LOCK:
        if pack.code in _PATTERNS_WARM:  # warmed by the thread this one waited for
            return
        # people_nouns are regex alternations: their first run of letters is a word of the language
        noun = next((m.group() for n in pack.terms.people_nouns if (m := _WORD.search(n))), "")
        month = next(iter(pack.dates.months), "")
        text = f"1000 {noun} 3 {month} 2020. 2000 {noun}."
        try:
            extract_text(text, lang=pack.code, published=date(2020, 5, 4))
        except ModelError:
            return  # extraction itself raises it, with the message that says how to rebuild the model
        except Exception:  # noqa: BLE001 - a real failure shows up, with its cause, in extraction itself
            log.exception("pattern warm-up failed")
            return
        _PATTERNS_WARM.add(pack.code)


def split_parts(text: str, limit: int) -> list[tuple[int, int]]:
    """(start, end) of parts of at most `limit` characters that together cover `text`, cut at
    the last paragraph break, else line break, else sentence end, else space before the limit."""
    if limit <= 0 or len(text) <= limit:
        return [(0, len(text))]
    parts = []
    start = 0
    while len(text) - start > limit:
        window_end = start + limit
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            found = text.rfind(sep, start + limit // 2, window_end)
            if found > start:
                cut = found + len(sep)
                break
        if cut <= start:
            cut = window_end
        parts.append((start, cut))
        start = cut
    parts.append((start, len(text)))
    return parts


def _shifted(fact: Fact, offset: int) -> Fact:
    evidence = [
        e.model_copy(update={"start": e.start + offset, "end": e.end + offset}) for e in fact.evidence
    ]
    return fact.model_copy(update={"evidence": evidence})


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
        doc = Document(
            doc_id=rec["id"], text=rec["text"], published=published, lang=lang, title=rec.get("title")
        )
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
    renamed: int = 0  # ids held by another text: stored under a derived id
    same_text: int = 0  # texts already stored (under this id or another): one document, one set of facts
    # Documents stored with no facts because no pack reads their language, by language.
    no_pack: dict[str, int] = field(default_factory=dict)

    def count_no_pack(self, result: DocumentResult) -> None:
        if result.no_pack:
            self.no_pack[result.no_pack] = self.no_pack.get(result.no_pack, 0) + 1

    def no_pack_line(self) -> str | None:
        """ "no language pack (no facts): sv 3, unknown 1", or None when every document had one."""
        if not self.no_pack:
            return None
        counts = ", ".join(
            f"{lang} {n}" for lang, n in sorted(self.no_pack.items(), key=lambda kv: (-kv[1], kv[0]))
        )
        return f"no language pack (documents stored, no facts extracted): {counts}"


def store_results(
    store, results: Sequence[DocumentResult], summary: IngestSummary, *, link_features: bool = True
) -> list[str]:
    """Store each document with its machine facts in one transaction (`Store.store_document`):
    the facts go under the id the store gave the document. Returns the stored ids.

    Every id the store had to change, and every text already stored under another id, gets a
    line in the summary's warnings: nothing is merged or renamed silently."""
    stored_ids = []
    for result in results:
        done = store.store_document(result.document, result.facts)
        stored_ids.append(done.doc_id)
        doc = result.document
        where = doc.source_path or doc.url or doc.doc_id
        if done.added:
            summary.documents_added += 1
        else:
            summary.documents_skipped += 1
        if done.renamed:
            summary.renamed += 1
            summary.warnings.append(
                f"{where}: id {doc.doc_id!r} is held by another text; stored as {done.doc_id!r}"
            )
        elif done.same_as is not None and (done.same_as != doc.doc_id or done.new_source):
            summary.same_text += 1
            summary.warnings.append(
                f"{where}: same text as document {done.same_as!r}; stored once, "
                f"{'with this as a second source' if done.new_source else 'source already known'}"
            )
        if done.added or (done.same_as == doc.doc_id and not done.new_source):  # a copy adds none
            summary.facts += done.facts
        if result.warning:
            summary.warnings.append(result.warning)
        summary.count_no_pack(result)
    if link_features and results:
        warning = store_link_features(store, as_stored(results, stored_ids))
        if warning:
            summary.warnings.append(warning)
    return stored_ids


def as_stored(results: Sequence[DocumentResult], stored_ids: Sequence[str]) -> list[DocumentResult]:
    """The results under the ids the store gave their documents."""
    return [
        DocumentResult(
            r.document.model_copy(update={"doc_id": sid}),
            [f.model_copy(update={"doc_id": sid}) for f in r.facts or []],
            r.warning,
        )
        for r, sid in zip(results, stored_ids, strict=True)
    ]


def store_link_features(store, results: Sequence[DocumentResult]) -> str | None:
    """What linking reads of these stored documents (places, figures, the embedding), computed in
    one batch and stored; a failure is a warning (`uprooted link` computes what is missing)."""
    from uprooted.link.stored import store_features_quietly

    docs = [r.document for r in results]
    facts = [f for r in results for f in r.facts or []]
    return store_features_quietly(store, docs, facts) if docs else None


def store_matrix(store):
    """The matrix over what a store holds now: rejected facts out, analysts' corrections in.

    One place for the CLI, the API and the dashboard, so they always show the same matrix.
    """
    from uprooted.matrix import build_matrix

    # in one order whatever the database's collation, so `matrix.live` (which updates the matrix
    # cell by cell) takes the same first coordinates and event places as a full build
    stored_facts = sorted(store.facts(), key=lambda s: (s.fact.doc_id, s.fact_id))
    facts = [stored.fact for stored in stored_facts]
    statuses = {stored.fact_id: stored.status for stored in stored_facts}
    docs = store.documents_by_ids({f.doc_id for f in facts})
    duplicates = {d.doc_id: d.near_duplicate_of for d in docs.values() if d.near_duplicate_of}
    return build_matrix(
        facts, docs=docs, links=store.links(), duplicates=duplicates or None, statuses=statuses
    )
