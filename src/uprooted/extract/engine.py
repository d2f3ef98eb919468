"""The extraction engine: from a document's sentences to displacement facts.

For every count figure in a sentence the engine decides what it counts (the noun after it),
which reporting term governs it (the nearest trigger in the same clause, a predicate after the
noun phrase winning over a modifier inside it), whether the statement is negated, hypothetical
or about something else (casualties, capacities, rates), then attaches place, dates and source.
All language knowledge comes from the pack (`pack.terms`, `pack.sources`); nothing here names
a language.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import date

from uprooted.extract.segment import Sentence, split_sentences
from uprooted.extract.settings import ExtractSettings
from uprooted.lang.base import LanguagePack
from uprooted.lang.organisations import SHARED_FORMS, source_kind
from uprooted.models import HOME_MEASURES, Evidence, Fact, Place

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


@dataclass(frozen=True)
class _Trigger:
    start: int
    end: int
    term: str
    measure: str
    kind: str  # "trigger" | "casualty" | "soft"


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
    org_word: re.Pattern | None = None
    date_word: re.Pattern | None = None  # weekdays and months: "45 000 fredag" is a bare figure
    country_scope: re.Pattern | None = None  # "across the country", "nationwide", "hele landet"
    second_joiner: re.Pattern | None = None  # "and", "after": a second measure of the same people
    other_words: re.Pattern | None = None  # "others", "otras": the noun of the figure before


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
    glued = []
    # A qualifier glued after a term ("displacedabout 4,400"): PDF spacing.
    quals = sorted(getattr(pack.numbers, "qualifiers_before", {}) or {}, key=len, reverse=True)
    glue_after = ("|(?:" + "|".join(re.escape(q) for q in quals) + r")\s*\d") if quals else ""
    for regex, term, measure in terms.triggers:
        pattern = _compile([regex])
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
        casualty=_compile(terms.casualty_words),
        soft=_compile(terms.soft_blockers),
        people=_full(terms.people_nouns),
        units=[(unit, p) for unit, words in terms.unit_nouns.items() if (p := _full(words))],
        non_fact_noun=_full(terms.non_fact_nouns),
        negation=_compile(terms.negations),
        hypothetical=_compile(terms.hypotheticals),
        bare_follower=_full(terms.bare_followers),
        gap_word=_full(terms.noun_gap_words),
        non_fact_before=_list(terms.non_fact_before),
        non_fact_after=_list(terms.non_fact_after),
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
        date_word=_date_words(pack),
        org_word=_compile(getattr(sources, "organisation_words", ())),
        country_scope=_compile(getattr(terms, "country_scope", ())),
        second_joiner=_compile(getattr(terms, "second_measure_joiners", ())),
        other_words=_full(getattr(terms, "other_words", ())),
    )


def _date_words(pack: LanguagePack) -> re.Pattern | None:
    dates = getattr(pack, "dates", None)
    words = [re.escape(w) for w in (*getattr(dates, "weekdays", {}), *getattr(dates, "months", {})) if w]
    return _full(sorted(words, key=len, reverse=True)) if words else None


# ---------------------------------------------------------------------------------------------
# Sentence analysis


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


def find_triggers(text: str, rules: _Rules) -> list[_Trigger]:
    """Every reporting term, casualty word and soft blocker in a sentence; longest wins overlaps."""
    found: list[_Trigger] = []
    for pattern, term, measure in rules.triggers:
        for m in pattern.finditer(text):
            if m.end() > m.start():
                found.append(_Trigger(m.start(), m.end(), term, measure, "trigger"))
    for pattern, term, measure in rules.glued_triggers:
        for m in pattern.finditer(text):
            if m.end() <= m.start():
                continue
            word_start = m.start()
            while word_start > 0 and text[word_start - 1].isalnum():
                word_start -= 1
            prefix = text[word_start : m.start()].lower()
            if prefix and not (
                (rules.bare_follower is not None and rules.bare_follower.fullmatch(prefix))
                or (rules.gap_word is not None and rules.gap_word.fullmatch(prefix))
                or _noun_unit(prefix, rules)
            ):
                continue
            found.append(_Trigger(m.start(), m.end(), term, measure, "trigger"))
    for pattern, kind in ((rules.casualty, "casualty"), (rules.soft, "soft")):
        if pattern is None:
            continue
        for m in pattern.finditer(text):
            if m.end() > m.start():
                found.append(_Trigger(m.start(), m.end(), kind, kind, kind))
    # Longest first; drop any match that lies inside a kept longer one.
    found.sort(key=lambda t: (-(t.end - t.start), t.start))
    kept: list[_Trigger] = []
    for trig in found:
        if any(
            k.start <= trig.start and trig.end <= k.end and (k.start, k.end) != (trig.start, trig.end)
            for k in kept
        ):
            continue
        kept.append(trig)
    kept.sort(key=lambda t: t.start)
    return kept


@dataclass
class _NounPhrase:
    unit: str | None  # people | families | households | homes | None (bare figure)
    end: int  # where the noun phrase ends (after the noun, or the figure if bare)
    noun_start: int | None = None
    noun_text: str | None = None
    adjacent: bool = True
    restated: object = None  # the people figure of "100 families (400 people)"


_NOT_ABOUT_PEOPLE = "not_people"
_PHONE_RE = re.compile(r"\)?[ -]?\d{3}[ -]\d{3,4}")


def _noun_unit(token: str, rules: _Rules) -> str | None:
    for form in _forms(token):
        for unit, pattern in rules.units:
            if pattern.fullmatch(form):
                return unit
        if rules.people is not None and rules.people.fullmatch(form):
            return "people"
    return None


def _forms(token: str) -> tuple[str, ...]:
    """A token and, for a hyphenated compound ("IS-krigere"), its head (the last part)."""
    if "-" in token.strip("-"):
        return (token, token.rsplit("-", 1)[1], token.replace("-", ""))
    return (token,)


def _is_non_fact_noun(token: str, rules: _Rules) -> bool:
    token = token.rstrip("0123456789") or token  # PDF glue: "centres14 dead"
    return rules.non_fact_noun is not None and any(rules.non_fact_noun.fullmatch(f) for f in _forms(token))


def _glued_unit(token: str, rules: _Rules) -> str | None:
    """PDF text glues words ("peoplewere"): a known noun followed by a bare follower."""
    if len(token) < 7 or rules.bare_follower is None:
        return None
    for cut in range(3, len(token) - 1):
        unit = _noun_unit(token[:cut], rules)
        if unit and rules.bare_follower.fullmatch(token[cut:]):
            return unit
    return None


def noun_phrase(
    text: str,
    fig_end: int,
    rules: _Rules,
    window: int,
    figures_after,
    trigger_starts=frozenset(),
    prev_unit: str | None = None,
) -> _NounPhrase | str:
    """What a figure counts: the noun after it, or nothing (a bare figure), or not people."""
    toks = [t for t in _tokens(text[fig_end : fig_end + 160])]
    if not toks:
        return _NounPhrase(None, fig_end)
    unknown_first = False
    for i, tok in enumerate(toks[:window]):
        abs_start = fig_end + tok.start
        if tok.is_punct:
            break
        if any(f.number_start <= abs_start < f.end for f in figures_after):
            break
        low = tok.text.lower()
        if _is_non_fact_noun(low, rules):
            return _NOT_ABOUT_PEOPLE
        unit = _noun_unit(low, rules) or _noun_unit(tok.text, rules)
        if unit:
            # "displaced households": a people word used as an adjective before a unit noun;
            # "families' homes": a possessive before the homes counted.
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if nxt is not None and not nxt.is_punct:
                next_unit = _noun_unit(nxt.text.lower(), rules)
                possessive = tok.text[-1:] in "'’" or tok.text.lower().endswith(("'s", "’s"))
                if (
                    next_unit
                    and next_unit != "people"
                    and (unit == "people" or (possessive and next_unit == "homes"))
                ):
                    return _NounPhrase(
                        next_unit, fig_end + nxt.end, fig_end + nxt.start, nxt.text, adjacent=i == 0
                    )
            return _NounPhrase(unit, fig_end + tok.end, abs_start, tok.text, adjacent=i == 0)
        if _is_non_fact_noun(low, rules):
            return _NOT_ABOUT_PEOPLE
        if i == 0:
            glued = _glued_unit(low, rules)
            if glued:
                return _NounPhrase(glued, fig_end + tok.end, abs_start, tok.text)
        if i == 0 and prev_unit and rules.other_words is not None and rules.other_words.fullmatch(low):
            # "damaged 3,400 others": the noun of the figure before
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if nxt is None or nxt.is_punct or not _noun_unit(nxt.text.lower(), rules):
                return _NounPhrase(prev_unit, fig_end + tok.end, abs_start, tok.text, adjacent=False)
            continue
        if rules.gap_word is not None and rules.gap_word.fullmatch(low):
            continue
        if i == 0:
            # An unknown word right after a figure is its noun ("1400 granater"), unless the
            # word can follow a figure that has no noun ("45.000 har flyktet"), or it is an
            # adjective and a people noun follows ("27,000 ethnic Rohingya people").
            if abs_start in trigger_starts:
                # "4,500 flee floods" is bare; "4 evacuation centres" counts centres;
                # "7,300 collapsed houses" counts houses.
                rest = toks[i + 1 : window]
                if (
                    rest
                    and not rest[0].is_punct
                    and _noun_unit(rest[0].text.lower(), rules) not in (None, "people")
                ):
                    continue
                if any(not t.is_punct and _is_non_fact_noun(t.text.lower(), rules) for t in rest[:2]):
                    return _NOT_ABOUT_PEOPLE
                return _NounPhrase(None, fig_end)
            if rules.bare_follower is not None and rules.bare_follower.fullmatch(low):
                return _NounPhrase(None, fig_end)
            if tok.text[:1].isupper() or (rules.date_word is not None and rules.date_word.fullmatch(low)):
                # "18 UNRWA Collective Centres": a name before a facility noun counts facilities
                for t in toks[i + 1 : i + 4]:
                    if t.is_punct:
                        break
                    if _is_non_fact_noun(t.text.lower(), rules):
                        return _NOT_ABOUT_PEOPLE
                return _NounPhrase(None, fig_end)  # a name, a weekday: "reached 5,500 Thursday"
            unknown_first = True
            continue
        if unknown_first and i == 1 and tok.text.islower():
            # "500 traditional mud-brick homes": two words describing the counted noun
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            unit2 = _noun_unit(nxt.text.lower(), rules) if nxt is not None and not nxt.is_punct else None
            if unit2 and unit2 != "people":
                return _NounPhrase(unit2, fig_end + nxt.end, fig_end + nxt.start, nxt.text, adjacent=False)
        break
    if unknown_first:
        return _NOT_ABOUT_PEOPLE
    return _NounPhrase(None, fig_end)


def _count_tokens(text: str) -> int:
    return sum(1 for t in _TOKEN_RE.finditer(text) if t.group()[0].isalnum())


@dataclass
class _Choice:
    trigger: _Trigger
    distance: int
    crossed_figures: int
    relation: str  # "np" | "after" | "before"


def choose_trigger(
    text: str,
    fig,
    np: _NounPhrase,
    triggers: list[_Trigger],
    figures,
    rules: _Rules,
    window: int,
) -> _Choice | None:
    """The reporting term governing a figure: nearest in the clause, predicates over modifiers."""
    unit = np.unit or "people"
    candidates: list[tuple[float, _Choice]] = []
    # "destroyed 1,200 homes and damaged 3,400 others", "a détruit 1 200 maisons et endommagé
    # 3 400 autres": a term right before the figure governs it; a term after the noun phrase
    # that has a figure of its own starts the next clause, whatever the joining word.
    verb_before = any(
        t.kind == "trigger"
        and t.end <= fig.start
        and _count_tokens(text[t.end : fig.start]) <= 1
        and (t.measure in HOME_MEASURES) == (unit == "homes")
        for t in triggers
    )
    for trig in triggers:
        if trig.end <= fig.number_end and trig.start >= fig.start:
            continue  # the figure's own words
        is_home = trig.measure in HOME_MEASURES
        if trig.kind == "trigger":
            if unit == "people" and is_home:
                continue
            if unit == "homes" and not is_home and trig.term != "evacuated":
                continue
        if trig.start >= fig.end and trig.end <= np.end:
            relation, gap = "np", ""
        elif trig.start >= np.end:
            relation, gap = "after", text[np.end : trig.start]
        elif trig.end <= fig.start:
            relation, gap = "before", text[trig.end : fig.start]
        else:
            relation, gap = "np", ""
        distance = _count_tokens(gap)
        lo, hi = (np.end, trig.start) if relation == "after" else (trig.end, fig.start)
        crossed = sum(1 for f in figures if f is not fig and lo <= f.number_start and f.number_end <= hi)
        breaks = len(rules.clause_break.findall(gap)) if rules.clause_break and gap else 0
        score = distance + (1.5 if relation == "before" else 0) + 8 * crossed + 10 * breaks
        if relation == "after" and _in_apposition(gap, text, trig):
            score += 8
        if relation == "after" and _starts_own_phrase(gap, text, trig, figures, rules):
            score += 10  # "destroyed 10 houses and damaged 200 others": "damaged" has its own figure
        elif (
            relation == "after"
            and verb_before
            and any(
                f is not fig and f.start >= trig.end and _count_tokens(text[trig.end : f.start]) <= 1
                for f in figures
            )
        ):
            score += 10
        if score > window:
            continue
        choice = _Choice(trig, distance, crossed, relation)
        candidates.append((score, choice))
    if not candidates:
        return None

    def tie(sc):
        home_pref = 0 if (unit != "people") == (sc[1].trigger.measure in HOME_MEASURES) else 1
        return (sc[0], -(sc[1].trigger.end - sc[1].trigger.start), home_pref)

    candidates.sort(key=tie)
    best = candidates[0][1]
    if best.relation == "np":
        # "1,100 displaced families stayed in shelters": the predicate after the noun phrase
        # says what is counted now; a soft blocker ("displaced people in need") does not.
        predicates = [
            (s, c)
            for s, c in candidates
            if c.relation == "after" and c.crossed_figures == 0 and c.distance <= 10 and s < 10
        ]
        if predicates:
            pred = predicates[0][1]
            if pred.trigger.kind == "trigger" or pred.trigger.kind == "casualty":
                best = pred
    if best.relation == "after" and best.trigger.kind == "trigger" and _is_modifier(text, np, best, rules):
        # "9,000 people displaced from Mosul have since returned", "som flyktet ..., har vendt
        # tilbake": the term describes the people; the main clause's predicate counts them now.
        for _score, c in candidates:
            t = c.trigger
            if c.relation != "after" or t.start <= best.trigger.end or c.crossed_figures or t.kind == "soft":
                continue
            between = text[best.trigger.end : t.start]
            if _count_tokens(between) > 12 or (
                rules.coordinator is not None and rules.coordinator.search(between)
            ):
                break
            if rules.clause_break is not None and rules.clause_break.search(between):
                break
            best = c
            break
    refinable = best.trigger.measure == "sheltered" or best.trigger.term in ("relocated", "remaining")
    if best.trigger.kind == "trigger" and refinable:
        # "moved to hotels", "sheltering in relief camps": the place of shelter is more specific.
        for _, c in candidates:
            t = c.trigger
            if (
                t.kind == "trigger"
                and t.measure == "sheltered"
                and t.start > best.trigger.end
                and _count_tokens(text[best.trigger.end : t.start]) <= 5
            ):
                best = c
                break
    return best


def _link_start(text: str, fig, rules: _Rules) -> int | None:
    """Where a figure link ("reached", "rose to", "up from") right before the figure starts."""
    if rules.link_before is None:
        return None
    for end in (fig.start, fig.number_start):  # "topped 206,000" may be read as a qualifier
        m = rules.link_before.search(text, max(0, end - 60), end)
        if m:
            return m.start()
    return None


def linked_choice(
    text: str, fig, triggers: list[_Trigger], figures, rules: _Rules, window: int
) -> _Choice | None:
    """The term of a figure joined to a subject noun phrase by a link verb.

    "The number of people displaced by the battle reached 164,000, up from 120,000": the
    nearest term before the link, in the same clause; a figure in between is crossed only
    when it is itself linked (the chain of a change).
    """
    link_at = _link_start(text, fig, rules)
    if link_at is None:
        return None
    links = [(m.start(), m.end()) for m in rules.link.finditer(text)] if rules.link is not None else []
    pos = link_at
    for trig in sorted((t for t in triggers if t.end <= link_at), key=lambda t: -t.end):
        if any(a < trig.end and trig.start < b for a, b in links):
            continue  # "reached" is a link here, not a soft blocker
        if trig.kind == "trigger" and trig.measure in HOME_MEASURES:
            continue
        gap = text[trig.end : pos]
        if rules.clause_break is not None and rules.clause_break.search(gap):
            return None
        crossed = [
            f for f in figures if f is not fig and trig.end <= f.number_start and f.number_end <= link_at
        ]
        if any(_link_start(text, f, rules) is None for f in crossed):
            return None
        if _count_tokens(text[trig.end : link_at]) - 2 * len(crossed) > window:
            return None
        return _Choice(trig, 1, 0, "before")
    return None


def _own_term(fig, np: _NounPhrase, triggers: list[_Trigger]) -> _Trigger | None:
    """A reporting term that is the counted noun itself ("IDPs", "refugees", "evacuees")."""
    if np.noun_start is None:
        return None
    for t in triggers:
        if (
            t.kind == "trigger"
            and t.start >= np.noun_start
            and t.end <= np.end
            and t.measure not in HOME_MEASURES
        ):
            return t
    return None


def _starts_own_phrase(gap: str, text: str, trig: _Trigger, figures, rules: _Rules) -> bool:
    """A coordinated verb after the figure that governs a figure of its own."""
    if rules.coordinator is None or not rules.coordinator.match(gap.strip(" ,")):
        return False
    return any(0 <= f.start - trig.end <= 4 for f in figures)


def _is_modifier(text: str, np: _NounPhrase, choice: _Choice, rules: _Rules) -> bool:
    """A term right after the counted noun that modifies it: a participle or a relative clause."""
    trig = choice.trigger
    gap = text[np.end : trig.start]
    if rules.modifier_opener is not None and rules.modifier_opener.search(gap):
        return True
    if np.unit is None or gap.strip() or rules.participle is None:
        return False
    m = rules.participle.match(text, trig.start)
    return m is not None and m.end() >= trig.end


_APPOSITION_RE = re.compile(r"^\s*,[^,;]{1,90}$")


def _in_apposition(gap: str, text: str, trig: _Trigger) -> bool:
    """A term inside ", more than half the remaining population," describes another noun."""
    if not _APPOSITION_RE.match(gap):
        return False
    return "," in text[trig.end : trig.end + 60]


def _span_between(fig, np: _NounPhrase, choice: _Choice) -> tuple[int, int]:
    trig = choice.trigger
    if choice.relation == "after":
        return np.end, trig.start
    if choice.relation == "before":
        return trig.end, fig.start
    return fig.end, fig.end


def _words_before(text: str, pos: int, n: int) -> int:
    """The offset n word tokens before `pos`."""
    toks = list(_TOKEN_RE.finditer(text[:pos]))
    return toks[-n].start() if len(toks) >= n else 0


# ---------------------------------------------------------------------------------------------
# Sources


_PREFIX_RE = re.compile(r"^\W{0,3}(?P<p>[^:\n]{2,60}?)\s*:\s")


def _organisation(name: str, rules: _Rules) -> str | None:
    """The canonical organisation `name` is, written whole, or None."""
    for pattern, canonical in rules.organisations:
        m = pattern.match(name)
        if m and m.end() == len(name):
            return canonical
    return None


def find_source(text: str, rules: _Rules) -> str | None:
    """The organisation a sentence attributes its figures to, canonicalised, or None."""
    prefix = _PREFIX_RE.match(text)
    if prefix:  # a headline's "IOM: Mosul displacement tops 160,000"
        org = _organisation(prefix.group("p").strip(), rules)
        if org:
            return org
    if rules.cues is None:
        return None
    cues = list(rules.cues.finditer(text))
    if not cues:
        return None
    orgs: list[tuple[int, int, str]] = []
    for pattern, canonical in rules.organisations:
        for m in pattern.finditer(text):
            orgs.append((m.start(), m.end(), canonical))
    if orgs:
        # Drop organisations inside a longer one ("UN" in "UN refugee agency").
        orgs.sort(key=lambda o: (-(o[1] - o[0]), o[0]))
        kept: list[tuple[int, int, str]] = []
        for o in orgs:
            if not any(k[0] <= o[0] and o[1] <= k[1] for k in kept):
                kept.append(o)

        def dist(org):
            return min(min(abs(c.start() - org[1]), abs(org[0] - c.end())) for c in cues)

        # Specific organisations beat generic ones ("government") at similar distance.
        ranked = sorted(
            kept,
            key=lambda o: (
                dist(o)
                + (
                    15
                    if source_kind(o[2]) in ("government", "media") and o[2] in ("government", "media")
                    else 0
                ),
                o[0],
            ),
        )
        if dist(ranked[0]) <= 80:
            return ranked[0][2]
    for pattern in rules.source_patterns:
        m = pattern.search(text)
        if m and m.groupdict().get("source"):
            name = m.group("source").strip(" ,.;:'\"")
            # One capitalised word is too often a pronoun or a sentence opening ("They said");
            # keep it only as an acronym ("ANGOP").
            if 1 < len(name) <= 60 and name[:1].isupper() and (" " in name or name.isupper()):
                # A person's name ("Mr Munyama said") is not a source: keep acronyms and names
                # with an organisation word ("the Met Office", "Radio Dabanga").
                if name.isupper() or rules.org_word is None or rules.org_word.search(name):
                    return name
    return None


# ---------------------------------------------------------------------------------------------
# Places and dates (other modules; imported lazily so a missing piece degrades, not crashes)


def _places_api():
    try:
        from uprooted.places import find_places

        return find_places
    except Exception:  # noqa: BLE001 - the places module may not be there yet
        return None


def _dates_api():
    try:
        from uprooted.extract.dates import fact_period, find_dates

        return find_dates, fact_period
    except Exception:  # noqa: BLE001
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


def _iso(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


# ---------------------------------------------------------------------------------------------
# Facts


@dataclass
class _Mention:
    fact: Fact
    explicit_date: bool


@dataclass
class _DocDates:
    """What the whole document says about dates: the publication date (or, with none, a
    dateline's date), a year for day-month dates written without one, the event's start."""

    published: date | None = None
    year_hint: int | None = None
    event_start: str | None = None
    pseudo: bool = False
    onset: str | None = None  # the day the latest offensive / disaster began ("launched ... on Feb. 19")


_YEAR_IN_RE = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")


def _doc_dates(text: str, pack: LanguagePack, published: date | None) -> _DocDates:
    api = _dates_api()
    out = _DocDates(published=published)
    if api is None:
        return out
    find_dates = api[0]
    try:
        from uprooted.extract.dates import event_start, onset_day

        mentions = find_dates(text, pack, published)
        if published is None:
            years: dict[int, int] = {}
            for d in mentions:
                for y in _YEAR_IN_RE.findall(d.text):
                    years[int(y)] = years.get(int(y), 0) + 1
            if years:
                out.year_hint = max(years.items(), key=lambda kv: (kv[1], kv[0]))[0]
            # A dateline ("LOEI, 17 March 2014 (NNT) -") dates the report.
            for d in mentions:
                if d.start > 250:
                    break
                iso = d.end_date or d.start_date
                if d.role in ("point", "as_of") and iso and len(iso) == 10 and _YEAR_IN_RE.search(d.text):
                    out.published, out.pseudo = date.fromisoformat(iso), True
                    mentions = find_dates(text, pack, out.published)
                    break
            if out.published is None and out.year_hint is not None:
                mentions = find_dates(text, pack, None, out.year_hint)
        out.event_start = event_start(text, mentions, pack)
        out.onset = onset_day(text, mentions, pack)
    except Exception:  # noqa: BLE001
        log.exception("document dates failed")
    return out


def _period(text: str, sent: Sentence, prev: Sentence | None, fig, pack, docd: _DocDates, stock, rules):
    """(start, end, explicit) for a figure; the dates module when present, else publication date."""
    api = _dates_api()
    published = docd.published
    pub_iso = published.isoformat() if published else None
    if api is None:
        return None, pub_iso, False
    find_dates, fact_period = api
    base, ftext = sent.start, sent.text
    if prev is not None and rules.temporal_anaphora is not None:
        if rules.temporal_anaphora.match(sent.text.lstrip()):
            base = prev.start
            ftext = text[prev.start : sent.end]
    try:
        dates = find_dates(ftext, pack, published, docd.year_hint)
        start, end = fact_period(
            ftext,
            fig.start + sent.start - base,
            fig.end + sent.start - base,
            dates,
            published,
            stock,
            pack=pack,
        )
    except Exception:  # noqa: BLE001
        log.exception("dates failed")
        return None, pub_iso, False
    start, end = _iso(start), _iso(end)
    if end is None and published is None and docd.year_hint is not None:
        end = str(docd.year_hint)  # an undated report about one year: that year
    if stock and not dates and docd.onset and (end is None or docd.onset <= end):
        # "750,000 in western Mosul at the start of the latest offensive": the day the document
        # says the offensive was launched
        from uprooted.extract.dates import start_anchored

        if start_anchored(ftext, fig.start + sent.start - base, fig.end + sent.start - base, pack):
            return None, docd.onset, True
    ev = docd.event_start
    if (
        not stock
        and start is None
        and ev
        and end
        and ev[: len(end)] <= end
        and int(end[:4]) - int(ev[:4]) <= 1
    ):
        start = ev  # "since 25 June" or "the clash on December 27" said elsewhere in the text
    return start, end, bool(dates)


def _confidence(np: _NounPhrase, choice: _Choice, place_how: str, source: str | None, fig, flags) -> float:
    """See extract/confidence.py for the features and why."""
    from uprooted.extract.confidence import confidence

    return confidence(np, choice, place_how, source, fig, flags)


def extract_sentence_facts(
    doc_id: str,
    lang: str | None,
    text: str,
    sent: Sentence,
    prev: Sentence | None,
    pack: LanguagePack,
    rules: _Rules,
    published: date | _DocDates | None,
    places: _PlaceContext,
    settings: ExtractSettings,
) -> list[_Mention]:
    if not isinstance(published, _DocDates):
        published = _DocDates(published=published)
    from uprooted.extract.figures import find_figures

    stext = sent.text
    figures = [f for f in find_figures(stext, pack) if f.kind == "count"]
    if not figures:
        return []
    triggers = find_triggers(stext, rules)
    if not any(t.kind == "trigger" for t in triggers):
        return []
    source = find_source(stext, rules)
    trigger_starts = frozenset(t.start for t in triggers if t.kind == "trigger")
    consumed: set[int] = set()
    out: list[_Mention] = []
    last_unit: str | None = None
    for idx, fig in enumerate(figures):
        if idx in consumed or fig.value < settings.min_value:
            continue
        if _PHONE_RE.match(stext, fig.end) or stext[fig.start - 1 : fig.start] in ("-", "/"):
            continue  # a phone number or a code: "(530) 841-2900", "44N45"
        pre = stext[max(0, fig.start - 60) : fig.start]
        if any(p.search(pre) for p in rules.non_fact_before):
            continue
        later = figures[idx + 1 :]
        np = noun_phrase(stext, fig.end, rules, settings.noun_window, later, trigger_starts, last_unit)
        if np == _NOT_ABOUT_PEOPLE:
            continue
        if np.unit is None and last_unit and rules.other_words is not None:
            word = re.search(r"(\w+)\s*$", stext[max(0, fig.start - 20) : fig.start])
            if word and rules.other_words.fullmatch(word.group(1)):
                np.unit = last_unit  # "y dañó otras 3.400"
        last_unit = np.unit
        # "100 families (400 people)": one fact, in the unit as written, valued in people.
        if np.unit in ("families", "households") and rules.restatement is not None:
            for j, other in enumerate(later, start=idx + 1):
                between = stext[np.end : other.start]
                if len(between) > 25 or not rules.restatement.fullmatch(between.strip(" ,")):
                    continue
                inner = noun_phrase(stext, other.end, rules, settings.noun_window, figures[j + 1 :])
                if isinstance(inner, _NounPhrase) and inner.unit == "people":
                    np.restated = other
                    consumed.add(j)
                    close = stext.find(")", inner.end, inner.end + 3)
                    np.end = close + 1 if close >= 0 else inner.end
                break
        post = stext[np.end : np.end + 80]
        if any(p.search(post) for p in rules.non_fact_after):
            continue
        choice = None
        if np.unit in (None, "people"):
            choice = linked_choice(stext, fig, triggers, figures, rules, settings.trigger_window)
        if choice is None:
            choice = choose_trigger(stext, fig, np, triggers, figures, rules, settings.trigger_window)
        if choice is None or choice.trigger.kind != "trigger":
            continue
        trig = choice.trigger
        lo, hi = _span_between(fig, np, choice)
        scope_lo = _words_before(stext, min(fig.start, trig.start), 4)
        between = stext[lo:hi]
        if rules.negation is not None and rules.negation.search(between):
            own = _own_term(fig, np, triggers) if choice.relation == "after" else None
            if own is None:
                continue
            # "25,000 IDPs do not have adequate shelter": the predicate is negated, the noun
            # still names displaced people.
            choice = _Choice(own, 0, 0, "np")
            trig = own
        measure, term = trig.measure, trig.term
        flags = [f for f in fig.flags]
        if fig.qualifier == "vague" and "vague" not in flags:
            flags.append("vague")
        hypo_text = stext[scope_lo : max(hi, trig.start)]
        if measure != "at_risk" and rules.hypothetical is not None and rules.hypothetical.search(hypo_text):
            if measure == "displaced":
                measure, term = "at_risk", "at_risk"
            flags.append("projection")
        elif measure == "at_risk" and "projection" not in flags:
            flags.append("projection")
        if term == "evacuated" and rules.non_home_evacuation is not None:
            around = stext[min(fig.start, trig.start) : max(np.end, trig.end) + 50]
            if rules.non_home_evacuation.search(around):
                continue
        unit = np.unit or "people"
        reported = fig.reported_value
        if fig.qualifier == "range" and fig.high is not None:
            # value keeps the conservative low end; reported_value the upper end as written,
            # so both written ends of "between 18,000 and 25,000" survive in the output.
            reported = fig.high
        value, low, high = fig.value, fig.low, fig.high
        if measure in HOME_MEASURES:
            pass
        elif unit == "homes":
            flags.append("homes_evacuated")  # a count of houses, not people: low confidence
        elif unit in ("families", "households"):
            if np.restated is not None:
                value, low, high = np.restated.value, np.restated.low, np.restated.high
            else:
                factor = settings.people_per_family if unit == "families" else settings.people_per_household
                value = round(value * factor)
                low = round(low * factor) if low is not None else None
                high = round(high * factor) if high is not None else None
                flags.append("converted_unit")
        stock = measure in ("remaining", "sheltered", "at_risk", "homes_destroyed", "homes_damaged")
        start, end, explicit = _period(text, sent, prev, fig, pack, published, stock, rules)
        if start and end and start[: len(end)] > end:
            start = None
        if stock:
            start = None
        spans = [(sent.start + f.start, sent.start + f.end) for f in figures]
        place, how = choose_place(sent, sent.start + fig.start, measure, places, rules, text, spans)
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
            evidence=[Evidence(text=sent.text, start=sent.start, end=sent.end)],
            confidence=_confidence(np, choice, how, source, fig, flags),
            flags=sorted(set(flags)),
        )
        out.append(_Mention(fact, explicit))
        second = _second_measure(stext, fig, np, choice, triggers, figures, rules)
        if second is not None and unit != "homes":
            flags2 = [f for f in fact.flags if f != "projection"]
            stock2 = second.measure in ("remaining", "sheltered", "at_risk")
            s2, e2, explicit2 = _period(text, sent, prev, fig, pack, published, stock2, rules)
            out.append(
                _Mention(
                    fact.model_copy(
                        update={
                            "measure": second.measure,
                            "term": second.term,
                            "start": None if stock2 else s2,
                            "end": e2,
                            "flags": flags2,
                            "confidence": round(max(0.05, fact.confidence - 0.1), 3),
                        }
                    ),
                    explicit2,
                )
            )
    return out


_SECOND = {"displaced": ("sheltered", "returned"), "sheltered": ("displaced",)}


def _second_measure(text: str, fig, np: _NounPhrase, choice: _Choice, triggers, figures, rules: _Rules):
    """The same people under a second measure, joined by "and" or "after": "1,200 were left
    homeless and are now sheltering in churches", "sheltering in camps after fleeing"."""
    if rules.second_joiner is None or choice.trigger.kind != "trigger":
        return None
    first = choice.trigger
    wanted = _SECOND.get(first.measure)
    if not wanted or choice.relation == "before" and choice.distance > 3:
        return None
    for t in triggers:
        if t.start < max(first.end, np.end) or t.kind != "trigger":
            if t.start >= max(first.end, np.end) and t.kind != "trigger":
                return None  # a casualty or soft word in between: the clause moved on
            continue
        if t.measure not in wanted or t.measure == first.measure:
            continue
        gap = text[first.end : t.start]
        if _count_tokens(gap) > 6 or any(first.end <= f.number_start < t.start for f in figures):
            return None
        if rules.clause_break is not None and rules.clause_break.search(gap):
            return None
        if not rules.second_joiner.search(gap):
            return None
        return t
    return None


def _place_compatible(a: Place | None, b: Place | None) -> bool:
    if a is None or b is None:
        return True
    if a.country and b.country and a.country != b.country:
        return False
    if a.name and b.name and a.name != b.name:
        return False
    return not (a.area and b.area and a.area != b.area)


def _better_place(a: Place | None, b: Place | None) -> Place | None:
    def rank(p):
        return (p is not None and bool(p.name), p is not None and bool(p.area)) if p else (False, False)

    return a if rank(a) >= rank(b) else b


def merge_mentions(mentions: list[_Mention]) -> list[Fact]:
    """Mentions of one fact (same measure, value, compatible place and dates) become one fact."""
    merged: list[_Mention] = []
    for m in mentions:
        target = None
        for k in merged:
            a, b = k.fact, m.fact
            if a.measure != b.measure or a.value != b.value or a.unit != b.unit:
                continue
            if not _place_compatible(a.place, b.place):
                continue
            same_dates = (a.start, a.end) == (b.start, b.end)
            if not (same_dates or not k.explicit_date or not m.explicit_date):
                continue
            target = k
            break
        if target is None:
            merged.append(_Mention(m.fact.model_copy(deep=True), m.explicit_date))
            continue
        a, b = target.fact, m.fact
        keep_dates_from = b if (m.explicit_date and not target.explicit_date) else a
        a.evidence = a.evidence + [e for e in b.evidence if e not in a.evidence]
        a.start, a.end = keep_dates_from.start, keep_dates_from.end
        a.place = _better_place(a.place, b.place)
        if a.place is not None and a.place.name:
            a.flags = [f for f in a.flags if f != "place_unresolved"]
        a.source = a.source or b.source
        a.source_kind = a.source_kind or b.source_kind
        if a.qualifier == "exact" and b.qualifier != "exact":
            a.qualifier, a.low, a.high = b.qualifier, b.low, b.high
        a.confidence = round(min(0.99, max(a.confidence, b.confidence) + 0.03), 3)
        a.flags = sorted(
            set(a.flags) | (set(b.flags) - {"place_unresolved"} if a.place and a.place.name else set(b.flags))
        )
        target.explicit_date = target.explicit_date or m.explicit_date
    return [m.fact for m in merged]


def extract(
    doc_id: str,
    text: str,
    pack: LanguagePack,
    lang: str | None,
    published: date | None,
    settings: ExtractSettings,
) -> list[Fact]:
    """All facts of one text; a failing sentence is logged and skipped, never raised."""
    if not text or not text.strip():
        return []
    text = text[: settings.max_document_chars]
    original, kept = text, None
    if _MARKS_RE.search(text):
        # Arabic short vowels and tatweel ("أُجْلِيَ", "نــزح") would split words for every
        # pattern: read the text without them, then point evidence back into the original.
        kept = [i for i, ch in enumerate(text) if not _MARKS_RE.match(ch)]
        text = "".join(text[i] for i in kept)
    rules = rules_for(pack)
    sentences = split_sentences(text, pack, settings.max_sentence_chars)
    places = _place_context(text, pack)
    docd = _doc_dates(text, pack, published)
    mentions: list[_Mention] = []
    prev = None
    for sent in sentences:
        try:
            mentions.extend(
                extract_sentence_facts(doc_id, lang, text, sent, prev, pack, rules, docd, places, settings)
            )
        except Exception:  # noqa: BLE001 - one bad sentence must not lose the document
            log.exception("extraction failed on sentence at %d in %s", sent.start, doc_id)
        prev = sent
    facts = merge_mentions(mentions)
    if kept is not None:
        for f in facts:
            f.evidence = [_remap(e, kept, original) for e in f.evidence]
    return [f for f in facts if f.confidence >= settings.min_confidence]


_MARKS_RE = re.compile("[\u064b-\u0652\u0640]")


def _remap(ev: Evidence, kept: list[int], original: str) -> Evidence:
    """Evidence offsets in the text read without marks, moved back into the original."""
    if not kept or ev.end <= ev.start:
        return ev
    start = kept[min(ev.start, len(kept) - 1)]
    end = kept[min(ev.end, len(kept)) - 1] + 1
    return Evidence(text=original[start:end], start=start, end=end)
