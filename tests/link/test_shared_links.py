"""Linking on the shared corpus (293 real English articles and the two seeds, read from ../shared;
skipped when it is absent): no event may mix stories from unrelated places or months.

The check: the reports of an event share a country (the countries a report is mostly about,
found in its text) and fall within two months, unless they are linked by an explicit same-story
signal (a near-duplicate copy). This is what single-link chaining broke (one "event" of 179
unrelated stories).
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from uprooted.link import link_documents
from uprooted.link.signals import main_countries, profile
from uprooted.models import Document

TWO_MONTHS = 62


def _shared_docs(shared_dir) -> list[Document]:
    docs = []
    with open(shared_dir / "corpus" / "idmc_articles_en.jsonl", encoding="utf-8") as handle:
        for line in handle:
            rec = json.loads(line)
            published = None
            try:
                published = date.fromisoformat(str(rec.get("published") or "")[:10])
            except ValueError:
                pass
            docs.append(
                Document(
                    doc_id=rec["id"], title=rec.get("title"), text=rec["text"], lang="en", published=published
                )
            )
    for rec in (json.loads(line) for line in open(shared_dir / "gold" / "seeds.jsonl", encoding="utf-8")):
        text = (shared_dir / rec["path"]).read_text(encoding="utf-8")
        docs.append(Document(doc_id=rec["doc_id"], text=text, lang=rec["lang"], published=date(2017, 3, 5)))
    return docs


@pytest.fixture(scope="module")
def linked(shared_dir):
    docs = _shared_docs(shared_dir)
    profiles = {d.doc_id: profile(d) for d in docs}
    return docs, profiles, link_documents(docs, [], use_embeddings=False, profiles=profiles)


def test_no_event_mixes_unrelated_places_or_months(linked):
    docs, profiles, result = linked
    by_id = {d.doc_id: d for d in docs}
    for event in result.events:
        if len(event.doc_ids) < 2:
            continue
        originals = [
            d for d in event.doc_ids if d not in result.duplicates
        ]  # copies ride with their original
        countries = [main_countries(profiles[d]) for d in originals if profiles[d].countries]
        if countries:
            assert set.intersection(*countries), (event.doc_ids, countries)
        days = [by_id[d].published for d in originals if by_id[d].published]
        if days:
            assert (max(days) - min(days)).days <= TWO_MONTHS, (event.doc_ids, min(days), max(days))


def test_events_stay_small_and_the_seeds_are_one(linked):
    docs, _, result = linked
    assert max(len(e.doc_ids) for e in result.events) <= 12, sorted(len(e.doc_ids) for e in result.events)[
        -5:
    ]
    assert len(result.events) >= len(docs) // 2
    assert result.event_of["000_5926a243ce390726"] == result.event_of["004_bf757b58fab71249"]
