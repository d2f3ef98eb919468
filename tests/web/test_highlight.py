"""Evidence marking: offsets are trusted only when they point at the sentence."""

from uprooted.web.highlight import Span, evidence_spans, locate, segments

TEXT = "Intro. 5,000 fled the town. 300 homes burned. End."
FLED = "5,000 fled the town."


def test_locate_uses_offsets_that_hold():
    start = TEXT.index(FLED)
    assert locate(TEXT, FLED, start, start + len(FLED)) == (start, start + len(FLED), "offsets")


def test_locate_searches_when_offsets_are_stale():
    start = TEXT.index(FLED)
    assert locate(TEXT, FLED, 0, 10) == (start, start + len(FLED), "searched")


def test_locate_gives_up_on_offsets_outside_the_text():
    assert locate(TEXT, "not in the text", 500, 600) is None


def test_segments_rebuild_the_text_and_mark_overlaps():
    spans = [Span(7, 27, "a"), Span(13, 44, "b")]
    parts = segments(TEXT, spans)
    assert "".join(p.text for p in parts) == TEXT
    assert [p.fact_ids for p in parts] == [[], ["a"], ["a", "b"], ["b"], []]


def test_evidence_spans_skip_what_cannot_be_placed():
    start = TEXT.index(FLED)
    spans = evidence_spans(
        TEXT,
        [
            ("a", [{"text": FLED, "start": start, "end": start + len(FLED)}]),
            ("b", [{"text": "x", "start": -1, "end": -1}]),
        ],
    )
    assert [(s.fact_id, s.start) for s in spans] == [("a", start)]
