"""Build the blind real gold: labels (evaluation/real/labels) + texts from ../shared/corpus/real.

    python scripts/build_real_gold.py --split dev  [--lang nb] [--out /tmp/uprooted_real_dev.jsonl]
    python scripts/build_real_gold.py --split test  # report only: never read its errors while tuning
    python scripts/build_real_gold.py --split test --reference --out evaluation/real/test.jsonl

Each label line names a document chosen by scripts/sample_real_gold.py; its split comes from
evaluation/real/selection.jsonl, fixed before anyone labelled or ran the extractor. The labels
hold no article text; the text (and the record's `published`) is added here from ../shared.
A second labeller's labels (evaluation/real/labels2) are built the same way with --second.
With --reference each document names its text (`corpus`: the JSON Lines file, relative to
evaluation/real; `corpus_id`) instead of holding it: `uprooted eval` reads it from ../shared, and
such a file can be committed (evaluation/real/dev.jsonl and test.jsonl are).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "corpus" / "real"
SELECTION = ROOT / "evaluation" / "real" / "selection.jsonl"
# The second, training-only batch (scripts/sample_real_gold.py --extra): all of it is dev.
EXTRA = ROOT / "evaluation" / "real" / "extra"


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def texts_for(selection: list[dict]) -> dict[tuple[str, str], dict]:
    wanted = {(row["doc_id"], row["lang"]) for row in selection}
    found: dict[tuple[str, str], dict] = {}
    for name in sorted({row["file"] for row in selection}):
        for record in load(REAL / name):
            key = (record["id"], record["lang"])
            if key in wanted:
                found[key] = record
    return found


def build(
    labels_dir: Path,
    split: str,
    langs: set[str] | None,
    reference: bool = False,
    selection_path: Path = SELECTION,
) -> list[dict]:
    selection = load(selection_path)
    split_of = {(r["doc_id"], r["lang"]): r["split"] for r in selection}
    file_of = {(r["doc_id"], r["lang"]): r["file"] for r in selection}
    records = texts_for(selection)
    docs = []
    for path in sorted(labels_dir.glob("*.jsonl")):
        for label in load(path):
            key = (label["doc_id"], label["lang"])
            if key not in split_of:
                raise SystemExit(f"{path.name}: {label['doc_id']} is not in {selection_path}")
            if split != "all" and split_of[key] != split:
                continue
            if langs and label["lang"] not in langs:
                continue
            record = records[key]
            doc = dict(label)
            if reference:
                doc["corpus"] = f"../../../shared/corpus/real/{file_of[key]}"
                doc["corpus_id"] = record["id"]
            else:
                doc["text"] = record["text"]
            doc["published"] = record.get("published")
            doc["mode"] = "document"
            doc.setdefault("optional", [])
            doc["split"] = split_of[key]
            docs.append(doc)
    return docs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test", "all"), required=True)
    parser.add_argument("--lang", action="append", help="only these languages (repeatable)")
    parser.add_argument("--second", action="store_true", help="the second labeller's labels")
    parser.add_argument("--labels", type=Path, help="labels folder (default evaluation/real/labels)")
    parser.add_argument(
        "--extra", action="store_true", help="the training-only batch (evaluation/real/extra, all dev)"
    )
    parser.add_argument("--out", type=Path)
    parser.add_argument(
        "--reference", action="store_true", help="name each text in ../shared instead of copying it in"
    )
    args = parser.parse_args(argv)
    if not REAL.is_dir():
        print(f"{REAL} is not there: the real corpus lives in ../shared", file=sys.stderr)
        return 1
    default = ROOT / "evaluation" / "real" / ("labels2" if args.second else "labels")
    selection = SELECTION
    if args.extra:
        default, selection = EXTRA / "labels", EXTRA / "selection.jsonl"
    labels_dir = args.labels or default
    langs = set(args.lang) if args.lang else None
    docs = build(labels_dir, args.split, langs, args.reference, selection)
    kind = "extra_" if args.extra else ("second_" if args.second else "")
    out = args.out or Path(f"/tmp/uprooted_real_{kind}{args.split}.jsonl")
    with out.open("w", encoding="utf-8") as handle:
        for doc in docs:
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    facts = sum(len(d["facts"]) for d in docs)
    print(f"{out}: {len(docs)} documents, {facts} facts, {sum(len(d['optional']) for d in docs)} optional")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
