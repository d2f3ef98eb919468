"""Single-document files: plain text (.txt, .md) and HTML pages (.html, .htm)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from uprooted.ingest.common import Options, Parts, build_document, file_stem
from uprooted.ingest.decode import DecodeError, declared_html_charset, decode_bytes
from uprooted.ingest.errors import IngestError
from uprooted.ingest.htmlpage import extract_html
from uprooted.models import Document

MAX_TITLE_CHARS = 200


def text_title(text: str) -> str | None:
    """The first line, when it reads like a headline (short, no full stop at the end)."""
    for line in text.splitlines():
        line = line.strip()
        if line:
            if len(line) <= MAX_TITLE_CHARS and not line.endswith((".", ":", ";", ",")):
                return line.lstrip("# ").strip() or None
            return None
    return None


def read_text(path: Path, data: bytes, options: Options) -> Iterator[Document | IngestError]:
    try:
        text, encoding = decode_bytes(data)
    except DecodeError as err:
        yield IngestError(str(path), str(err))
        return
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        yield IngestError(str(path), "empty file")
        return
    parts = Parts(
        doc_id=file_stem(path),
        text=text,
        kind="text",
        source_path=str(path),
        title=text_title(text),
        meta={"encoding": encoding},
    )
    yield build_document(parts, options)


def read_html(path: Path, data: bytes, options: Options) -> Iterator[Document | IngestError]:
    try:
        html, encoding = decode_bytes(data, declared=declared_html_charset(data))
    except DecodeError as err:
        yield IngestError(str(path), str(err))
        return
    page = extract_html(html)
    if not page.text.strip():
        yield IngestError(str(path), "no readable text in this HTML page")
        return
    parts = Parts(
        doc_id=file_stem(path),
        text=page.text,
        kind="html",
        source_path=str(path),
        title=page.title,
        url=page.url,
        outlet=page.outlet,
        published=page.published,
        published_from="page" if page.published else None,
        lang=page.lang,
        meta={"encoding": encoding},
        warnings=[f"{path}: {w}" for w in page.warnings],
    )
    yield build_document(parts, options)
