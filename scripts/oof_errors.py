"""Out-of-fold errors of the fact model: what it gets wrong on documents it was not trained on.

    python scripts/oof_errors.py [--prefix humset-] [--lang en] [--out /tmp/oof.txt]

The model trains on the dev gold it is judged on, so its errors there are read from
cross-validation: for each fold of `model._folds` (the split `evaluate` uses) a model is trained
and calibrated on the other folds (`model._trained`), and the held-out documents' facts are
compared with their gold. Listed per document: every false fact (a kept candidate matching no
gold or optional fact) and every miss (a gold fact no kept candidate matches), each with its
sentence, probability and the candidate's features; for a miss, the best candidate with the
right measure and value if the model dropped one, else "no candidate". Dev data only.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from uprooted.evaluate import core_match  # noqa: E402
from uprooted.extract import model as fm  # noqa: E402

_SHOWN = ("lang_term=", "lang_unit=", "w:")  # lexical and per-language copies: left out


def _feats(features: dict) -> str:
    return " ".join(sorted(k for k in features if k != "bias" and not k.startswith(_SHOWN)))


def _sentence(m) -> str:
    ev = m.fact.evidence[0].text if m.fact.evidence else ""
    return " ".join(ev.split())[:400]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--prefix", default="humset-", help="doc_id prefix of the documents listed")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    data = fm.collect(fm.training_documents())
    out = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout
    counts = {"false": 0, "miss": 0, "docs": 0, "empty_docs": 0, "empty_false": 0}
    listed, listed_facts = [], []
    for train, held in fm._folds(data, 5):
        model = fm._trained(train)
        for dc in held:
            doc = dc.doc
            if doc.get("lang") != args.lang or not doc["doc_id"].startswith(args.prefix):
                continue
            counts["docs"] += 1
            gold, optional = doc.get("facts", []), doc.get("optional", [])
            probs = [model.probability(m.features) for m in dc.mentions]
            kept = [(m, p) for m, p in zip(dc.mentions, probs, strict=True) if p >= model.threshold]
            facts = fm._facts(dc, model)
            listed.append(dc)
            listed_facts += facts
            false = [f for f in facts if not any(core_match(g, f) for g in gold + optional)]
            missed = [g for g in gold if not any(core_match(g, f) for f in facts)]
            if not gold:
                counts["empty_docs"] += 1
                counts["empty_false"] += len(false)
            counts["false"] += len(false)
            counts["miss"] += len(missed)
            if not false and not missed:
                continue
            print(f"=== {doc['doc_id']} gold={len(gold)} optional={len(optional)}", file=out)
            for f in false:
                ms = [
                    (m, p) for m, p in kept if m.fact.measure == f["measure"] and m.fact.value == f["value"]
                ]
                m, p = max(ms, key=lambda t: t[1]) if ms else (None, f["confidence"])
                print(f"FALSE {f['measure']}/{f['term']} {f['value']} ({f['unit']}) p={p:.2f}", file=out)
                if m is not None:
                    print(f"   S: {_sentence(m)}", file=out)
                    print(f"   F: {_feats(m.features)}", file=out)
            for g in missed:
                ms = [
                    (m, p)
                    for m, p in zip(dc.mentions, probs, strict=True)
                    if core_match(g, m.fact.model_dump(mode="json"))
                ]
                note = g.get("note") or g.get("notes") or ""
                print(f"MISS  {g['measure']} {g.get('value')} ({g.get('unit', '')}) {note}", file=out)
                if ms:
                    m, p = max(ms, key=lambda t: t[1])
                    print(f"   best candidate p={p:.2f} term={m.fact.term}", file=out)
                    print(f"   S: {_sentence(m)}", file=out)
                    print(f"   F: {_feats(m.features)}", file=out)
                else:
                    same = [m for m in dc.mentions if m.fact.value == g.get("value")]
                    if same:
                        print(
                            "   no candidate of this measure; as "
                            + ", ".join(sorted({m.fact.measure for m in same})),
                            file=out,
                        )
                        print(f"   S: {_sentence(same[0])}", file=out)
                    else:
                        print("   no candidate", file=out)
    if listed:
        print("# " + fm._line("out of fold, listed", listed, listed_facts), file=out)
    print(
        f"# {counts['docs']} documents: {counts['false']} false facts, {counts['miss']} misses; "
        f"{counts['empty_false']} false facts on {counts['empty_docs']} documents with no fact",
        file=out,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
