"""Turn generalisation suite files (tests/lang/data/generalisation_*.jsonl) into a gold file
`uprooted eval` scores, core and full: one document a sentence, document mode, published on the
suite's date (2024-05-15) unless the case gives its own `published` (an ISO date). A case's `place`/`country`/`start`/`end` (a value or a list of
accepted values) become the gold fact's place and dates.

    python scripts/generalisation_gold.py tests/lang/data/generalisation_es_round4.jsonl > /tmp/g.jsonl
    uprooted eval /tmp/g.jsonl
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

PUBLISHED = "2024-05-15"


def _fact(case_fact: dict) -> dict:
    fact = {
        "measure": case_fact["measure"],
        "value": case_fact["value"],
        "reported_value": case_fact["value"],
        "unit": case_fact.get("unit", "people"),
        "qualifier": case_fact.get("qualifier", "exact"),
    }
    if "place" in case_fact or "country" in case_fact:
        fact["place"] = {"name": case_fact.get("place"), "country": case_fact.get("country")}
    else:
        fact["place"] = None
    for key in ("start", "end"):
        if key in case_fact:
            fact[key] = case_fact[key]
    return fact


def convert(path: Path):
    lang = re.match(r"generalisation_([a-z]{2})", path.name).group(1)
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        case = json.loads(line)
        yield {
            "doc_id": f"{path.stem}-{i:02d}",
            "lang": lang,
            "published": case.get("published", PUBLISHED),
            "mode": "document",
            "text": case["text"],
            "facts": [_fact(f) for f in case["facts"]],
            "optional": [_fact(f) for f in case.get("optional", [])],
        }


def main(argv: list[str]) -> None:
    for name in argv:
        for doc in convert(Path(name)):
            print(json.dumps(doc, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
