"""Each source kind becomes Documents with stable ids, dates by precedence, and languages."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from ingest_texts import EN_STORY, FR_STORY, NB_STORY, html_page, jsonl_line
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from uprooted.ingest import IngestError, read_paths
from uprooted.models import Document


def read_all(*paths, **options) -> tuple[list[Document], list[IngestError]]:
    docs, errors = [], []
    for item in read_paths(paths, **options):
        (errors if isinstance(item, IngestError) else docs).append(item)
    return docs, errors


def feed_xml(entries: str, title: str = "Valdoria Herald: World") -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>{title}</title><link>https://herald.example.org/</link>
<description>News</description>
{entries}
</channel></rss>"""


RSS_ENTRIES = """
<item><title>Floods force thousands from homes</title><link>https://herald.example.org/a1</link>
<guid>herald-a1</guid><pubDate>Tue, 07 Mar 2017 09:30:00 +0000</pubDate>
<description>&lt;p&gt;More than 12,000 people have fled their homes in Valdoria.&lt;/p&gt;&lt;p&gt;Shelters opened.&lt;/p&gt;</description></item>
<item><title>Camps fill up near the border</title><link>https://herald.example.org/a2</link>
<guid>herald-a2</guid>
<description>About 4,000 people reached the border camps overnight.</description></item>
"""


def write_warc(
    path: Path, pages: list[tuple[str, bytes, str]], warc_date: str = "2017-03-09T12:00:00Z"
) -> None:
    """pages: (url, payload, content type); a request record between responses, as crawlers write."""
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=path.name.endswith(".gz"))
        for url, payload, content_type in pages:
            request = writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
            writer.write_record(request)
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.0")
            record = writer.create_warc_record(
                url,
                "response",
                payload=io.BytesIO(payload),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": warc_date},
            )
            writer.write_record(record)


def test_text_file_becomes_one_document_named_after_the_file(tmp_path):
    (tmp_path / "valdoria-floods.txt").write_text(EN_STORY, encoding="utf-8")
    docs, errors = read_all(tmp_path)
    assert errors == []
    [doc] = docs
    assert doc.doc_id == "valdoria-floods"
    assert doc.kind == "text" and doc.lang == "en"
    assert doc.text == EN_STORY
    assert doc.title == "Floods force thousands from homes in Valdoria"
    assert doc.published is None and doc.content_hash


def test_published_option_fills_in_only_where_the_source_has_no_date(tmp_path):
    (tmp_path / "story.txt").write_text(EN_STORY, encoding="utf-8")
    (tmp_path / "dated.jsonl").write_text(
        jsonl_line(id="d1", text=FR_STORY, published="2016-11-02") + "\n", encoding="utf-8"
    )
    docs, _ = read_all(tmp_path, published=date(2017, 3, 5))
    by_id = {d.doc_id: d for d in docs}
    assert by_id["story"].published == date(2017, 3, 5)
    assert by_id["story"].meta["published_from"] == "option"
    assert by_id["d1"].published == date(2016, 11, 2)
    assert by_id["d1"].meta["published_from"] == "field"


def test_html_page_main_text_title_and_original_date(tmp_path):
    page = html_page(
        "Floods force thousands from homes",
        [
            "More than 12,000 people have fled their homes in the northern province of Valdoria after "
            "three days of heavy rain, the regional disaster agency said.",
            "Relief workers opened eleven shelters in school buildings across the provincial capital.",
        ],
        published="2017-03-07T08:00:00+00:00",
    )
    (tmp_path / "herald-floods.html").write_text(page, encoding="utf-8")
    [doc], errors = read_all(tmp_path, published=date(2020, 1, 1))
    assert errors == []
    assert doc.doc_id == "herald-floods" and doc.kind == "html"
    assert doc.published == date(2017, 3, 7)  # the page's own date beats the option
    assert doc.title and doc.title.startswith("Floods force thousands from homes")
    assert "12,000 people have fled" in doc.text
    assert doc.text.startswith(doc.title)  # the headline is kept in the text for extraction
    assert "All rights reserved" not in doc.text and "Sport" not in doc.text
    assert doc.lang == "en"


def test_feed_entries_become_documents_with_dates_links_and_outlet(tmp_path):
    (tmp_path / "herald.rss").write_text(feed_xml(RSS_ENTRIES), encoding="utf-8")
    docs, errors = read_all(tmp_path, published=date(2017, 3, 8))
    assert errors == []
    assert [d.url for d in docs] == ["https://herald.example.org/a1", "https://herald.example.org/a2"]
    first, second = docs
    assert first.doc_id.startswith("herald-") and first.doc_id != second.doc_id
    assert first.published == date(2017, 3, 7) and first.meta["published_from"] == "feed"
    assert second.published == date(2017, 3, 8) and second.meta["published_from"] == "option"
    assert first.outlet == "Valdoria Herald: World"
    assert "12,000 people have fled" in first.text and "<p>" not in first.text
    assert "fled their homes in Valdoria.\nShelters opened." in first.text  # paragraphs stay apart
    assert first.kind == "feed"


def test_atom_feed_with_xml_extension_is_sniffed_as_a_feed(tmp_path):
    atom = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Relief Desk</title><id>urn:relief</id>
<updated>2017-03-06T00:00:00Z</updated>
<entry><title>Shelters open</title><id>urn:relief:1</id><updated>2017-03-06T10:00:00Z</updated>
<link href="https://relief.example.org/1"/><content type="html">&lt;p&gt;Nine shelters opened for 2,300 evacuees.&lt;/p&gt;</content></entry>
</feed>"""
    (tmp_path / "relief.xml").write_text(atom, encoding="utf-8")
    [doc], errors = read_all(tmp_path)
    assert errors == []
    assert doc.kind == "feed" and doc.published == date(2017, 3, 6)
    assert "2,300 evacuees" in doc.text and doc.outlet == "Relief Desk"


def test_warc_html_and_text_records(tmp_path):
    page = html_page(
        "Floods force thousands from homes",
        [
            "More than 12,000 people have fled their homes in the northern province of Valdoria after "
            "three days of heavy rain, the regional disaster agency said on Tuesday morning."
        ],
    ).encode("utf-8")
    write_warc(
        tmp_path / "crawl.warc.gz",
        [
            ("https://www.herald.example.org/floods", page, "text/html; charset=utf-8"),
            ("https://cdn.example.org/logo.png", b"\x89PNG\r\n\x1a\n\x00\x00", "image/png"),
            ("https://notes.example.org/n.txt", NB_STORY.encode("utf-8"), "text/plain"),
        ],
    )
    docs, errors = read_all(tmp_path)
    assert errors == []
    assert [d.url for d in docs] == [
        "https://www.herald.example.org/floods",
        "https://notes.example.org/n.txt",
    ]
    html_doc, text_doc = docs
    assert html_doc.doc_id.startswith("crawl-") and html_doc.kind == "warc"
    assert html_doc.outlet == "herald.example.org"
    assert "12,000 people have fled" in html_doc.text
    assert html_doc.published == date(2017, 3, 9) and html_doc.meta["published_from"] == "warc-date"
    assert text_doc.lang == "nb" and text_doc.text == NB_STORY


def test_jsonl_records_keep_their_ids_lang_and_dates(tmp_path):
    lines = [
        '{"id": "rep-1", "title": "Floods", "text": %s, "published": "5 March 2017", "url": "https://www.herald.example.org/x"}',
        '{"text": %s, "lang": "NO"}',
    ]
    import json

    content = "\n".join([lines[0] % json.dumps(EN_STORY), lines[1] % json.dumps(NB_STORY)]) + "\n"
    (tmp_path / "batch.jsonl").write_text(content, encoding="utf-8")
    docs, errors = read_all(tmp_path, lang="fr")
    assert errors == []
    first, second = docs
    assert first.doc_id == "rep-1" and first.published == date(2017, 3, 5)
    assert first.lang == "fr"  # the option beats detection
    assert first.outlet == "herald.example.org" and first.title == "Floods"
    assert second.doc_id == "batch-2"  # no id: file stem and line number
    assert second.lang == "nb"  # the record's own lang ("NO" -> nb) beats the option


def test_jsonl_record_pointing_at_a_text_file(tmp_path):
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "a.txt").write_text(FR_STORY, encoding="utf-8")
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "g.jsonl").write_text('{"doc_id": "a", "path": "texts/a.txt"}\n', encoding="utf-8")
    docs, errors = read_all(tmp_path / "gold")
    assert errors == []
    assert docs[0].doc_id == "a" and docs[0].text == FR_STORY and docs[0].lang == "fr"


def test_reingest_gives_the_same_ids_and_hashes(tmp_path):
    (tmp_path / "a.txt").write_text(EN_STORY, encoding="utf-8")
    (tmp_path / "f.rss").write_text(feed_xml(RSS_ENTRIES), encoding="utf-8")
    write_warc(tmp_path / "c.warc", [("https://n.example.org/t", NB_STORY.encode(), "text/plain")])
    (tmp_path / "j.jsonl").write_text(jsonl_line(text=FR_STORY) + "\n", encoding="utf-8")
    first = [(d.doc_id, d.content_hash) for d in read_all(tmp_path)[0]]
    second = [(d.doc_id, d.content_hash) for d in read_all(tmp_path)[0]]
    assert first == second and len(first) == 5
    assert len({doc_id for doc_id, _ in first}) == 5


def test_folders_are_walked_sorted_and_hidden_files_skipped(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text(EN_STORY, encoding="utf-8")
    (tmp_path / "a.txt").write_text(FR_STORY, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(NB_STORY, encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text(NB_STORY, encoding="utf-8")
    docs, errors = read_all(tmp_path, tmp_path / "a.txt")  # a file named twice is read once
    assert errors == []
    assert [d.doc_id for d in docs] == ["a", "z"]


def test_read_paths_is_lazy(tmp_path):
    (tmp_path / "a.txt").write_text(EN_STORY, encoding="utf-8")
    stream = read_paths([tmp_path, tmp_path / "missing.txt"])
    first = next(stream)
    assert isinstance(first, Document)
    missing = next(stream)
    assert isinstance(missing, IngestError) and "no such file" in missing.message


def test_a_single_path_may_be_given_bare(tmp_path):
    (tmp_path / "a.txt").write_text(EN_STORY, encoding="utf-8")
    assert [d.doc_id for d in read_paths(str(tmp_path))] == ["a"]
    assert [d.doc_id for d in read_paths(tmp_path / "a.txt")] == ["a"]
