"""Sentence segmentation: offsets always exact, headlines and abbreviations handled."""

from uprooted.extract.segment import split_sentences
from uprooted.lang import get_pack


def _texts(text, lang="en"):
    sents = split_sentences(text, get_pack(lang))
    for s in sents:
        assert text[s.start : s.end] == s.text
    return [s.text for s in sents]


def test_headline_without_stop_is_its_own_sentence():
    text = "Floods force thousands from homes\nRivers burst their banks on Tuesday. Roads were cut."
    assert _texts(text) == [
        "Floods force thousands from homes",
        "Rivers burst their banks on Tuesday.",
        "Roads were cut.",
    ]


def test_abbreviation_does_not_end_sentence():
    text = "The count rose to 9,000 on Jan. 14 in the valley. Officials expect more."
    assert _texts(text) == ["The count rose to 9,000 on Jan. 14 in the valley.", "Officials expect more."]


def test_norwegian_ordinal_date_does_not_split():
    text = "Over 3000 har flyktet siden 12. april. Flere venter på hjelp."
    assert _texts(text, "nb") == ["Over 3000 har flyktet siden 12. april.", "Flere venter på hjelp."]


def test_wrapped_line_is_joined():
    text = "About 5,000 people were forced\nfrom their villages by the storm."
    assert _texts(text) == [text]


def test_headline_flag():
    sents = split_sentences("Dam breaks\n\nWater reached the town.", get_pack("en"))
    assert [s.is_headline for s in sents] == [True, False]


def test_empty_and_whitespace():
    assert split_sentences("", None) == []
    assert split_sentences("   \n\n  ", None) == []
