"""Any text a reader can hand us comes back as it went in (NUL aside, kept as U+FFFD)."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from uprooted.models import Document


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(min_size=1, max_size=300), title=st.none() | st.text(max_size=40))
def test_any_document_text_round_trips(store, text, title):
    document = Document(doc_id=f"d{abs(hash(text))}", text=text, title=title, lang="xx", meta={"t": text})
    result = store.add_documents([document])
    stored = store.get_document(result.doc_ids[0])
    assert stored.content_hash == document.content_hash
    if result.added:
        assert stored.text == text.replace("\x00", "\ufffd")
        assert stored.meta == {"t": text}
    else:  # an earlier example differing only in whitespace: the same document
        assert stored.text.split() == text.replace("\x00", "\ufffd").split()
