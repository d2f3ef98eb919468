"""Stocks, cumulative totals and flows on the dashboard and the event page, in a real browser.

The store holds reports written for this test: an agency's running total for a city in two
languages and the weekly flows inside it; a one-source series elsewhere; money read as people.
"""

from datetime import date

import pytest

from uprooted.models import Document, Evidence, Fact, Place

pytestmark = pytest.mark.browser

CITY = {
    "name": "Mosul",
    "country": "IRQ",
    "admin1": "Ninawa",
    "lat": 36.34,
    "lon": 43.13,
    "geonames_id": 99072,
}
TOWN = {"name": "Tacloban", "country": "PHL", "lat": 11.24, "lon": 125.0, "geonames_id": 1684308}

# (doc_id, lang, published, outlet, place, measure, value, qualifier, start, end, source, sentence)
REPORTS = [
    (
        "ag_1",
        "en",
        date(2019, 6, 11),
        "agency.example",
        CITY,
        "displaced",
        52000,
        "exact",
        "2019-03-01",
        "2019-06-10",
        "IOM",
        "Since the assault began on 1 March, 52,000 people have been displaced, IOM said.",
    ),
    (
        "ag_2",
        "en",
        date(2019, 6, 25),
        "agency.example",
        CITY,
        "displaced",
        60000,
        "exact",
        "2019-03-01",
        "2019-06-24",
        "IOM",
        "IOM now counts 60,000 people displaced since the assault began on 1 March.",
    ),
    (
        "avis_1",
        "nb",
        date(2019, 6, 25),
        "avis.example",
        CITY,
        "displaced",
        60000,
        "exact",
        "2019-03-01",
        "2019-06-24",
        "IOM",
        "IOM opplyser at 60.000 mennesker er drevet på flukt siden 1. mars.",
    ),
    (
        "paper_1",
        "en",
        date(2019, 6, 25),
        "paper.example",
        CITY,
        "displaced",
        7500,
        "more_than",
        "2019-06-10",
        "2019-06-24",
        None,
        "More than 7,500 people fled in the two weeks to Monday.",
    ),
    (
        "town_1",
        "en",
        date(2013, 11, 12),
        "wire.example",
        TOWN,
        "displaced",
        9000,
        "exact",
        None,
        "2013-11-12",
        "officials",
        "About 9,000 people left their homes around Tacloban, officials said.",
    ),
    (
        "money_1",
        "en",
        date(2013, 11, 20),
        "wire.example",
        TOWN,
        "displaced",
        900000000,
        "exact",
        None,
        "2013-11-19",
        None,
        "Rebuilding Tacloban will cost 900000000 PHP, and 9,000 people remain displaced.",
    ),
]


def seed_views(store):
    docs, by_doc = [], {}
    for (
        doc_id,
        lang,
        published,
        outlet,
        where,
        measure,
        value,
        qualifier,
        start,
        end,
        source,
        sentence,
    ) in REPORTS:
        text = f"Report {doc_id}.\n\n{sentence} More later."
        at = text.index(sentence)
        docs.append(
            Document(
                doc_id=doc_id,
                text=text,
                lang=lang,
                published=published,
                outlet=outlet,
                title=f"Report {doc_id}",
            )
        )
        by_doc.setdefault(doc_id, []).append(
            Fact(
                doc_id=doc_id,
                lang=lang,
                measure=measure,
                term="displaced",
                value=value,
                low=value,
                high=None if qualifier == "more_than" else value,
                qualifier=qualifier,
                reported_value=value,
                start=start,
                end=end,
                place=Place(text=where["name"], **where),
                source=source,
                confidence=0.9,
                evidence=[Evidence(text=sentence, start=at, end=at + len(sentence))],
            )
        )
    store.add_documents(docs)
    for doc_id, facts in by_doc.items():
        store.replace_facts(doc_id, facts)
    store.set_links(
        {
            "ag_1": "ev_city",
            "ag_2": "ev_city",
            "avis_1": "ev_city",
            "paper_1": "ev_city",
            "town_1": "ev_town",
            "money_1": "ev_town",
        }
    )
    return {s.fact.doc_id: s.fact_id for s in store.facts()}


@pytest.fixture
def ids(store):
    return seed_views(store)


DATASETS = """canvas => Chart.getChart(canvas).data.datasets.map(d => ({
  kind: d.kind, values: d.data.map(p => p.y), xs: d.data.map(p => p.x)}))"""


def test_city_page_shows_the_cumulative_line_and_the_flow_bars_apart(page):
    page.goto("/?place=Mosul")
    page.wait_for_selector("body[data-ready='1']")
    card = page.locator("#charts .chart-card").first
    assert "Mosul" in card.locator("h3").inner_text()
    sets = card.locator("canvas").evaluate(DATASETS)
    cumulative = [d for d in sets if d["kind"] == "cumulative"]
    flows = [d for d in sets if d["kind"] == "flow"]
    assert len(cumulative) == 1 and cumulative[0]["values"] == [52000, 60000]
    assert len(flows) == 1 and flows[0]["values"] == [7500, 7500]
    # the bar spans its period (10 June to the end of 24 June), not one day
    assert flows[0]["xs"][1] - flows[0]["xs"][0] == 15 * 86400000
    assert 7500 not in cumulative[0]["values"]
    # each source's own figures are drawn too
    assert {d["kind"] for d in sets} >= {"band", "cumulative", "flow", "source"}
    # the map is filtered by place as well
    assert page.locator("#map svg circle.place").count() == 1
    assert page.locator("#map svg circle.place").get_attribute("data-place") == "Mosul"


def test_default_view_ranks_by_support_and_shows_flagged_series_apart(page):
    page.goto("/")
    page.wait_for_selector("body[data-ready='1']")
    cards = page.locator("#charts .chart-card")
    sources = [int(x) for x in cards.evaluate_all("cs => cs.map(c => c.dataset.sources)")]
    assert sources == sorted(sources, reverse=True) and sources[0] >= 2
    assert "Mosul" in cards.first.locator("h3").inner_text()
    # Tacloban holds the money figure: shown apart, with the reason, never as a best estimate
    flagged = page.locator("#flagged-panel")
    assert flagged.is_visible()
    assert "Tacloban" in flagged.locator(".chart-card h3").first.inner_text()
    assert not any("Tacloban" in t for t in cards.locator("h3").all_inner_texts())
    values = flagged.locator("canvas").first.evaluate(DATASETS)
    best = [v for d in values if d["kind"] in {"stock", "cumulative"} for v in d["values"]]
    assert 900000000 not in best and 9000 in best


def test_event_page_lists_reports_languages_figures_and_points(page, ids):
    page.goto("/events/ev_city")
    page.wait_for_selector("body[data-ready='1']")
    meta = page.locator("#event-meta").inner_text()
    assert "4 report(s)" in meta and "en, nb" in meta and "avis.example" in meta
    assert page.locator("article.report").count() == 4
    nb = page.locator("article.report[data-doc-id='avis_1']")
    assert "60,000" in nb.inner_text() and "drevet på flukt" in nb.inner_text()
    # the two 60,000 reports feed one cumulative point
    row = page.locator(f"tr[data-fact-id='{ids['avis_1']}']")
    point_id = row.locator("code").inner_text()
    assert point_id == page.locator(f"tr[data-fact-id='{ids['ag_2']}'] code").inner_text()
    assert page.locator(f"tr[data-point-id='{point_id}'] .kind").inner_text() == "cumulative"
    sets = page.locator("#charts .chart-card canvas").first.evaluate(DATASETS)
    assert [d["kind"] for d in sets].count("flow") == 1
    assert any(d["kind"] == "cumulative" and d["values"] == [52000, 60000] for d in sets)
    assert page.request.get("/events/nope").status == 404
