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
