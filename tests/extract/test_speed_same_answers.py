"""The fast paths of extraction give the answers of the plain code they replace (issue 8, 11).

Each shortcut (token counts by bisection, the tokens before a figure from the sentence's token
list, mentions marked in a bytearray instead of tested pairwise, the sentence memo, a date weighed
only when it can win) is checked against the plain computation it stands for, on strings drawn to
hit its edges: underscores, apostrophes, dots and hyphens inside words, offsets inside a word.
"""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from uprooted.extract import extract_text
from uprooted.extract.rules import _TOKEN_RE, _count_between, _count_tokens, _words_before
from uprooted.extract.segment import split_sentences
from uprooted.lang import get_pack

TEXT = st.text(alphabet=st.sampled_from(list("ab1 _.-'’,é٣\n")), max_size=24)


def _plain_count(text: str) -> int:
    return sum(1 for t in _TOKEN_RE.finditer(text) if t.group()[0].isalnum())


def _plain_words_before(text: str, pos: int, n: int) -> int:
    toks = list(_TOKEN_RE.finditer(text[:pos]))
    return toks[-n].start() if len(toks) >= n else 0


@settings(max_examples=400, derandomize=True, deadline=None)
@given(TEXT)
def test_count_tokens_is_the_plain_count(text):
    assert _count_tokens(text) == _plain_count(text)


@settings(max_examples=400, derandomize=True, deadline=None)
@given(TEXT, st.integers(0, 26), st.integers(0, 26))
def test_count_between_counts_the_cut_stretch(text, a, b):
    assert _count_between(text, a, b) == _plain_count(text[a:b])


def test_count_between_inside_a_word():
    text = "U.S.-backed forces and al-Qaeda's men"
    for a in range(len(text) + 1):
        for b in range(len(text) + 2):
            assert _count_between(text, a, b) == _plain_count(text[a:b]), (a, b)


@settings(max_examples=400, derandomize=True, deadline=None)
@given(TEXT, st.integers(1, 26), st.integers(1, 6))
def test_words_before_is_the_plain_offset(text, pos, n):
    assert _words_before(text, pos, n) == _plain_words_before(text, pos, n)


def test_words_before_a_cut_word():
    # "U.S." cut after "U.": the prefix tokenises as "U" and "." where the sentence has "U.S".
    text = "said U.S. officials on Monday"
    for pos in range(1, len(text) + 1):
        for n in range(1, 7):
            assert _words_before(text, pos, n) == _plain_words_before(text, pos, n), (pos, n)


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab A.!? \n\t\u00a0\u2003,1")), max_size=40))
def test_sentences_hold_their_offsets_without_edge_whitespace(text):
    for s in split_sentences(text, get_pack("en"), 8):
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip() and s.text


def _facts(text: str, lang: str = "en") -> list[tuple]:
    return [
        (f.measure, f.value, f.start, f.end, f.place.name if f.place else None, f.evidence[0].start)
        for f in extract_text(text, lang=lang)
    ]


def test_a_repeated_sentence_reads_as_the_first_reading():
    # The sentence memo keys on the text and pack: the same sentence in another document, or
    # twice in one, gives the facts it gives alone.
    one = "Floods displaced 5,000 people in Kassala on Monday."
    alone = _facts(one)
    assert alone and alone[0][:2] == ("displaced", 5000)
    again = _facts(one)
    assert again == alone
    twice = _facts(one + " " + one)
    assert [f[:2] for f in twice] == [("displaced", 5000)]


def test_dates_of_figures_among_many_dates():
    # Figures and dates alternating in one sentence: each figure's date is the first of least
    # cost, now found weighing the nearest dates first; these are the picks the code makes when
    # it weighs every date in full (a date closing the item before a figure, "on 3 May, 2,300",
    # costs more than the one after it, so each figure takes its own day).
    text = (
        "Some 1,200 people fled Kassala on 3 May, 2,300 people fled Gedaref on 9 May and "
        "4,100 people fled Sennar on 17 May, officials said."
    )
    got = [(f.value, f.end) for f in extract_text(text, lang="en", published=date(2024, 5, 20))]
    assert got == [(1200, "2024-05-03"), (2300, "2024-05-09"), (4100, "2024-05-17")]


def test_document_context_is_read_only_when_a_sentence_needs_it(monkeypatch):
    import uprooted.extract.engine as engine

    calls = []
    real = engine._place_context
    monkeypatch.setattr(
        engine, "_place_context", lambda text, pack, *title: calls.append(text) or real(text, pack, *title)
    )
    quiet = "The river rose. People waited for the boats."
    assert extract_text(quiet, lang="en") == []
    assert quiet not in calls  # (the gazetteer may be loaded once, on a blank text)
    busy = "The river rose. Floods displaced 5,000 people in Kassala."
    facts = extract_text(busy, lang="en")
    assert [f.value for f in facts] == [5000] and calls.count(busy) == 1


def test_a_failing_document_context_still_fails_the_document(monkeypatch):
    # Read on first use inside the sentence loop, a failure of the document's dates must not be
    # taken for one bad sentence: the document stops with no facts, as when it was read up
    # front, rather than each sentence trying again.
    import uprooted.extract.engine as engine

    calls = []

    def broken(*args):
        calls.append(1)
        raise RuntimeError("dates broke")

    monkeypatch.setattr(engine, "_doc_dates", broken)
    text = "Floods displaced 5,000 people in Kassala. Another 2,000 people fled Sennar."
    assert extract_text(text, lang="en") == []
    assert calls == [1]  # the document stopped there; its next sentence did not try again


def test_threads_share_the_sentence_memo_safely():
    # More distinct sentences than the memo holds, read by several threads at once: every thread
    # gets the facts a lone reading gives (no lost entry, no error swallowed as a bad sentence).
    from concurrent.futures import ThreadPoolExecutor

    import uprooted.extract.engine as engine

    texts = [
        f"Floods displaced {1000 + i * 7:,} people in Kassala. Some {200 + i} families fled Sennar."
        for i in range(engine._MEMO_SIZE // 2 + 40)
    ]
    alone = [_facts(t) for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        together = list(pool.map(_facts, texts))
    assert together == alone
    assert all(len(f) == 2 for f in alone)
