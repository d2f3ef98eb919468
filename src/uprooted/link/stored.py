"""Linking features kept in the store: each document is read (and embedded) once.

`ensure_features` returns every document's profile and embedding, computing only those the store
lacks (or holds from an older profile version or another embedding model) and storing them; the
ingest pipeline calls it for each stored batch, `uprooted link` for whatever is still missing.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Sequence

import numpy as np

from uprooted.link.embed import MODEL, embed_documents, embeddings_enabled
from uprooted.link.signals import PROFILE_VERSION, Profile, profile
from uprooted.models import Document, Fact

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]


def ensure_features(
    store,
    docs: Sequence[Document],
    facts: Sequence[Fact] = (),
    *,
    use_embeddings: bool | None = None,
    progress: Progress | None = None,
) -> tuple[dict[str, Profile], dict[str, np.ndarray]]:
    if use_embeddings is None:
        use_embeddings = embeddings_enabled()
    stored = store.link_features([d.doc_id for d in docs])
    facts_by_doc: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        facts_by_doc[fact.doc_id].append(fact)
    profiles: dict[str, Profile] = {}
    vectors: dict[str, np.ndarray] = {}
    for doc_id, (raw, model, blob) in stored.items():
        if raw.get("version") == PROFILE_VERSION:
            profiles[doc_id] = Profile.from_json(raw)
        if blob and model == MODEL:
            vectors[doc_id] = np.frombuffer(blob, dtype=np.float32)
    new_profiles = [d for d in docs if d.doc_id not in profiles]
    for doc in new_profiles:
        profiles[doc.doc_id] = profile(doc, facts_by_doc.get(doc.doc_id, []))
        if progress:
            progress("reading places and figures", 1, len(new_profiles))
    new_vectors = [d for d in docs if d.doc_id not in vectors] if use_embeddings else []
    if new_vectors:
        vectors.update(
            embed_documents(
                new_vectors, (lambda k: progress("embedding", k, len(new_vectors))) if progress else None
            )
        )
    changed = {d.doc_id for d in new_profiles} | {d.doc_id for d in new_vectors}
    if changed:
        store.set_link_features(
            {
                doc_id: (
                    profiles[doc_id].to_json(),
                    MODEL if doc_id in vectors else None,
                    vectors[doc_id].astype(np.float32).tobytes() if doc_id in vectors else None,
                )
                for doc_id in sorted(changed)
            }
        )
    return profiles, vectors


def store_features_quietly(store, docs: Sequence[Document], facts: Sequence[Fact] = ()) -> str | None:
    """At ingest: compute and store the batch's linking features; a failure is a warning, not a stop."""
    try:
        ensure_features(store, docs, facts)
    except Exception as exc:  # noqa: BLE001 - linking features are recomputed by `link` if missing
        log.warning("linking features not stored: %s", exc)
        return f"linking features not stored ({exc.__class__.__name__}: {exc}); `uprooted link` will compute them"
    return None
