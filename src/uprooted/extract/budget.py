"""A per-document time budget for extraction.

The pipeline opens a budget around one document (`with time_budget(seconds) as budget`); the
engine asks `over_budget(position)` before each sentence and stops reading when it answers True,
keeping the facts found so far. Where it stopped is recorded on the budget, so the caller can
store the document with a warning and let the batch go on. A context variable carries the budget,
so threads and asyncio tasks each have their own and no signature changes.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass


@dataclass
class Budget:
    deadline: float | None  # time.monotonic() value; None: no limit
    offset: int = 0  # where the part being read starts in the whole document
    stopped_at: int | None = None  # character offset in the whole document where reading stopped

    def expired(self) -> bool:
        return self.deadline is not None and time.monotonic() > self.deadline

    def stop(self, position: int) -> None:
        if self.stopped_at is None:
            self.stopped_at = self.offset + position


_current: ContextVar[Budget | None] = ContextVar("uprooted_extract_budget", default=None)


@contextmanager
def time_budget(seconds: float | None) -> Iterator[Budget]:
    budget = Budget(time.monotonic() + seconds if seconds and seconds > 0 else None)
    token = _current.set(budget)
    try:
        yield budget
    finally:
        _current.reset(token)


def over_budget(position: int) -> bool:
    """True when the current document's budget is spent (and records `position` as the stop)."""
    budget = _current.get()
    if budget is None or not budget.expired():
        return False
    budget.stop(position)
    return True
