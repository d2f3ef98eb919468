"""The bisected look-ups of a document's place context answer as the plain scans they replace
(issue 8): the last dateline, and the last country named behind a locative preposition, before
an offset. Mentions are drawn with equal starts, datelines, mentions without a place, and
offsets before, between and after them."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from uprooted.extract.placing import _last_located_country, _PlaceContext
from uprooted.extract.rules import rules_for
from uprooted.lang import get_pack
from uprooted.models import Place
from uprooted.places.finder import PlaceMention

TEXT = "in Mali, from Chad; in Niger and in Sudan. Kenya said, in Togo " * 2
WORDS = rules_for(get_pack("en")).place


def _plain_located(ctx, before, text, words):
    found = None
    for m in ctx.mentions:
        if m.start >= before:
            break
        if (
            m.kind == "country"
            and m.place is not None
            and m.place.country
            and id(m) not in ctx.datelines
            and words.locative_before.search(text[max(0, m.start - 12) : m.start])
        ):
            found = m
    return found


def _plain_dateline(ctx, before):
    found = None
    for m in ctx.mentions:
        if m.start >= before:
            break
        if id(m) in ctx.datelines and m.place is not None and m.place.name and m.level >= 1:
            found = m
    return found


MENTION = st.tuples(
    st.integers(0, len(TEXT) - 5),
    st.sampled_from(["country", "city", "demonym"]),
    st.booleans(),  # has a place
    st.booleans(),  # is a dateline
    st.integers(-1, 3),
)


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.lists(MENTION, max_size=12), st.lists(st.integers(-1, len(TEXT) + 1), max_size=8))
def test_bisected_lookups_answer_as_the_scans(drawn, offsets):
    mentions, datelines = [], set()
    for start, kind, placed, dateline, level in sorted(drawn, key=lambda d: d[0]):
        place = Place(text="x", name="X", country="MLI") if placed else None
        m = PlaceMention(start, start + 4, TEXT[start : start + 4], place, kind, level)
        mentions.append(m)
        if dateline:
            datelines.add(id(m))
    ctx = _PlaceContext(mentions=mentions, datelines=datelines)
    for before in offsets:
        assert _last_located_country(ctx, before, TEXT, WORDS) is _plain_located(ctx, before, TEXT, WORDS)
        assert ctx.dateline_before(before) is _plain_dateline(ctx, before)
    # a mention added later (the index is rebuilt, not stale)
    extra = PlaceMention(len(TEXT) - 4, len(TEXT), "Togo", Place(country="TGO"), "country", 0)
    ctx.mentions.append(extra)
    assert _last_located_country(ctx, len(TEXT) + 1, TEXT, WORDS) is _plain_located(
        ctx, len(TEXT) + 1, TEXT, WORDS
    )


def test_the_last_located_country_before_a_sentence():
    text = "People fled in Mali. Later in Niger, more arrived. Chad said."
    mk = lambda s, w, c: PlaceMention(s, s + len(w), w, Place(name=w, country=c), "country", 0)  # noqa: E731
    mali, niger, chad = mk(15, "Mali", "MLI"), mk(30, "Niger", "NER"), mk(51, "Chad", "TCD")
    ctx = _PlaceContext(mentions=[mali, niger, chad])
    assert _last_located_country(ctx, 20, text, WORDS) is mali
    assert _last_located_country(ctx, 60, text, WORDS) is niger  # "Chad said": no preposition
    assert _last_located_country(ctx, 15, text, WORDS) is None
