"""The API over a seeded store, on SQLite and (with UPROOTED_TEST_PG) PostgreSQL.

`client` signs every request with the analyst token of "ana"; `tokens` holds one token per role
(names ana, vic the viewer, root the admin) and `app` is the app, for clients of other roles.
"""

import pytest
from fastapi.testclient import TestClient

from uprooted.api.app import create_app
from uprooted.api.security import AccessSettings
from uprooted.store.testing import store_fixture

from .seed import seed

store = store_fixture()

TEST_ACCESS = dict(allowed_hosts=["testserver", "127.0.0.1", "localhost"], public_read=False)


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def ids(store):
    return seed(store)


@pytest.fixture
def tokens(store):
    return {
        "analyst": store.create_token("ana", "analyst"),
        "viewer": store.create_token("vic", "viewer"),
        "admin": store.create_token("root", "admin"),
    }


@pytest.fixture
def app(store, ids, tokens):
    return create_app(store=store, access=AccessSettings(**TEST_ACCESS))


@pytest.fixture
def client(app, tokens):
    with TestClient(app, headers=bearer(tokens["analyst"])) as test_client:
        yield test_client


@pytest.fixture
def anonymous(app):
    with TestClient(app) as test_client:
        yield test_client
