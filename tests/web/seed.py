"""Reports about four places (Mosul over three dates, Aleppo, Tacloban, Lesbos) for the dashboard."""

from datetime import date

from uprooted.models import Document, Evidence, Fact, Place

PLACES = {
    "Mosul": {"name": "Mosul", "country": "IRQ", "lat": 36.34, "lon": 43.13},
    "Aleppo": {"name": "Aleppo", "country": "SYR", "lat": 36.2, "lon": 37.16},
    "Tacloban": {"name": "Tacloban", "country": "PHL", "lat": 11.24, "lon": 125.0},
    "Lesbos": {"name": "Lesbos", "country": "GRC", "lat": 39.2, "lon": 26.3},
}

# (doc_id, published, place, measure, term, value, end, flags, sentence)
REPORTS = [
    (
        "mosul_1",
        date(2017, 3, 1),
        "Mosul",
        "displaced",
        "fled",
        28000,
        "2017-03-01",
        [],
        "Some 28,000 people have fled Mosul since the offensive began, the IOM said.",
    ),
    (
        "mosul_2",
        date(2017, 3, 10),
        "Mosul",
        "displaced",
        "fled",
        45000,
        "2017-03-10",
        ["conflict"],
        "At least 45,000 people have now fled Mosul, aid agencies reported.",
    ),
    (
        "mosul_3",
        date(2017, 3, 20),
        "Mosul",
        "displaced",
        "displaced",
        98000,
        "2017-03-20",
        [],
        "The United Nations said 98,000 people have been displaced from Mosul.",
    ),
    (
        "aleppo_1",
        date(2016, 12, 15),
        "Aleppo",
        "displaced",
        "evacuated",
        35000,
        "2016-12-15",
        ["projection"],
        "Around 35,000 civilians were evacuated from eastern Aleppo, the Red Cross said.",
    ),
    (
        "tacloban_1",
        date(2013, 11, 12),
        "Tacloban",
        "displaced",
        "homeless",
        600000,
        "2013-11-12",
        [],
        "Typhoon Haiyan left 600,000 people homeless around Tacloban, officials said.",
    ),
    (
        "lesbos_1",
        date(2020, 9, 10),
        "Lesbos",
        "sheltered",
        "sheltered",
        12000,
        "2020-09-10",
        [],
        "About 12,000 people were sheltered in emergency camps on Lesbos after the fire.",
    ),
]


def seed(store) -> dict[str, str]:
    """Store one document per report, with its fact; return fact ids by doc_id."""
    docs, facts = [], []
    for doc_id, published, place, measure, term, value, end, flags, sentence in REPORTS:
        text = f"Report {doc_id}.\n\nThe situation worsened this week. {sentence} More reports are expected."
        start = text.index(sentence)
        docs.append(
            Document(doc_id=doc_id, text=text, lang="en", published=published, title=f"Report {doc_id}")
        )
        facts.append(
            Fact(
                doc_id=doc_id,
                lang="en",
                measure=measure,
                term=term,
                value=value,
                low=value,
                high=value,
                reported_value=value,
                end=end,
                place=Place(text=place, **PLACES[place]),
                confidence=0.9,
                flags=flags,
                evidence=[Evidence(text=sentence, start=start, end=start + len(sentence))],
            )
        )
    store.add_documents(docs)
    for fact in facts:
        store.replace_facts(fact.doc_id, [fact])
    return {s.fact.doc_id: s.fact_id for s in store.facts()}
