"""The matrix kept up to date cell by cell: a write rebuilds only the series its facts belong to.

`build_matrix` reconciles every fact at once (about a second for 3,000 facts). A server that did
that after every review either made readers wait or served a matrix one write behind. `LiveMatrix`
holds what a build reads (the facts, their reports, events and copies) and the built series, and on
`update(store)` reads the store's change log and the facts it names (`Store.changed_facts`): only the facts written since
its version are read again, and only these cells are rebuilt:

* the series each changed fact leaves and joins (old and new place x measure);
* every series of the period families it leaves and joins (a city and its areas, one measure, one
  event: a flow's kind depends on its family's onset);
* series whose facts change place without being written: an event's place inherited by its
  placeless figures, or a gazetteer id's most common name (`same_place_names`);
* the facts of reports whose near-duplicate original changes.

Then what ties series together is redone for the series it can reach: a series' flows are checked
against its parent's running totals and its own against its children's (`check_flows` on the
series, its parent and its children), an area's coordinates against its city's, support. The result
equals a full build; tests/matrix/test_live.py checks that over random reviews, corrections and
ingests. Links or near-duplicate marks replaced (`uprooted link`) rebuild it whole.

Kept by hand because no library knows this matrix's dependencies; it reuses the build's own steps
(`place_facts`, `read_periods`, `build_series`, `finish`) so both paths apply one rule.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

from uprooted.matrix.consistency import check_flows
from uprooted.matrix.kinds import Period, read_periods
from uprooted.matrix.model import Matrix, Series
from uprooted.matrix.places import series_key
from uprooted.matrix.reconcile import (
    MatrixContext,
    Member,
    _inherit_places,
    areas_without_coordinates,
    build_series,
    checkable_copy,
    duplicate_map,
    family_key,
    finish,
    support,
)
from uprooted.matrix.sources import source_reliability
from uprooted.models import Document, Fact, Place


def _order(fact: Fact) -> tuple[str, str]:
    """The order facts are reconciled in (as `pipeline.store_matrix` sorts them)."""
    return (fact.doc_id, fact.fact_id())


class _Meta(NamedTuple):
    """A series as `areas_without_coordinates` and the parent/children links read it."""

    key: str
    level: str
    lat: float | None
    lon: float | None
    parent_key: str | None
    parent: str  # the parent's series key ("" for none)

    @classmethod
    def of(cls, series: Series) -> _Meta:
        parent = f"{series.parent_key}|{series.measure}" if series.parent_key else ""
        return cls(series.key, series.level, series.lat, series.lon, series.parent_key, parent)


class LiveMatrix:
    """One store's matrix, built once and then updated per affected cell (`update`)."""

    def __init__(self, reliability: Mapping[str, int] | None = None) -> None:
        self.ranks = dict(reliability) if reliability is not None else source_reliability()
        self.version: int | None = None
        self.full_builds = 0  # whole rebuilds (start, links replaced, change log pruned)
        self.updates = 0  # incremental updates
        self.updated: set[str] = set()  # series keys rebuilt or re-checked by the last update
        self._reset()

    def _reset(self) -> None:
        self.facts: dict[str, Fact] = {}  # non-rejected facts, corrections applied
        self.statuses: dict[str, str] = {}
        self.docs: dict[str, Document] = {}  # reports without their text
        self.links: dict[str, str] = {}
        self.copies: dict[str, str] = {}
        self.by_doc: dict[str, set[str]] = defaultdict(set)
        self.docs_of_event: dict[str, set[str]] = defaultdict(set)
        # placement: after inheritance (pre), then after naming by gazetteer id (placed)
        self.pre: dict[str, tuple[Place | None, bool]] = {}
        self.gid_names: dict[int, Counter[str]] = defaultdict(Counter)
        self.by_gid: dict[int, set[str]] = defaultdict(set)
        self.chosen: dict[int, str] = {}
        self.placed: dict[str, tuple[Place | None, bool, str, str]] = {}  # place, inherited, key, family
        self.by_key: dict[str, set[str]] = defaultdict(set)
        self.by_family: dict[str, set[str]] = defaultdict(set)
        self.periods: dict[str, Period] = {}
        # series: as built from their own facts (raw), and as served (final) with their JSON
        self.raw: dict[str, Series] = {}
        self.final: dict[str, Series] = {}
        self.meta: dict[str, _Meta] = {}  # what finishing a series reads of the others
        self.children: dict[str, set[str]] = defaultdict(set)  # series key -> its children's keys
        self.dropped: set[str] = set()  # areas whose coordinates are their city's
        self.keys: list[str] = []
        self._snapshot: Matrix | None = None

    # --- reading the store -------------------------------------------------------------------
    def update(self, store: Any) -> bool:
        """Bring the matrix to the store's current version; False when it already was there."""
        # the log and the facts it names, in one statement on PostgreSQL (`Store.changed_facts`)
        changes, stored = store.changed_facts(self.version)
        if changes.everything:
            self.load(store, changes.version)
            return True
        if changes.version == self.version:
            return False
        if changes.facts or changes.documents:
            wanted = set(changes.documents) | {s.fact.doc_id for s in stored.values()}
            missing = wanted - set(self.docs)
            if missing:
                self.docs.update(store.document_meta(missing))
            self.apply({fid: stored.get(fid) for fid in changes.facts})
        self.version = changes.version
        return True

    def load(self, store: Any, version: int | None = None) -> None:
        """Build it whole from the store (the version is read first: a write landing meanwhile is
        read again by the next update, never lost)."""
        version = store.data_version() if version is None else version
        stored = store.facts()
        docs = store.document_meta({s.fact.doc_id for s in stored})
        self.build(stored, docs, store.links())
        self.version = version

    def build(self, stored: Iterable[Any], docs: Mapping[str, Document], links: Mapping[str, str]) -> None:
        """Everything from scratch: `stored` are the store's facts (StoredFact: .fact, .status)."""
        self._reset()
        self.full_builds += 1
        self.docs = dict(docs)
        self.links = dict(links)
        for doc_id, event in self.links.items():
            self.docs_of_event[event].add(doc_id)
        for item in stored:
            self._set_fact(item.fact_id, item)
        self.copies = self._copies()
        self._place(set(self.facts), set(self.docs_of_event))
        built = {key: self._raw(key) for key in self.by_key}
        self.raw = {k: v for k, v in built.items() if v is not None}
        self.keys = sorted(self.raw)
        finals = [checkable_copy(self.raw[k]) for k in self.keys]
        finish(finals)
        self.final = {s.key: s for s in finals}
        for key, series in self.raw.items():
            self.meta[key] = meta = _Meta.of(series)
            if meta.parent:
                self.children[meta.parent].add(key)
        self.dropped = areas_without_coordinates([self.raw[k] for k in self.keys])
        self.updated = set(self.keys)
        self._snapshot = None

    def apply(self, changed: Mapping[str, Any]) -> None:
        """Facts written: fact_id -> its StoredFact now (None when deleted). Only their cells and
        the cells that depend on them are rebuilt."""
        self.updates += 1
        dirty: set[str] = set()
        docs: set[str] = set()
        for fid, item in changed.items():
            old = self.facts.get(fid)
            docs |= {old.doc_id} if old is not None else set()
            docs |= {item.fact.doc_id} if item is not None else set()
            if old is not None:
                self.by_doc[old.doc_id].discard(fid)
                del self.facts[fid]
                self.statuses.pop(fid, None)
            self._set_fact(fid, item)
            dirty.add(fid)
        # The copies read only the reports marked as near-duplicates that have facts: unless one
        # of the reports written is marked, they are as they were (no pass over every report).
        if any(self.docs[d].near_duplicate_of for d in docs if d in self.docs):
            copies = self._copies()
            for doc_id in set(copies) ^ set(self.copies) | {
                d for d in copies if copies[d] != self.copies.get(d)
            }:
                dirty |= self.by_doc.get(doc_id, set())
                docs.add(doc_id)
            self.copies = copies
        keys = self._place(dirty, {self.links[d] for d in docs if d in self.links})
        for key in keys:
            series = self._raw(key)
            if series is None:
                self.raw.pop(key, None)
            else:
                self.raw[key] = series
        self._finalise(keys)

    def _set_fact(self, fid: str, item: Any) -> None:
        if item is None or item.status == "rejected":
            return
        fact = item.fact
        self.facts[fid] = fact
        self.statuses[fid] = item.status
        self.by_doc[fact.doc_id].add(fid)

    def _copies(self) -> dict[str, str]:
        """Near-duplicate copies among the reports that have facts (as `store_matrix` reads them)."""
        marked = {d: doc for d, doc in self.docs.items() if doc.near_duplicate_of and self.by_doc.get(d)}
        return duplicate_map(marked, {})

    # --- placement and periods ----------------------------------------------------------------
    def _place(self, dirty: set[str], events: set[str]) -> set[str]:
        """Place the facts written (`dirty`) and those their events' places may move; returns the
        series keys to rebuild."""
        candidates = set(dirty)
        for event in events:
            for doc_id in self.docs_of_event.get(event, ()):
                candidates |= self.by_doc.get(doc_id, set())
        # inheritance: each touched event's placeless figures, from all its facts in order
        pre: dict[str, tuple[Place | None, bool]] = {}
        for event in events:
            members = [self.facts[f] for d in self.docs_of_event[event] for f in self.by_doc.get(d, ())]
            for fact, place, inherited in _inherit_places(sorted(members, key=_order), self.links):
                pre[fact.fact_id()] = (place, inherited)
        for fid in candidates:
            if fid in self.facts and fid not in pre:
                pre[fid] = (self.facts[fid].place, False)
        moved = set(dirty)
        gids: set[int] = set()
        for fid in candidates:
            old, new = self.pre.get(fid), pre.get(fid)
            if old == new:
                continue
            moved.add(fid)
            for entry, step in ((old, -1), (new, 1)):
                place = entry[0] if entry else None
                if place is not None and place.geonames_id is not None and place.name:
                    self.gid_names[place.geonames_id][place.name] += step
                    gids.add(place.geonames_id)
                if place is not None and place.geonames_id is not None:
                    (
                        self.by_gid[place.geonames_id].add
                        if step > 0
                        else self.by_gid[place.geonames_id].discard
                    )(fid)
            if new is None:
                self.pre.pop(fid, None)
            else:
                self.pre[fid] = new
        for gid in gids:
            counts = +self.gid_names[gid]  # drops names counted down to zero
            self.gid_names[gid] = counts
            chosen = min(counts, key=lambda n: (-counts[n], n)) if counts else None
            if chosen != self.chosen.get(gid):
                moved |= self.by_gid.get(gid, set())
                if chosen is None:
                    self.chosen.pop(gid, None)
                else:
                    self.chosen[gid] = chosen
        keys: set[str] = set()
        families: set[str] = set()
        for fid in moved:
            old_placed = self.placed.pop(fid, None)
            if old_placed is not None:
                keys.add(old_placed[2])
                families.add(old_placed[3])
                self.by_key[old_placed[2]].discard(fid)
                self.by_family[old_placed[3]].discard(fid)
            if fid not in self.facts:
                self.periods.pop(fid, None)
                continue
            fact = self.facts[fid]
            place, inherited = self.pre[fid]
            gid = place.geonames_id if place is not None else None
            if place is not None and gid in self.chosen and place.name != self.chosen[gid]:
                place = place.model_copy(update={"name": self.chosen[gid]})
            key, family = series_key(place, fact.measure), family_key(fact, place, self.links)
            self.placed[fid] = (place, inherited, key, family)
            self.by_key[key].add(fid)
            self.by_family[family].add(fid)
            keys.add(key)
            families.add(family)
        for family in families:
            members = sorted((self.facts[f] for f in self.by_family.get(family, ())), key=_order)
            periods = read_periods({family: [(f, self.placed[f.fact_id()][2]) for f in members]})
            for fact in members:
                fid = fact.fact_id()
                if self.periods.get(fid) != periods[id(fact)] or fid in moved:
                    keys.add(self.placed[fid][2])
                self.periods[fid] = periods[id(fact)]
            if not members:
                self.by_family.pop(family, None)
        return keys

    # --- series -------------------------------------------------------------------------------
    def _raw(self, key: str) -> Series | None:
        fids = self.by_key.get(key)
        if not fids:
            self.by_key.pop(key, None)
            return None
        ctx = MatrixContext(self.docs, self.links, self.copies, self.statuses, self.ranks)
        members: list[Member] = []
        for fact in sorted((self.facts[f] for f in fids), key=_order):
            place, inherited, _, _ = self.placed[fact.fact_id()]
            members.append((fact, place, inherited, self.periods[fact.fact_id()]))
        return build_series(key, members, ctx)

    def _finalise(self, rebuilt: set[str]) -> None:
        """Re-check the series whose own facts, parent or children changed, and re-serve them."""
        touched = set(rebuilt)
        metas_changed = False  # whether any series' _Meta changed, appeared or went
        for key in rebuilt:
            old = self.meta.pop(key, None)
            if old is not None and old.parent:
                self.children[old.parent].discard(key)
                touched.add(old.parent)
            series = self.raw.get(key)
            meta = _Meta.of(series) if series is not None else None
            if meta is not None:
                self.meta[key] = meta
                if meta.parent:
                    self.children[meta.parent].add(key)
                    touched.add(meta.parent)
            metas_changed = metas_changed or meta != old
            touched |= self.children.get(key, set())
        if metas_changed:
            # keys and dropped coordinates read only the series' _Meta: unchanged metas (a review
            # that moves no series, the usual case) keep both without a pass over every series
            self.keys = sorted(self.raw)
            dropped = areas_without_coordinates([self.meta[k] for k in self.keys])  # type: ignore[misc]
            touched |= dropped ^ self.dropped
            self.dropped = dropped
        dropped = self.dropped
        for key in touched:
            if key not in self.raw:
                self.final.pop(key, None)
                continue
            parent = self.meta[key].parent
            related = sorted({key, *self.children.get(key, ()), *([parent] if parent in self.raw else [])})
            copies = [checkable_copy(self.raw[k]) for k in related]
            check_flows(Matrix.model_construct(series=copies))
            series = next(s for s in copies if s.key == key)
            if key in dropped:
                series.lat = series.lon = None
            support(series)
            self.final[key] = series
        self.updated = {k for k in touched if k in self.raw}
        self._snapshot = None

    # --- serving --------------------------------------------------------------------------------
    def matrix(self) -> Matrix:
        """The matrix as a full build would make it (its series are not to be changed in place)."""
        if self._snapshot is None:
            self._snapshot = Matrix.model_construct(series=[self.final[k] for k in self.keys])
        return self._snapshot
