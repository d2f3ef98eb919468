"""Bad input never raises and never stops the batch: it becomes a clear IngestError."""

from __future__ import annotations

import gzip
import importlib.util
from datetime import date

from ingest_texts import EN_STORY, FR_STORY, NB_STORY, jsonl_line
from test_ingest_formats import RSS_ENTRIES, feed_xml, read_all, write_warc

from uprooted.ingest import IngestError, read_paths

NORWEGIAN_LATIN = "Flyktninger fra Tromsø og Bodø fikk husly på skolen i Ålesund, sa kommunen søndag."


def test_ingest_error_renders_path_and_record():
    assert (
        str(IngestError("a/b.jsonl", "not valid JSON", record="line 3")) == "a/b.jsonl:line 3: not valid JSON"
    )
    assert str(IngestError("a.txt", "empty file")) == "a.txt: empty file"


def test_empty_and_whitespace_files(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n\t ")
    docs, errors = read_all(tmp_path)
    assert docs == []
    assert [e.message for e in errors] == ["empty file", "empty file"]


def test_binary_junk_is_refused_and_the_batch_goes_on(tmp_path):
    (tmp_path / "a-junk.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "b-good.txt").write_text(EN_STORY, encoding="utf-8")
    (tmp_path / "c-scan.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    docs, errors = read_all(tmp_path)
    assert [d.doc_id for d in docs] == ["b-good"]
    assert errors[0].message == "binary file, not text" and errors[0].path.endswith("a-junk.txt")
    assert "unsupported file type .pdf" in errors[1].message


def test_legacy_and_utf16_encodings_decode_to_the_same_text(tmp_path):
    (tmp_path / "cp1252.txt").write_bytes(NORWEGIAN_LATIN.encode("cp1252"))
    (tmp_path / "latin1.txt").write_bytes(NORWEGIAN_LATIN.encode("latin-1"))
    (tmp_path / "utf16.txt").write_bytes(NORWEGIAN_LATIN.encode("utf-16"))  # with BOM
    (tmp_path / "utf8bom.txt").write_bytes(NORWEGIAN_LATIN.encode("utf-8-sig"))
    (tmp_path / "utf16le-nobom.txt").write_bytes(NORWEGIAN_LATIN.encode("utf-16-le"))
    docs, errors = read_all(tmp_path)
    assert errors == []
    assert {d.doc_id: d.text for d in docs} == {
        name: NORWEGIAN_LATIN for name in ("cp1252", "latin1", "utf16", "utf8bom", "utf16le-nobom")
    }


def test_cp1252_quotes_and_euro_sign(tmp_path):
    text = "The agency said \u201cmore than 2,000\u201d people fled \u2013 aid worth 5\u20ac each was sent."
    (tmp_path / "q.txt").write_bytes(text.encode("cp1252"))
    [doc], _ = read_all(tmp_path)
    assert doc.text == text


def test_huge_html_is_refused_quickly_by_size(tmp_path):
    big = tmp_path / "huge.html"
    chunk = b"<p>" + b"Displaced families waited at the gate. " * 100 + b"</p>\n"
    with big.open("wb") as stream:
        stream.write(b"<html><body>")
        while stream.tell() < 50 * 1024 * 1024:
            stream.write(chunk)
    [error] = list(read_paths([big]))
    assert isinstance(error, IngestError)
    assert "50.0 MB" in error.message and "20.0 MB limit" in error.message


def test_size_limit_is_configurable(tmp_path):
    (tmp_path / "story.txt").write_text(EN_STORY, encoding="utf-8")
    [error] = list(read_paths([tmp_path], max_bytes=100))
    assert isinstance(error, IngestError) and "limit" in error.message
    [doc] = list(read_paths([tmp_path], max_bytes=10_000))
    assert doc.doc_id == "story"


def test_gzip_bomb_stops_at_the_limit(tmp_path):
    (tmp_path / "bomb.txt.gz").write_bytes(gzip.compress(b"a" * 5_000_000))
    [error] = list(read_paths([tmp_path], max_bytes=1_000_000))
    assert isinstance(error, IngestError) and "decompressed size" in error.message


def test_feed_with_a_broken_entry_keeps_the_good_ones(tmp_path):
    broken = RSS_ENTRIES + """<item><title>Broken & unescaped <b>entry</title><description>half"""
    (tmp_path / "broken.rss").write_text(feed_xml(broken), encoding="utf-8")
    docs, errors = read_all(tmp_path)
    assert [d.url for d in docs][:2] == ["https://herald.example.org/a1", "https://herald.example.org/a2"]
    assert any("malformed feed" in e.message for e in errors)


def test_feed_entry_with_nothing_in_it_is_reported(tmp_path):
    entries = RSS_ENTRIES + "<item><guid>empty-1</guid></item>"
    (tmp_path / "f.rss").write_text(feed_xml(entries), encoding="utf-8")
    docs, errors = read_all(tmp_path)
    assert len(docs) == 2
    assert [(e.record, e.message) for e in errors] == [
        ("empty-1", "feed entry has no title, content or summary")
    ]


def test_xml_that_is_not_a_feed(tmp_path):
    (tmp_path / "config.xml").write_text(
        "<?xml version='1.0'?><settings><a>1</a></settings>", encoding="utf-8"
    )
    [error] = list(read_paths([tmp_path]))
    assert isinstance(error, IngestError) and "not an RSS/Atom feed" in error.message


def test_truncated_warc_keeps_the_records_before_the_cut(tmp_path):
    full = tmp_path / "full.warc.gz"
    pages = [
        (f"https://n.example.org/{i}", (NB_STORY + f" Sak {i}.").encode(), "text/plain") for i in range(3)
    ]
    write_warc(full, pages)
    data = full.read_bytes()
    (tmp_path / "cut.warc.gz").write_bytes(data[: int(len(data) * 0.8)])
    full.unlink()
    docs, errors = read_all(tmp_path)
    assert 1 <= len(docs) <= 2
    assert [d.url for d in docs] == [p[0] for p in pages[: len(docs)]]
    assert len(errors) == 1 and "truncated or corrupt WARC" in errors[0].message


def test_warc_record_above_the_limit_is_skipped_not_the_file(tmp_path):
    write_warc(
        tmp_path / "c.warc",
        [
            ("https://n.example.org/big", (EN_STORY * 50).encode(), "text/plain"),
            ("https://n.example.org/small", NB_STORY.encode(), "text/plain"),
        ],
    )
    docs, errors = read_all(tmp_path, max_bytes=5_000)
    assert [d.url for d in docs] == ["https://n.example.org/small"]
    assert len(errors) == 1 and errors[0].record and "limit" in errors[0].message


def test_jsonl_bad_line_and_bad_date_do_not_stop_the_rest(tmp_path):
    lines = [
        jsonl_line(id="ok-1", text=EN_STORY, published="2017-03-05"),
        '{"id": "broken", "text": "no closing brace"',
        '["not", "an", "object"]',
        '{"id": "no-text", "title": "Headline only"}',
        jsonl_line(id="bad-date", text=FR_STORY, published="the day after the storm"),
        "",
        '{"id": "ok-1", "text": "duplicate id"}',
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, errors = read_all(tmp_path, published=date(2017, 1, 1))
    # the duplicate id is kept (the store gives it a distinct id when its text differs), with a warning
    assert [d.doc_id for d in docs] == ["ok-1", "bad-date", "ok-1"]
    assert any("duplicate id" in w for w in docs[2].meta["warnings"])
    bad_date = docs[1]
    assert bad_date.published == date(2017, 1, 1)  # the option's date, since the field is unreadable
    assert any("the day after the storm" in w and "feed.jsonl" in w for w in bad_date.meta["warnings"])
    assert [e.record for e in errors] == ["line 2", "line 3", "line 4"]
    assert "not valid JSON" in errors[0].message and "no text" in errors[2].message


def test_truncated_gzipped_jsonl(tmp_path):
    body = "".join(jsonl_line(id=f"r{i}", text=NB_STORY) + "\n" for i in range(200))
    data = gzip.compress(body.encode())
    (tmp_path / "cut.jsonl.gz").write_bytes(data[: len(data) // 2])
    docs, errors = read_all(tmp_path)
    assert docs and docs[0].doc_id == "r0"
    assert len(errors) == 1 and "truncated" in errors[0].message


def test_csv_is_delegated_or_reported(tmp_path):
    (tmp_path / "counts.csv").write_text("place,date,displaced\nValdoria,2017-03-05,1200\n", encoding="utf-8")
    items = list(read_paths([tmp_path]))
    if importlib.util.find_spec("uprooted.ingest.counts") is None:
        assert [str(i) for i in items] == [f"{tmp_path / 'counts.csv'}: field-count CSV not supported yet"]
    else:
        assert [(type(i).__name__, getattr(i, "kind", None)) for i in items] == [("Document", "counts")]


def test_counts_error_strings_are_split_into_path_and_line(tmp_path):
    from uprooted.ingest.reader import _counts_error

    path = tmp_path / "c.csv"
    error = _counts_error(path, f"{path}:7: not a number: 'many'")
    assert (error.path, error.record, error.message) == (str(path), "line 7", "not a number: 'many'")
    assert _counts_error(path, f"{path}: empty file").message == "empty file"


def test_undecodable_html_still_reads_via_declared_charset(tmp_path):
    page = (
        '<html><head><meta charset="windows-1252"><title>Evakuering</title></head><body><article>'
        f"<p>{NORWEGIAN_LATIN} {NORWEGIAN_LATIN}</p></article></body></html>"
    )
    (tmp_path / "p.html").write_bytes(page.encode("cp1252"))
    [doc] = list(read_paths([tmp_path]))
    assert NORWEGIAN_LATIN in doc.text
