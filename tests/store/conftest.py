"""Every store test runs on SQLite and, with UPROOTED_TEST_PG set, on PostgreSQL."""

from uprooted.store.testing import db_url_fixture, store_fixture

store = store_fixture()
db_url = db_url_fixture()
