"""Small documents and facts the store tests share (Norwegian, Arabic, English)."""

from datetime import date

from uprooted.models import Document, Evidence, Fact, Place

NB_TEXT = (
    "Den internasjonale migrantorganisasjonen IOM opplyser at 45.000 sivile har flyktet fra "
    "de vestlige delene bare siden 25. februar. Tusenvis er fortsatt fanget i gamlebyen."
)
AR_TEXT = "نزح أكثر من 40 ألف شخص من غرب الموصل منذ بدء العمليات العسكرية، بحسب المنظمة الدولية للهجرة."
EN_TEXT = "About 600,000 civilians remain in the city, the UN said. Some 3,000 homes were destroyed."


def doc(doc_id: str, text: str, lang: str, **extra) -> Document:
    return Document(doc_id=doc_id, text=text, lang=lang, **extra)


def nb_doc() -> Document:
    return doc(
        "nb_mosul",
        NB_TEXT,
        "nb",
        published=date(2017, 3, 5),
        title="Flukten fra Mosul – «tusenvis» på flukt",
        url="https://example.no/mosul",
        outlet="example.no",
        meta={"feed": "Nyheter", "tags": ["Irak", "flyktninger"], "nøkkel": "verdi"},
    )


def ar_doc() -> Document:
    return doc("ar_mosul", AR_TEXT, "ar", published=date(2017, 3, 1), title="نزوح من الموصل")


def en_doc() -> Document:
    return doc("en_city", EN_TEXT, "en")


MOSUL = {
    "text": "de vestlige delene",
    "name": "Mosul",
    "area": "west",
    "country": "IRQ",
    "lat": 36.34,
    "lon": 43.13,
}


def fact(doc_id: str, value: int, measure: str = "displaced", term: str = "fled", **extra) -> Fact:
    data = {
        "doc_id": doc_id,
        "measure": measure,
        "term": term,
        "value": value,
        "low": value,
        "high": value,
        "reported_value": value,
        "end": "2017-03-05",
        "place": Place(**MOSUL),
        "source": "IOM",
        "confidence": 0.9,
        "evidence": [Evidence(text=f"{value} people", start=10, end=20)],
    }
    data.update(extra)
    return Fact(**data)


def with_lang(facts: list[Fact], lang: str) -> list[Fact]:
    """The store fills a fact's missing lang from its document's."""
    return [f if f.lang else f.model_copy(update={"lang": lang}) for f in facts]


def nb_facts() -> list[Fact]:
    return [
        fact("nb_mosul", 45000, start="2017-02-25", lang="nb"),
        fact(
            "nb_mosul",
            1000,
            measure="remaining",
            term="trapped",
            qualifier="vague",
            confidence=0.6,
            evidence=[Evidence(text="Tusenvis er fortsatt fanget i gamlebyen.", start=133, end=173)],
            place=Place(text="gamlebyen", name="Mosul", area="old city", country="IRQ"),
        ),
    ]
