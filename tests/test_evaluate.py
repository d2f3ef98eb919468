"""The scorer's rules (spec/facts.md), on gold and system facts written here."""

import json

from uprooted.evaluate import core_match, full_match, render_error_report, score


def gold_doc(facts, mode="document", optional=(), lang="en", doc_id="d1", text="Some text."):
    return {
        "doc_id": doc_id,
        "lang": lang,
        "text": text,
        "facts": list(facts),
        "optional": list(optional),
        "mode": mode,
    }


FLED = {
    "measure": "displaced",
    "value": 3000,
    "qualifier": "exact",
    "end": "2019-05-02",
    "place": {"name": "Beira", "country": "MOZ"},
}


def system(**over):
    fact = {
        "doc_id": "d1",
        "measure": "displaced",
        "value": 3000,
        "reported_value": 3000,
        "qualifier": "exact",
        "end": "2019-05-02",
        "start": None,
        "place": {"name": "Beira", "country": "MOZ"},
        "confidence": 0.9,
        "term": "fled",
        "unit": "people",
        "evidence": [{"text": "x", "start": 0, "end": 1}],
    }
    fact.update(over)
    return fact


def test_core_needs_measure_and_value():
    assert core_match(FLED, system())
    assert not core_match(FLED, system(measure="returned"))
    assert not core_match(FLED, system(value=3001, reported_value=3001))
    # households converted to people still match on the figure as written
    assert core_match(FLED, system(value=15000, reported_value=3000))


def test_vague_gold_matches_order_of_magnitude():
    gold = {"measure": "displaced", "value": 1000, "qualifier": "vague"}
    assert core_match(gold, system(value=4000))
    assert not core_match(gold, system(value=400))


def test_range_gold_matches_either_bound():
    gold = {"measure": "displaced", "value": 5000, "qualifier": "range"}
    assert core_match(gold, system(value=3000, low=3000, high=5000))


def test_full_needs_place_and_dates_to_the_precision_gold_gives():
    assert full_match(FLED, system())
    assert not full_match(FLED, system(place={"name": "Beira", "country": "MWI"}))
    assert not full_match(FLED, system(end="2019-05-03"))
    month_gold = dict(FLED, end="2019-05")
    assert full_match(month_gold, system(end="2019-05-30"))
    listed = dict(FLED, end=["2019-04", "2019-05-02"])
    assert full_match(listed, system(end="2019-04-11"))


def test_document_mode_counts_false_facts_and_optional_ones_do_not():
    optional = [{"measure": "displaced", "value": 1000, "qualifier": "vague"}]
    res = score(
        [gold_doc([FLED], optional=optional)],
        [system(), system(value=2000, reported_value=2000), system(value=50000, reported_value=50000)],
    )
    assert res.core["all"]["tp"] == 1
    # 2000 has the vague optional's order of magnitude, 50000 does not: one false fact
    assert res.core["all"]["fp"] == 1


def test_excerpt_mode_is_recall_only_with_accuracies():
    gold = {
        "measure": "displaced",
        "value": 700,
        "reported_value": 700,
        "term": "evacuated",
        "unit": "people",
        "place": {"country": "PHL"},
    }
    res = score(
        [gold_doc([gold], mode="excerpt")],
        [
            system(value=700, reported_value=700, term="evacuated", place={"country": "PHL"}),
            system(value=9, reported_value=9),
        ],
    )
    assert res.core["all"]["fp"] == 0
    assert res.excerpt == {"n": 1, "figure": 1.0, "measure": 1.0, "term": 1.0, "unit": 1.0, "country": 1.0}


def test_precision_at_confidence_separates_thresholds():
    res = score(
        [gold_doc([FLED])], [system(confidence=0.95), system(value=77, reported_value=77, confidence=0.6)]
    )
    assert res.precision_at[">=0.8"] == {"p": 1.0, "facts": 1}
    assert res.precision_at[">=0.5"] == {"p": 0.5, "facts": 2}


def test_error_report_lists_misses_and_false_facts_with_their_words():
    text = "About 3,000 people fled Beira on Thursday. A ferry carried 77 passengers."
    res = score(
        [gold_doc([FLED], text=text)],
        [
            system(
                value=77,
                reported_value=77,
                evidence=[{"text": "A ferry carried 77 passengers.", "start": 43, "end": 73}],
            )
        ],
    )
    report = render_error_report(res)
    assert "Misses" in report and "3,000 people fled Beira" in report
    assert "A ferry carried 77 passengers." in report
    json.dumps(res.to_dict())  # serialisable


def test_false_facts_on_documents_with_no_gold_fact_are_counted_per_document():
    gold = [
        {"doc_id": "empty-1", "lang": "fr", "mode": "document", "facts": []},
        {
            "doc_id": "empty-2",
            "lang": "fr",
            "mode": "document",
            "facts": [],
            "optional": [{"measure": "displaced", "value": 300}],
        },
        {
            "doc_id": "full",
            "lang": "fr",
            "mode": "document",
            "facts": [{"measure": "displaced", "value": 10}],
        },
    ]
    system = [
        {"doc_id": "empty-1", "measure": "displaced", "value": 5},
        {"doc_id": "empty-1", "measure": "sheltered", "value": 7},
        {"doc_id": "empty-2", "measure": "displaced", "value": 300},  # optional: not false
        {"doc_id": "full", "measure": "displaced", "value": 99},  # false, but not on a no-fact doc
    ]
    result = score(gold, system)
    assert result.empty_docs["all"] == {"documents": 2, "false_facts": 2, "per_document": 1.0}
    assert result.empty_docs["fr"]["documents"] == 2


def test_a_gold_document_can_name_its_text_in_a_jsonl_corpus(tmp_path):
    from uprooted.evaluate import gold_documents

    corpus = tmp_path / "corpus" / "news.jsonl"
    corpus.parent.mkdir()
    corpus.write_text(
        json.dumps({"id": "a1", "lang": "fr", "text": "Plus de 3 000 personnes ont fui."})
        + "\n"
        + json.dumps({"id": "a1", "lang": "en", "text": "More than 3,000 people fled."})
        + "\n",
        encoding="utf-8",
    )
    gold_path = tmp_path / "gold" / "test.jsonl"
    gold_path.parent.mkdir()
    gold = [
        {"doc_id": "a1", "lang": "en", "corpus": "../corpus/news.jsonl", "corpus_id": "a1", "facts": []},
        {"doc_id": "gone", "lang": "en", "corpus": "../corpus/news.jsonl", "corpus_id": "zz", "facts": []},
    ]
    records = gold_documents(gold, gold_path)
    assert [(r["id"], r["text"]) for r in records] == [("a1", "More than 3,000 people fled.")]


def test_a_corpus_record_gives_its_title_to_the_gold_document(tmp_path):
    """Ingest keeps a JSON Lines record's title beside its text; so does evaluation (an undated
    report's title may hold its date)."""
    from uprooted.evaluate import gold_documents

    corpus = tmp_path / "news.jsonl"
    lines = [
        {"id": "t1", "lang": "en", "title": "Flood bulletin, 2 May 2019", "text": "About 500 people fled."},
        {"id": "t2", "lang": "en", "title": "", "text": "About 600 people fled."},
    ]
    corpus.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    gold = [
        {"doc_id": d, "lang": "en", "corpus": "news.jsonl", "corpus_id": d, "facts": []} for d in ("t1", "t2")
    ]
    records = gold_documents(gold, tmp_path / "gold.jsonl")
    assert [r.get("title") for r in records] == ["Flood bulletin, 2 May 2019", None]


def test_core_only_failures_name_their_causes_by_language():
    from uprooted.evaluate import core_only_failures, failure_causes_of, render_core_only

    gold = [
        {
            "doc_id": "a",
            "lang": "de",
            "facts": [
                {"measure": "displaced", "value": 400, "place": {"name": "Rosenheim", "country": "DEU"}},
                {"measure": "displaced", "value": 900, "start": "2019-01-01", "end": "2019-06-30"},
                {"measure": "sheltered", "value": 50, "place": {"name": "Graz", "country": "AUT"}},
            ],
        }
    ]
    system = [
        {"doc_id": "a", "measure": "displaced", "value": 400, "place": {"name": "Austria", "country": "AUT"}},
        {"doc_id": "a", "measure": "displaced", "value": 900, "start": "2019", "end": "2019-06-30"},
        {"doc_id": "a", "measure": "sheltered", "value": 50, "place": {"name": "Graz", "country": "AUT"}},
    ]
    found = core_only_failures(gold, system)
    assert [(f.gold["value"], f.causes) for f in found] == [
        (400, ["country", "place name"]),
        (900, ["start date"]),
    ]
    assert failure_causes_of(gold[0]["facts"][2], system[2]) == []
    report = render_core_only(found)
    assert "| country | 1 | 1 |" in report and "| start date | 1 | 1 |" in report
    assert "| end date |" not in report  # no failure of that cause: no row
