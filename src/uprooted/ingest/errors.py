"""IngestError: one bad file or record is reported and the batch goes on."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class IngestError:
    """A problem with one file or one record; yielded in place of a Document, never raised."""

    path: str
    message: str
    record: str | None = None  # line number, feed entry id or WARC record id when it applies

    def __str__(self) -> str:
        where = f"{self.path}:{self.record}" if self.record else self.path
        return f"{where}: {self.message}"
