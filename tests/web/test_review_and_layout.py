"""In the browser: the review form's new fields and gazetteer lookup, charts past the first
eight, and map labels that do not overlap."""

from datetime import date

import pytest

from uprooted.models import Document, Evidence, Fact, Place

pytestmark = pytest.mark.browser


def add_places(store, places, measure="displaced"):
    """One document and fact per (name, country, lat, lon, value)."""
    for i, (name, country, lat, lon, value) in enumerate(places):
        doc_id = f"extra_{i}"
        sentence = f"Some {value:,} people fled {name}."
        store.add_documents([Document(doc_id=doc_id, text=sentence, lang="en", published=date(2017, 4, 1))])
        fact = Fact(
            doc_id=doc_id,
            lang="en",
            measure=measure,
            term="fled",
            value=value,
            low=value,
            high=value,
            reported_value=value,
            end="2017-04-01",
            place=Place(text=name, name=name, country=country, lat=lat, lon=lon),
            evidence=[Evidence(text=sentence, start=0, end=len(sentence))],
            confidence=0.9,
        )
        store.replace_facts(doc_id, [fact])


def test_review_form_corrects_term_unit_source_flags_and_resolves_a_new_place(page, store, ids, tmp_path):
    fact_id = ids["lesbos_1"]
    page.goto(f"/facts/{fact_id}")
    page.get_by_label("Term", exact=True).select_option("in_relief_camp")
    page.get_by_label("Unit", exact=True).select_option("families")
    page.get_by_label("Source", exact=True).fill("UNHCR")
    page.locator("#r-flags input[value='vague']").check()
    page.get_by_label("Place", exact=True).fill("Mytilene")
    page.get_by_label("Country").fill("GRC")
    page.get_by_label("Country").press("Tab")
    # The lookup shows before saving, and fills the coordinates the analyst did not type.
    preview = page.locator("#place-resolution")
    preview.wait_for(state="visible")
    assert "North Aegean" in preview.inner_text() and "256866" in preview.inner_text()
    assert page.get_by_label("Lat").input_value().startswith("39.1")
    with page.expect_navigation():
        page.get_by_role("button", name="Save correction").click()

    stored = store.get_fact(fact_id).fact
    assert (stored.term, stored.unit, stored.source) == ("in_relief_camp", "families", "UNHCR")
    assert stored.flags == ["vague"]
    assert stored.place.name == "Mytilene" and stored.place.geonames_id == 256866
    assert stored.place.admin1 == "North Aegean" and round(stored.place.lon, 1) == 26.6
    message = page.locator("#review-message.ok")
    assert "resolved to Mytilene" in message.inner_text()
    assert "North Aegean" in page.locator("[data-field='location']").inner_text()
    assert "UNHCR" in page.locator("[data-field='source']").inner_text()
    assert page.locator("#fact-flags .flag", has_text="vague").count() == 1
    page.screenshot(path=str(tmp_path / "fact-resolved.png"), full_page=True)


def test_unknown_place_name_says_it_stays_off_the_map(page, store, ids):
    fact_id = ids["aleppo_1"]
    page.goto(f"/facts/{fact_id}")
    page.get_by_label("Place", exact=True).fill("Qqqzzz camp")
    page.get_by_label("Place", exact=True).press("Tab")
    preview = page.locator("#place-resolution.missing")
    preview.wait_for(state="visible")
    assert "not in the gazetteer" in preview.inner_text()
    with page.expect_navigation():
        page.get_by_role("button", name="Save correction").click()
    place = store.get_fact(fact_id).fact.place
    assert place.name == "Qqqzzz camp" and place.lat is None and place.lon is None
    assert "not on the map" in page.locator("[data-field='location']").inner_text()


def test_show_more_charts_past_the_first_eight(page, store, tmp_path):
    add_places(store, [(f"Town {i}", "IRQ", 30 + i * 0.5, 40 + i * 0.5, 1000 + i) for i in range(10)])
    page.goto("/")
    page.wait_for_selector("body[data-ready='1']")
    cards = page.locator(".chart-card")
    assert cards.count() == 8  # 14 series with points: Mosul, Aleppo, Tacloban, Lesbos and 10 towns
    assert "8 of 14" in page.locator("#series-count").inner_text()
    more = page.locator("#more-series")
    assert more.inner_text() == "Show the other 6 series"
    page.screenshot(path=str(tmp_path / "dashboard-more.png"), full_page=True)
    more.click()
    assert cards.count() == 14 and more.is_hidden()
    assert page.locator("#series-count").inner_text() == "(14)"
    last = cards.nth(13).locator("canvas")
    assert last.evaluate("canvas => Chart.getChart(canvas).data.datasets[2].data.length") == 1


def test_map_labels_do_not_overlap_and_hidden_ones_show_on_hover(page, store, tmp_path):
    # Five places within a few kilometres of Mosul: their names cannot all sit beside their circles.
    near = [("Bartella", 36.35, 43.38), ("Bashiqa", 36.45, 43.35), ("Hamdaniya", 36.27, 43.37)]
    near += [("Karamles", 36.30, 43.40), ("Tel Keppe", 36.49, 43.12)]
    add_places(store, [(name, "IRQ", lat, lon, 5000 + i) for i, (name, lat, lon) in enumerate(near)])
    page.goto("/?country=IRQ")
    page.wait_for_selector("body[data-ready='1']")
    boxes = page.locator("#map svg text.label:not(.collided)").evaluate_all(
        "ts => ts.map(t => { const b = t.getBBox(); return [b.x, b.y, b.width, b.height]; })"
    )
    assert boxes, "some labels are shown"
    for i, (x, y, w, h) in enumerate(boxes):
        for x2, y2, w2, h2 in boxes[i + 1 :]:
            assert not (x < x2 + w2 and x2 < x + w and y < y2 + h2 and y2 < y + h), (boxes[i], (x2, y2))
    hidden = page.locator("#map svg text.label.collided")
    assert hidden.count() >= 1
    name = hidden.first.get_attribute("data-place")
    label = page.locator(f"#map svg text.label[data-place='{name}']")
    assert not label.is_visible()
    circle = page.locator(f"#map svg circle.place[data-place='{name}']")
    circle.focus()  # keyboard, or the pointer: the same handler shows the name
    assert label.is_visible()
    circle.blur()
    assert not label.is_visible()
    circle.dispatch_event("mouseenter")
    assert label.is_visible()
    page.locator("#map").screenshot(path=str(tmp_path / "map.png"))
