"""The extraction engine: from a document's sentences to displacement facts.

For every count figure in a sentence the engine decides what it counts (the noun after it),
which reporting term governs it (the nearest trigger in the same clause, a predicate after the
noun phrase winning over a modifier inside it), whether the statement is negated, hypothetical
or about something else (casualties, capacities, rates), then attaches place, dates and source.
All language knowledge comes from the pack (`pack.terms`, `pack.sources`); nothing here names
a language.

This module builds the facts of one sentence and runs a document through; each step it calls
has its own module: `rules` (a pack compiled into patterns), `terms` (triggers, noun phrases,
the governing term), `attribution` (the source), `placing` (the place), `periods` (the dates)
and `merge` (mentions of one fact become one).
"""

from __future__ import annotations

import logging
import re
import threading
from collections import OrderedDict
from datetime import date

from uprooted.extract.attribution import find_source
from uprooted.extract.budget import over_budget
from uprooted.extract.features import candidate_features, counted_for_other_reason
from uprooted.extract.merge import _Mention, merge_mentions
from uprooted.extract.periods import _doc_dates, _DocDates, _period
from uprooted.extract.placing import (
    _place_context,
    _PlaceContext,
    _with_country_name,
    choose_place,
    where_they_went,
)
from uprooted.extract.rules import _count_between, _Rules, _words_before, rules_for
from uprooted.extract.segment import Sentence, list_headings, split_sentences, table_headers
from uprooted.extract.settings import ExtractSettings
from uprooted.extract.terms import (
    _NOT_ABOUT_PEOPLE,
    BracketRuns,
    _Choice,
    _is_non_fact_noun,
    _noun_unit,
    _NounPhrase,
    _own_term,
    _postnominal_term,
    _second_measure,
    _span_between,
    _Trigger,
    aside_closed,
    bracket_runs,
    choose_trigger,
    count_predicate,
    find_triggers,
    linked_choice,
    noun_phrase,
    part_of_group,
)
from uprooted.lang.base import LanguagePack
from uprooted.lang.organisations import source_kind
from uprooted.models import HOME_MEASURES, Evidence, Fact, Place

log = logging.getLogger(__name__)

_MEMO_SIZE = 512
_MEMO: OrderedDict = OrderedDict()
_MEMO_LOCK = threading.Lock()


def _memo(kind: str, owner, stext: str, compute):
    """What a sentence's figures, terms or source are: a function of the sentence's text and the
    pack (or its compiled rules) alone, so a sentence repeated in a document or across documents
    (boilerplate, a sentence read again as the one before the next) is analysed once. Bounded
    (least recently used goes); the entry keeps its owner, so a pack rebuilt at the same address
    is not mistaken for the old one. Results are tuples of frozen objects: callers get a list of
    their own."""
    key = (kind, id(owner), stext)
    with _MEMO_LOCK:  # the API and the batch workers may extract in threads
        hit = _MEMO.get(key)
        if hit is not None and hit[0] is owner:
            _MEMO.move_to_end(key)
            return hit[1]
    value = compute()
    with _MEMO_LOCK:
        _MEMO[key] = (owner, value)
        if len(_MEMO) > _MEMO_SIZE:
            _MEMO.popitem(last=False)
    return value


def _figures_of(stext: str, pack: LanguagePack) -> list:
    from uprooted.extract.figures import find_figures

    return list(_memo("figures", pack, stext, lambda: tuple(find_figures(stext, pack))))


def _triggers_of(stext: str, rules: _Rules) -> list[_Trigger]:
    return list(_memo("triggers", rules, stext, lambda: tuple(find_triggers(stext, rules))))


def _source_of(stext: str, rules: _Rules) -> str | None:
    return _memo("source", rules, stext, lambda: find_source(stext, rules))


_PHONE_RE = re.compile(r"\)?[ -]?\d{3}[ -]\d{3,4}")
_AREA_CODE_RE = re.compile(r"\(\d{3}\)\s?$")


def _group_figure(stext: str, fig, figures, rules):
    """The figure before `fig` in its sentence that counts the group `fig` is a part of ("10.000
    Personen ..., 2.000 davon", "including 505"): the last one before it; None when `fig` is no
    part (terms.part_of_group)."""
    if not part_of_group(stext, fig, figures, rules):
        return None
    before = [o for o in figures if o is not fig and o.end <= fig.start]
    return max(before, key=lambda o: o.end) if before else None


def _rival_measures(stext: str, fig, trig, triggers) -> int:
    """How many other people measures have a term within a few words of the figure."""
    lo, hi = max(0, fig.start - 80), fig.end + 80
    return len(
        {
            t.measure
            for t in triggers
            if t.kind == "trigger"
            and t is not trig
            and t.measure != trig.measure
            and t.measure not in HOME_MEASURES
            and lo <= t.start < hi
        }
    )


def _home_predicate(stext: str, end: int, triggers) -> bool:
    """A home term right after a bare figure, with nothing but auxiliaries between: "2.100
    détruites", "14.000 han quedado inhabitables"."""
    for t in triggers:
        if t.kind == "trigger" and t.measure in HOME_MEASURES and t.start >= end:
            gap = stext[end : t.start]
            return not re.search(r"[^\w\s]", gap) and len(gap.split()) <= 2
    return False


def _home_term_bracket(stext: str, start: int, triggers) -> bool:
    """A bare figure opening a bracket right after a home term ("destroyed (more than 71,000)"),
    a qualifier at most between: the homes that term describes, a part of the homes counted
    before. Brackets are punctuation of every pack's script, so this is no language's rule."""
    for t in triggers:
        if t.kind == "trigger" and t.measure in HOME_MEASURES and t.end <= start:
            if re.fullmatch(r"\s*\(\s*(?:[^\W\d]+\s+){0,3}", stext[t.end : start]):
                return True
    return False


def _either_total(stext: str, trig, triggers, rules: _Rules):
    """'146,000 homes destroyed (71,000) or damaged (75,000)': the figure before two home terms,
    each with its part in brackets and joined by the pack's "or", is the total of both; its term
    is the damaged one (a destroyed home was damaged too). None where the term stands alone."""
    if rules.either is None or trig.measure not in HOME_MEASURES:
        return None
    for t in triggers:
        if t.kind != "trigger" or t.measure not in HOME_MEASURES or t.start < trig.end:
            continue
        gap = re.fullmatch(r"\s*\([^()]*\d[^()]*\)\s*(.*?)\s*", stext[trig.end : t.start], re.S)
        if gap is None or not rules.either.fullmatch(gap.group(1)) or t.measure == trig.measure:
            return None
        return t if t.measure == "homes_damaged" else trig
    return None


def _nearest_term(stext: str, fig, np, triggers, figures, window: int, rules: _Rules) -> _Choice | None:
    """The reporting term nearest a figure (in words), for a figure a casualty or soft word
    governs: a candidate the model may still keep. A term standing next to another figure is
    that figure's ("affected 2,000 people and forced 1,500 to leave"): no candidate. A part of
    this figure's group named in an aside that closes before the term is no other figure's
    ("52,000 people were affected, thousands of them children, and were evacuated"); one with
    the term in its own clause is ("8,000 affected, of whom 3,500 are displaced").
    (Skipping every term beyond another figure, partitive parts exempt, cost CV: fr .825 ->
    .817, en .835 -> .833; the model weighs the figures crossed instead.)"""
    unit = np.unit or "people"
    parts = [o for o in figures if o.start != fig.start and part_of_group(stext, o, figures, rules)]

    def other_group(o, t) -> bool:
        return not (any(o is p for p in parts) and aside_closed(stext, o, t.start, t.end))

    best: _Choice | None = None
    for t in triggers:
        if t.kind != "trigger" or (t.measure in HOME_MEASURES) != (unit == "homes"):
            continue
        if any(
            o.start != fig.start
            and (
                _count_between(stext, t.end, o.start) <= 3
                if o.start >= t.end
                else _count_between(stext, o.end, t.start) <= 3
            )
            and other_group(o, t)
            for o in figures
        ):
            continue
        if any(
            (np.end <= o.start and o.end <= t.start or t.end <= o.start and o.end <= fig.start)
            and not aside_closed(stext, o, t.start, t.end)
            for o in parts
        ):
            continue  # "8,000 affected, and 3,500 of them had to be evacuated": the part's own term
        if t.start >= np.end:
            relation, distance = "after", _count_between(stext, np.end, t.start)
        elif t.end <= fig.start:
            relation, distance = "before", _count_between(stext, t.end, fig.start)
        else:
            relation, distance = "np", 0
        if distance > window:
            continue
        if best is None or distance < best.distance:
            best = _Choice(t, distance, 0, relation)
    return best


def _anaphoric_term(stext: str, figures, prev: Sentence | None, rules: _Rules) -> _Trigger | None:
    """For a sentence with no term of its own whose figure follows a demonstrative ("these 400
    families"): the people term of the sentence before, placed at the start of this one."""
    if prev is None:
        return None
    if rules.anaphora_affected is not None and any(
        rules.anaphora_affected.search(stext, max(0, f.start - 60), f.start) for f in figures
    ):
        # "... ordered the evacuation of 31 villages. Affected are 11,000 people": the people an
        # order or warning before concerns; no other term is carried (people affected are no fact)
        orders = [t for t in _triggers_of(prev.text, rules) if t.kind == "trigger" and t.measure == "at_risk"]
        if orders:
            return _Trigger(0, 0, orders[-1].term, orders[-1].measure, "trigger")
    nationals = _nationals_of_refugees(stext, figures, prev, rules)
    if nationals is not None:
        return nationals
    if rules.anaphora is None:
        return None
    if not any(
        # (50 characters: a pack's pattern may let a short adverbial stand between, "waren es im
        # selben Zeitraum noch 3.800")
        rules.anaphora.search(stext, max(0, f.start - 50), f.start)
        # or right after it, the figure first: "Nur noch 335, 338 und 200 waren es in der Woche
        # davor" (the term is placed at the sentence's start as for "these": a figure opening
        # the sentence is its own words there, so "12.000 waren es im Vorjahr" stays unread)
        or (rules.anaphora_after is not None and rules.anaphora_after.match(stext, f.end))
        for f in figures
    ):
        return None
    people = [
        t for t in _triggers_of(prev.text, rules) if t.kind == "trigger" and t.measure not in HOME_MEASURES
    ]
    if not people:
        return None
    last = people[-1]
    return _Trigger(0, 0, last.term, last.measure, "trigger")


_WORD_AFTER_RE = re.compile(r"\s+(\w[\w-]*)")


def _nationals_of_refugees(stext: str, figures, prev: Sentence, rules: _Rules) -> _Trigger | None:
    """A count of nationals ("1,5 Millionen Syrer", "20.000 syrere") in a sentence with no term of
    its own, right after a sentence about refugees or the displaced: those nationals are the
    group the sentence before spoke of, so its term counts them. Nationals after a sentence with
    no such term (a town's population, its workers) stay no fact."""
    if not rules.demonym_forms:
        return None
    named = False
    for f in figures:
        m = _WORD_AFTER_RE.match(stext, f.end)
        if m is None:
            continue
        word = m.group(1)
        if word.lower() in rules.demonym_forms and _noun_unit(word, rules) == "people":
            named = True
            break
    if not named:
        return None
    if any(
        p is not None and p.search(stext)
        for p in (rules.casualty, rules.aid, rules.health, rules.custody, rules.negation)
    ) or any(_is_non_fact_noun(w, rules) for w in re.findall(r"\w+", stext)):
        # the nationals died, were helped, treated or held, or are counted beside visitors and
        # workers: another reason to count them than the group before
        return None
    displaced = [
        t for t in _triggers_of(prev.text, rules) if t.kind == "trigger" and t.measure == "displaced"
    ]
    if not displaced:
        return None
    last = displaced[-1]
    return _Trigger(0, 0, last.term, last.measure, "trigger")


def _heading_term(heading: Sentence | None, rules: _Rules) -> tuple[_Trigger, str | None] | None:
    """For a list item with no term of its own: the people term of the heading over the list
    ("Displacement:\n- Hodeidah: 12,000", "Newly displaced households\n- Kalehe: 1,820"),
    placed at the start of the item, and the unit the heading names (households, families,
    homes) or None. None where the heading has no term, or terms of more than one measure
    ("IDPs and returnees by region"): which column an item's figure belongs to is then unknown."""
    if heading is None:
        return None
    terms = [t for t in _triggers_of(heading.text, rules) if t.kind == "trigger"]
    if rules.remain_keeps_displaced_noun and any(t.measure == "displaced" for t in terms):
        # "IDPs remaining", "Refugees still in camps": the displaced still where they fled to, a
        # stock of the displaced (as "1,000,000 IDPs remain in Tigray" in a sentence)
        terms = [t for t in terms if not (t.measure == "remaining" and t.term == "remaining")]
    if not terms or len({t.measure for t in terms}) != 1:
        return None
    head = re.match(r"\W*([^\W\d_][\w-]*)", heading.text)
    if (
        head is not None
        and _is_non_fact_noun(head.group(1).lower(), rules)
        and terms[0].start > head.start(1)
    ):
        # "Locations with IDPs", "Cases in IDP camps", "Sites hosting returnees": the heading's
        # head noun names what its figures count (places, cases), the term only qualifies it
        return None
    last = terms[-1]
    units = {_noun_unit(w.lower(), rules) for w in re.findall(r"[^\W\d_]+", heading.text)} - {None}
    if last.measure == "sheltered" and not units:
        return None  # "Displacement sites:": the items count the sites
    unit = next((u for u in ("households", "families", "homes") if u in units), None)
    if (last.measure in HOME_MEASURES) != (unit == "homes"):
        if last.measure not in HOME_MEASURES:
            return None  # "Houses evacuated": houses counted, not people
        unit = "homes"
    return _Trigger(0, 0, last.term, last.measure, "trigger"), unit


def _column_terms(
    header: Sentence | None, rules: _Rules
) -> tuple[tuple[_Trigger, str | None] | None, ...] | None:
    """For a table row: per column, the term and unit its header cell names ("Province | IDPs |
    Returnees | Houses damaged"), as a list heading's (`_heading_term`); None with no header."""
    if header is None:
        return None
    cells = header.text.split("|")
    out = tuple(_heading_term(Sentence(0, len(c.strip()), c.strip(), True), rules) for c in cells)
    return out if any(out) else None


def _column_label_blocks(stext: str, fig, header: Sentence, rules: _Rules) -> bool:
    """A table cell's figure under a header cell that, read as the label of a figure ("People
    targeted: "), names a reason the pack says counts no fact (a plan's target, a survey's
    sample): the header labels every cell of its column, whatever group the cell names."""
    cells = header.text.split("|")
    col = stext.count("|", 0, fig.start)
    if len(cells) < 2 or col >= len(cells):
        return False
    label = " ".join(cells[col].split()) + ": "
    return bool(label.strip(": ")) and any(p.search(label) for p in rules.non_fact_before)


_LABEL_RE = re.compile(r"\W*([^\d:]{1,60}?)\s*:\s*$")


def _places_label(stext: str, fig, np, rules: _Rules) -> bool:
    """A bare figure after a label that names places of shelter and no people ("Collective
    centres: 57", "- Informal settlements: 318", "Camps: 26 | Shelters: 96,400", "Collective
    sites to be upgraded: 410"): a count of those places. The label runs from the sentence's
    start or the last cell or item separator before the figure; a word of it names the places,
    none names people or another reporting term ("Returns from camps: 2,310" counts returns)."""
    if rules.shelter_place is None or np.unit is not None:
        return False
    cut = max(stext.rfind(sep, 0, fig.start) for sep in ("|", "•", ";", "\n")) + 1
    label = _LABEL_RE.fullmatch(stext, cut, fig.start)
    if label is None:
        return False
    words = re.findall(r"[^\W\d_]+", label.group(1))
    if not any(rules.shelter_place.search(w) for w in words):
        return False
    if any(_noun_unit(w.lower(), rules) not in (None, "homes") for w in words):
        return False  # (a shelter is also a home: "Shelters: 96,400" counts the structures)
    return not any(
        t.kind == "trigger" and t.measure != "sheltered" and label.start(1) <= t.start < label.end(1)
        for t in _triggers_of(stext, rules)
    )


def _part_of_things(stext: str, fig, figures, rules: _Rules) -> bool:
    """A bare figure that is a part of a group of things counted before it ("82,914 suspected
    cases were recorded, including 4,210 in the displacement sites"): it counts those things
    too, not the people of the place it names."""
    if re.match(r"\s*[^\W\d_]", stext[fig.end :]) and not re.match(
        r"\s+(?:in|at|among|from)\b", stext[fig.end :]
    ):
        return False  # a noun (or a word) of its own follows: read as usual
    if _group_figure(stext, fig, figures, rules) is None:
        return False
    # every figure before it counts things ("2.300 Asylwerber in 230 Unterkünften, davon 900 in
    # Innsbruck": the 900 are a part of the asylum seekers, not of the lodgings)
    before = [o for o in figures if o.end <= fig.start]
    return bool(before) and all(_counts_things(stext, o, rules) for o in before)


def _counts_things(stext: str, fig, rules: _Rules) -> bool:
    """The first noun within three words after a figure is a non-fact noun (cases, sites)."""
    for w in re.findall(r"[^\W\d_][\w-]*", stext[fig.end : fig.end + 40])[:3]:
        if _noun_unit(w.lower(), rules) is not None:
            return False
        if _is_non_fact_noun(w.lower(), rules):
            return True
    return False


def _label_unit(stext: str, fig, np, rules: _Rules) -> str | None:
    """What the label before a bare figure says it counts ("Houses damaged: 11,460", "People
    reached with hygiene promotion (including 22,600 IDPs): 71,900"): "homes" for a label naming
    homes and no people, "aid" for one whose people are counted as reached, assisted or targeted
    (a figure of aid, whatever group the label names in it); None otherwise. The label runs as in
    `_places_label`."""
    if np.unit is not None:
        return None
    cut = max(stext.rfind(sep, 0, fig.start) for sep in ("|", "•", ";", "\n")) + 1
    if fig.start - cut > 120:
        return None  # a label is short: a long stretch of prose is not read as one
    label = re.fullmatch(r"\W*([^\d:]{1,60}?(?:\([^()]*\))?[^\d:]{0,20}?)\s*:\s*", stext[cut : fig.start])
    if label is None:
        return None
    text = label.group(1)
    if rules.aid is not None and rules.aid.search(re.sub(r"\([^()]*\)", " ", text)):
        return "aid"
    units = {_noun_unit(w.lower(), rules) for w in re.findall(r"[^\W\d_]+", text)} - {None}
    return "homes" if units == {"homes"} else None


def _close_after(stext: str, start: int, end: int, words: int) -> bool:
    """At most `words` words and no punctuation between `start` and `end`: a term that still
    belongs to the noun phrase ending at `start` ("the 3,000 people who fled", "people displaced")."""
    return _count_between(stext, start, end) <= words and not re.search(r"[^\w\s]", stext[start:end])


def _shelter_modifier(stext: str, np, trig, rules: _Rules) -> bool:
    """A shelter named right after the noun phrase is where its people are, a modifier ("the
    80,000 refugees in the camp"): within two words of the noun phrase, or of a people noun that
    goes on with it after an adjective the phrase ended at, with a name between and no punctuation
    ("the 163,000 displaced people in Kalma camp"; "die Hälfte der 6.000 Evakuierten lebt in
    Turnhallen": a verb, the clause's predicate)."""
    if _count_between(stext, np.end, trig.end) <= 2:
        return True
    head = re.match(r"\s*([^\W\d_]+)", stext[np.end : trig.start])
    return (
        head is not None
        and _noun_unit(head.group(1).lower(), rules) == "people"
        and _count_between(stext, np.end + head.end(), trig.end) <= 3
        and not re.search(r"[^\w\s]", stext[np.end : trig.start])
    )


def _evidence(text: str, sent: Sentence, prev: Sentence | None) -> Evidence:
    """The sentence stating a fact, from the sentence before where that one names the group."""
    start = prev.start if prev is not None else sent.start
    return Evidence(text=text[start : sent.end], start=start, end=sent.end)


_FLIGHT_TERMS = ("refugees", "asylum_seekers", "fled", "displaced")


def _flight_term(stext: str, triggers, prev: Sentence | None, rules: _Rules) -> str | None:
    """The flight term of this sentence or the one before, for an arrival figure. A word of
    arriving ("16,400 migrants arrived in Yemen") is none: arriving somewhere tells no flight."""
    pool = [(t, stext) for t in triggers if t.kind == "trigger"]
    if prev is not None:
        pool += [(t, prev.text) for t in _triggers_of(prev.text, rules) if t.kind == "trigger"]
    for t, text in pool:
        if (
            t.measure == "displaced"
            and t.term in _FLIGHT_TERMS
            and (rules.arrival_word is None or rules.arrival_word.search(text, t.start, t.end) is None)
        ):
            return t.term
    return None


def _migrant_noun(np, rules: _Rules) -> bool:
    """The figure's noun is a migrant word ("9,417 migrants", "312 stranded migrants")."""
    if rules.migrant is None or not np.noun_text:
        return False
    return any(rules.migrant.fullmatch(w) for w in re.findall(r"[^\W\d_]+", np.noun_text.lower()))


def _displaced_noun(fig, np, triggers) -> bool:
    """The figure's noun phrase holds a reporting term of its own ("refugees and migrants",
    "migrant returnees"): people named as displaced too, not migrants alone."""
    return any(
        t.kind == "trigger" and t.measure != "at_risk" and fig.end <= t.start and t.end <= np.end
        for t in triggers
    )


_PLACES_LOADED: set[int] = set()


def _load_places(pack: LanguagePack) -> None:
    """The gazetteer and the pack's place words, loaded before the first document's sentences
    as when every document read its places up front: loaded instead by the first sentence that
    needs them, the gazetteer's unpickling peak stacked on that document's work (+20 MiB peak
    resident memory)."""
    if id(pack) not in _PLACES_LOADED:
        _place_context(" ", pack)
        _PLACES_LOADED.add(id(pack))


class _LaterFailed(Exception):
    """A document-wide reading done on first use failed: the document fails, not the sentence."""


class _Later:
    """A document-wide reading (places, dates) made on first use, then kept."""

    __slots__ = ("make", "value", "done")

    def __init__(self, make):
        self.make, self.value, self.done = make, None, False

    def __call__(self):
        if not self.done:
            try:
                self.value = self.make()
            except Exception as exc:
                raise _LaterFailed() from exc
            self.done = True
        return self.value


_LAST_DOCUMENT: tuple = (None, None, None)  # (text, rules, flight term): one document at a time


def _document_flight_term(text: str, rules: _Rules) -> str | None:
    """The first flight term anywhere in the document: a report about refugees names them in
    its title or first lines and then counts arrivals sentences later ("Die Zahlen seien
    rückläufig. So seien im Jänner noch 70.000 gekommen"). Looked up once per document (the
    cache holds the text itself, so another document never hits it)."""
    global _LAST_DOCUMENT
    last_text, last_rules, term = _LAST_DOCUMENT
    if last_text is text and last_rules is rules:
        return term
    term = next(
        (
            t.term
            for t in find_triggers(text, rules)
            if t.kind == "trigger" and t.measure == "displaced" and t.term in _FLIGHT_TERMS
        ),
        None,
    )
    _LAST_DOCUMENT = (text, rules, term)
    return term


def extract_sentence_facts(
    doc_id: str,
    lang: str | None,
    text: str,
    sent: Sentence,
    prev: Sentence | None,
    pack: LanguagePack,
    rules: _Rules,
    published: date | _DocDates | _Later | None,
    places: _PlaceContext | _Later,
    settings: ExtractSettings,
    heading: Sentence | None = None,
    header: Sentence | None = None,
) -> list[_Mention]:
    stext = sent.text
    figures = [f for f in _figures_of(stext, pack) if f.kind == "count"]
    if not figures:
        return []
    triggers = _triggers_of(stext, rules)
    blocked = [(m.start(), m.end()) for p in rules.non_fact_spans or () for m in p.finditer(stext)]
    if blocked:
        # a term inside a span that states no fact governs nothing either: "hielten sich auf,
        # um in den Westen zu gelangen" (a purpose clause)
        triggers = [t for t in triggers if not any(a <= t.start < b for a, b in blocked)]
        # nor is a figure in it a rival of the sentence's other figures: "La commune, qui compte
        # 8 000 habitants, a accueilli 500 sinistrés" (the population does not take the verb)
        figures = [f for f in figures if not any(a <= f.number_start < b for a, b in blocked)]
        if not figures:
            return []
    anaphoric = False
    heading_unit: str | None = None
    from_heading = False
    # every item of a list and row of a table asks again about the same heading or header
    governed = (
        _memo("heading", rules, heading.text, lambda: _heading_term(heading, rules))
        if heading is not None
        else None
    )
    aid_heading = (
        heading is not None
        and rules.aid is not None
        and _memo("aid_heading", rules, heading.text, lambda: bool(rules.aid.search(heading.text)))
    )
    columns = (
        _memo("columns", rules, header.text, lambda: _column_terms(header, rules))
        if header is not None
        else None
    )
    # the item's own terms (not the heading's, the header's or the sentence before's)
    own_terms = [t for t in triggers if t.kind == "trigger"]
    if not any(t.kind == "trigger" for t in triggers) and columns is not None:
        # a table row: each figure takes the term of its column's header ("IDPs", "Returnees")
        triggers = [*triggers, *(c[0] for c in columns if c is not None)]
        from_heading = True
    elif not any(t.kind == "trigger" for t in triggers):
        back = _anaphoric_term(stext, figures, prev, rules)
        if back is None:
            if governed is None:
                return []
            # "Displacement:\n- Hodeidah: 12,000": the heading's term counts each item's figure
            back, heading_unit = governed
            from_heading = True
        # "... forced hundreds of families from their homes. These 400 families are staying
        # with relatives": the term of the sentence before counts the group named again here.
        triggers = [back, *triggers]
        anaphoric = True
    # What the whole document says (its places, its dates) is read only once a sentence has a
    # figure and a term: a document with none never needs it.
    if isinstance(places, _Later):
        places = places()
    if isinstance(published, _Later):
        published = published()
    if not isinstance(published, _DocDates):
        published = _DocDates(published=published)
    source = _source_of(stext, rules)
    # where each term starts, and where the longest one starting there ends
    trigger_starts: dict[int, int] = {}
    for t in triggers:
        if t.kind == "trigger":
            trigger_starts[t.start] = max(t.end, trigger_starts.get(t.start, t.end))
    # multi-word people terms opening with a noun ("víctimas de desplazamiento forzado")
    phrase_starts = frozenset(
        t.start
        for t in triggers
        if t.kind == "trigger" and t.measure == "displaced" and " " in stext[t.start : t.end].strip()
    )
    consumed: set[int] = set()
    taken: set[int] = set()  # where the terms of this sentence's mentions so far start
    out: list[_Mention] = []
    last_unit: str | None = None
    prev_people_end: int | None = None
    runs: BracketRuns | None = None  # the bracket lists of the sentence, built when first needed
    for idx, fig in enumerate(figures):
        if idx in consumed or fig.value < settings.min_value:
            continue
        # Reasons the rules give against a reading that may still be a fact (a casualty or soft
        # word governing the figure, an evacuation of things): a feature the model weighs. What
        # is always true of a language (a capacity, a rate, an age, a numbered block, a negated
        # predicate) stays a rule.
        soft: list[str] = []
        if (
            _PHONE_RE.match(stext, fig.end)
            or stext[fig.start - 1 : fig.start] in ("-", "/")
            or re.match(r"/\d", stext[fig.end : fig.end + 2])  # "17/40 respondents": a ratio
            or (_AREA_CODE_RE.search(stext, 0, fig.start) and re.match(r"\d{3}[ -]\d{4}", stext[fig.start :]))
        ):
            continue  # a phone number or a code: "(530) 841-2900", "44N45"
        if any(a <= fig.number_start < b for a, b in blocked):
            continue
        pre = stext[max(0, fig.start - 60) : fig.start]
        later = figures[idx + 1 :]
        if header is not None and _column_label_blocks(stext, fig, header, rules):
            continue  # "Sector | ... | People targeted\nCCCM | ... | 240,000 IDPs": a plan's target
        if any(p.search(pre) for p in rules.non_fact_before):
            # no fact, but its noun is still the one "others" after it borrows: "قتل خمسة
            # أشخاص ونزح 3000 آخرون" (the dead are no fact; the 3000 others are people)
            if rules.other_words is not None:
                np = noun_phrase(
                    stext,
                    fig.end,
                    rules,
                    settings.noun_window,
                    later,
                    trigger_starts,
                    last_unit,
                    phrase_starts,
                )
                if isinstance(np, _NounPhrase) and np.unit is not None:
                    last_unit = np.unit
            continue
        aid_recipients = any(p.search(pre) for p in rules.people_non_fact_before)
        if _part_of_things(stext, fig, figures, rules):
            continue
        np = noun_phrase(
            stext, fig.end, rules, settings.noun_window, later, trigger_starts, last_unit, phrase_starts
        )
        if np == _NOT_ABOUT_PEOPLE:
            if last_unit == "homes" and _home_predicate(stext, fig.end, triggers):
                # "12.000 heimar øydelagde og 30.000 skadde": after a count of homes, a home
                # participle that is also a noun for people ("skadde", the injured) is the
                # predicate of the homes left out, not the people counted
                np = _NounPhrase(None, fig.end)
            else:
                continue
        if np.unit is None and heading_unit is not None:
            np.unit = heading_unit  # "Newly displaced households\n- Kalehe: 1,820"
        if np.unit is None and last_unit and rules.other_words is not None:
            word = re.search(r"(\w+)\s*$", stext[max(0, fig.start - 20) : fig.start])
            if word and rules.other_words.fullmatch(word.group(1)):
                np.unit = last_unit  # "y dañó otras 3.400"
        if np.unit is None and last_unit == "homes" and _home_predicate(stext, np.end, triggers):
            np.unit = "homes"  # "7,400 houses were damaged and about 2,100 destroyed"
        if np.unit is None and last_unit == "homes" and _home_term_bracket(stext, fig.start, triggers):
            np.unit = "homes"  # "146,000 homes destroyed (71,000) or damaged (75,000)": a breakdown
        predicate, predicate_noun = count_predicate(stext, fig, np, figures, rules)
        if predicate and np.unit is None and predicate_noun not in (None, "other"):
            # "the remaining population, estimated at 750,000": the figure counts that noun
            np.unit = predicate_noun
            np.adjacent = False
        if (
            np.unit in ("families", "households")
            and prev_people_end is not None
            and rules.restatement is not None
            and rules.restatement.fullmatch(stext[prev_people_end : fig.start].strip(" ,،-–—"))
        ):
            # "7,328 people or 1,748 families", "20,000 victims – or 3,300 families": the same
            # people restated in families after the people figure; the people figure is the fact.
            continue
        unit_before = last_unit
        prev_people_end = np.end if np.unit == "people" else None
        last_unit = np.unit
        # "100 families (400 people)": one fact, in the unit as written, valued in people.
        if np.unit in ("families", "households") and rules.restatement is not None:
            for j, other in enumerate(later, start=idx + 1):
                between = stext[np.end : other.start]
                if len(between) > 25 or not rules.restatement.fullmatch(between.strip(" ,،")):
                    continue
                inner = noun_phrase(stext, other.end, rules, settings.noun_window, figures[j + 1 :])
                if isinstance(inner, _NounPhrase) and inner.unit == "people":
                    np.restated = other
                    consumed.add(j)
                    close = stext.find(")", inner.end, inner.end + 3)
                    np.end = close + 1 if close >= 0 else inner.end
                break
        if np.unit == "people" and rules.restatement is not None and idx + 1 < len(figures):
            # "3.200 personas o 640 familias están albergadas": the families restate the people
            # (and are no fact of their own, above); the noun phrase runs over them, so the term
            # after it is not read across another figure.
            other = figures[idx + 1]
            between = stext[np.end : other.start]
            if len(between) <= 25 and rules.restatement.fullmatch(between.strip(" ,،-–—")):
                inner = noun_phrase(stext, other.end, rules, settings.noun_window, figures[idx + 2 :])
                if isinstance(inner, _NounPhrase) and inner.unit in ("families", "households"):
                    np.end = inner.end
        post = stext[np.end : np.end + 80]
        if any(p.search(post) for p in rules.non_fact_after):
            continue
        label_unit = _label_unit(stext, fig, np, rules)
        if label_unit == "aid" or (
            aid_heading
            and "homes" not in (np.unit, label_unit)
            and not any(t.start >= fig.end for t in own_terms)
        ):
            # "Beneficiaries by group\n- IDPs: 41,000": the items of a list of aid count people
            # reached, whatever group each names; an item that states its own fact after its
            # figure ("- 12,000 people were displaced from X") is read as any sentence
            continue
        if label_unit == "homes" and any(
            t.kind == "trigger" and t.measure in HOME_MEASURES and t.end <= fig.start for t in triggers
        ):
            np.unit = "homes"  # "Houses damaged: 11,460"
        elif label_unit == "homes":
            continue  # "Houses evacuated: 300": houses counted, not people (facts.md)
        if columns is not None and from_heading:
            col = stext.count("|", 0, fig.start)
            column = columns[col] if col < len(columns) else None
            if column is None:
                continue  # a column whose header names no term: sites, per cent, money
            choice = _Choice(column[0], 0, 0, "before")
            if np.unit is None:
                np.unit = column[1]
        else:
            choice = None
        if choice is None and np.unit in (None, "people"):
            choice = linked_choice(stext, fig, triggers, figures, rules, settings.trigger_window)
        if choice is None:
            if runs is None:
                runs = bracket_runs(stext, figures, triggers)
            choice = choose_trigger(stext, fig, np, triggers, figures, rules, settings.trigger_window, runs)
        if choice is not None and choice.trigger.kind != "trigger":
            # a casualty or soft word governs the figure ("affected", "killed"): the nearest
            # reporting term is still a candidate, with the reason
            near = _nearest_term(stext, fig, np, triggers, figures, settings.trigger_window, rules)
            if near is None:
                continue
            soft.append(f"governed_{choice.trigger.kind}")
            choice = near
        if _places_label(stext, fig, np, rules):
            continue
        if (
            choice is None
            and governed is not None
            and not anaphoric
            and np.unit in (None, "people", governed[1])
        ):
            # "Returns to Sinjar\n- From camps in Duhok: 2,310 individuals": no term of the item
            # governs its figure (a camp left is no place of stay); the heading's does
            choice = _Choice(governed[0], 0, 0, "before")
            if np.unit is None:
                np.unit = governed[1]
        if choice is None:
            continue
        trig = choice.trigger
        if np.unit == "homes" and choice.relation == "after":
            both = _either_total(stext, trig, triggers, rules)
            if both is not None:
                choice = _Choice(both, choice.distance, choice.crossed_figures, choice.relation)
                trig = both
        if (
            rules.partitive is not None
            and choice.relation == "after"
            and not (trig.measure == "sheltered" and _shelter_modifier(stext, np, trig, rules))
            and rules.partitive.search(stext, max(0, fig.start - 40), fig.start)
        ):
            # "many of the 40,000 displaced live in tents": the predicate counts a part of
            # them; the figure counts the group its own noun names ("the 80,000 refugees in
            # the camp": a place right after the noun is its modifier, and stays)
            own = next(
                (
                    t
                    for t in triggers
                    if t.kind == "trigger"
                    and t.measure == "displaced"
                    # a bare figure right before a multi-word term ("de 10.000 enslige mindreårige")
                    and fig.end <= t.start < max(np.end, fig.end + 2)
                ),
                None,
            )
            if own is None:
                # "most of the 3,000 people who fled have returned": a term in a relative clause
                # or participle right after the noun still names the whole ("who", "that":
                # at most two words and no punctuation between)
                own = next(
                    (
                        t
                        for t in triggers
                        if t.kind == "trigger"
                        and t.measure == "displaced"
                        and t is not trig
                        and np.end <= t.start < trig.start
                        and _close_after(stext, np.end, t.start, 2)
                    ),
                    None,
                )
            if (
                own is None
                and trig.measure == "displaced"
                and np.end <= trig.start
                and _close_after(stext, np.end, trig.start, 0)
                and any(t.kind == "trigger" and t.start >= trig.end for t in triggers)
            ):
                # "half of the 111,000 people displaced from Aleppo between 24 November and 30
                # December returned": the chosen term is the participle right after the noun, and
                # the part's own predicate comes later; the term names the whole
                own = trig
            if own is None:
                # "40 prosent av de 1.100 innbyggerne har måttet forlate hjemmene", "ingen av de
                # 300 beboerne måtte evakueres": the figure is the whole a part is taken of
                continue
            choice = _Choice(own, 0, 0, "np")
            trig = own
        if choice.relation == "after" and rules.subgroup is not None:
            # "1,5 millionar syriske flyktningar, mange av dei i teltleirar", "refugees, many of
            # them in camps": a term inside an appositive part set off after the noun phrase
            # counts a part of the group; the figure counts the group its own noun names.
            # (the Arabic comma and semicolon and a spaced hyphen set the part off as well:
            # "3 ملايين شخص - نصفهم تقريبا من النازحين")
            part = rules.subgroup.search(stext, np.end, trig.start)
            if (
                part is not None
                and re.search(r"[,(–—،]|\s-\s", stext[np.end : part.start()])
                and not re.search(r"[,;:()،؛]", stext[part.end() : trig.start])
            ):
                own = _own_term(fig, np, triggers)
                if own is not None and own.measure == "displaced" and own is not trig:
                    choice = _Choice(own, 0, 0, "np")
                    trig = own
        if (
            choice.relation == "after"
            and trig.start in taken
            and np.unit != "homes"
            and part_of_group(stext, fig, figures, rules)
            and aside_closed(stext, fig, trig.start)
        ):
            # "52,000 people were affected, thousands of them children, and were evacuated": a
            # part named in an aside has no predicate of its own; the one after the aside is the
            # whole group's, counted by the figure before (a part with its own predicate, "of
            # whom 3,500 are displaced", or with the term of the whole before it, "displaced
            # 935,000, of whom 513,000 in the capital", stays a fact of its own, as does a part
            # the whole took no term from and homes named among buildings: "40 buildings, among
            # them 17 homes, burnt down").
            continue
        if anaphoric:
            if trig.start != 0 or trig.end != 0:
                continue
            if not from_heading:
                soft.append("anaphora")
        if (
            trig.measure == "sheltered"
            and rules.shelter_negator is not None
            and rules.shelter_negator.search(stext, max(0, trig.start - 30), trig.start)
        ):
            # "2,000 displaced people are living outside camps": not sheltered there; the noun
            # may still name displaced people
            own = _own_term(fig, np, triggers)
            if (own is None or own.measure == "sheltered") and governed is not None and not anaphoric:
                # "Returns\n- From out-of-camp locations: 640 individuals": the list's heading
                own = governed[0]
            if own is None or own.measure == "sheltered":
                continue
            choice = _Choice(own, 0, 0, "np" if own.end > 0 else "before")
            trig = own
        if (
            rules.remain_keeps_displaced_noun
            and trig.measure == "remaining"
            and trig.term == "remaining"
            and choice.relation == "after"
        ):
            # "1,000,000 IDPs remain in Tigray", "8,400 IDPs were still living in displacement",
            # "600,000 refugees remain in Lebanon": people the noun names as displaced who are
            # still where they fled to are a stock of the displaced, not people who stayed behind
            # at home (facts.md: remaining is civilians still in the area; "trapped" stays)
            # ("4,000 refugees and migrants remain in detention centres in conflict areas": a mixed
            # group held where the fighting is, still there)
            own = _own_term(fig, np, triggers)
            mixed = rules.migrant is not None and rules.migrant.search(stext, fig.end, trig.start) is not None
            # ("2,600 refugees remain in detention centres near the front line": held there)
            held = (
                rules.custody is not None
                and rules.custody.search(stext, trig.start, trig.end + 30) is not None
            )
            if (
                own is not None
                and not mixed
                and not held
                and own.measure == "displaced"
                and own.term in ("displaced", "refugees", "asylum_seekers")
            ):
                choice = _Choice(own, 0, 0, "np")
                trig = own
        lo, hi = _span_between(fig, np, choice)
        scope_lo = _words_before(stext, min(fig.start, trig.start), 4)
        between = stext[lo:hi]
        negated_return = False
        if rules.negation is not None and rules.negation.search(between):
            own = _own_term(fig, np, triggers) if choice.relation == "after" else None
            if own is None and choice.relation == "after":
                # "2.000 vecinos desalojados ... no han podido regresar": the return is negated,
                # the participle after the noun still says they were evicted; the modal of the
                # negated predicate ("ne pourront pas regagner") is no projection of it.
                own = _postnominal_term(stext, np, triggers, rules, trig.start)
                if own is not None:
                    choice = _Choice(own, 0, 0, "after")
                    trig = own
                    lo, hi = np.end, own.start
                    scope_lo = _words_before(stext, min(fig.start, trig.start), 4)
            if own is None and trig.measure == "returned":
                # "dürfen die 100 Einwohner nicht in ihre Häuser zurückkehren", "no han podido
                # regresar": people who have not (been able to) return are displaced still.
                # The modal of the negated return ("ne pourront pas regagner") is no projection.
                trig = _Trigger(trig.start, trig.end, "displaced", "displaced", "trigger")
                choice = _Choice(trig, choice.distance, choice.crossed_figures, choice.relation)
                own = trig
                negated_return = True
            if own is None:
                continue
            if choice.trigger is not own:
                # "25,000 IDPs do not have adequate shelter": the predicate is negated, the noun
                # still names displaced people.
                choice = _Choice(own, 0, 0, "np")
                trig = own
        measure, term = trig.measure, trig.term
        if aid_recipients and measure not in HOME_MEASURES:
            # "provided food to 4,150 people in shelters": people counted as recipients of aid
            continue
        if term == "left_camp":
            term = "displaced"
        if measure == "arrival":
            # "den siste uken kom det over 1.000": an arrival counts people fleeing only where
            # the text around it is about refugees, asylum seekers or people who fled.
            ctx = _flight_term(stext, triggers, prev, rules)
            if ctx is None:
                # flight named only elsewhere in the document: a candidate the model weighs
                ctx = _document_flight_term(text, rules)
                if ctx is None:
                    continue
                soft.append("arrival_document")
            measure, term = "displaced", ctx
        if (
            measure == "displaced"
            and rules.arrival_word is not None
            and rules.arrival_word.search(stext, trig.start, trig.end) is not None
            and _migrant_noun(np, rules)
            and _flight_term(stext, [t for t in triggers if t is not trig], prev, rules) is None
        ):
            # "9,417 migrants were observed arriving in Obock": migrants with no word of flight in
            # the sentence or the one before are no fact (facts.md), whatever the document says
            continue
        if (
            measure == "returned"
            and _migrant_noun(np, rules)
            and not _displaced_noun(fig, np, triggers)
            and _flight_term(stext, [t for t in triggers if t is not trig], prev, rules) is None
        ):
            # "3,200 migrants returned from Libya on humanitarian flights", "11,200 migrants
            # returning to Ethiopia": migrants going back, with no word of flight, did not return
            # from displacement (facts.md: migrants are no fact unless they fled)
            continue
        flags = [f for f in fig.flags]
        if fig.qualifier == "vague" and "vague" not in flags:
            flags.append("vague")
        hypo_text = stext[scope_lo : max(hi, trig.start)]
        hypothetical = rules.hypothetical is not None and rules.hypothetical.search(hypo_text) is not None
        if not hypothetical and rules.hypothetical_after is not None:
            # a verb-final clause puts its modal last: "dass 10.000 Menschen fliehen könnten"
            hypothetical = rules.hypothetical_after.match(stext, max(trig.end, np.end)) is not None
        if negated_return:
            hypothetical = False
        if (
            measure == "displaced"
            and hypothetical
            and rules.negation is not None
            and rules.negation.search(stext, max(scope_lo, fig.start - 25), fig.start)
        ):
            # a modal denied right before the figure ("könne nicht 400 Asylwerber aufnehmen",
            # "kan ikke ta imot 300 flyktninger"): what a place cannot do, no projection
            continue
        if measure != "at_risk" and hypothetical:
            if measure == "displaced" and term not in ("refugees", "asylum_seekers"):
                # "could be displaced", "könnten fliehen": people who may have to leave. Refugees
                # or asylum seekers already left: a forecast of their number ("arrivals could
                # reach 300,000", "bis zu 75.000 Flüchtlinge würden festsitzen") keeps its
                # measure with the projection flag (facts.md: plans and forecasts)
                measure, term = "at_risk", "at_risk"
            flags.append("projection")
        elif measure == "at_risk" and "projection" not in flags:
            flags.append("projection")
        if term == "evacuated" and rules.non_home_evacuation is not None:
            around = stext[min(fig.start, trig.start) : max(np.end, trig.end) + 50]
            if rules.non_home_evacuation.search(around):
                soft.append("non_home")
        unit = np.unit or "people"
        reported = fig.reported_value
        if fig.qualifier == "range" and fig.high is not None and np.unit not in ("families", "households"):
            # value keeps the conservative low end; reported_value the upper end as written,
            # so both written ends of "between 18,000 and 25,000" survive in the output (a range
            # of families or households is valued in people: reported_value keeps the low end
            # as written, the figure the range stands for)
            reported = fig.high
        value, low, high = fig.value, fig.low, fig.high
        if measure in HOME_MEASURES:
            pass
        elif unit == "homes":
            # "25 houses evacuated": a count of houses, not people (the spec, "Not facts"); kept,
            # flagged and under 0.5, only where the document gives no people figure (`decide`).
            flags.append("homes_evacuated")
        elif unit in ("families", "households"):
            if np.restated is not None:
                value, low, high = np.restated.value, np.restated.low, np.restated.high
            else:
                factor = settings.people_per_family if unit == "families" else settings.people_per_household
                value = round(value * factor)
                low = round(low * factor) if low is not None else None
                high = round(high * factor) if high is not None else None
                flags.append("converted_unit")
        # Homes are lost to an event: their count runs from its day like a flow's (a start).
        stock = measure in ("remaining", "sheltered", "at_risk")
        group = _group_figure(stext, fig, figures, rules)
        start, end, explicit = _period(
            text, sent, prev, fig, pack, published, stock, rules, homes=measure in HOME_MEASURES, group=group
        )
        if start and end and start[: len(end)] > end:
            start = None
        if stock:
            start = None
        spans = [(sent.start + f.start, sent.start + f.end) for f in figures]
        place, how = choose_place(
            sent,
            sent.start + fig.start,
            measure,
            places,
            rules,
            text,
            spans,
            value=int(value),
            term=term,
            noun_window=settings.noun_window,
        )
        if place is None and places.main_country():
            place, how = Place(country=places.main_country()), "context"
        place = _with_country_name(place)
        if place is None or not place.name:
            flags.append("place_unresolved")
        fact = Fact(
            doc_id=doc_id,
            lang=lang,
            measure=measure,
            term=term,
            value=int(value),
            low=low,
            high=high,
            qualifier=fig.qualifier,
            unit=unit,
            reported_value=int(reported),
            start=start,
            end=end,
            place=place,
            source=source,
            source_kind=source_kind(source),
            evidence=[_evidence(text, sent, prev if anaphoric and not from_heading else None)],
            confidence=0.0,  # set by the fact model (extract/model.py) in `decide`
            flags=sorted(set(flags)),
        )
        feats = dict(
            lang=pack.code,  # lexical features per pack: Bokmål and Nynorsk share one
            stext=stext,
            fig=fig,
            np=np,
            choice=choice,
            triggers=triggers,
            figures=figures,
            rules=rules,
            place_how=how,
            source=source,
            soft=soft,
            rivals=_rival_measures(stext, fig, trig, triggers),
            unit_before=unit_before,
            predicate=(predicate_noun or "none") if predicate else None,
        )
        taken.add(trig.start)
        out.append(
            _Mention(
                fact,
                explicit,
                candidate_features(measure=measure, term=term, unit=unit, flags=fact.flags, **feats),
            )
        )
        second = _second_measure(stext, fig, np, choice, triggers, figures, rules)
        if second is not None and unit != "homes":
            flags2 = [f for f in fact.flags if f != "projection"]
            stock2 = second.measure in ("remaining", "sheltered", "at_risk")
            s2, e2, explicit2 = _period(
                text,
                sent,
                prev,
                fig,
                pack,
                published,
                stock2,
                rules,
                homes=second.measure in HOME_MEASURES,
                group=group,
            )
            out.append(
                _Mention(
                    fact.model_copy(
                        update={
                            "measure": second.measure,
                            "term": second.term,
                            "start": None if stock2 else s2,
                            "end": e2,
                            "flags": flags2,
                            # people sheltered after fleeing are where they went
                            "place": where_they_went(fact.place, stext, rules)
                            if second.measure == "sheltered" and measure in ("displaced", "at_risk")
                            else fact.place,
                        }
                    ),
                    explicit2,
                    candidate_features(
                        measure=second.measure,
                        term=second.term,
                        unit=unit,
                        flags=flags2,
                        second=True,
                        **feats,
                    ),
                )
            )
    return out


def candidates(
    doc_id: str,
    text: str,
    pack: LanguagePack,
    lang: str | None,
    published: date | None,
    settings: ExtractSettings,
    title: str | None = None,
) -> tuple[list[_Mention], list[int] | None, str]:
    """Every candidate fact of a text (one mention each, with its features), before the model
    decides; with what `decide` needs to point evidence back into the original text. `title`: the
    document's title, read for its date when the document has no publication date."""
    if not text or not text.strip():
        return [], None, text or ""
    text = text[: settings.max_document_chars]
    original, kept = text, None
    if _MARKS_RE.search(text):
        # Arabic short vowels and tatweel ("أُجْلِيَ", "نــزح") would split words for every
        # pattern: read the text without them, then point evidence back into the original.
        kept = [i for i, ch in enumerate(text) if not _MARKS_RE.match(ch)]
        text = "".join(text[i] for i in kept)
    rules = rules_for(pack)
    sentences = split_sentences(text, pack, settings.max_sentence_chars)
    _load_places(pack)
    places = _Later(lambda: _place_context(text, pack, title))
    docd = _Later(lambda: _doc_dates(text, pack, published, title))
    mentions: list[_Mention] = []
    prev = None
    headings = list_headings(text, sentences)
    headers = table_headers(text, sentences)
    for sent, heading, header in zip(sentences, headings, headers, strict=True):
        if over_budget(sent.start):  # the pipeline's per-document time budget is spent
            break
        try:
            mentions.extend(
                extract_sentence_facts(
                    doc_id, lang, text, sent, prev, pack, rules, docd, places, settings, heading, header
                )
            )
        except _LaterFailed as failed:  # the document's context: as if read before the loop
            raise failed.__cause__ from None
        except Exception:  # noqa: BLE001 - one bad sentence must not lose the document
            log.exception("extraction failed on sentence at %d in %s", sent.start, doc_id)
        prev = sent
    return mentions, kept, original


# A count of houses read for people is never a sure people figure: its confidence is capped here,
# or at the model's keep threshold where that is higher (a calibration that moves the threshold
# above the cap must not drop such candidates wholesale; the IDMC excerpts count them).
HOUSES_FOR_PEOPLE_CAP = 0.45


def decide(
    mentions: list[_Mention],
    kept: list[int] | None,
    original: str,
    settings: ExtractSettings,
    model=None,
) -> list[Fact]:
    """The model's decision over candidates: each gets its probability as `confidence`; those
    under the model's threshold go; mentions of one fact merge (the most probable one's
    confidence stands)."""
    from uprooted.extract.model import load_model

    model = model or load_model()
    scored = []
    for m in mentions:
        p = model.probability(m.features or {})
        if "homes_evacuated" in m.fact.flags:
            # a count of houses read for people is never a sure people figure
            p = min(p, max(HOUSES_FOR_PEOPLE_CAP, model.threshold))
        m.fact.confidence = round(p, 3)
        if counted_for_other_reason(m.features or {}) is not None:
            continue  # the spec's "people counted for another reason" (features.OTHER_REASONS)
        if p >= model.threshold:
            scored.append(m)
    facts = merge_mentions(scored)
    if any(f.measure in ("displaced", "sheltered") and "homes_evacuated" not in f.flags for f in facts):
        # the spec: a count of evacuated houses is not a people figure; report the people
        # where the text gives them (displaced, or put up somewhere: "60 beboere fikk overnatte
        # på hotell")
        facts = [f for f in facts if "homes_evacuated" not in f.flags]
    if kept is not None:
        for f in facts:
            f.evidence = [_remap(e, kept, original) for e in f.evidence]
    return [f for f in facts if f.confidence >= settings.min_confidence]


def extract(
    doc_id: str,
    text: str,
    pack: LanguagePack,
    lang: str | None,
    published: date | None,
    settings: ExtractSettings,
    title: str | None = None,
) -> list[Fact]:
    """All facts of one text; a failing sentence is logged and skipped, never raised."""
    mentions, kept, original = candidates(doc_id, text, pack, lang, published, settings, title)
    if not mentions:
        return []
    return decide(mentions, kept, original, settings)


_MARKS_RE = re.compile("[\u064b-\u0652\u0640]")


def _remap(ev: Evidence, kept: list[int], original: str) -> Evidence:
    """Evidence offsets in the text read without marks, moved back into the original."""
    if not kept or ev.end <= ev.start:
        return ev
    start = kept[min(ev.start, len(kept) - 1)]
    end = kept[min(ev.end, len(kept)) - 1] + 1
    return Evidence(text=original[start:end], start=start, end=end)
