"""The place words extract/placing.py reads are pack data: every pack's compile, and each
language's words work only in its own texts (the engine names no language)."""

import pytest

from uprooted.extract.rules import _NEVER, rules_for
from uprooted.lang import all_packs, get_pack

PACKS = sorted({pack.code: pack for pack in all_packs().values()}.items())


@pytest.mark.parametrize(("code", "pack"), PACKS)
def test_every_pack_gives_its_place_words(code, pack):
    words = rules_for(pack).place
    for name in ("list_gap", "locative_before", "clause_break", "country_word", "transfer", "strong_origin"):
        assert getattr(words, name) is not _NEVER, f"{code}: no {name}"


@pytest.mark.parametrize(
    ("code", "before"),
    [
        ("en", "floods in "),
        ("fr", "les inondations au "),
        ("es", "las lluvias en el "),
        ("nb", "flom i "),
        ("ar", "وفي "),
    ],
)
def test_a_locative_preposition_before_a_country(code, before):
    assert rules_for(get_pack(code)).place.locative_before.search(before)


def test_words_of_one_language_do_not_match_in_another():
    # "i" is Norwegian, "en" French and Spanish: neither is a locative in English.
    en = rules_for(get_pack("en")).place
    assert not en.locative_before.search("stranded i ")
    assert not en.locative_before.search("en ")
    assert rules_for(get_pack("nb")).place.locative_before.search("stranded i ")


@pytest.mark.parametrize(
    ("code", "clause", "word"),
    [
        ("en", "displaced across the country", "the country"),
        ("fr", "déplacées dans tout le pays", "le pays"),
        ("es", "desplazadas en todo el país", "el país"),
        ("nb", "fordrevne i hele landet", "landet"),
        ("ar", "نازح في جميع أنحاء البلاد", "البلاد"),
    ],
)
def test_a_country_word(code, clause, word):
    from uprooted.extract.placing import _country_word

    assert _country_word(clause, rules_for(get_pack(code)).place) == word


def test_the_north_of_the_country_is_a_part():
    from uprooted.extract.placing import _country_word

    assert _country_word("in the north of the country", rules_for(get_pack("en")).place) is None
    assert _country_word("dans le nord du pays", rules_for(get_pack("fr")).place) is None
