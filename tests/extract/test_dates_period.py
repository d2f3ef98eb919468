"""fact_period: which date mention governs a figure, for flows and stocks."""

from datetime import date

from uprooted.extract.dates import fact_period, find_dates
from uprooted.extract.figures import find_figures
from uprooted.lang.en import PACK as EN_PACK
from uprooted.lang.nb import PACK as NB_PACK

EN = EN_PACK
NB = NB_PACK
PUB = date(2018, 6, 10)  # a Sunday


def periods(text, pack=EN, stock=False, published=PUB):
    dates = find_dates(text, pack, published)
    out = {}
    for f in find_figures(text, pack):
        if f.kind == "count":
            out[f.value] = fact_period(text, f.start, f.end, dates, published, stock, pack)
    return out


def test_each_figure_takes_its_own_point_and_shares_the_since():
    text = "Arrivals since the floods began in March reached 52,000 on Sunday, up from 31,000 on June 1."
    got = periods(text)
    assert got[52000] == ("2018-03", "2018-06-10")
    assert got[31000] == ("2018-03", "2018-06-01")


def test_flow_on_a_day_starts_and_ends_that_day():
    assert periods("Some 7,000 residents fled on Friday.")[7000] == ("2018-06-08", "2018-06-08")
    assert periods("On Friday, 7,000 residents fled.")[7000] == ("2018-06-08", "2018-06-08")


def test_flow_since_ends_at_publication():
    assert periods("About 9,500 residents have fled since 20 May.")[9500] == ("2018-05-20", "2018-06-10")


def test_flow_over_a_period():
    assert periods("About 9,500 residents fled in the past week.")[9500] == ("2018-06-03", "2018-06-10")


def test_flow_without_a_date_ends_at_publication():
    assert periods("About 9,500 residents fled.")[9500] == (None, "2018-06-10")
    assert periods("About 9,500 residents fled.", published=None)[9500] == (None, None)


def test_stock_has_only_an_end():
    assert periods("About 9,500 people remain in the camp.", stock=True)[9500] == (None, "2018-06-10")
    got = periods("As of 2 June, 9,500 people remain in the camp.", stock=True)
    assert got[9500] == (None, "2018-06-02")
    got = periods("Last month officials said 9,500 people remain in the camp.", stock=True)
    assert got[9500] == (None, "2018-05")


def test_since_does_not_cross_into_the_next_sentence():
    text = "On Friday 2,000 residents fled. Officials say 9,500 have fled since 20 May."
    got = periods(text)
    assert got[2000] == ("2018-06-08", "2018-06-08")
    assert got[9500] == ("2018-05-20", "2018-06-10")


def test_norwegian_sentence():
    text = "Bare i løpet av fredag kom det 4.000 flyktninger, og 11.000 har flyktet siden 20. mai."
    got = periods(text, pack=NB)
    assert got[4000] == ("2018-06-08", "2018-06-08")
    assert got[11000] == ("2018-05-20", "2018-06-10")


SUNDAY = date(2017, 3, 5)


def test_a_reporting_date_only_ends_a_flow():
    got = periods("Officials said on Sunday that 6,300 people have fled.", published=SUNDAY)
    assert got[6300] == (None, "2017-03-05")
    got = periods("On Friday, officials said 6,300 people had fled the valley.", published=SUNDAY)
    assert got[6300] == (None, "2017-03-03")
    got = periods("Some 6,300 people have fled, the agency announced on Friday.", published=SUNDAY)
    assert got[6300] == (None, "2017-03-03")


def test_an_event_date_before_a_reporting_verb_stays_the_event_date():
    got = periods("Some 6,300 people fled on Friday, officials said.", published=SUNDAY)
    assert got[6300] == ("2017-03-03", "2017-03-03")


def test_a_reporting_date_keeps_the_since():
    got = periods("Officials said on Sunday that 6,300 people have fled since 1 March.", published=SUNDAY)
    assert got[6300] == ("2017-03-01", "2017-03-05")


def test_norwegian_reporting_date_and_fra():
    got = periods("Politiet opplyste fredag at 6300 mennesker har flyktet.", pack=NB, published=SUNDAY)
    assert got[6300] == (None, "2017-03-03")
    got = periods("Fra 1. mars har 6300 mennesker flyktet fra byen.", pack=NB, published=SUNDAY)
    assert got[6300] == ("2017-03-01", "2017-03-05")


def test_the_pack_is_read_from_the_mentions_when_not_passed():
    text = "Officials said on Sunday that 6,300 people have fled."
    dates = find_dates(text, EN, SUNDAY)
    f = next(f for f in find_figures(text, EN) if f.kind == "count")
    assert fact_period(text, f.start, f.end, dates, SUNDAY, False) == (None, "2017-03-05")
