def test_links_are_replaced_as_a_whole(store):
    assert store.links() == {}
    store.set_links({"nb_mosul": "ev1", "ar_mosul": "ev1", "en_city": "ev2"})
    assert store.links() == {"ar_mosul": "ev1", "en_city": "ev2", "nb_mosul": "ev1"}
    store.set_links({"nb_mosul": "ev9"})
    assert store.links() == {"nb_mosul": "ev9"}
    store.set_links({})
    assert store.links() == {}


def test_many_links(store):
    mapping = {f"doc{i:05d}": f"ev{i % 37}" for i in range(2500)}
    store.set_links(mapping)
    assert store.links() == mapping


def test_duplicates_replace_earlier_marks_and_change_the_data_version(store):
    from uprooted.models import Document

    texts = {
        "a": "Floods forced 2,000 people from Tete.",
        "b": "Floods forced 2,000 people from Tete. (wire)",
        "c": "A different story about Beira.",
    }
    store.add_documents([Document(doc_id=k, text=v) for k, v in texts.items()])
    before = store.data_version()
    store.set_duplicates({"b": "a"})
    assert store.duplicates() == {"b": "a"}
    assert store.get_document("b").near_duplicate_of == "a"
    assert store.data_version() != before
    store.set_duplicates({"c": "a"})
    assert store.duplicates() == {"c": "a"}
    assert store.get_document("b").near_duplicate_of is None
