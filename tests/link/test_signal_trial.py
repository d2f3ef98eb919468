"""scripts/link_signal_trial.py scores a candidate signal by linking with precomputed features: its
linking must give the events `link_documents` gives, or its figures say nothing about the linker."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from uprooted.link import link_documents
from uprooted.link.model import LinkModel, load_model
from uprooted.link.signals import profile
from uprooted.link.similarity import char_cosines, headline_containment, normalised_texts, word_cosines
from uprooted.models import Document

# Own sentences: a landslide in one valley told twice, a ferry fire told twice, a trade fair.
TEXTS = {
    "slide-1": (
        "2031-04-02",
        "Landslide buries homes in Rilski valley. A hillside gave way above the village of Pastra in Bulgaria "
        "after a week of rain, burying eleven houses; about 640 residents were moved to the school in Rila.",
    ),
    "slide-2": (
        "2031-04-03",
        "Rescuers dig through mud in Pastra. After the landslide in the Rilski valley, Bulgaria, some 640 "
        "people from Pastra spent a second night in the Rila school while crews searched the houses.",
    ),
    "ferry-1": (
        "2031-04-02",
        "Fire on a ferry near Varna. A fire broke out in the engine room of a passenger ferry off Varna; "
        "all 212 passengers were taken off by coastguard boats and nobody was hurt.",
    ),
    "ferry-2": (
        "2031-04-02",
        "Varna ferry fire: 212 passengers rescued. The coastguard took every passenger off the burning "
        "ferry near Varna harbour, the port authority said, after smoke filled the engine room.",
    ),
    "fair": (
        "2031-04-03",
        "A wine fair opens in Plovdiv with 300 producers from the Balkans and tastings in the old town.",
    ),
}


@pytest.fixture
def trial(monkeypatch):
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[2] / "scripts"))
    import link_signal_trial

    yield link_signal_trial
    sys.modules.pop("link_signal_trial", None)


def _docs() -> list[Document]:
    return [
        Document(doc_id=k, text=text, lang="en", published=date.fromisoformat(day))
        for k, (day, text) in sorted(TEXTS.items())
    ]


def _partition(event_of: dict[str, object]) -> set[frozenset[str]]:
    groups: dict[object, set[str]] = {}
    for doc_id, event in event_of.items():
        groups.setdefault(event, set()).add(doc_id)
    return {frozenset(g) for g in groups.values()}


@pytest.mark.parametrize("threshold", [0.05, 0.35, 0.95])
def test_trial_linker_links_as_link_documents_does(trial, threshold):
    docs = _docs()
    base = load_model(with_embeddings=False)
    model = LinkModel(base.name, base.features, base.weights, base.intercept, threshold)
    profiles = {d.doc_id: profile(d) for d in docs}
    texts = normalised_texts(docs)
    linker = trial.Linker(
        docs,
        profiles,
        word_cosines(docs, texts=texts),
        char_cosines(docs, texts=texts),
        word_cosines(docs, "lead", texts=texts),
        None,
        model.features,
        heads=headline_containment(docs, texts),
    )
    fast = linker.events(model)
    expected = link_documents(docs, [], use_embeddings=False, profiles=profiles, model=model).event_of
    assert _partition({d.doc_id: int(fast[i]) for i, d in enumerate(docs)}) == _partition(expected)


def test_trial_linker_adds_a_signal_to_every_candidate_pair(trial):
    docs = _docs()
    profiles = {d.doc_id: profile(d) for d in docs}
    texts = normalised_texts(docs)
    names = (*load_model(with_embeddings=False).features, "same_first_letter")
    linker = trial.Linker(
        docs,
        profiles,
        word_cosines(docs, texts=texts),
        char_cosines(docs, texts=texts),
        word_cosines(docs, "lead", texts=texts),
        None,
        names,
        extra=lambda a, b, pa, pb: {"same_first_letter": float(a.doc_id[0] == b.doc_id[0])},
    )
    pairs = {
        (docs[i].doc_id, docs[j].doc_id): row[-1]
        for (i, j), row in zip(linker.candidates, linker.x, strict=True)
    }
    assert pairs[("slide-1", "slide-2")] == 1.0
    assert pairs.get(("ferry-1", "slide-1"), 0.0) == 0.0
