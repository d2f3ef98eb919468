"""The date scans tried only where a match can begin (`dates._Starts`) find exactly what a scan
of every position finds, in every language pack."""

from __future__ import annotations

import pytest

from uprooted.extract import dates as D
from uprooted.extract.figures import normalise
from uprooted.lang import all_packs

TEXTS = [
    "On 3 May 2015, 2,000 people fled; by 3-5 June more had left (2016-17, the 1990s).",
    "Since January 12, some 40,000 were displaced, up from 12,000 last month and 3/5/2015.",
    "In 2014, 2015 and 2016 the 1992 floods were recalled; on Monday officials said so.",
    "x12345 days, a3 days, the past 12 days, three days ago, 3 days ago, in the first quarter of 2018.",
    "Seit dem 17. Oktober flohen 5.000 Menschen, vor drei Tagen, das Hochwasser 2013 mussten.",
    "Depuis le 3 mai, il y a trois jours, 2 000 personnes ont fui; lundi dernier en 2019.",
    "Desde el 3 de mayo, hace tres días, 2.000 personas huyeron el lunes pasado en 2019.",
    "Siden 17. oktober har 5000 flyktet, for tre dager siden, i fjor og i 2019.",
    "منذ 3 مايو 2015 نزح 2000 شخص يوم الاثنين في عام 2019",
    "İstanbul MAYIS ǅ ſeptember K Ⅰ 2015 — unusual folds scan every position as before.",
    "1" * 50 + " " + "may " * 20 + "MARCH" + "2015" * 10,
    "",
]


def _scans(comp):
    skipping = D._skipping(comp)
    names = ["duration", "day_month", "month_day", "day_range", "month_year", "weekday", "phrase"]
    names += ["year", "event_year", "bare_years", "year_part"]
    found = [(n, getattr(skipping, n)) for n in names if getattr(skipping, n, None) is not None]
    found += [(f"ago{i}", p) for i, p in enumerate(skipping.ago)]
    return found + [("iso", D._ISO), ("numeric", D._NUMERIC), ("decade", D._DECADE)]


@pytest.mark.parametrize("code", sorted(all_packs()))
def test_starts_find_what_every_position_finds(code):
    comp = D._compile(all_packs()[code])
    assert comp.leads  # the scans of this pack are tried at their starts only
    for text in TEXTS:
        norm = normalise(text)
        starts = D._Starts(norm, comp)
        for name, pattern in _scans(comp):
            plain = pattern.pattern if isinstance(pattern, D.SkipWhenAbsent) else pattern
            want = [(m.span(), m.groups()) for m in plain.finditer(norm)]
            got = [(m.span(), m.groups()) for m in D._finditer(pattern, name, norm, starts)]
            assert got == want, (code, name, text)


def test_lead_is_none_for_a_word_not_opening_with_a_letter():
    assert D._lead(["mid-2015", "1st"]) is None
    assert D._lead(["January", "jan", "mid June"]) == (3, frozenset({"jan", "mid"}))
    assert D._lead([]) == (3, frozenset())


def test_scan_gives_up_on_an_empty_match():
    import re

    assert D._scan(re.compile(r"a*"), "bab", [0, 1, 2]) is None
    assert [m.span() for m in D._scan(re.compile(r"\d+"), "a12 3", [1, 4])] == [(1, 3), (4, 5)]


def test_find_dates_unchanged_on_an_unusual_fold():
    pack = all_packs()["en"]
    norm = normalise("İ 3 May 2015")
    assert not D._Starts(norm, D._compile(pack)).ok  # "İ" lowers to two characters: scan as before
    got = [(d.text, d.start_date) for d in D.find_dates("İ 3 May 2015", pack, None)]
    assert got == [("3 May 2015", "2015-05-03")]
