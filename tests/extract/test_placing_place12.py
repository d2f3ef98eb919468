"""Place choices of session 11 (place12): a figure in a relative clause ("..., where", "der", "où",
"donde", "wo") is the place's before the comma, never a donor's; a name that brokers, mediates or
begins an operation is a party, not a place; a place in a short phrase opening its clause ("In
neighbouring Chad, ...") is the scene, not a destination. Sentences written for these tests."""

from datetime import date

import pytest

from uprooted.extract import extract_text


def place_of(text, value, lang):
    facts = extract_text(text, lang=lang, published=date(2024, 5, 15), doc_id="t")
    hit = [f for f in facts if f.value == value or f.reported_value == value]
    assert hit, [(f.measure, f.value) for f in facts]
    p = hit[0].place
    return (p.name, p.country) if p is not None else None


@pytest.mark.parametrize(
    ("lang", "text", "value", "want"),
    [
        # a donor is never the place: the relative clause's antecedent is
        ("en", "Germany sends aid to Yemen, where 4 million people have been displaced.", 4_000_000, "YEM"),
        (
            "en",
            "Japan pledged $20 million to Myanmar, where 2.6 million people are displaced.",
            2_600_000,
            "MMR",
        ),
        (
            "nb",
            "Sverige gir 100 millioner kroner til Sudan, der rundt 9 millioner er drevet på flukt.",
            9_000_000,
            "SDN",
        ),
        (
            "fr",
            "La France envoie de l'aide au Soudan, où 9 millions de personnes ont fui leurs foyers.",
            9_000_000,
            "SDN",
        ),
        (
            "es",
            "Alemania envía ayuda a Yemen, donde 4 millones de personas han sido desplazadas.",
            4_000_000,
            "YEM",
        ),
        (
            "de",
            "Frankreich schickt Hilfe nach Jemen, wo 4 Millionen Menschen vertrieben wurden.",
            4_000_000,
            "YEM",
        ),
        # a party that begins an operation is not the place
        (
            "en",
            "More than 90,000 people have been displaced in Rafah since Israel began its military operation.",
            90_000,
            "PSE",
        ),
        (
            "en",
            "About 60,000 people have been displaced in Lebanon since Israel began its ground operation.",
            60_000,
            "LBN",
        ),
        # "launched an appeal" is no attack: the country stays the place
        ("en", "Mozambique launched an appeal for the 200,000 displaced people.", 200_000, "MOZ"),
        # a place opening its clause is the scene, not where people went
        (
            "en",
            "Fighting raged near Maungdaw. In neighbouring Thailand, 20,000 refugees have arrived.",
            20_000,
            "THA",
        ),
        (
            "en",
            "Clashes hit Dori this week. Across the border in Niger, 15,000 people have been displaced.",
            15_000,
            "NER",
        ),
        (
            "en",
            "Over 60,000 people fled clashes in Goma, while in neighbouring Uganda, 200,000 people have been "
            "displaced by floods.",
            200_000,
            "UGA",
        ),
        (
            "en",
            "Over 60,000 people fled clashes in Goma, while in neighbouring Uganda, 200,000 people have been "
            "displaced by floods.",
            60_000,
            "COD",
        ),
    ],
)
def test_place(lang, text, value, want):
    got = place_of(text, value, lang)
    assert got is not None and got[1] == want, got


@pytest.mark.parametrize(
    ("lang", "text", "value", "party"),
    [
        (
            "en",
            "Some 12,000 people have returned to their homes under a ceasefire brokered by Qatar.",
            12_000,
            "QAT",
        ),
        ("en", "About 30,000 people fled the fighting despite a truce mediated by Turkey.", 30_000, "TUR"),
        ("en", "Since Egypt began its offensive, 40,000 people have fled their homes.", 40_000, "EGY"),
        (
            "fr",
            "Quelque 8 000 personnes sont rentrées chez elles depuis le cessez-le-feu négocié par le Qatar.",
            8_000,
            "QAT",
        ),
        (
            "es",
            "Unas 8.000 personas regresaron a sus casas tras el alto el fuego mediado por Catar.",
            8_000,
            "QAT",
        ),
        ("nb", "Rundt 8000 mennesker har vendt hjem etter våpenhvilen meklet av Qatar.", 8_000, "QAT"),
    ],
)
def test_party_is_no_place(lang, text, value, party):
    got = place_of(text, value, lang)
    assert got is None or got[1] != party, got


@pytest.mark.parametrize(
    ("lang", "text", "value", "want"),
    [
        # a flow is placed where people fled from; where they were heading is the other side
        (
            "en",
            "Thousands fled Rutshuru heading for Goma; some 40,000 people were displaced.",
            40_000,
            "Rutshuru",
        ),
        ("en", "Some 40,000 people fled Rutshuru, bound for Goma.", 40_000, "Rutshuru"),
        # a country's capital, named by its owner, is the capital city
        ("en", "More than 30,000 people fled Mali's capital in two weeks.", 30_000, "Bamako"),
        (
            "en",
            "About 20,000 people were displaced in the capital of Haiti last month.",
            20_000,
            "Port-au-Prince",
        ),
        ("fr", "Quelque 50 000 personnes ont fui la capitale haïtienne en mars.", 50_000, "Port-au-Prince"),
        ("fr", "Quelque 50 000 personnes ont fui la capitale du Mali en mars.", 50_000, "Bamako"),
        ("de", "Rund 50.000 Menschen sind aus der Hauptstadt Haitis geflohen.", 50_000, "Port-au-Prince"),
        (
            "de",
            "Rund 50.000 Menschen sind aus der haitianischen Hauptstadt geflohen.",
            50_000,
            "Port-au-Prince",
        ),
        ("nb", "Rundt 50 000 mennesker har flyktet fra hovedstaden i Haiti.", 50_000, "Port-au-Prince"),
        # the capital of a state of the country is not the country's capital
        (
            "en",
            "Officials in Bor, the capital of South Sudan's Jonglei state, said 900 households have been "
            "displaced from their homes.",
            900,
            "Bor",
        ),
        # a capital region is not the capital city
        ("en", "About 5,000 people arrived in Kenya's capital region.", 5_000, "Kenya"),
    ],
)
def test_place_name(lang, text, value, want):
    got = place_of(text, value, lang)
    assert got is not None and got[0] == want, got


def test_capital_keeps_the_country_mention():
    from uprooted.lang import get_pack
    from uprooted.places import find_places

    found = {
        (m.kind, m.place.name) for m in find_places("Floods hit Congo's capital Kinshasa.", get_pack("en"))
    }
    assert ("city", "Kinshasa") in found
    assert any(kind == "country" for kind, _ in found)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Some 300,000 people remain displaced in the Gaza Strip, aid agencies say."),
        ("de", "Im Gazastreifen sind nach UN-Angaben 300.000 Menschen vertrieben."),
        ("de", "Im Gaza-Streifen sind nach UN-Angaben 300.000 Menschen vertrieben."),
        ("nb", "Rundt 300 000 mennesker er drevet på flukt på Gazastripen, ifølge FN."),
    ],
)
def test_gaza_strip_is_its_own_entry(lang, text):
    # the territory's own GeoNames entry, not the country Palestine
    assert place_of(text, 300_000, lang) == ("Gaza Strip", "PSE")


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        # "the government's figures" quote a province's count as often as the nation's: no scope
        (
            "Monsoon floods hit Pakistan's Sindh province in August. The government's figures show "
            "400,000 people were displaced.",
            400_000,
            "Sindh",
        ),
        (
            "Attacks forced thousands to flee Kaya in February. The national tally now stands at 1.9 million "
            "internally displaced people.",
            1_900_000,
            "Burkina Faso",
        ),
        # a province's government is no national scope
        (
            "Attacks forced thousands to flee Kaya in February. The provincial government's figure counted "
            "19,000 internally displaced people.",
            19_000,
            "Kaya",
        ),
    ],
)
def test_national_figure(text, value, want):
    got = place_of(text, value, "en")
    assert got is not None and got[0] == want, got


def test_capital_as_an_english_compound_modifier_names_no_city():
    # "capital markets" is no capital city: the town the figure's clause names stands
    text = "Kenya's capital markets regulator said 3,000 people were displaced by floods in Garissa."
    got = place_of(text, 3000, "en")
    assert got is not None and got[0] == "Garissa", got


def test_a_flight_opening_the_sentence_is_no_scene():
    # "Fleeing to X," tells where people went: the flow's place is where they fled from
    text = "Fleeing to neighbouring Niger, more than 20,000 Malians crossed the border last week."
    got = place_of(text, 20000, "en")
    assert got is not None and got[1] == "MLI", got
