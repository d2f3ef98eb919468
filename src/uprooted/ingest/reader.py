"""read_paths: files and folders in, Documents (and IngestErrors) out, lazily, in a stable order."""

from __future__ import annotations

import gzip
import os
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from uprooted.ingest.common import DEFAULT_MAX_BYTES, Options, TooLarge, human_size, read_limited
from uprooted.ingest.errors import IngestError
from uprooted.ingest.feeds import read_feed
from uprooted.ingest.jsonl import read_json_array, read_jsonl
from uprooted.ingest.plain import read_html, read_text
from uprooted.models import Document

TEXT_EXTENSIONS = {".txt", ".text", ".md", ".markdown", ".rst"}
HTML_EXTENSIONS = {".html", ".htm", ".xhtml", ".shtml"}
FEED_EXTENSIONS = {".xml", ".rss", ".atom", ".rdf"}
WARC_EXTENSIONS = {".warc", ".arc"}
JSONL_EXTENSIONS = {".jsonl", ".ndjson", ".jsonlines"}
COUNTS_EXTENSIONS = {".csv", ".hxl"}
# Formats we know and cannot read; named so the error says so instead of "binary file".
UNSUPPORTED_EXTENSIONS = {
    ".pdf",
    ".doc",
    ".docx",
    ".odt",
    ".xls",
    ".xlsx",
    ".zip",
    ".png",
    ".jpg",
    ".jpeg",
    ".gif",
    ".webp",
    ".mp3",
    ".mp4",
    ".tar",
    ".7z",
    ".exe",
    ".parquet",
    ".sqlite",
    ".db",
}


def read_paths(
    paths: Iterable[str | Path],
    *,
    published: date | None = None,
    lang: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Document | IngestError]:
    """Every document in these files and folders; a bad file or record becomes an IngestError
    in the stream and the batch goes on. Folders are walked sorted, hidden entries skipped."""
    options = Options(published=published, lang=lang, max_bytes=max_bytes)
    if isinstance(paths, str | Path):  # one path given bare: not a string of one-letter paths
        paths = [paths]
    seen: set[Path] = set()
    for given in paths:
        for path in _expand(Path(given)):
            if isinstance(path, IngestError):
                yield path
                continue
            key = path.resolve()
            if key in seen:
                continue
            seen.add(key)
            yield from _guarded_read(path, options)


def input_files(paths: Iterable[str | Path]) -> Iterator[Path | IngestError]:
    """The files `read_paths` would read, each once, and an IngestError for each path that is
    not there: callers count them first for a progress total."""
    if isinstance(paths, str | Path):
        paths = [paths]
    seen: set[Path] = set()
    for given in paths:
        for path in _expand(Path(given)):
            if isinstance(path, IngestError):
                yield path
                continue
            key = path.resolve()
            if key not in seen:
                seen.add(key)
                yield path


def _expand(path: Path) -> Iterator[Path | IngestError]:
    if path.is_dir():
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if not name.startswith("."):
                    yield Path(root) / name
    elif path.is_file():
        yield path
    elif path.exists():
        yield IngestError(str(path), "not a regular file or folder")
    else:
        yield IngestError(str(path), "no such file or folder")


def sniff_kind(path: Path, head: bytes) -> str:
    """text | html | feed | warc | jsonl | json | counts | unsupported, from name then content."""
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    suffix = Path(name).suffix
    if suffix in WARC_EXTENSIONS or head.startswith(b"WARC/"):
        return "warc"
    if suffix in UNSUPPORTED_EXTENSIONS:
        return "unsupported"
    if suffix in COUNTS_EXTENSIONS:
        return "counts"
    if suffix in JSONL_EXTENSIONS:
        return "jsonl"
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    looks_feed = any(tag in start[:4096] for tag in (b"<rss", b"<feed", b"<rdf:rdf"))
    looks_html = start.startswith((b"<!doctype html", b"<html")) or b"<body" in start[:4096]
    if suffix in FEED_EXTENSIONS:
        return "html" if looks_html and not looks_feed else "feed"
    if suffix in HTML_EXTENSIONS:
        return "feed" if looks_feed and not looks_html else "html"
    if suffix == ".json":
        return "json"
    if suffix in TEXT_EXTENSIONS:
        return "text"
    # No telling extension: decide by content.
    if looks_feed and start.startswith(b"<?xml"):
        return "feed"
    if looks_html:
        return "html"
    if looks_feed:
        return "feed"
    if start.startswith(b"{") and b"}\n" in start[:65536]:
        return "jsonl"
    if start.startswith(b"["):
        return "json"
    return "text"


def _head(path: Path) -> bytes:
    """The first 8 KB, decompressed when gzipped, for sniffing."""
    try:
        with path.open("rb") as stream:
            head = stream.read(8192)
        if head.startswith(b"\x1f\x8b"):
            with gzip.open(path, "rb") as stream:
                head = stream.read(8192)
    except (OSError, EOFError):
        return b""
    return head


def read_file(
    path: str | Path,
    *,
    published: date | None = None,
    lang: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Document | IngestError]:
    """All documents of one file, whatever its kind; never raises."""
    yield from _guarded_read(Path(path), Options(published=published, lang=lang, max_bytes=max_bytes))


def _guarded_read(path: Path, options: Options) -> Iterator[Document | IngestError]:
    try:
        yield from _read_file(path, options)
    except Exception as err:  # the last guard: a library bug on one file must not end the batch
        yield IngestError(str(path), f"unexpected failure: {type(err).__name__}: {err}")


def _read_file(path: Path, options: Options) -> Iterator[Document | IngestError]:
    try:
        size = path.stat().st_size
    except OSError as err:
        yield IngestError(str(path), f"cannot read: {err.strerror or err}")
        return
    if size == 0:
        yield IngestError(str(path), "empty file")
        return
    kind = sniff_kind(path, _head(path))
    if kind == "warc":
        from uprooted.ingest.warcs import read_warc

        yield from read_warc(path, options)
        return
    if kind == "jsonl":
        yield from read_jsonl(path, options)
        return
    if kind == "json":
        yield from read_json_array(path, options)
        return
    if kind == "counts":
        yield from _read_counts(path, options)
        return
    if kind == "unsupported":
        yield IngestError(str(path), f"unsupported file type {path.suffix.lower()}")
        return
    try:
        data = read_limited(path, options.max_bytes)
    except TooLarge as err:
        yield IngestError(str(path), str(err))
        return
    except (OSError, EOFError) as err:
        yield IngestError(str(path), f"cannot read (truncated or corrupt?): {err}")
        return
    reader = {"html": read_html, "feed": read_feed}.get(kind, read_text)
    yield from reader(path, data, options)


def _read_counts(path: Path, options: Options) -> Iterator[Document | IngestError]:
    """Field-count CSV/HXL belongs to ingest/counts.py; we pass its documents and errors on.

    Places are not resolved here (the gazetteer is slow to load and only facts need it; the
    pipeline reads the table's facts, places resolved, when it extracts the document)."""
    from uprooted.ingest.counts import read_counts

    size = path.stat().st_size
    if size > options.max_bytes:
        yield IngestError(
            str(path),
            f"file is {human_size(size)}, above the {human_size(options.max_bytes)} limit (max_bytes)",
        )
        return
    result = read_counts(path, resolve_places=False)
    yield from result.documents
    for error in result.errors:
        yield error if isinstance(error, IngestError) else _counts_error(path, str(error))


def _counts_error(path: Path, message: str) -> IngestError:
    """counts.py reports "PATH:LINE: message" strings; split them into our fields."""
    prefix = f"{path}:"
    if message.startswith(prefix):
        message = message[len(prefix) :].lstrip()
    line, _, rest = message.partition(": ")
    if line.isdigit() and rest:
        return IngestError(str(path), rest, record=f"line {line}")
    return IngestError(str(path), message)
