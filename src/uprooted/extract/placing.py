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

    def city_in_play(self, before: int):
        best = None
        dateline = None
        for m in self.mentions:
            if m.start >= before:
                break
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
                best = m
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
    for m in mentions:
        if m.place is not None and m.place.country and m.kind not in ("demonym", "anaphora"):
            ctx.country_counts[m.place.country] = ctx.country_counts.get(m.place.country, 0) + 1
    return ctx


def _with_area(city: Place, mention) -> Place:
    area = (mention.place.area if mention.place is not None else None) or mention.text
    return city.model_copy(update={"text": mention.text, "area": area, "other": None})


_DATELINE_RE = re.compile(r"^\s*(?:,[^\n—–-]{1,30}?)?\s*(?:\([^)]{1,30}\)\s*)?(?:[—–-]|--)")


_CAPS_DATELINE_RE = re.compile(r"^\s*(?:,[^\n:]{1,30}?)?\s*(?:\([^)]{1,30}\)\s*)?(?::|[—–-]|--)\s")


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
    areas = [m for m in here if m.kind == "area" and (m.place is None or not m.place.name)]
    anaphora = [m for m in here if m.kind == "anaphora"]
    city = ctx.city_in_play(sent.start)

    def side(m) -> str:
        before = text[max(sent.start, m.start - 40) : m.start]
        to = _last_match(rules.destination, before)
        frm = _last_match(rules.origin, before)
        if to is not None and frm is not None:
            # "fled towards Turkey from Aleppo": the preposition nearest the place decides
            return "to" if to >= frm else "from"
        return "to" if to is not None else "from" if frm is not None else ""

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
    scope = rules.country_scope is not None and rules.country_scope.search(sent.text)
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
        return city.place.model_copy(update={"text": city.text}), "context"
    return None, "none"


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
    """A figure for a list of three or more sibling regions ("Johor, Kelantan, Pahang, Perak and
    Terengganu") is about the country they share."""
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
            if not _LIST_GAP_RE.match(text[a.end : b.start]):
                break
            chain.append(nb)
            j += step
    if len({m.place.name for m in chain}) < 3 or len({m.place.admin1 or m.place.name for m in chain}) < 3:
        return None  # towns of one region: the figure may be about one of them
    return _country_place(best.place.country)
