import pytest

from uprooted.store import DEFAULT_DB_URL, Store, StoreError, resolve_db_url
from uprooted.store.db import split_schema


def test_argument_beats_env_beats_default(monkeypatch):
    monkeypatch.delenv("UPROOTED_DB", raising=False)
    assert resolve_db_url(None) == DEFAULT_DB_URL == "sqlite:///uprooted.sqlite"
    monkeypatch.setenv("UPROOTED_DB", "postgresql://u@h/db")
    assert resolve_db_url(None) == "postgresql+psycopg://u@h/db"
    assert resolve_db_url("sqlite:///x.db") == "sqlite:///x.db"


@pytest.mark.parametrize(
    "given, expected",
    [
        ("postgresql://u:p@host:5432/db", "postgresql+psycopg://u:p@host:5432/db"),
        ("postgres://u@host/db", "postgresql+psycopg://u@host/db"),
        ("postgresql+psycopg://u@host/db", "postgresql+psycopg://u@host/db"),
        ("data/uprooted.sqlite", "sqlite:///data/uprooted.sqlite"),
        ("/var/lib/u.sqlite", "sqlite:////var/lib/u.sqlite"),
        (":memory:", "sqlite://"),
    ],
)
def test_url_forms(given, expected, monkeypatch):
    monkeypatch.delenv("UPROOTED_DB", raising=False)
    assert resolve_db_url(given) == expected


def test_schema_travels_in_the_url():
    assert split_schema("postgresql+psycopg://u@h/db?schema=s1") == ("postgresql+psycopg://u@h/db", "s1")
    assert split_schema("sqlite:///x.db") == ("sqlite:///x.db", None)


def test_a_plain_file_path_opens_sqlite(tmp_path):
    path = tmp_path / "sub" / "dir" / "u.sqlite"
    with Store(str(path)) as store:
        assert store.dialect == "sqlite" and store.count_documents() == 0
    assert path.exists()


def test_in_memory_store_works_across_calls():
    with Store(":memory:") as store:
        store.set_links({"a": "e"})
        assert store.links() == {"a": "e"}


def test_unreachable_postgres_is_a_clear_store_error():
    with pytest.raises(StoreError) as caught:
        Store("postgresql://nobody:secret@127.0.0.1:1/nowhere")
    message = str(caught.value)
    assert message.startswith("cannot connect to postgresql+psycopg://nobody:***@127.0.0.1:1/nowhere: ")
    assert "secret" not in message


def test_unsupported_or_malformed_urls(tmp_path):
    with pytest.raises(StoreError, match="unsupported database"):
        Store("mysql://u@h/db")
    with pytest.raises(StoreError, match="invalid schema name"):
        Store("postgresql://u@127.0.0.1:1/db", schema="bad; drop")


def test_a_file_that_is_not_a_database_is_a_store_error(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"these are my notes, not a database" * 100)
    with pytest.raises(StoreError, match="notes.sqlite"):
        Store(str(path))
    assert path.read_bytes().startswith(b"these are my notes")  # and it was left as it was
