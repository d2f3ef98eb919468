#!/usr/bin/env python3
"""Run the extractor over the gold sets (and optionally the unlabelled corpus) and score it.

usage: score_gold.py [--shared DIR] [--out DIR] [--min-confidence X] [--corpus]

Seeds: documents from `gold/seeds.jsonl` (text from `<shared>/<path>`, their `published`).
Excerpts: `gold/idmc_excerpts.jsonl` (text inline, no publication date).
Each set's facts go to `<out>/<set>.jsonl` (Fact.to_spec()) and are scored with the shared
scorer; `--corpus` also writes facts for `corpus/idmc_articles_en.jsonl` (unlabelled) to read.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from uprooted.extract import ExtractSettings, extract_document  # noqa: E402
from uprooted.models import Document  # noqa: E402


def _date(value) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def gold_documents(shared: Path, name: str) -> list[Document]:
    docs = []
    for line in (shared / "gold" / name).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        text = rec.get("text")
        if text is None and rec.get("path"):
            text = (shared / rec["path"]).read_text(encoding="utf-8")
        docs.append(
            Document(
                doc_id=rec["doc_id"],
                text=text or "",
                lang=rec.get("lang"),
                published=_date(rec.get("published")),
            )
        )
    return docs


def run(docs: list[Document], out: Path, settings: ExtractSettings) -> int:
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for doc in docs:
            for fact in extract_document(doc, settings):
                fh.write(json.dumps(fact.to_spec(), ensure_ascii=False) + "\n")
                n += 1
    return n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(REPO.parent / "shared"))
    ap.add_argument("--out", default="/tmp/uprooted_score")
    ap.add_argument("--min-confidence", type=float, default=None)
    ap.add_argument("--corpus", action="store_true")
    args = ap.parse_args(argv)
    shared, out = Path(args.shared), Path(args.out)
    if not (shared / "gold").is_dir():
        print(f"no gold data under {shared}", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    settings = ExtractSettings()
    if args.min_confidence is not None:
        settings = ExtractSettings(min_confidence=args.min_confidence)
    for name in ("seeds.jsonl", "idmc_excerpts.jsonl"):
        docs = gold_documents(shared, name)
        target = out / name
        n = run(docs, target, settings)
        print(f"== {name}: {len(docs)} documents, {n} facts -> {target}", flush=True)
        subprocess.run(
            [sys.executable, str(shared / "eval" / "score.py"), str(shared / "gold" / name), str(target)],
            check=False,
        )
    if args.corpus:
        docs = []
        for line in (shared / "corpus" / "idmc_articles_en.jsonl").read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            docs.append(
                Document(
                    doc_id=str(rec["id"]),
                    text=rec.get("text") or "",
                    lang=rec.get("lang") or "en",
                    title=rec.get("title"),
                    published=_date(rec.get("published")),
                )
            )
        n = run(docs, out / "corpus.jsonl", settings)
        print(f"== corpus: {len(docs)} documents, {n} facts -> {out / 'corpus.jsonl'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
