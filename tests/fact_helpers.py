"""Helpers the place-choice tests share: the place extraction gives a stated figure."""

from datetime import date

from uprooted.extract import extract_text


def place_of(text, lang, value):
    """The place of the first fact whose figure is `value` (as stated or converted)."""
    found = extract_text(text, lang=lang, published=date(2020, 3, 1), doc_id="t")
    hit = [f for f in found if value in (f.value, f.reported_value)]
    assert hit, [(f.measure, f.value) for f in found]
    return hit[0].place


def measures_found(text, lang, published):
    """The (measure, figure as stated) of every fact found in `text`."""
    return {(f.measure, f.reported_value) for f in extract_text(text, lang=lang, published=published)}
