"""Batch extraction on Dask distributed: beyond one process, or one machine.

Documents are read where the command runs (ingest is I/O), extraction runs on the cluster's
workers in chunks (it is pure CPU and needs nothing but the document), and the results come
back here to be stored by a single writer, so the store never sees concurrent writes from
workers. Against a remote scheduler the workers need `uprooted` installed, nothing else.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from pathlib import Path

from uprooted.ingest import IngestError, read_paths
from uprooted.models import Document, Fact
from uprooted.pipeline import DocumentResult, IngestSummary, store_results

CHUNK_SIZE = 25  # documents per task: big enough to amortise scheduling, small enough to balance


@dataclass
class BatchSummary:
    documents: int = 0
    facts: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    scheduler: str = ""

    def __str__(self) -> str:
        return (
            f"batch on {self.scheduler}: {self.documents} documents, {self.facts} facts, "
            f"{len(self.errors)} unreadable, {len(self.warnings)} warnings"
        )


def extract_chunk(docs: list[dict]) -> list[tuple[dict, list[dict] | None, str | None]]:
    """Runs on a worker: documents in, (document, facts, warning) out, all as plain data."""
    from uprooted.pipeline import extract_one

    results = []
    for data in docs:
        doc = Document.model_validate(data)
        result = extract_one(doc)
        facts = None if result.facts is None else [f.model_dump(mode="json") for f in result.facts]
        results.append((data, facts, result.warning))
    return results


def _chunks(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def run_batch(
    paths: Iterable[str | Path],
    *,
    db_url: str | None = None,
    output: Path | None = None,
    scheduler: str | None = None,
    workers: int = 2,
    published: date | None = None,
    lang: str | None = None,
    on_chunk: Callable[[int, int], None] | None = None,  # (documents done, documents submitted)
    chunk_size: int = CHUNK_SIZE,
) -> BatchSummary:
    from dask.distributed import Client, LocalCluster, as_completed

    # The cluster's own chatter (workers starting and stopping) is not the user's business.
    if not logging.getLogger("uprooted").isEnabledFor(logging.INFO):
        for name in ("distributed", "distributed.scheduler", "distributed.nanny", "distributed.core"):
            logging.getLogger(name).setLevel(logging.WARNING)
    summary = BatchSummary()
    stored = IngestSummary()
    errors: list[IngestError] = []

    def documents() -> Iterator[Document]:
        for item in read_paths(paths, published=published, lang=lang):
            if isinstance(item, IngestError):
                errors.append(item)
            else:
                yield item

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = Client(cluster)
    summary.scheduler = scheduler or f"a local cluster of {workers} workers"
    store = None
    sink = None
    try:
        if output is not None:
            sink = open(output, "w", encoding="utf-8")
        else:
            from uprooted.store import Store

            store = Store(db_url)
        futures = [
            client.submit(extract_chunk, [d.model_dump(mode="json") for d in chunk], pure=False)
            for chunk in _chunks(documents(), chunk_size)
        ]
        for future in as_completed(futures):
            for data, facts, warning in future.result():
                doc = Document.model_validate(data)
                fact_models = None if facts is None else [Fact.model_validate(f) for f in facts]
                summary.documents += 1
                if sink is not None:
                    summary.facts += len(fact_models or [])
                    if warning:
                        summary.warnings.append(warning)
                    for fact in fact_models or []:
                        sink.write(json.dumps(fact.to_spec(), ensure_ascii=False) + "\n")
                else:
                    # one transaction per document, facts under the id the store gives it
                    store_results(store, [DocumentResult(doc, fact_models, warning)], stored)
                    summary.facts, summary.warnings = stored.facts, stored.warnings
            if on_chunk is not None:
                on_chunk(summary.documents, len(futures) * chunk_size)
    finally:
        if sink is not None:
            sink.close()
        if store is not None:
            store.close()
        client.close()
        if cluster is not None:
            cluster.close()
    summary.errors = [str(e) for e in errors]
    return summary
