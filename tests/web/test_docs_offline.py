"""The OpenAPI docs work with no internet: every asset comes from the app itself."""

import pytest

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("path, endpoint", [("/docs", "/api/matrix"), ("/redoc", "/api/matrix")])
def test_api_docs_load_with_every_outside_request_blocked(browser, live_url, path, endpoint):
    context = browser.new_context(base_url=live_url)
    blocked = []

    def only_loopback(route):
        if route.request.url.startswith(live_url):
            route.continue_()
        else:
            blocked.append((route.request.resource_type, route.request.url))
            route.abort()

    context.route("**/*", only_loopback)
    page = context.new_page()
    page.set_default_timeout(20000)
    page.goto(path)
    page.get_by_text(endpoint).first.wait_for()
    # Nothing the page needs comes from outside (ReDoc's own footer asks for its vendor's logo
    # image; blocked, the docs are whole all the same).
    needed = [url for kind, url in blocked if kind != "image"]
    assert needed == [], f"the docs page needs assets from outside: {needed}"
    context.close()


def test_the_dashboards_api_link_opens_the_local_docs(page):
    page.goto("/")
    page.get_by_role("link", name="API").click()
    page.get_by_text("/api/facts").first.wait_for()
    assert page.url.endswith("/docs")
