"""A live server (uvicorn in a thread) over a seeded temp SQLite store, and Debian's chromium."""

import socket
import threading
import time
from pathlib import Path

import pytest
import uvicorn

from uprooted.api.app import create_app
from uprooted.store import Store

from .seed import seed

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def store(tmp_path):
    with Store(f"sqlite:///{tmp_path / 'web.sqlite'}") as opened:
        yield opened


@pytest.fixture
def ids(store):
    return seed(store)


@pytest.fixture
def tokens(store):
    return {role: store.create_token(name, role) for name, role in (("ana", "analyst"), ("vic", "viewer"))}


@pytest.fixture
def live_url(store, ids, tokens):
    """The app served on a free 127.0.0.1 port; stopped after the test."""
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(store=store), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def browser():
    if not CHROMIUM.exists():
        pytest.skip(
            f"{CHROMIUM} is absent: dashboard tests need Debian's chromium (apt-get install chromium)"
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


def signed_in(context, token: str | None) -> None:
    """The browser holds this token (as after signing in) before any page script runs."""
    if token:
        context.add_init_script(f"localStorage.setItem('uprooted.token', {token!r});")


@pytest.fixture
def role():
    """The role the `page` fixture signs in with (override with parametrize / a fixture)."""
    return "analyst"


@pytest.fixture
def page(browser, live_url, tokens, role):
    context = browser.new_context(viewport={"width": 1366, "height": 900}, base_url=live_url)
    signed_in(context, tokens.get(role))
    opened = context.new_page()
    opened.set_default_timeout(15000)
    # Nothing may come from outside the app: fail on any request to another host.
    outside = []
    opened.on(
        "request",
        lambda request: outside.append(request.url) if not request.url.startswith(live_url) else None,
    )
    yield opened
    context.close()
    assert outside == [], f"the page fetched from outside the app: {outside}"
