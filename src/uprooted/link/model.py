"""The trained rule that turns a pair's features into P(same story).

A logistic regression fitted on the dev pairs of evaluation/pairs (scripts/fit_link_model.py,
deterministic), stored as `model.json` beside this file: one weight set without embeddings (the
default install) and one with them (the `embed` extra), each with the clustering threshold chosen
on the same dev pairs. Nothing here is set by hand.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class LinkModel:
    name: str
    features: tuple[str, ...]
    weights: tuple[float, ...]
    intercept: float
    threshold: float  # average-link probability at which two groups of reports merge

    def probability(self, features: dict[str, float]) -> float:
        z = self.intercept + sum(
            w * features.get(f, 0.0) for f, w in zip(self.features, self.weights, strict=True)
        )
        return 1 / (1 + math.exp(-z)) if z > -60 else 0.0


def _from_json(name: str, raw: dict) -> LinkModel:
    return LinkModel(
        name=name,
        features=tuple(raw["features"]),
        weights=tuple(float(raw["weights"][f]) for f in raw["features"]),
        intercept=float(raw["intercept"]),
        threshold=float(raw["threshold"]),
    )


@cache
def _raw() -> dict:
    return json.loads(resources.files("uprooted.link").joinpath("model.json").read_text(encoding="utf-8"))


@cache
def load_model(with_embeddings: bool) -> LinkModel:
    name = "with_embeddings" if with_embeddings else "without_embeddings"
    return _from_json(name, _raw()[name])
