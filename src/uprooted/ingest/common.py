"""What every source kind shares: ids, the published-date precedence, language, sizes."""

from __future__ import annotations

import gzip
import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from uprooted.ingest.dates import parse_date
from uprooted.ingest.language import detect_language, normalise_lang
from uprooted.models import Document

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
_MULTI_SUFFIXES = (
    ".warc.gz",
    ".arc.gz",
    ".jsonl.gz",
    ".ndjson.gz",
    ".txt.gz",
    ".html.gz",
    ".htm.gz",
    ".xml.gz",
    ".json.gz",
)


@dataclass
class Options:
    """The caller's options, passed down unchanged to every reader."""

    published: date | None = None
    lang: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES


@dataclass
class Parts:
    """What a reader found about one document, before the shared rules make it a Document."""

    doc_id: str
    text: str
    kind: str
    source_path: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    lang: str | None = None  # a language the source itself states (JSONL field)
    published: date | None = None  # the source's own date, already parsed
    published_raw: Any = None  # the source's own date as written, when it could not be parsed
    published_from: str | None = None  # where `published` came from: field, page, feed, warc-date
    fallback_published: date | None = None  # a weaker own date (WARC-Date), before the option
    meta: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def build_document(parts: Parts, options: Options) -> Document:
    """Apply the precedence rules: own date > weaker own date > option; stated lang > option >
    detected."""
    warnings = list(parts.warnings)
    published, published_from = parts.published, parts.published_from
    if parts.published_raw not in (None, "") and published is None:
        warnings.append(
            f"{parts.source_path}: unreadable date {str(parts.published_raw)[:80]!r} in {parts.doc_id}"
        )
    if published is None and parts.fallback_published is not None:
        published, published_from = parts.fallback_published, "warc-date"
    if published is None and options.published is not None:
        published, published_from = options.published, "option"
    lang, lang_from = normalise_lang(parts.lang), "source"
    if lang is None and options.lang:
        lang, lang_from = normalise_lang(options.lang), "option"
    if lang is None:
        lang, lang_from = detect_language(parts.text), "detected"
    meta = dict(parts.meta)
    meta["published_from"] = published_from if published else None
    meta["lang_from"] = lang_from if lang else None
    if warnings:
        meta["warnings"] = warnings
    return Document(
        doc_id=parts.doc_id,
        text=parts.text,
        lang=lang,
        published=published,
        url=parts.url,
        title=parts.title,
        source_path=parts.source_path,
        kind=parts.kind,
        outlet=parts.outlet,
        meta=meta,
    )


def own_date(value: Any) -> tuple[date | None, Any]:
    """(parsed date, raw value kept for the warning when unparseable)."""
    parsed = parse_date(value)
    return parsed, (None if parsed else value)


def file_stem(path: Path) -> str:
    """'a/b/report.warc.gz' -> 'report': the id prefix of everything read from that file."""
    name = path.name
    lower = name.lower()
    for suffix in _MULTI_SUFFIXES:
        if lower.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return path.stem or name


def short_hash(value: str, length: int = 12) -> str:
    return hashlib.sha1(value.encode("utf-8", "surrogatepass")).hexdigest()[:length]


def safe_id(value: Any) -> str | None:
    """A record's own id as a usable string (ids go into URLs and file names downstream)."""
    if value is None or isinstance(value, bool):
        return None
    text = str(value).strip()
    text = re.sub(r"[\x00-\x1f]", "", text)
    return text or None


class TooLarge(Exception):
    """The input is above the size limit; the message names both."""


def human_size(size: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size} bytes"


def read_limited(path: Path, max_bytes: int) -> bytes:
    """The file's bytes (gunzipped if .gz), refusing before reading when above the limit."""
    size = path.stat().st_size
    if size > max_bytes:
        raise TooLarge(f"file is {human_size(size)}, above the {human_size(max_bytes)} limit (max_bytes)")
    if path.name.lower().endswith(".gz"):
        with gzip.open(path, "rb") as stream:
            data = stream.read(max_bytes + 1)  # bounded: a gzip bomb stops at the limit
        if len(data) > max_bytes:
            raise TooLarge(f"decompressed size is above the {human_size(max_bytes)} limit (max_bytes)")
        return data
    return path.read_bytes()
