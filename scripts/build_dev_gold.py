"""Build the dev gold: hand labels (evaluation/dev) + article text from the shared corpus.

Usage: python scripts/build_dev_gold.py [OUT.jsonl]   (default /tmp/uprooted_dev_gold.jsonl)
Then:  .venv/bin/uprooted eval OUT.jsonl --report /tmp/dev_errors.md
"""

import json
import sys
from pathlib import Path

from uprooted.evaluate import load_jsonl, with_corpus_texts

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "evaluation" / "dev" / "corpus_en_labels.jsonl"
CORPUS = ROOT.parent / "shared" / "corpus" / "idmc_articles_en.jsonl"


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else Path("/tmp/uprooted_dev_gold.jsonl")
    for path in (LABELS, CORPUS):
        if not path.is_file():
            sys.exit(f"missing {path} (the corpus lives in ../shared next to the repository)")
    try:
        docs = with_corpus_texts(load_jsonl(LABELS), CORPUS)
    except ValueError as exc:
        sys.exit(str(exc))
    with out.open("w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    facts = sum(len(d["facts"]) for d in docs)
    print(f"{out}: {len(docs)} documents, {facts} facts, {sum(len(d['optional']) for d in docs)} optional")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
