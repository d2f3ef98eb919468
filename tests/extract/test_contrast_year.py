"""Issue 8: an undated text that writes a past year only as a contrast to "this year" ("last
year") is a text of a later year; relative dates take that year. Sentences written for the tests."""

from __future__ import annotations

import pytest

from uprooted.extract import extract_text
from uprooted.extract.periods import _doc_dates
from uprooted.lang import get_pack


@pytest.mark.parametrize(
    "lang,text,year",
    [
        ("en", "This year 34,000 people have fled the valley, compared with 12,000 in 2014.", 2015),
        ("en", "Last year 9,000 people arrived, against 4,000 in 2013.", 2015),
        ("de", "Dieses Jahr sind bereits 40.000 Menschen angekommen, gegenüber 15.000 im Jahr 2014.", 2015),
        ("de", "Im gesamten Vorjahr kamen 9.000 Menschen, im Vergleich zu 2013 doppelt so viele.", 2015),
        ("fr", "Cette année, 20 000 personnes ont fui, contre 8 000 en 2014.", 2015),
        ("es", "Este año han llegado 5.000 personas, frente a 2.000 en 2014.", 2015),
        ("nb", "I år har 3000 kommet, mot 1200 i 2014.", 2015),
        # the conjunctions with a figure or a comparative before the year still compare
        ("de", "Dieses Jahr kamen 5.000 Menschen, mehr als 2014.", 2015),
        ("es", "Este año llegaron 5.000 personas, menos que en 2014.", 2015),
        ("es", "Este año llegaron 5.000 personas, 3.000 más que en 2014.", 2015),
        ("ar", "فر هذا العام 5000 شخص مقارنة بعام 2014.", 2015),
        # "last year" in the sentence before the comparison
        ("en", "Last year 28,000 people arrived. That was more than in 2013.", 2015),
        (
            "de",
            "Im Vorjahr kamen 28.000 Menschen. Das waren doppelt so viele wie im Vergleich zu 2013.",
            2015,
        ),
        # a past year written as a contrast right after "this year" does not block the reading
        (
            "de",
            "Im Vorjahr kamen 28.000, ein Plus im Vergleich zu 2013. Dieses Jahr kamen 90.000 Menschen. "
            "2014 sind nur 30.000 Menschen gekommen.",
            2015,
        ),
    ],
)
def test_compared_year_is_before_the_texts_own(lang, text, year):
    d = _doc_dates(text, get_pack(lang), None)
    assert d.year_hint == year


@pytest.mark.parametrize(
    "lang,text,year",
    [
        # the text is about 2014 and says so: the compared year is older
        ("en", "In 2014, 34,000 people fled. This year the camps are full, compared with 2013.", 2014),
        # a day of 2014 written outside a comparison: the text keeps 2014
        ("en", "The floods of 2014 displaced 34,000 people in March 2014. This year aid is short.", 2014),
        ("de", "Im März 2014 flohen 3.000 Menschen. Dieses Jahr kamen mehr als 2014 erwartet.", 2014),
        # no "this year" in the comparison's sentence: nothing to infer
        ("fr", "En 2014, 20 000 personnes ont fui, contre 8 000 en 2013.", 2014),
        ("es", "En 2014 llegaron 5.000 personas, frente a 2.000 en 2013.", 2014),
        # "this year" and "last year" in one sentence: no single reading
        ("en", "This year 500 came, last year 300, compared with 200 in 2014.", 2014),
        # a later year written plainly: the comparison gives no single reading
        ("en", "This year 500 came, compared with 200 in 2013. In 2016 a new camp will open.", 2016),
        # "this year" two sentences before the comparison is too far
        (
            "fr",
            "Cette année, 900 sont arrivés. Le camp est plein. Il y en avait 300, contre 200 en 2014.",
            2014,
        ),
    ],
)
def test_no_contrast_keeps_the_written_year(lang, text, year):
    d = _doc_dates(text, get_pack(lang), None)
    assert d.year_hint == year


def test_published_date_is_not_touched():
    from datetime import date

    text = "This year 34,000 people have fled the valley, compared with 12,000 in 2014."
    d = _doc_dates(text, get_pack("en"), date(2019, 5, 1))
    assert d.published == date(2019, 5, 1)


@pytest.mark.parametrize(
    "lang,text",
    [
        (
            "en",
            "This year 34,000 people have fled the valley, compared with 12,000 in 2014. "
            "Since 31 August, 5,000 people have been displaced by floods in Kassala.",
        ),
        (
            "de",
            "Dieses Jahr sind bereits 40.000 Menschen angekommen, gegenüber 15.000 im Jahr 2014. "
            "Seit dem 31. August wurden 5.000 Menschen durch Hochwasser in Kassala vertrieben.",
        ),
        (
            "fr",
            "Cette année, 20 000 personnes ont fui, contre 8 000 en 2014. "
            "Depuis le 31 août, 5 000 personnes ont été déplacées par les inondations à Kassala.",
        ),
    ],
)
def test_since_day_takes_the_texts_own_year(lang, text):
    got = {f.value: (f.start, f.end) for f in extract_text(text, lang=lang, published=None)}
    assert got[5000][0] == "2015-08-31"


def test_the_words_between_a_comparison_and_its_year_are_read_atomically():
    # a long run of small numbers after "compared with" must not be re-split in every way: the
    # token of the pattern is an atomic group (timing on long runs is in bench/bench_adversarial.py)
    from uprooted.extract.periods import _COMPARED_TOKENS

    assert _COMPARED_TOKENS.startswith("(?:(?>")
    text = "This year 5 people came, compared with " + "1 " * 40 + "in 2014."
    assert _doc_dates(text, get_pack("en"), None).year_hint == 2015


def test_a_figure_with_spaces_between_thousands_still_reaches_its_year():
    d = _doc_dates("I år har 30 000 kommet, mot 12 000 i 2014.", get_pack("nb"), None)
    assert d.year_hint == 2015


@pytest.mark.parametrize(
    "lang,text",
    [
        # a comparison word that is also a plain conjunction, with no figure before the year
        ("de", "Dieses Jahr sind 4.000 Menschen gekommen. Als 2015 die Grenzen offen waren, kamen mehr."),
        ("es", "Este año llegaron 3.000 personas y el alcalde dijo que en 2015 fueron más."),
        ("nb", "I år kom 500 flyktninger, og mange av dem dro mot 2015-nivået."),
    ],
)
def test_a_conjunction_with_no_figure_compares_no_year(lang, text):
    assert _doc_dates(text, get_pack(lang), None).year_hint != 2016


@pytest.mark.parametrize(
    "text",
    [
        # Arabic-Indic digits, the Arabic thousands sign "٬" and decimal sign "٫", and "،"
        "فر هذا العام ٥٠٠٠ شخص مقارنة مع ١٢٬٠٠٠ شخص في عام ٢٠١٤.",
        "فر هذا العام 5000 شخص مقارنة مع 12٬000 شخص في عام 2014.",
        "فر هذا العام ٥٠٠٠ شخص، مقارنة مع ١٢٫٥ ألف في ٢٠١٤.",
    ],
)
def test_the_contrast_reads_arabic_script_figures_and_years(text):
    assert _doc_dates(text, get_pack("ar"), None).year_hint == 2015


def test_the_period_engines_figures_and_stops_are_script_neutral():
    from uprooted.extract.periods import _CLAUSE_ENDS, _FIGURE_RE, _SENTENCE_END_RE

    assert [m.group() for m in _FIGURE_RE.finditer("فر ١٢٬٥٠٠ شخص و١٫٦ مليون")] == ["١٢٬٥٠٠", "١٫٦"]
    assert "؛" in _CLAUSE_ENDS and "؟" in _CLAUSE_ENDS
    assert len(_SENTENCE_END_RE.findall("فروا۔ ثم عادوا؟ نعم")) == 2
