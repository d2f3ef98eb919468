"""Agreement between the two labellers of the blind real gold (evaluation/real/labels vs labels2).

The second labeller redid about a fifth of each language without seeing the first's labels. Their
facts are scored against the first labeller's with the spec's rules (core: measure and figure;
full: place and dates too), the first's `optional` facts counting neither way. F1 here is the
agreement: how often two careful readers of the spec list the same facts.

    python scripts/label_agreement.py [--json]
    python scripts/label_agreement.py --extra     # the training-only batch (extra/labels vs labels2)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from uprooted.evaluate import score  # noqa: E402

FIRST = ROOT / "evaluation" / "real" / "labels"
SECOND = ROOT / "evaluation" / "real" / "labels2"
EXTRA = ROOT / "evaluation" / "real" / "extra"


def _load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _as_system(doc: dict) -> list[dict]:
    """A labeller's facts as system facts: one place name and one date each (the first listed)."""
    out = []
    for fact in doc.get("facts", []):
        fact = dict(fact, doc_id=doc["doc_id"])
        place = dict(fact.get("place") or {})
        for key in ("name", "country"):
            if isinstance(place.get(key), list):
                place[key] = place[key][0] if place[key] else None
        fact["place"] = place or None
        for key in ("start", "end"):
            if isinstance(fact.get(key), list):
                fact[key] = fact[key][0] if fact[key] else None
        out.append(fact)
    return out


def agreement(first_dir: Path = FIRST, second_dir: Path = SECOND) -> dict[str, dict]:
    results = {}
    for second_path in sorted(second_dir.glob("*.jsonl")):
        lang = second_path.stem
        second = _load(second_path)
        first = {d["doc_id"]: d for d in _load(first_dir / f"{lang}.jsonl")}
        gold = [dict(first[d["doc_id"]], mode="document") for d in second]
        system = [f for d in second for f in _as_system(d)]
        result = score(gold, system)
        results[lang] = {
            "documents": len(second),
            "core": result.core.get("all", {}),
            "full": result.full.get("all", {}),
        }
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--extra", action="store_true", help="the training-only batch")
    args = parser.parse_args()
    results = agreement(EXTRA / "labels", EXTRA / "labels2") if args.extra else agreement()
    if args.json:
        print(json.dumps(results, indent=1))
        return 0
    print("| lang | documents | facts (1st / 2nd) | core F1 | full F1 |")
    print("|---|---|---|---|---|")
    for lang, r in results.items():
        core, full = r["core"], r["full"]
        first_n, second_n = core.get("tp", 0) + core.get("fn", 0), core.get("tp", 0) + core.get("fp", 0)
        print(
            f"| {lang} | {r['documents']} | {first_n} / {second_n} | {core.get('f1', 0):.2f} | {full.get('f1', 0):.2f} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
