"""Extraction throughput and peak memory on real articles (not a test: `make bench`).

Reads ../shared/corpus/idmc_articles_en.jsonl (293 real English articles) and the two seed
articles, repeats them to at least --docs documents, extracts every one in this process, and
prints documents per second, facts found, and the peak resident memory. Run it before and after
a change to see what the change costs.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from datetime import date
from pathlib import Path

from uprooted.extract import extract_document
from uprooted.models import Document

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def load_corpus() -> list[Document]:
    docs = []
    corpus = SHARED / "corpus" / "idmc_articles_en.jsonl"
    with open(corpus, encoding="utf-8") as handle:
        for line in handle:
            rec = json.loads(line)
            published = None
            if rec.get("published"):
                try:
                    published = date.fromisoformat(str(rec["published"])[:10])
                except ValueError:
                    published = None
            docs.append(
                Document(
                    doc_id=str(rec["id"]),
                    text=rec["text"],
                    lang=rec.get("lang") or "en",
                    published=published,
                    title=rec.get("title"),
                )
            )
    return docs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--docs", type=int, default=2000, help="documents to extract (the corpus is repeated)"
    )
    args = parser.parse_args()
    if not (SHARED / "corpus").is_dir():
        print(f"no corpus at {SHARED / 'corpus'}: nothing to measure", file=sys.stderr)
        return 1
    corpus = load_corpus()
    repeats = -(-args.docs // len(corpus))
    docs = (corpus * repeats)[: max(args.docs, len(corpus))]
    chars = sum(len(d.text) for d in docs)

    extract_document(corpus[0])  # warm-up: loads packs, gazetteer, compiled patterns
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    facts = 0
    for doc in docs:
        facts += len(extract_document(doc))
    elapsed = time.perf_counter() - started
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    print(
        f"documents:        {len(docs)} ({len(corpus)} real articles, repeated; {chars / 1e6:.1f} M characters)"
    )
    print(f"facts:            {facts}")
    print(f"time:             {elapsed:.1f} s")
    print(f"throughput:       {len(docs) / elapsed:.1f} docs/s ({chars / elapsed / 1e3:.0f} k chars/s)")
    print(f"peak memory:      {peak_kib / 1024:.0f} MiB resident (after warm-up {rss_before / 1024:.0f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
