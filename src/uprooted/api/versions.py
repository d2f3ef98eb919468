"""The store's versions for each request, read once for every request waiting at that moment.

Every API request reads the store's data and access versions (`Store.versions`, one primary-key
read) before anything else: the token check serves cached tokens at the access version, the matrix
its snapshot at the data version. The check ran as a sync FastAPI dependency: a hand-off to the
thread pool and back for every request, besides the endpoint's own, and a pooled connection
checked out for one row.

Here the check awaits a `VersionReader`: one thread reads the versions for all requests waiting
when its read starts, and hands each its answer on its own event loop. A request that arrives
while a read is under way waits for the next one, so every request is answered from a read that
started after it arrived: a write committed before a request arrived (a review, a revoked token)
is seen by it, through any worker, as before. Under load many requests share a read; alone, a
request costs what it did.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

IDLE_SECONDS = 2.0  # the reading thread ends after this long without requests (a new one starts)


class VersionReader:
    """`await reader.read()`: the store's (data, access) versions, read after the call began."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self._cond = threading.Condition()
        self._waiting: list[tuple[asyncio.AbstractEventLoop, asyncio.Future]] = []
        self._thread: threading.Thread | None = None

    async def read(self) -> tuple[int, int]:
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        with self._cond:
            self._waiting.append((loop, future))
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="uprooted-versions", daemon=True)
                self._thread.start()
            else:
                self._cond.notify()
        return await future

    def _run(self) -> None:
        while True:
            with self._cond:
                if not self._waiting:
                    self._cond.wait(IDLE_SECONDS)
                    if not self._waiting:
                        self._thread = None
                        return
                batch, self._waiting = self._waiting, []
            result: Any = None
            error: BaseException | None = None
            try:
                result = self.store.versions()
            except Exception as exc:  # each waiting request raises it (500), as its own read would
                error = exc
            by_loop: dict[asyncio.AbstractEventLoop, list[asyncio.Future]] = {}
            for loop, future in batch:
                by_loop.setdefault(loop, []).append(future)
            for loop, futures in by_loop.items():
                try:
                    loop.call_soon_threadsafe(_settle, futures, result, error)
                except RuntimeError:  # that loop is closed: nobody waits there any more
                    pass


def _settle(futures: list[asyncio.Future], result: Any, error: BaseException | None) -> None:
    for future in futures:
        if future.done():  # cancelled (the client went away)
            continue
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(result)
