"""RSS / Atom / RDF feeds: one Document per entry (feedparser, given bytes, never a URL)."""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import feedparser

from uprooted.ingest.common import Options, Parts, build_document, file_stem, own_date, short_hash
from uprooted.ingest.errors import IngestError
from uprooted.ingest.htmlpage import fragment_text, host_of, with_title
from uprooted.models import Document

# bozo reasons that are not damage: the feed is fine, only its declared encoding was off.
_BENIGN_BOZO = tuple(
    getattr(feedparser, name)
    for name in ("CharacterEncodingOverride", "NonXMLContentType")
    if hasattr(feedparser, name)
)


def _entry_date(entry) -> tuple:
    """(date, raw) from the entry's published/updated fields."""
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            try:
                return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC).date(), None
            except (OverflowError, ValueError, TypeError):
                continue
    for key in ("published", "updated", "created", "dc_date"):
        raw = entry.get(key)
        if raw:
            return own_date(raw)
    return None, None


def _entry_text(entry) -> str:
    """The richest body the entry has: full content, else summary, as plain text."""
    bodies = [c.get("value", "") for c in entry.get("content", []) or [] if c.get("value")]
    if not bodies and entry.get("summary"):
        bodies = [entry.get("summary")]
    texts = [fragment_text(b) for b in bodies]
    return max(texts, key=len) if texts else ""


def read_feed(path: Path, data: bytes, options: Options) -> Iterator[Document | IngestError]:
    try:
        parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    except Exception as err:  # feedparser is robust, but a crash here must not end the batch
        yield IngestError(str(path), f"feed could not be parsed: {err}")
        return
    stem = file_stem(path)
    feed_title = " ".join((parsed.feed.get("title") or "").split()) or None
    feed_host = host_of(parsed.feed.get("link"))
    if not parsed.entries:
        reason = parsed.get("bozo_exception") if parsed.get("bozo") else None
        yield IngestError(
            str(path), "not an RSS/Atom feed, or a feed with no entries" + (f" ({reason})" if reason else "")
        )
        return
    feed_lang = (parsed.feed.get("language") or "").strip() or None  # RSS <language>, Atom xml:lang
    seen_ids: set[str] = set()
    for index, entry in enumerate(parsed.entries, start=1):
        key = entry.get("id") or entry.get("link") or entry.get("title")
        doc_id = f"{stem}-{short_hash(key)}" if key else f"{stem}-{index}"
        if doc_id in seen_ids:  # two entries with one guid: keep both, apart
            doc_id = f"{doc_id}-{index}"
        seen_ids.add(doc_id)
        title = " ".join((entry.get("title") or "").split()) or None
        body = _entry_text(entry)
        text = with_title(title, body)
        if not text.strip():
            yield IngestError(
                str(path), "feed entry has no title, content or summary", record=str(key or index)
            )
            continue
        published, raw = _entry_date(entry)
        link = entry.get("link")
        parts = Parts(
            doc_id=doc_id,
            text=text,
            kind="feed",
            source_path=str(path),
            title=title,
            url=link,
            outlet=feed_title or feed_host or host_of(link),
            published=published,
            published_raw=raw,
            published_from="feed" if published else None,
            lang=_entry_lang(entry) or feed_lang,
            meta={
                "entry_id": entry.get("id"),
                "entry_index": index,
                "summary_only": not entry.get("content"),
            },
        )
        yield build_document(parts, options)
    if parsed.get("bozo") and not isinstance(parsed.get("bozo_exception"), _BENIGN_BOZO):
        yield IngestError(
            str(path),
            f"malformed feed, read {len(parsed.entries)} entries up to the damage: "
            f"{parsed.get('bozo_exception')}",
        )


def _entry_lang(entry) -> str | None:
    """The language an entry declares on its content, summary or title (Atom xml:lang)."""
    details = [*(entry.get("content") or []), entry.get("summary_detail"), entry.get("title_detail")]
    for detail in details:
        value = (detail or {}).get("language") if hasattr(detail or {}, "get") else None
        if value and str(value).strip():
            return str(value).strip()
    return None
