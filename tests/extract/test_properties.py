"""Extraction never raises and every evidence offset matches the text, for every pack."""

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from uprooted.extract import extract_text
from uprooted.extract.segment import split_sentences
from uprooted.lang import get_pack, supported_languages

LANGS = supported_languages()

# Arbitrary Unicode, plus text built from displacement-looking pieces so the deep paths run.
PIECES = st.sampled_from(
    [
        " ",
        "\n",
        ". ",
        ", ",
        "(",
        ")",
        "10,000",
        "3.500",
        "2 000",
        "about ",
        "over ",
        "people ",
        "fled ",
        "personer ",
        "har flyktet ",
        "evacuated ",
        "ble evakuert ",
        "homes destroyed ",
        "Mosul",
        "Feb. 26",
        "killed ",
        "could be displaced ",
        "families (",
        "ifølge IOM ",
        "according to UNHCR ",
        "’",
        "\u00a0",
        "١٢٣",
        "tusenvis av ",
        "thousands of ",
        "igjen i byen",
    ]
)
TEXTS = st.one_of(st.text(max_size=300), st.lists(PIECES, max_size=40).map("".join))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, lang=st.sampled_from(LANGS), dated=st.booleans())
def test_extraction_never_raises_and_offsets_match(text, lang, dated):
    facts = extract_text(text, lang=lang, published=date(2017, 3, 5) if dated else None)
    for fact in facts:
        assert 0.0 <= fact.confidence <= 1.0
        assert fact.evidence
        for ev in fact.evidence:
            assert text[ev.start : ev.end] == ev.text


@settings(max_examples=40, deadline=None)
@given(text=TEXTS, lang=st.sampled_from(LANGS))
def test_sentences_cover_text_with_exact_offsets(text, lang):
    last_end = 0
    for sent in split_sentences(text, get_pack(lang)):
        assert text[sent.start : sent.end] == sent.text
        assert sent.start >= last_end and sent.text.strip() == sent.text
        last_end = sent.end
