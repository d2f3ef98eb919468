"""Every language pack runs end to end without raising, and evidence offsets match the text."""

from datetime import date

import pytest

from uprooted.extract import extract_text
from uprooted.lang import all_packs

PACKS = sorted({pack.code: pack for pack in all_packs().values()}.items())

# A neutral text in no particular language: digits, names and punctuation every pack must survive.
NEUTRAL = "Goma, 12.03.2019 — 45 000 / 1,6 (IOM, UNHCR) 3-5 2019. «?» ٤٥٬٠٠٠ 25 % 1.2m\n\nMosul."


@pytest.mark.parametrize(("code", "pack"), PACKS)
def test_pack_runs_on_neutral_text(code, pack):
    facts = extract_text(NEUTRAL, lang=code, published=date(2019, 3, 12))
    assert isinstance(facts, list)
    for f in facts:
        for e in f.evidence:
            assert NEUTRAL[e.start : e.end] == e.text


@pytest.mark.parametrize(("code", "pack"), PACKS)
def test_pack_runs_on_empty_and_odd_input(code, pack):
    for text in ("", " ", "\n\n", "...", "0", "١"):
        assert extract_text(text, lang=code) == []


SAMPLES = {
    "fr": "Titre\n\nSelon l'OIM, 8 000 personnes ont fui les combats à Tripoli. Le HCR le confirme.",
    "es": "Titular\n\nSegún la OIM, 8.000 personas huyeron de los combates en Trípoli. El ACNUR lo confirma.",
    "ar": "عنوان\n\nقالت المنظمة الدولية للهجرة إن 8000 شخص فروا من طرابلس. وأكدت المفوضية ذلك.",
    "en": "Headline\n\nAbout 8,000 people fled the fighting in Tripoli, IOM said. UNHCR confirmed it.",
    "nb": "Tittel\n\nOmkring 8000 mennesker har flyktet fra kampene i Tripoli, opplyser IOM.",
}


@pytest.mark.parametrize(("code", "text"), sorted(SAMPLES.items()))
def test_sample_gives_a_fact_with_exact_offsets(code, text):
    facts = extract_text(text, lang=code, published=date(2019, 4, 10))
    assert [f.value for f in facts] == [8_000]
    for e in facts[0].evidence:
        assert text[e.start : e.end] == e.text
