"""Which gold places the place finder does not find in their document.

For every gold fact (and optional fact) with a place, runs `find_places` on the document's text
(and title) in the document's language and sorts the fact into:

- `found`: some mention resolves to one of the gold names in the gold country;
- `country`: no mention has the gold name, but one is in the gold country (a coarser or other
  place: the choice of place, not the gazetteer, is then usually at fault);
- `wrong-country`: a mention written like a gold name resolves to another country;
- `missing`: no mention in the gold country at all (the gazetteer or the finder missed it).

Writes a report listing every fact not `found`, with the sentence around its figure, so that
the wording the text uses for the place can be read off. Counts per language go to stdout.

    PYTHONPATH=src python scripts/place_coverage.py evaluation/real/_devx.jsonl --out /tmp/cov.md
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

from uprooted.evaluate import _sentence_with, gold_documents, load_jsonl
from uprooted.lang import get_pack
from uprooted.places import find_places
from uprooted.places.gazetteer import name_key


def _as_list(value) -> list:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def classify(fact: dict, mentions) -> tuple[str, list[str]]:
    place = fact.get("place") or {}
    names = {name_key(n) for n in _as_list(place.get("name")) if n}
    countries = {c.upper() for c in _as_list(place.get("country")) if c}
    seen = []
    in_country = False
    wrong = []
    for pm in mentions:
        p = pm.place
        if p is None or not p.country:
            continue
        seen.append(f"{pm.text}->{p.name}/{p.country}")
        ok_country = not countries or p.country.upper() in countries
        if ok_country and (not names or name_key(p.name or "") in names):
            return "found", seen
        if ok_country:
            in_country = True
        elif names and (name_key(pm.text) in names or name_key(p.name or "") in names):
            wrong.append(f"{pm.text}->{p.name}/{p.country}")
    if wrong:
        return "wrong-country", wrong + seen
    return ("country" if in_country else "missing"), seen


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", nargs="?", help="a gold file (default: the fact model's training documents)")
    ap.add_argument("--out", default="/tmp/place_coverage.md")
    ap.add_argument("--lang")
    args = ap.parse_args()
    if args.gold:
        path = Path(args.gold)
        gold = load_jsonl(path)
        records = {r["id"]: r for r in gold_documents(gold, path)}
    else:  # the dev gold the fact model trains on: IDMC en labels, written sets, real dev + extra
        from uprooted.extract.model import training_documents

        gold = training_documents()
        records = {d["doc_id"]: {"id": d["doc_id"], "text": d["text"], "title": d.get("title")} for d in gold}
    counts: dict[str, Counter] = defaultdict(Counter)
    lines: list[str] = []
    for doc in gold:
        lang = doc.get("lang")
        if args.lang and lang != args.lang:
            continue
        rec = records.get(doc["doc_id"])
        if rec is None:
            continue
        pack = get_pack(lang)
        text = rec["text"]
        mentions = list(find_places(text, pack))
        if rec.get("title"):
            mentions += find_places(rec["title"], pack)
        for kind, facts in (("fact", doc.get("facts", [])), ("optional", doc.get("optional", []))):
            for fact in facts:
                place = fact.get("place") or {}
                if not place.get("name") and not place.get("country"):
                    continue
                verdict, seen = classify(fact, mentions)
                counts[lang][verdict] += 1
                if verdict == "found":
                    continue
                names = " | ".join(_as_list(place.get("name")))
                lines.append(
                    f"## {verdict} {lang} {doc['doc_id']} ({kind}) gold: {names} / {place.get('country')}\n"
                    f"- note: {fact.get('note', '')}\n"
                    f"- text: {_sentence_with(text, fact.get('reported_value') or fact.get('value'))}\n"
                    f"- mentions: {'; '.join(dict.fromkeys(seen))[:600]}\n"
                )
    Path(args.out).write_text("\n".join(lines), encoding="utf-8")
    total: Counter = Counter()
    for lang, c in sorted(counts.items()):
        total.update(c)
        print(lang, json.dumps(dict(c)))
    print("all", json.dumps(dict(total)))


if __name__ == "__main__":
    main()
