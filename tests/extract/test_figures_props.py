"""Properties of find_figures / find_dates on arbitrary text: never raise, spans valid."""

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from uprooted.extract.dates import fact_period, find_dates
from uprooted.extract.figures import find_figures
from uprooted.lang.en import PACK as EN_PACK
from uprooted.lang.nb import PACK as NB_PACK

PACKS = [EN_PACK, NB_PACK]
PIECES = st.sampled_from(
    [
        "12",
        "1,5",
        "45.000",
        "400,00",
        " ",
        "-",
        "and",
        "og",
        "between",
        "mellom",
        "over",
        "about",
        "thousand",
        "tusen",
        "million",
        "millioner",
        "people",
        "mai",
        "May",
        "Sunday",
        "since",
        "siden",
        "2016",
        "%",
        "$",
        "km",
        ".",
        ",",
        "\u00a0",
        "\u0664",
        "tens of",
        "hundreds",
    ]
)
TEXTS = st.lists(PIECES, max_size=25).map(" ".join) | st.text(max_size=120)


@settings(max_examples=150, deadline=None)
@given(TEXTS, st.sampled_from(PACKS))
def test_figures_never_raise_and_spans_match(text, pack):
    for f in find_figures(text, pack):
        assert text[f.start : f.end] == f.text
        assert f.start <= f.number_start <= f.number_end <= f.end
        if f.low is not None and f.high is not None:
            assert f.low <= f.high


@settings(max_examples=150, deadline=None)
@given(TEXTS, st.sampled_from(PACKS), st.sampled_from([None, date(2017, 3, 5)]))
def test_dates_never_raise_and_give_iso(text, pack, published):
    mentions = find_dates(text, pack, published)
    for m in mentions:
        assert text[m.start : m.end] == m.text
        for iso in (m.start_date, m.end_date):
            assert iso is None or len(iso) in (4, 7, 10)
    start, end = fact_period(text, 0, min(3, len(text)), mentions, published, False)
    assert end is None or isinstance(end, str)
