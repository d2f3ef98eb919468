"""Two small reports (English, Norwegian) and their facts, with evidence offsets taken from the text."""

from datetime import date

from uprooted.models import Document, Evidence, Fact, Place

EN_TEXT = (
    "Fighting in western Mosul.\n"
    "More than 40,000 people have fled western Mosul since 25 February, the IOM said on Sunday. "
    "Aid agencies said 3,000 homes were destroyed in the old city."
)
NB_TEXT = (
    "Flukt fra Mosul.\n"
    "IOM opplyser at 45.000 sivile har flyktet fra Mosul siden 25. februar. "
    "I Moria-leiren på Lesvos bor nå 6000 flyktninger."
)

MOSUL = {"text": "western Mosul", "name": "Mosul", "area": None, "country": "IRQ", "lat": 36.34, "lon": 43.13}
LESBOS = {"text": "Lesvos", "name": "Lesbos", "country": "GRC", "lat": 39.2, "lon": 26.3}


def documents() -> list[Document]:
    return [
        Document(
            doc_id="en_mosul",
            text=EN_TEXT,
            lang="en",
            published=date(2017, 3, 5),
            title="Mosul exodus",
            outlet="example.org",
            url="https://example.org/mosul",
        ),
        Document(
            doc_id="nb_mosul",
            text=NB_TEXT,
            lang="nb",
            published=date(2017, 3, 12),
            title="Flukt fra Mosul",
            outlet="example.no",
        ),
    ]


def evidence(text: str, sentence: str) -> Evidence:
    start = text.index(sentence)
    return Evidence(text=sentence, start=start, end=start + len(sentence))


def facts() -> dict[str, list[Fact]]:
    en_fled = "More than 40,000 people have fled western Mosul since 25 February, the IOM said on Sunday."
    en_homes = "Aid agencies said 3,000 homes were destroyed in the old city."
    nb_fled = "IOM opplyser at 45.000 sivile har flyktet fra Mosul siden 25. februar."
    nb_camp = "I Moria-leiren på Lesvos bor nå 6000 flyktninger."
    return {
        "en_mosul": [
            Fact(
                doc_id="en_mosul",
                lang="en",
                measure="displaced",
                term="fled",
                value=40000,
                low=40000,
                high=None,
                qualifier="more_than",
                reported_value=40000,
                start="2017-02-25",
                end="2017-03-05",
                place=Place(**MOSUL),
                source="IOM",
                evidence=[evidence(EN_TEXT, en_fled)],
                confidence=0.9,
            ),
            Fact(
                doc_id="en_mosul",
                lang="en",
                measure="homes_destroyed",
                term="destroyed_housing",
                value=3000,
                low=3000,
                high=3000,
                unit="homes",
                reported_value=3000,
                end="2017-03-05",
                place=Place(
                    text="the old city", name="Mosul", area="old city", country="IRQ", lat=36.34, lon=43.13
                ),
                source="aid agencies",
                evidence=[evidence(EN_TEXT, en_homes)],
                confidence=0.7,
                flags=["vague"],
            ),
        ],
        "nb_mosul": [
            Fact(
                doc_id="nb_mosul",
                lang="nb",
                measure="displaced",
                term="fled",
                value=45000,
                low=45000,
                high=45000,
                reported_value=45000,
                start="2017-02-25",
                end="2017-03-12",
                place=Place(**{**MOSUL, "text": "Mosul"}),
                source="IOM",
                evidence=[evidence(NB_TEXT, nb_fled)],
                confidence=0.92,
                flags=["conflict"],
            ),
            Fact(
                doc_id="nb_mosul",
                lang="nb",
                measure="sheltered",
                term="refugees",
                value=6000,
                low=6000,
                high=6000,
                reported_value=6000,
                end="2017-03-12",
                place=Place(**LESBOS),
                source=None,
                evidence=[evidence(NB_TEXT, nb_camp)],
                confidence=0.8,
            ),
        ],
    }


def seed(store) -> dict[str, str]:
    """Fill the store; return fact ids by a short name the tests use."""
    store.add_documents(documents())
    for doc_id, items in facts().items():
        store.replace_facts(doc_id, items)
    ids = {}
    for stored in store.facts(include_rejected=True):
        fact = stored.fact
        ids[f"{fact.doc_id}:{fact.measure}"] = stored.fact_id
    return ids
