"""Packs are found by folder, every one loads, and codes route to the right pack."""

from uprooted.lang import all_packs, get_pack, pack_errors


def test_every_pack_loads():
    assert pack_errors() == {}


def test_codes_and_aliases_route_to_packs():
    assert get_pack("en").code == "en"
    assert get_pack("en-GB").code == "en"
    assert get_pack("nn").code == "nb"
    assert get_pack("no").code == "nb"
    assert get_pack("NB").code == "nb"
    assert get_pack("xx") is None
    assert get_pack(None) is None


def test_each_pack_is_registered_under_each_of_its_codes():
    for code, pack in all_packs().items():
        assert code in pack.codes


def test_settlement_anaphors_are_city_anaphors():
    """`settlement_anaphora` is the part of `city_anaphora` that names a village, town or city
    (lang/base.py): the finder marks only city anaphors as anaphora mentions."""
    from uprooted.lang import all_packs

    for code, pack in all_packs().items():
        assert set(pack.places.settlement_anaphora) <= set(pack.places.city_anaphora), code
