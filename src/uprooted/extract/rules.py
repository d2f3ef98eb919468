"""A language pack's term and source data, compiled once into the patterns the engine reads.

Everything a language contributes to extraction is data in `lang/xx/`; this module turns it into
regular expressions (`rules_for`, cached per pack), so a broken pack entry is logged and skipped
here rather than failing on every sentence. It also holds the word tokens the other modules
count distances in.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from uprooted.lang.base import LanguagePack
from uprooted.lang.organisations import SHARED_FORMS
from uprooted.places.finder import Anaphora

log = logging.getLogger(__name__)

_TOKEN_RE = re.compile(r"\w(?:[\w'’.-]*\w)?|[^\w\s]")
_PUNCT_STOP = set(',;:()[]!?"“”«»—–')


def _wrap(fragment: str) -> str:
    return rf"(?<!\w)(?:{fragment})(?!\w)"


def _alt(fragments) -> str | None:
    parts = [f for f in fragments if f]
    return "|".join(f"(?:{p})" for p in parts) if parts else None


def _compile(fragments, flags=re.IGNORECASE, whole=True) -> re.Pattern | None:
    alt = _alt(fragments)
    if alt is None:
        return None
    try:
        return re.compile(_wrap(alt) if whole else alt, flags)
    except re.error as exc:  # a broken pack entry must not take the engine down
        log.error("bad pack regex %r: %s", alt[:80], exc)
        return None


def _compile_glued_right(fragments) -> re.Pattern | None:
    """Like `_compile`, but a word may also end where a capital letter is glued to it."""
    alt = _alt(fragments)
    if alt is None:
        return None
    try:
        return re.compile(rf"(?<!\w)(?:{alt})(?:(?!\w)|(?-i:(?=[A-Z])))", re.IGNORECASE)
    except re.error as exc:
        log.error("bad pack regex %r: %s", alt[:80], exc)
        return None


# a word with 1-2 digits glued to its end: a footnote marker ("displaced12 by the floods", also
# at a sentence end: "12,300 asylum applicants2."; "2.5" and "2,000" are figures)
_FOOTNOTE_END = r"(?![\w,]|\.\d)"
FOOTNOTE_RE = re.compile(r"[^\W\d_]\d{1,2}" + _FOOTNOTE_END)


def _compile_footnoted(regex: str) -> re.Pattern | None:
    """A term ending at a footnote marker glued to it; searched only in sentences that have one."""
    try:
        return re.compile(rf"(?<!\w)(?:{regex})(?=\d{{1,2}}{_FOOTNOTE_END})", re.IGNORECASE)
    except re.error as exc:
        log.error("bad pack regex %r: %s", regex[:80], exc)
        return None


@dataclass
class _Rules:
    """A pack's term and source data, compiled once."""

    triggers: list[tuple[re.Pattern, str, str]]
    glued_triggers: list[tuple[re.Pattern, str, str]]
    casualty: re.Pattern | None
    soft: re.Pattern | None
    people: re.Pattern | None
    units: list[tuple[str, re.Pattern]]
    non_fact_noun: re.Pattern | None
    tally_connector: re.Pattern | None
    negation: re.Pattern | None
    hypothetical: re.Pattern | None
    bare_follower: re.Pattern | None
    gap_word: re.Pattern | None
    non_fact_before: list[re.Pattern]
    non_fact_after: list[re.Pattern]
    non_home_evacuation: re.Pattern | None
    clause_break: re.Pattern | None
    temporal_anaphora: re.Pattern | None
    restatement: re.Pattern | None
    source_patterns: list[re.Pattern]
    organisations: list[tuple[re.Pattern, str]]
    cues: re.Pattern | None
    origin: re.Pattern | None
    destination: re.Pattern | None
    link_before: re.Pattern | None = None  # a figure link ending right before a figure
    link: re.Pattern | None = None
    modifier_opener: re.Pattern | None = None
    participle: re.Pattern | None = None
    coordinator: re.Pattern | None = None
    glued_coordinator: re.Pattern | None = None  # "و" written onto the term: "وتشريد"
    org_word: re.Pattern | None = None
    date_word: re.Pattern | None = None  # weekdays and months: "45 000 fredag" is a bare figure
    country_scope: re.Pattern | None = None  # "across the country", "nationwide", "hele landet"
    second_joiner: re.Pattern | None = None  # "and", "after": a second measure of the same people
    # a trigger stating a second measure by itself: (pattern, term, measure)
    second_triggers: tuple[tuple[re.Pattern, str, str], ...] = ()
    other_words: re.Pattern | None = None  # "others", "otras": the noun of the figure before
    non_fact_spans: list[re.Pattern] | None = None  # "her four children": a figure inside is no fact
    place: _PlaceRules | None = None  # the pack's place words, compiled for extract/placing.py
    capitalised_nouns: bool = False  # German: a capitalised word after a figure is its noun
    head_first_construct: bool = False  # Arabic: "سكان المدينة" counts residents, not the city
    closed_compounds: bool = False  # Norwegian: a people noun never qualifies a separate noun
    demonym_forms: frozenset[str] = frozenset()  # "syrians", "syrer": nationals, lower-cased
    participle_closes_clause: bool = False  # German: "wurden 180 Haushalte evakuiert" is the predicate
    lemma_terms: dict[str, tuple[str, str]] | None = None  # lemma -> (term, measure)
    lemma_languages: tuple[str, ...] = ()  # simplemma's languages for those lemmas
    shelter_negator: re.Pattern | None = None  # "outside" right before a shelter term
    shelter_origin: re.Pattern | None = None  # "from the" right before a shelter term
    people_non_fact_before: tuple = ()  # aid recipients: no people fact (homes stay)
    remain_keeps_displaced_noun: bool = False  # "IDPs remain in X": displaced, not remaining
    arrival_word: re.Pattern | None = None  # "arrived": migrants arriving need a word of flight
    shelter_place: re.Pattern | None = None  # "centres", "camps": a label naming places, ending there
    aid: re.Pattern | None = None  # word classes the fact model weighs (extract/features.py)
    aid_given: re.Pattern | None = None  # aid handed out, never people taken in or registered
    health: re.Pattern | None = None
    custody: re.Pattern | None = None
    anaphora: re.Pattern | None = None  # "these" right before a figure
    anaphora_after: re.Pattern | None = None  # "waren es" right after a figure
    anaphora_affected: re.Pattern | None = None  # "Betroffen sind" right before a figure: orders only
    partitive: re.Pattern | None = None  # "many of the" right before a figure
    partitive_after: re.Pattern | None = None  # "davon", "of whom" right after a figure
    hypothetical_after: re.Pattern | None = None  # a modal right after the term (verb-final)
    footnote_triggers: list[tuple[re.Pattern, str, str]] | None = None  # "displaced12"
    # "estimated at", "au nombre de", "auf {n} geschätzt": (the part ending right before the
    # figure, the part starting right after it or None)
    count_predicates: list[tuple[re.Pattern, re.Pattern | None]] | None = None
    mixed_group: re.Pattern | None = None  # "host community" beside the displaced in one count
    either: re.Pattern | None = None  # "or" between two home terms: a combined total
    intent: re.Pattern | None = None  # "plans to resettle": an intention, not a move
    subgroup: re.Pattern | None = None  # "of whom", "among them": a part of a group
    part_noun: re.Pattern | None = None  # "children", "women": a sex or age group
    need: re.Pattern | None = None  # "in need", "targeted": aid not (yet) given
    migrant: re.Pattern | None = None  # "migrants": counted only where said to flee


_NEVER = re.compile(r"(?!)")  # a rule with no words in the pack matches nothing
_CAP = "[A-ZÀ-Þ]"  # a capitalised word (Latin script)


@dataclass
class _PlaceRules:
    """A pack's place words (`PlaceData`, the part read by extract/placing.py), compiled once.

    Every pattern exists; one whose words the pack does not give matches nothing."""

    list_gap: re.Pattern  # "Mosul, Erbil", "Mosul and Erbil": the gap between two listed places
    region_gap: re.Pattern  # "du Nord-Ouest, du Nord et de l'Artibonite": items keep a preposition
    list_goes_on: re.Pattern  # ", Erbil", " and Erbil" right after a place: a list, not apposition
    enum_after: re.Pattern  # "Mosul, Erbil and Kirkuk" from the end of the first place
    enum_before: re.Pattern  # ... up to the start of the last
    locative_before: re.Pattern  # "in", "au", "i", "في" (and an article) right before a country
    name_goes_on: re.Pattern  # "the Paraguay river", "Turkey's", "China Earthquake Center"
    river_after: re.Pattern
    institution_after: re.Pattern  # "Russia's defence ministry", "Russlands regjering"
    institution_before: re.Pattern  # "la Cour suprême d'Israël", "tribunales de ... de Estados Unidos"
    clause_break: re.Pattern  # where a figure's clause ends
    relative_locative: re.Pattern  # ", where" right after a place: a clause about that place
    present_before: re.Pattern  # "are currently living in" right before a place: people are there
    admin_anaphor: re.Pattern  # "in the province": the first-level area named last before it
    settlement_anaphor: Anaphora  # "the town" (not "the town of ..."): the settlement named last before it
    name_noun_after: re.Pattern  # " Refugee Camp" after a country: the country is in a camp's name
    demonym_negation: re.Pattern  # "non-" right before a demonym
    counted_regions: re.Pattern  # "in several provinces", "seven Chinese provincial-level regions"
    counted_localities: re.Pattern  # "in nine cities", "across 9 districts"
    container_gap: re.Pattern  # "... of Sichuan province": the gap before the area holding them
    country_word: re.Pattern  # "the country", "nationwide", "landet", "البلاد"
    total_word: re.Pattern  # "in total", "au total", "insgesamt": a sum, the country's only alone
    part_of: re.Pattern  # "the north of" right before a country word
    transfer: re.Pattern  # "transferred", "hébergés", "flyttet"
    after_transfer_origin: re.Pattern  # "from" right after a transfer verb
    strong_origin: re.Pattern  # "from", "depuis", "desde", "fra", "من" before a place
    side_gap: re.Pattern  # "vers le Mali et le Niger": the gap after a place whose side is shared
    part_opener: re.Pattern = _NEVER  # "of whom", "dont" ending right before a part's figure
    part_closer: re.Pattern = _NEVER  # "of them", "de ellos" right after a part's figure (and noun)
    island_word: re.Pattern = _NEVER  # "the island", "la isla": the island or country in play
    transit_before: re.Pattern = _NEVER  # "via", "عبر ممر ... ب": ends right before a place passed through
    # From the end of a place to the start of the text after a dateline anywhere in a line
    # ("Wien/Budapest – Hunderte", "PARIS, 3 mars (AFP) - Le", "Oslo (NTB): Antall").
    dateline_inline: re.Pattern = _NEVER
    # A joiner word anywhere in a gap ("Siliguri and other parts of West Bengal"): two places
    # named side by side, not one located in the other.
    joiner_in_gap: re.Pattern = _NEVER
    # A joiner written onto the next word as a proclitic (Arabic "ونزوح"): the packs' joiners
    # that are among their `clitic_letters`.
    joiner_glued: re.Pattern = _NEVER


def _or(fragments) -> str | None:
    """The alternation of a word list in the pack's order, or None when it is empty."""
    parts = [f for f in fragments if f]
    return "|".join(f"(?:{p})" for p in parts) if parts else None


def _place_pattern(build, *lists, flags=re.IGNORECASE) -> re.Pattern:
    """`build(*alternations)` compiled; a rule needing a word list the pack leaves empty is
    `_NEVER`. `build` receives None for lists it may do without."""
    try:
        source = build(*lists)
        return _NEVER if source is None else re.compile(source, flags)
    except re.error as exc:  # a broken pack entry must not take the engine down
        log.error("bad pack place regex: %s", exc)
        return _NEVER


def _build_place_rules(pack: LanguagePack) -> _PlaceRules:
    pd = pack.places
    joiners = _or(pd.list_joiners)
    alternatives = _or(pd.list_alternatives)
    articles = _or(pd.name_articles)
    openers = _or(pd.list_item_openers)
    # Prepositions written onto the next word ("وفي") are matched inside words.
    lead, trail = ("", "") if pd.glued_words else (r"\b", r"\b")

    def opt(*alts) -> str:
        """An optional slot for whichever of the lists the pack gives."""
        alts = [a for a in alts if a]
        return f"(?:{'|'.join(alts)})?" if alts else ""

    def then_joiner() -> str:
        # ", and Kirkuk": a joiner may follow the comma.
        return rf"(?:(?:{joiners})\s+)?" if joiners else ""

    head_sep = "|".join(x for x in (",", ";", "&", joiners, alternatives) if x)
    region_sep = "|".join(x for x in (",", "&", joiners) if x)
    side_sep = "|".join(x for x in (",", joiners, alternatives) if x)
    return _PlaceRules(
        list_gap=_place_pattern(lambda: rf"^\s*(?:{head_sep})\s*{then_joiner()}$"),
        region_gap=_place_pattern(
            lambda: rf"^\s*(?:{region_sep})\s*{then_joiner()}{opt(articles, openers)}$"
        ),
        list_goes_on=_place_pattern(
            lambda: rf"\s*(?:{'|'.join(x for x in (',', joiners) if x)})\s*{_CAP}", flags=0
        ),
        enum_after=_place_pattern(
            lambda: (
                None
                if joiners is None
                else rf"^(?:\s*,\s*{opt(openers)}{_CAP}[\w'’-]*(?:\s+{_CAP}[\w'’-]*)?)*,?\s+(?:{joiners})\s+"
                rf"{opt(articles, openers)}[A-ZÀ-Þ\u0600-\u06ff]"
            ),
            flags=0,
        ),
        enum_before=_place_pattern(
            lambda: (
                None
                if joiners is None
                else rf"{_CAP}[\w'’-]*\s*,?\s+(?:{joiners})\s+{opt(articles, openers)}$"
            ),
            flags=0,
        ),
        locative_before=_place_pattern(
            lambda w: None if w is None else rf"{lead}(?:{w})\s*{opt(articles)}$",
            _or(pd.locative_prepositions),
        ),
        name_goes_on=_place_pattern(
            lambda poss, river: (
                "^(?:"
                + "|".join(
                    x
                    for x in (
                        rf"[ \t]+{_CAP}",
                        poss and rf"(?:{poss})\b",
                        river and rf"\s+(?i:{river})\b",
                    )
                    if x
                )
                + ")"
            ),
            _or(pd.possessive_suffixes),
            _or(pd.river_words),
            flags=0,
        ),
        river_after=_place_pattern(lambda w: None if w is None else rf"^\s+(?:{w})\b", _or(pd.river_words)),
        institution_after=_place_pattern(
            lambda poss, w: None if w is None else rf"^{opt(poss)}\s+(?:\w+\s+)?(?:{w})",
            _or(pd.possessive_suffixes),
            _or(pd.institution_words),
        ),
        institution_before=_place_pattern(
            lambda w, of: (
                None
                if w is None or of is None
                else rf"(?<![^\W\d_])(?:{w})(?:\s+[^\W\d_]+){{0,2}}\s+(?:{of})\s*$"
            ),
            _or(getattr(pd, "institutions_before", ())),
            _or(getattr(pd, "institution_of", ())),
        ),
        # (and, whatever the language, a footnote mark glued to a sentence's stop: "... from
        # returning home.9 Insecurity along ...", PDF text whose sentence the stop no longer ends)
        clause_break=_place_pattern(
            lambda w: (
                r";|\s[–—]\s|\s-\s|(?<=[^\W\d_]\.)\d{1,3}(?=\s+(?-i:[A-ZÀ-Þ]))"
                + (rf"|,\s*(?:{w})\b" if w else "")
            ),
            _or(pd.clause_openers),
        ),
        part_opener=_place_pattern(
            lambda w: None if w is None else rf",\s*(?:{w})\s*$",
            _or(getattr(pd, "part_openers", ())),
        ),
        part_closer=_place_pattern(
            lambda w: None if w is None else rf"^\s*(?:[^\W\d_]+\s+){{0,2}}?(?:{w})(?!\w)",
            _or(getattr(pd, "part_closers", ())),
        ),
        present_before=_place_pattern(
            lambda w: None if w is None else rf"(?<!\w)(?:{w})\s+(?:the\s+)?(?:[^\W\d_]+\s+){{0,2}}$",
            _or(pd.present_locatives),
        ),
        counted_regions=_place_pattern(
            lambda c, n: None if c is None or n is None else _counted(c, n),
            _or(pd.area_counts),
            _or(pd.plural_regions),
        ),
        counted_localities=_place_pattern(
            lambda c, n: None if c is None or n is None else _counted(c, n),
            _or(pd.area_counts),
            _or(pd.plural_localities),
        ),
        container_gap=_place_pattern(
            lambda w: (
                None
                if w is None
                else rf"(?:^|\s)(?:{w})\s+(?:{articles}\s*)?(?:[^\W\d_][\w-]*\s+){{0,3}}$"
                if articles
                else rf"(?:^|\s)(?:{w})\s+(?:[^\W\d_][\w-]*\s+){{0,3}}$"
            ),
            _or(pd.container_prepositions),
        ),
        demonym_negation=_place_pattern(
            lambda w: None if w is None else rf"(?<![^\W\d_])(?:{w})$", _or(pd.demonym_negations)
        ),
        name_noun_after=_place_pattern(
            lambda w: None if w is None else rf"^\s+(?:[A-ZÀ-Þ][\w'’-]*\s+)?(?:{w})(?!\w)",
            _or(pd.name_nouns_after),
            flags=0,
        ),
        admin_anaphor=_place_pattern(
            lambda w: None if w is None else rf"(?<!\w)(?:{w})(?!\w)", _or(pd.admin_anaphora)
        ),
        settlement_anaphor=Anaphora.build(pd.settlement_anaphora, pd.anaphora_blockers)
        or Anaphora(_NEVER, None),
        relative_locative=_place_pattern(
            lambda w: None if w is None else rf"^\s*,\s*(?:{w})\b", _or(pd.relative_locatives)
        ),
        country_word=_place_pattern(
            lambda w: None if w is None else rf"{lead}(?:{w}){trail}", _or(pd.country_words)
        ),
        total_word=_place_pattern(
            lambda w: None if w is None else rf"^(?:{w})$", _or(getattr(pd, "total_words", ()))
        ),
        part_of=_place_pattern(lambda w: w, _or(pd.part_of_before)),
        transfer=_place_pattern(
            lambda w: None if w is None else rf"{lead}(?:{w}){trail}", _or(pd.transfer_verbs)
        ),
        after_transfer_origin=_place_pattern(
            lambda w: None if w is None else rf"^\s*(?:{w})\s*{opt(articles)}$", _or(pd.transfer_origins)
        ),
        strong_origin=_place_pattern(
            lambda w: None if w is None else rf"{lead}(?:{w})\s+(?:\w+\s+)?$", _or(pd.strong_origin_words)
        ),
        side_gap=_place_pattern(lambda: rf"^\s*(?:{side_sep})?\s*{then_joiner()}{opt(articles)}$"),
        island_word=_place_pattern(
            lambda w: None if w is None else rf"(?<!\w)(?:{w})(?!\w)", _or(pd.island_words)
        ),
        # The transit word (with the words a pack lets follow it), then the place.
        transit_before=_place_pattern(
            lambda w: None if w is None else rf"(?<!\w)(?:{w})\s*{opt(articles)}$", _or(pd.transit_words)
        ),
        dateline_inline=_place_pattern(
            _dateline_inline,
            _or(getattr(pd, "dateline_agencies", ())),
            _or(getattr(pd, "dateline_marks", ())),
            flags=0,
        ),
        joiner_in_gap=_place_pattern(lambda: None if joiners is None else rf"(?:^|\s)(?:{joiners})(?:\s|$)"),
        joiner_glued=_place_pattern(
            lambda w: None if w is None else rf"(?:^|\s)(?:{w})(?=[^\W\d_])",
            _or([j for j in pd.list_joiners if len(j) == 1 and j in (pd.clitic_letters or "")]),
        ),
    )


def _counted(counts: str, nouns: str) -> str:
    """A count, up to two words, then a plural area noun: "31 of the 34 provinces", "seven Chinese
    provincial-level regions", "8 different provinces"."""
    return rf"(?<![\w-])(?:{counts})\s+(?:[^\W\d_][\w'’-]*\s+){{0,2}}(?:{nouns})(?![\w-])"


# A dateline's parts after its first place: more places joined by "/" ("Wien/Budapest"), a comma
# and a country or date ("NAIROBI, Kenya", "PARIS, 3 mars"), brackets ("(AP)", "(Mozambique)").
_DATELINE_CHAIN = r"(?:\s*/\s*[^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*)?)*"
_DATELINE_COMMA = r"(?:[,،][^\n—–()\-:.]{1,30}?)?"
_DATELINE_NEXT = r"\s*[\"«“„'(]?(?=[A-ZÀ-Þ\u0600-\u06ff])"  # the report's first word


def _dateline_inline(agencies: str | None, marks: str | None) -> str:
    """A dateline anywhere in a line, from the end of its place: a spaced dash, or brackets naming
    a news agency of the pack and a dash or one of the pack's marks; then a capital (or an
    Arabic letter) opening the report."""
    dash = r"(?:\s*\([^)\n]{1,30}\))*\s+(?:[—–]|--?)\s+"
    forms = [dash]
    if agencies:
        end = r"[—–-]|--" + (f"|{marks}" if marks else "")
        forms.append(rf"\s*\(\s*(?i:{agencies})(?![^\W\d_])[^)\n]{{0,30}}\)\s*(?:{end})")
    return rf"^{_DATELINE_CHAIN}{_DATELINE_COMMA}(?:{'|'.join(forms)}){_DATELINE_NEXT}"


def _full(fragments, flags=re.IGNORECASE) -> re.Pattern | None:
    alt = _alt(fragments)
    if alt is None:
        return None
    try:
        return re.compile(rf"(?:{alt})", flags)
    except re.error as exc:
        log.error("bad pack regex %r: %s", alt[:80], exc)
        return None


def _list(fragments, flags=re.IGNORECASE) -> list[re.Pattern]:
    out = []
    for frag in fragments:
        try:
            out.append(re.compile(frag, flags))
        except re.error as exc:
            log.error("bad pack regex %r: %s", frag[:80], exc)
    return out


_RULES_CACHE: dict[int, tuple[LanguagePack, _Rules]] = {}


def rules_for(pack: LanguagePack) -> _Rules:
    """Compiled rules of a pack, cached by identity (packs hold dicts, so are not hashable)."""
    hit = _RULES_CACHE.get(id(pack))
    if hit is not None and hit[0] is pack:
        return hit[1]
    rules = _build_rules(pack)
    _RULES_CACHE[id(pack)] = (pack, rules)
    return rules


def _build_rules(pack: LanguagePack) -> _Rules:
    terms, sources = pack.terms, pack.sources
    triggers = []
    footnote_triggers = []
    glued = []
    # A qualifier glued after a term ("displacedabout 4,400"): PDF spacing.
    quals = sorted(getattr(pack.numbers, "qualifiers_before", {}) or {}, key=len, reverse=True)
    glue_after = ("|(?:" + "|".join(re.escape(q) for q in quals) + r")\s*\d") if quals else ""
    # a preposition glued after a term, then a figure: "damageto 61,000 homes"
    preps = getattr(terms, "glued_prepositions", ()) or ()
    if preps:
        glue_after += "|(?:" + "|".join(preps) + r")\s+\d"
    for regex, term, measure in terms.triggers:
        # a footnote marker glued to a term ("displaced12 by the floods") ends the word
        pattern = _compile([regex])
        footnoted = _compile_footnoted(regex)
        if footnoted is not None:
            footnote_triggers.append((footnoted, term, measure))
        if pattern is not None:
            triggers.append((pattern, term, measure))
            # PDF text loses spaces ("weredisplaced", "fledShirqat"): the same term glued to a
            # word before it, or to a capitalised name after it.
            glued.append(
                (
                    re.compile(
                        rf"(?<=\w)(?:{regex})(?!\w)|(?<!\w)(?:{regex})(?=(?-i:[A-Z]){glue_after})", re.I
                    ),
                    term,
                    measure,
                )
            )
    organisations: list[tuple[re.Pattern, str]] = []
    for form, canonical in SHARED_FORMS.items():
        organisations.append((re.compile(_wrap(form)), canonical))
    for form, canonical in sources.organisations.items():
        pattern = _compile([form])
        if pattern is not None:
            organisations.append((pattern, canonical))
    return _Rules(
        triggers=triggers,
        glued_triggers=glued,
        footnote_triggers=footnote_triggers,
        casualty=_compile(terms.casualty_words),
        # a soft word glued to the next sentence by PDF text ("3540 people affectedLocal
        # disaster ..."): a capital right after it ends the word
        soft=_compile_glued_right(terms.soft_blockers),
        people=_full(terms.people_nouns),
        units=[(unit, p) for unit, words in terms.unit_nouns.items() if (p := _full(words))],
        non_fact_noun=_full(terms.non_fact_nouns),
        tally_connector=_full(terms.tally_connectors),
        negation=_compile(terms.negations),
        hypothetical=_compile(terms.hypotheticals),
        bare_follower=_full(terms.bare_followers),
        gap_word=_full(terms.noun_gap_words),
        non_fact_before=_list(terms.non_fact_before),
        non_fact_after=_list(terms.non_fact_after),
        people_non_fact_before=tuple(_list(getattr(terms, "people_non_fact_before", ()))),
        remain_keeps_displaced_noun=bool(getattr(terms, "remain_keeps_displaced_noun", False)),
        arrival_word=_compile(getattr(terms, "arrival_words", ())),
        non_fact_spans=_list(getattr(terms, "non_fact_spans", ())),
        non_home_evacuation=_compile(terms.non_home_evacuation),
        clause_break=_full(terms.clause_breaks),
        temporal_anaphora=_compile(terms.temporal_anaphora),
        restatement=_full(terms.restatement_joiners),
        source_patterns=_list(sources.patterns, 0),
        organisations=organisations,
        cues=_compile(sources.cues),
        origin=_compile(getattr(terms, "origin_prepositions", ())),
        destination=_compile(getattr(terms, "destination_prepositions", ())),
        link_before=_full([rf"(?<!\w)(?:{_alt(terms.figure_links)})\W{{0,3}}$"])
        if terms.figure_links
        else None,
        link=_compile(terms.figure_links),
        modifier_opener=_full([rf"^\W*(?:{_alt(terms.modifier_openers)})(?!\w)"])
        if terms.modifier_openers
        else None,
        participle=_compile(terms.participle_terms),
        coordinator=_compile(terms.coordinators),
        glued_coordinator=_compile(getattr(terms, "glued_coordinators", ()), whole=False),
        date_word=_date_words(pack),
        org_word=_compile(getattr(sources, "organisation_words", ())),
        country_scope=_compile(getattr(terms, "country_scope", ())),
        second_joiner=_compile(getattr(terms, "second_measure_joiners", ())),
        second_triggers=tuple(
            (pattern, term, measure)
            for regex, term, measure in getattr(terms, "second_measure_triggers", ())
            if (pattern := _compile([regex], whole=False)) is not None
        ),
        other_words=_full(getattr(terms, "other_words", ())),
        place=_build_place_rules(pack),
        capitalised_nouns=bool(getattr(terms, "capitalised_nouns", False)),
        head_first_construct=bool(getattr(terms, "head_first_construct", False)),
        closed_compounds=bool(getattr(terms, "closed_compounds", False)),
        demonym_forms=frozenset(
            (form + suffix).lower()
            for form in getattr(pack.places, "demonyms", {})
            for suffix in ("", *getattr(pack.places, "demonym_suffixes", ()))
        ),
        participle_closes_clause=bool(getattr(terms, "participle_closes_clause", False)),
        lemma_terms={k.lower(): v for k, v in (getattr(terms, "lemma_terms", None) or {}).items()} or None,
        lemma_languages=tuple(getattr(terms, "lemma_languages", ()) or ()),
        shelter_negator=_ending(getattr(terms, "shelter_negators", ())),
        shelter_origin=_ending(getattr(terms, "shelter_origins", ())),
        shelter_place=_ending(getattr(terms, "shelter_places", ())),
        anaphora=_ending(getattr(terms, "anaphora_demonstratives", ())),
        anaphora_after=_starting(getattr(terms, "anaphora_after", ()), space=True),
        anaphora_affected=_ending(getattr(terms, "anaphora_affected", ())),
        partitive=_ending(getattr(terms, "partitive_before", ())),
        partitive_after=_starting(getattr(terms, "partitive_after", ()), space=True),
        aid=_compile(getattr(terms, "aid_words", ())),
        aid_given=_compile(getattr(terms, "aid_given_words", ())),
        need=_compile(getattr(terms, "need_words", ())),
        health=_compile(getattr(terms, "health_words", ())),
        custody=_compile(getattr(terms, "custody_words", ())),
        count_predicates=_count_predicates(getattr(terms, "count_predicates", ())),
        mixed_group=_compile(getattr(terms, "mixed_group_words", ())),
        either=_compile(getattr(terms, "either_words", ())),
        intent=_compile(getattr(terms, "intent_words", ())),
        subgroup=_compile(getattr(terms, "subgroup_words", ())),
        part_noun=_compile(getattr(terms, "part_nouns", ())),
        migrant=_compile(getattr(terms, "migrant_words", ())),
        hypothetical_after=_starting(getattr(terms, "hypotheticals_after", ())),
    )


def _count_predicates(fragments) -> list[tuple[re.Pattern, re.Pattern | None]]:
    """Each predicate as a pattern ending right before a figure and, where it wraps the figure
    ("auf {n} geschätzt"), one starting right after it."""
    out = []
    for frag in fragments:
        before, _, after = frag.partition("{n}")
        try:
            head = re.compile(rf"(?<!\w)(?:{before})\s*$", re.IGNORECASE) if before.strip() else None
            tail = re.compile(rf"\s*(?:{after})(?!\w)", re.IGNORECASE) if after.strip() else None
        except re.error as exc:  # a broken pack entry must not take the engine down
            log.error("bad pack regex %r: %s", frag[:80], exc)
            continue
        if head is not None or tail is not None:
            out.append((head, tail))
    return out


def _starting(fragments, space: bool = False) -> re.Pattern | None:
    """Words that must start right where a term ends (matched at its end; after blanks with
    `space`)."""
    alt = _alt(fragments)
    lead = r"\s*" if space else ""
    return _full([rf"{lead}(?:{alt})(?!\w)"]) if alt else None


def _ending(fragments) -> re.Pattern | None:
    """Words that must end right where a term or a figure starts (searched in the text before)."""
    alt = _alt(fragments)
    return _full([rf"(?<!\w)(?:{alt})\s*$"]) if alt else None


def _date_words(pack: LanguagePack) -> re.Pattern | None:
    dates = getattr(pack, "dates", None)
    words = [re.escape(w) for w in (*getattr(dates, "weekdays", {}), *getattr(dates, "months", {})) if w]
    return _full(sorted(words, key=len, reverse=True)) if words else None


# ---------------------------------------------------------------------------------------------
# Tokens


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    text: str

    @property
    def is_punct(self) -> bool:
        return len(self.text) == 1 and not self.text.isalnum()


def _tokens(text: str) -> list[_Token]:
    return [_Token(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(text)]


# The word tokens of _TOKEN_RE alone: its other branch takes one character that is neither a
# word character nor a space, where a search without it moves on by that same one character, so
# the word tokens found are the same.
_WORD_TOKEN_RE = re.compile(r"\w(?:[\w'’.-]*\w)?")


def _count_tokens(text: str) -> int:
    r"""Word tokens in `text` (those starting with a letter or digit). Called for every pair of
    figure and term in a sentence, so without an underscore (`\w` is alphanumeric or "_") it
    counts the word tokens in C instead of testing each token in Python: the same number."""
    if "_" not in text:
        return len(_WORD_TOKEN_RE.findall(text))
    return sum(1 for t in _TOKEN_RE.finditer(text) if t.group()[0].isalnum())


_WORD_CHAR_RE = re.compile(r"\w")


class _TokenIndex:
    """The word tokens of one sentence, so that the tokens between two offsets are counted by
    bisection instead of by tokenising the stretch between them (a figure is weighed against
    every term of its sentence: in a long sentence dense with figures that was most of the time).

    A word token of _WORD_TOKEN_RE runs from the first to the last word character of a maximal
    run of word characters, apostrophes, dots and hyphens. The same stretch cut out of the text
    has as tokens those runs cut at its ends: every token starting inside it, plus one where it
    begins inside a token with a word character of that token still ahead of it."""

    __slots__ = ("text", "starts", "ends", "alnum_starts")

    def __init__(self, text: str):
        self.text = text
        spans = [m.span() for m in _WORD_TOKEN_RE.finditer(text)]
        self.starts = [a for a, _ in spans]
        self.ends = [b for _, b in spans]
        self.alnum_starts = [a for a, _ in spans if text[a] != "_"]

    def count(self, a: int, b: int) -> int:
        """`_count_tokens(text[a:b])` for offsets 0 <= a, b."""
        b = min(b, len(self.text))
        if a >= b:
            return 0
        alnum = self.alnum_starts
        n = bisect_left(alnum, b) - bisect_left(alnum, a)
        j = bisect_right(self.starts, a) - 1
        if j >= 0 and self.starts[j] < a < self.ends[j]:
            i = _WORD_CHAR_RE.search(self.text, a).start()
            if i < b and self.text[i] != "_":
                n += 1
        return n


@lru_cache(maxsize=64)
def _token_index(text: str) -> _TokenIndex:
    return _TokenIndex(text)


def _count_between(text: str, a: int, b: int) -> int:
    """`_count_tokens(text[a:b])`, by bisection in the text's token index."""
    if a < 0 or b < 0:
        return _count_tokens(text[a:b])
    return _token_index(text).count(a, b)


@lru_cache(maxsize=64)
def _all_tokens(text: str) -> tuple[list[int], list[int]]:
    """(starts, ends) of every _TOKEN_RE token of a sentence."""
    spans = [m.span() for m in _TOKEN_RE.finditer(text)]
    return [a for a, _ in spans], [b for _, b in spans]


def _words_before(text: str, pos: int, n: int) -> int:
    """The offset n tokens before `pos` (of the tokens of `text[:pos]`).

    Read from the tokens of the whole sentence rather than by tokenising the text before each
    figure: the tokens ending by `pos` are the same; a word token running across `pos` is cut
    there, after its last word character before `pos`, and each character left before `pos`
    (an apostrophe, dot or hyphen) is a token of its own."""
    if n <= 0 or pos <= 0 or pos > len(text):
        toks = list(_TOKEN_RE.finditer(text[:pos]))
        return toks[-n].start() if len(toks) >= n else 0
    starts, ends = _all_tokens(text)
    k = bisect_right(ends, pos)  # tokens ending by pos
    if k < len(starts) and starts[k] < pos:
        last = pos - 1
        while not _WORD_CHAR_RE.match(text, last):
            last -= 1
        cut = [starts[k], *range(last + 1, pos)]
        if len(cut) >= n:
            return cut[-n]
        n -= len(cut)
    return starts[k - n] if k >= n else 0
