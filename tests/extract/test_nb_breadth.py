"""Norwegian breadth: short news paragraphs written for these tests (Bokmål and Nynorsk), each
with the facts it states as (measure, value) and, where the text gives them, term and end."""

from datetime import date

import pytest

from uprooted.extract import extract_text

PUB = date(2018, 10, 15)  # a Monday

CASES = [
    # 1. flood in Nordland, evacuation carried out
    (
        "Flommen i Nordland: Rundt 400 personer ble evakuert fra hjemmene sine i Saltdal natt til søndag, "
        "opplyser politiet.",
        {("displaced", 400)},
    ),
    # 2. landslide, people had to leave their homes
    (
        "Etter jordskredet i Kvam måtte 120 personer forlate hjemmene sine. De fleste er innkvartert på "
        "hotell i Norheimsund.",
        {("displaced", 120)},
    ),
    # 3. sheltered in a sports hall
    (
        "Om lag 250 evakuerte er innkvartert i idrettshallen på Rognan, ifølge kommunen.",
        {("sheltered", 250)},
    ),
    # 4. war abroad, IOM figure
    (
        "Ifølge IOM har over 30 000 mennesker flyktet fra kampene i Hodeidah den siste uken.",
        {("displaced", 30000)},
    ),
    # 5. UNHCR refugees in a neighbouring country
    (
        "FNs høykommissær for flyktninger (UNHCR) anslår at 1,2 millioner sørsudanske flyktninger nå "
        "oppholder seg i Uganda.",
        {("displaced", 1200000)},
    ),
    # 6. Flyktninghjelpen, internally displaced
    (
        "Flyktninghjelpen melder at 2,1 millioner mennesker er internt fordrevne i Kongo.",
        {("displaced", 2100000)},
    ),
    # 7. returns
    (
        "Over 5000 familier har vendt tilbake til Mosul de siste to månedene, opplyser FN.",
        {("returned", 25000)},
    ),
    # 8. evacuation order: at risk
    (
        "Myndighetene har beordret evakuering av 3000 innbyggere i Longyearbyen på grunn av rasfaren.",
        {("at_risk", 3000)},
    ),
    # 9. asylum seekers
    (
        "I fjor kom 3560 asylsøkere til Norge, viser tall fra UDI.",
        {("displaced", 3560)},
    ),
    # 10. homeless after an earthquake
    (
        "Jordskjelvet på Sulawesi har gjort minst 70 000 mennesker hjemløse, ifølge myndighetene.",
        {("displaced", 70000)},
    ),
    # 11. living in tents
    (
        "Fortsatt bor rundt 15 000 mennesker i telt etter jordskjelvet i Lombok.",
        {("sheltered", 15000)},
    ),
    # 12. Nynorsk: fled
    (
        "Over 2000 menneske har flykta frå heimane sine i Sogndal etter flaumen.",
        {("displaced", 2000)},
    ),
    # 13. Nynorsk: evacuated, then sheltered at a school
    (
        "Kring 300 evakuerte budde i natt på skulen i Odda, opplyser kommunen.",
        {("sheltered", 300)},
    ),
    # 14. homes destroyed and damaged
    (
        "Uværet ødela 45 hus og skadet over 200 bygninger i Troms, melder NTB.",
        {("homes_destroyed", 45), ("homes_damaged", 200)},
    ),
    # 15. tempting numbers that are not facts
    (
        "Brannvesenet rykket ut med 12 mannskaper og to helikoptre, og 30 personer ble sendt på sykehus.",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[str(i + 1) for i in range(len(CASES))])
def test_norwegian_paragraph(text, expected):
    out = extract_text(text, lang="nb", published=PUB)
    assert {(f.measure, f.value) for f in out} == expected


def test_nynorsk_evacuated_from_homes():
    out = extract_text("Politiet evakuerte 85 personar frå heimane sine i Flåm.", lang="nb", published=PUB)
    assert {(f.measure, f.value, f.term) for f in out} == {("displaced", 85, "evacuated")}
