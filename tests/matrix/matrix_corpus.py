"""A small Mosul-like corpus written for these tests (own sentences, own figures)."""

from __future__ import annotations

from datetime import date

from uprooted.models import Document, Evidence, Fact, Place

MOSUL = {"name": "Mosul", "country": "IRQ", "admin1": "Ninawa", "lat": 36.34, "lon": 43.13}


def place(area: str | None = None, **extra) -> Place:
    return Place(**{**MOSUL, "area": area, **extra})


def fact(
    doc_id: str,
    measure: str,
    value: int,
    *,
    qualifier: str = "exact",
    start: str | None = None,
    end: str | None = None,
    area: str | None = None,
    source: str | None = None,
    lang: str = "en",
    low: int | None = None,
    high: int | None = None,
    where: Place | None | str = "mosul",
    text: str = "",
    term: str | None = None,
) -> Fact:
    bounds = {"exact": (value, value), "more_than": (value, None), "at_least": (value, None)}
    dlow, dhigh = bounds.get(qualifier, (low, high))
    sentence = text or f"{value} people, says {source or 'the paper'}."
    return Fact(
        doc_id=doc_id,
        lang=lang,
        measure=measure,
        term=term or ("fled" if measure == "displaced" else measure),
        value=value,
        low=low if low is not None else dlow,
        high=high if high is not None else dhigh,
        qualifier=qualifier,
        reported_value=value,
        start=start,
        end=end,
        place=place(area) if where == "mosul" else where,
        source=source,
        evidence=[Evidence(text=sentence, start=10, end=10 + len(sentence))],
    )


def doc(doc_id: str, published: str, text: str = "text", lang: str = "en", outlet: str = "paper") -> Document:
    return Document(
        doc_id=doc_id, text=text, lang=lang, published=date.fromisoformat(published), outlet=outlet
    )


def seed_facts() -> list[Fact]:
    """The seed case: two cumulative IOM totals, two inner flows, two 'remaining' stocks in west Mosul."""
    return [
        fact("wire1", "displaced", 164_000, start="2016-10", end="2017-02-26", source="IOM"),
        fact("wire2", "displaced", 206_000, start="2016-10", end="2017-03-05", source="IOM"),
        fact("paper_en", "displaced", 40_000, qualifier="more_than", start="2017-02-26", end="2017-03-05"),
        fact(
            "avis_nb",
            "displaced",
            45_000,
            start="2017-02-25",
            end="2017-03-05",
            source="IOM",
            lang="nb",
            area="west",
        ),
        fact("paper_en", "remaining", 750_000, end="2017-02-19", area="west", source="UN"),
        fact("avis_nb", "remaining", 600_000, end="2017-03-05", area="west", lang="nb"),
    ]


def seed_docs() -> dict[str, Document]:
    docs = [
        doc("wire1", "2017-02-27"),
        doc("wire2", "2017-03-06"),
        doc("paper_en", "2017-03-06"),
        doc("avis_nb", "2017-03-06", lang="nb"),
    ]
    return {d.doc_id: d for d in docs}
