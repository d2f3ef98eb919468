"""Same facts before and after a speed change (not a test: run it by hand around a change).

Extracts the shared corpus (../shared/corpus/idmc_articles_en.jsonl and every file of
../shared/corpus/real/), the written dev sets (evaluation/dev/written_*.jsonl) and the gold
documents as `uprooted eval` reads them (../shared/gold seeds and IDMC excerpts with their own
language; the blind real gold's dev split, evaluation/real/dev.jsonl, with the language detected
as `eval --detect-language` does), and writes every document's facts as JSON, one line per
document. `--save FILE` writes them; `--compare
FILE` extracts again and reports every document whose facts differ (exit status 1 if any).

    PYTHONPATH=src python bench/check_same_facts.py --save /tmp/facts_before.jsonl
    ... change the extractor ...
    PYTHONPATH=src python bench/check_same_facts.py --compare /tmp/facts_before.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path

from uprooted.extract import extract_document
from uprooted.models import Document

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def _files(limit: int | None) -> list[Path]:
    files = [SHARED / "corpus" / "idmc_articles_en.jsonl"]
    files += sorted((SHARED / "corpus" / "real").glob("*.jsonl"))
    files += sorted((ROOT / "evaluation" / "dev").glob("written_*.jsonl"))
    return [f for f in files if f.is_file()]


def _documents(path: Path, limit: int | None):
    with open(path, encoding="utf-8") as handle:
        for n, line in enumerate(handle):
            if limit is not None and n >= limit:
                break
            rec = json.loads(line)
            published = None
            if rec.get("published"):
                try:
                    published = date.fromisoformat(str(rec["published"])[:10])
                except ValueError:
                    published = None
            yield Document(
                doc_id=str(rec.get("id") or rec.get("doc_id") or f"{path.name}:{n}"),
                text=rec.get("text") or "",
                lang=rec.get("lang"),
                published=published,
                title=rec.get("title"),
            )


def _gold(limit: int | None):
    """(name, records) of each gold file, as `uprooted eval` extracts it."""
    from uprooted.evaluate import gold_documents, load_jsonl

    golds = [
        (SHARED / "gold" / "seeds.jsonl", False),
        (SHARED / "gold" / "idmc_excerpts.jsonl", False),
        (ROOT / "evaluation" / "real" / "dev.jsonl", True),
    ]
    for path, detect in golds:
        if not path.is_file():
            continue
        records = gold_documents(load_jsonl(path), path)[:limit]
        if detect:
            records = [dict(r, lang=None) for r in records]
        yield path.name, records


def run(limit: int | None) -> dict[str, str]:
    from uprooted.pipeline import extract_records

    out: dict[str, str] = {}
    for path in _files(limit):
        for doc in _documents(path, limit):
            facts = [f.model_dump(mode="json") for f in extract_document(doc)]
            out[f"{path.name}/{doc.doc_id}"] = json.dumps(facts, sort_keys=True, ensure_ascii=False)
    for name, records in _gold(limit):
        for rec in records:
            facts = extract_records([rec])
            out[f"gold:{name}/{rec['id']}"] = json.dumps(facts, sort_keys=True, ensure_ascii=False)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path, help="write every document's facts to this file")
    group.add_argument("--compare", type=Path, help="compare every document's facts with this file")
    parser.add_argument("--limit", type=int, default=None, help="documents per file (default: all)")
    args = parser.parse_args()
    if not (SHARED / "corpus").is_dir():
        print(f"no corpus at {SHARED / 'corpus'}: nothing to check", file=sys.stderr)
        return 1
    cpu = time.process_time()
    facts = run(args.limit)
    cpu = time.process_time() - cpu
    total = sum(len(json.loads(v)) for v in facts.values())
    print(f"{len(facts)} documents, {total} facts, {cpu:.1f} s CPU")
    if args.save:
        with open(args.save, "w", encoding="utf-8") as handle:
            for key, value in facts.items():
                handle.write(json.dumps({"doc": key, "facts": value}, ensure_ascii=False) + "\n")
        return 0
    with open(args.compare, encoding="utf-8") as handle:
        before = {rec["doc"]: rec["facts"] for rec in map(json.loads, handle)}
    differ = sorted(k for k in before.keys() | facts.keys() if before.get(k) != facts.get(k))
    for key in differ[:20]:
        print(f"DIFFERS: {key}\n  before: {before.get(key, '')[:300]}\n  after:  {facts.get(key, '')[:300]}")
    print(f"{len(differ)} of {len(before.keys() | facts.keys())} documents differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
