"""What two reports share: content words, places (as gazetteer ids), figures, names, dates, meaning.

Each document is reduced once to a `Profile` (places resolved to GeoNames ids, so "Irak", "Iraq"
and "العراق" agree; figures; capitalised names; countries), which the store keeps (`link_features`)
so that a document is read once. `pair_features` turns two profiles plus the batch's TF-IDF and
embedding similarities into the named features of `FEATURES`; `uprooted.link.model` weighs them
with a logistic regression fitted on labelled pairs (`link/model.json`, refit with
`scripts/fit_link_model.py`). No weight is set by hand here.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from functools import cache

from uprooted.models import Document, Fact

# Bump when what a profile holds changes: stored profiles of another version are recomputed.
PROFILE_VERSION = "8"
# How much of a document is read for places and names: the lead carries the event.
LEAD_CHARS = 2500
# For the embedding: title and lead, figures masked (two reports of one event differ in them).
EMBED_CHARS = 600

_CAPITALISED = re.compile(r"\b([A-ZÆØÅÉÄÖÜ][\w'’-]{2,}|[A-Z]{2,6})\b")
_SENTENCE_OPENERS = frozenset('.!?:;"«“(')
# "60 ألف" (60 thousand), "1,2 millioner": a figure often comes with a multiplier word.
_MULTIPLIERS = {
    "ألف": 1_000,
    "آلاف": 1_000,
    "الف": 1_000,
    "مليون": 1_000_000,
    "million": 1_000_000,
    "millions": 1_000_000,
    "millioner": 1_000_000,
    "millionar": 1_000_000,
    "millones": 1_000_000,
    "millón": 1_000_000,
    "millionen": 1_000_000,
    "thousand": 1_000,
    "mil": 1_000,
    "tausend": 1_000,
}
_NUMBER_WORD = re.compile(r"(\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?!\d)|\d+(?:[.,]\d+)?)\s*(\w+)?")
_DIGITS = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d+)*")
# Capitalised words that are not names (sentence starts are already skipped; these slip through).
_NOT_NAMES = frozenset(
    {
        "the",
        "said",
        "saturday",
        "sunday",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "according",
        "reporting",
        "aid",
        "storm",
        "cyclone",
        "floods",
        "photo",
        "image",
        "copyright",
        "caption",
        "getty",
        "media",
        "verified",
        "description",
    }
)
# Place mentions that say where an event is (not "Syrian" refugees, not "the city").
_PLACE_KINDS = frozenset({"country", "admin1", "admin2", "city", "area"})
# A town this small, the only place a report names in its country (and the country itself not
# named), is more often a word read as a place (a club, a first name, a storm) than the story's
# country: it does not make the report "about" that country.
SMALL_TOWN = 20_000
# A place in a country the report never names is doubtful when it lies far from everything else
# the report names: Arabic common words and first names read as places abroad ("بلم" of "بلم شمل"
# as Belém, "جيرار" as Girard, Illinois) fall in a country nobody in the text speaks of, thousands
# of kilometres from the story. Kept when within `NEAR_NAMED_KM` of a country the report names (its
# gazetteer point) or within `NEAR_PLACE_KM` of another place of the report.
NEAR_NAMED_KM = 800
NEAR_PLACE_KM = 300
# And a small town (under `SMALL_TOWN` people) with no other place of the report within
# `NEAR_PLACE_KM` is doubtful in any country: in news of one country, people's names are read as
# its small towns ("جونسون" as Johnson, "ماتيس" as Mathis, Texas, "Blair" as Blair, Nebraska), and
# two reports naming one person then seemed to share a place. Cross-validated on the dev pairs
# (linked, mean of three fold draws, within a language): 0.777 -> 0.789 without embeddings, 0.842 ->
# 0.849 with them.

FEATURES = (
    "word_cos",  # TF-IDF cosine of content words, same language only
    "lead_cos",  # the same over the headline and lead only
    "head_in_text",  # IDF-weighted share of each headline's words the other text holds, same language only
    "char_cos",  # TF-IDF cosine of character 3-5-grams, any two languages (names, cognates, variants)
    "same_lang",
    "place_shared",  # shared sub-country places (gazetteer ids), capped at 3, over 3
    "place_jaccard",
    "region_shared",  # a shared first-level region (province, governorate, state) below the country
    "place_near",  # the two reports' nearest places: 1 at the same point, 0 at 200 km or more
    "country_shared",
    "country_clash",  # both name countries, none in common
    "figures_shared",  # shared figures >= 100, capped at 3, over 3
    "names_jaccard",  # capitalised names and acronyms (Latin script)
    "orgs_shared",  # organisations named, canonical across scripts ("UNHCR" = "مفوضية اللاجئين" = "HCR")
    "days_close",  # published within 3 days
    "days_apart",  # min(gap, 60) / 60
    "days_log",  # log(1 + min(gap, 60)) / log(61): a day's gap weighs more at 1 day than at 40
    "date_unknown",
)
EMBED_FEATURE = "embed_cos"
# Across two languages the content-word cosines are 0 and a pair of reports rests on the other
# signals, which then weigh differently (a translation shares few character n-grams with its
# original yet is the same story). These features are also given a second time, 0 within a
# language ("<name>_across"), so the model fits one weight within a language and one across:
# cross-validated on the dev pairs, within-language F1 0.771 -> 0.782 without embeddings and
# 0.829 -> 0.834 with them (a reduced set, character n-grams, embedding and dates only, was worse).
ACROSS_FEATURES = (
    "char_cos",
    "place_shared",
    "place_jaccard",
    "region_shared",
    "place_near",
    "country_shared",
    "country_clash",
    "figures_shared",
    "names_jaccard",
    "orgs_shared",
    "days_close",
    "days_apart",
    "days_log",
    "date_unknown",
    EMBED_FEATURE,
)
FEATURES = (*FEATURES, *(f"{f}_across" for f in ACROSS_FEATURES if f != EMBED_FEATURE))


@dataclass
class Profile:
    """A document reduced to what linking compares (JSON-serialisable: the store keeps it)."""

    doc_id: str
    lang: str | None
    published: date | None
    places: list[int] = field(default_factory=list)  # GeoNames ids below country level
    regions: list[str] = field(default_factory=list)  # "ISO3/admin1" of those places
    points: list[list[float]] = field(default_factory=list)  # their [lat, lon]
    countries: list[str] = field(default_factory=list)  # ISO3, most-mentioned first
    # the countries it is about: the three most-mentioned and every one mentioned as often as the third
    main: list[str] = field(default_factory=list)
    figures: list[int] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    orgs: list[str] = field(default_factory=list)
    version: str = PROFILE_VERSION

    def to_json(self) -> dict:
        out = asdict(self)
        out["published"] = self.published.isoformat() if self.published else None
        return out

    @classmethod
    def from_json(cls, raw: dict) -> Profile:
        raw = dict(raw)
        raw["published"] = date.fromisoformat(raw["published"]) if raw.get("published") else None
        return cls(**raw)


def _to_int(token: str) -> int | None:
    digits = "".join(str(unicodedata.digit(c)) for c in token if unicodedata.digit(c, None) is not None)
    return int(digits) if digits else None


_COMBINING = re.compile(
    r"[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]"
)


def fold(text: str) -> str:
    """Case- and accent-insensitive form, so 'Orihuela' and 'ORIHUELA', 'Sake' and 'Saké' meet
    (Arabic: vowel marks and hamza seats dropped, so "أ" "إ" "آ" are "ا")."""
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text.casefold()))


def document_text(doc: Document) -> str:
    return " ".join(filter(None, [doc.title, doc.text]))


def text_figures(text: str) -> set[int]:
    """Figures stated in the text, separators dropped and multiplier words applied."""
    found = set()
    for token, word in _NUMBER_WORD.findall(text):
        token = token.strip()
        value = _to_int(token)
        if value is None:
            continue
        multiplier = _MULTIPLIERS.get((word or "").casefold())
        # four bare digits are usually a year ("2017"), not a figure
        if len(token) == 4 and 1900 <= value <= 2100 and not multiplier:
            continue
        if multiplier and not re.search(r"[.,]\d{3}$", token):
            decimal = re.fullmatch(r"(\d+)[.,](\d{1,2})", token)  # "1,2 millioner"
            value = round(float(f"{decimal[1]}.{decimal[2]}") * multiplier) if decimal else value * multiplier
        if value >= 100:
            found.add(value)
    return found


def text_names(text: str) -> set[str]:
    """Capitalised words not opening a sentence, plus acronyms: a cheap stand-in for named entities."""
    names = set()
    for match in _CAPITALISED.finditer(text):
        before = text[: match.start()].rstrip()
        if not before or before[-1] in _SENTENCE_OPENERS:
            continue
        name = fold(match.group(1))
        if name not in _NOT_NAMES and name not in _outlets():
            names.add(name)
    return names


@cache
def _outlets() -> frozenset[str]:
    """News outlets' names ("CNN", "Reuters", "AFP"), folded: in a dateline or a credit they say
    who reports, not what happened, so two reports of one outlet do not share a name by them."""
    from uprooted.lang.organisations import SOURCE_KINDS

    return frozenset(fold(w) for name, kind in SOURCE_KINDS.items() if kind == "media" for w in name.split())


def mask_figures(text: str) -> str:
    """Figures replaced by one token: two reports of one event often differ in their numbers."""
    return _DIGITS.sub("#", text)


def embedding_text(doc: Document) -> str:
    return mask_figures(document_text(doc)[:EMBED_CHARS]) or doc.doc_id


def profile(doc: Document, facts: Sequence[Fact] = ()) -> Profile:
    """Read one document (and its facts, when there are any) for linking."""
    from uprooted.lang import get_pack
    from uprooted.places import find_places

    text = document_text(doc)
    lead = text[:LEAD_CHARS]
    places: set[int] = set()
    regions: set[str] = set()
    points: set[tuple[float, float]] = set()
    countries: Counter[str] = Counter()
    named: set[str] = set()  # countries the text names as countries (or a fact places in)
    towns: dict[str, set[int]] = {}  # country -> the ids of the places below country level in it
    small: set[int] = set()  # of those, the small towns (city or area kind)
    try:
        pack = get_pack(doc.lang)
        mentions = sorted(find_places(lead, pack), key=lambda m: m.start)
        datelines = _datelines(lead, mentions, pack)
    except Exception:  # noqa: BLE001 - a gazetteer problem must not stop linking; places stay empty
        mentions, datelines = [], set()
    # a dateline is where the outlet files from ("دبي، الإمارات (CNN) --"), not the story
    mentions = [
        m for m in mentions if m.place is not None and m.kind in _PLACE_KINDS and id(m) not in datelines
    ]
    fact_countries = {f.place.country for f in facts if f.place and f.place.country}
    doubtful = doubtful_places(mentions, fact_countries)
    doubtful |= lonely_small_towns(
        mentions, {int(f.place.geonames_id) for f in facts if f.place and f.place.geonames_id}, fact_countries
    )
    for mention in mentions:
        place = mention.place
        if id(mention) in doubtful:
            continue
        if place.country:
            countries[place.country] += 1
            if mention.kind == "country":
                named.add(place.country)
            else:
                towns.setdefault(place.country, set()).add(int(place.geonames_id or 0))
                if mention.kind in ("city", "area") and population(place.geonames_id) < SMALL_TOWN:
                    small.add(int(place.geonames_id or 0))
        if mention.kind != "country" and place.geonames_id:
            places.add(int(place.geonames_id))
            if place.country and place.admin1:
                regions.add(f"{place.country}/{place.admin1}")
            if place.lat is not None and place.lon is not None:
                points.add((round(place.lat, 2), round(place.lon, 2)))
    figures = text_figures(text)
    for fact in facts:
        if fact.value >= 100:
            figures.add(int(fact.value))
        if fact.place is not None:
            if fact.place.country:
                countries[fact.place.country] += 2
                named.add(fact.place.country)
            if fact.place.geonames_id:
                places.add(int(fact.place.geonames_id))
    for country, ids in towns.items():
        if country not in named and len(ids) == 1 and ids <= small:
            del countries[country]
    ordered = sorted(countries, key=lambda c: (-countries[c], c))
    return Profile(
        doc_id=doc.doc_id,
        lang=doc.lang,
        published=doc.published,
        places=sorted(places),
        regions=sorted(regions),
        points=[list(p) for p in sorted(points)],
        countries=ordered,
        main=[c for c in ordered if countries[c] >= countries[ordered[min(2, len(ordered) - 1)]]],
        figures=sorted(figures),
        names=sorted(text_names(lead)),
        orgs=sorted(_organisations(lead, doc.lang)),
    )


def _country_point(iso3: str) -> tuple[float, float] | None:
    from uprooted.places.gazetteer import gazetteer

    gaz = gazetteer()
    index = gaz.country_by_iso3.get(iso3)
    entry = gaz.entries[index] if index is not None else None
    return (entry.lat, entry.lon) if entry is not None and entry.lat is not None else None


def doubtful_places(mentions: Sequence, countries: set[str] = frozenset()) -> set[int]:
    """The ids of the place mentions below country level that are doubtful: in a country the text
    never names as a country (nor a fact is placed in), far (`NEAR_NAMED_KM`) from every country it
    names and far (`NEAR_PLACE_KM`) from its other places. When the text names no country, nothing
    is doubtful (there is nothing to judge a place against)."""
    named = set(countries) | {m.place.country for m in mentions if m.kind == "country" and m.place.country}
    anchors = [p for p in (_country_point(c) for c in sorted(named)) if p is not None]
    if not anchors:
        return set()
    points = {
        id(m): (m.place.lat, m.place.lon)
        for m in mentions
        if m.kind != "country" and m.place.lat is not None and m.place.lon is not None
    }
    out = set()
    for m in mentions:
        if m.kind == "country" or m.place.country in named or id(m) not in points:
            continue
        here = [points[id(m)]]
        if nearest_km(here, anchors) <= NEAR_NAMED_KM:
            continue
        others = [p for k, p in points.items() if k != id(m) and _key(p) != _key(points[id(m)])]
        if others and nearest_km(here, others) <= NEAR_PLACE_KM:
            continue
        out.add(id(m))
    return out


def lonely_small_towns(
    mentions: Sequence, vouched: set[int] = frozenset(), countries: set[str] = frozenset()
) -> set[int]:
    """The ids of the mentions of small towns (a city or area under `SMALL_TOWN` people) with no
    other place of the report within `NEAR_PLACE_KM` and no fact placed in them, in a report that
    names a country (or whose facts are placed in one, `countries`): a person's name ("جونسون",
    "ماتيس", "Blair") or a common word read as a town, not where the story is. A report naming no
    country keeps its towns (a lone village may be all it says of where)."""
    points = {
        id(m): (m.place.lat, m.place.lon)
        for m in mentions
        if m.kind != "country" and m.place.lat is not None and m.place.lon is not None
    }
    if not any(m.kind == "country" for m in mentions) and not countries:
        return set()  # a report naming no country: its one town may be all it says of where
    out = set()
    for m in mentions:
        if m.kind not in ("city", "area") or id(m) not in points:
            continue
        if int(m.place.geonames_id or 0) in vouched or population(m.place.geonames_id) >= SMALL_TOWN:
            continue
        others = [p for k, p in points.items() if k != id(m) and _key(p) != _key(points[id(m)])]
        if others and nearest_km([points[id(m)]], others) <= NEAR_PLACE_KM:
            continue
        out.add(id(m))
    return out


def _key(point: tuple[float, float]) -> tuple[float, float]:
    return (round(point[0], 2), round(point[1], 2))


def _datelines(text: str, mentions: list, pack) -> set[int]:
    """The ids of the mentions that are a dateline, as extraction reads them (the pack's agencies
    and marks); none when the extractor's rules cannot be read."""
    from uprooted.extract.placing import dateline_ids
    from uprooted.extract.rules import rules_for

    return dateline_ids(text, mentions, rules_for(pack).place if pack is not None else None)


@cache
def _populations() -> dict[int, int]:
    from uprooted.places.gazetteer import gazetteer

    out: dict[int, int] = {}
    for entry in gazetteer().entries:
        if entry.geonames_id and entry.population > out.get(entry.geonames_id, -1):
            out[entry.geonames_id] = entry.population
    return out


def population(geonames_id: int | None) -> int:
    """The gazetteer's population of a place (0 when unknown)."""
    return _populations().get(int(geonames_id), 0) if geonames_id else 0


def _organisations(text: str, lang: str | None) -> set[str]:
    try:
        return text_organisations(text, lang)
    except Exception:  # noqa: BLE001 - a broken pack must not stop linking
        return set()


# Canonical organisation names that say nothing about which event a report tells.
_GENERIC_ORGS = frozenset(
    {"government", "authorities", "police", "military", "media", "aid agencies", "United Nations"}
)


def text_organisations(text: str, lang: str | None) -> set[str]:
    """Organisations named in the text, by the language pack's and the shared organisation names,
    canonicalised (the same rules attribution uses), so they agree across languages and scripts."""
    from uprooted.extract.rules import rules_for
    from uprooted.lang import get_pack
    from uprooted.lang.organisations import SOURCE_KINDS

    pack = get_pack(lang)
    if pack is None:
        return set()
    found = set()
    for pattern, canonical in rules_for(pack).organisations:
        if canonical in _GENERIC_ORGS or SOURCE_KINDS.get(canonical) == "media" or canonical in found:
            continue  # an outlet ("CNN", "رويترز") says who reports, not what happened
        if pattern.search(text):
            found.add(canonical)
    return found


def main_countries(prof: Profile) -> set[str]:
    """The countries a report is about: its three most-mentioned ones and every one mentioned as often
    as the third (a tie is not broken by the alphabet). A profile built without `main` (by hand):
    its first three countries."""
    return set(prof.main) if prof.main else set(prof.countries[:3])


def days_apart(a: Profile, b: Profile) -> int | None:
    if a.published and b.published:
        return abs((a.published - b.published).days)
    return None


def nearest_km(a: Sequence[Sequence[float]], b: Sequence[Sequence[float]]) -> float | None:
    """Great-circle distance between the closest two of the reports' places (None if either has none)."""
    best = None
    for lat1, lon1 in a:
        for lat2, lon2 in b:
            p1, p2 = math.radians(lat1), math.radians(lat2)
            h = (
                math.sin((p2 - p1) / 2) ** 2
                + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
            )
            km = 12742 * math.asin(min(1.0, math.sqrt(h)))
            best = km if best is None else min(best, km)
    return best


def _jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def pair_features(
    a: Profile,
    b: Profile,
    word_cos: float,
    char_cos: float,
    embed_cos: float | None = None,
    lead_cos: float = 0.0,
    head_in_text: float = 0.0,
) -> dict[str, float]:
    """The named features of one pair of documents (see `FEATURES`)."""
    places_a, places_b = set(a.places), set(b.places)
    countries_a, countries_b = main_countries(a), main_countries(b)
    gap = days_apart(a, b)
    same_lang = bool(a.lang and a.lang == b.lang)
    near = nearest_km(a.points, b.points)
    features = {
        "word_cos": word_cos if same_lang else 0.0,
        "lead_cos": lead_cos if same_lang else 0.0,
        "head_in_text": head_in_text if same_lang else 0.0,
        "char_cos": char_cos,
        "same_lang": 1.0 if same_lang else 0.0,
        "place_shared": min(len(places_a & places_b), 3) / 3,
        "place_jaccard": _jaccard(places_a, places_b),
        "region_shared": 1.0 if set(a.regions) & set(b.regions) else 0.0,
        "place_near": max(0.0, 1 - near / 200) if near is not None else 0.0,
        "country_shared": 1.0 if countries_a & countries_b else 0.0,
        "country_clash": 1.0 if countries_a and countries_b and not countries_a & countries_b else 0.0,
        "figures_shared": min(len(set(a.figures) & set(b.figures)), 3) / 3,
        "names_jaccard": _jaccard(set(a.names), set(b.names)),
        "orgs_shared": _jaccard(set(a.orgs), set(b.orgs)),
        "days_close": 1.0 if gap is not None and gap <= 3 else 0.0,
        "days_apart": min(gap, 60) / 60 if gap is not None else 0.0,
        "days_log": math.log1p(min(gap, 60)) / math.log1p(60) if gap is not None else 0.0,
        "date_unknown": 1.0 if gap is None else 0.0,
    }
    if embed_cos is not None:
        features[EMBED_FEATURE] = embed_cos
    for name in ACROSS_FEATURES:
        if name in features:
            features[f"{name}_across"] = 0.0 if same_lang else features[name]
    return features


def why(features: dict[str, float]) -> list[str]:
    """The signals behind a link, for review."""
    out = []
    if features.get("place_shared"):
        out.append("same place")
    elif features.get("country_shared"):
        out.append("same country")
    if features.get("figures_shared"):
        out.append("shared figures")
    if features.get("word_cos", 0) >= 0.2:
        out.append(f"content words {features['word_cos']:.2f}")
    if features.get("char_cos", 0) >= 0.2:
        out.append(f"character n-grams {features['char_cos']:.2f}")
    if features.get(EMBED_FEATURE) is not None:
        out.append(f"embedding cosine {features[EMBED_FEATURE]:.2f}")
    return out


def sigmoid(x: float) -> float:
    return 1 / (1 + math.exp(-x)) if x > -60 else 0.0
