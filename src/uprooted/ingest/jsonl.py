"""JSON Lines (.jsonl, .ndjson, optionally gzipped) and JSON arrays (.json): one record a Document.

Field names vary between scrapers and gold files, so each field is looked up under a few
common names; the record's own `id` (or `doc_id`) is kept as the doc_id so gold files line up.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from uprooted.ingest.common import (
    Options,
    Parts,
    TooLarge,
    build_document,
    file_stem,
    human_size,
    own_date,
    read_limited,
    safe_id,
)
from uprooted.ingest.decode import DecodeError, decode_bytes
from uprooted.ingest.errors import IngestError
from uprooted.ingest.htmlpage import extract_html, host_of
from uprooted.models import Document

ID_KEYS = ("id", "doc_id", "_id", "uid", "article_id")
TEXT_KEYS = ("text", "content", "body", "full_text", "article", "maintext")
HTML_KEYS = ("html", "raw_html", "content_html")
DATE_KEYS = ("published", "date", "published_at", "publish_date", "pubdate", "date_published", "datetime")
URL_KEYS = ("url", "link", "source_url")
LANG_KEYS = ("lang", "language")
OUTLET_KEYS = ("outlet", "publisher", "source_name", "site", "domain", "source")
TITLE_KEYS = ("title", "headline")


def _first(record: dict[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        value = record.get(key)
        if value not in (None, ""):
            return value
    return None


def _text_of(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "\n".join(value)  # paragraphs given as a list
    return None


def _lines(stream: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) for each line; None for a line above the limit (skipped unread)."""
    lineno = 0
    while True:
        raw = stream.readline(max_bytes + 1)
        if not raw:
            return
        lineno += 1
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):  # drain the rest of the long line
                raw = stream.readline(1024 * 1024)
            yield lineno, None
            continue
        yield lineno, raw


def read_jsonl(path: Path, options: Options) -> Iterator[Document | IngestError]:
    stem = file_stem(path)
    seen: set[str] = set()
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    any_line = False
    try:
        with opener(path, "rb") as stream:
            for lineno, raw in _lines(stream, options.max_bytes):
                if raw is None:
                    yield IngestError(
                        str(path),
                        f"line is above the {human_size(options.max_bytes)} limit",
                        record=f"line {lineno}",
                    )
                    continue
                if not raw.strip():
                    continue
                any_line = True
                try:
                    line, _ = decode_bytes(raw)
                    record = json.loads(line)
                except (DecodeError, json.JSONDecodeError, RecursionError) as err:
                    yield IngestError(str(path), f"not valid JSON: {err}", record=f"line {lineno}")
                    continue
                yield from _record(path, record, f"{stem}-{lineno}", f"line {lineno}", seen, options)
    except (OSError, EOFError, gzip.BadGzipFile) as err:
        yield IngestError(str(path), f"cannot read further (truncated or corrupt?): {err}")
        return
    if not any_line:
        yield IngestError(str(path), "empty file")


def read_json_array(path: Path, options: Options) -> Iterator[Document | IngestError]:
    """A .json file holding a list of records (or one record)."""
    try:
        data = read_limited(path, options.max_bytes)
        text, _ = decode_bytes(data)
        loaded = json.loads(text)
    except TooLarge as err:
        yield IngestError(str(path), str(err))
        return
    except (DecodeError, json.JSONDecodeError, RecursionError, OSError, EOFError) as err:
        yield IngestError(str(path), f"not valid JSON: {err}")
        return
    records = loaded if isinstance(loaded, list) else [loaded]
    stem, seen = file_stem(path), set()
    for index, record in enumerate(records, start=1):
        yield from _record(path, record, f"{stem}-{index}", f"item {index}", seen, options)


def _record(
    path: Path, record: Any, default_id: str, where: str, seen: set[str], options: Options
) -> Iterator[Document | IngestError]:
    if not isinstance(record, dict):
        yield IngestError(
            str(path), f"a record must be a JSON object, not {type(record).__name__}", record=where
        )
        return
    doc_id = safe_id(_first(record, ID_KEYS)) or default_id
    warnings: list[str] = []
    if doc_id in seen:
        # kept, never dropped: the store gives another text under this id a distinct, stable id
        # and the ingest summary names it
        warnings.append(f"{path.name} {where}: duplicate id {doc_id!r} in this file")
    seen.add(doc_id)
    url = _first(record, URL_KEYS)
    url = url if isinstance(url, str) else None
    title = _first(record, TITLE_KEYS)
    title = " ".join(title.split()) if isinstance(title, str) and title.strip() else None
    text = _text_of(_first(record, TEXT_KEYS))
    page_date = None
    page_lang = None
    if not (text and text.strip()):
        html = _first(record, HTML_KEYS)
        if isinstance(html, str) and html.strip():
            page = extract_html(html, url=url)
            text, page_date, title = page.text, page.published, title or page.title
            page_lang = page.lang
        elif isinstance(record.get("path"), str):
            text, problem = _text_from_path(path, record["path"], options)
            if problem:
                yield IngestError(str(path), problem, record=where)
                return
    if not (text and text.strip()):
        yield IngestError(str(path), f"record {doc_id!r} has no text", record=where)
        return
    raw_date = _first(record, DATE_KEYS)
    published, unreadable = own_date(raw_date)
    published_from = "field" if published else None
    if published is None and page_date is not None:
        published, published_from = page_date, "page"
    outlet = _first(record, OUTLET_KEYS)
    if isinstance(outlet, dict):
        outlet = outlet.get("name")
    outlet = outlet.strip() if isinstance(outlet, str) and outlet.strip() else host_of(url)
    lang = _first(record, LANG_KEYS)
    if not (isinstance(lang, str) and lang.strip()):
        lang = page_lang  # the record's own language first, then the page's
    parts = Parts(
        doc_id=doc_id,
        text=text,
        kind="jsonl",
        source_path=str(path),
        title=title,
        url=url,
        outlet=outlet,
        lang=lang if isinstance(lang, str) else None,
        published=published,
        published_raw=unreadable,
        published_from=published_from,
        meta={"record": where},
        warnings=warnings,
    )
    yield build_document(parts, options)


def _text_from_path(jsonl_path: Path, relative: str, options: Options) -> tuple[str | None, str | None]:
    """Gold files point at texts by a path relative to the JSONL's folder or one above it."""
    candidates = [jsonl_path.parent / relative, jsonl_path.parent.parent / relative]
    for candidate in candidates:
        if candidate.is_file():
            try:
                data = read_limited(candidate, options.max_bytes)
                return decode_bytes(data)[0], None
            except (TooLarge, DecodeError, OSError) as err:
                return None, f"{candidate}: {err}"
    return None, f"record has no text and its path {relative!r} was not found"
