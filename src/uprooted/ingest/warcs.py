"""WARC archives (.warc, .warc.gz): one Document per HTML or text response/resource record.

Streamed record by record with warcio, so a multi-GB crawl needs no more memory than its
largest page; `max_bytes` applies to each record's payload rather than to the file.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from uprooted.ingest.common import Options, Parts, build_document, file_stem, human_size, own_date, short_hash
from uprooted.ingest.decode import DecodeError, declared_html_charset, decode_bytes, looks_binary
from uprooted.ingest.errors import IngestError
from uprooted.ingest.htmlpage import extract_html, host_of
from uprooted.ingest.plain import text_title
from uprooted.models import Document

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _content_type(record) -> tuple[str, str | None]:
    """(mime type, charset) of the payload, from the HTTP headers or the WARC record."""
    header = None
    if record.http_headers is not None:
        header = record.http_headers.get_header("Content-Type")
    if not header:
        header = record.rec_headers.get_header("Content-Type")
    if not header:
        return "", None
    mime, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, value = param.strip().partition("=")
        if name.lower() == "charset" and value:
            charset = value.strip("\"' ").lower()
    return mime.strip().lower(), charset


def read_warc(path: Path, options: Options) -> Iterator[Document | IngestError]:
    stem = file_stem(path)
    seen_ids: set[str] = set()
    read_count = 0
    try:
        stream = path.open("rb")
    except OSError as err:
        yield IngestError(str(path), f"cannot open: {err.strerror or err}")
        return
    with stream:
        records = ArchiveIterator(stream, arc2warc=True)
        while True:
            try:
                record = next(records)
            except StopIteration:
                break
            except Exception as err:  # a torn record header: keep what was read
                yield _truncated(path, read_count, err)
                return
            if (
                not record.rec_type
                or not (record.rec_headers.get_header("Content-Length") or "").strip().isdigit()
            ):
                # A header block cut short (every WARC record must state its length).
                yield _truncated(path, read_count, None)
                return
            read_count += 1
            try:
                document = _handle(path, stem, record, read_count, seen_ids, options)
                # Drain what we did not read: a short payload means the file was cut here.
                while record.raw_stream.read(1 << 16):
                    pass
            except Exception as err:  # a payload torn mid-gzip-member
                yield _truncated(path, read_count, err)
                return
            cut_short = bool(getattr(record.raw_stream, "limit", 0))
            if isinstance(document, Document) and cut_short:
                # Kept (its text may still hold the figure) but marked: the end is missing.
                document.meta["truncated"] = True
                document.meta.setdefault("warnings", []).append(f"{path}: record {read_count} is cut short")
            if document is not None:
                yield document
            if cut_short:
                yield _truncated(path, read_count - 1, None)
                return
        if not read_count:
            yield IngestError(str(path), "no WARC records could be read (truncated, or not a WARC file)")
        elif not _tail_intact(path, records):
            yield _truncated(path, read_count, None)


def _truncated(path: Path, complete: int, err: Exception | None) -> IngestError:
    detail = f": {type(err).__name__}" if err is not None else ""
    return IngestError(str(path), f"truncated or corrupt WARC after {complete} complete records{detail}")


def _tail_intact(path: Path, records: ArchiveIterator) -> bool:
    """warcio ends quietly on a cut file; check that the last record ends the file cleanly.

    Nothing but whitespace may follow the last record, and in a .warc.gz its gzip member must
    be whole (a cut trailer or a lost final member leaves an unfinished deflate stream).
    """
    try:
        last_offset = records.get_record_offset()
        last_end = last_offset + records.get_record_length()
        with path.open("rb") as stream:
            stream.seek(last_offset)
            tail = stream.read()
    except (OSError, TypeError, AttributeError):
        return True  # cannot tell; the records themselves were read fine
    if not tail.startswith(b"\x1f\x8b"):
        return not tail[last_end - last_offset :].strip()
    while tail:
        inflater = zlib.decompressobj(wbits=31)
        try:
            while not inflater.eof and tail:  # bounded chunks: a gzip bomb stays cheap
                inflater.decompress(tail[: 1 << 16], 1 << 16)
                consumed = len(tail[: 1 << 16]) - len(inflater.unconsumed_tail)
                tail = tail[consumed:] if not inflater.eof else inflater.unused_data + tail[1 << 16 :]
        except zlib.error:
            return False
        if not inflater.eof:
            return False
        tail = tail.lstrip(b"\r\n ")
    return True


def _handle(path, stem, record, read_count, seen_ids, options) -> Document | IngestError | None:
    """The Document (or error) for one record; None for records that carry no article."""
    if record.rec_type not in ("response", "resource"):
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    record_id = record.rec_headers.get_header("WARC-Record-ID") or str(read_count)
    if record.rec_type == "response" and record.http_headers is not None:
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return None  # redirects and errors carry no article
    mime, charset = _content_type(record)
    if mime and mime not in _HTML_TYPES and not mime.startswith("text/"):
        return None  # images, scripts, PDFs: not ours
    payload = record.content_stream().read(options.max_bytes + 1)
    if len(payload) > options.max_bytes:
        return IngestError(
            str(path),
            f"record payload is above the {human_size(options.max_bytes)} limit (max_bytes)",
            record=record_id,
        )
    if not payload.strip() or (not mime and looks_binary(payload)):
        return None
    doc_id = f"{stem}-{short_hash(uri or record_id)}"
    if doc_id in seen_ids:  # the same URL captured twice in one crawl
        doc_id = f"{doc_id}-{read_count}"
    seen_ids.add(doc_id)
    document = _record_document(path, doc_id, uri, record, payload, mime, charset, options)
    if document is None:
        return IngestError(str(path), "no readable text in this record", record=record_id)
    return document


def _record_document(path, doc_id, uri, record, payload, mime, charset, options) -> Document | None:
    warc_date, _ = own_date(record.rec_headers.get_header("WARC-Date"))
    is_html = mime in _HTML_TYPES or (not mime and b"<html" in payload[:2048].lower())
    try:
        text, encoding = decode_bytes(
            payload, declared=charset or (declared_html_charset(payload) if is_html else None)
        )
    except DecodeError:
        return None
    meta = {"warc_record_id": record.rec_headers.get_header("WARC-Record-ID"), "encoding": encoding}
    if is_html:
        page = extract_html(text, url=uri or None)
        if not page.text.strip():
            return None
        parts = Parts(
            doc_id=doc_id,
            text=page.text,
            kind="warc",
            source_path=str(path),
            title=page.title,
            url=uri or page.url,
            outlet=host_of(uri) or page.outlet,
            published=page.published,
            published_from="page" if page.published else None,
            fallback_published=warc_date,
            lang=page.lang,
            meta=meta,
        )
    else:
        text = text.replace("\r\n", "\n")
        if not text.strip():
            return None
        parts = Parts(
            doc_id=doc_id,
            text=text,
            kind="warc",
            source_path=str(path),
            title=text_title(text),
            url=uri or None,
            outlet=host_of(uri),
            fallback_published=warc_date,
            meta=meta,
        )
    return build_document(parts, options)
