"""Score extracted facts against a gold file, by the rules of `spec/facts.md`.

The rules are the spec's (and so the shared scorer's): a system fact matches a gold fact on
`measure` and `value` (or `reported_value`; the order of magnitude for vague gold; either bound
for a range); the *full* match adds the place (country and name) and the dates. Excerpt-mode
documents count towards recall only and add figure/measure/term/unit/country accuracies.

On top of those figures this module reports what a user needs to pick a confidence threshold
(precision among facts at or above 0.8 and 0.5) and an error report listing every miss and every
false fact with the sentence it came from, so a regression can be read, not just counted.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

CONFIDENCE_THRESHOLDS = (0.8, 0.5)


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _date_ok(gold_values: list[Any], system_value: Any) -> bool:
    """Gold gives a day: equal to the day; gold gives a month or a year: equal to that prefix."""
    if not gold_values:
        return True
    if not system_value:
        return False
    system_value = str(system_value)
    for gold in map(str, gold_values):
        if len(gold) >= 10 and system_value[:10] == gold[:10]:
            return True
        if len(gold) < 10 and system_value[: len(gold)] == gold:
            return True
    return False


def _same_magnitude(a: Any, b: Any) -> bool:
    try:
        return a > 0 and b > 0 and int(math.log10(a)) == int(math.log10(b))
    except (TypeError, ValueError):
        return False


def core_match(gold: dict, system: dict) -> bool:
    if gold.get("measure") != system.get("measure"):
        return False
    if gold.get("qualifier") == "vague":
        return _same_magnitude(gold.get("value"), system.get("value"))
    candidates = [system.get("value"), system.get("reported_value")]
    if gold.get("qualifier") == "range":
        candidates += [system.get("low"), system.get("high")]
    return gold.get("value") in candidates


def place_ok(gold: dict, system: dict) -> bool:
    gold_place, system_place = gold.get("place") or {}, system.get("place") or {}
    if not gold_place:
        return True
    countries = {c.upper() for c in _as_list(gold_place.get("country")) if c}
    if countries and (system_place.get("country") or "").upper() not in countries:
        return False
    names = {n.casefold() for n in _as_list(gold_place.get("name")) if n}
    return not names or (system_place.get("name") or "").casefold() in names


def full_match(gold: dict, system: dict) -> bool:
    return (
        core_match(gold, system)
        and place_ok(gold, system)
        and _date_ok(_as_list(gold.get("end")), system.get("end"))
        and _date_ok(_as_list(gold.get("start")), system.get("start"))
    )


def _greedy_match(gold_facts: Sequence[dict], system_facts: Sequence[dict], pred) -> dict[int, int]:
    """Gold index -> system index; each gold fact matches at most one system fact."""
    used: set[int] = set()
    pairs: dict[int, int] = {}
    for gi, gold in enumerate(gold_facts):
        for si, system in enumerate(system_facts):
            if si not in used and pred(gold, system):
                used.add(si)
                pairs[gi] = si
                break
    return pairs


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def prf(self) -> dict[str, float | int]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "p": round(p, 3),
            "r": round(r, 3),
            "f1": round(f, 3),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class ErrorEntry:
    doc_id: str
    kind: str  # "miss" (gold fact not found, full match) | "false" (system fact matching no gold)
    measure: str | None
    value: Any
    detail: str
    sentence: str | None = None


@dataclass
class EvalResult:
    core: dict[str, dict] = field(default_factory=dict)
    full: dict[str, dict] = field(default_factory=dict)
    excerpt: dict[str, Any] | None = None
    precision_at: dict[str, dict] = field(default_factory=dict)
    # Document-mode documents whose gold lists no fact: how many false facts each gets, per
    # language ("all" too). The hard negatives: a report full of numbers that are not displacement.
    empty_docs: dict[str, dict] = field(default_factory=dict)
    errors: list[ErrorEntry] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "core": self.core,
            "full": self.full,
            "excerpt": self.excerpt,
            "precision_at_confidence": self.precision_at,
            "empty_documents": self.empty_docs,
            "errors": [e.__dict__ for e in self.errors],
        }


def _gold_file(rel: str, gold_path: Path | None) -> Path | None:
    """A file a gold document names, relative to the gold file's folder, its parent, or the
    working directory (the first that holds it)."""
    bases = [gold_path.parent, gold_path.parent.parent] if gold_path else []
    for base in [*bases, Path.cwd()]:
        candidate = base / rel
        if candidate.is_file():
            return candidate
    return None


def _corpus_record(doc: dict, gold_path: Path | None) -> dict | None:
    """The record of a JSON Lines corpus a gold document names (`corpus` path and `corpus_id`)."""
    path = _gold_file(doc["corpus"], gold_path) if doc.get("corpus") else None
    if path is None:
        return None
    return _corpus_records(str(path.resolve())).get((doc.get("corpus_id"), doc.get("lang")))


def _gold_text(doc: dict, gold_path: Path | None) -> str | None:
    """A gold document's text: inline; a `path` to a file; or a record of a JSON Lines corpus
    (`corpus` path and `corpus_id`), so a gold file can name other people's texts without holding
    them. Paths are relative to the gold file's folder, its parent, or the working directory."""
    if doc.get("text"):
        return doc["text"]
    if doc.get("path"):
        path = _gold_file(doc["path"], gold_path)
        return path.read_text(encoding="utf-8", errors="replace") if path else None
    record = _corpus_record(doc, gold_path)
    return record.get("text") if record else None


def _gold_title(doc: dict, gold_path: Path | None) -> str | None:
    """The title of a gold document that names a record of a JSON Lines corpus; None otherwise."""
    if doc.get("text"):
        return None
    record = _corpus_record(doc, gold_path)
    title = record.get("title") if record else None
    return title if isinstance(title, str) and title.strip() else None


@lru_cache(maxsize=16)
def _corpus_records(path: str) -> dict[tuple[str, str | None], dict]:
    """(id, lang) -> record of a JSON Lines corpus, read once per evaluation."""
    records: dict[tuple[str, str | None], dict] = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                records[(record.get("id"), record.get("lang"))] = record
    return records


def _describe(fact: dict) -> str:
    place = fact.get("place") or {}
    where = "/".join(str(x) for x in (place.get("name"), place.get("area"), place.get("country")) if x)
    return (
        f"{fact.get('measure')} {fact.get('value')} ({fact.get('qualifier')}) "
        f"{fact.get('start') or ''}..{fact.get('end') or ''} {where or '-'}"
    )


def score(
    gold_docs: Sequence[dict], system_facts: Iterable[dict], gold_path: Path | None = None
) -> EvalResult:
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for fact in system_facts:
        by_doc[fact.get("doc_id")].append(fact)
    totals: dict[str, dict[str, Tally]] = {"core": defaultdict(Tally), "full": defaultdict(Tally)}
    excerpt: dict[str, int] = defaultdict(int)
    confident = {t: Tally() for t in CONFIDENCE_THRESHOLDS}
    empty: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # lang -> [documents, false facts]
    result = EvalResult()

    for doc in gold_docs:
        doc_id = doc["doc_id"]
        facts = by_doc.get(doc_id, [])
        gold_facts = doc.get("facts", [])
        optional = doc.get("optional", [])
        is_excerpt = doc.get("mode") == "excerpt"
        if is_excerpt:
            _tally_excerpt(excerpt, gold_facts, facts)
        for kind, pred in (("core", core_match), ("full", full_match)):
            pairs = _greedy_match(gold_facts, facts, pred)
            matched = set(pairs.values())
            false = [
                si
                for si, s in enumerate(facts)
                if si not in matched and not any(core_match(o, s) for o in optional)
            ]
            fp = 0 if is_excerpt else len(false)
            for key in ("all", doc.get("lang") or "?"):
                totals[kind][key].add(len(pairs), fp, len(gold_facts) - len(pairs))
            if kind == "core" and not is_excerpt and not gold_facts:
                for key in ("all", doc.get("lang") or "?"):
                    empty[key][0] += 1
                    empty[key][1] += len(false)
            if kind == "core" and not is_excerpt:
                for threshold, tally in confident.items():
                    kept = {si for si, s in enumerate(facts) if (s.get("confidence") or 0) >= threshold}
                    tally.add(
                        sum(1 for si in matched if si in kept),
                        sum(1 for si in false if si in kept),
                        0,
                    )
            if kind == "full":
                _collect_errors(result, doc, gold_facts, facts, pairs, false, is_excerpt, gold_path)

    result.core = {k: v.prf() for k, v in sorted(totals["core"].items())}
    result.full = {k: v.prf() for k, v in sorted(totals["full"].items())}
    result.precision_at = {
        f">={t}": {"p": t_.prf()["p"], "facts": t_.tp + t_.fp} for t, t_ in confident.items()
    }
    result.empty_docs = {
        key: {"documents": n, "false_facts": f, "per_document": round(f / n, 3) if n else 0.0}
        for key, (n, f) in sorted(empty.items())
    }
    if excerpt["n"]:
        n, hit = excerpt["n"], excerpt["figure"]
        result.excerpt = {
            "n": n,
            "figure": round(hit / n, 3),
            **{k: round(excerpt[k] / hit, 3) if hit else 0.0 for k in ("measure", "term", "unit")},
            "country": round(excerpt["country"] / excerpt["country_n"], 3) if excerpt["country_n"] else 0.0,
        }
    return result


def _collect_errors(result, doc, gold_facts, facts, pairs, false, is_excerpt, gold_path) -> None:
    text = None
    for gi, gold in enumerate(gold_facts):
        if gi in pairs:
            continue
        near = [s for s in facts if core_match(gold, s)]
        detail = "found with wrong place/dates: " + _describe(near[0]) if near else "not found"
        if text is None:
            text = _gold_text(doc, gold_path) or ""
        result.errors.append(
            ErrorEntry(
                doc["doc_id"],
                "miss",
                gold.get("measure"),
                gold.get("value"),
                f"gold {_describe(gold)}; {detail}",
                _sentence_with(text, gold.get("value")),
            )
        )
    if is_excerpt:
        return
    for si in false:
        fact = facts[si]
        evidence = (fact.get("evidence") or [{}])[0].get("text")
        result.errors.append(
            ErrorEntry(
                doc["doc_id"],
                "false",
                fact.get("measure"),
                fact.get("value"),
                f"system {_describe(fact)}",
                evidence,
            )
        )


def _sentence_with(text: str, value: Any) -> str | None:
    """A short window of the text around the first digits of the gold value, for the report."""
    if not text or not isinstance(value, int):
        return None
    digits = str(value)
    for probe in (
        f"{value:,}",
        f"{value:,}".replace(",", "."),
        f"{value:,}".replace(",", " "),
        digits,
        digits[: max(1, len(digits) - 3)],
    ):
        at = text.find(probe)
        if at >= 0:
            return " ".join(text[max(0, at - 120) : at + 120].split())
    return None


def _tally_excerpt(tally: dict[str, int], gold_facts: Sequence[dict], facts: Sequence[dict]) -> None:
    for gold in gold_facts:
        tally["n"] += 1
        want = gold.get("reported_value", gold.get("value"))
        hits = [s for s in facts if want in (s.get("reported_value"), s.get("value"))]
        if not hits:
            continue
        tally["figure"] += 1
        best = max(
            hits, key=lambda s: (s.get("measure") == gold.get("measure"), s.get("term") == gold.get("term"))
        )
        tally["measure"] += best.get("measure") == gold.get("measure")
        tally["term"] += best.get("term") == gold.get("term")
        tally["unit"] += best.get("unit") == gold.get("unit")
        countries = {c.upper() for c in _as_list((gold.get("place") or {}).get("country")) if c}
        if countries:
            tally["country_n"] += 1
            tally["country"] += ((best.get("place") or {}).get("country") or "").upper() in countries


def load_jsonl(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def gold_documents(gold: Sequence[dict], gold_path: Path | None) -> list[dict]:
    """The gold file's documents as ingestable records (`id`, `text`, `published`, `lang`)."""
    records = []
    for doc in gold:
        text = _gold_text(doc, gold_path)
        if text is None:
            continue
        record = {
            "id": doc["doc_id"],
            "text": text,
            "published": doc.get("published"),
            "lang": doc.get("lang"),
        }
        title = doc.get("title") or _gold_title(doc, gold_path)
        if title:
            record["title"] = title  # the document's title, as ingest keeps it beside the text
        records.append(record)
    return records


def with_corpus_texts(labels: Sequence[dict], corpus_path: str | Path) -> list[dict]:
    """Gold labels kept without their texts (other people's writing stays in the corpus it came
    from) joined with the texts of a corpus JSONL (`id`, `text`)."""
    texts = {rec["id"]: rec["text"] for rec in load_jsonl(corpus_path)}
    missing = [doc["doc_id"] for doc in labels if doc["doc_id"] not in texts]
    if missing:
        raise ValueError(f"labelled ids not in {corpus_path}: {', '.join(missing)}")
    return [{**doc, "text": texts[doc["doc_id"]]} for doc in labels]


def render_table(result: EvalResult) -> str:
    lines = []
    for kind, table in (("core", result.core), ("full", result.full)):
        for key, v in table.items():
            lines.append(
                f"{kind:4} {key:4} P={v['p']:.3f} R={v['r']:.3f} F1={v['f1']:.3f} tp={v['tp']} fp={v['fp']} fn={v['fn']}"
            )
    if result.excerpt:
        lines.append("excerpt " + " ".join(f"{k}={v}" for k, v in result.excerpt.items()))
    for key, v in result.precision_at.items():
        lines.append(
            f"precision at confidence {key}: P={v['p']:.3f} over {v['facts']} facts (document-mode gold)"
        )
    for key, v in result.empty_docs.items():
        lines.append(
            f"no-fact documents {key:4} {v['documents']} documents, {v['false_facts']} false facts, "
            f"{v['per_document']:.3f} per document"
        )
    return "\n".join(lines)


def render_error_report(result: EvalResult) -> str:
    """Markdown: every miss and every false fact with the words it came from."""
    out = ["# Extraction errors", ""]
    for kind, title in (("miss", "Misses (gold facts not matched in full)"), ("false", "False facts")):
        entries = [e for e in result.errors if e.kind == kind]
        out += [f"## {title}: {len(entries)}", ""]
        for e in entries:
            out.append(f"- `{e.doc_id}` {e.detail}")
            if e.sentence:
                out.append(f"  > {e.sentence}")
        out.append("")
    return "\n".join(out)


# Why a fact found on its core (measure and value) still fails the full match: the parts of the
# full match, checked one by one, so the biggest general cause can be read off a table.
FAILURE_CAUSES = ("country", "place name", "end date", "start date")


def failure_causes_of(gold: dict, system: dict) -> list[str]:
    """The parts of the full match a core-matching system fact gets wrong (empty when it matches)."""
    causes = []
    gold_place, system_place = gold.get("place") or {}, system.get("place") or {}
    if gold_place:
        countries = {c.upper() for c in _as_list(gold_place.get("country")) if c}
        if countries and (system_place.get("country") or "").upper() not in countries:
            causes.append("country")
        names = {n.casefold() for n in _as_list(gold_place.get("name")) if n}
        if names and (system_place.get("name") or "").casefold() not in names:
            causes.append("place name")
    if not _date_ok(_as_list(gold.get("end")), system.get("end")):
        causes.append("end date")
    if not _date_ok(_as_list(gold.get("start")), system.get("start")):
        causes.append("start date")
    return causes


@dataclass
class CoreOnly:
    """A gold fact whose core matched a system fact while the full match failed."""

    doc_id: str
    lang: str
    causes: list[str]
    gold: dict
    system: dict


def core_only_failures(gold_docs: Sequence[dict], system_facts: Iterable[dict]) -> list[CoreOnly]:
    """Gold facts matched on their core but not in full, each with the causes of the failure, taken
    from the core-matching system fact that gets the fewest parts wrong."""
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for fact in system_facts:
        by_doc[fact.get("doc_id")].append(fact)
    found = []
    for doc in gold_docs:
        facts = by_doc.get(doc["doc_id"], [])
        gold_facts = doc.get("facts", [])
        core_pairs = _greedy_match(gold_facts, facts, core_match)
        full_pairs = _greedy_match(gold_facts, facts, full_match)
        for gi in core_pairs:
            if gi in full_pairs:
                continue
            gold = gold_facts[gi]
            near = [s for s in facts if core_match(gold, s)]
            best = min(near, key=lambda s: len(failure_causes_of(gold, s)))
            found.append(
                CoreOnly(
                    doc["doc_id"],
                    doc.get("lang") or "?",
                    failure_causes_of(gold, best) or ["taken"],
                    gold,
                    best,
                )
            )
    return found


def render_core_only(failures: Sequence[CoreOnly]) -> str:
    """Markdown: a table of causes by language, then every failure with gold and system parts."""
    langs = sorted({f.lang for f in failures})
    causes = [*FAILURE_CAUSES, "taken"]
    out = ["# Facts matched on their core, failed in full", "", f"{len(failures)} facts", ""]
    out.append("| cause | " + " | ".join(langs) + " | all |")
    out.append("|---" * (len(langs) + 2) + "|")
    for cause in causes:
        row = [sum(1 for f in failures if f.lang == lang and cause in f.causes) for lang in langs]
        if sum(row):
            out.append(f"| {cause} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    for cause in causes:
        entries = [f for f in failures if cause in f.causes]
        if not entries:
            continue
        out += ["", f"## {cause}: {len(entries)}", ""]
        for f in sorted(entries, key=lambda e: (e.lang, e.doc_id)):
            gold_place, system_place = f.gold.get("place") or {}, f.system.get("place") or {}
            out.append(
                f"- {f.lang} `{f.doc_id}` {f.gold.get('measure')} {f.gold.get('value')} "
                f"[{', '.join(f.causes)}]: gold {gold_place.get('name')}/{gold_place.get('country')} "
                f"{f.gold.get('start') or ''}..{f.gold.get('end') or ''}; "
                f"system {system_place.get('text')!r}->{system_place.get('name')}/{system_place.get('country')} "
                f"{f.system.get('start') or ''}..{f.system.get('end') or ''}"
            )
            evidence = (f.system.get("evidence") or [{}])[0].get("text")
            if evidence:
                out.append(f"  > {' '.join(evidence.split())[:400]}")
    return "\n".join(out) + "\n"
