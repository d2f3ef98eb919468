"""A day fronted before an event verb dates the event ("Natt til søndag brant en blokk", "Am
Sonntag brannte ein Wohnblock ab", "يوم الأحد احترق مبنى"): in a verb-second or verb-first
language the verb follows the fronted day directly, with no event noun. A later flow of the text
with no date of its own starts on that day; a figure with a date of its own, a stock, or a day
before a verb that is no happening ("sagte", "sa") carries nothing. Sentences written for these
tests (the pack field is `event_verbs`)."""

from datetime import date

import pytest

from uprooted.extract import extract_text

PUB = date(2014, 6, 4)  # a Wednesday: "Sunday" is 1 June
SUNDAY = "2014-06-01"


def only(text, lang):
    found = extract_text(text, lang=lang, published=PUB)
    assert len(found) == 1, [(f.measure, f.value, f.start, f.end) for f in found]
    return found[0]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nb", "Natt til søndag brant en boligblokk i Bergen. 60 beboere ble evakuert."),
        ("nb", "På søndag raste en fjellside ned over bygda Odda. Politiet evakuerte 45 personer."),
        ("de", "Am Sonntag brannte ein Wohnblock in Leipzig ab. 60 Bewohner wurden evakuiert."),
        ("de", "Am Sonntag stürzte ein Wohnhaus in Dortmund ein. Die Feuerwehr evakuierte 30 Bewohner."),
        ("ar", "يوم الأحد احترق مبنى سكني في مدينة حلب. وتم إجلاء 60 شخصا من السكان."),
    ],
)
def test_a_fronted_day_before_an_event_verb_starts_the_next_flow(lang, text):
    f = only(text, lang)
    assert f.start == SUNDAY, (f.start, f.end)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the figure's sentence gives its own date
        ("nb", "Natt til søndag brant en boligblokk i Bergen. I fjor ble 60 beboere evakuert."),
        ("de", "Am Sonntag brannte ein Wohnblock in Leipzig ab. Im Jahr 2012 wurden 60 Bewohner evakuiert."),
        # the day stands before a verb that is no happening
        ("nb", "På søndag sa politiet at 60 beboere ble evakuert fra blokka i Bergen."),
        ("de", "Am Sonntag sagte die Polizei, 60 Bewohner seien aus dem Block in Leipzig evakuiert worden."),
    ],
)
def test_no_start_from_a_fronted_day_without_an_event_verb_or_with_an_own_date(lang, text):
    f = only(text, lang)
    assert f.start != SUNDAY, (f.start, f.end)


def test_a_stock_takes_no_start_from_the_event_verb():
    f = only(
        "Am Sonntag brannte ein Wohnblock in Leipzig ab. 300 Menschen leben noch in Notunterkünften.", "de"
    )
    assert f.start is None
