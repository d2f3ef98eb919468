"""The gazetteer's cache is unpickled with the garbage collector paused, and the collector is
left as it was found, whether the load succeeds or fails (a disabled collector stays disabled)."""

from __future__ import annotations

import gc
import io
import pickle

import pytest

from uprooted.places.gazetteer import _load_without_gc


@pytest.fixture
def restore_gc():
    was = gc.isenabled()
    yield
    (gc.enable if was else gc.disable)()


def test_the_collector_is_paused_during_the_load_and_enabled_after(restore_gc):
    class Probe:
        def __reduce__(self):
            return (gc.isenabled, ())

    gc.enable()
    assert _load_without_gc(io.BytesIO(pickle.dumps({"during": Probe()}))) == {"during": False}
    assert gc.isenabled()


def test_a_failed_load_leaves_the_collector_as_it_was(restore_gc):
    gc.enable()
    with pytest.raises(EOFError):
        _load_without_gc(io.BytesIO(b""))
    assert gc.isenabled()
    gc.disable()
    assert _load_without_gc(io.BytesIO(pickle.dumps([1]))) == [1]
    assert not gc.isenabled()


def test_the_loaded_index_is_frozen_out_of_the_collections(restore_gc):
    gc.enable()
    before = gc.get_freeze_count()
    loaded = _load_without_gc(io.BytesIO(pickle.dumps({"names": [["a"], ["b"]]})))
    assert loaded == {"names": [["a"], ["b"]]}
    # the loaded containers now sit in the permanent generation, which collections skip
    assert gc.get_freeze_count() >= before + 3
