"""Build the dev gold: hand labels (evaluation/dev) + article text from the shared corpus.

Usage: python scripts/build_dev_gold.py [OUT.jsonl]   (default /tmp/uprooted_dev_gold.jsonl)
Then:  .venv/bin/uprooted eval OUT.jsonl --report /tmp/dev_errors.md
"""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "evaluation" / "dev" / "corpus_en_labels.jsonl"
CORPUS = ROOT.parent / "shared" / "corpus" / "idmc_articles_en.jsonl"


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else Path("/tmp/uprooted_dev_gold.jsonl")
    for path in (LABELS, CORPUS):
        if not path.is_file():
            sys.exit(f"missing {path} (the corpus lives in ../shared next to the repository)")
    texts = {rec["id"]: rec["text"] for rec in read_jsonl(CORPUS)}
    docs = read_jsonl(LABELS)
    missing = [d["doc_id"] for d in docs if d["doc_id"] not in texts]
    if missing:
        sys.exit(f"labelled ids not in the corpus: {', '.join(missing)}")
    with out.open("w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps({**doc, "text": texts[doc["doc_id"]]}, ensure_ascii=False) + "\n")
    facts = sum(len(d["facts"]) for d in docs)
    print(f"{out}: {len(docs)} documents, {facts} facts, {sum(len(d['optional']) for d in docs)} optional")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
