"""The pattern warm-up of a language (`pipeline._warm_up_patterns`) counts only once it ran: a
failed one is tried again, and a first document arriving during it waits for it."""

from __future__ import annotations

import threading
import time

import pytest

from uprooted import pipeline
from uprooted.extract.model import ModelError
from uprooted.lang import get_pack


@pytest.fixture
def calls(monkeypatch):
    monkeypatch.setattr(pipeline, "_PATTERNS_WARM", set())
    made: list[str] = []
    return made


def test_a_failed_warm_up_is_tried_again(monkeypatch, calls):
    outcomes = [RuntimeError("index broken"), ModelError("no model"), None]

    def extract(text, *, lang, published):  # noqa: ANN001
        calls.append(lang)
        failure = outcomes.pop(0)
        if failure is not None:
            raise failure
        return []

    monkeypatch.setattr(pipeline, "extract_text", extract)
    pack = get_pack("en")
    pipeline._warm_up_patterns(pack)
    assert "en" not in pipeline._PATTERNS_WARM
    pipeline._warm_up_patterns(pack)
    assert "en" not in pipeline._PATTERNS_WARM
    pipeline._warm_up_patterns(pack)
    assert "en" in pipeline._PATTERNS_WARM
    pipeline._warm_up_patterns(pack)  # warm: not run again
    assert calls == ["en", "en", "en"]


def test_a_document_arriving_during_the_warm_up_waits_for_it(monkeypatch, calls):
    inside, release = threading.Event(), threading.Event()

    def extract(text, *, lang, published):  # noqa: ANN001
        calls.append(lang)
        inside.set()
        assert release.wait(10)
        return []

    monkeypatch.setattr(pipeline, "extract_text", extract)
    pack = get_pack("en")
    first = threading.Thread(target=pipeline._warm_up_patterns, args=(pack,))
    first.start()
    assert inside.wait(10)
    second = threading.Thread(target=pipeline._warm_up_patterns, args=(pack,))
    second.start()
    time.sleep(0.3)
    assert second.is_alive()  # not skipped past a warm-up still running
    release.set()
    first.join(10)
    second.join(10)
    assert not first.is_alive() and not second.is_alive()
    assert calls == ["en"] and pipeline._PATTERNS_WARM == {"en"}
