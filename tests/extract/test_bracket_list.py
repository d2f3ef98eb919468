"""A list of figures in brackets after names ("Deutschland (1,2 Millionen), Polen (960.000) und
Tschechien (380.000)") shares the term before it: `_bracket_list_before` finds each item's
earlier items. A table of thousands of such items is read in linear time (it was quadratic).
Sentences written for these tests."""

from itertools import product
from string import ascii_lowercase

from uprooted.extract.figures import find_figures
from uprooted.extract.rules import rules_for
from uprooted.extract.terms import _bracket_chain, _bracket_list_before, find_triggers
from uprooted.lang import get_pack


def _items(text, lang):
    pack = get_pack(lang)
    figures = [f for f in find_figures(text, pack) if f.kind == "count"]
    return figures, find_triggers(text, rules_for(pack))


def test_the_items_before_a_bracketed_figure_are_the_list():
    text = "Flüchtlinge leben in Deutschland (1,2 Millionen), Polen (960.000) und Tschechien (380.000)."
    figures, triggers = _items(text, "de")
    assert len(figures) == 3
    listed = _bracket_list_before(text, figures[2], figures, 0, triggers)
    assert listed == figures[:2]
    # cut where the term before the list ends, and empty for the list's first item
    assert _bracket_list_before(text, figures[2], figures, figures[1].start, triggers) == figures[1:2]
    assert _bracket_list_before(text, figures[0], figures, 0, triggers) == []


def test_a_term_between_two_items_ends_the_list():
    text = "The storm destroyed (4,000) or damaged (5,000) homes in Leyte (3,000) and Samar (2,000)."
    figures, triggers = _items(text, "en")
    for fig in figures:
        expect = _bracket_chain(text, fig, figures, 0, triggers)
        assert _bracket_list_before(text, fig, figures, 0, triggers) == expect
    assert _bracket_list_before(text, figures[1], figures, 0, triggers) == []


def test_five_thousand_bracketed_items_are_read_in_one_pass():
    names = ["Qx" + "".join(p) for p in product(ascii_lowercase, repeat=3)][:5000]  # no words
    text = "Refugees live in " + ", ".join(f"{n} ({i + 10000:,})" for i, n in enumerate(names)) + "."
    figures, triggers = _items(text, "en")
    assert len(figures) == 5000
    lists = [_bracket_list_before(text, f, figures, 0, triggers) for f in figures]
    assert [len(x) for x in lists] == list(range(5000))
    assert lists[-1][0] is figures[0]
    # the one-pass answer is the item-by-item one
    for k in (1, 2, 2500, 4999):
        assert lists[k] == _bracket_chain(text, figures[k], figures, 0, triggers)
