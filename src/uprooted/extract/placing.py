"""Where a figure is about: the document's places and the choice of one for each fact.

The places module finds place mentions (imported lazily so a missing piece degrades, not
crashes); `_PlaceContext` keeps them with the city in play as we read on, and `choose_place`
picks the place of one figure: where people fled from for flows, where they are for stocks,
datelines set aside, an area refining its city, an enumeration of regions read as their country.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from dataclasses import replace as dc_replace

from uprooted.extract.rules import _Rules
from uprooted.extract.segment import Sentence
from uprooted.lang.base import LanguagePack
from uprooted.models import Place

log = logging.getLogger(__name__)


def _places_api():
    try:
        from uprooted.places import find_places

        return find_places
    except Exception:  # noqa: BLE001 - the places module may not be there yet
        return None


@dataclass
class _PlaceContext:
    """Places of a document: mentions with offsets, and the city in play as we read on."""

    mentions: list = field(default_factory=list)
    country_counts: dict[str, int] = field(default_factory=dict)
    datelines: set = field(default_factory=set)  # ids of mentions that are a dateline

    def in_span(self, start: int, end: int) -> list:
        return [m for m in self.mentions if start <= m.start and m.end <= end]

    def city_in_play(self, before: int, text: str = "", destination: re.Pattern | None = None):
        best = None
        dateline = None
        last_country = None  # the last country named on its own, outside a dateline
        main = self.main_country()
        for m in self.mentions:
            if m.start >= before:
                break
            if (
                m.kind == "country"
                and m.place is not None
                and m.place.country
                and id(m) not in self.datelines
                and not (
                    text and (_in_enumeration(m, text) or _NAME_GOES_ON_RE.match(text[m.end : m.end + 20]))
                )
                and (
                    m.place.country == main
                    or (text and _LOCATIVE_BEFORE_RE.search(text[max(0, m.start - 12) : m.start]))
                )
            ):
                last_country = m
            # "Vest-Mosul", "western Mosul": an area that names its city puts the city in play.
            if (
                m.place is not None
                and m.place.name
                and m.level >= 1
                and m.kind not in ("demonym", "anaphora")
            ):
                if id(m) in self.datelines:
                    dateline = m  # where the reporter files from: only if nothing else is named
                    continue
                if text and _went_to(m, text, destination):
                    continue  # "fled south towards Nubl": where they went, not where they left
                best = m
        if best is not None and text:
            best = _apposed_head(
                best,
                [
                    m
                    for m in self.mentions
                    if m.end <= best.start
                    and m.place is not None
                    and m.place.name
                    and m.level >= 1
                    and m.kind not in ("demonym", "anaphora")
                ],
                text,
            )
            if (
                last_country is not None
                and last_country.start > best.end
                and last_country.place.country in (main, best.place.country)
                and _LOCATIVE_BEFORE_RE.search(text[max(0, last_country.start - 12) : last_country.start])
                and _SENTENCE_GAP_RE.search(text[best.end : last_country.start])
            ):
                # A sentence naming the country alone, after the city: the country is in play.
                return last_country
            if best.place.country and _in_enumeration(best, text):
                # "in the provinces of Manabí and Esmeraldas": no one of them is in play.
                cp = _country_place(best.place.country)
                if cp is not None:
                    return dc_replace(best, place=cp, kind="country", level=0)
            return best
        if best is None and dateline is not None:
            later = any(
                m.place is not None
                and m.place.name
                and m.level >= 3
                and m.kind == "city"
                and id(m) not in self.datelines
                for m in self.mentions
            )
            best = None if later else dateline
        if best is None and text:
            # Nothing smaller named yet: the country named so far (or the people's own, "irakere").
            if last_country is not None:
                return last_country
            demonym = None
            for m in self.mentions:
                if m.start >= before:
                    break
                if (
                    m.kind == "demonym"
                    and m.place is not None
                    and m.place.country
                    and m.place.country == main
                ):
                    demonym = m
            if demonym is not None:
                cp = _country_place(demonym.place.country)
                if cp is not None:
                    return dc_replace(demonym, place=cp, kind="country", level=0)
        if best is None:  # the first city named later in the text (a headline names none)
            for m in self.mentions:
                if (
                    m.place is not None
                    and m.place.name
                    and m.level >= 3
                    and m.kind == "city"
                    and id(m) not in self.datelines
                ):
                    return m
        return best

    def main_country(self) -> str | None:
        if not self.country_counts:
            return None
        return max(self.country_counts.items(), key=lambda kv: kv[1])[0]


def _place_context(text: str, pack: LanguagePack) -> _PlaceContext:
    find_places = _places_api()
    ctx = _PlaceContext()
    if find_places is None:
        return ctx
    try:
        mentions = sorted(find_places(text, pack), key=lambda m: m.start)
    except Exception:  # noqa: BLE001 - a gazetteer bug must not lose the facts
        log.exception("find_places failed")
        return ctx
    ctx.mentions = mentions
    ctx.datelines = {id(m) for m in mentions if _is_dateline(text, m)}
    # "Beira (Mozambique) (AFP) -": the country in the dateline's brackets is the dateline too.
    for d in [m for m in mentions if id(m) in ctx.datelines]:
        for m in mentions:
            if m.start > d.end and re.fullmatch(r"\s*\(\s*", text[d.end : m.start]):
                ctx.datelines.add(id(m))
    for m in mentions:
        if m.place is not None and m.place.country and m.kind not in ("demonym", "anaphora"):
            ctx.country_counts[m.place.country] = ctx.country_counts.get(m.place.country, 0) + 1
    return ctx


def _with_area(city: Place, mention) -> Place:
    area = (mention.place.area if mention.place is not None else None) or mention.text
    return city.model_copy(update={"text": mention.text, "area": area, "other": None})


_DATELINE_RE = re.compile(r"^\s*(?:,[^\n—–-]{1,30}?)?\s*(?:\([^)]{1,30}\)\s*){0,2}(?:[—–-]|--)")


_CAPS_DATELINE_RE = re.compile(r"^\s*(?:,[^\n:]{1,30}?)?\s*(?:\([^)]{1,30}\)\s*){0,2}(?::|[—–-]|--)\s")


def _is_dateline(text: str, m) -> bool:
    """A place opening a line and followed by a dash: "BAGHDAD, March 6 -", "MOSUL (Reuters) —";
    a name in capitals before a colon or a dash anywhere: "... offices  KOLKATA: Floods"."""
    if m.text.isupper() and len(m.text) > 2 and _CAPS_DATELINE_RE.match(text[m.end : m.end + 45]):
        return True
    line_start = text.rfind("\n", 0, m.start) + 1
    if text[line_start : m.start].strip(" \t*•"):
        return False
    return bool(_DATELINE_RE.match(text[m.end : m.end + 45]))


def choose_place(
    sent: Sentence,
    fig_abs: int,
    measure: str,
    ctx: _PlaceContext,
    rules: _Rules,
    text: str,
    figure_spans: list[tuple[int, int]] = (),
) -> tuple[Place | None, str]:
    """The place a figure is about and how sure we are: 'sentence', 'context' or 'none'.

    Flow (displaced): where people fled from, so a place after an origin preposition wins and
    one after a destination preposition goes to `other`; stocks: where people are now.
    """
    here = [
        m
        for m in ctx.in_span(sent.start, sent.end)
        if not any(a < m.end and m.start < b for a, b in figure_spans)  # "Over 200.000"
    ]
    # A dateline ("BAGHDAD —") says where the reporter is, not where the people are.
    datelines = [
        m
        for m in here
        if id(m) in ctx.datelines
        or (m.start - sent.start <= 2 and _DATELINE_RE.match(text[m.end : m.end + 20]))
    ]
    resolved = [
        m
        for m in here
        if m.place is not None
        and m.kind not in ("demonym", "anaphora")
        and (m.kind != "area" or m.place.name)
    ]
    if len(resolved) > len(datelines):
        resolved = [m for m in resolved if m not in datelines]
    # "Russlands forsvarsdepartement oppga at 12.500 sivile ...", "the Paraguay river": a country
    # that speaks, or names a river, is not where the people are.
    resolved = [
        m
        for m in resolved
        if not (
            m.kind == "country"
            and (
                _INSTITUTION_AFTER_RE.match(text[m.end : m.end + 40])
                or _RIVER_AFTER_RE.match(text[m.end : m.end + 12])
            )
        )
    ]
    areas = [m for m in here if m.kind == "area" and (m.place is None or not m.place.name)]
    anaphora = [m for m in here if m.kind == "anaphora"]
    origin_side = measure in ("displaced", "at_risk", "remaining")
    city = ctx.city_in_play(sent.start, text, rules.destination if origin_side else None)

    sides: dict[int, str] = {}

    def side(m) -> str:
        if id(m) not in sides:
            sides[id(m)] = _side(m, sent, fig_abs, rules, text, here)
        return sides[id(m)]

    flow = measure in ("displaced", "at_risk")
    lo, hi = _clause(text, sent, fig_abs)
    real = [m for m in resolved if m not in datelines]
    in_clause = [m for m in real if lo <= m.start and m.end <= hi]
    clause_areas = [a for a in areas if lo <= a.start and a.end <= hi]
    smaller = [m for m in in_clause if m.level >= 1 and not (flow and side(m) == "to")]
    if not smaller and not clause_areas:
        # The figure's own clause names a country and nothing smaller ("Au Mozambique, plus de
        # 110 000 personnes ...", "Le Burkina Faso accueille 25 000 réfugiés, dont beaucoup ...
        # dans la région du Sahel"), or says "the country" / "nationwide": the country, whatever
        # city is in play or named in another clause.
        countries = [
            m
            for m in in_clause
            if m.kind == "country"
            and side(m) != ("to" if flow else "from")
            and not _INSTITUTION_AFTER_RE.match(text[m.end : m.end + 40])
        ]
        if countries:
            c = min(countries, key=lambda m: abs(m.start - fig_abs))
            return c.place.model_copy(update={"text": c.text}), "sentence"
        word = _country_word(text[lo:hi])
        if word is not None:
            iso = next(
                (
                    m.place.country
                    for m in real
                    if m.kind == "country" and side(m) != ("to" if flow else "from")
                ),
                None,
            )
            if iso is None and city is not None and city.place is not None:
                iso = city.place.country
            iso = iso or next((m.place.country for m in datelines if m.place is not None), None)
            cp = _country_place(iso or ctx.main_country())
            if cp is not None:
                return cp.model_copy(update={"text": word}), "sentence"
    if flow and real and all(side(m) == "to" for m in real):
        # "16 000 Burkinabè ont fui vers le Mali et le Niger", "evacuated 330 villagers to
        # Acapulco": the places named are where people went; where they fled from is the
        # people's own country or the place in play.
        dest = {m.place.name for m in real}
        origin = None
        demonym = next(
            (
                m
                for m in here
                if m.kind == "demonym"
                and m.place is not None
                and m.place.country
                and m.place.country not in {r.place.country for r in real}
            ),
            None,
        )
        if demonym is not None:
            origin = _country_place(demonym.place.country)
        elif (
            city is not None
            and city.place is not None
            and city.place.name not in dest
            and city.place.country not in {m.place.country for m in real if m.level == 0}
        ):
            origin = city.place.model_copy(update={"text": city.text})
        if origin is not None:
            o = min(real, key=lambda m: abs(m.start - fig_abs))
            return origin.model_copy(update={"other": o.place.model_copy(update={"text": o.text})}), "context"

    if resolved:
        pool = resolved
        if measure in ("displaced", "at_risk"):
            pool = (
                [m for m in resolved if side(m) == "from"]
                or [m for m in resolved if side(m) != "to"]
                or resolved
            )
        elif measure in ("returned", "sheltered", "remaining"):
            pool = [m for m in resolved if side(m) != "from"] or resolved
        # A city of another country than the one the sentence names is a wrong reading
        # ("In Austria ... Salzburg"). A country people fled to ("hacia Turquía") or the
        # people's own origin (a demonym: "sirios") names no place a city could be misread in.
        named = {
            m.place.country for m in here if m.kind == "country" and m.place is not None and side(m) != "to"
        }
        if named:
            pool = [m for m in pool if m.place.country in named] or pool
        others_at = [(a, b) for a, b in figure_spans if not (a <= fig_abs < b)]

        def crossed(m) -> int:
            lo, hi = (m.end, fig_abs) if m.end <= fig_abs else (fig_abs, m.start)
            return sum(1 for a, b in others_at if lo <= a and b <= hi)

        def shadowed(m) -> bool:
            # Another place between this one and the figure heads the figure's own line
            # ("Shangcheng County worst affected  Shaanxi Province ... 10,400 houses").
            lo, hi = (m.end, fig_abs) if m.end <= fig_abs else (fig_abs, m.start)
            return any(
                o is not m
                and lo <= o.start
                and o.end <= hi
                and o.place.name != m.place.admin1
                and not (o.level == 0 and o.place.country == m.place.country)
                and o.place.name != m.place.name
                for o in resolved
            )

        best = min(pool, key=lambda m: (shadowed(m), crossed(m), -m.level, abs(m.start - fig_abs)))
        best = _apposed_head(best, pool, text)
        parent = _enumeration_parent(best, resolved, text)
        if parent is None and best.level == 1 and best.place.country and _in_enumeration(best, text):
            # "dans les départements du Nord-Ouest, du Nord et de l'Artibonite": regions named
            # together (some the gazetteer may miss) for one figure are their country
            parent = _country_place(best.place.country)
        if parent is not None:
            return parent, "sentence"
        place = best.place.model_copy(update={"text": best.text})
        # An area next to the chosen place ("western Mosul") refines it.
        for a in areas:
            near = abs(a.end - best.start) <= 3 or abs(best.end - a.start) <= 3
            if near or (a.place is not None and a.place.name == place.name):
                place = place.model_copy(update={"area": (a.place.area if a.place else None) or a.text})
        best_side = side(best)
        others = [
            m for m in resolved if m is not best and m.place.country and side(m) and side(m) != best_side
        ]
        if others:
            o = others[0]
            place = place.model_copy(update={"other": o.place.model_copy(update={"text": o.text})})
        return place, "sentence"
    scope = (rules.country_scope is not None and rules.country_scope.search(sent.text)) or (
        _country_word(text[lo:hi]) is not None
    )
    demonym = next((m for m in here if m.kind == "demonym" and m.place is not None and m.place.country), None)
    country = None
    if scope and not areas:
        country = (city.place.country if city is not None and city.place is not None else None) or (
            ctx.main_country()
        )
    elif demonym is not None and not areas and not anaphora:
        # "The Czech government ... 8,000 evacuated": the country, over a city named earlier in
        # the same country.
        if city is None or city.place is None or city.place.country == demonym.place.country:
            country = demonym.place.country
    if country:
        cp = _country_place(country)
        if cp is not None:
            return cp.model_copy(update={"text": demonym.text if demonym and not scope else None}), "sentence"
    if areas and city is not None and city.place is not None:
        a = min(areas, key=lambda m: abs(m.start - fig_abs))
        if a.place is not None and a.place.name:
            return a.place.model_copy(update={"text": a.text}), "sentence"
        return _with_area(city.place, a), "sentence"
    if anaphora and city is not None and city.place is not None:
        return city.place.model_copy(update={"text": anaphora[0].text}), "sentence"
    if city is not None and city.place is not None:
        headline = _headline_country(ctx, text)
        if (
            headline is not None
            and city.level >= 1
            and city.place.country == headline.place.country
            and "\n" in text[city.end : sent.start]
        ):
            # A new paragraph naming no place, under a headline about the country ("Mozambique:
            # ..."): its figure ("17.000 maisons détruites") is the country's, not that of the
            # town the last paragraph was about.
            return headline.place.model_copy(update={"text": headline.text}), "context"
        return city.place.model_copy(update={"text": city.text}), "context"
    return None, "none"


def _headline_country(ctx: _PlaceContext, text: str):
    """The country a headline (a short first line) names, when it names no smaller place."""
    nl = text.find("\n")
    if nl < 0 or nl > 200:
        return None
    named = [m for m in ctx.mentions if m.end <= nl and m.place is not None and m.kind not in ("anaphora",)]
    if any(m.level >= 1 and m.place.name for m in named if m.kind != "demonym"):
        return None
    countries = [m for m in named if m.kind == "country" and m.place.country]
    return countries[0] if countries else None


def _last_match(pattern: re.Pattern | None, before: str) -> int | None:
    """Where the match of an end-anchored pattern that starts nearest the end begins."""
    if pattern is None or pattern.search(before) is None:
        return None
    for i in range(len(before) - 1, -1, -1):
        if (i == 0 or not before[i - 1].isalnum()) and before[i].isalnum():
            m = pattern.match(before, i)
            if m is not None and m.end() == len(before):
                return i
    return 0


def _country_place(iso3: str | None) -> Place | None:
    if not iso3:
        return None
    try:
        from uprooted.places.finder import country_place

        return country_place(iso3)
    except Exception:  # noqa: BLE001 - the gazetteer may be missing
        return None


def _with_country_name(place: Place | None) -> Place | None:
    """A country-level place carries the country's English name ("China"), as gold names it."""
    if place is None or place.name or not place.country:
        return place
    cp = _country_place(place.country)
    if cp is None or not cp.name:
        return place
    return cp.model_copy(update={"text": place.text, "area": place.area, "other": place.other})


_APPOSED_RE = re.compile(r"^\s*,\s*$")
_LIST_GAP_RE = re.compile(r"^\s*(?:,|;|&|and|or|og|eller|et|ou|y|o|e|و)\s*(?:(?:and|og|et|y|e)\s+)?$", re.I)
# "du Nord-Ouest, du Nord et de l'Artibonite", "de Manabí y de Esmeraldas": a list of regions
# whose items keep their preposition.
_REGION_GAP_RE = re.compile(
    r"^\s*(?:,|&|and|og|et|y|e|و)\s*(?:(?:and|og|et|y|e)\s+)?(?:the\s+|du\s+|de\s+la\s+|de\s+l['’]|des\s+|de\s+|del\s+|la\s+|el\s+|l['’])?$",
    re.I,
)


def _apposed_head(best, pool, text: str):
    """ "Jinggu County, Pu'er": the first of two places in apposition is the specific one."""
    nxt = text[best.end : best.end + 12]
    if re.match(r"\s*(?:,|and)\s*[A-ZÀ-Þ]", nxt) and any(m.start >= best.end for m in pool):
        return best  # an enumeration goes on
    for m in pool:
        if (
            m.end <= best.start
            and _APPOSED_RE.match(text[m.end : best.start])
            and m.level >= best.level
            and m.place.country == best.place.country
        ):
            before = text[max(0, m.start - 3) : m.start]
            if not _LIST_GAP_RE.match(before.strip() or "x"):
                return m
    return best


def _enumeration_parent(best, resolved, text: str) -> Place | None:
    """A figure for a list of sibling places (two first-level regions, or three smaller places:
    "Johor, Kelantan, Pahang, Perak and Terengganu") is about the country they share."""
    if best.level not in (1, 2):
        return None
    chain = [best]
    ordered = sorted(resolved, key=lambda m: m.start)
    i = ordered.index(best)
    for step in (-1, 1):
        j = i
        while 0 <= j + step < len(ordered):
            a, b = (ordered[j + step], ordered[j]) if step < 0 else (ordered[j], ordered[j + step])
            nb = ordered[j + step]
            if nb.level != best.level or nb.place.country != best.place.country:
                break
            gap = text[a.end : b.start]
            if not (_LIST_GAP_RE.match(gap) or (best.level == 1 and _REGION_GAP_RE.match(gap))):
                break
            chain.append(nb)
            j += step
    # Two first-level regions ("Manabí y Esmeraldas", "Nord-Ouest et Artibonite") already name
    # no one of them; smaller places need three of different regions.
    need = 2 if best.level == 1 else 3
    if (
        len({m.place.name for m in chain}) < need
        or len({m.place.admin1 or m.place.name for m in chain}) < need
    ):
        return None  # towns of one region: the figure may be about one of them
    return _country_place(best.place.country)


# "in Mozambique", "au Mozambique", "i Irak", "في العراق": the country as where things happen.
_LOCATIVE_BEFORE_RE = re.compile(
    r"(?:\b(?:in|across|throughout|au|aux|en|dans|à|i|på|over\s+hele)|في|ب)\s*(?:the\s+|le\s+|la\s+|l['’]|el\s+)?$",
    re.I,
)
# "the Paraguay river", "China Earthquake Networks Center", "Turkey's": a country name in
# another name or a possessive is no place in play.
_NAME_GOES_ON_RE = re.compile(r"^(?:[ \t]+[A-ZÀ-Þ]|['’]s\b|\s+(?i:river|elva|fleuve|río|rio)\b)")
_RIVER_AFTER_RE = re.compile(r"^\s+(?:river|elva|fleuve|río|rio)\b", re.I)
_SENTENCE_GAP_RE = re.compile(r"[.!?؟]\s|\n")
_ENUM_AFTER_RE = re.compile(
    r"^(?:\s*,\s*(?:du\s+|de\s+|del\s+)?[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*)?)*,?\s+(?:and|og|et|y|e|و)\s+"
    r"(?:the\s+|la\s+|le\s+|el\s+|du\s+|de\s+la\s+|de\s+l['’]|de\s+|del\s+|l['’])?[A-ZÀ-Þ\u0600-\u06ff]"
)
_ENUM_BEFORE_RE = re.compile(
    r"[A-ZÀ-Þ][\w'’-]*\s*,?\s+(?:and|og|et|y|e|و)\s+(?:the\s+|la\s+|le\s+|el\s+|du\s+|de\s+la\s+|de\s+l['’]|de\s+|del\s+|l['’])?$"
)


def _in_enumeration(m, text: str) -> bool:
    """ "Manabí y Esmeraldas", "Isabela and Quebradillas", "Mali, Niger and Chad": one of
    several places named together."""
    return bool(_ENUM_AFTER_RE.match(text[m.end : m.end + 60])) or bool(
        _ENUM_BEFORE_RE.search(text[max(0, m.start - 40) : m.start])
    )


# Where a figure's clause ends: a semicolon, a dash, or a comma opening a part about some of
# the people ("dont", "of whom", "de los cuales", "hvorav", "منهم") or about others ("while").
_CLAUSE_BREAK_RE = re.compile(
    r";|\s[–—]\s|\s-\s|,\s*(?:dont|of\s+(?:whom|which)|among\s+(?:them|whom)|including|while|whereas|"
    r"tandis\s+que|alors\s+que|mientras(?:\s+que)?|de\s+(?:los|las)\s+cuales|entre\s+(?:ellos|ellas)|"
    r"incluidos?|hvorav|av\s+dem|blant\s+dem|mens|deriblant|منهم|بينما|فيما|ومنهم)\b",
    re.I,
)


def _clause(text: str, sent: Sentence, fig_abs: int) -> tuple[int, int]:
    """The absolute bounds of the clause of the sentence that holds the figure."""
    lo, hi = sent.start, sent.end
    for m in _CLAUSE_BREAK_RE.finditer(sent.text):
        a = sent.start + m.start()
        if a < fig_abs:
            lo = max(lo, sent.start + m.end())
        elif a >= fig_abs:
            hi = min(hi, a)
            break
    return lo, hi


# "the country", "le pays", "el país", "landet", "البلاد"; national totals: "nationwide",
# "au total", "en todo el país", "totalt", "في جميع أنحاء".
_COUNTRY_WORD_RE = re.compile(
    r"\b(?:the\s+country(?!['’]s\s+(?:north|south|east|west|centre|center))|nationwide|countrywide|"
    r"across\s+the\s+nation|in\s+total|au\s+total|en\s+tout|(?:du|le|au|ce)\s+pays|à\s+l['’]échelle\s+nationale|"
    r"(?:el|del|al)\s+país|en\s+total|a\s+nivel\s+nacional|landet|totalt|på\s+landsbasis)\b"
    r"|البلاد|أنحاء\s+البلد|في\s+المجموع|إجمالا|الإجمالي",
    re.I,
)
_PART_OF_RE = re.compile(
    r"(?:north|south|east|west|centre|center|nord|sud|est|ouest|norte|sur|este|oeste|centro|"
    r"nord|sør|øst|vest|midt|delene?|parts?|partie|parte|region|région|región)\w*\s+"
    r"(?:of\s+|du\s+|de\s+|del\s+|i\s+|av\s+)?(?:the\s+)?$|\b(?:نفس|شمال|جنوب|شرق|غرب|وسط)\s*$",
    re.I,
)


def _country_word(clause: str) -> str | None:
    """A word in the clause saying the figure is about the whole country, or None; "the north
    of the country" is a part of it, not the country."""
    for m in _COUNTRY_WORD_RE.finditer(clause):
        if _PART_OF_RE.search(clause[max(0, m.start() - 25) : m.start()]):
            continue
        return m.group(0)
    return None


# A transfer verb: the place it leads to is where people were taken, even behind "de"
# ("transférés dans un autre établissement de Carcassonne").
_TRANSFER_RE = re.compile(
    r"\b(?:transferred|moved|taken|bus(?:s)?ed|ferried|airlifted|relocated|housed|accommodated|"
    r"transférée?s?|relogée?s?|emmenée?s?|conduite?s?|transportée?s?|acheminée?s?|hébergée?s?|accueillie?s?|"
    r"trasladad[oa]s?|llevad[oa]s?|realojad[oa]s?|reubicad[oa]s?|alojad[oa]s?|acogid[oa]s?|"
    r"flyttet|fraktet|overført|kjørt|innkvartert|plassert)\b|نقل|نُقل|نقلوا",
    re.I,
)
_AFTER_VERB_ORIGIN_RE = re.compile(
    r"^\s*(?:from|out\s+of|de|d['’]|du|des|desde|fra|frå|من)\s*(?:la\s+|le\s+|l['’]|the\s+|el\s+)?$", re.I
)
_STRONG_ORIGIN_RE = re.compile(
    r"(?:\bfrom|\bout\s+of|\bdepuis|\bhors\s+de|\bdesde|\bfra|\bfrå|من)\s+(?:\w+\s+)?$", re.I
)
_SIDE_GAP_RE = re.compile(
    r"^\s*(?:,|and|or|og|eller|et|ou|y|o|e|و)?\s*(?:(?:and|og|et|y|e)\s+)?(?:the\s+|le\s+|la\s+|l['’]|el\s+|los\s+|las\s+)?$",
    re.I,
)


def _side(m, sent: Sentence, fig_abs: int, rules: _Rules, text: str, here: list) -> str:
    """ "from" when the place is where people left, "to" where they went, "" when not said."""
    before = text[max(sent.start, m.start - 40) : m.start]
    to = _last_match(rules.destination, before)
    frm = _last_match(rules.origin, before)
    if to is not None and frm is not None:
        # "fled towards Turkey from Aleppo": the preposition nearest the place decides
        got = "to" if to >= frm else "from"
    else:
        got = "to" if to is not None else "from" if frm is not None else ""
    if got != "to" and fig_abs < m.start:
        v = next(reversed(list(_TRANSFER_RE.finditer(text[fig_abs : m.start]))), None)
        if v is not None:
            after = text[fig_abs + v.end() : m.start]
            if not _AFTER_VERB_ORIGIN_RE.match(after) and not _STRONG_ORIGIN_RE.search(before):
                return "to"
    if not got:
        # "vers le Mali et le Niger": a place listed after another shares its side.
        prev = [o for o in here if o.end <= m.start and o.place is not None and o.kind not in ("anaphora",)]
        if prev:
            p = max(prev, key=lambda o: o.end)
            if (
                p.start >= sent.start
                and _SIDE_GAP_RE.match(text[p.end : m.start])
                and text[p.end : m.start].strip()
            ):
                return _side(p, sent, fig_abs, rules, text, here)
    return got


# "Russia's defence ministry", "Russlands forsvarsdepartement", "Irak håper": a country as
# who speaks or acts, not where the people are.
_INSTITUTION_AFTER_RE = re.compile(
    r"^['’]?s?\s+(?:\w+\s+)?(?:government|ministry|army|military|forces|troops|authorities|defen[cs]e|"
    r"forsvar\w*|regjering\w*|myndighet\w*|hær\w*|departement\w*|utenriks\w*|gouvernement|armée|"
    r"ministère|gobierno|ejército|ministerio)",
    re.I,
)


def _went_to(m, text: str, destination: re.Pattern | None) -> bool:
    """The place is where people went ("towards Nubl", "transferred to shelters in Homs")."""
    if destination is None:
        return False
    before = text[max(0, m.start - 60) : m.start]
    gap = list(_SENTENCE_GAP_RE.finditer(before))
    if gap:
        before = before[gap[-1].end() :]
    if _last_match(destination, before[-40:]) is not None:
        return not _STRONG_ORIGIN_RE.search(before)
    v = next(reversed(list(_TRANSFER_RE.finditer(before))), None)
    return (
        v is not None
        and not _AFTER_VERB_ORIGIN_RE.match(before[v.end() :])
        and not _STRONG_ORIGIN_RE.search(before[v.end() :])
    )
