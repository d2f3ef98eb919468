from datetime import date

import pytest

from uprooted.models import Document

from .factories import AR_TEXT, NB_TEXT, ar_doc, doc, en_doc, nb_doc


def test_adding_the_same_text_twice_changes_nothing(store):
    first = store.add_documents([nb_doc(), ar_doc()])
    assert (first.added, first.skipped, first.doc_ids) == (2, 0, ["nb_mosul", "ar_mosul"])

    again = store.add_documents([nb_doc(), doc("other_id", NB_TEXT, "nb")])
    assert (again.added, again.skipped) == (0, 2)
    assert again.doc_ids == ["nb_mosul", "nb_mosul"]  # keyed by content: the stored id comes back
    assert store.count_documents() == 2


def test_whitespace_only_difference_is_the_same_document(store):
    store.add_documents([doc("a", "600 fled   the town.\n", "en")])
    result = store.add_documents([doc("b", "600 fled the town.", "en")])
    assert result.skipped == 1 and store.get_document("b") is None


def test_an_id_held_by_another_text_is_never_overwritten(store):
    store.add_documents([doc("index", "First report: 500 fled.", "en")])
    result = store.add_documents([doc("index", "Second report: 900 fled.", "en")])
    assert result.added == 1
    new_id = result.doc_ids[0]
    assert new_id != "index" and result.renamed == {"index": new_id}
    assert store.get_document("index").text == "First report: 500 fled."
    assert store.get_document(new_id).text == "Second report: 900 fled."


def test_unicode_and_all_fields_round_trip(store):
    store.add_documents([nb_doc(), ar_doc()])
    nb = store.get_document("nb_mosul")
    assert nb == nb_doc()  # every field, meta included
    assert nb.meta["nøkkel"] == "verdi" and nb.published == date(2017, 3, 5)
    ar = store.get_document("ar_mosul")
    assert ar.text == AR_TEXT and ar.title == "نزوح من الموصل"
    assert store.get_document("missing") is None


def test_nul_characters_are_kept_in_place(store):
    text = "Header\x00 2,000 people fled."
    store.add_documents([doc("nul", text, "en")])
    stored = store.get_document("nul")
    assert len(stored.text) == len(text) and stored.text.index("2,000") == text.index("2,000")


def test_listing_documents_by_language_with_limit(store):
    store.add_documents([nb_doc(), ar_doc(), en_doc(), doc("nb2", "Tusenvis flyktet.", "nb")])
    assert [d.doc_id for d in store.documents(lang="nb")] == ["nb_mosul", "nb2"]
    assert len(store.documents(limit=3)) == 3
    assert len(store.documents(limit=10, offset=3)) == 1
    assert store.count_documents(lang="ar") == 1
    assert store.doc_ids() == ["ar_mosul", "en_city", "nb2", "nb_mosul"]


def test_a_failure_in_a_batch_keeps_what_was_stored(store):
    def batch():
        yield nb_doc()
        yield ar_doc()
        raise RuntimeError("reader broke")

    with pytest.raises(RuntimeError):
        store.add_documents(batch())
    assert store.count_documents() == 2


def test_a_bad_document_does_not_undo_earlier_ones(store):
    bad = Document.model_construct(
        doc_id="bad", text=None, lang="en", kind="text", content_hash="x" * 64, meta={}
    )
    with pytest.raises(Exception):  # noqa: B017 - whatever the driver raises
        store.add_documents([en_doc(), bad])
    assert store.count_documents() == 1
    assert store.add_documents([ar_doc()]).added == 1  # the store is still usable
