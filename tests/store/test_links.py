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


def test_link_features_are_stored_once_and_replaced(store):
    import numpy as np

    vector = np.arange(4, dtype=np.float32) / 10
    store.set_link_features(
        {
            "nb_mosul": (
                {"doc_id": "nb_mosul", "places": [99072], "version": "2"},
                "model-x",
                vector.tobytes(),
            ),
            "en_city": ({"doc_id": "en_city", "places": [], "version": "2"}, None, None),
        }
    )
    got = store.link_features(["nb_mosul", "en_city", "absent"])
    assert set(got) == {"nb_mosul", "en_city"}
    profile, model, blob = got["nb_mosul"]
    assert profile["places"] == [99072] and profile["version"] == "2" and model == "model-x"
    assert np.array_equal(np.frombuffer(blob, dtype=np.float32), vector)
    assert got["en_city"][1:] == (None, None)
    store.set_link_features({"nb_mosul": ({"doc_id": "nb_mosul", "places": [1], "version": "3"}, None, None)})
    assert store.link_features()["nb_mosul"] == (
        {"doc_id": "nb_mosul", "places": [1], "version": "3"},
        None,
        None,
    )
