"""The API over a seeded store, on SQLite and (with UPROOTED_TEST_PG) PostgreSQL."""

import pytest
from fastapi.testclient import TestClient

from uprooted.api.app import create_app
from uprooted.store.testing import store_fixture

from .seed import seed

store = store_fixture()


@pytest.fixture
def ids(store):
    return seed(store)


@pytest.fixture
def client(store, ids):
    with TestClient(create_app(store=store)) as test_client:
        yield test_client
