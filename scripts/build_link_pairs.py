"""Build the linking pair set: labels (evaluation/pairs/pairs.jsonl) + texts from ../shared.

    python scripts/build_link_pairs.py --split dev  [--out var/link_pairs_dev.jsonl]
    python scripts/build_link_pairs.py --split test  # report only: never tune on it

The labels hold ids only (same story or not); the texts are other people's writing and are joined
here from ../shared/corpus (and ../shared/seeds) into the file `uprooted eval-links` reads: one
`{"type": "doc", ...}` line per document, then one `{"type": "pair", ...}` line per pair.
A document's date is its record's `published`, else a date written in its URL (as a web page's
date is read at ingest), else none.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
LABELS = ROOT / "evaluation" / "pairs" / "pairs.jsonl"
CORPORA = (
    "corpus/idmc_articles_en.jsonl",
    "corpus/real/ant_ar.jsonl",
    "corpus/real/norbench_npk_nb_nn.jsonl",
    "corpus/real/wmt22_news_fr_de.jsonl",
    "corpus/real/humset_geoloc_en.jsonl",
)
SEEDS_GOLD = "gold/seeds.jsonl"
_URL_DATE = re.compile(r"(?<!\d)(20\d\d)[-/_]?(0[1-9]|1[0-2])[-/_]?(0[1-9]|[12]\d|3[01])(?!\d)")


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def url_date(url: str | None) -> str | None:
    match = _URL_DATE.search(url or "")
    return f"{match[1]}-{match[2]}-{match[3]}" if match else None


def records(shared: Path, wanted: set[str]) -> dict[str, dict]:
    found: dict[str, dict] = {}
    for name in CORPORA:
        for rec in load(shared / name):
            if rec["id"] in wanted:
                found[rec["id"]] = {
                    "doc_id": rec["id"],
                    "lang": rec["lang"],
                    "title": rec.get("title") or None,
                    "text": rec["text"],
                    "published": (rec.get("published") or "")[:10] or url_date(rec.get("url")),
                }
    for rec in load(shared / SEEDS_GOLD):
        doc_id = f"seed-{rec['doc_id']}"
        if doc_id in wanted:
            found[doc_id] = {
                "doc_id": doc_id,
                "lang": rec["lang"],
                "title": None,
                "text": (shared / rec["path"]).read_text(encoding="utf-8"),
                "published": rec.get("published"),
            }
    return found


def build(split: str, shared: Path = SHARED, labels: Path = LABELS) -> list[dict]:
    pairs = [p for p in load(labels) if split == "all" or p["split"] == split]
    wanted = {p[side] for p in pairs for side in ("a", "b")}
    docs = records(shared, wanted)
    missing = sorted(wanted - set(docs))
    if missing:
        raise SystemExit(f"not in {shared}: {', '.join(missing[:5])}{' ...' if len(missing) > 5 else ''}")
    rows = [{"type": "doc", **docs[d]} for d in sorted(docs)]
    rows += [{"type": "pair", **p} for p in pairs]
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "test", "all"], required=True)
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    if not (args.shared / "corpus").is_dir():
        raise SystemExit(f"{args.shared}/corpus not found")
    rows = build(args.split, args.shared)
    out = args.out or ROOT / "var" / f"link_pairs_{args.split}.jsonl"
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    n_pairs = sum(r["type"] == "pair" for r in rows)
    print(f"{out}: {len(rows) - n_pairs} documents, {n_pairs} pairs", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
