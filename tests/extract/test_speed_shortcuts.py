"""More fast paths of extraction against the plain computation each replaces (issue 8, 11):
the best place by its keys one at a time, the clause breaks of a gap behind a literal test, the
raw date mentions kept for the last texts, the gazetteer lookups kept by key, and what the place
scan assumes of its lexicon (where an area phrase is, which words open a case-sensitive form and
end an alias)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from uprooted.extract import dates
from uprooted.extract.placing import _first_best
from uprooted.extract.rules import rules_for
from uprooted.extract.terms import _clause_breaks
from uprooted.lang import all_packs, get_pack
from uprooted.places import finder
from uprooted.places.gazetteer import gazetteer

CODES = sorted({p.code for p in all_packs().values()})


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.lists(st.tuples(st.booleans(), st.integers(0, 3), st.booleans(), st.integers(0, 2)), min_size=1))
def test_first_best_is_min_over_the_key_tuple(rows):
    items = list(range(len(rows)))
    keys = (lambda i: rows[i][0], lambda i: rows[i][1], lambda i: rows[i][2], lambda i: rows[i][3])
    assert _first_best(items, keys) == min(items, key=lambda i: tuple(k(i) for k in keys))


# pieces of gaps: clause-break words of several packs, their look-alikes, and characters the
# regex engine folds otherwise than str.lower ("İ", "ſ", the Kelvin sign)
PIECES = [
    "but",
    " while ",
    "mais",
    "aber",
    " og ",
    " y ",
    "و",
    "butter",
    ";",
    ":",
    " - ",
    "T",
    "İ",
    "ſ",
    "K",
    " ",
    ",",
    ".",
]
GAPS = st.lists(st.sampled_from(PIECES), max_size=8).map("".join)


@settings(max_examples=300, derandomize=True, deadline=None)
@given(GAPS, st.sampled_from(CODES))
def test_clause_breaks_are_the_plain_count(gap, code):
    rules = rules_for(get_pack(code))
    if rules.clause_break is not None:
        assert _clause_breaks(gap, rules) == len(rules.clause_break.findall(gap))


def test_raw_date_mentions_kept_are_those_scanned():
    text = "On 3 March 2024 and again on Monday, 2,000 people fled; three days ago 500 more left."
    for code in CODES:
        comp = dates._compile(get_pack(code))
        norm = dates.normalise(text)
        first = dates._raw_mentions(norm, comp)
        again = dates._raw_mentions(norm, comp)
        assert again is first  # kept, not scanned again
        assert [vars(r) for r in first] == [vars(r) for r in dates._scan_raw(norm, comp)]
    en, fr = dates._compile(get_pack("en")), dates._compile(get_pack("fr"))
    norm = dates.normalise("le 3 mars 2024, on 3 March 2024")
    assert [vars(r) for r in dates._raw_mentions(norm, fr)] == [vars(r) for r in dates._scan_raw(norm, fr)]
    assert [vars(r) for r in dates._raw_mentions(norm, en)] == [vars(r) for r in dates._scan_raw(norm, en)]


def test_lookups_kept_are_the_plain_lookups():
    gaz = gazetteer()
    lex = finder._lexicon("en")
    for key in ("kassala", "syria", "grand anse", "new york", "jolster", "mosuls", "no such place", "iraks"):
        assert finder._lookup(key, lex, gaz) == finder._lookup_uncached(key, lex, gaz)
        assert finder._lookup(key, lex, gaz) == finder._lookup_uncached(key, lex, gaz)


def test_the_area_word_pattern_finds_every_area_phrase_as_written():
    # `_area_word_in` gates the area patterns on it: it must find each phrase in any case
    for code in CODES:
        lex = finder._lexicon(code)
        if lex.area_word_re is None:
            continue
        for phrase in get_pack(code).places.areas:
            for written in (phrase, phrase.upper(), phrase.title()):
                assert lex.area_word_re.search(f"x {written} y") is not None, (code, written)


def test_the_scan_knows_every_form_head_and_alias_tail():
    gaz = gazetteer()
    for code in [*CODES, None]:
        lex = finder._lexicon(code)
        for key in lex.aliases:
            assert key.rsplit(" ", 1)[-1] in lex.alias_tails
        if lex.exact_heads is not None:
            for form in (*lex.exact_aliases, *gaz.exact):
                assert finder._TOKEN_RE.match(form).group() in lex.exact_heads


def test_case_sensitive_forms_and_aliases_are_still_found():
    found = finder.find_places("Fighting in the DRC and in Côte d'Ivoire displaced many.", get_pack("en"))
    assert {m.text for m in found} >= {"DRC"}


def test_dates_read_again_for_another_publication_date_are_those_read_fresh():
    # the raw mentions of a text are kept across readings; `_years_from_sentence` sets years on
    # its own copies for one publication date, never on the kept ones
    from datetime import date

    text = "In 2014, 311 people fled between July and August. In May 2,000 more left."
    pack = get_pack("en")
    readings = [date(2015, 3, 1), date(2014, 6, 1), None, date(2015, 3, 1)]
    kept = [dates.find_dates(text, pack, published) for published in readings]
    fresh = []
    for published in readings:
        dates._RAW_MEMO.clear()
        fresh.append(dates.find_dates(text, pack, published))
    assert kept == fresh


# pieces of sentences for the word-class features: class words of several packs as I write
# them, look-alikes, and characters the regex engine folds otherwise than str.lower
CLASS_PIECES = [
    "were killed",
    " injured ",
    "did not",
    " could ",
    "food aid",
    " need ",
    "hospital",
    "were arrested",
    "migrants",
    "nationwide",
    "last week",
    "tués",
    "blessés",
    " ne pas ",
    "Verletzte",
    "Hilfe",
    "قتلى",
    "İ",
    "ſ",
    "K",
    " ",
    ",",
    "2,000",
]
CLASS_TEXTS = st.lists(st.sampled_from(CLASS_PIECES), max_size=10).map("".join)


@settings(max_examples=300, derandomize=True, deadline=None)
@given(CLASS_TEXTS, st.sampled_from(CODES), st.integers(0, 120), st.integers(0, 120))
def test_class_prefilter_never_hides_a_match(text, code, lo, hi):
    """`candidate_features` skips a word class whose literals are not in the sentence: it may
    only do so when neither the window search nor the whole-sentence search finds the class."""
    from uprooted.extract.features import _class_literals, _near, _present

    classes, every = _class_literals(rules_for(get_pack(code)))
    assert classes
    present = _present(text, every)
    for _, pattern, lits in classes:
        if pattern.search(text) is not None or _near(pattern, text, lo - 60, hi):
            assert present.may_match(lits)


@settings(max_examples=500, derandomize=True, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_fold_of_ascii_is_the_full_fold(text):
    """`fold` returns an ASCII token lowered at once; the full path (Arabic marks, casefold,
    NFKD, combining marks) must give the same."""
    import unicodedata

    from uprooted.places.gazetteer import _ARABIC_MARKS_RE, fold

    decomposed = unicodedata.normalize("NFKD", _ARABIC_MARKS_RE.sub("", text).casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    assert fold(text) == plain


@settings(max_examples=300, derandomize=True, deadline=None)
@given(CLASS_TEXTS, st.sampled_from(CODES))
def test_trigger_patterns_to_run_are_those_the_prefilter_lets_run(text, code):
    """`find_triggers` runs the patterns named by the literals of the text: the same, in the
    same order, as asking the prefilter of each pattern in turn."""
    from uprooted.extract.prefilter import Prefilter
    from uprooted.extract.terms import _to_run, _trigger_literals

    rules = rules_for(get_pack(code))
    lits = _trigger_literals(rules)
    pre = Prefilter(text + " fled were displaced evacuated", lits.universe)
    for table, index in ((lits.triggers, lits.trigger_index), (lits.glued, lits.glued_index)):
        plain = [i for i, need in enumerate(table) if pre.may_match(need)]
        assert list(_to_run(pre, index, len(table))) == plain
