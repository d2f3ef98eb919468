"""The matrix, its JSON and the exports, built once per store data version.

`store.data_version()` is one small query (counts and latest change times, and the links' ids)
that moves with every write, by this process or another: adding documents, replacing facts, a
review, a manual fact, new links. While it holds, the matrix built for it is served; the first
request after a write builds it anew. The version is read *before* building, so a write that
lands during a build leaves a cache entry the next request sees as stale, never a stale entry
that looks fresh.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from typing import Any

from uprooted.pipeline import store_matrix

# How long a read waits for a rebuild in progress before it is served the previous matrix.
STALE_WAIT_S = 5.0


def encode(content: Any) -> bytes:
    """JSON as the API's JSONResponse writes it."""
    return json.dumps(content, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode("utf-8")


class MatrixCache:
    """Per-version values for one store: the matrix and whatever is derived from it."""

    def __init__(self, store: Any, builder: Callable[[Any], Any] = store_matrix) -> None:
        self.store = store
        self.builder = builder
        self._lock = threading.Lock()
        self._building = threading.RLock()  # one build at a time: a cold burst builds once
        self._version: Any = None
        self._values: dict[str, Any] = {}
        self._stale: dict[str, Any] = {}  # the last value built of each name, whatever its version
        self.builds = 0  # how many times the matrix was built (for tests and the benchmark)

    def version(self) -> Any:
        return self.store.data_version()

    def get(self, name: str, make: Callable[[], Any], version: Any = None) -> Any:
        """The value `name` at the current data version, made by `make()` when absent.

        One build at a time. A request that finds the value stale while another request is
        building waits for that build (a page's parallel requests after an analyst's correction
        all see it) for at most `STALE_WAIT_S`; past that it gets the last value built (one build
        behind), so under a stream of reviews no read queues behind rebuild after rebuild."""
        version = self.version() if version is None else version
        with self._lock:
            if version != self._version:
                self._version, self._values = version, {}
            if name in self._values:
                return self._values[name]
            stale = self._stale.get(name)
        if stale is not None and not self._building.acquire(timeout=STALE_WAIT_S):
            return stale
        if stale is None:
            self._building.acquire()
        try:
            with self._lock:
                if version == self._version and name in self._values:
                    return self._values[name]
            value = make()
            with self._lock:
                if version == self._version:
                    value = self._values.setdefault(name, value)
                self._stale[name] = value
        finally:
            self._building.release()
        return value

    def matrix(self, version: Any = None) -> Any:
        version = self.version() if version is None else version
        return self.get("matrix", lambda: self._build(), version)

    def _build(self) -> Any:
        self.builds += 1
        return self.builder(self.store)

    def series_json(self, version: Any = None) -> tuple[list[tuple[Any, dict[str, Any]]], bytes]:
        """Every series with its JSON dict, and the whole unfiltered /api/matrix body encoded."""
        version = self.version() if version is None else version

        def make() -> tuple[list[tuple[Any, dict[str, Any]]], bytes]:
            built = self.matrix(version)
            pairs = [(s, s.model_dump(mode="json") | {"label": s.label}) for s in built.series]
            return pairs, encode({"series": [d for _, d in pairs]})

        return self.get("series_json", make, version)

    def clear(self) -> None:
        with self._lock:
            self._version, self._values, self._stale = None, {}, {}
