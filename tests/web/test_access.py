"""Signing in with a token, what each role sees, and links that cannot run script (issue 11)."""

from datetime import date

import pytest

from uprooted.models import Document, Evidence, Fact

from .conftest import signed_in

pytestmark = pytest.mark.browser

PAYLOAD = "javascript:document.title='pwned';alert(1)"


def add_doc(store, doc_id, url):
    sentence = f"Some 900 people fled the floods in the {doc_id} valley, the county said."
    store.add_documents(
        [Document(doc_id=doc_id, text=sentence, lang="en", published=date(2017, 4, 1), url=url)]
    )
    fact = Fact(
        doc_id=doc_id,
        lang="en",
        measure="displaced",
        term="fled",
        value=900,
        reported_value=900,
        end="2017-04-01",
        evidence=[Evidence(text=sentence, start=0, end=len(sentence))],
    )
    store.replace_facts(doc_id, [fact])
    return store.facts(doc_id=doc_id)[0].fact_id


def test_a_javascript_url_is_never_a_link(page, store):
    fact_id = add_doc(store, "evil", PAYLOAD)
    safe_id = add_doc(store, "good", "https://example.org/report")
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    for path in ("/documents/evil", f"/facts/{fact_id}"):
        page.goto(path)
        page.wait_for_selector(".doctext")
        hrefs = page.eval_on_selector_all("a", "els => els.map(e => e.getAttribute('href') || '')")
        assert not [h for h in hrefs if h.strip().lower().startswith(("javascript:", "data:", "vbscript:"))]
        assert page.get_by_role("link", name="original").count() == 0
        # shown as text, so the analyst still sees where it claimed to come from
        assert "javascript:" in page.locator("main").inner_text()
    assert dialogs == [] and page.title() != "pwned"
    page.goto(f"/facts/{safe_id}")
    link = page.get_by_role("link", name="original")
    link.wait_for()
    assert link.get_attribute("href") == "https://example.org/report"


def test_without_a_token_the_browser_gets_the_sign_in_page_then_the_dashboard(browser, live_url, tokens):
    context = browser.new_context(base_url=live_url)
    page = context.new_page()
    page.set_default_timeout(15000)
    response = page.goto("/")
    assert response.status == 401
    assert response.headers["x-frame-options"] == "DENY"
    page.get_by_label("Token").fill("upr_wrong")
    page.get_by_role("button", name="Sign in").click()
    page.locator("#signin-message.error").wait_for()
    page.get_by_label("Token").fill(tokens["viewer"])
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_selector("body[data-ready='1']")
    assert "vic" in page.locator("#who").inner_text()
    # a new page load keeps the session (the token is in this browser's storage)
    page.goto("/")
    page.wait_for_selector("body[data-ready='1']")
    page.get_by_role("button", name="Sign out").click()
    page.wait_for_selector("#signin-form")
    context.close()


@pytest.mark.parametrize("role", ["viewer"])
def test_a_viewer_sees_no_review_form(page, store, ids, role):
    fact_id = ids["aleppo_1"]
    page.goto(f"/facts/{fact_id}")
    page.wait_for_selector("#review-readonly")
    assert page.locator("#review-form").count() == 0
    answer = page.evaluate(
        """async (id) => (await fetch(`/api/facts/${id}/reject`, {method: "POST",
             headers: {"Content-Type": "application/json",
                       "Authorization": `Bearer ${localStorage.getItem("uprooted.token")}`},
             body: "{}"})).status""",
        fact_id,
    )
    assert answer == 403
    assert store.get_fact(fact_id).status == "machine"


def test_an_analyst_signs_reviews_with_the_token_name(browser, live_url, tokens, store, ids):
    context = browser.new_context(base_url=live_url)
    signed_in(context, tokens["analyst"])
    page = context.new_page()
    page.set_default_timeout(15000)
    fact_id = ids["aleppo_1"]
    page.goto(f"/facts/{fact_id}")
    assert page.locator("#r-analyst").inner_text() == "ana"
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Reject").click()
    page.wait_for_selector(".status-rejected")
    assert store.get_fact(fact_id).reviewed_by == "ana"
    (entry,) = store.audit_log(fact_id)
    assert entry.actor == "ana" and entry.after["status"] == "rejected"
    context.close()
