"""The dashboard and the fact page in a real browser: chart, map, evidence, review form."""

import pytest

pytestmark = pytest.mark.browser

CHART_POINTS = """canvas => Chart.getChart(canvas).data.datasets[2].data.length"""
POINT_PIXEL = """canvas => {
  const p = Chart.getChart(canvas).getDatasetMeta(2).data[0];
  const box = canvas.getBoundingClientRect();
  return {x: box.left + p.x, y: box.top + p.y};
}"""


def test_dashboard_draws_charts_map_and_table(page, tmp_path):
    page.goto("/")
    page.wait_for_selector("body[data-ready='1']")
    # One chart per place x measure with points: Mosul, Aleppo, Tacloban (displaced), Lesbos (sheltered).
    cards = page.locator(".chart-card")
    titles = cards.locator("h3").all_inner_texts()
    mosul = cards.filter(has_text="Mosul")
    assert any("Mosul" in t for t in titles) and any("Lesbos" in t for t in titles)
    assert mosul.locator("canvas").evaluate(CHART_POINTS) == 3
    # Map: the default measure (displaced) has three located places; the biggest figure has the biggest circle.
    circles = page.locator("#map svg circle.place")
    assert circles.count() == 3
    assert page.locator("#map svg path.land").count() > 100
    radii = {c.get_attribute("data-place"): float(c.get_attribute("r")) for c in circles.all()}
    assert radii["Tacloban"] > radii["Mosul"] > radii["Aleppo"]
    # Flags are visible on the chart titles.
    assert mosul.locator("h3 .flag.warn", has_text="conflict").count() == 1
    # Facts table: every fact, with its flags.
    page.wait_for_selector("#facts-table tbody tr[data-fact-id]")
    assert page.locator("#facts-table tbody tr[data-fact-id]").count() == 6
    assert page.locator("#facts-table .flag.warn", has_text="projection").count() == 1

    # A point is clickable and lists the facts behind it.
    pixel = mosul.locator("canvas").evaluate(POINT_PIXEL)
    page.mouse.click(pixel["x"], pixel["y"])
    detail = page.locator("#point-detail")
    detail.wait_for(state="visible")
    assert "28,000" in detail.inner_text()
    assert detail.locator("a[href^='/facts/']").count() == 1
    # The matrix the page drew from is lean; the evidence and explanation come with the point.
    page.wait_for_selector("#point-detail[data-loaded='1']")
    assert detail.locator("q").inner_text() == (
        "Some 28,000 people have fled Mosul since the offensive began, the IOM said."
    )
    assert detail.locator("ul.explanation li").count() >= 1
    assert "evidence" not in page.evaluate("async () => JSON.stringify(await fetchJSON('/api/matrix'))")

    shot = tmp_path / "dashboard.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 20000


def test_filters_narrow_charts_and_map(page):
    page.goto("/?measure=displaced&country=IRQ")
    page.wait_for_selector("body[data-ready='1']")
    assert page.locator(".chart-card").count() >= 1
    assert all("Mosul" in t or "IRQ" in t for t in page.locator(".chart-card h3").all_inner_texts())
    assert page.locator("#map svg circle.place").count() == 1
    page.wait_for_selector("#facts-table tbody tr[data-fact-id]")
    assert page.locator("#facts-table tbody tr[data-fact-id]").count() == 3


def test_fact_page_highlights_evidence_and_correction_reaches_store_and_pages(page, store, ids, tmp_path):
    fact_id = ids["mosul_2"]
    page.goto("/")
    page.wait_for_selector(f"#facts-table tr[data-fact-id='{fact_id}'] a")
    page.click(f"#facts-table tr[data-fact-id='{fact_id}'] a")
    page.wait_for_url(f"**/facts/{fact_id}")
    mark = page.locator("mark.evidence.current")
    assert mark.inner_text() == "At least 45,000 people have now fled Mosul, aid agencies reported."
    assert page.locator("#fact-flags .flag.warn", has_text="conflict").count() == 1

    page.get_by_label("Value").fill("46000")
    page.get_by_label("Note").fill("headline says 46,000")
    with page.expect_navigation():
        page.get_by_role("button", name="Save correction").click()

    stored = store.get_fact(fact_id)
    assert stored.status == "corrected" and stored.fact.value == 46000 and stored.reviewed_by == "ana"
    # the reload shows the sign-in shell until the page fetched with the token is swapped in
    page.locator(".status-corrected").first.wait_for(state="visible")
    assert "46,000" in page.locator("[data-field='value']").inner_text()
    assert "45,000" in page.locator("#machine").inner_text()
    assert "ana" in page.locator("#review-log").inner_text()
    page.screenshot(path=str(tmp_path / "fact.png"), full_page=True)

    # The dashboard's chart and table show the corrected figure.
    page.goto("/?measure=displaced&place=Mosul")
    page.wait_for_selector("body[data-ready='1']")
    values = page.locator(".chart-card canvas").first.evaluate(
        "canvas => Chart.getChart(canvas).data.datasets[2].data.map(d => d.y)"
    )
    assert 46000 in values and 45000 not in values
    page.wait_for_selector(f"#facts-table tr[data-fact-id='{fact_id}']")
    assert "46,000" in page.locator(f"#facts-table tr[data-fact-id='{fact_id}']").inner_text()


def test_invalid_correction_shows_the_api_message_and_changes_nothing(page, store, ids):
    fact_id = ids["aleppo_1"]
    page.goto(f"/facts/{fact_id}")
    page.get_by_label("End").fill("15 December")
    page.get_by_role("button", name="Save correction").click()
    message = page.locator("#review-message.error")
    message.wait_for()
    assert "end" in message.inner_text()
    assert store.get_fact(fact_id).status == "machine"


def test_reject_from_the_fact_page(page, store, ids):
    fact_id = ids["lesbos_1"]
    page.goto(f"/facts/{fact_id}")
    page.once("dialog", lambda dialog: dialog.accept())
    with page.expect_navigation():
        page.get_by_role("button", name="Reject").click()
    assert store.get_fact(fact_id).status == "rejected"
    page.locator(".status-rejected").first.wait_for(state="visible")  # after the token swap
