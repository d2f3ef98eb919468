"""The matrix, its JSON and the exports, kept at the store's version, cell by cell.

Every request reads the store's version (`store.data_version()`: one primary-key read; every
write moves it in its own transaction, whichever process made it). When it moved, the process's
`LiveMatrix` reads the change log and rebuilds only the series the written facts belong to
(`matrix.live`), and only those series are serialised again (full and lean); the /api/matrix body
is the series' lean JSON joined (`?detail=full`: their full JSON). No read waits for a full
rebuild and none is served a matrix older than the version it read, so an analyst's correction
shows on the very next read, through any worker.

A snapshot (version, matrix, each series' JSON) is replaced, never changed, so a request keeps a
consistent one while another request updates the cache.
"""

from __future__ import annotations

import gzip
import json
import struct
import threading
import zlib
from collections.abc import Callable
from typing import Any

from uprooted.matrix.live import LiveMatrix
from uprooted.matrix.model import Matrix, Series
from uprooted.store.db import as_utc


def encode(content: Any) -> bytes:
    """JSON as the API's JSONResponse writes it."""
    return json.dumps(content, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode("utf-8")


# What /api/matrix carries per point and per fact by default: what the charts and the map draw
# (each point's figure, range, flags, status and sources count; each fact's id, figure, source,
# flags and whether it is counted or kept out). Evidence, explanations, outlets and
# the links between points stay with the series (/api/matrix/series, /api/matrix?detail=full)
# and each fact (/api/facts/{id}): they were most of a 3 MB body that every dashboard load and
# every client paid for.
LEAN_POINT = ("point_id", "kind", "date", "start", "value", "low", "high", "qualifier", "source")
LEAN_POINT_TAIL = ("flags", "decided_by", "status")
LEAN_FACT = ("fact_id", "value", "source", "counted", "excluded", "flags")


def lean_dump(full: dict[str, Any]) -> dict[str, Any]:
    """A series' JSON (as `series_json` dumps it) without what only a point's detail shows."""
    points = []
    for point in full["points"]:
        out = {key: point[key] for key in LEAN_POINT}
        out["sources"] = sum(1 for ref in point["facts"] if ref["counted"])
        out["facts"] = [{key: ref[key] for key in LEAN_FACT} for ref in point["facts"]]
        out.update((key, point[key]) for key in LEAN_POINT_TAIL)
        points.append(out)
    return {**full, "points": points}


def series_bodies(series: Series) -> tuple[bytes, bytes]:
    """A series' full JSON and its lean JSON, from one dump."""
    full = series.model_dump(mode="json") | {"label": series.label}
    return encode(full), encode(lean_dump(full))


# Precompressed answers. Compressing the whole /api/matrix body for every answer would cost more
# CPU than it saves (a megabyte per read, and the matrix changes with every review), so each
# series is compressed once, when it changes, as a raw deflate part that ends on a full flush
# (byte-aligned: parts can be joined). A body is then the gzip header, the parts of its series,
# an empty last block and the trailer (CRC-32 and length of the plain body, which is built
# anyway). Hand-written: zlib and gzip compress a whole stream; no library joins separately
# compressed parts into one (pigz does, in C).
#
# The whole matrix's parts are chained: each series is compressed with the series before it as
# its preset dictionary (`deflate_part(data, after=...)`). A deflate stream may refer back 32 KB
# into what it has already produced, and a dictionary is exactly "what came before", so such a
# part is valid wherever it follows that series' bytes: in the whole matrix, in its order. Series
# are alike (same keys, same shapes), and on the bench store the gzip body goes from 214,325 bytes
# (parts on their own) to 119,100 (whole-body gzip -6: 93,779), for one more compression per
# series written (the one after it, whose dictionary changed). Bodies of some series only
# (filters) are compressed whole per answer: they are small.
GZIP_LEVEL = 6
_GZIP_HEADER = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"  # no name, no time, OS unknown


def deflate_part(data: bytes, after: bytes = b"") -> bytes:
    """`data` as raw deflate blocks ending on a full flush. With `after` (the bytes this part
    will follow in the stream, up to 32 KB of them count) it may refer back into them: it is
    valid only right after them; without, any part can follow."""
    if after:
        compressor = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, -15, zdict=after[-32768:])
    else:
        compressor = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush(zlib.Z_FULL_FLUSH)


_LAST_BLOCK = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, -15).flush()  # an empty final block
_OPEN, _CLOSE = b'{"series":[', b"]}"
_OPEN_GZ, _CLOSE_GZ = deflate_part(_OPEN), deflate_part(_CLOSE)


def chain_parts(
    keys: list[str], plain: dict[str, bytes], old: dict[str, tuple[str | None, bytes]], changed: set[str]
) -> dict[str, tuple[str | None, bytes]]:
    """Each series' part of the whole body (`keys` in the body's order), compressed after the
    series before it (None: the first, after the body's opening), as (predecessor, part); parts
    in `old` are kept when neither the series (`changed`) nor its predecessor changed."""
    out: dict[str, tuple[str | None, bytes]] = {}
    before: str | None = None
    for key in keys:
        kept = old.get(key)
        if kept is not None and kept[0] == before and key not in changed and before not in changed:
            out[key] = kept
        elif before is None:
            out[key] = (None, deflate_part(plain[key], after=_OPEN))
        else:
            out[key] = (before, deflate_part(b"," + plain[key], after=plain[before]))
        before = key
    return out


def gzip_join(
    plain: bytes | None, parts: list[bytes], crc: int | None = None, length: int | None = None
) -> bytes:
    """A gzip stream of `plain` from deflate parts that, joined, inflate to it (without `plain`:
    its CRC-32 and length, given)."""
    if plain is not None:
        crc, length = zlib.crc32(plain), len(plain)
    assert crc is not None and length is not None
    trailer = struct.pack("<II", crc, length & 0xFFFFFFFF)
    return b"".join([_GZIP_HEADER, *parts, _LAST_BLOCK, trailer])


# A gzip body ends with the CRC-32 and length of the plain body: a megabyte to run the CRC over
# (about 0.3 ms, once per version and worker) and to join first. `crc_prefixes` keeps, per series,
# the CRC and length of the body up to and including it; the next version's reuses the entries up
# to the first series that changed (same key, same bytes object: the cache keeps an unchanged
# series' bytes) and runs on from there, and a gzip answer never joins the plain body. (zlib's
# crc32_combine would skip the unchanged tail too; Python's zlib does not expose it.)
CrcPrefixes = list[tuple[str, bytes, int, int]]  # (series key, its JSON, CRC and length through it)


def crc_prefixes(keys: list[str], parts: dict[str, bytes], old: CrcPrefixes | None) -> CrcPrefixes:
    """The running CRC-32 and length of `{"series":[` + the parts joined by commas, per series
    (`old`: a previous version's, reused up to the first series that differs)."""
    out = still_valid(old, keys, parts)  # past the first change nothing more is reused
    crc, length = (out[-1][2], out[-1][3]) if out else (zlib.crc32(_OPEN), len(_OPEN))
    for key in keys[len(out) :]:
        part = parts[key]
        if out:
            crc, length = zlib.crc32(b",", crc), length + 1
        crc, length = zlib.crc32(part, crc), length + len(part)
        out.append((key, part, crc, length))
    return out


def still_valid(prefixes: CrcPrefixes | None, keys: list[str], parts: dict[str, bytes]) -> CrcPrefixes:
    """The start of `prefixes` that `crc_prefixes` would reuse for this version's `keys` and
    `parts`: a seed carried to a later version keeps no entry (nor the bytes of a series) that
    version no longer has."""
    out: CrcPrefixes = []
    for entry, key in zip(prefixes or (), keys, strict=False):
        if entry[0] != key or entry[1] is not parts.get(key):
            break
        out.append(entry)
    return out


def body_crc(prefixes: CrcPrefixes) -> tuple[int, int]:
    """The whole body's CRC-32 and length from its series' running ones."""
    crc, length = (prefixes[-1][2], prefixes[-1][3]) if prefixes else (zlib.crc32(_OPEN), len(_OPEN))
    return zlib.crc32(_CLOSE, crc), length + len(_CLOSE)


def accepts_gzip(accept_encoding: str | None) -> bool:
    """Whether an Accept-Encoding header takes gzip (`gzip`, `*`, not `;q=0`)."""
    for item in (accept_encoding or "").split(","):
        name, _, params = item.partition(";")
        if name.strip().lower() in ("gzip", "x-gzip", "*"):
            q = params.strip().lower()
            if q.startswith("q="):
                try:
                    return float(q[2:]) > 0
                except ValueError:
                    return False
            return True
    return False


class Snapshot:
    """The matrix at one store version, each series' JSON, and values derived from them."""

    def __init__(
        self,
        version: int,
        matrix: Matrix,
        json_by_key: dict[str, bytes],
        lean_by_key: dict[str, bytes],
        gz_by_key: dict[str, tuple[str | None, bytes]] | None = None,
        lean_gz_by_key: dict[str, tuple[str | None, bytes]] | None = None,
        prior: Snapshot | None = None,
    ) -> None:
        self.version = version
        self.matrix = matrix
        self.json = json_by_key
        self.lean = lean_by_key
        # each series' part of the whole body, compressed after the series before it
        # (`chain_parts`: predecessor, deflate part); missing parts are made per answer
        self.json_gz = gz_by_key if gz_by_key is not None else {}
        self.lean_gz = lean_gz_by_key if lean_gz_by_key is not None else {}
        self._lock = threading.Lock()
        self._values: dict[str, Any] = {}
        # the running CRCs of an earlier version's bodies (`crc_prefixes`), lean and full: the
        # lists only, never the snapshot itself (a chain of snapshots would never be freed), and
        # only their start this version still has: a full body's seed is carried on from version
        # to version until a full gzip body is asked for, and must not keep the bytes (or the
        # CRCs) of series rewritten since
        self._crc_seed: dict[bool, CrcPrefixes | None] = {}
        keys = [s.key for s in matrix.series] if prior is not None else []
        for full in (False, True):
            seed = prior.crcs(full) if prior is not None else None
            self._crc_seed[full] = (
                still_valid(seed, keys, json_by_key if full else lean_by_key) if seed else None
            )

    @property
    def etag(self) -> str:
        return f'"m{self.version}"'

    def etag_of(self, full: bool = False, gzip: bool = False) -> str:
        """The lean and the full body are two representations, and each compressed is another:
        each has its own ETag."""
        tag = f"m{self.version}" + ("-full" if full else "") + ("-gz" if gzip else "")
        return f'"{tag}"'

    def body(self, series: list[Series] | None = None, *, full: bool = False) -> bytes:
        """The /api/matrix body, lean (default) or full: all series (built once per snapshot) or
        the ones given."""
        if series is None:
            return self.get("body-full" if full else "body", lambda: self.body(self.matrix.series, full=full))
        parts = self.json if full else self.lean
        return _OPEN + b",".join(parts[s.key] for s in series) + _CLOSE

    def body_gzip(self, series: list[Series] | None = None, *, full: bool = False) -> bytes:
        """The same body gzip-compressed, from each series' precompressed part."""
        if series is None:
            name = "gzip-full" if full else "gzip"
            return self.get(name, lambda: self.body_gzip(self.matrix.series, full=full))
        if series is not self.matrix.series:
            return gzip.compress(self.body(series, full=full), GZIP_LEVEL, mtime=0)
        parts = self.json if full else self.lean
        keys = [s.key for s in series]
        made = self.json_gz if full else self.lean_gz
        # the lean parts are all made with the snapshot (`MatrixCache.snapshot`): no pass to check
        complete = not full and len(made) == len(keys) and made.keys() == parts.keys()
        chained = made if complete else chain_parts(keys, parts, made, set())
        if full:  # made on demand: kept for the next snapshot (`MatrixCache.snapshot`)
            self.json_gz = chained
        prefixes = self.get(
            "crc-full" if full else "crc", lambda: crc_prefixes(keys, parts, self._crc_seed[full])
        )
        crc, length = body_crc(prefixes)
        return gzip_join(None, [_OPEN_GZ, *(chained[k][1] for k in keys), _CLOSE_GZ], crc, length)

    def crcs(self, full: bool) -> CrcPrefixes | None:
        """This snapshot's running CRCs when made, else the ones it started from."""
        made = self.peek("crc-full" if full else "crc")
        return made if made is not None else self._crc_seed[full]

    def peek(self, name: str) -> Any:
        """The value `get(name, ...)` made, or None when it has not been made yet."""
        return self._values.get(name)

    def get(self, name: str, make: Callable[[], Any]) -> Any:
        with self._lock:
            if name in self._values:
                return self._values[name]
        value = make()  # outside the lock: another value of this snapshot need not wait
        with self._lock:
            return self._values.setdefault(name, value)


class MatrixCache:
    """One store's matrix for the API: always at (or past) the version a request read."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self.live = LiveMatrix()
        self._lock = threading.Lock()  # one update at a time; an update takes milliseconds
        self._json: dict[str, bytes] = {}
        self._lean: dict[str, bytes] = {}
        self._json_gz: dict[str, tuple[str | None, bytes]] = {}
        self._lean_gz: dict[str, tuple[str | None, bytes]] = {}
        self._snapshot: Snapshot | None = None

    @property
    def builds(self) -> int:
        """Full builds (start, links replaced): a review never causes one."""
        return self.live.full_builds

    def version(self) -> int:
        return self.store.data_version()

    def current(self, version: int) -> Snapshot | None:
        """The latest snapshot when it is at `version` or later (no update, no query), else None."""
        current = self._snapshot
        return current if current is not None and current.version >= version else None

    def snapshot(self, version: int | None = None) -> Snapshot:
        """The matrix at `version` or later (default: the store's version now)."""
        version = self.version() if version is None else version
        current = self._snapshot
        if current is not None and current.version >= version:
            return current
        with self._lock:
            current = self._snapshot
            if current is not None and current.version >= version:
                return current
            try:
                changed = self.live.update(self.store)
            except Exception:
                # a half-applied update must not be built on: the next read rebuilds it whole
                self.clear(locked=True)
                raise
            matrix = self.live.matrix()
            # The full body's parts are made only when a full body is asked for gzip-compressed
            # (`?detail=full`, rare; `Snapshot.body_gzip`), from the latest snapshot's; a write
            # drops those of the series it rewrote and of the series after them. The lean
            # body's, which nearly every read takes, are made here.
            full_parts = current.json_gz if current is not None else {}
            self._json_gz = dict(full_parts)
            if changed or current is None:
                final = self.live.final
                # the previous bodies, less the series gone, plus those rebuilt (or never made):
                # copies of the dicts, not a pass over every series in Python
                json_by_key, lean_by_key = dict(self._json), dict(self._lean)
                for key in (json_by_key.keys() | lean_by_key.keys()) - final.keys():
                    json_by_key.pop(key, None)
                    lean_by_key.pop(key, None)
                rewritten = (
                    (final.keys() - json_by_key.keys())
                    | (final.keys() - lean_by_key.keys())
                    | (self.live.updated & final.keys())
                )
                for key in rewritten:
                    json_by_key[key], lean_by_key[key] = series_bodies(final[key])
                keys = [s.key for s in matrix.series]
                self._json, self._lean = json_by_key, lean_by_key
                self._json_gz = {
                    k: v for k, v in full_parts.items() if k not in rewritten and v[0] not in rewritten
                }
                self._lean_gz = chain_parts(keys, lean_by_key, self._lean_gz, rewritten)
            self._snapshot = Snapshot(
                self.live.version or 0,
                matrix,
                dict(self._json),
                dict(self._lean),
                dict(self._json_gz),
                dict(self._lean_gz),
                prior=current,
            )
            return self._snapshot

    def matrix(self, version: int | None = None) -> Matrix:
        return self.snapshot(version).matrix

    def get(self, name: str, make: Callable[[], Any], version: int | None = None) -> Any:
        """A value derived from the store at `version` (an export, the events), made once per
        snapshot."""
        return self.snapshot(version).get(name, make)

    def clear(self, *, locked: bool = False) -> None:
        """Forget everything: the next read builds the matrix whole (`locked`: the caller holds
        the update lock)."""
        if not locked:
            with self._lock:
                self.clear(locked=True)
            return
        self.live = LiveMatrix()
        self._json, self._lean, self._json_gz, self._lean_gz, self._snapshot = {}, {}, {}, {}, None


class FactCache:
    """Each fact's JSON (and with its review log), keyed by fact id and the row's `updated_at`,
    which every write to the fact or its review moves: a page of /api/facts is one narrow query
    (ids, times, count) and the JSON of the facts it has not seen in that state.

    An entry is made from a read after the query that gave its key, so it is never older than its
    key says; the next query that sees a later time reads the fact again."""

    MAX_ENTRIES = 50_000

    def __init__(self, store: Any) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._facts: dict[str, tuple[Any, bytes]] = {}
        self._with_log: dict[str, tuple[Any, bytes]] = {}
        self.misses = 0

    def _put(self, table: dict[str, tuple[Any, bytes]], fact_id: str, at: Any, body: bytes) -> None:
        with self._lock:
            if len(table) >= self.MAX_ENTRIES:
                table.clear()  # rare (a store of more facts than this); the next pages refill it
            table[fact_id] = (at, body)

    def reviewed(self, stored: Any, answer: dict[str, Any]) -> bytes:
        """Keep what a review wrote (`Store.review_fact`: the fact and its whole log, read in the
        review's own transaction, the fact's row locked) as the fact's JSON and its JSON with
        its log at the review's time, which is the row's `updated_at`; returns the latter
        (`answer`, the review route's `fact_with_log_json`, encoded). The next page or read of the
        fact is then served without reading it again, and a later write moves `updated_at` past
        this entry as before. Under load each review made one page and one read of its fact
        read it again (one query and one serialisation each)."""
        at = as_utc(stored.reviewed_at)
        body = encode(answer)
        if at is not None:
            self._put(
                self._facts,
                stored.fact_id,
                at,
                encode({k: v for k, v in answer.items() if k != "review_log"}),
            )
            self._put(self._with_log, stored.fact_id, at, body)
        return body

    def facts(self, rows: list[tuple[str, Any]]) -> list[bytes]:
        """The JSON of each (fact_id, updated_at), in order; a fact deleted meanwhile is left out."""
        from uprooted.api.serialize import stored_fact

        rows = [(fid, as_utc(at)) for fid, at in rows]
        # Each body is taken once, here, and kept only when its key is the row's time: a
        # concurrent put (a review, another page) may swap another version into the table at
        # any moment, so the table is never read again below.
        bodies: dict[str, bytes] = {}
        for fid, at in rows:
            entry = self._facts.get(fid)
            if entry is not None and entry[0] == at:
                bodies[fid] = entry[1]
        missing = [fid for fid, _ in rows if fid not in bodies]
        if missing:
            self.misses += len(missing)
            loaded = self.store.facts_by_ids(missing)
            wanted = dict(rows)
            for fid, item in loaded.items():
                body = encode(stored_fact(item))
                bodies[fid] = body
                self._put(self._facts, fid, wanted[fid], body)
        return [bodies[fid] for fid, _ in rows if fid in bodies]

    def with_log(self, fact_id: str, render: Callable[[Any, list[Any]], dict[str, Any]]) -> bytes | None:
        """One fact with its review log (`render(stored, log)` on a miss); None when there is no
        such fact. The time, and on a miss the fact and its log, come from one connection
        (`Store.fact_if_changed`)."""
        entry = self._with_log.get(fact_id)
        found = self.store.fact_if_changed(fact_id, entry[0] if entry is not None else None)
        if found is None:
            return None
        at, stored, log = found
        if stored is None and entry is not None:
            return entry[1]
        self.misses += 1
        body = encode(render(stored, log))
        self._put(self._with_log, fact_id, as_utc(at), body)
        return body
