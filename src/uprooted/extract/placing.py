"""Where a figure is about: the document's places and the choice of one for each fact.

The places module finds place mentions (imported lazily so a missing piece degrades, not
crashes); `_PlaceContext` keeps them with the city in play as we read on, and `choose_place`
picks the place of one figure: where people fled from for flows, where they are for stocks,
datelines set aside, an area refining its city, an enumeration of places read as its first.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from dataclasses import replace as dc_replace
from functools import lru_cache

from uprooted.extract import placemodel
from uprooted.extract.prefilter import _safe_text, required_literals
from uprooted.extract.rules import _PlaceRules, _Rules, rules_for
from uprooted.extract.segment import Sentence
from uprooted.extract.settings import ExtractSettings
from uprooted.extract.terms import counts_no_homes
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
    # The one country a document's title names ("Kenya: Final phase of IDP resettlement"), when it
    # names no other place: a mention of it at offset 0 (the title is not in the text), or None.
    title_country: object = None
    datelines: set = field(default_factory=set)  # ids of mentions that are a dateline
    branch: str = ""  # which rule of `rule_place` chose the last figure's place (a ranker feature)
    _fold: dict = field(default_factory=dict, repr=False)  # city_in_play's scan, resumable
    _starts: list | None = field(default=None, repr=False)
    # choose_place's reading of the sentence its last figure stood in (the places in it and the
    # side of each), the same for every figure of that sentence: (key, lists, sides).
    _sentence: tuple | None = field(default=None, repr=False)
    # Mentions that qualify for `dateline_before` / `_last_located_country`, with their starts,
    # built once per document (and per text and place words), so that each figure bisects them
    # instead of reading every mention of the document (quadratic in long texts).
    _lasts: dict = field(default_factory=dict, repr=False)

    def _last_before(self, key, valid: tuple, qualifies, before: int):
        """The last mention starting before `before` for which `qualifies` holds, as a scan of
        `mentions` in order that stops at the first one starting at `before` or later would find
        it. `valid` (objects compared by identity, sizes by value) says when the index is stale."""
        entry = self._lasts.get(key)
        state = (*valid, len(self.mentions), len(self.datelines))
        if (
            entry is None
            or len(entry[0]) != len(state)
            or any(a is not b and a != b for a, b in zip(entry[0], state, strict=True))
        ):
            found = [m for m in self.mentions if qualifies(m)]
            entry = (state, [m.start for m in found], found)
            self._lasts[key] = entry
        k = bisect_left(entry[1], before) - 1
        return entry[2][k] if k >= 0 else None

    def _starting_in(self, lo: int, hi: int) -> list:
        """Mentions starting in [lo, hi), in order (mentions are sorted by start)."""
        from bisect import bisect_left

        if self._starts is None or len(self._starts) != len(self.mentions):
            self._starts = [m.start for m in self.mentions]
        return self.mentions[bisect_left(self._starts, lo) : bisect_left(self._starts, hi)]

    def in_span(self, start: int, end: int) -> list:
        """Mentions inside [start, end], in order: found by bisection (mentions are sorted by
        start), since a scan of every mention per figure was quadratic in long documents."""
        self._starting_in(0, 0)  # keeps self._starts current
        starts = self._starts
        pool = self.mentions[bisect_left(starts, start) : bisect_right(starts, end)]
        return [m for m in pool if m.end <= end]

    def city_in_play(
        self,
        before: int,
        text: str = "",
        destination: re.Pattern | None = None,
        words: _PlaceRules | None = None,
        origin: re.Pattern | None = None,
    ):
        """The place in play before offset `before`; with `text`, `words` (the pack's place
        words) read the text around each mention. With `origin` (the pack's origin prepositions,
        for a flow), a country named as where people came from after the city in play, in a
        sentence of its own just before ("... Flüchtlinge, die aus der Türkei über die Route
        kommen. So seien im April 1.000 gekommen"), is in play instead of the older city."""
        main = self.main_country()
        # The scan below is a left fold over the mentions before `before`; sentences come in
        # order, so it resumes where the previous call stopped instead of starting over (a
        # document of thousands of sentences was quadratic here). Same answers as a full scan.
        key = (id(text), id(destination), id(words), id(origin))
        state = self._fold.get(key)
        if state is None or state[0] > before or state[5] is not text:
            state = (0, 0, None, None, None, text, None)
        _, index, best, dateline, last_country, _, last_origin = state
        mentions = self.mentions
        while index < len(mentions):
            m = mentions[index]
            if m.start >= before:
                break
            index += 1
            if (
                m.kind == "country"
                and m.place is not None
                and m.place.country
                and id(m) not in self.datelines
                and not (
                    text
                    and (
                        _in_enumeration(m, text, words) or words.name_goes_on.match(text[m.end : m.end + 20])
                    )
                )
                and (
                    m.place.country == main
                    or (
                        text
                        and words.locative_before.search(text[max(0, m.start - 12) : m.start])
                        # (not a foreign country named once in passing, "comme en Afrique du Sud
                        # et au Rwanda", in a report naming its own country again and again)
                        and not (
                            self.country_counts.get(m.place.country, 0) == 1
                            and self.country_counts.get(main, 0) >= 5
                        )
                    )
                )
            ):
                last_country = m
            if (
                origin is not None
                and text
                and m.kind == "country"
                and m.place is not None
                and m.place.country
                and id(m) not in self.datelines
                and not getattr(m, "speaker", False)
                and _origin_named(m, text, origin, words)
            ):
                last_origin = m
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
                if text and _went_to(m, text, destination, words):
                    continue  # "fled south towards Nubl": where they went, not where they left
                if text and words.institution_after.match(text[m.end : m.end + 40]):
                    # "the Assam government has assured ...": a place naming an institution is
                    # its seat, not where the people are; it does not put a place in play.
                    continue
                if getattr(m, "speaker", False) and m.kind != "country":
                    # "..., Tusk told parliament in Strasbourg": where a speaker spoke is no
                    # place of the people, so a later sentence naming none is not about it.
                    continue
                best = m
        self._fold[key] = (before, index, best, dateline, last_country, text, last_origin)
        if (
            best is not None
            and last_origin is not None
            and last_origin.start > best.end
            and before - last_origin.end <= _PREV_WINDOW
            and _SENTENCE_GAP_RE.search(text[best.end : last_origin.start])
            and _SENTENCE_GAP_RE.search(text[last_origin.end : before + 1])
            and not any(
                # "In Slowenien sind 5.700 aus Kroatien angekommen": a country the people are
                # in, named since the city, keeps the later sentences (the country-word rule's)
                m.kind == "country"
                and m.place is not None
                and id(m) not in self.datelines
                and not getattr(m, "speaker", False)
                and words.locative_before.search(text[max(0, m.start - 12) : m.start])
                for m in self._starting_in(best.end, before)
            )
        ):
            # The text has moved on from the city to where people came from: "Ankara" named
            # sentences back for an attack is not where "335, 338, 180" fled from, "von der
            # Türkei nach Griechenland" just before is.
            return last_origin
        if best is not None and text:
            found = best

            def earlier(window: int | None = None) -> list:
                pool = (
                    self.mentions if window is None else self._starting_in(found.start - window, found.start)
                )
                return [
                    m
                    for m in pool
                    if m.end <= found.start
                    and m.place is not None
                    and m.place.name
                    and m.level >= 1
                    and m.kind not in ("demonym", "anaphora")
                ]

            # apposition needs a mention ending just before (", " between): look only nearby
            best = _apposed_head(best, earlier(_APPOSED_WINDOW), text, words)
            best = _located_head(
                best, [m for m in earlier(_APPOSED_WINDOW) if id(m) not in self.datelines], text, words
            )
            if (
                last_country is not None
                and last_country.start > best.end
                # (a country of its own, "In Guatemala, ..." after a town of Honduras, too: the
                # text has moved on to another country)
                and words.locative_before.search(text[max(0, last_country.start - 12) : last_country.start])
                and _SENTENCE_GAP_RE.search(text[best.end : last_country.start])
            ):
                # A sentence naming the country alone, after the city: the country is in play.
                return last_country
            if best.place.country and _in_enumeration(best, text, words):
                # "in the provinces of Manabí and Esmeraldas": the first place of the list is in
                # play, as the gold convention names a figure over several places (gold README,
                # "Places": "Chaco and Corrientes" -> ["Chaco", "Corrientes"], the first canonical).
                pool = [m for m in earlier() if id(m) not in self.datelines]
                head = _enumeration_head(best, pool, text, words, self.mentions)
                return head if head is not None else (_country_mention(best) or best)
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
            # Where the reporter files from is never the place; with nothing else named, the
            # report is about its country (a national figure stays national).
            best = None if later else (_country_mention(dateline) if dateline.place.country else None)
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
        if best is None and self.title_country is not None:
            # Nothing named yet, under a title about one country: the country's, not the first
            # town the text comes to.
            return self.title_country
        if best is None:  # the first city named later in the text (a headline names none)
            later = [
                m
                for m in self.mentions
                if m.place is not None
                and m.place.name
                and m.level >= 3
                and m.kind == "city"
                and id(m) not in self.datelines
            ]
            # named as written: "MURZUQ" in a heading and "Murzuq" in the text are one town
            times = Counter(m.text.casefold() for m in later)
            first = times[later[0].text.casefold()] if later else 0
            if (
                later
                and main
                and len({m.place.admin1 or m.place.name for m in later}) > 1
                and not (first > 1 and first == max(times.values()))
            ):
                # The text goes on to name towns of several regions ("..., in Lembata, ... in
                # Sidoarjo"): a figure given before any of them, with nothing named yet, is the
                # whole report's, its main country, not the first town it comes to (unless the
                # report keeps coming back to that town: its subject).
                cp = _country_place(main)
                if cp is not None:
                    return dc_replace(later[0], place=cp, kind="country", level=0)
            if later:
                return later[0]
        return best

    def dateline_before(self, before: int):
        """The last dateline before offset `before` ("BAGHDAD, March 6 -"), or None: "the
        capital" and "the city" may point back at it, though it is never the place by itself."""
        return self._last_before(
            "dateline",
            (),
            lambda m: id(m) in self.datelines and m.place is not None and m.place.name and m.level >= 1,
            before,
        )

    def main_country(self) -> str | None:
        if not self.country_counts:
            return None
        return max(self.country_counts.items(), key=lambda kv: kv[1])[0]


def _place_context(text: str, pack: LanguagePack, title: str | None = None) -> _PlaceContext:
    find_places = _places_api()
    ctx = _PlaceContext()
    if find_places is None:
        return ctx
    if title and title.strip() and not text.lstrip().startswith(title.strip()[:40]):
        ctx.title_country = _title_country(title, pack, find_places)
    try:
        mentions = sorted(find_places(text, pack), key=lambda m: m.start)
    except Exception:  # noqa: BLE001 - a gazetteer bug must not lose the facts
        log.exception("find_places failed")
        return ctx
    # "..., the ministry said in Rome", "berichtete das Innenministerium in Wien", "قال ... في
    # طوكيو": a government speaking from its capital speaks for its country. The capital is the
    # speaker's seat, never where the people are: it stands for the country, so a sentence naming
    # no other place, and the sentences after it, are the country's, not the capital's.
    mentions = [_speaker_country(m) for m in mentions]
    ctx.mentions = mentions
    if ctx.title_country is not None:
        # "Floods in Congo capital" over a text naming "Democratic Republic of Congo": a short
        # name in a title is the country the text names in full with it.
        short = ctx.title_country.text.casefold()
        full = next(
            (
                m
                for m in mentions
                if m.kind == "country"
                and m.place is not None
                and m.place.country
                and m.place.country != ctx.title_country.place.country
                and short in m.text.casefold()
                and len(m.text) > len(short)
            ),
            None,
        )
        if full is not None:
            cp = _country_place(full.place.country)
            if cp is not None:
                ctx.title_country = dc_replace(ctx.title_country, place=cp)
    words = rules_for(pack).place
    ctx.datelines = dateline_ids(text, mentions, words)
    for m in mentions:
        if m.place is not None and m.place.country and m.kind not in ("demonym", "anaphora"):
            ctx.country_counts[m.place.country] = ctx.country_counts.get(m.place.country, 0) + 1
    return ctx


def _title_country(title: str, pack: LanguagePack, find_places):
    """The country a title names alone ("Kenya: Final phase of IDP resettlement", "Floods in
    Nepal"), as a mention at offset 0; None when it names none, several, or a smaller place too."""
    try:
        named = [m for m in find_places(title, pack) if m.place is not None and m.kind != "anaphora"]
    except Exception:  # noqa: BLE001 - a gazetteer bug must not lose the facts
        log.exception("find_places failed on a title")
        return None
    countries = {m.place.country for m in named if m.kind == "country" and m.place.country}
    if len(countries) != 1 or any(m.level >= 1 for m in named if m.kind != "demonym"):
        return None
    (iso,) = countries
    cp = _country_place(iso)
    if cp is None:
        return None
    from uprooted.places.finder import PlaceMention

    text = next(m.text for m in named if m.kind == "country")
    return PlaceMention(0, 0, text, cp.model_copy(update={"text": text}), "country", 0)


def dateline_ids(text: str, mentions, words: _PlaceRules | None = None) -> set[int]:
    """The ids (`id()`) of the mentions (sorted by start) that are a dateline: where the reporter
    files from, not where anything happened. "Beira (Mozambique) (AFP) -", "PATNA, India (Reuters)
    -", "دبي، الإمارات العربية المتحدة (CNN) --": the country in the dateline's brackets, or after
    its comma (Latin or Arabic), is the dateline too."""
    from bisect import bisect_right

    out = {id(m) for m in mentions if _is_dateline(text, m, words)}
    starts = [m.start for m in mentions]
    for d in mentions:  # in order, so that "Athen/Skopje/Ljubljana –" chains to its last city
        if id(d) not in out:
            continue
        # only a mention right after the dateline can be its country
        for m in mentions[bisect_right(starts, d.end) : bisect_right(starts, d.end + 40)]:
            gap = text[d.end : m.start]
            if (
                re.fullmatch(r"\s*[(/]\s*", gap)  # "(Mozambique)", "Wien/Budapest"
                or (m.kind == "country" and re.fullmatch(r"\s*[,،]\s*", gap))
            ):
                out.add(id(m))
    return out


def _speaker_country(m):
    """A capital named as where a speaker speaks from, as a mention of its country (speaker still
    set, so it gives way to any other place of its sentence); any other mention as it is."""
    if not getattr(m, "speaker", False) or m.kind != "city" or m.place is None:
        return m
    try:
        from uprooted.places import is_capital
    except Exception:  # noqa: BLE001 - the places module may be missing
        return m
    if not is_capital(m.place):
        return m
    cp = _country_place(m.place.country)
    if cp is None:
        return m
    return dc_replace(m, place=cp.model_copy(update={"text": m.text}), kind="country", level=0)


def _with_area(city: Place, mention) -> Place:
    area = (mention.place.area if mention.place is not None else None) or mention.text
    return city.model_copy(update={"text": mention.text, "area": area, "other": None})


_DATELINE_RE = re.compile(r"^\s*(?:[,،][^\n—–-]{1,30}?)?\s*(?:\([^)]{1,30}\)\s*){0,2}(?:[—–-]|--)")


_CAPS_DATELINE_RE = re.compile(r"^\s*(?:[,،][^\n:]{1,30}?)?\s*(?:\([^)]{1,30}\)\s*){0,2}(?::|[—–-]|--)\s")


# Where a report may start within a line: after a sentence's end (a headline and its lead run
# together: "... gestoppt. Wien/Budapest – Hunderte ...").
_REPORT_START_RE = re.compile(r"(?:[.!?…»”\"]\s+|\s{2,})$")


def _is_dateline(text: str, m, words: _PlaceRules | None = None) -> bool:
    """A place opening a line and followed by a dash: "BAGHDAD, March 6 -", "MOSUL (Reuters) —";
    a name in capitals before a colon or a dash anywhere: "... offices  KOLKATA: Floods"; with
    the pack's place words, a place opening a line or following a sentence's end, then a spaced
    dash or the brackets of a news agency and the report ("Rom – Die", "Oslo (NTB): Antall")."""
    after = text[m.end : m.end + 60]
    if m.text.isupper() and len(m.text) > 2 and _CAPS_DATELINE_RE.match(after):
        return True
    line_start = text.rfind("\n", 0, m.start) + 1
    opens_line = not text[line_start : m.start].strip(" \t*•")
    if opens_line and _DATELINE_RE.match(after):
        return True
    if words is None or not (opens_line or _REPORT_START_RE.search(text[max(0, m.start - 4) : m.start])):
        return False
    return bool(words.dateline_inline.match(after))


def _sentence_places(
    sent: Sentence, ctx: _PlaceContext, rules: _Rules, text: str, figure_spans
) -> tuple[list, list, list, list, list]:
    """(here, datelines, resolved, areas, anaphora): the places of a sentence as every figure in
    it sees them (none of it depends on the figure)."""
    words = rules.place
    here = [
        m
        for m in ctx.in_span(sent.start, sent.end)
        if not any(a < m.end and m.start < b for a, b in figure_spans)  # "Over 200.000"
        # "45,000 non-Sudanese individuals": people of no one country the demonym names
        and not (m.kind == "demonym" and words.demonym_negation.search(text[max(0, m.start - 5) : m.start]))
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
    resolved = [m for m in resolved if m not in datelines]
    # "Russlands forsvarsdepartement oppga at 12.500 sivile ...", "the Paraguay river": a country
    # that speaks, or names a river, is not where the people are.
    # (a river is no place whatever the name, "along the Kosi river", "the Bow River")
    resolved = [
        m
        for m in resolved
        if not (
            m.kind == "country"
            and (
                words.institution_after.match(text[m.end : m.end + 40])
                or words.institution_before.search(text[max(0, m.start - 60) : m.start])
                or words.name_noun_after.match(text[m.end : m.end + 40])  # "New Sudan Refugee Camp"
            )
        )
        and not words.river_after.match(text[m.end : m.end + 30])
    ]
    # "En Portoviejo, capital de Manabí, ...": a place in apposition to a town in it only says
    # where the town is; behind "de" it is no origin either.
    resolved = [m for m in resolved if not _locates(m, resolved, text)] or resolved
    # "In Japan, 70,000 remain displaced, the minister said in Tokyo": where the speaker speaks
    # from gives way to any other place the sentence names.
    resolved = [m for m in resolved if not getattr(m, "speaker", False)] or resolved
    # "..., so Tusk im EU-Parlament in Straßburg": a town a speaker speaks in (not a capital
    # standing for its government) is never where the people are, even when named alone; the
    # place in play stays.
    resolved = [m for m in resolved if not (getattr(m, "speaker", False) and m.kind == "city")]
    areas = [m for m in here if m.kind == "area" and (m.place is None or not m.place.name)]
    anaphora = [m for m in here if m.kind == "anaphora"]
    return here, datelines, resolved, areas, anaphora


def choose_place(
    sent: Sentence,
    fig_abs: int,
    measure: str,
    ctx: _PlaceContext,
    rules: _Rules,
    text: str,
    figure_spans: list[tuple[int, int]] = (),
    value: int | None = None,
    term: str | None = None,
    noun_window: int = ExtractSettings.noun_window,
) -> tuple[Place | None, str]:
    """The place a figure is about and how sure we are: 'sentence', 'context' or 'none'.
    `noun_window`: the run's `ExtractSettings.noun_window` (how far a figure's noun may lie).

    The rules below (`rule_place`) give one choice; when the learned place ranker
    (extract/placemodel.py) is switched on, it scores that choice against the other places the
    document offers for the figure (its sentence, the text just before, the headline, the
    document's country, the city in play) and may pick another.
    """
    place, how = rule_place(sent, fig_abs, measure, ctx, rules, text, figure_spans, term, noun_window)
    ranker = placemodel.active()
    if ranker is None and placemodel.RECORDER is None:
        return place, how
    cands = place_candidates(sent, fig_abs, measure, ctx, rules, text, figure_spans, place, how, value)
    if placemodel.RECORDER is not None:
        placemodel.RECORDER.append((sent.start, sent.end, fig_abs, measure, cands))
    if ranker is None or len(cands) < 2:
        return place, how
    best = ranker.pick(cands)
    if best.rule:
        return place, how
    chosen = best.place
    other = place.other if place is not None else None
    if other is not None and (other.country, other.name) != (chosen.country, chosen.name):
        chosen = chosen.model_copy(update={"other": other})
    return chosen, how


def rule_place(
    sent: Sentence,
    fig_abs: int,
    measure: str,
    ctx: _PlaceContext,
    rules: _Rules,
    text: str,
    figure_spans: list[tuple[int, int]] = (),
    term: str | None = None,
    noun_window: int = ExtractSettings.noun_window,
) -> tuple[Place | None, str]:
    """The rules' choice of the place a figure is about: 'sentence', 'context' or 'none'.

    Flow (displaced): where people fled from, so a place after an origin preposition wins and
    one after a destination preposition goes to `other`; stocks: where people are now.
    """
    words = rules.place
    # The sentence's places, and the side of each, are the same for each of its figures: read
    # once per sentence (a long sentence dense with figures and places read them once per figure).
    key = (sent.start, sent.end, id(rules), text, tuple(figure_spans))
    cached = ctx._sentence
    if cached is None or cached[0] != key:
        cached = ctx._sentence = (key, _sentence_places(sent, ctx, rules, text, figure_spans), {})
    here, datelines, resolved, areas, anaphora = cached[1]
    resolved_starts = [m.start for m in resolved]
    # A side depends on the figure only through a transfer verb between the two; in a sentence
    # with none, the sides found for one figure hold for the next.
    shared_sides = _absent_from(words.transfer, sent.text)
    origin_side = measure in ("displaced", "at_risk", "remaining")
    city = ctx.city_in_play(
        sent.start,
        text,
        rules.destination if origin_side else None,
        words,
        rules.origin if measure == "displaced" else None,
    )
    unseated = _without_seats(resolved, city, text, words)
    if unseated is not resolved:
        resolved = unseated
        resolved_starts = [m.start for m in resolved]

    sides: dict[int, str] = cached[2] if shared_sides else {}

    def side(m) -> str:
        if id(m) not in sides:
            sides[id(m)] = _side(m, sent, fig_abs, rules, text, here)
        return sides[id(m)]

    flow = measure in ("displaced", "at_risk")
    if resolved and measure == "returned":
        # "2,706 Burundians returned, including 850 from Rwanda": refugees return to their own
        # country; the places they came back from are the other side of the movement.
        home = _returned_home(here, resolved, side, fig_abs)
        if home is not None:
            ctx.branch = "returned_home"
            return home, "sentence"
    if measure == "returned" and not any(m.kind == "demonym" for m in here):
        # "Burundian refugees returned from Rwanda and Tanzania. ... The number repatriated from
        # Rwanda stands at 3,444": the returnees named a sentence or two before are in play.
        home = _returnees_in_play(ctx, sent, resolved, side, city, text, rules)
        if home is not None:
            ctx.branch = "returned_home"
            return home, "context"
    lo, hi = _clause(text, sent, fig_abs, words)
    real = [m for m in resolved if m not in datelines]
    in_clause = [m for m in real if lo <= m.start and m.end <= hi]
    antecedent = _relative_antecedent(real, sent, fig_abs, text, words, figure_spans)
    if (
        antecedent is not None
        and not any(antecedent.end < m.start and m.start < sent.end for m in real)
        # the last item of a list ("the counties of A, B and C, where ...") speaks for the whole
        # list, which the list rules below place
        and not any(
            m.end <= antecedent.start and words.list_gap.match(text[m.end : antecedent.start]) for m in real
        )
    ):
        # "Britain sends aid to Sudan, where 8 million have fled", "Norge gir ... til Gaza, der
        # 1,9 millioner er drevet på flukt": the figure's own clause is the relative clause, and it
        # is about the place right before its comma, whatever side (a donor, a destination) the
        # other places of the sentence stand on. (A place named after it is left to the rules
        # below: "Yemen, where 4 million are displaced in Marib".)
        place = antecedent.place.model_copy(update={"text": antecedent.text})
        ctx.branch = "relative_antecedent"
        return place, "sentence"
    whole = _whole_of_part(sent, fig_abs, lo, hi, in_clause, areas, text, rules, figure_spans, noun_window)
    if whole is not None:
        # "Peru hosts 1.5 million refugees from Venezuela, of whom 532,000 have applied for
        # asylum", "..., dont 3 000 ont demandé l'asile": a part whose clause names no place is
        # where the whole it is part of is (the whole's figure, placed by these same rules).
        place, how = rule_place(sent, whole, measure, ctx, rules, text, figure_spans, term, noun_window)
        if place is not None:
            ctx.branch = "part_of_whole"
            return place, how
    area = _admin_anaphor_target(ctx, in_clause, text, lo, hi, words)
    if area is not None:
        ctx.branch = "admin_anaphor"
        return area, "sentence"
    town = _settlement_anaphor_target(ctx, in_clause, text, lo, hi, words, rules if flow else None)
    if town is not None:
        ctx.branch = "anaphora"
        return town, "sentence"
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
            and side(m) not in (("to", "via") if flow else ("from",))
            and not words.institution_after.match(text[m.end : m.end + 40])
            # (not a country named after another figure, for that figure's people: "7,7
            # millones han abandonado su país, y 2,8 millones de ellos viven en Colombia")
            and not (flow and _of_a_later_part(m, fig_abs, figure_spans, text, words))
        ]
        if countries:
            # (a flow's own origin named after it wins over a nearer country before it in another
            # conjunct: "... في العراق ونزوح عشرات الآلاف من ديارهم في تركيا", "damaged roads in
            # Jordan and displaced 4,000 from their homes in Syria"; not over a stock's own
            # country: "In Deutschland leben 1,1 Millionen Geflüchtete aus der Ukraine")
            left = [m for m in countries if flow and m.start > fig_abs and side(m) == "from"]
            near = min(countries, key=lambda m: abs(m.start - fig_abs))
            joined = near.end <= fig_abs and (
                words.joiner_in_gap.search(text[near.end : fig_abs])
                or words.joiner_glued.search(text[near.end : fig_abs])
            )
            c = min(left, key=lambda m: m.start - fig_abs) if left and joined else near
            hosts = _refugees_hosted_in(countries, fig_abs, text, words, term, side) if flow else []
            if hosts:
                c = hosts[0]
            place = c.place.model_copy(update={"text": c.text})
            ctx.branch = "clause_country"
            return _with_other(place, c, real, here, side, flow, fig_abs), "sentence"
        word = _country_word(text[lo:hi], words)
        if word is not None and words.total_word.match(word.strip()):
            # "in total" sums: the country's only when the sentence names no smaller place
            if any(m.level >= 1 and not (flow and side(m) == "to") for m in real):
                word = None
        if word is not None:
            iso = next(
                (
                    m.place.country
                    for m in real
                    if m.kind == "country" and side(m) != ("to" if flow else "from")
                ),
                None,
            )
            at = text.find(word, lo, hi)
            if (
                iso is None
                and flow
                and at > fig_abs  # left "the country" named after them, not a host before them
                and not (rules.destination is not None and at > lo and rules.destination.search(text[lo:at]))
            ):
                # "7,7 millioner venezuelanere har forlatt landet": nationals counted leaving "the
                # country" left their own, whatever country the text names after (not nationals
                # who came "til landet")
                demonym = _people_demonym(here, fig_abs)
                if demonym is not None and 0 <= demonym.start - fig_abs <= 40:
                    iso = demonym.place.country
            if iso is None:
                # "In Slowenien sind 5.700 angekommen. ... in dem Land insgesamt 144.100": the
                # country named last where people are, when named after the city in play
                named = _last_located_country(ctx, sent.start, text, words)
                if named is not None and (city is None or city.place is None or named.start > city.end):
                    iso = named.place.country
            if iso is None and city is not None and city.place is not None:
                iso = city.place.country
            iso = iso or next((m.place.country for m in datelines if m.place is not None), None)
            iso = iso or ctx.main_country()
            if iso is None:
                # "2.3 million Yemenis displaced within the country", the text naming no
                # country: the people's own, right after the figure
                demonym = _people_demonym(here, fig_abs)
                if demonym is not None and 0 <= demonym.start - fig_abs <= 40:
                    iso = demonym.place.country
            cp = _country_place(iso)
            if cp is not None:
                ctx.branch = "country_word"
                return cp.model_copy(update={"text": word}), "sentence"
    summed = _counted_areas(ctx, in_clause, here, text, sent.start, lo, hi, city, words)
    if summed is not None:
        ctx.branch = "counted_areas"
        return summed, "sentence"
    island = _island_in_play(ctx, sent, fig_abs, lo, hi, real, text, words)
    if island is not None:
        ctx.branch = "island"
        return island, "context"

    def theirs(m) -> bool:
        # named after a later part's figure, for that part's people ("7,7 millones han abandonado
        # su país, y 2,8 millones de ellos viven en Colombia")
        return _of_a_later_part(m, fig_abs, figure_spans, text, words)

    if flow and real and all(side(m) in ("to", "via") or theirs(m) for m in real):
        # "16 000 Burkinabè ont fui vers le Mali et le Niger", "evacuated 330 villagers to
        # Acapulco": the places named are where people went; where they fled from is the
        # people's own country or the place in play.
        dest = {m.place.name for m in real}
        origin = None
        demonym = _people_demonym(
            [
                m
                for m in here
                if m.place is not None
                and m.place.country not in {r.place.country for r in real}
                and not theirs(m)  # "350 000 réfugiés ..., dont 88 Kenyans": the part's people
            ],
            fig_abs,
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
            ctx.branch = "flow_all_to"
            return origin.model_copy(update={"other": o.place.model_copy(update={"text": o.text})}), "context"

    if resolved:
        pool = resolved
        if measure in ("displaced", "at_risk"):
            # "Le nombre de déplacés en Centrafrique a atteint 935.000, dont 513.000 dans la
            # capitale, Bangui": a clause about some of the people that names its own place is
            # about that place, not the one the people left in the other clause.
            own = [m for m in smaller if (lo > sent.start or hi < sent.end) and side(m) not in ("to", "via")]
            pool = (
                [m for m in resolved if side(m) == "from"]
                or [m for m in resolved if side(m) not in ("to", "via")]
                or resolved
            )
            if own and not any(m in own for m in pool):
                pool = own
            # "64,000 people who fled violence in northern Nigeria are currently living in
            # Maradi": a clause saying where the people are now makes the figure a stock there.
            present = [
                m
                for m in resolved
                if lo <= m.start
                and m.end <= hi
                and m.start > fig_abs
                and words.present_before.search(text[max(fig_abs, m.start - 60) : m.start])
                # (not where a later part's people live: "7.7 million have fled their country,
                # and 2.8 million of them live in Colombia")
                and not _of_a_later_part(m, fig_abs, figure_spans, text, words)
            ]
            if present:
                pool = present
            hosts = _refugees_hosted_in(
                [m for m in resolved if lo <= m.start and m.end <= hi], fig_abs, text, words, term, side
            )
            if hosts:
                pool = hosts
        elif measure == "returned":
            # "4,000 refugees settled in Cameroon have gone back to Bangui": returnees are where
            # they went back to; a country they lived in as refugees is the other side.
            pool = (
                [m for m in resolved if side(m) == "to"]
                or [m for m in resolved if side(m) not in ("from", "via")]
                or resolved
            )
        elif measure in ("sheltered", "remaining"):
            pool = [m for m in resolved if side(m) not in ("from", "via")] or resolved
        # A city of another country than the one the sentence names is a wrong reading
        # ("In Austria ... Salzburg"). A country people fled to ("hacia Turquía") or the
        # people's own origin (a demonym: "sirios") names no place a city could be misread in.
        named = {
            m.place.country for m in here if m.kind == "country" and m.place is not None and side(m) != "to"
        }
        # "... needs in Tillabéry and Tahoua, where over 195,000 people are displaced": a figure in
        # a relative clause about a place is that place's (and its list's), whatever country
        # another clause names.
        antecedent = _relative_antecedent(pool, sent, fig_abs, text, words, figure_spans)
        if antecedent is not None:
            pool = [antecedent]
        elif named:
            # (not so far as to drop every place of the figure's own clause for a country another
            # clause names: "... in Diffa from returning home.9 Insecurity along the borders with
            # Burkina Faso")
            kept = [m for m in pool if m.place.country in named]
            if kept and (
                all(not (lo <= m.start and m.end <= hi) for m in pool)
                or any(lo <= m.start and m.end <= hi for m in kept)
            ):
                pool = kept
        others_at = [(a, b) for a, b in figure_spans if not (a <= fig_abs < b)]
        other_starts = [a for a, _ in others_at]
        other_ends = [b for _, b in others_at]
        # Spans whose starts and ends both ascend (figures in text order, none inside another):
        # those starting at lo or later are a suffix of them, those ending by hi a prefix, and
        # the spans in [lo, hi] the indices both hold, counted by bisection.
        ascending = other_starts == sorted(other_starts) and other_ends == sorted(other_ends)

        def crossed(m) -> int:
            lo, hi = (m.end, fig_abs) if m.end <= fig_abs else (fig_abs, m.start)
            if ascending:
                return max(0, bisect_right(other_ends, hi) - bisect_left(other_starts, lo))
            return sum(1 for a, b in others_at if lo <= a and b <= hi)

        def shadowed(m) -> bool:
            # Another place between this one and the figure heads the figure's own line
            # ("Shangcheng County worst affected  Shaanxi Province ... 10,400 houses").
            lo, hi = (m.end, fig_abs) if m.end <= fig_abs else (fig_abs, m.start)
            # `resolved` is in text order: only places starting in [lo, hi] can lie between.
            name = m.place.name
            return any(
                o.place.name != name  # a place named again (the cheapest test, and often false)
                and o is not m
                and lo <= o.start
                and o.end <= hi
                and o.place.name != m.place.admin1
                and not (o.level == 0 and o.place.country == m.place.country)
                for o in resolved[bisect_left(resolved_starts, lo) : bisect_right(resolved_starts, hi)]
            )

        own_span = next(((a, b) for a, b in figure_spans if a <= fig_abs < b), (fig_abs, fig_abs + 1))

        def owned(m) -> bool:
            # Named right beside another figure of the sentence, nearer it than this one ("... in
            # Idlib about 400,000, and recently in Daraa more than 300,000"): that figure's place.
            # A figure in brackets right after the place restates the one before it in other
            # units ("41 families in Padang (216 people)"): it owns no place of its own.
            return any(
                _gap(m, span) < _gap(m, own_span)
                and not (span[0] >= m.end and _OPEN_BRACKET_RE.fullmatch(text[m.end : span[0]]))
                for span in others_at
            )

        def outside(m) -> bool:
            # "In A, 31 houses were destroyed and 300 damaged, while in B, 36 ...": a place of
            # the figure's own clause comes before one of another clause (the spec: the place
            # the figure's clause names).
            return not (lo <= m.start and m.end <= hi)

        best = _first_best(
            pool, (outside, shadowed, crossed, owned, lambda m: (-m.level, abs(m.start - fig_abs)))
        )
        best = _apposed_head(best, pool, text, words)
        wide = _long_list_country(best, resolved, text, words)
        if wide is not None:
            ctx.branch = "enumeration_country"
            return _with_other(wide.place, best, resolved, here, side, flow, fig_abs), "sentence"
        container = _enumeration_container(best, pool, here, text, words, side)
        # Places named together for one figure ("Manabí y Esmeraldas", "dans les départements du
        # Nord-Ouest, du Nord et de l'Artibonite", some the gazetteer may miss): the figure is
        # about the first of them, as the gold convention names it (gold README, "Places":
        # "Chaco and Corrientes" -> ["Chaco", "Corrientes"], the first entry canonical).
        # When the list opens with a name the gazetteer does not know, its country.
        head = container or _enumeration_first(best, resolved, text, words, here)
        if head is None and best.level == 1 and best.place.country and _in_enumeration(best, text, words):
            head = _enumeration_head(best, resolved, text, words, here) or _country_mention(best)
        if head is not None and head.level == 0:
            ctx.branch = "enumeration_country"
            return head.place, "sentence"
        if head is not None:
            best = head
        place = best.place.model_copy(update={"text": best.text})
        # An area next to the chosen place ("western Mosul") refines it.
        for a in areas:
            near = abs(a.end - best.start) <= 3 or abs(best.end - a.start) <= 3
            if near or (a.place is not None and a.place.name == place.name):
                place = place.model_copy(update={"area": (a.place.area if a.place else None) or a.text})
        best_side = side(best)
        others = [
            m
            for m in resolved
            if m is not best and m.place.country and side(m) not in ("", "via") and side(m) != best_side
        ]
        if others:
            o = others[0]
            place = place.model_copy(update={"other": o.place.model_copy(update={"text": o.text})})
        else:
            place = _with_other(place, best, resolved, here, side, flow, fig_abs)
        ctx.branch = "sentence_list" if head is not None else "sentence_best"
        return place, "sentence"
    agency = _national_agency(sent.text) if not areas and not anaphora else None
    if (
        agency is not None
        and city is not None
        and city.place is not None
        and city.level >= 1
        and len(_SENTENCE_GAP_RE.findall(text[city.end : sent.start])) <= 1
        and not _in_enumeration(city, text, words)
    ):
        # "... in the municipality of Chinautla. The country's disaster agency, CONRED, say that
        # the landslide destroyed 10 houses": the agency reports on the place the sentence
        # before named alone, not on the country
        agency = None
    if agency is not None:
        # "Das BAMF zählte 45.000 Asylbewerber", "UDI melder at 2500 asylsøkere kom": a national
        # agency's figure, in a sentence naming no place, is its country's, not the town in play.
        cp = _country_place(agency[1])
        if cp is not None:
            ctx.branch = "national_agency"
            return cp.model_copy(update={"text": agency[0]}), "sentence"
    scope = (rules.country_scope is not None and rules.country_scope.search(sent.text)) or (
        _country_word(text[lo:hi], words) is not None
    )
    demonym = _people_demonym(here, fig_abs)
    country = None
    if scope and not areas:
        country = (city.place.country if city is not None and city.place is not None else None) or (
            ctx.main_country()
        )
    elif demonym is not None and not areas and not anaphora and measure == "returned":
        # "2,147 Afghan refugees returned in 2020": to their own country, wherever the text was.
        country = demonym.place.country
    elif (
        demonym is not None
        and not areas
        and not anaphora
        and city is not None
        and city.place is not None
        and _refugee_demonym(demonym, fig_abs, text, rules)
    ):
        # "... an influx into Chad. The number of new Sudanese refugees reached 16,250": the
        # demonym of refugees names the country they fled, not where they are now (the spec: a
        # stock's place is where people are, the other side in `other`); the place in play is.
        place = city.place.model_copy(update={"text": city.text})
        ctx.branch = "refugee_demonym"
        return _with_other(place, city, [], here, lambda m: "", False, fig_abs), "context"
    elif demonym is not None and not areas and not anaphora:
        # "The Czech government ... 8,000 evacuated": the country, over a city named earlier in
        # the same country.
        if city is None or city.place is None or city.place.country == demonym.place.country:
            country = demonym.place.country
    if country:
        cp = _country_place(country)
        if cp is not None:
            ctx.branch = "demonym_or_scope"
            return cp.model_copy(update={"text": demonym.text if demonym and not scope else None}), "sentence"
    if areas and city is not None and city.place is not None:
        a = min(areas, key=lambda m: abs(m.start - fig_abs))
        if a.place is not None and a.place.name:
            ctx.branch = "area_named"
            return a.place.model_copy(update={"text": a.text}), "sentence"
        ctx.branch = "area_city"
        return _with_area(city.place, a), "sentence"
    if anaphora:
        target = city
        dateline = ctx.dateline_before(sent.start + 1)
        if dateline is not None and (
            target is None
            or target.place is None
            or (target.level == 0 and target.place.country == dateline.place.country)
        ):
            target = dateline  # "BAGHDAD, March 6 - ... fled their homes in the capital"
        if target is not None and target.place is not None:
            ctx.branch = "anaphora"
            return target.place.model_copy(update={"text": anaphora[0].text}), "sentence"
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
            ctx.branch = "headline_country"
            return headline.place.model_copy(update={"text": headline.text}), "context"
        summed = _one_of_many(ctx, city, sent.start, text, words)
        if summed is not None:
            ctx.branch = "one_of_many"
            return summed, "context"
        ctx.branch = "city_in_play"
        return city.place.model_copy(update={"text": city.text}), "context"
    ctx.branch = "none"
    return None, "none"


_MANY_PLACES = 3


@lru_cache(maxsize=1)
def _agency_pattern() -> tuple[re.Pattern | None, dict[str, str]]:
    """places/data/national_agencies.csv as one case-sensitive pattern and name -> ISO3."""
    import csv
    from importlib import resources

    try:
        path = resources.files("uprooted.places") / "data" / "national_agencies.csv"
        lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    except (OSError, ModuleNotFoundError):
        return None, {}
    rows = {r["name"].strip(): r["country"].strip() for r in csv.DictReader(lines) if r.get("name")}
    if not rows:
        return None, {}
    alt = "|".join(re.escape(n) for n in sorted(rows, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])"), rows


def _national_agency(stext: str) -> tuple[str, str] | None:
    """(name, ISO3) of the national agency a sentence names, or None."""
    pattern, rows = _agency_pattern()
    m = pattern.search(stext) if pattern is not None else None
    return (m.group(0), rows[m.group(0)]) if m else None


# Terms naming people by where they are now: "300,000 refugees from Myanmar in Bangladesh" is a
# stock, counted where they are (the spec: "1 million Syrian refugees in Lebanon": Lebanon).
_STOCK_TERMS = frozenset({"refugees", "asylum_seekers"})


def _refugees_hosted_in(in_clause: list, fig_abs: int, text: str, words: _PlaceRules, term, side) -> list:
    """For refugees or asylum seekers counted with the place they came from and a place they are
    in ("300,000 refugees from Myanmar in Bangladesh", "réfugiés syriens venus de Syrie au
    Liban"): the places after the figure behind a locative preposition, on no side of a movement,
    not lying in the place they came from. Empty when the clause gives no such pair."""
    if term not in _STOCK_TERMS:
        return []

    def behind(pattern, m) -> bool:
        return bool(pattern.search(text[max(0, m.start - 12) : m.start]))

    origins = [m for m in in_clause if side(m) == "from" and behind(words.strong_origin, m)]
    if not origins:
        return []
    return [
        m
        for m in in_clause
        if m.start > fig_abs
        and m.start > min(o.end for o in origins)
        and m not in origins
        and side(m) in ("", "from")
        and behind(words.locative_before, m)
        and all(m.place.country != o.place.country for o in origins)
    ]


def _whole_of_part(
    sent, fig_abs, lo, hi, in_clause, areas, text, rules: _Rules, figure_spans, noun_window: int
):
    """The start of the figure a part is counted of, when the figure's clause opens with a part
    opener ("of whom", "dont", "davon") right after that figure's clause and names no place or
    area of its own, and that figure counts people (a bare figure or a people noun: not "40
    villages", "$2 million"); None otherwise."""
    words = rules.place
    if in_clause or lo <= sent.start or any(lo <= a.start and a.end <= hi for a in areas):
        return None
    if not words.part_opener.search(text[max(sent.start, lo - 40) : lo]):
        return None
    if _country_word(text[lo:hi], words) is not None:
        return None
    before = [(a, b) for a, b in figure_spans if sent.start <= a and b <= lo and not (a <= fig_abs < b)]
    if not before:
        return None
    a, b = before[-1]
    return a if counts_no_homes(text[:lo], b, rules, noun_window) else None


def _without_seats(resolved: list, city, text: str, words: _PlaceRules) -> list:
    """ "Coahuila state officials said ... 10,000 houses were damaged", "Stanton County Sheriff
    ... said": a region or district that names the office speaking is the seat of its officials,
    whose area holds the town in play; the figure is that town's, the more specific place.
    Without a town in play inside it the seat stays (it may be all the text says)."""
    seats = [m for m in resolved if m.level >= 1 and words.institution_after.match(text[m.end : m.end + 40])]
    if not seats:
        return resolved
    keep = [m for m in resolved if m not in seats]
    inside = city is not None and city.place is not None and any(_contains(s, city) for s in seats)
    return keep if keep or inside else resolved


def _one_of_many(ctx: _PlaceContext, city, before: int, text: str, words: _PlaceRules) -> Place | None:
    """The place in play is one of a list of at least three places of its country named together
    ("in the regions of Coquimbo, Valparaiso, ... La Araucania, Los Rios", "rains in Fujian,
    Jiangxi, Hunan ..."): a later figure in a sentence naming no place sums over the list, so it
    is the list's common admin1 area or its country, not one of them. None otherwise (a place
    named alone, or a heading just before its figures, stays in play)."""
    if city.level < 1 or city.place is None or not city.place.country or city.end > before:
        return None
    ordered = [
        m
        for m in ctx.mentions
        if m.end <= before
        and m.level >= 1
        and m.place is not None
        and m.place.name
        and m.kind not in ("demonym", "anaphora")
    ]
    if city not in ordered:
        return None
    chain = _run_around(
        ordered,
        ordered.index(city),
        text,
        lambda nb, gap: (
            nb.place.country == city.place.country
            and bool(words.list_gap.match(gap) or words.region_gap.match(gap))
        ),
    )
    # "in Butig municipality, Lanao del Sur province in the Autonomous Region in Muslim Mindanao":
    # each place locates the one before it, a single place and not a list of three.
    chain = [m for m in chain if not any(o is not m and _contains(m, o) for o in chain)]
    if len({m.place.name for m in chain}) < _MANY_PLACES:
        return None
    admin1s = {m.place.admin1 for m in chain}
    if len(admin1s) == 1 and None not in admin1s:
        from uprooted.places import resolve_place

        area = resolve_place(next(iter(admin1s)), country=city.place.country)
        if area is not None and area.name not in {m.place.name for m in chain}:
            return area.model_copy(update={"text": None})
    return _country_place(city.place.country)


def _last_located_country(ctx: _PlaceContext, before: int, text: str, words: _PlaceRules):
    """The last country named before `before` behind a locative preposition ("in Slowenien",
    "au Mali"), not in a dateline: where the text last put people; None when none."""
    return ctx._last_before(
        ("located", id(text), id(words)),
        (text, words),
        lambda m: (
            m.kind == "country"
            and m.place is not None
            and m.place.country
            and id(m) not in ctx.datelines
            and words.locative_before.search(text[max(0, m.start - 12) : m.start])
        ),
        before,
    )


def _first_best(items: list, keys) -> object:
    """`min(items, key=lambda m: tuple(k(m) for k in keys))`, asking each key only of the items
    still tied on the keys before it (in a sentence dense with figures and places, each key
    reads every other figure or place): the same item, the first of the ties, as `min` gives."""
    if not items:
        raise ValueError("_first_best() arg is an empty sequence")
    for key in keys:
        if len(items) == 1:
            break
        values = [key(m) for m in items]
        low = min(values)
        items = [m for m, v in zip(items, values, strict=True) if v == low]
    return items[0]


def _gap(m, span: tuple[int, int]) -> int:
    """Characters between a mention and a figure's span (0 when they overlap)."""
    a, b = span
    return a - m.end if m.end <= a else m.start - b if m.start >= b else 0


def _of_a_later_part(m, fig_abs: int, figure_spans, text: str, words: _PlaceRules) -> bool:
    """Whether `m` is named after a later figure of the sentence that counts a part of the people
    ("..., dont 88 Kenyans", "y 2,8 millones de ellos viven en Colombia"): the part's place or
    people, not the figure's at `fig_abs`."""
    for a, b in figure_spans:
        if not (fig_abs < a and b <= m.start):
            continue
        if words.part_opener.search(text[max(fig_abs, a - 30) : a]) or words.part_closer.match(
            text[b : b + 40]
        ):
            return True
    return False


def _returned_home(here: list, resolved: list, side, fig_abs: int) -> Place | None:
    """The returnees' own country when the sentence names them by a demonym and no place they
    went back to (only where they came from: "from Pakistan (1,092), Iran (939)"); None
    otherwise, and when a place named is in their own country."""
    if any(side(m) == "to" for m in resolved):
        return None
    if any(side(m) == "from" and m.level >= 1 for m in resolved):
        # "300 Syrian refugees returned from the town of Arsal": a town or area named as where
        # they left is the movement's own place (facts.md: a flow's place is where it started),
        # more specific than a country read from their demonym; countries of asylum alone
        # ("from Rwanda") leave them placed in their own country.
        return None
    demonym = _people_demonym(here, fig_abs)
    if demonym is None or demonym.place.country in {m.place.country for m in resolved}:
        return None
    home = _country_place(demonym.place.country)
    if home is None:
        return None
    o = min(resolved, key=lambda m: abs(m.start - fig_abs))
    return home.model_copy(
        update={"text": demonym.text, "other": o.place.model_copy(update={"text": o.text})}
    )


def _relative_antecedent(
    pool: list, sent: Sentence, fig_abs: int, text: str, words: _PlaceRules, figure_spans=()
):
    """The place a relative clause holding the figure is about ("in Tahoua, where 195,000 people
    are displaced"): the last place of `pool` right before ", where", with no clause break or
    other relative clause between it and the figure; None when there is none."""
    best = None
    for m in pool:
        if m.end > fig_abs or m.start < sent.start:
            continue
        rel = words.relative_locative.match(text[m.end : fig_abs])
        if rel is None:
            continue
        at = m.end + rel.end()
        between = text[at:fig_abs]
        if words.clause_break.search(between) or words.relative_locative.search(between):
            continue
        # the relative clause has its own figure, or a place of its own, before this one: "in
        # Idlib, where 400,000 fled, and recently in Daraa more than 300,000 fled"
        if any(at <= a and b <= fig_abs for a, b in figure_spans) or any(
            at <= o.start and o.end <= fig_abs for o in pool
        ):
            continue
        if best is None or m.end > best.end:
            best = m
    return best


_CONTAINER_GAP_CHARS = 50  # "9 districts situated along the river in Bihar": a short gap


def _counted_areas(
    ctx: _PlaceContext, in_clause: list, here: list, text: str, start: int, lo: int, hi: int, city, words
):
    """A figure over a count of areas ("displaced in several provinces of A, B and C", "across 19
    prefectures of Sichuan province", "in nine cities", "in 40 Libyan cities") sums over them: the
    area holding them, named right after ("of Sichuan province"), or the country of the places
    listed, or of a demonym in the count; with none named, the area in play holding such areas
    (the country for provinces, the province for districts or cities). None when the clause names
    no such count, or names its places before it ("in A, B and C, the three regions worst hit":
    the list, read as the gold convention reads lists)."""
    # (the sentence up to the end of the figure's clause: "1.92 million people in nine cities were
    # affected, including 1.11 million evacuated" sums the part over the whole's cities too)
    found = [
        (h.start(), rank, h)
        for rank, pattern in ((1, words.counted_regions), (2, words.counted_localities))
        for h in pattern.finditer(text, start, hi)
    ]
    if not found:
        return None
    _, rank, hit = min(found, key=lambda f: f[0])
    if hit.start() < lo and in_clause:
        return None  # the figure's own clause names its place
    if any(m.level >= 1 and m.end <= hit.start() for m in in_clause):
        return None
    demonym = next(
        (
            m
            for m in here
            if m.kind == "demonym" and m.place is not None and hit.start() <= m.start and m.end <= hit.end()
        ),
        None,
    )
    if demonym is not None:
        return _country_place(demonym.place.country)
    after = [m for m in in_clause if m.start >= hit.end() and m.place is not None and m.place.country]
    if after:
        first = after[0]
        # (from the last count before it: "19 prefectures and 115 counties of Sichuan province")
        end = max(h.end() for _, _, h in found if h.start() < first.start)
        gap = text[end : first.start]
        if (
            len(gap) <= _CONTAINER_GAP_CHARS
            and not any(ch.isdigit() for ch in gap)
            and words.container_gap.search(gap)
            and not _in_enumeration(first, text, words)
        ):
            return first.place.model_copy(update={"text": first.text})  # "of Sichuan province"
        if len({m.place.country for m in after}) == 1:
            return _country_place(first.place.country)  # "of Calabarzon, Mimaropa and Bicol"
        return None
    if city is None or city.place is None or not city.place.country:
        return _country_place(ctx.main_country())
    if rank == 1 or city.level == 0:
        # (the report's own country over a town of another read in passing)
        main = ctx.main_country()
        return _country_place(
            main if main and ctx.country_counts.get(city.place.country, 0) == 0 else city.place.country
        )
    if city.level == 1:
        return city.place.model_copy(update={"text": city.text})
    if city.place.admin1:
        held = _admin1_place(city.place.admin1, city.place.country)
        if held is not None:
            return held
    return _country_place(city.place.country)


_ADMIN_ANAPHOR_WINDOW = 1500  # how far back "the province" looks for the province it names


def _admin_anaphor_target(ctx: _PlaceContext, in_clause: list, text: str, lo: int, hi: int, words):
    """ "authorities evacuated 100 people from a village in the province": the first-level area
    named last before the anaphor (in this sentence or the ones before), unless the clause names a
    smaller place after the anaphor ("in the province's capital, Jalalabad"); None otherwise."""
    found = words.admin_anaphor.search(text, lo, hi)
    if found is None:
        return None
    at = found.start()
    if any(m.start >= found.end() and m.level >= 1 for m in in_clause):
        return None
    for m in reversed(ctx._starting_in(max(0, at - _ADMIN_ANAPHOR_WINDOW), at)):
        if m.end > at or m.place is None or id(m) in ctx.datelines or m.kind in ("demonym", "anaphora"):
            continue
        if m.level == 1 and m.place.name:
            return m.place.model_copy(update={"text": found.group(0)})
    return None


_SETTLEMENT_ANAPHOR_WINDOW = 1000  # how far back "the town" looks for the town it names


def _settlement_anaphor_target(ctx: _PlaceContext, in_clause: list, text: str, lo: int, hi: int, words, flow):
    """ "Fighting hit Kidal. The army in Mali said 3,000 residents fled the town": a settlement
    anaphor (the pack's `settlement_anaphora`) in the figure's clause is the village, town or city
    named last before it (a dateline included), reading back over the countries and regions named
    in between or in the clause. None when the first other place read back is of another kind
    ("30 km north of Baidoa"), when the clause names a place below the first level itself, when the
    settlement lies in another country than one the clause names, or, for a flow (`flow`: the
    rules), when people went to the anaphor ("fled to the town")."""
    found = words.settlement_anaphor.search(text, lo, hi)
    if found is None:
        return None
    at = found.start()
    if any(m.level >= 2 for m in in_clause):
        return None
    if flow is not None and _last_match(flow.destination, text[max(lo, at - 25) : at]) is not None:
        return None
    countries = {m.place.country for m in in_clause if m.place is not None and m.place.country}
    for m in reversed(ctx._starting_in(max(0, at - _SETTLEMENT_ANAPHOR_WINDOW), at)):
        if m.end > at or m.place is None or m.kind in ("demonym", "anaphora"):
            continue
        if m.kind == "country" or m.level in (0, 1):
            continue  # a country or region: not what "the town" names; read on back
        if m.kind != "city" or not m.place.name or (countries and m.place.country not in countries):
            return None  # a place of another kind ("30 km north of Baidoa"), or abroad: left to the rules
        return m.place.model_copy(update={"text": found.group(0)})
    return None


_RETURNEES_WINDOW = 400  # how far back, within the paragraph, the returnees' demonym is read


def _returnees_in_play(ctx: _PlaceContext, sent: Sentence, resolved: list, side, city, text: str, rules):
    """Returnees go back to their own country: when the sentence names no place they went back to
    (only places they came back from, "repatriated from Rwanda", or none, with the place in play
    named behind an origin preposition), the country of the people a demonym named just before, in
    the same paragraph ("Burundian refugees"), with the place they left as `other`. None when the
    sentence names a place on another side, when no such demonym is near, or when it names the
    country they came back from."""
    if any(side(m) != "from" for m in resolved):
        return None
    left = [m for m in resolved]
    if not left:
        if city is None or city.place is None or rules.origin is None:
            return None
        before = text[max(0, city.start - 40) : city.start]
        if _last_match(rules.origin, before) is None:
            return None  # the place in play is where they are, not where they came back from
        left = [city]
    lo = max(0, sent.start - _RETURNEES_WINDOW)
    para = text.rfind("\n\n", lo, sent.start)
    if para >= 0:
        lo = para
    demonyms = [
        m
        for m in ctx._starting_in(lo, sent.start)
        if m.kind == "demonym" and m.place is not None and m.place.country
    ]
    if not demonyms:
        return None
    d = demonyms[-1]
    if d.place.country in {m.place.country for m in left if m.place is not None}:
        return None
    home = _country_place(d.place.country)
    if home is None:
        return None
    o = left[0]
    return home.model_copy(update={"text": d.text, "other": o.place.model_copy(update={"text": o.text})})


def where_they_went(place: Place | None, stext: str, rules: _Rules) -> Place | None:
    """The place of a stock stated as a second measure of a flow ("50,000 crossed into Uganda
    and are housed in shelters"): the flow is placed where people fled from, with where they went
    in `other`; the people now sheltered are there (the spec: a stock's place is where people are
    now), the origin in `other`. `place` itself when its other side is not a destination the
    sentence names after a destination preposition."""
    o = place.other if place is not None else None
    if o is None or not o.text or not o.country:
        return place
    i = stext.find(o.text)
    if i < 0:
        return place
    before = stext[max(0, i - 40) : i]
    to = _last_match(rules.destination, before)
    frm = _last_match(rules.origin, before)
    if to is None or (frm is not None and frm > to):
        return place
    return o.model_copy(update={"other": place.model_copy(update={"other": None})})


def _refugee_demonym(demonym, fig_abs: int, text: str, rules: _Rules) -> bool:
    """Whether the demonym names refugees' or asylum seekers' nationality: a pack trigger of
    those terms between the figure and the demonym, or right after the demonym ("16,250 Sudanese
    refugees", "réfugiés centrafricains", "اللاجئين السوريين"). Such a demonym is where the
    people came from, never where they are."""
    lo = min(fig_abs, demonym.start)
    hi = min(len(text), max(fig_abs, demonym.end) + 25)
    window = text[lo:hi]
    return any(
        term in ("refugees", "asylum_seekers") and pattern.search(window)
        for pattern, term, _measure in rules.triggers
    )


def _people_demonym(mentions: list, fig_abs: int):
    """The demonym that names the figure's own people: the one right after the figure ("410
    eritreiske asylsøkere", "20 000 réfugiés maliens"), else the nearest; None when none."""
    found = [m for m in mentions if m.kind == "demonym" and m.place is not None and m.place.country]
    if not found:
        return None
    return min(found, key=lambda m: (not (0 <= m.start - fig_abs <= 40), abs(m.start - fig_abs)))


def _with_other(place: Place, chosen, named: list, here: list, side, flow: bool, fig_abs: int) -> Place:
    """`place` with the other side of the movement in `other`, when the sentence gives it: for a
    flow, where people went ("ont fui le Mali vers le Niger": Niger); for a stock, where they came
    from; else the people's own country when a demonym names another one ("1 million Syrian
    refugees in Lebanon": Syria)."""
    if place.other is not None:
        return place
    want = "to" if flow else "from"
    pool = [
        m
        for m in named
        if m is not chosen
        and m.place is not None
        and m.place.country
        and side(m) == want
        and m.place.key() != place.key()
    ]
    if pool:
        o = min(pool, key=lambda m: abs(m.start - fig_abs))
        return place.model_copy(update={"other": o.place.model_copy(update={"text": o.text})})
    if place.country:  # the people's own country, named by a demonym ("réfugiés maliens")
        d = _people_demonym(here, fig_abs)
        if d is not None and d.place.country != place.country:
            cp = _country_place(d.place.country)
            if cp is not None:
                return place.model_copy(update={"other": cp.model_copy(update={"text": d.text})})
    return place


# ", capital de ", ", the capital of South Sudan's ": a comma and a few words (one may be a
# possessive) between a town and the area it lies in.
_LOCATOR_GAP_RE = re.compile(r"^\s*,\s*(?:[^\W\d_]+(?:['’]s?)?\s+){1,6}$")


_POSSESSED_GAP_RE = re.compile(r"^['’]s?\s+$")


def _contains(outer, inner) -> bool:
    """`inner` lies in `outer` as far as the gazetteer's fields tell: same country under a
    country, the admin1 under an admin1, the same admin1 under an admin2 (Place has no admin2
    field: "Butig" and "Lanao del Sur" are both in the Autonomous Region in Muslim Mindanao)."""
    a, b = outer.place, inner.place
    if a is None or b is None or inner.level <= outer.level or a.country != b.country:
        return False
    if outer.level == 0:
        return True
    if outer.level == 1:
        return b.admin1 == a.name
    return outer.level == 2 and a.admin1 is not None and b.admin1 == a.admin1


def _locates(m, resolved: list, text: str) -> bool:
    """ "Portoviejo, capital de Manabí": `m` (Manabí) follows, after a comma and a few words, a
    place inside it (by admin1 or country); "FATA's North Waziristan": `m` owns the place right
    after it."""
    for y in resolved:
        if y is m or y.level < m.level or y.place is None:
            continue
        if y.start >= m.end:
            # (the possessive says the one lies in the other, whatever their levels in GeoNames)
            if _POSSESSED_GAP_RE.match(text[m.end : y.start]) and y.place.country == m.place.country:
                return True
            continue
        if y.end > m.start or y.level == m.level:
            continue
        # (a town GeoNames gives no admin1, "Bor", is taken at the text's word: it lies there)
        inside = (
            (m.level == 0 and y.place.country == m.place.country)
            or (
                m.level == 1 and y.place.admin1 in (m.place.name, None) and y.place.country == m.place.country
            )
            or (m.level == 2 and _contains(m, y))  # "Butig municipality, Lanao del Sur province"
        )
        if inside and _LOCATOR_GAP_RE.match(text[y.end : m.start]):
            return True
        if m.level == 2 and inside and text[y.end : m.start].strip() == ",":
            return True  # "Butig municipality, Lanao del Sur province": town, then its province
    return False


def _island_in_play(ctx: _PlaceContext, sent: Sentence, fig_abs: int, lo: int, hi: int, real, text, words):
    """ "500 refugios ... de la isla, dos días después de que María tocara tierra en Yabucoa":
    the figure's clause says "the island" and names no place; the island (a country or a
    first-level area) named last before it is the place."""
    # [lo, hi) is a clause of the sentence: no island word in the sentence, none in the clause
    if _absent_from(words.island_word, sent.text) or words.island_word.search(text, lo, hi) is None:
        return None
    if any(lo <= m.start and m.end <= hi for m in real):
        return None
    for m in reversed(ctx.mentions):
        if m.end > fig_abs or m.place is None or id(m) in ctx.datelines:
            continue
        if m.kind == "country" or (m.level == 1 and m.place.name):
            return m.place.model_copy(update={"text": m.text})
    return None


_SENTENCE_END_RE = re.compile(r"[.!?؟]\s*$")


def _headline_country(ctx: _PlaceContext, text: str):
    """The country a headline (a short first line) names, when it names no smaller place."""
    nl = text.find("\n")
    if nl < 0 or nl > 200:
        return None
    if _SENTENCE_END_RE.search(text[:nl]):
        # "This report is produced by OCHA Libya ...": a first line that ends as a sentence does
        # is the report's opening sentence (here naming an office), not a headline about a country.
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
_APPOSED_WINDOW = 400  # a mention in apposition starts this close before the place (name + ", ")


def _apposed_head(best, pool, text: str, words: _PlaceRules):
    """ "Jinggu County, Pu'er": the first of two places in apposition is the specific one."""
    nxt = text[best.end : best.end + 12]
    if words.list_goes_on.match(nxt) and any(m.start >= best.end for m in pool):
        return best  # an enumeration goes on
    for m in pool:
        if (
            m.end <= best.start
            and best.start - m.end <= 40
            and _APPOSED_RE.match(text[m.end : best.start])
            and m.level >= best.level
            and m.place.country == best.place.country
        ):
            before = text[max(0, m.start - 3) : m.start]
            if not words.list_gap.match(before.strip() or "x"):
                return m
    return best


_LOCATED_GAP = 60  # "Yingjiang County in southwest China's Yunnan Province": a short locator


def _located_head(best, pool, text: str, words: _PlaceRules):
    """ "Yingjiang County in southwest China's Yunnan Province", "Cipatat, West Bandung district,
    Province of West Java", "la commune de X, dans le département de Y": an area named just after
    a place inside it only says where that place is, so the place in play is the specific one
    (the most specific place the text names, as the spec asks), not the area that locates it.
    `pool`: mentions before `best`. A place listed with others ("X and Y") is no such place."""
    if best.level not in (1, 2) or best.place is None:
        return best
    found = best
    for m in sorted((m for m in pool if m.end <= best.start), key=lambda m: m.start, reverse=True):
        gap = text[m.end : best.start]
        if len(gap) > _LOCATED_GAP or _SENTENCE_GAP_RE.search(gap):
            break
        if (
            _contains(best, m)
            and not getattr(m, "speaker", False)
            and not _in_enumeration(m, text, words)
            and not words.list_gap.match(gap)
            and not words.joiner_in_gap.search(gap)
        ):
            found = m  # keep walking back: "Zhongxing town, Dujiangyan, Sichuan" -> Zhongxing
    return found


# A list of at least this many places, over at least that many first-level areas, stands for its
# country (dev lists of four or five places keep their first, as the gold names them).
_COUNTRY_LIST = 6
_OPEN_BRACKET_RE = re.compile(r"\s*[(\[]\s*")
# A short phrase opening a sentence (at most five words, no punctuation), and the comma that sets
# off the place it ends on: the sentence's scene ("In neighbouring Chad, ...", "Al otro lado de la
# frontera, en Malí, ..." reads its last place).
_OPENING_SCENE_RE = re.compile(r"\s*(?:[^\W\d_][\w'’-]*\s+){1,5}$")
_COMMA_AFTER_RE = re.compile(r"\s*[,،]")
_CLAUSE_PUNCT_RE = re.compile(r"[,;:،؛]")
_COUNTRY_LIST_REGIONS = 3


_LIST_NAME_RE = re.compile(r"[A-ZÀ-Þ][\w'’-]*(?:\s+(?:[a-z]{1,3}\s+)?[A-ZÀ-Þ][\w'’-]*){0,2}")


def _long_list_country(best, resolved, text: str, words: _PlaceRules):
    """ "hosting 3,180 IDPs in Ejdabia, Tobruk, Shahat, Bayda, Bani Waleed and Benghazi", "rains in
    Fujian, Jiangxi, Hunan, Guangdong, Guangxi, Chongqing and Guizhou": a figure spread over a
    long list of places across several regions of one country is the country's, not the first
    place's. Names the gazetteer lacks count as items where the list goes on over them ("...,
    Ghat and Benghazi"). The country as a mention, or None."""
    if best.level < 1 or best.place is None or not best.place.country or best not in resolved:
        return None
    ordered = sorted(resolved, key=lambda m: m.start)
    unknown = []

    def joins(nb, gap: str) -> bool:
        if nb.level < 1 or nb.place is None or nb.place.country != best.place.country:
            return False
        if words.list_gap.match(gap):
            return True
        names = _LIST_NAME_RE.findall(gap)
        pieces = _LIST_NAME_RE.split(gap)
        if names and len(names) <= 3 and all(words.list_gap.match(p) for p in pieces):
            unknown.extend(names)
            return True
        return False

    run = _run_around(ordered, ordered.index(best), text, joins)
    if len({m.place.name for m in run}) + len(unknown) < _COUNTRY_LIST:
        return None
    if len({m.place.admin1 or m.place.name for m in run}) < _COUNTRY_LIST_REGIONS:
        return None
    return _country_mention(best)


def _enumeration_first(best, resolved, text: str, words: _PlaceRules, known=()):
    """A figure for a list of sibling places (two first-level regions, or three smaller places of
    different regions: "Johor, Kelantan, Pahang, Perak and Terengganu") is about the first of
    them (the gold convention); None when `best` is in no such list."""
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
            if not (words.list_gap.match(gap) or (best.level == 1 and words.region_gap.match(gap))):
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
    first = min(chain, key=lambda m: m.start)
    if _opens_after_unknown(first, known, text, words):
        return _country_mention(first)  # the first is not known: the country, as before
    return first


def _run_around(ordered: list, i: int, text: str, joins) -> list:
    """The mention at `i` of `ordered` (mentions in text order) and its neighbours on each side,
    left then right, for as long as `joins(neighbour, text between the two)` holds: a list of
    places ("Damasak, Dikwa and Marte") or a chain that locates one place in the next."""
    run = [ordered[i]]
    for step in (-1, 1):
        j = i
        while 0 <= j + step < len(ordered):
            nb = ordered[j + step]
            a, b = (nb, ordered[j]) if step < 0 else (ordered[j], nb)
            if not joins(nb, text[a.end : b.start]):
                break
            run.append(nb)
            j += step
    return run


_CONTAINER_GAP = 8  # "Marte LGAs in Borno State", "Borno State: Damasak, ...": a short gap


def _enumeration_container(best, pool, here, text: str, words: _PlaceRules, side):
    """ "Attacks in Damasak, Dikwa, and Marte LGAs in Borno State displaced 60,000": a figure for
    several towns or districts of one admin area, which the sentence names right beside the
    list, is that area's (the most specific place the figure is about, as the real gold's
    labellers read it), not its first or nearest part. None when `best` is in no such list."""
    if best.level < 2 or best.place is None or not best.place.admin1:
        return None
    # the list's items among all the sentence's places: one the rules set aside as locating
    # another ("Marte LGAs in Borno State") is still an item of the list
    # ("... Dikwa, and Marte LGAs", joined by a conjunction: not "Tandag, Surigao del Sur", a
    # comma alone, where the second place says where the first lies)
    items = {id(m): m for m in pool}
    for m in here:
        if (
            id(m) not in items
            and m.place is not None
            and m.kind not in ("demonym", "anaphora")
            and m.level >= 2
            and side(m) != "to"
            and any(
                p.end <= m.start
                and words.list_gap.match(text[p.end : m.start])
                and text[p.end : m.start].strip() not in (",", "،")
                for p in pool
            )
        ):
            items[id(m)] = m
    ordered = sorted(items.values(), key=lambda m: m.start)
    run = _run_around(
        ordered,
        ordered.index(best),
        text,
        lambda nb, gap: (
            nb.level >= 2
            and nb.place is not None
            and nb.place.country == best.place.country
            and bool(words.list_gap.match(gap))
        ),
    )
    if len(run) < 2 or len({m.place.admin1 for m in run}) != 1:
        return None
    lo, hi = min(m.start for m in run), max(m.end for m in run)
    for c in here:  # a container that only locates the list ("Marte, in Borno State") too
        if (
            c.kind in ("demonym", "anaphora")
            or c.level != 1
            or c.place is None
            or c.place.country != best.place.country
            or side(c) == "to"
        ):
            continue
        if c.place.name != best.place.admin1 and c.place.admin1 != best.place.admin1:
            continue
        gap = text[hi : c.start] if c.start >= hi else text[c.end : lo] if c.end <= lo else None
        if gap is not None and len(gap) <= _CONTAINER_GAP and not re.search(r"[\d.;!?]", gap):
            return c
    return None


def _country_mention(m):
    """The mention `m` read as its country (None without a gazetteer)."""
    cp = _country_place(m.place.country)
    return dc_replace(m, place=cp, kind="country", level=0) if cp is not None else None


def _enumeration_head(best, pool, text: str, words: _PlaceRules, known=()):
    """The first place of the list `best` is in ("Manabí" for "Esmeraldas" in "Manabí y
    Esmeraldas"): walk back over places of its country joined by list gaps. None when the list
    opens with a name no mention in `known` resolves ("du Nord-Ouest, du Nord et de
    l'Artibonite", Nord-Ouest unknown): its first place cannot be named."""
    head = best
    for m in sorted((m for m in pool if m.end <= best.start), key=lambda m: m.start, reverse=True):
        if m.end > head.start or m.place is None or m.level < 1:
            continue
        gap = text[m.end : head.start]
        if m.place.country != best.place.country or not (
            words.list_gap.match(gap) or words.region_gap.match(gap)
        ):
            break
        head = m
    return None if _opens_after_unknown(head, known, text, words) else head


_NAME_RE = re.compile(r"(?<![\w'’-])[A-ZÀ-Þ][\w'’-]*")


def _opens_after_unknown(m, known, text: str, words: _PlaceRules) -> bool:
    """A capitalised name no mention resolves, joined to `m` by a list gap ("du Nord-Ouest, du
    Nord et de l'Artibonite"): the list `m` is in begins before it."""
    before = text[max(0, m.start - 40) : m.start]
    w = next(reversed(list(_NAME_RE.finditer(before))), None)  # the last capitalised name
    if w is None:
        return False
    gap = before[w.end() :]
    if not (words.list_gap.match(gap) or words.region_gap.match(gap)):
        return False
    at = m.start - len(before) + w.start()
    return not any(k.start <= at < k.end and k.place is not None and k.place.name for k in known)


_SENTENCE_GAP_RE = re.compile(r"[.!?؟]\s|\n")


def _in_enumeration(m, text: str, words: _PlaceRules) -> bool:
    """ "Manabí y Esmeraldas", "Isabela and Quebradillas", "Mali, Niger and Chad": one of
    several places named together."""
    return bool(words.enum_after.match(text[m.end : m.end + 60])) or bool(
        words.enum_before.search(text[max(0, m.start - 40) : m.start])
    )


def _clause(text: str, sent: Sentence, fig_abs: int, words: _PlaceRules) -> tuple[int, int]:
    """The absolute bounds of the clause of the sentence that holds the figure: it ends at a
    semicolon, a dash, or a comma opening a part about some of the people ("of whom", "dont",
    "hvorav", "منهم") or about others ("while")."""
    lo, hi = sent.start, sent.end
    for m_start, m_end in _match_spans(words.clause_break, sent.text):
        a = sent.start + m_start
        if a < fig_abs:
            lo = max(lo, sent.start + m_end)
        elif a >= fig_abs:
            hi = min(hi, a)
            break
    return lo, hi


@lru_cache(maxsize=64)
def _match_spans(pattern: re.Pattern, stext: str) -> tuple[tuple[int, int], ...]:
    """Where `pattern` matches in a sentence: the same for every figure of it (a long sentence
    dense with figures was scanned whole once per figure)."""
    return tuple(m.span() for m in pattern.finditer(stext))


def _country_word(clause: str, words: _PlaceRules) -> str | None:
    """A word in the clause saying the figure is about the whole country ("the country",
    "nationwide", "au total", "landet", "البلاد"), or None; "the north of the country" is a part
    of it, not the country."""
    for m in words.country_word.finditer(clause):
        if words.part_of.search(clause[max(0, m.start() - 25) : m.start()]):
            continue
        return m.group(0)
    return None


def _side(m, sent: Sentence, fig_abs: int, rules: _Rules, text: str, here: list) -> str:
    """ "from" when the place is where people left, "to" where they went, "" when not said."""
    before = text[max(sent.start, m.start - 40) : m.start]
    to = _last_match(rules.destination, before)
    frm = _last_match(rules.origin, before)
    if _passed_through(before, rules.place, to, frm):
        return "via"  # "عبر ممر جليغم بريف حمص": a corridor people went through
    if (
        to is not None
        and frm is None
        and _COMMA_AFTER_RE.match(text[m.end : m.end + 3])
        and _opening_scene(_clause_opening(text[sent.start : m.start], rules.place), rules)
    ):
        # "In neighbouring Bangladesh, 20,000 refugees ...", "Across the border in Mali, ...": a
        # place in a short phrase opening the sentence, set off by a comma, is the scene of what
        # the sentence tells, not where the people it counts went.
        return ""
    if to is not None and frm is not None:
        # "fled towards Turkey from Aleppo": the preposition nearest the place decides
        got = "to" if to >= frm else "from"
    else:
        got = "to" if to is not None else "from" if frm is not None else ""
    words = rules.place
    if got != "to" and fig_abs < m.start and not _absent_from(words.transfer, sent.text):
        # A transfer verb: the place it leads to is where people were taken, even behind "de"
        # ("transférés dans un autre établissement de Carcassonne").
        v = next(reversed(list(words.transfer.finditer(text[fig_abs : m.start]))), None)
        if v is not None:
            after = text[fig_abs + v.end() : m.start]
            if not words.after_transfer_origin.match(after) and not words.strong_origin.search(before):
                return "to"
    if not got:
        # "vers le Mali et le Niger": a place listed after another shares its side.
        prev = [o for o in here if o.end <= m.start and o.place is not None and o.kind not in ("anaphora",)]
        if prev:
            p = max(prev, key=lambda o: o.end)
            if (
                p.start >= sent.start
                and words.side_gap.match(text[p.end : m.start])
                and text[p.end : m.start].strip()
            ):
                return _side(p, sent, fig_abs, rules, text, here)
    return got


def _opening_scene(phrase: str, rules: _Rules) -> bool:
    """A short phrase that sets the scene ("In neighbouring Bangladesh", "Across the border in"),
    not one that tells of a flight ("Fleeing to neighbouring Chad": a term of the pack in it)."""
    return _OPENING_SCENE_RE.match(phrase) is not None and not any(
        p.search(phrase) for p, _term, _measure in rules.triggers
    )


def _clause_opening(before: str, words: _PlaceRules) -> str:
    """What of `before` (a sentence up to a place) follows the last comma, semicolon or clause
    break: the phrase that opens the place's clause ("..., while in neighbouring Somalia")."""
    cut = max((m.end() for m in _CLAUSE_PUNCT_RE.finditer(before)), default=0)
    if words.clause_break is not None:
        cut = max([cut, *(m.end() for m in words.clause_break.finditer(before))])
    return before[cut:]


@lru_cache(maxsize=256)
def _absent_from(pattern: re.Pattern, stext: str) -> bool:
    """True when `pattern` cannot match any stretch of the sentence: none of the literals one of
    which its every match holds is in it (extract/prefilter.py). Asked once per sentence rather
    than scanning the stretch between each figure and each place of a long sentence."""
    lits = _required_literals(pattern)
    if lits is None or not _safe_text(stext):
        return False
    low = stext.lower()
    return not any(lit in low for lit in lits)


_required_literals = lru_cache(maxsize=64)(required_literals)


def _passed_through(before: str, words: _PlaceRules, to: int | None = None, frm: int | None = None) -> bool:
    """`before` ends on a transit word ("via", "عبر ممر ... بريف"), with no origin or destination
    preposition after it."""
    if words is None:
        return False
    tm = words.transit_before.search(before)
    if tm is None:
        return False
    return all(p is None or p < tm.start() for p in (to, frm))


# a name followed by one word, at most two short ones after it, and the clause's end
_CLAUSE_END_TRANSFER_RE = re.compile(r"^\s+[^\W\d_]+(?:\s+[^\W\d_]{1,8}){0,2}\s*(?:[.,;:!?]|$)")


def _origin_named(m, text: str, origin: re.Pattern, words: _PlaceRules) -> bool:
    """A country named right behind an origin preposition and at most an article ("aus der
    Türkei", "from Syria", "desde Venezuela"), not in a list nor naming an institution."""
    before = text[max(0, m.start - 40) : m.start]
    gap = list(_SENTENCE_GAP_RE.finditer(before))
    if gap:
        before = before[gap[-1].end() :]
    at = _last_match(origin, before)
    if at is None or len(before) - at > 12:
        return False
    return not (
        _in_enumeration(m, text, words)
        or words.institution_after.match(text[m.end : m.end + 40])
        or words.name_goes_on.match(text[m.end : m.end + 20])
    )


def _went_to(m, text: str, destination: re.Pattern | None, words: _PlaceRules) -> bool:
    """The place is where people went ("towards Nubl", "transferred to shelters in Homs"), or
    only passed through ("via Jdeidet Yabous")."""
    before = text[max(0, m.start - 60) : m.start]
    gap = list(_SENTENCE_GAP_RE.finditer(before))
    if gap:
        before = before[gap[-1].end() :]
    if _passed_through(before[-45:], words, _last_match(destination, before[-40:])):
        return True
    if destination is None:
        return False
    if _last_match(destination, before[-40:]) is not None:
        return not words.strong_origin.search(before)
    if _CLAUSE_END_TRANSFER_RE.match(text[m.end : m.end + 40]) and words.transfer.match(
        text[m.end : m.end + 40].lstrip()
    ):
        # a transfer verb closing the clause right after the name, where the verb comes last
        # ("in Einrichtungen nahe der Stadt Thessaloniki gebracht worden"): where they were taken
        return not words.strong_origin.search(before)
    v = next(reversed(list(words.transfer.finditer(before))), None)
    return (
        v is not None
        and not words.after_transfer_origin.match(before[v.end() :])
        and not words.strong_origin.search(before[v.end() :])
    )


# ---------------------------------------------------------------------------------------------
# Candidates for the learned place ranker (extract/placemodel.py): every place the document
# offers for one figure, each with general features of where and how it is named. None of them
# is a word of a language: the words are the packs' (sides, datelines, institutions).


@dataclass
class PlaceCandidate:
    place: Place  # as the fact would carry it (a country-level place with its English name)
    rule: bool  # the rules' choice
    feats: dict[str, float]


_PREV_WINDOW = 600  # characters before the sentence read as "the text just before"
_HEADLINE_CHARS = 200


# a place name followed by a dash (an agency in brackets between): how a dateline is set
_DASHED_RE = re.compile(r"(?:/[^\W\d_][\w-]*)?\s?(?:\([^)]{0,20}\)\s?)?(?:[–—]|\s-\s)")


def _is_capital(place: Place) -> bool:
    try:
        from uprooted.places import is_capital
    except Exception:  # noqa: BLE001 - the places module may be missing
        return False
    return is_capital(place)


def _key(place: Place | None) -> tuple:
    if place is None:
        return (None, None)
    return ((place.country or "").upper(), (place.name or "").casefold())


def _bucket(value: float, edges: tuple) -> str:
    for edge in edges:
        if value <= edge:
            return f"<={edge}"
    return f">{edges[-1]}"


@lru_cache(maxsize=4096)
def _admin1_place(name: str, country: str) -> Place | None:
    try:
        from uprooted.places import resolve_place

        found = resolve_place(name, country=country)
    except Exception:  # noqa: BLE001 - the gazetteer may be missing
        return None
    return found if found is not None and found.name and found.country == country else None


def _level_of(place: Place) -> int:
    """The admin level of a place without its mention: country 0, first-level area 1, else 3."""
    cp = _country_place(place.country)
    if not place.name or (cp is not None and cp.name == place.name):
        return 0
    if place.admin1 is None or place.admin1 == place.name:
        return 1
    return 3


def place_candidates(
    sent: Sentence,
    fig_abs: int,
    measure: str,
    ctx: _PlaceContext,
    rules: _Rules,
    text: str,
    figure_spans,
    rule: Place | None,
    how: str,
    value: int | None = None,
) -> list[PlaceCandidate]:
    """The rules' choice and the other places a figure may be about, with their features."""
    words = rules.place
    branch = ctx.branch  # the rule that chose `rule` (rule_place has just run)
    main = ctx.main_country()
    if rule is None and main:
        rule = Place(country=main)  # what the engine falls back to
    rule = _with_country_name(rule)
    rule_key = _key(rule)
    key = (sent.start, sent.end, id(rules), text, tuple(figure_spans))
    cached = ctx._sentence
    if cached is None or cached[0] != key:
        cached = ctx._sentence = (key, _sentence_places(sent, ctx, rules, text, figure_spans), {})
    here, datelines, resolved, _areas, _anaphora = cached[1]
    resolved_ids = {id(m) for m in resolved}
    shared_sides = _absent_from(words.transfer, sent.text)
    sides: dict[int, str] = cached[2] if shared_sides else {}

    def side(m) -> str:
        if id(m) not in sides:
            sides[id(m)] = _side(m, sent, fig_abs, rules, text, here)
        return sides[id(m)]

    lo, hi = _clause(text, sent, fig_abs, words)
    flow = "flow" if measure in ("displaced", "at_risk") else "ret" if measure == "returned" else "stock"
    origin_side = measure in ("displaced", "at_risk", "remaining")
    city = ctx.city_in_play(sent.start, text, rules.destination if origin_side else None, words)
    nl = text.find("\n")
    head_end = nl if 0 <= nl <= _HEADLINE_CHARS else min(len(text), _HEADLINE_CHARS)
    prev_lo = max(0, sent.start - _PREV_WINDOW)
    total_countries = sum(ctx.country_counts.values()) or 1
    counts: dict[tuple, int] = {}
    for m in ctx.mentions:
        if m.place is not None and m.kind not in ("anaphora",):
            counts[_key(m.place)] = counts.get(_key(m.place), 0) + 1
    first_named = next(
        (m for m in ctx.mentions if m.place is not None and m.place.name and m.kind != "anaphora"), None
    )

    found: dict[tuple, PlaceCandidate] = {}

    def add(place: Place | None, src: str, m=None, derived: str | None = None) -> None:
        if place is None or not place.country:
            return
        place = _with_country_name(place)
        k = _key(place)
        cand = found.get(k)
        if cand is None:
            cand = found[k] = PlaceCandidate(place, k == rule_key, {})
        f = cand.feats
        f[f"src={src}"] = 1.0
        if derived:
            f[f"derived={derived}"] = 1.0
            f.setdefault("_level", 0 if derived in ("country_of", "demonym") else 1)
        if m is None:
            return
        if not derived:
            f["_level"] = min(f.get("_level", 9), min(max(m.level, 0), 3))
            if _DASHED_RE.match(text, m.end):
                f["dateline_like"] = 1.0  # "Rom – Nach der ...", "Ljubljana/Spielfeld –" mid-line
        in_sentence = sent.start <= m.start and m.end <= sent.end
        if in_sentence and not derived:
            # what the nearest naming in the sentence says; kept once per candidate
            dist = abs(m.start - fig_abs)
            if dist < f.get("_dist", 1e9):
                for name in [n for n in f if n.startswith("s:")]:
                    del f[name]
                f["_dist"] = dist
                sd = side(m) or "none"
                f[f"s:side={sd}"] = 1.0
                f[f"s:side={sd}&{flow}"] = 1.0
                f["s:after" if m.start > fig_abs else "s:before"] = 1.0
                f[f"s:chars={_bucket(dist, (15, 40, 80, 160, 320))}"] = 1.0
                if lo <= m.start and m.end <= hi:
                    f["s:clause"] = 1.0
                    f[f"s:clause&side={sd}&{flow}"] = 1.0
                if id(m) not in resolved_ids:
                    f["s:set_aside"] = 1.0  # a dateline, a country that speaks, a locator
                if id(m) in ctx.datelines or m in datelines:
                    f["s:dateline"] = 1.0
                if getattr(m, "speaker", False):
                    f["s:speaker"] = 1.0
                if m.kind == "demonym":
                    f["s:demonym"] = 1.0
                    if 0 <= m.start - fig_abs <= 40:
                        f[f"s:demonym_after_figure&{flow}"] = 1.0  # "252 Syrian refugees"
                if _in_enumeration(m, text, words):
                    f["s:enumeration"] = 1.0
        elif not in_sentence and m.end <= sent.start:
            gaps = len(_SENTENCE_GAP_RE.findall(text, m.end, sent.start))
            b = _bucket(gaps, (0, 1, 2, 4))
            f[f"p:sentences={b}"] = max(f.get(f"p:sentences={b}", 0.0), 1.0)
            if "\n" in text[m.end : sent.start]:
                f["p:other_paragraph"] = 1.0
            if id(m) in ctx.datelines:
                f["p:dateline"] = 1.0

    add(rule, "rule")
    for m in here:
        if m.place is None or m.kind == "anaphora":
            continue
        if m.kind == "demonym":
            add(_country_place(m.place.country), "sentence", m, "demonym")
            continue
        add(m.place.model_copy(update={"text": m.text, "other": None}), "sentence", m)
        if m.level >= 1:
            add(_country_place(m.place.country), "sentence", m, "country_of")
        if m.level >= 2 and m.place.admin1:
            add(_admin1_place(m.place.admin1, m.place.country), "sentence", m, "admin1_of")
    for m in ctx._starting_in(prev_lo, sent.start):
        if m.place is None or m.kind in ("anaphora", "demonym") or m.end > sent.start:
            continue
        add(m.place.model_copy(update={"text": m.text, "other": None}), "before", m)
    for m in ctx._starting_in(0, head_end):
        if m.place is None or m.kind in ("anaphora", "demonym") or m.end > head_end:
            continue
        add(m.place.model_copy(update={"text": m.text, "other": None}), "headline", m)
    if main:
        add(_country_place(main), "doc_country")
    if city is not None and city.place is not None:
        add(city.place.model_copy(update={"text": city.text, "other": None}), "city_in_play", city)

    out = list(found.values())
    levels = [c.feats.pop("_level", None) for c in out]
    levels = [lv if lv is not None else _level_of(c.place) for lv, c in zip(levels, out, strict=True)]
    rule_level = next((lv for lv, c in zip(levels, out, strict=True) if c.rule), -1)
    rule_in_sentence = any(c.rule and any(k.startswith("s:") for k in c.feats) for c in out)
    named = [c for c in out if c.place.name]
    top = max((counts.get(_key(c.place), 0) for c in named), default=0)
    # how many people: a national figure is large, a village's small (whatever the language)
    size = _bucket(len(str(value)) if value else 0, (2, 3, 4, 5, 6))
    near = min((c.feats["_dist"] for c in out if "_dist" in c.feats), default=None)
    for cand, level in zip(out, levels, strict=True):
        f, p = cand.feats, cand.place
        f[f"size={size}&level={level}"] = 1.0
        if near is not None and f.get("_dist") == near:
            f["s:nearest"] = 1.0
            f[f"s:nearest&{flow}"] = 1.0
        f.pop("_dist", None)
        srcs = [k for k in f if k.startswith("src=")]
        f[f"level={level}"] = 1.0
        f[f"level={level}&{flow}"] = 1.0
        k = _key(p)
        n = counts.get(k, 0)
        f[f"count={_bucket(n, (0, 1, 2, 4, 8))}"] = 1.0
        f["country_share"] = ctx.country_counts.get(p.country, 0) / total_countries
        if p.country == main:
            f["main_country"] = 1.0
        if first_named is not None and _key(first_named.place) == k:
            f["first_named"] = 1.0
        if any(
            m.end <= head_end and m.place is not None and _key(m.place) == k
            for m in ctx._starting_in(0, head_end)
        ):
            f["in_headline"] = 1.0
        if top and n == top:
            f["most_named"] = 1.0
        if level >= 1 and _is_capital(p):
            f["capital"] = 1.0
        if cand.rule:
            f["rule"] = 1.0
            f[f"rule&branch={branch}"] = 1.0
            f[f"rule&how={how}"] = 1.0
            f[f"rule&level={level}"] = 1.0
            f[f"rule&level={level}&{flow}"] = 1.0
            f[f"rule&in_sentence={rule_in_sentence}"] = 1.0
            for sname in srcs:
                f[f"rule&{sname}"] = 1.0
        elif rule is not None:
            f[f"branch={branch}&level={level}"] = 1.0
            for sname in srcs:
                f[f"{sname}&branch={branch}"] = 1.0
                f[f"{sname}&rule_how={how}"] = 1.0
                f[f"{sname}&rule_level={rule_level}"] = 1.0
                f[f"{sname}&rule_in_sentence={rule_in_sentence}"] = 1.0
            same = p.country == rule.country
            if same:
                f["same_country_as_rule"] = 1.0
                rel = "finer" if level > rule_level else "coarser" if level < rule_level else "same"
                f[f"vs_rule={rel}"] = 1.0
                if level == 0 or (level == 1 and rule.admin1 == p.name):
                    f["contains_rule"] = 1.0
                if rule_level == 0 or (rule_level == 1 and p.admin1 == rule.name):
                    f["in_rule"] = 1.0
            f[f"rule_how={how}&level={level}"] = 1.0
    return out
