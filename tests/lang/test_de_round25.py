"""German constructions of blind round 25 (issue 8: long Der Standard and WMT-style articles of
2015-16): a bare year after a singular article or before a past verb of flight, "ganz Ungarn" as a
place, a shelter named first with its verb far behind it or after an apposition, a relocation
ahead as at_risk, readiness for arrivals, apprentices and invited guests as people counted for
another reason, a country hosting nationals, refugees holding out at a border.

Sentences written for these tests (none from the round's articles)."""

from __future__ import annotations

from datetime import date

import pytest

from uprooted.extract import extract_text

PUB = date(2016, 2, 10)


def _found(text: str) -> set[tuple[str, int]]:
    return {(f.measure, f.reported_value) for f in extract_text(text, lang="de", published=PUB)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year after a singular article, the attribute's participle after it
        ("Die Tochter eines 1968 geflohenen Pragers erzählt von der Ankunft in Wien.", set()),
        ("Das Archiv des 1945 vertriebenen Verlegers liegt heute in Linz.", set()),
        # a year before a past verb of flight or arrival, the count after it
        (
            "Nach dem Einmarsch 1968 verließen rund 160.000 Tschechen ihre Heimat.",
            {("displaced", 160000)},
        ),
        # "ganz" before a name: the whole place, not its people
        ("Nach dem Frieden von Karlowitz 1699 ganz Ungarn unter Habsburg zu vereinen, dauerte Jahre.", set()),
    ],
)
def test_years_before_verbs_and_after_singular_articles(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In der Halle des alten Postverteilerzentrums und im Zelt daneben übernachteten zuletzt 900 Menschen.",
            {("sheltered", 900)},
        ),
        (
            "In mehr als 300 Schulen, die meisten davon im Süden, wurden am Wochenende 45.000 Menschen versorgt.",
            {("sheltered", 45000)},
        ),
        (
            "In der Tiefgarage unter dem Busbahnhof haben in der Nacht auf Montag erneut rund 700 Flüchtlinge "
            "übernachtet.",
            {("sheltered", 700)},
        ),
        # a town's name that holds a shelter word is no shelter: "Traiskirchen" is not a church
        ("In Neunkirchen leben derzeit 300 Asylwerber.", {("displaced", 300)}),
    ],
)
def test_a_shelter_named_first_its_verb_far_behind(text, expected):
    assert _found(text) == expected


def test_a_relocation_ahead_is_at_risk():
    text = "Nach den Rutschungen müssten nach Einschätzung der Geologen bis zu 3.000 Bewohner umgesiedelt werden."
    assert _found(text) == {("at_risk", 3000)}


@pytest.mark.parametrize(
    "text",
    [
        "Die Behörden sind nach eigenen Angaben auf bis zu 20.000 Flüchtlinge im Winter vorbereitet.",
        "In Vorarlberg sind derzeit 85 junge Asylwerber in einer Lehre.",
        "Der Eishockeyklub hat 120 Flüchtlinge aus zwei Notquartieren in Linz zum Derby eingeladen.",
    ],
)
def test_readiness_apprentices_and_guests_are_no_fact(text):
    assert not _found(text)


def test_a_country_hosting_nationals_counts_refugees_not_sheltered():
    assert _found("Der Libanon beherbergt nach UN-Angaben mehr als eine Million Syrer.") == {
        ("displaced", 1000000)
    }
    # a building hosting asylum seekers still shelters them
    assert _found("Das frühere Kloster beherbergt seit Oktober 70 Asylwerber.") == {("sheltered", 70)}


def test_holding_out_at_a_border_is_displaced_trapped_stays_remaining():
    assert _found("An der kroatischen Grenze bei Bapska harren seit Tagen rund 4.000 Menschen aus.") == {
        ("displaced", 4000)
    }
    assert _found("Rund 8.000 Menschen harrten am Grenzübergang Röszke bei Kälte aus.") == {
        ("displaced", 8000)
    }
    # still in a besieged town: remaining
    assert _found("In der belagerten Altstadt harren noch rund 5.000 Zivilisten aus.") == {
        ("remaining", 5000)
    }
