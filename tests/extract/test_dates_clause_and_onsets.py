"""Dates a figure takes from its clause and from the event the text names: the only date of a
sentence after a second count in the same clause, a span counted back from publication that
starts at the day the event began, an attack as an onset, and an Arabic onset verb joined to
"و". Sentences written for these tests."""

from datetime import date

import pytest

from uprooted.extract import extract_text
from uprooted.extract.dates import counted_back, find_dates
from uprooted.lang import get_pack

MONDAY = date(2015, 7, 13)


def _dates(text: str, lang: str, published: date) -> list[tuple]:
    return [
        (f.measure, f.value, f.start, f.end)
        for f in extract_text(text, lang=lang, published=published, doc_id="t")
    ]


def _fact(text: str, lang: str, value: int, published: date) -> tuple:
    (f,) = [f for f in extract_text(text, lang=lang, published=published, doc_id="t") if f.value == value]
    return f.start, f.end


# -- the only date of the sentence, after a second count of the same clause ----------------------


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "Shanghai evacuated 16,000 people and called back 3,000 ships to harbour on Saturday.", 16000),
        ("en", "Soldiers evacuated 2,400 villagers and sent 300 trucks to the valley on Saturday.", 2400),
        ("fr", "Les autorités ont évacué 4 500 habitants et déployé 1 200 soldats samedi.", 4500),
        ("es", "Las autoridades evacuaron a 4.500 vecinos y desplegaron 1.200 soldados el sábado.", 4500),
        (
            "de",
            "Die Behörden evakuierten 4.500 Einwohner und schickten 1.200 Soldaten am Samstag in das Gebiet.",
            4500,
        ),
        ("nb", "Myndighetene evakuerte 4500 innbyggere og sendte 1200 soldater til området lørdag.", 4500),
        ("nn", "Styresmaktene evakuerte 4500 innbyggjarar og sende 1200 soldatar til området laurdag.", 4500),
        ("ar", "أجلت السلطات 4500 شخص من منازلهم ونشرت 1200 جندي يوم السبت.", 4500),
    ],
)
def test_the_only_date_after_a_second_count_dates_the_clause(lang: str, text: str, value: int) -> None:
    assert _fact(text, lang, value, MONDAY) == ("2015-07-11", "2015-07-11")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a subordinate clause: the date is the event's, the count the report's
        (
            "en",
            "Over 1,500 homes have been destroyed and 570 damaged as the river burst its bank on 27 August.",
        ),
        (
            "fr",
            "Plus de 1 500 maisons ont été détruites et 570 endommagées lorsque le fleuve a débordé le 27 août.",
        ),
        (
            "de",
            "Mehr als 1.500 Häuser wurden zerstört und 570 beschädigt, als der Fluss am 27. August über die Ufer trat.",
        ),
        (
            "es",
            "Más de 1.500 viviendas fueron destruidas y 570 dañadas cuando el río se desbordó el 27 de agosto.",
        ),
        ("ar", "دمرت أكثر من 1500 منزل وتضرر 570 منزلا عندما فاض النهر في 27 أغسطس."),
    ],
)
def test_a_date_in_a_subordinate_clause_is_not_the_first_counts(lang: str, text: str) -> None:
    assert _fact(text, lang, 1500, date(2020, 9, 8)) == (None, "2020-09-08")


def test_the_date_after_an_aside_or_a_list_is_not_the_figures() -> None:
    # a comma opens an aside whose count the date belongs to
    assert _fact(
        "The number of refugees who returned stands at 3,444 people, 43% of the 8,000 expected in the last quarter of 2020.",
        "en",
        3444,
        date(2020, 10, 28),
    ) == (None, "2020-10-28")
    # another date in the sentence: the nearest rule decides, as before
    found = _dates(
        "Some 4,500 residents were evacuated, while 1,200 homes were flooded on Sunday.", "en", MONDAY
    )
    assert ("displaced", 4500, None, "2015-07-13") in found


# -- a span counted back from publication starts at the day the event began -----------------------


def test_counted_back_spans_are_told_from_exact_ones() -> None:
    pub = date(2019, 5, 15)
    for lang, text, expected in [
        ("en", "in the past six weeks", True),
        ("en", "over the past week", True),
        ("nb", "de siste tre ukene", True),
        ("fr", "au cours des deux dernières semaines", True),
        ("de", "in den vergangenen drei Wochen", True),
        ("es", "en las últimas tres semanas", True),
        ("en", "this week", False),
        ("en", "since the beginning of the year", False),
        ("en", "on 4 April", False),
    ]:
        pack = get_pack(lang)
        (d,) = find_dates(text, pack, pub)
        assert counted_back(d, pack) is expected, text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The militia attacked the capital on April 4, days before the talks. In the past six weeks alone, the fighting has displaced more than 62,000 people.",
        ),
        (
            "fr",
            "Les rebelles ont attaqué la ville le 4 avril. Au cours des six dernières semaines, plus de 62 000 personnes ont fui.",
        ),
        (
            "es",
            "Los rebeldes atacaron la ciudad el 4 de abril. En las últimas seis semanas, más de 62.000 personas han huido.",
        ),
        (
            "de",
            "Die Offensive begann am 4. April. In den vergangenen sechs Wochen sind mehr als 62.000 Menschen geflohen.",
        ),
        ("nb", "Opprørerne angrep byen 4. april. De siste seks ukene har over 62.000 mennesker flyktet."),
        ("nn", "Opprørarane angrep byen 4. april. Dei siste seks vekene har over 62.000 menneske flykta."),
        ("ar", "هاجمت الميليشيا العاصمة في 4 أبريل. وخلال الأسابيع الستة الماضية نزح أكثر من 62 ألف شخص."),
    ],
)
def test_a_counted_back_span_starts_on_the_event_day_near_it(lang: str, text: str) -> None:
    assert _fact(text, lang, 62000, date(2019, 5, 15)) == ("2019-04-04", "2019-05-15")


def test_an_event_day_far_from_the_counted_start_is_not_taken() -> None:
    text = "The militia attacked the capital on March 1, days before the talks. In the past six weeks alone, the fighting has displaced more than 62,000 people."
    assert _fact(text, "en", 62000, date(2019, 5, 15)) == ("2019-04-03", "2019-05-15")


# -- an onset verb joined to "و" ------------------------------------------------------------------


def test_an_arabic_onset_verb_with_its_conjunction_dates_the_event() -> None:
    text = (
        "ناشدت السلطات اليمنية الخميس دول التحالف. وضرب الإعصار الجزيرة مساء الأربعاء، ثم انتقل نحو عمان. "
        "وقالت السلطات إن 300 شخص غادروا منازلهم وانتقلوا للإقامة موقتا في مراكز حكومية."
    )
    assert _fact(text, "ar", 300, date(2018, 5, 24)) == ("2018-05-23", "2018-05-24")


# -- an undated report: a "since" start gives no year to the months written after it -------------


def test_a_since_year_is_not_the_year_of_an_undated_reports_later_months() -> None:
    text = (
        "As of 16 January 2019, aid partners had reached 1,200 families in the hub. "
        "The agency has been unable to reach the mills since September 2018 because of fighting. "
        "In the first three weeks of January at least 300 people were displaced to the district."
    )
    assert _fact(text, "en", 300, None) == ("2019-01", "2019-01")
