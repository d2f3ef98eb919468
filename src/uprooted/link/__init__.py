"""uprooted.link: event linking across outlets and languages, near-duplicates, and its evaluation."""

from uprooted.link.evaluate import evaluate_pairs, load_pairs
from uprooted.link.events import Event, LinkResult, embeddings_available, link_documents

__all__ = ["Event", "LinkResult", "embeddings_available", "evaluate_pairs", "link_documents", "load_pairs"]
