"""Near-duplicates: a syndicated copy is one, the same event in other words or an update is not."""

from __future__ import annotations

import random
from datetime import date

from ingest_texts import EN_STORY, OTHER_WORDS_SAME_EVENT, WIRE_BODY

from uprooted.ingest import near_duplicates
from uprooted.ingest.dedupe import shingles
from uprooted.models import Document


def doc(doc_id: str, text: str, published: date | None = None) -> Document:
    return Document(doc_id=doc_id, text=text, published=published)


WIRE = doc("wire", "Thousands flee fighting in Kessara\n\n" + WIRE_BODY, date(2017, 3, 6))
SYNDICATED = doc(
    "paper",
    "UN: 18,500 uprooted as Kessara battle rages\n\n"
    + WIRE_BODY
    + "\n\nReporting by our correspondents; editing by the news desk. Follow us for more world news.",
    date(2017, 3, 7),
)
TRIMMED = doc("trimmed", WIRE_BODY.rsplit(". ", 2)[0] + ".", date(2017, 3, 7))  # last two sentences cut
RETOLD = doc("retold", OTHER_WORDS_SAME_EVENT, date(2017, 3, 6))
UPDATE = doc("update", WIRE_BODY.replace("18,500", "26,000"), date(2017, 3, 8))


def test_syndicated_copy_with_other_headline_and_footer_is_a_near_duplicate():
    assert near_duplicates([SYNDICATED, WIRE]) == {"paper": "wire"}  # earlier published wins


def test_trimmed_copy_is_a_near_duplicate():
    assert near_duplicates([WIRE, TRIMMED]) == {"trimmed": "wire"}


def test_same_event_in_other_words_is_not():
    assert near_duplicates([WIRE, RETOLD]) == {}


def test_an_update_with_a_new_figure_is_not_a_copy():
    assert near_duplicates([WIRE, UPDATE]) == {}


def test_unrelated_story_and_empty_text_are_left_alone():
    assert near_duplicates([WIRE, doc("floods", EN_STORY), doc("empty", "")]) == {}


def test_copies_point_at_the_first_of_their_group_and_ties_keep_input_order():
    copy_a = doc("copy-a", SYNDICATED.text)  # exact copy, undated: later than any dated doc
    result = near_duplicates([copy_a, SYNDICATED, WIRE])
    assert result == {"paper": "wire", "copy-a": "wire"}
    undated = [doc("first", WIRE.text), doc("second", WIRE.text)]
    assert near_duplicates(undated) == {"second": "first"}


def test_same_answer_every_run_and_scales_to_thousands():
    rng = random.Random(7)
    vocabulary = [f"w{i}" for i in range(5000)]
    docs = [doc(f"d{i}", " ".join(rng.choices(vocabulary, k=150))) for i in range(1500)]
    docs.append(doc("copy-of-d5", docs[5].text + " Reprinted with permission."))
    first = near_duplicates(docs)
    assert first == {"copy-of-d5": "d5"}
    assert near_duplicates(docs) == first


def test_shingles_ignore_case_and_punctuation():
    assert shingles("More than 12,000 people FLED.") == shingles("more than 12 000 people fled")


def test_a_quoted_paragraph_inside_a_long_analysis_is_not_a_copy():
    paragraph = WIRE_BODY.split(". ")[0] + "."
    analysis = doc(
        "analysis", EN_STORY + "\n" + paragraph + "\n" + OTHER_WORDS_SAME_EVENT.replace("18,500", "about")
    )
    assert near_duplicates([doc("brief", paragraph), analysis]) == {}
