"""Measure extraction and linking, and print the figures as Markdown for docs/evaluation.md.

Usage: .venv/bin/python scripts/evaluation_report.py > /tmp/figures.md

Runs, in this process: the spec scorer (`uprooted.evaluate`) first on the blind real gold
(evaluation/real: its test split, which nobody tunes on, then its dev split), per language; then on
the shared seeds and IDMC excerpts, our older dev sets (evaluation/dev), and the pairwise linking
evaluations. Needs ../shared.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from uprooted.evaluate import gold_documents, load_jsonl, score, with_corpus_texts
from uprooted.extract import EXTRACTOR_VERSION
from uprooted.link import evaluate_pairs
from uprooted.pipeline import extract_records

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def dev_gold() -> list[dict]:
    labels = load_jsonl(ROOT / "evaluation" / "dev" / "corpus_en_labels.jsonl")
    return with_corpus_texts(labels, SHARED / "corpus" / "idmc_articles_en.jsonl")


REAL_LANGS = ("en", "de", "fr", "es", "ar", "nb", "nn")


def real_gold_table(split: str) -> list[str]:
    """One row per language of the blind real gold's `split`: core and full P/R/F1, precision at
    confidence >= 0.8, false facts per document whose gold lists none."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from build_real_gold import build

    docs = build(ROOT / "evaluation" / "real" / "labels", split, None)
    # the language is detected, as a user's ingest would (the labels' lang is not given to it)
    records = [dict(r, lang=None) for r in gold_documents(docs, None)]
    system = extract_records(records)
    out = [
        "| lang | docs | gold facts | core P | core R | core F1 | full P | full R | full F1 "
        "| P at conf >= 0.8 (facts) | false facts per no-fact doc |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for lang in (*REAL_LANGS, "all"):
        subset = [d for d in docs if lang == "all" or d["lang"] == lang]
        if not subset:
            continue
        ids = {d["doc_id"] for d in subset}
        result = score(subset, [f for f in system if f.get("doc_id") in ids])
        core, full = result.core["all"], result.full["all"]
        high = result.precision_at.get(">=0.8", {"p": 0.0, "facts": 0})
        empty = result.empty_docs.get("all", {"per_document": 0.0, "documents": 0})
        out.append(
            f"| {lang} | {len(subset)} | {sum(len(d['facts']) for d in subset)} "
            f"| {core['p']:.3f} | {core['r']:.3f} | **{core['f1']:.3f}** "
            f"| {full['p']:.3f} | {full['r']:.3f} | **{full['f1']:.3f}** "
            f"| {high['p']:.3f} ({high['facts']}) | {empty['per_document']:.3f} ({empty['documents']} docs) |"
        )
    return out


def prf_row(name: str, table: dict) -> str:
    return f"| {name} | {table['p']:.3f} | {table['r']:.3f} | {table['f1']:.3f} | {table['tp']} / {table['fp']} / {table['fn']} |"


def linking_on_real_pairs() -> list[str]:
    """Pairwise P/R/F1 on our real pairs (evaluation/pairs), dev and test, and the floor."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from build_link_pairs import build

    out = []
    for split in ("dev", "test"):
        path = ROOT / "var" / f"link_pairs_{split}.jsonl"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in build(split)), encoding="utf-8"
        )
        result = evaluate_pairs(path)
        out += [
            f"### Linking on real pairs, {split}: {result['pairs']} pairs ({result['same']} same story), "
            "evaluation/pairs",
            "",
            "| system | pairs | P | R | F1 | tp / fp / fn |",
            "|---|---|---|---|---|---|",
        ]
        systems = [("linker, default install", result["without_embeddings"])]
        if result.get("with_embeddings"):
            systems.append(("linker + embeddings", result["with_embeddings"]))
        systems.append(("floor: capitalised-word overlap", result["floor"]))
        for name, scores in systems:
            for label, part in (
                ("all", scores),
                ("within a language", scores["within"]),
                ("across languages", scores["across"]),
            ):
                out.append(
                    f"| {name} | {label} | {part['precision']:.3f} | {part['recall']:.3f} | {part['f1']:.3f} "
                    f"| {part['tp']} / {part['fp']} / {part['fn']} |"
                )
        out.append("")
    return out


def main() -> int:
    if not (SHARED / "gold").is_dir():
        print(f"{SHARED} is missing: nothing to measure", file=sys.stderr)
        return 1
    out = [f"Extractor version {EXTRACTOR_VERSION}, measured {date.today().isoformat()}.", ""]
    out += ["### Blind real gold, test split (report only: never tuned on)", ""]
    out += real_gold_table("test") + [""]
    out += ["### Blind real gold, dev split (the fact model is trained on it: optimistic)", ""]
    out += real_gold_table("dev") + [""]

    sets = [
        (
            "seeds (document mode, en + nb)",
            load_jsonl(SHARED / "gold" / "seeds.jsonl"),
            SHARED / "gold" / "seeds.jsonl",
        ),
        ("our dev gold (31 real en articles, document mode)", dev_gold(), None),
        (
            "IDMC excerpts (365, excerpt mode: recall only)",
            load_jsonl(SHARED / "gold" / "idmc_excerpts.jsonl"),
            SHARED / "gold" / "idmc_excerpts.jsonl",
        ),
    ]
    for lang in ("nb", "fr", "es", "ar"):
        written = ROOT / "evaluation" / "dev" / f"written_{lang}.jsonl"
        sets.append(
            (
                f"our written gold, {lang} (6 articles we wrote; easier than real news)",
                load_jsonl(written),
                written,
            )
        )
    for title, gold, path in sets:
        records = gold_documents(gold, path)
        result = score(gold, extract_records(records), gold_path=path)
        out += [f"### {title}", "", "| | P | R | F1 | tp / fp / fn |", "|---|---|---|---|---|"]
        for kind, table in (("core", result.core), ("full", result.full)):
            for lang, row in table.items():
                out.append(prf_row(f"{kind} {lang}", row))
        if result.excerpt:
            out += ["", "excerpt accuracies: " + ", ".join(f"{k} {v}" for k, v in result.excerpt.items())]
        elif result.precision_at:
            out += [
                "",
                "precision by confidence: "
                + ", ".join(
                    f"{k}: {v['p']:.3f} over {v['facts']} facts" for k, v in result.precision_at.items()
                ),
            ]
        out.append("")

    pairs = evaluate_pairs(ROOT / "tests" / "link" / "pairs.jsonl", extracted=True)
    out += [
        f"### Linking: {pairs['pairs']} pairs ({pairs['same']} same event), tests/link/pairs.jsonl",
        "",
        "| facts used | embeddings | pairwise P | R | F1 |",
        "|---|---|---|---|---|",
    ]
    for label, facts_used in (("", "hand-written"), ("extracted_", "extracted")):
        for emb in ("without", "with"):
            row = pairs.get(f"{label}{emb}_embeddings")
            if row:
                out.append(
                    f"| {facts_used} | {emb} | {row['precision']:.3f} | {row['recall']:.3f} | {row['f1']:.3f} |"
                )
    out.append("")
    out += linking_on_real_pairs()
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
