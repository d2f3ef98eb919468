"""uprooted.extract: displacement facts from a document's text.

`extract_document(doc)` is what the pipeline calls; `extract_text` is the same for a bare
string (tests, the API's "try a sentence" endpoint). Neither raises on any input: a document
whose language has no pack yields no facts (the caller reports it), a failing sentence is
logged and skipped. A missing or corrupt fact model (extract/model.py) is not bad input but a
broken installation: it raises `ModelError`, naming the file and `make model`, rather than
quietly returning no facts.
"""

from __future__ import annotations

import logging
from datetime import date

from uprooted.extract.settings import ExtractSettings
from uprooted.lang import get_pack
from uprooted.models import Document, Fact

EXTRACTOR_VERSION = "0.8.0"

log = logging.getLogger(__name__)

__all__ = ["EXTRACTOR_VERSION", "ExtractSettings", "extract_document", "extract_text"]


def extract_text(
    text: str,
    *,
    lang: str | None,
    published: date | None = None,
    doc_id: str = "text",
    settings: ExtractSettings | None = None,
    title: str | None = None,
) -> list[Fact]:
    """Facts stated in `text`, written in language `lang` and published on `published`; with no
    publication date, a date in `title` (the document's title) dates the report."""
    from uprooted.extract.engine import extract
    from uprooted.extract.model import ModelError

    if not isinstance(text, str):
        return []
    try:
        pack = get_pack(lang)
    except Exception:  # noqa: BLE001 - a half-written pack elsewhere must not break extraction
        log.exception("language packs failed to load")
        return []
    if pack is None:
        return []
    try:
        return extract(doc_id, text, pack, lang, published, settings or ExtractSettings(), title)
    except ModelError:
        raise
    except Exception:  # noqa: BLE001 - the contract: never raise on input
        log.exception("extraction failed for %s", doc_id)
        return []


def extract_document(doc: Document, settings: ExtractSettings | None = None) -> list[Fact]:
    """Facts stated in one document (offsets of every evidence point into `doc.text`)."""
    return extract_text(
        doc.text,
        lang=doc.lang,
        published=doc.published,
        doc_id=doc.doc_id,
        settings=settings,
        title=doc.title,
    )
