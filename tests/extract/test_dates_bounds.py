"""Bounded ranges, parts of months, as-of ends, counted past periods and the year a sentence
gives: the dates full scoring checks (`end`, and `start` where a flow has one)."""

from datetime import date

import pytest

from uprooted.extract.dates import fact_period, find_dates
from uprooted.extract.figures import find_figures
from uprooted.lang.ar import PACK as AR
from uprooted.lang.de import PACK as DE
from uprooted.lang.en import PACK as EN
from uprooted.lang.es import PACK as ES
from uprooted.lang.fr import PACK as FR
from uprooted.lang.nb import PACK as NB

PUB = date(2019, 6, 20)  # a Thursday
PACKS = {"ar": AR, "de": DE, "en": EN, "es": ES, "fr": FR, "nb": NB}


def spans(lang, text, published=PUB):
    return [(d.role, d.start_date, d.end_date) for d in find_dates(text, PACKS[lang], published)]


def period(lang, text, value, stock=False, published=PUB):
    pack = PACKS[lang]
    dates = find_dates(text, pack, published)
    for f in find_figures(text, pack):
        if f.kind == "count" and f.value == value:
            return fact_period(text, f.start, f.end, dates, published, stock, pack)
    raise AssertionError(f"no figure {value} in {text!r}")


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Some 4,200 people fled between December 2018 and mid-February 2019."),
        ("en", "Between December 2018 and the end of February 2019, 4,200 people fled."),
        ("de", "Zwischen Dezember 2018 und Mitte Februar 2019 flohen rund 4.200 Menschen."),
        ("es", "Entre diciembre de 2018 y mediados de febrero de 2019 huyeron 4.200 personas."),
        ("fr", "Entre décembre 2018 et la mi-février 2019, 4 200 personnes ont fui."),
        ("nb", "Rundt 4200 personer flyktet mellom desember 2018 og midten av februar 2019."),
        ("nb", "Rundt 4200 personar flykta mellom desember 2018 og slutten av februar 2019."),
        ("ar", "نزح 4200 شخص بين ديسمبر 2018 ومنتصف فبراير 2019."),
    ],
)
def test_a_range_whose_end_is_part_of_a_month(lang, text):
    assert period(lang, text, 4200) == ("2018-12", "2019-02")


@pytest.mark.parametrize(
    "lang,text,first,last",
    [
        ("es", "Unas 4.200 personas huyeron entre el 3 y el 10 de mayo.", "2019-05-03", "2019-05-10"),
        ("es", "Unas 4.200 personas huyeron entre enero y marzo.", "2019-01", "2019-03"),
        ("es", "Unas 4.200 personas huyeron del 1 al 15 de marzo.", "2019-03-01", "2019-03-15"),
        ("ar", "نزح 4200 شخص بين يناير ومارس.", "2019-01", "2019-03"),
        ("ar", "نزح 4200 شخص بين شباط وأيار.", "2019-02", "2019-05"),
        ("de", "Rund 4.200 Menschen flohen zwischen Januar und März.", "2019-01", "2019-03"),
        ("fr", "Quelque 4 200 personnes ont fui du 2 au 9 juin.", "2019-06-02", "2019-06-09"),
        ("nb", "Rundt 4200 personer flyktet fra 1. til 10. mars.", "2019-03-01", "2019-03-10"),
    ],
)
def test_bounded_ranges(lang, text, first, last):
    assert period(lang, text, 4200) == (first, last)


@pytest.mark.parametrize(
    "lang,text,month",
    [
        ("es", "Huyeron en mayo.", "2019-05"),
        ("es", "Las familias regresaron en enero.", "2019-01"),
        ("es", "Las familias regresaron en mayo de 2017.", "2017-05"),
        ("ar", "عادت الأسر في مايو.", "2019-05"),
    ],
)
def test_a_month_alone_is_a_date(lang, text, month):
    """A month name that also opens a longer listed form ("mayo de", "مايو/أيار") is the
    month itself, not an abbreviation that needs a year."""
    assert spans(lang, text) == [("period", month, month)]


def test_a_clitic_before_a_month_keeps_other_words_out():
    # "ومارس" is "and March"; "ومارسوا" ("and they practised") is no month
    assert spans("ar", "ومارسوا ضغوطا كبيرة.") == []


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "By the end of May, 4,200 people had fled."),
        ("de", "Bis Ende Mai flohen rund 4.200 Menschen."),
        ("es", "Hasta finales de mayo, 4.200 personas habían huido."),
        ("fr", "Jusqu'à fin mai, 4 200 personnes ont fui."),
        ("nb", "Innen utgangen av mai hadde 4200 personer flyktet."),
        ("ar", "بحلول نهاية مايو نزح 4200 شخص."),
    ],
)
def test_by_the_end_of_a_month_is_an_end_only(lang, text):
    assert period(lang, text, 4200) == (None, "2019-05")


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Some 4,200 people fled in the past two weeks."),
        ("de", "Rund 4.200 Menschen flohen in den vergangenen zwei Wochen."),
        ("es", "Unas 4.200 personas huyeron en las últimas dos semanas."),
        ("fr", "Quelque 4 200 personnes ont fui au cours des deux dernières semaines."),
        ("nb", "Rundt 4200 personer flyktet de siste to ukene."),
        ("nb", "Rundt 4200 personar flykta dei siste to vekene."),
    ],
)
def test_the_past_two_weeks_count_back_from_publication(lang, text):
    assert period(lang, text, 4200) == ("2019-06-06", "2019-06-20")
    assert period(lang, text, 4200, published=None) == (None, None)


def test_a_count_before_a_unit_is_no_period_without_the_past_word():
    assert spans("fr", "Il a 3 ans.") == []
    assert spans("es", "Tiene 3 años.") == []


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Some 4,200 people have fled since the start of the conflict in 2011."),
        ("de", "Seit Beginn des Konflikts 2011 sind rund 4.200 Menschen geflohen."),
        ("de", "Seit Beginn des Krieges 2011 flohen rund 4.200 Menschen."),
        ("es", "Unas 4.200 personas han huido desde el inicio del conflicto en 2011."),
        ("fr", "Quelque 4 200 personnes ont fui depuis le début du conflit en 2011."),
        ("nb", "Rundt 4200 personer har flyktet siden starten av konflikten i 2011."),
        ("ar", "نزح 4200 شخص منذ بداية النزاع في عام 2011."),
    ],
)
def test_since_the_start_of_a_conflict_in_a_year(lang, text):
    assert period(lang, text, 4200) == ("2011", "2019-06-20")


@pytest.mark.parametrize(
    "lang,text,first,last",
    [
        ("en", "On 5 and 6 November, about 4,200 people fled.", "2018-11-05", "2018-11-06"),
        ("en", "Rains on Sunday and Monday displaced 4,200 people.", "2019-06-16", "2019-06-17"),
        ("de", "Am Sonntag und Montag flohen rund 4.200 Menschen.", "2019-06-16", "2019-06-17"),
        ("fr", "Dimanche et lundi, 4 200 personnes ont fui.", "2019-06-16", "2019-06-17"),
        ("nb", "Søndag og mandag flyktet 4200 personer.", "2019-06-16", "2019-06-17"),
    ],
)
def test_two_days_joined_by_and_span_both(lang, text, first, last):
    assert period(lang, text, 4200) == (first, last)


def test_two_days_far_apart_stay_two_dates():
    got = spans("en", "Some 4,200 fled on 1 March and 300 more on 20 May.")
    assert [g[0] for g in got] == ["point", "point"]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "In 2014, a total of 4,200 people fled between July and August."),
        ("de", "Im Jahr 2014 flohen zwischen Juli und August rund 4.200 Menschen."),
        ("es", "En 2014, unas 4.200 personas huyeron entre julio y agosto."),
        ("fr", "En 2014, quelque 4 200 personnes ont fui entre juillet et août."),
        ("nb", "I 2014 flyktet rundt 4200 personer mellom juli og august."),
    ],
)
def test_a_month_takes_the_year_its_sentence_writes(lang, text):
    assert period(lang, text, 4200) == ("2014-07", "2014-08")


def test_the_year_of_another_sentence_or_a_since_year_is_not_taken():
    assert spans("en", "In 2014, 300 fled. In May, 4,200 more fled.")[1] == ("period", "2019-05", "2019-05")
    assert spans("en", "Since 2014, 4,200 fled in May.")[1] == ("period", "2019-05", "2019-05")


@pytest.mark.parametrize(
    "lang,text,end",
    [
        ("en", "Over 4,200 houses are destroyed and another 900 damaged (OCHA 20/08/2019).", "2019-08-20"),
        ("en", "Some 4,200 people remain unable to return home (NGO interviews, May 2019).", "2019-05"),
        ("fr", "Quelque 4 200 maisons ont été détruites (OCHA, 20/05/2019).", "2019-05-20"),
        ("es", "Unas 4.200 viviendas fueron destruidas (OCHA, mayo de 2019).", "2019-05"),
        ("de", "Rund 4.200 Häuser wurden zerstört (UNHCR, Mai 2019).", "2019-05"),
        ("nb", "Rundt 4200 hus ble ødelagt (OCHA, mai 2019).", "2019-05"),
        ("ar", "دمرت 4200 منزلا (أوتشا، مايو 2019).", "2019-05"),
    ],
)
def test_a_source_cited_with_its_date_ends_the_figure(lang, text, end):
    assert period(lang, text, 4200) == (None, end)
    assert period(lang, text, 4200, stock=True) == (None, end)


def test_a_bracketed_date_without_a_source_is_no_citation():
    assert period("en", "Some 4,200 people fled (in May 2019).", 4200) == ("2019-05", "2019-05")
