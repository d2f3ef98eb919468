"""The place ranker: a logistic regression choosing the place of each fact among candidates.

The rules (extract/placing.py, `rule_place`) choose one place per figure by a long ordered
cascade. The ranker reads that choice as one candidate among the other places the document
offers for the figure (every place of its sentence, with the country or first-level area it
lies in; the places of the text just before; the headline's; the document's main country; the
city in play), each with general features (placing.py, `place_candidates`): where it is named
relative to the figure (clause, sentence, sentences before, headline, dateline), on which side of
the movement (from / to / via, by the packs' prepositions), its admin level, how often the
document names it, whether it contains or lies in the rules' choice, and whether it IS the rules'
choice (so the model learns when to override it). The highest score wins. At run time it is a
dot product over weights stored as JSON (`place_model.json`, package data), no scikit-learn.

Train and evaluate it (scikit-learn, deterministic) from the same dev gold as the fact model
(extract/model.py, `training_documents`: the en dev labels, the written sets, the real dev split
and the training-only real batch; never the test split):

    python -m uprooted.extract.placemodel train      # -> place_model.json
    python -m uprooted.extract.placemodel evaluate   # 5-fold by document, rules vs ranker

A candidate is a positive when the scorer's place rule (shared/eval/score.py, `place_ok`:
country, then name, case-folded, among the gold's accepted values) accepts it for a gold fact the
candidate's fact matches on its core. `ENABLED` says whether extraction uses it (docs/model-card.md
gives the out-of-fold figures the decision rests on).
"""

from __future__ import annotations

import hashlib
import json
import math
import sys
from dataclasses import dataclass, replace
from pathlib import Path

MODEL_PATH = Path(__file__).with_name("place_model.json")
FORMAT = "uprooted-place-model/1"
# Whether extraction asks the ranker (True only when out-of-fold full F1 beats the rules).
ENABLED = False

# Set by training: a list that `choose_place` appends each figure's candidates to.
RECORDER: list | None = None
_UNSET = object()
_OVERRIDE: object = _UNSET  # a PlaceModel, or None for the rules alone (evaluation, tests)


@dataclass(frozen=True)
class PlaceModel:
    weights: dict[str, float]
    meta: dict | None = None
    # How far the best other candidate must score above the rules' choice to replace it (learned
    # on folds of the training documents, `fit_with_margin`): the ranker overrides the rules only
    # where it is sure enough to be right more often than wrong.
    margin: float = 0.0

    def score(self, feats: dict[str, float]) -> float:
        w = self.weights
        return w.get("bias", 0.0) + sum(w.get(k, 0.0) * v for k, v in feats.items())

    def delta(self, cands: list):
        """(best candidate, its score minus the rules' choice's; None without a rules' choice)."""
        # the first of equal scores, the rules' choice before the others (as `max` by score)
        scored = [(round(self.score(c.feats), 9), c.rule, -i) for i, c in enumerate(cands)]
        best = max(scored)
        rule = next((s for s in scored if s[1]), None)
        return cands[-best[2]], (None if rule is None else best[0] - rule[0])

    def pick(self, cands: list):
        """The best-scoring candidate when it beats the rules' choice by more than the margin;
        else the rules' choice (which also wins a tie)."""
        best, delta = self.delta(cands)
        if best.rule or delta is None or delta > self.margin:
            return best
        return next(c for c in cands if c.rule)


_LOADED: dict[Path, PlaceModel | None] = {}


def load_model(path: str | Path | None = None) -> PlaceModel | None:
    """The place model at `path` (default: the shipped one), cached; None when missing or
    unreadable (the rules then choose alone, with a logged warning)."""
    path = Path(path) if path is not None else MODEL_PATH
    if path in _LOADED:
        return _LOADED[path]
    model = None
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if raw.get("format") != FORMAT:
            raise ValueError(f"format {raw.get('format')!r}")
        weights = {str(k): float(v) for k, v in raw["weights"].items()}
        if not all(math.isfinite(v) for v in weights.values()):
            raise ValueError("a weight is not finite")
        margin = float(raw.get("margin", 0.0))
        if not math.isfinite(margin):
            raise ValueError("the margin is not finite")
        model = PlaceModel(weights, raw.get("meta"), margin)
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as exc:
        import logging

        logging.getLogger(__name__).warning("place model %s unusable (%s): rules only", path, exc)
    _LOADED[path] = model
    return model


def active() -> PlaceModel | None:
    """The ranker extraction uses now, or None for the rules alone."""
    if _OVERRIDE is not _UNSET:
        return _OVERRIDE  # type: ignore[return-value]
    return load_model() if ENABLED else None


class using:
    """`with using(model):` extraction ranks places with `model` (None: the rules alone)."""

    def __init__(self, model: PlaceModel | None):
        self.model = model

    def __enter__(self):
        global _OVERRIDE
        self.saved, _OVERRIDE = _OVERRIDE, self.model
        return self.model

    def __exit__(self, *exc):
        global _OVERRIDE
        _OVERRIDE = self.saved


# ---------------------------------------------------------------------------------------------
# Training (needs scikit-learn, which run time does not).


@dataclass
class _Group:
    """One candidate fact's places: which are right by the scorer (None: no place to judge)."""

    mention: object
    cands: list
    labels: list[int] | None


@dataclass
class _Doc:
    doc: dict
    mentions: list
    kept: list[int] | None
    original: str
    groups: list[_Group]


def _labels(fact: dict, cands: list, doc: dict) -> list[int] | None:
    from uprooted.evaluate import core_match, place_ok

    golds = [g for g in doc.get("facts", []) if core_match(g, fact)]
    golds = [g for g in golds if g.get("place")]
    if not golds:
        return None
    return [int(any(place_ok(g, {"place": c.place.model_dump()}) for g in golds)) for c in cands]


def collect(docs: list[dict]) -> list[_Doc]:
    """Each document's candidate facts (as extraction makes them, rules choosing the place),
    each with the place candidates its figure had and their labels."""
    from datetime import date

    global RECORDER
    from uprooted.extract.engine import candidates
    from uprooted.extract.settings import ExtractSettings
    from uprooted.lang import get_pack

    settings = ExtractSettings()
    out = []
    with using(None):
        for doc in docs:
            pack = get_pack(doc.get("lang"))
            if pack is None:
                continue
            published = None
            if doc.get("published"):
                try:
                    published = date.fromisoformat(str(doc["published"])[:10])
                except ValueError:
                    published = None
            RECORDER = []
            try:
                mentions, kept, original = candidates(
                    doc["doc_id"], doc["text"], pack, doc.get("lang"), published, settings
                )
                records = RECORDER
            finally:
                RECORDER = None
            groups = []
            j = 0
            last = None
            for m in mentions:
                if (m.features or {}).get("second_measure") and last is not None:
                    rec = last  # a second measure of the same figure: the same place
                else:
                    ev = m.fact.evidence[0]
                    rec = None
                    while j < len(records):
                        r = records[j]
                        j += 1
                        if r[3] == m.fact.measure and ev.start <= r[0] and r[1] <= ev.end:
                            rec = r
                            break
                    if rec is None:
                        raise RuntimeError(f"no place record for a candidate of {doc['doc_id']}")
                last = rec
                cands = rec[4]
                fact = m.fact.model_dump(mode="json")
                groups.append(_Group(m, cands, _labels(fact, cands, doc)))
            out.append(_Doc(doc, mentions, kept, original, groups))
    return out


def _groups(data: list[_Doc]) -> list[tuple[list, list[int]]]:
    """The candidate sets to learn from: a right candidate and a wrong one among them."""
    out, seen = [], set()
    for d in data:
        for g in d.groups:
            if not g.labels or not any(g.labels) or all(g.labels):
                continue  # nothing to learn: no right candidate, or no wrong one
            if id(g.cands) in seen:
                continue  # a second measure of one figure: its places once
            seen.add(id(g.cands))
            out.append(([c.feats for c in g.cands], g.labels))
    return out


def fit(data: list[_Doc], c: float = 0.1) -> PlaceModel:
    """A conditional logit: per candidate set, the softmax of the scores puts its mass on the
    right candidates (log of the summed probability of the right ones), L2 penalty 1/(2C)."""
    import numpy as np
    from scipy.optimize import minimize
    from scipy.special import logsumexp
    from sklearn.feature_extraction import DictVectorizer

    groups = _groups(data)
    rows = [f for feats, _ in groups for f in feats]
    vec = DictVectorizer(sort=True)
    x = vec.fit_transform(rows).tocsr()
    sizes = np.array([len(feats) for feats, _ in groups])
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    pos = np.array([y for _, ys in groups for y in ys], dtype=bool)
    gid = np.repeat(np.arange(len(groups)), sizes)

    def loss(w):
        s = x @ w
        sp = np.where(pos, s, -np.inf)
        lse_all = np.array([logsumexp(s[a : a + n]) for a, n in zip(starts, sizes, strict=True)])
        lse_pos = np.array([logsumexp(sp[a : a + n]) for a, n in zip(starts, sizes, strict=True)])
        p_all = np.exp(s - lse_all[gid])
        p_pos = np.where(pos, np.exp(s - lse_pos[gid]), 0.0)
        value = float(np.sum(lse_all - lse_pos)) + float(w @ w) / (2 * c)
        grad = x.T @ (p_all - p_pos) + w / c
        return value, grad

    w0 = np.zeros(x.shape[1])
    res = minimize(loss, w0, jac=True, method="L-BFGS-B", options={"maxiter": 2000})
    weights = {"bias": 0.0}
    for name, w in zip(vec.get_feature_names_out(), res.x, strict=True):
        if abs(w) >= 1e-4:
            weights[name] = round(float(w), 4)
    meta = {"candidate_sets": len(groups), "candidates": len(rows), "C": c}
    return PlaceModel(dict(sorted(weights.items())), meta)


def _folds(data: list[_Doc], folds: int):
    order = sorted(range(len(data)), key=lambda i: data[i].doc["doc_id"])
    for k in range(folds):
        held = [data[i] for j, i in enumerate(order) if j % folds == k]
        train = [data[i] for j, i in enumerate(order) if j % folds != k]
        yield train, held


def _chosen(g: _Group, model: PlaceModel | None) -> int:
    """Index of the candidate picked: the rules' choice without a model."""
    rule = next((i for i, c in enumerate(g.cands) if c.rule), None)
    if model is None or len(g.cands) < 2:
        return rule if rule is not None else -1
    best = model.pick(g.cands)
    return next(i for i, c in enumerate(g.cands) if c is best)


def _facts(d: _Doc, model: PlaceModel | None) -> list[dict]:
    """The document's facts with each place chosen by `model` (the rules' with None), made as
    extraction makes them (placing.choose_place, then engine.decide with the shipped fact model)."""
    from uprooted.extract.engine import decide
    from uprooted.extract.settings import ExtractSettings

    mentions = []
    for g in d.groups:
        m = g.mention
        fact = m.fact.model_copy(deep=True)
        i = _chosen(g, model)
        if model is not None and i >= 0 and not g.cands[i].rule:
            chosen = g.cands[i].place
            other = fact.place.other if fact.place is not None else None
            if other is not None and (other.country, other.name) != (chosen.country, chosen.name):
                chosen = chosen.model_copy(update={"other": other})
            fact.place = chosen
            flags = [f for f in fact.flags if f != "place_unresolved"]
            if not chosen.name:
                flags.append("place_unresolved")
            fact.flags = sorted(set(flags))
        mentions.append(replace(m, fact=fact))
    facts = decide(mentions, d.kept, d.original, ExtractSettings())
    return [f.model_dump(mode="json") for f in facts]


_OFF = 1e6  # a margin no score difference reaches: the rules alone


def _overrides(data: list[_Doc], model: PlaceModel) -> list[tuple[float, int]]:
    """Per candidate set with a gold place and a rules' choice where the model prefers another
    candidate: (how much higher it scores, +1 if that one is right and the rules' wrong, -1 if
    the reverse, 0 if both or neither)."""
    out, seen = [], set()
    for d in data:
        for g in d.groups:
            if not g.labels or id(g.cands) in seen or len(g.cands) < 2:
                continue
            seen.add(id(g.cands))
            rule = next((i for i, c in enumerate(g.cands) if c.rule), None)
            if rule is None:
                continue
            best, delta = model.delta(g.cands)
            if best.rule or delta is None:
                continue
            out.append((delta, g.labels[g.cands.index(best)] - g.labels[rule]))
    return out


def _choose_margin(overrides: list[tuple[float, int]]) -> float:
    """The margin that makes the most overrides right net of wrong (a tie: the larger margin,
    fewer overrides); `_OFF` when no margin makes them right more often than wrong."""
    best_net, best = 0, _OFF
    ranked = sorted(overrides, key=lambda o: -o[0])
    net = 0
    for i, (delta, gain) in enumerate(ranked):
        net += gain
        nxt = ranked[i + 1][0] if i + 1 < len(ranked) else 0.0
        if nxt == delta:
            continue  # overrides with equal scores go together
        if net > best_net:
            # the exact midpoint: rounding could bring it down to `nxt` and let in the overrides
            # this cut leaves out
            best_net, best = net, max(0.0, (delta + nxt) / 2)
    return best


def fit_with_margin(data: list[_Doc], c: float = 0.1, folds: int = 4) -> PlaceModel:
    """The ranker on all of `data`, with the margin its out-of-fold overrides (folds of `data`
    by document) learn."""
    overrides = []
    for train, held in _folds(data, folds):
        overrides += _overrides(held, fit(train, c))
    model = fit(data, c)
    margin = _choose_margin(overrides)
    meta = {**(model.meta or {}), "margin_folds": folds, "oof_overrides": len(overrides)}
    return PlaceModel(model.weights, meta, margin)


def _out_of_fold(data: list[_Doc], folds: int, c: float, margin: bool = True) -> dict[int, PlaceModel]:
    models = {}
    for train, held in _folds(data, folds):
        model = fit_with_margin(train, c) if margin else fit(train, c)
        for d in held:
            models[id(d)] = model
    return models


def evaluate(data: list[_Doc], folds: int = 5, c: float = 0.1, margin: bool = True) -> list[str]:
    from uprooted.evaluate import score

    models = _out_of_fold(data, folds, c, margin)
    lines = [
        "margins by fold: " + ", ".join(f"{m.margin:g}" for m in {id(m): m for m in models.values()}.values())
    ]
    subsets = [
        ("all dev gold", data),
        ("blind real (dev + extra)", [d for d in data if d.doc.get("source_set") == "real"]),
    ]
    for name, subset in subsets:
        langs = sorted({d.doc.get("lang") for d in subset})
        lines.append(f"== {name}: {len(subset)} documents")
        lines.append(
            f"{'lang':<5} {'facts':>5} {'rule acc':>8} {'rank acc':>8} {'oracle':>7}   "
            f"{'rule full F1':>12} {'rank full F1':>12}  core F1"
        )
        facts_rule = {id(d): _facts(d, None) for d in subset}
        facts_rank = {id(d): _facts(d, models[id(d)]) for d in subset}
        for lang in [*langs, "all"]:
            docs = [d for d in subset if lang == "all" or d.doc.get("lang") == lang]
            n = ok_rule = ok_rank = oracle = 0
            for d in docs:
                for g in d.groups:
                    if not g.labels or g.mention.features.get("second_measure"):
                        continue
                    n += 1
                    r, k = _chosen(g, None), _chosen(g, models[id(d)])
                    ok_rule += r >= 0 and g.labels[r]
                    ok_rank += k >= 0 and g.labels[k]
                    oracle += any(g.labels)
            gold = [d.doc for d in docs]
            s_rule = score(gold, [f for d in docs for f in facts_rule[id(d)]])
            s_rank = score(gold, [f for d in docs for f in facts_rank[id(d)]])

            def f1(s, kind="full"):
                return getattr(s, kind).get("all", {}).get("f1", 0.0)

            lines.append(
                f"{lang:<5} {n:>5} {ok_rule / max(n, 1):>8.3f} {ok_rank / max(n, 1):>8.3f} "
                f"{oracle / max(n, 1):>7.3f}   {f1(s_rule):>12.3f} {f1(s_rank):>12.3f}  "
                f"{f1(s_rule, 'core'):.3f}"
            )
    return lines


def main(argv: list[str] | None = None) -> int:
    import argparse

    from uprooted.extract.model import training_documents

    parser = argparse.ArgumentParser(prog="python -m uprooted.extract.placemodel")
    parser.add_argument("command", choices=("train", "evaluate"))
    parser.add_argument("--real-labels", type=Path, default=None, help="blind labels (dev split is used)")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--C", type=float, default=0.1)
    parser.add_argument("--no-margin", action="store_true", help="the ranker's best always wins")
    args = parser.parse_args(argv)
    data = collect(training_documents(args.real_labels))
    groups = sum(1 for d in data for g in d.groups if g.labels)
    langs = sorted({d.doc.get("lang") for d in data})
    print(f"{len(data)} documents ({', '.join(langs)}), {groups} candidate facts with a gold place")
    if args.command == "train":
        model = fit(data, args.C) if args.no_margin else fit_with_margin(data, args.C)
        labels = [[d.doc["doc_id"], d.doc.get("facts", [])] for d in data]
        digest = hashlib.sha256(json.dumps(labels, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
        meta = {**(model.meta or {}), "documents": len(data), "languages": langs, "labels_sha256": digest}
        payload = {"format": FORMAT, "margin": model.margin, "meta": meta, "weights": model.weights}
        args.out.write_text(json.dumps(payload, ensure_ascii=False, indent=0, sort_keys=True) + "\n")
        print(f"wrote {args.out} ({len(model.weights)} weights, margin {model.margin:g})")
        return 0
    for line in evaluate(data, c=args.C, margin=not args.no_margin):
        print(line)
    return 0


if __name__ == "__main__":
    # run as the package's module, whose RECORDER and switch placing.py reads (not as __main__)
    from uprooted.extract import placemodel as _module

    sys.exit(_module.main())
