"""A list of figures in brackets after names ("Deutschland (1,2 Millionen), Polen (960.000) und
Tschechien (380.000)") shares the term before it: `_bracket_list_first` finds each item's first
earlier item from the sentence's `bracket_runs`, built once. A table of thousands of such items
is read in linear time (it was quadratic). Sentences written for these tests."""

from itertools import product
from string import ascii_lowercase

from uprooted.extract.figures import find_figures
from uprooted.extract.rules import rules_for
from uprooted.extract.terms import _bracket_chain, _bracket_list_first, bracket_runs, find_triggers
from uprooted.lang import get_pack


def _items(text, lang):
    pack = get_pack(lang)
    figures = [f for f in find_figures(text, pack) if f.kind == "count"]
    return figures, find_triggers(text, rules_for(pack))


def _first(text, fig, figures, after, triggers):
    return _bracket_list_first(text, fig, figures, after, triggers, bracket_runs(text, figures, triggers))


def _chain_first(text, fig, figures, after, triggers):
    chain = _bracket_chain(text, fig, figures, after, triggers)
    return chain[0] if chain else None


def test_the_first_item_before_a_bracketed_figure_opens_the_list():
    text = "Flüchtlinge leben in Deutschland (1,2 Millionen), Polen (960.000) und Tschechien (380.000)."
    figures, triggers = _items(text, "de")
    assert len(figures) == 3
    assert _first(text, figures[2], figures, 0, triggers) is figures[0]
    assert _first(text, figures[1], figures, 0, triggers) is figures[0]
    # cut where the term before the list ends, and none for the list's first item
    assert _first(text, figures[2], figures, figures[1].start, triggers) is figures[1]
    assert _first(text, figures[0], figures, 0, triggers) is None


def test_a_term_between_two_items_ends_the_list():
    text = "The storm destroyed (4,000) or damaged (5,000) homes in Leyte (3,000) and Samar (2,000)."
    figures, triggers = _items(text, "en")
    for fig in figures:
        assert _first(text, fig, figures, 0, triggers) is _chain_first(text, fig, figures, 0, triggers)
    assert _first(text, figures[1], figures, 0, triggers) is None


def test_bracket_runs_are_a_pure_function_of_the_sentence():
    text = "Flüchtlinge leben in Deutschland (1,2 Millionen), Polen (960.000) und Tschechien (380.000)."
    figures, triggers = _items(text, "de")
    assert bracket_runs(text, figures, triggers) == bracket_runs(text, list(figures), list(triggers))
    # runs of another sentence's figures answer for those figures only
    other = "Flüchtlinge leben in Ungarn (40.000) und Polen (30.000)."
    o_figures, o_triggers = _items(other, "de")
    o_runs = bracket_runs(other, o_figures, o_triggers)
    assert _bracket_list_first(other, o_figures[1], o_figures, 0, o_triggers, o_runs) is o_figures[0]
    assert _first(text, figures[2], figures, 0, triggers) is figures[0]


def test_five_thousand_bracketed_items_are_read_in_one_pass():
    names = ["Qx" + "".join(p) for p in product(ascii_lowercase, repeat=3)][:5000]  # no words
    text = "Refugees live in " + ", ".join(f"{n} ({i + 10000:,})" for i, n in enumerate(names)) + "."
    figures, triggers = _items(text, "en")
    assert len(figures) == 5000
    runs = bracket_runs(text, figures, triggers)
    firsts = [_bracket_list_first(text, f, figures, 0, triggers, runs) for f in figures]
    assert firsts[0] is None
    assert all(f is figures[0] for f in firsts[1:])
    # the one-pass answer is the item-by-item one
    for k in (1, 2, 2500, 4999):
        assert firsts[k] is _chain_first(text, figures[k], figures, 0, triggers)
