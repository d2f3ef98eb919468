"""Choose the documents of the blind real gold (evaluation/real/selection.jsonl), once, by a fixed rule.

Per language, about two thirds are documents where a displacement word stands within 100
characters of a number (a keyword screen written for this selection only, independent of the
extractor's packs, so it does not favour what the extractor already knows); the rest are drawn at
random from the other documents (the hard negatives). Where a source has fewer screened documents
than two thirds of the quota, all of them are taken and the rest is random.

Each document is assigned to `dev` or `test` by a hash of its id, before anyone labels it or runs
the extractor on it. The Norwegian file holds each passage in Bokmål and in its Nynorsk
translation; both variants are sampled on their own (a passage may be in both), and a passage and
its translation always fall in the same split, so tuning on one never leaks into the other's test.
Only ids are written: the texts stay in ../shared.

    python scripts/sample_real_gold.py            # writes evaluation/real/selection.jsonl
    python scripts/sample_real_gold.py --extra    # writes evaluation/real/extra/selection.jsonl

`--extra` writes every round of the training-only batch (EXTRA_ROUNDS); each round excludes the
first selection and all earlier rounds, with its own seed, so adding a round never changes one
already labelled.

`--extra` draws a second batch for training only: documents outside the first selection whose
hash puts them in `dev` (so a Norwegian passage never lands in training while its translation is
in test), by the same screen and a separate fixed seed. It never touches the test split.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT.parent / "shared" / "corpus" / "real"
OUT = ROOT / "evaluation" / "real" / "selection.jsonl"
EXTRA_OUT = ROOT / "evaluation" / "real" / "extra" / "selection.jsonl"

# (language, files, quota)
PLAN = [
    ("en", ["humset_geoloc_en.jsonl"], 60),
    ("de", ["10kgnad_de.jsonl", "wmt22_news_fr_de.jsonl"], 60),
    ("fr", ["masakhanews_fr.jsonl", "wmt22_news_fr_de.jsonl"], 60),
    ("es", ["fakedes_es.jsonl"], 60),
    ("ar", ["ant_ar.jsonl"], 60),
    ("nb", ["norbench_npk_nb_nn.jsonl"], 150),
    ("nn", ["norbench_npk_nb_nn.jsonl"], 150),
]

# Broad displacement stems for the screen only (selection, not extraction).
SCREEN = {
    "en": r"displac|evacu|\bfled\b|\bflee|refugee|\bIDPs?\b|homeless|shelter|\bcamps?\b|return|asylum|uproot|relocat|evict|(destroy|damag)\w*\s+(\w+\s+)?(homes|houses|dwellings|shelters)",
    "de": r"flücht|geflüchtet|vertrieb|evakuier|obdachlos|asyl|rückkehr|unterkunft|unterkünft|lager|zerstört|beschädigt|geflohen|flucht|heimatlos",
    "fr": r"déplac|réfugi|évacu|\bfui|\bfuy|sans-abri|sans abri|sinistr|\babris?\b|\bcamps?\b|rapatri|retourn|exil|asile|détrui|endommag",
    "es": r"desplaz|refugi|evacu|\bhuy|\bhui|damnific|albergu|sin hogar|retorn|asilo|destruid|dañad|viviendas|desaloj",
    "ar": r"نزح|نازح|لاجئ|لجوء|هجر|فروا|فرار|إجلاء|اجلاء|مشرد|تشريد|عودة|عادوا|مخيم|إيواء|ملاجئ|دمر|تدمير|منازل|مساكن",
    "nb": r"flykt|fordriv|evakuer|hjemløs|asyl|mottak|\bleir|returner|flytta|rømt|ødelagt|husløs|hjemmene|boliger",
    "nn": r"flykt|fordriv|evakuer|heimlaus|heimløys|asyl|mottak|\bleir|returner|rømt|øydelagd|øydelagt|husløys|heimane|bustader",
}
NUMBER = re.compile(
    r"\d|\b(hundreds?|thousands?|millions?|tausend|millionen|hundert|mille|milliers?|centaines?|"
    r"millions?|mil|miles|cientos|millones|centenar|tusen|tusenvis|millioner|millionar|hundrevis)\b"
    r"|آلاف|ألف|مليون|مئات",
    re.IGNORECASE,
)
WINDOW = 100

# The second, training-only batch: (language, files, quota). Spanish, Bokmål and Nynorsk have no
# screened documents left, so theirs are random (hard negatives that teach precision).
EXTRA_ROUND_1 = [
    ("en", ["humset_geoloc_en.jsonl"], 50),
    ("de", ["10kgnad_de.jsonl", "wmt22_news_fr_de.jsonl"], 50),
    ("fr", ["masakhanews_fr.jsonl", "wmt22_news_fr_de.jsonl"], 40),
    ("es", ["fakedes_es.jsonl"], 30),
    ("ar", ["ant_ar.jsonl"], 50),
    ("nb", ["norbench_npk_nb_nn.jsonl"], 60),
    ("nn", ["norbench_npk_nb_nn.jsonl"], 60),
]
# Round 2: English reports and Arabic news still hold screened documents; German and French have
# a handful left, so theirs are mostly random.
EXTRA_ROUND_2 = [
    ("en", ["humset_geoloc_en.jsonl"], 60),
    ("de", ["10kgnad_de.jsonl", "wmt22_news_fr_de.jsonl"], 30),
    ("fr", ["masakhanews_fr.jsonl", "wmt22_news_fr_de.jsonl"], 30),
    ("ar", ["ant_ar.jsonl"], 60),
]
# Round 3: English news (the IDMC challenge articles in ../shared/corpus, the genre of the seeds),
# which the blind gold had none of; the 31 articles labelled in evaluation/dev are left out.
EXTRA_ROUND_3 = [("en", ["../idmc_articles_en.jsonl"], 60)]
# Round 4: what is left. Every remaining dev-hash document of English reports, English news and
# Spanish; Arabic's last screened documents; random Norwegian, German and French (no screened ones
# left): hard negatives, since false facts on documents without a fact are where these languages fail.
EXTRA_ROUND_4 = [
    ("en", ["humset_geoloc_en.jsonl"], 55),
    ("en", ["../idmc_articles_en.jsonl"], 75),
    ("ar", ["ant_ar.jsonl"], 50),
    ("es", ["fakedes_es.jsonl"], 48),
    ("de", ["10kgnad_de.jsonl", "wmt22_news_fr_de.jsonl"], 40),
    ("fr", ["masakhanews_fr.jsonl", "wmt22_news_fr_de.jsonl"], 30),
    ("nb", ["norbench_npk_nb_nn.jsonl"], 80),
    ("nn", ["norbench_npk_nb_nn.jsonl"], 80),
]
EXTRA_ROUNDS = [EXTRA_ROUND_1, EXTRA_ROUND_2, EXTRA_ROUND_3, EXTRA_ROUND_4]
DEV_LABELS_EN = ROOT / "evaluation" / "dev" / "corpus_en_labels.jsonl"


def screened(text: str, lang: str) -> bool:
    pattern = re.compile(SCREEN[lang], re.IGNORECASE)
    for match in pattern.finditer(text):
        lo, hi = max(0, match.start() - WINDOW), match.end() + WINDOW
        if NUMBER.search(text[lo:hi]):
            return True
    return False


def base_id(doc_id: str) -> str:
    """A Norwegian passage and its translation share a split (their ids differ only by -nb/-nn)."""
    return re.sub(r"-(nb|nn)$", "", doc_id)


def split_of(doc_id: str) -> str:
    digest = hashlib.sha1(doc_id.encode("utf-8")).hexdigest()
    return "dev" if int(digest[:8], 16) % 2 == 0 else "test"


def records(files: list[str], lang: str) -> list[dict]:
    out = []
    for name in files:
        with (REAL / name).open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                if record["lang"] == lang:
                    record["_file"] = name
                    out.append(record)
    return out


def draw(plan: list, rng: random.Random, taken: set[str], extra_round: int | None) -> list[dict]:
    """One batch by the rule above; an extra round takes only unseen, dev-hash documents."""
    chosen: list[dict] = []
    for lang, files, quota in plan:
        pool = records(files, lang)
        if extra_round is not None:
            pool = [r for r in pool if r["id"] not in taken and split_of(base_id(r["id"])) == "dev"]
        hits = [r for r in pool if screened(r["text"], lang)]
        others = [r for r in pool if not screened(r["text"], lang)]
        # Two thirds screened; more when too few others are left to fill the quota (a round that
        # takes what is left of a source). Earlier rounds never met that case, so they draw as before.
        want_hits = max(round(quota * 2 / 3), quota - len(others))
        picked_hits = rng.sample(hits, want_hits) if len(hits) > want_hits else list(hits)
        picked_random = rng.sample(others, min(quota - len(picked_hits), len(others)))
        for why, group in (("screen", picked_hits), ("random", picked_random)):
            for r in group:
                row = {
                    "doc_id": r["id"],
                    "lang": lang,
                    "file": r["_file"],
                    "why": why,
                    "split": split_of(base_id(r["id"])),
                }
                if extra_round is not None:
                    row["round"] = extra_round
                chosen.append(row)
        label = f"round {extra_round} " if extra_round is not None else ""
        print(
            f"{label}{lang}: {len(hits)} screened in the source, took {len(picked_hits)} screened + {len(picked_random)} random"
        )
    return chosen


def main() -> int:
    if not REAL.is_dir():
        print(f"{REAL} is not there", file=sys.stderr)
        return 1
    if "--extra" in sys.argv[1:]:
        with OUT.open(encoding="utf-8") as handle:
            taken = {json.loads(line)["doc_id"] for line in handle if line.strip()}
        with DEV_LABELS_EN.open(encoding="utf-8") as handle:
            taken |= {json.loads(line)["doc_id"] for line in handle if line.strip()}
        chosen: list[dict] = []
        for number, plan in enumerate(EXTRA_ROUNDS, start=1):
            batch = draw(plan, random.Random(20261206 + number), taken, number)
            taken |= {row["doc_id"] for row in batch}
            chosen += batch
        out_path = EXTRA_OUT
    else:
        chosen = draw(PLAN, random.Random(20261206), set(), None)
        out_path = OUT
    chosen.sort(key=lambda r: (r["lang"], r["doc_id"]))
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with out_path.open("w", encoding="utf-8") as handle:
        for row in chosen:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(chosen)} ids to {out_path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
