"""What a figure counts and which reporting term governs it.

For one sentence: the reporting terms, casualty words and soft blockers in it (`find_triggers`),
the noun phrase after a figure (`noun_phrase`: people, households, families, homes, a bare figure,
or not people at all), the governing term (`choose_trigger`, `linked_choice`: the nearest term in
the clause, a predicate after the noun phrase winning over a modifier inside it) and a second
measure of the same people ("left homeless and are now sheltering"). Pure functions of the
sentence text and the compiled rules; nothing here names a language.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType

import simplemma

from uprooted.extract.prefilter import (
    Prefilter,
    _safe_text,
    literal_table,
    required_literals,
    universe,
    with_first_chars,
)
from uprooted.extract.rules import FOOTNOTE_RE, _count_between, _count_tokens, _Rules, _tokens
from uprooted.models import HOME_MEASURES


@dataclass(frozen=True)
class _Trigger:
    start: int
    end: int
    term: str
    measure: str
    kind: str  # "trigger" | "casualty" | "soft"


def find_triggers(text: str, rules: _Rules) -> list[_Trigger]:
    """Every reporting term, casualty word and soft blocker in a sentence; longest wins overlaps."""
    found: list[_Trigger] = []
    lits = _trigger_literals(rules)
    pre = Prefilter(text, lits.universe)  # a pattern none of whose literals is in the text is not run
    for i in _to_run(pre, lits.trigger_index, len(rules.triggers)):
        _, term, measure = rules.triggers[i]
        for m in lits.fast[i].finditer(text):
            if m.end() > m.start():
                found.append(_Trigger(m.start(), m.end(), term, measure, "trigger"))
    if rules.footnote_triggers and FOOTNOTE_RE.search(text):
        for pattern, term, measure in rules.footnote_triggers:
            for m in pattern.finditer(text):
                if m.end() > m.start():
                    found.append(_Trigger(m.start(), m.end(), term, measure, "trigger"))
    for i in _to_run(pre, lits.glued_index, len(rules.glued_triggers)):
        _, term, measure = rules.glued_triggers[i]
        for m in lits.glued_fast[i].finditer(text):
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
    if rules.lemma_terms:
        seen = lits.lemma_hits  # a word's reading is the same in every sentence
        if len(seen) > 1 << 16:
            seen.clear()
        for tok in _WORD_RE.finditer(text):
            word = tok.group()
            hit = seen.get(word, _UNSEEN)
            if hit is _UNSEEN:
                hit = seen[word] = _lemma_term(word, rules)
            if hit is not None:
                found.append(_Trigger(tok.start(), tok.end(), hit[0], hit[1], "trigger"))
    for pattern, kind, need in ((rules.casualty, "casualty", lits.casualty), (rules.soft, "soft", lits.soft)):
        if pattern is None or not pre.may_match(need):
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


@dataclass(frozen=True)
class _TriggerLiterals:
    """Per pattern of a pack's rules, the literals one of which any match holds (prefilter)."""

    rules: _Rules
    triggers: tuple
    glued: tuple
    casualty: frozenset[str] | None
    soft: frozenset[str] | None
    universe: frozenset[str]
    fast: tuple = ()  # the same patterns behind a look-ahead for their first characters
    glued_fast: tuple = ()
    lemma_hits: dict = field(default_factory=dict, compare=False)
    trigger_index: tuple = ((), {})  # `_literal_index` of `triggers`
    glued_index: tuple = ((), {})


def _literal_index(table: tuple) -> tuple[tuple[int, ...], dict[str, tuple[int, ...]]]:
    """(the patterns with no known literals, the patterns holding each literal) of a table of
    `required_literals`, so that a text's literals name the patterns to run at once."""
    always = tuple(i for i, lits in enumerate(table) if lits is None)
    holding: dict[str, list[int]] = {}
    for i, lits in enumerate(table):
        for s in lits or ():
            holding.setdefault(s, []).append(i)
    return always, {s: tuple(ids) for s, ids in holding.items()}


def _to_run(pre: Prefilter, index: tuple, n: int):
    """The patterns `pre.may_match` lets run, in table order: each pattern with no known
    literals, and each holding a literal present in the text."""
    if pre.present is None:
        return range(n)
    always, holding = index
    run = set(always)
    for s in pre.present:
        run.update(holding.get(s, ()))
    return sorted(run)


_UNSEEN = object()
_LITERALS: dict[int, _TriggerLiterals] = {}


def _trigger_literals(rules: _Rules) -> _TriggerLiterals:
    hit = _LITERALS.get(id(rules))
    if hit is None or hit.rules is not rules:
        triggers = literal_table(p for p, _, _ in rules.triggers)
        glued = literal_table(p for p, _, _ in rules.glued_triggers)
        casualty = required_literals(rules.casualty) if rules.casualty is not None else None
        soft = required_literals(rules.soft) if rules.soft is not None else None
        hit = _TriggerLiterals(
            rules,
            triggers,
            glued,
            casualty,
            soft,
            universe(triggers, glued, (casualty, soft)),
            tuple(with_first_chars(p) for p, _, _ in rules.triggers),
            tuple(with_first_chars(p) for p, _, _ in rules.glued_triggers),
            trigger_index=_literal_index(triggers),
            glued_index=_literal_index(glued),
        )
        _LITERALS[id(rules)] = hit
    return hit


# A whole word of letters: "evacuated3,080" (PDF glue) is no word to lemmatise.
_WORD_RE = re.compile(r"(?<!\w)[^\W\d_]+(?:-[^\W\d_]+)*(?!\w)")


@lru_cache(maxsize=65536)
def _lemma(word: str, langs: tuple[str, ...]) -> str:
    try:
        return simplemma.lemmatize(word, lang=langs if len(langs) > 1 else langs[0]).lower()
    except Exception:  # noqa: BLE001 - an unknown language code or a broken install: no lemma
        return word.lower()


def _lemma_term(word: str, rules: _Rules) -> tuple[str, str] | None:
    """(term, measure) of a word whose form or lemma is one of the pack's `lemma_terms`."""
    table = rules.lemma_terms
    if not table or len(word) < 4:
        return None
    hit = table.get(word.lower())
    if hit is None and rules.lemma_languages:
        hit = table.get(_lemma(word, rules.lemma_languages))
    return hit


@dataclass
class _NounPhrase:
    unit: str | None  # people | families | households | homes | None (bare figure)
    end: int  # where the noun phrase ends (after the noun, or the figure if bare)
    noun_start: int | None = None
    noun_text: str | None = None
    adjacent: bool = True
    restated: object = None  # the people figure of "100 families (400 people)"


_NOT_ABOUT_PEOPLE = "not_people"


def counts_no_homes(text: str, fig_end: int, rules: _Rules, window: int) -> bool:
    """Whether the figure ending at `fig_end` counts people, families or households, or stands
    bare: not "40 villages", "$2 million" (no people) nor "300 houses" (homes). `window`: the
    run's `ExtractSettings.noun_window`."""
    counted = noun_phrase(text, fig_end, rules, window, ())
    return isinstance(counted, _NounPhrase) and counted.unit != "homes"


def _noun_unit(token: str, rules: _Rules) -> str | None:
    base = token.rstrip("0123456789")
    if base != token and len(token) - len(base) <= 2 and len(base) >= 3 and base[-1].isalpha():
        token = base  # PDF glue of a footnote mark: "refugees2 were estimated"
    for form in _forms(token):
        for unit, pattern in rules.units:
            if pattern.fullmatch(form):
                return unit
        if rules.people is not None and rules.people.fullmatch(form):
            return "people"
    return None


def _forms(token: str) -> tuple[str, ...]:
    """A token and, for a hyphenated compound ("IS-krigere"), its head (the last part)."""
    if "." in token.strip("."):
        # PDF glue across a full stop: "centers.Local" is "centers"
        token = token.split(".", 1)[0]
    if "-" in token.strip("-"):
        return (token, token.rsplit("-", 1)[1], token.replace("-", ""))
    return (token,)


def _is_non_fact_noun(token: str, rules: _Rules) -> bool:
    token = token.rstrip("0123456789") or token  # PDF glue: "centres14 dead"
    return rules.non_fact_noun is not None and any(rules.non_fact_noun.fullmatch(f) for f in _forms(token))


def _is_participle(text: str, start: int, end: int, rules: _Rules) -> bool:
    """The token at start..end is a participle reporting term ("displaced", "evacuated")."""
    if rules.participle is None:
        return False
    m = rules.participle.match(text, start)
    return m is not None and m.end() >= end


def _glued_unit(token: str, rules: _Rules) -> str | None:
    """PDF text glues words ("peoplewere"): a known noun followed by a bare follower."""
    if len(token) < 7 or rules.bare_follower is None:
        return None
    for cut in range(3, len(token) - 1):
        unit = _noun_unit(token[:cut], rules)
        if unit and rules.bare_follower.fullmatch(token[cut:]):
            return unit
    return None


_NO_TERMS: Mapping[int, int] = MappingProxyType({})  # where each term starts and where it ends


def noun_phrase(
    text: str,
    fig_end: int,
    rules: _Rules,
    window: int,
    figures_after,
    trigger_starts: Mapping[int, int] = _NO_TERMS,
    prev_unit: str | None = None,
    phrase_starts=frozenset(),
) -> _NounPhrase | str:
    """What a figure counts: the noun after it, or nothing (a bare figure), or not people."""
    toks = [t for t in _tokens(text[fig_end : fig_end + 160])]
    if not toks:
        return _NounPhrase(None, fig_end)
    if (
        rules.tally_connector is not None
        and len(toks) > 1
        and rules.tally_connector.fullmatch(toks[0].text.lower())
        and any(f.number_start <= fig_end + toks[1].start < f.end for f in figures_after)
    ):
        # "mit 19 zu 14 Stimmen": a tally or ratio; neither side counts people
        return _NOT_ABOUT_PEOPLE
    unknown_first = False
    # Terms that open before the figure and run past it ("vendte 43.000 mennesker hjem",
    # returned home): a word inside such a term is part of the term, never the noun counted.
    wrapping = [(s, e) for s, e in trigger_starts.items() if s < fig_end < e]

    def in_term(start: int) -> bool:
        return any(s < start < e for s, e in wrapping)

    for i, tok in enumerate(toks[:window]):
        abs_start = fig_end + tok.start
        if tok.is_punct:
            break
        if any(f.number_start <= abs_start < f.end for f in figures_after):
            break
        low = tok.text.lower()
        if _is_non_fact_noun(low, rules):
            if abs_start in phrase_starts:
                # "7,7 millones de víctimas de desplazamiento forzado": the noun opens a
                # reporting term, so it names displaced people.
                return _NounPhrase("people", fig_end + tok.end, abs_start, tok.text, adjacent=i == 0)
            return _NOT_ABOUT_PEOPLE
        if (
            unknown_first
            and abs_start in trigger_starts
            and _is_participle(text, abs_start, fig_end + tok.end, rules)
        ):
            # "14 disasters displaced 17,000": the unknown word is what is counted; the
            # participle after it is the predicate, not a people noun.
            return _NOT_ABOUT_PEOPLE
        if (
            rules.capitalised_nouns
            and tok.text[:1].islower()
            and rules.gap_word is not None
            and rules.gap_word.fullmatch(low)
            and i + 1 < len(toks)
            and not toks[i + 1].is_punct
        ):
            # German capitalises every noun, so a lower-case "minderjährige" or "vertriebene"
            # before a word is an adjective, not the people noun: "180 unbegleitete
            # minderjährige Flüchtlinge" counts the refugees.
            continue
        unit = _noun_unit(low, rules) or _noun_unit(tok.text, rules)
        if unit == "homes" and i > 0 and in_term(abs_start):
            # "kom 600 hjem igjen": the adverb of a return is no noun of the figure (a people
            # noun inside the term still is: "forced 40 indigenous families off their land")
            return _NounPhrase(None, fig_end)
        if unit:
            # "displaced households": a people word used as an adjective before a unit noun;
            # "families' homes": a possessive before the homes counted.
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if (
                unit == "people"
                and not rules.head_first_construct
                and nxt is not None
                and not nxt.is_punct
                and not (rules.capitalised_nouns and nxt.text[:1].islower())
                and _is_non_fact_noun(nxt.text.lower(), rules)
            ):
                # "one of the two IDP sites", "three refugee camps": a people word used as an
                # adjective before the places or things counted. Where every noun is
                # capitalised, a lower-case word after the people noun is its verb ("2.000
                # Menschen sitzen fest", "lagern am Bahnhof"), not a noun it qualifies.
                return _NOT_ABOUT_PEOPLE
            if nxt is not None and not nxt.is_punct:
                next_unit = None if in_term(fig_end + nxt.start) else _noun_unit(nxt.text.lower(), rules)
                if (
                    unit == "people"
                    and next_unit == "people"
                    and tok.text[:1].isupper()
                    and nxt.text[:1].islower()
                    and not rules.capitalised_nouns
                ):
                    # "8,500 Sudanese refugees", "2,000 Rohingya returnees": a group name
                    # before the people noun names who they are; the noun is the head
                    return _NounPhrase(
                        "people", fig_end + nxt.end, fig_end + nxt.start, nxt.text, adjacent=i == 0
                    )
                possessive = tok.text[-1:] in "'’" or tok.text.lower().endswith(("'s", "’s"))
                if (
                    next_unit
                    and next_unit != "people"
                    and (
                        (unit == "people" and not rules.closed_compounds)
                        or (possessive and next_unit == "homes")
                        # "40 family homes": a family word before the homes counted qualifies them
                        or (
                            unit in ("families", "households")
                            and next_unit == "homes"
                            and not rules.closed_compounds
                            and not rules.head_first_construct
                            and not rules.capitalised_nouns
                        )
                    )
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
            if nxt is not None and not nxt.is_punct and _is_non_fact_noun(nxt.text.lower(), rules):
                # "and 22 more flights were scheduled": things, not the people before
                return _NOT_ABOUT_PEOPLE
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
                # "7,300 collapsed houses" counts houses. A term of several words opening on a
                # word that may follow a bare figure (a verb) names no noun of the figure, nor do
                # the words after it: "3600 يقيمون في مدارس المدينة" (who live in the town's
                # schools) is bare; "4,100 asylum applications" still counts applications.
                term_end = trigger_starts.get(abs_start)
                if (
                    term_end is not None
                    and term_end > fig_end + tok.end
                    and rules.bare_follower is not None
                    and rules.bare_follower.fullmatch(low)
                ):
                    return _NounPhrase(None, fig_end)
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
            if (
                rules.capitalised_nouns
                and tok.text[:1].isupper()
                and not (rules.date_word is not None and rules.date_word.fullmatch(low))
            ):
                # German: every noun is capitalised, so "300 Polizisten" counts an unknown noun
                # (people only if a known people noun follows), never a bare figure.
                unknown_first = True
                continue
            if rules.bare_follower is not None and rules.bare_follower.fullmatch(low):
                nxt = toks[i + 1] if i + 1 < len(toks) else None
                if (
                    nxt is not None
                    and not nxt.is_punct
                    and _is_non_fact_noun(nxt.text.lower(), rules)
                    and fig_end + nxt.start not in trigger_starts
                ):
                    # "2,000 sleeping bags", "32,000 fishing boats", "four remaining camps": a
                    # word that may follow a bare figure is here the modifier of a thing counted
                    # (not where the thing is a term, a place of shelter after a preposition:
                    # "weitere 400 in Zelten", "1,000 in camps").
                    return _NOT_ABOUT_PEOPLE
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
            if unit2 == "people" and rules.people is not None and rules.people.fullmatch(nxt.text.lower()):
                # "10,000 sugar cane workers": two words describing the people counted
                return _NounPhrase(unit2, fig_end + nxt.end, fig_end + nxt.start, nxt.text, adjacent=False)
        break
    if unknown_first:
        return _NOT_ABOUT_PEOPLE
    return _NounPhrase(None, fig_end)


@dataclass
class _Choice:
    trigger: _Trigger
    distance: int
    crossed_figures: int
    relation: str  # "np" | "after" | "before"


_BREAK_LITERALS: dict[int, tuple] = {}


def _clause_breaks(gap: str, rules: _Rules) -> int:
    """`len(rules.clause_break.findall(gap))`, none at once where none of the pattern's literals
    is in the gap (prefilter.py): asked of the gap to every term within reach of every figure."""
    hit = _BREAK_LITERALS.get(id(rules))
    if hit is None or hit[0] is not rules:
        hit = _BREAK_LITERALS[id(rules)] = (rules, required_literals(rules.clause_break))
    lits = hit[1]
    if lits is not None and _safe_text(gap):
        low = gap.lower()
        if not any(s in low for s in lits):
            return 0
    return len(rules.clause_break.findall(gap))


def _day_between(text: str, lo: int, hi: int, rules: _Rules) -> bool:
    """Only a day and at most one word with it between a verb and its figure ("دمّر يوم الأحد
    1200 منزل", "destruyó el domingo 1.200 casas"): the verb still stands right before it."""
    if rules.date_word is None:
        return False
    words = re.findall(r"\w+", text[lo:hi])
    if not words or len(words) > 3:
        return False
    days = [w for w in words if rules.date_word.fullmatch(w)]
    return bool(days) and len(words) - len(days) <= 1


def choose_trigger(
    text: str,
    fig,
    np: _NounPhrase,
    triggers: list[_Trigger],
    figures,
    rules: _Rules,
    window: int,
    runs: BracketRuns | None = None,
) -> _Choice | None:
    """The reporting term governing a figure: nearest in the clause, predicates over modifiers.
    `runs`: `bracket_runs(text, figures, triggers)`, built here when not given (a caller reading
    every figure of a sentence builds them once)."""
    unit = np.unit or "people"
    candidates: list[tuple[float, _Choice]] = []
    # "destroyed 1,200 homes and damaged 3,400 others", "a détruit 1 200 maisons et endommagé
    # 3 400 autres": a term right before the figure governs it; a term after the noun phrase
    # that has a figure of its own starts the next clause, whatever the joining word.
    verb_before = any(
        t.kind == "trigger"
        and t.end <= fig.start
        and (t.measure in HOME_MEASURES) == (unit == "homes")
        and (_count_between(text, t.end, fig.start) <= 1 or _day_between(text, t.end, fig.start, rules))
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
            relation, gap_at = "np", None
        elif trig.start >= np.end:
            relation, gap_at = "after", (np.end, trig.start)
            if (
                rules.coordinator is not None
                and rules.coordinator.fullmatch(text[np.end : trig.start].strip())
                and _noun_unit(text[trig.start : trig.end].strip().lower(), rules) == "people"
            ):
                # "372,000 refugees and asylum seekers", "IDPs and returnees": a second people
                # noun joined to the figure's own is part of its noun phrase, not a predicate
                relation, gap_at = "np", None
        elif trig.end <= fig.start:
            relation, gap_at = "before", (trig.end, fig.start)
            if trig.measure == "sheltered" and _after_origin(text, trig, rules.shelter_origin):
                # "From camps in Duhok: 2,310 individuals": where people came from, not where
                # they are (the same test as for a place of shelter after the noun phrase)
                continue
        else:
            relation, gap_at = "np", None
        if gap_at and "|" in text[gap_at[0] : gap_at[1]]:
            continue  # "Returnees: 215,000 | IDPs: 1.1M": a bar closes a cell; a term beyond it is another's
        distance = _count_between(text, *gap_at) if gap_at else 0
        listed = None
        if relation == "before" and distance > 1:
            if runs is None:
                runs = bracket_runs(text, figures, triggers)
            listed = _bracket_list_first(text, fig, figures, trig.end, triggers, runs)
            if listed is not None:
                # "leben in Deutschland (1,2 Millionen), Polen (960.000) und Tschechien
                # (380.000)": figures in brackets after names share the term before the list,
                # as far from it as the list's first item
                distance = _count_between(text, trig.end, listed.start)
        if relation == "before" and distance > 1 and _day_between(text, trig.end, fig.start, rules):
            distance = 1  # "دمّر يوم الأحد 1200 منزل": a day between the verb and its figure
        if distance > window:
            continue  # every term below only adds to the score: it would exceed the window
        gap = text[gap_at[0] : gap_at[1]] if gap_at else ""
        lo, hi = (np.end, trig.start) if relation == "after" else (trig.end, fig.start)
        crossed_figs = [
            f
            for f in figures
            if f is not fig
            and lo <= f.number_start
            and f.number_end <= hi
            and not (
                relation == "after"
                and trig.kind == "trigger"
                and _coordinated_subject(text, np.end, f, trig.start, rules)
            )
            and not (trig.measure == "sheltered" and _shelters_counted_before(text, f, trig, triggers))
            # (an earlier item of the figure's list: from its first item on, before the figure)
            and not (listed is not None and listed.start <= f.start and f.end <= fig.start)
            and not (relation == "after" and _share_aside(text, np.end, f, trig.start))
        ]
        crossed = len(crossed_figs)
        breaks = _clause_breaks(gap, rules) if rules.clause_break and gap else 0
        if breaks and relation == "before" and _points_back(text, fig, rules):
            # "auf 28.000 gestiegen; im Vorjahr waren es 9.000": the copula with "es" counts
            # what the clause before counted, across the break
            breaks = 0
        score = distance + (1.5 if relation == "before" else 0) + 8 * crossed + 10 * breaks
        if relation == "after" and crossed_figs and (trig.measure != "sheltered" or breaks):
            # "depriving 822,000 people of services; over 2,200 schools have closed", "12 houses
            # broke and three houses completely collapsed": the term is the noun or the verb of
            # the figure right before it, which it counts (its noun: never this figure's term). A
            # shelter counted in the same clause is where the people are: "110,000 people in 130
            # reception centres".
            # (a figure in brackets restates this one: "36,089 (6,080) returnees")
            gaps = [_count_tokens(text[f.end : trig.start]) for f in crossed_figs if not _bracketed(text, f)]
            gap_other = min(gaps, default=99)
            if gap_other == 0:
                continue
            if any(
                part_of_group(text, f, figures, rules) and not aside_closed(text, f, trig.start)
                for f in crossed_figs
            ):
                # "affected 8,000 people, 3,500 of whom were evacuated", "av dei 3500 som måtte
                # evakuerast": the predicate in the part's own clause counts the part only
                continue
            if gap_other <= 2:
                score += 10
        if relation == "after" and _in_apposition(gap, text, trig):
            score += 8
        if trig.measure != "sheltered" and any(
            f is not fig and trig.start <= f.number_start and f.number_end <= trig.end for f in figures
        ):
            # "affected 1.16 million people and forced 17,000 to leave": a term that wraps
            # another figure ("forced X to leave") governs that figure, not this one (a shelter
            # term wraps a count of places instead: "staying in 224 temporary shelters").
            score += 10
        if relation == "after" and unit != "homes" and is_home and _has_own_object(text, trig, rules):
            score += 10  # "evicted 1,000 families and destroyed many houses": houses are its object
        if relation == "after" and _starts_own_phrase(gap, text, trig, figures, rules):
            score += 10  # "destroyed 10 houses and damaged 200 others": "damaged" has its own figure
        elif (
            relation == "after"
            and verb_before
            and any(
                f is not fig
                and f.start >= trig.end
                and _count_between(text, trig.end, f.start) <= 1
                and not re.search(r"[,;:]", text[trig.end : f.start])  # "died, two of them ...": apposition
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
    if best.relation == "before" and re.search(r"[,;:]", text[best.trigger.end : fig.start]):
        best = _own_clause_predicate(text, fig, np, best, candidates, figures, rules)
    if best.relation == "before" and np.noun_start is None and best.trigger.kind == "trigger":
        best = _shared_predicate(text, fig, best, triggers, figures, rules, window)
    if (
        best.relation == "before"
        and rules.subgroup is not None
        and re.search(r"[,;:(]", text[best.trigger.end : fig.start])
        and rules.subgroup.search(text, best.trigger.end, fig.end)
    ):
        # "2,150 IDPs live in collective centres, out of 182,000 IDPs registered": a figure set
        # off as the whole or a part of another group is what its own noun names
        own = next((c for _s, c in candidates if c.relation == "np" and c.trigger.kind == "trigger"), None)
        if own is not None:
            best = own
    if best.relation == "np":
        # "1,100 displaced families stayed in shelters": the predicate after the noun phrase
        # says what is counted now; a soft blocker ("displaced people in need") does not.
        predicates = [
            (s, c)
            for s, c in candidates
            if c.relation == "after" and c.crossed_figures == 0 and c.distance <= 10 and s < 10
        ]
        if best.trigger.start < fig.start:
            # "لا يزال 700 ألف منهم نازحين في المخيمات": a term spanning the figure holds its verb;
            # it is the predicate already, and a place of stay after it does not recount them.
            # Nor does a term that starts inside it ("bad 70 bebuarar om å forlate heimane sine":
            # the order spans the figure; "forlate heimane" is its own verb, not a second predicate).
            predicates = [
                (s, c)
                for s, c in predicates
                if c.trigger.measure != "sheltered" and c.trigger.start >= best.trigger.end
            ]
        if rules.subgroup is not None:
            # "8,500 refugees, including new arrivals fleeing ...": a term after "including",
            # "among them" names a part of the people counted, not what the noun's people are
            # (a predicate past the comma closing that part is the main clause's again)
            predicates = [
                (s, c) for s, c in predicates if not _in_subgroup(text, np.end, c.trigger.start, rules)
            ]
        # "the repatriation of 240 refugees from the camp": where they came from, not where they
        # are now
        predicates = [
            (s, c)
            for s, c in predicates
            if not (c.trigger.measure == "sheltered" and _after_origin(text, c.trigger, rules.shelter_origin))
        ]
        if predicates:
            pred = predicates[0][1]
            if pred.trigger.kind == "trigger" or pred.trigger.kind == "casualty":
                best = pred
        elif (
            best.trigger.kind == "trigger"
            and best.trigger.measure == "displaced"
            and best.trigger.start >= fig.start  # a term spanning the figure holds its own verb
        ):
            # "the camp hosts 10,000 IDPs", "ويؤوي مخيم ... 10 آلاف نازح", "the return of 3,000
            # refugees": the noun says who the people are; a verb or head noun before the figure
            # in the same clause says what they are counted as now.
            governing = _governing_before(text, fig, candidates, rules, figures)
            if governing is not None:
                best = governing
    if (
        best.relation == "after"
        and rules.subgroup is not None
        and _in_subgroup(text, np.end, best.trigger.start, rules)
        and not any(np.end <= f.number_start < best.trigger.start for f in figures)
    ):
        # "3.600 Vertriebene, die Hälfte davon in Privatquartieren", "40,000 refugees, half of
        # them in camps": the predicate inside a part with no figure of its own counts that
        # part; the figure is the group its own noun names ("4,000 refugees, including children
        # ..., are sheltering": the predicate after the part's comma is the whole's).
        own = next((c for _s, c in candidates if c.relation == "np" and c.trigger.kind == "trigger"), None)
        if own is not None:
            best = own
    if best.relation == "after" and best.trigger.kind == "trigger" and _is_modifier(text, np, best, rules):
        # "9,000 people displaced from Mosul have since returned", "som flyktet ..., har vendt
        # tilbake": the term describes the people; the main clause's predicate counts them now.
        modifier = best
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
            word_at = t.start + len(text[t.start : t.end]) - len(text[t.start : t.end].lstrip())
            dest = rules.destination.search(text, 0, word_at) if rules.destination is not None else None
            if t.measure == "sheltered" and dest is not None and dest.end() == word_at:
                # "displaced from Mosul to camps ... returned home": where the modifier took
                # them, not the predicate of the main clause.
                continue
            best = c
            break
        if best is modifier:
            # "centres provide shelter for 7,000 people displaced by the conflict": with no
            # predicate after the modifier, a governing term before the figure counts them.
            # A camp named before ("a camp with 50 people displaced in 2015") says where
            # they are, not what they are counted as.
            governing = _governing_before(text, fig, candidates, rules)
            if governing is not None and governing.trigger.term != "in_relief_camp":
                best = governing
    if best.trigger.kind == "soft" and rules.restatement is not None:
        # "99.475 los damnificados, es decir, las personas que han perdido su vivienda": the
        # text itself says the affected lost their homes.
        defined = _defined_as(text, best.trigger, triggers, figures, rules)
        if defined is not None:
            best = _Choice(defined, best.distance, best.crossed_figures, best.relation)
    if best.trigger.kind == "trigger" and best.trigger.term == "left_camp":
        # "left the camps and are headed home": leaving a camp to go home is a return.
        for _, c in candidates:
            t = c.trigger
            between = text[best.trigger.end : t.start]
            if (
                t.kind == "trigger"
                and t.measure == "returned"
                and t.start > best.trigger.end
                and _count_tokens(between) <= 10
                and not (rules.clause_break is not None and rules.clause_break.search(between))
            ):
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
                and not _after_origin(text, t, rules.shelter_origin)
                # ("staying in youth centres and tents": a second place joined to the one the
                # term names already is another place of stay, not the first one made specific)
                and not (
                    rules.coordinator is not None
                    and rules.coordinator.fullmatch(text[best.trigger.end : t.start].strip())
                )
            ):
                best = c
                break
        if best.trigger.term == "remaining":
            # "Im Flüchtlingslager Idomeni harren 10.000 Menschen aus", "in the camps, 5,000
            # remain": staying on in a shelter named at the head of the clause is being sheltered.
            for _, c in candidates:
                t = c.trigger
                gap = text[t.end : best.trigger.start]
                if (
                    t.kind == "trigger"
                    and t.measure == "sheltered"
                    and t.end <= best.trigger.start
                    and t.end <= fig.start
                    and _count_tokens(gap) <= 6
                    and not re.search(r"[.;:!?()]", gap)
                    and not (rules.clause_break is not None and rules.clause_break.search(gap))
                    and not any(t.end <= f.number_start < fig.start for f in figures if f is not fig)
                ):
                    best = c
                    break
    return best


def _shelters_counted_before(text: str, f, trig, triggers) -> bool:
    """A figure right before a place of shelter counts the shelters ("in 230 Unterkünften
    untergebracht"): no figure the shelter predicate after that place crosses. The place noun
    itself stays that figure's ("displaced at 501 evacuation centres", "48,769 out-of-camp
    refugees"). Not one ("in ein neues Quartier gebracht"): an article, most often."""
    if f.value < 2:
        return False
    return any(
        t.kind == "trigger"
        and t.measure == "sheltered"
        and t.start >= f.end
        and t.end <= trig.start
        and _count_between(text, f.end, t.start) <= 1
        for t in triggers
    )


def _points_back(text: str, fig, rules: _Rules) -> bool:
    """A demonstrative or "waren es" right before the figure: it counts the group named before."""
    return (
        rules.anaphora is not None
        and rules.anaphora.search(text, max(0, fig.start - 40), fig.start) is not None
    )


def _shared_predicate(
    text: str, fig, best: _Choice, triggers, figures, rules: _Rules, window: int
) -> _Choice:
    """A bare figure after another one whose noun is its nearest term ("übernachteten 800
    Flüchtlinge, am Vortag waren es 1.500", "schliefen 1.300 Menschen in Hallen, weitere 900 in
    Zelten"): the elliptic clause repeats the whole reading of the figure before, so the predicate
    that governs that figure governs this one, not the noun alone (which names who they are,
    "refugees", and would make a stock in a shelter a displacement)."""
    owner = next(
        (
            f
            for f in reversed(figures)
            if f is not fig
            and f.end <= best.trigger.start
            and f.number_end <= fig.start
            and _count_between(text, f.end, best.trigger.start) == 0
        ),
        None,
    )
    if owner is None:
        return best
    owner_np = _NounPhrase(
        "people", best.trigger.end, best.trigger.start, text[best.trigger.start : best.trigger.end]
    )
    # (the figure itself is left out: the owner's reading is read as if this one were not there)
    others = [f for f in figures if f is not fig]
    theirs = choose_trigger(text, owner, owner_np, triggers, others, rules, window)
    if (
        theirs is None
        or theirs.relation == "np"
        or theirs.trigger.kind != "trigger"
        or theirs.trigger.measure == best.trigger.measure
        or theirs.trigger.measure in HOME_MEASURES
    ):
        return best
    return _Choice(theirs.trigger, best.distance, best.crossed_figures, "before")


def _own_clause_predicate(text: str, fig, np: _NounPhrase, best: _Choice, candidates, figures, rules: _Rules):
    """For a figure after a comma whose best term is in the clause before: the predicate of the
    figure's own clause where the figure opens one, as a part of the group before ("1.700
    Häuser beschädigt, 60 davon wurden zerstört", "10,000 fled, 3,000 of whom are in camps") or
    beside a term that has a figure of its own ("20 Häuser evakuieren, 85 Bewohner wurden in
    einer Turnhalle untergebracht"). With no predicate of its own ("3.000 in Passau, 2.000 in
    Deggendorf") the figure shares the term before."""
    part_of = rules.partitive_after is not None and rules.partitive_after.match(text, fig.end)
    bound = any(
        f is not fig and f.end <= best.trigger.start and _count_between(text, f.end, best.trigger.start) <= 2
        for f in figures
    )
    if not (part_of or bound):
        return best
    for _s, c in candidates:
        if (
            c.relation == "after"
            and c.trigger.kind == "trigger"
            and not c.crossed_figures
            and c.distance <= 6
            and not re.search(r"[,;:]", text[np.end : c.trigger.start])
        ):
            return c
    return best


_LIST_ITEM_GAP = re.compile(r"\s*\)\s*[,;]?\s*(?:[^\W\d_][\w.'’-]*\s+){1,4}\(\s*$")


def _bracket_list_first(text: str, fig, figures, after: int, triggers, runs: BracketRuns):
    """The first earlier item of a list of figures in brackets after names that `fig` closes
    ("Deutschland (1,2 Millionen), Polen (960.000) und Tschechien (380.000)"), after `after`;
    None when `fig` is no such item or opens the list. A term between two items ends the list:
    "destroyed (4,000) or damaged (5,000)" are two terms' figures. `runs`: `bracket_runs` of
    the sentence's `figures` and `triggers`."""
    if not _bracketed(text, fig) or not text[fig.number_end : fig.number_end + 3].lstrip().startswith(")"):
        return None
    at = runs.index.get(id(fig))
    if at is None or runs.order[at] is not fig:
        chain = _bracket_chain(text, fig, figures, after, triggers)
        return chain[0] if chain else None
    # the chain is the run of linked figures before `fig`, cut at the first starting before `after`
    first = max(runs.run_start[at], bisect_left(runs.starts, after))
    return runs.order[first] if first < at else None


def _bracket_link(text: str, f, cur, term_between) -> bool:
    """`f` is the list item right before `cur`: bracketed, a name between, and no term between
    (`term_between(a, b)`: a term lies inside text[a:b])."""
    return bool(
        _bracketed(text, f)
        and _LIST_ITEM_GAP.fullmatch(text[f.number_end : cur.start])
        and not term_between(f.number_end, cur.start)
    )


def _bracket_chain(text: str, fig, figures, after: int, triggers) -> list:
    """`_bracket_list_before` read item by item (quadratic over a sentence's figures: kept for
    figures that overlap, where the runs of `_bracket_runs` do not apply)."""

    def term_between(a: int, b: int) -> bool:
        return any(a <= t.start and t.end <= b for t in triggers)

    chain: list = []
    cur = fig
    for f in sorted((g for g in figures if g.end <= fig.start and g.start >= after), key=lambda g: -g.start):
        if not _bracket_link(text, f, cur, term_between):
            break
        chain.append(f)
        cur = f
    return chain[::-1]


@dataclass(frozen=True)
class BracketRuns:
    """A sentence's figures in order, each with the first figure of the run of list items that
    ends at it, so that each figure's list is found in one step, not by reading every figure
    before it (quadratic in a table of thousands of bracketed figures)."""

    order: list  # empty: the figures overlap or share a start (items are then read one by one)
    starts: list[int]
    index: dict[int, int]  # id(figure) -> position in `order`
    run_start: list[int]


def bracket_runs(text: str, figures, triggers) -> BracketRuns:
    """The runs of list items among a sentence's `figures` (built once per sentence by the
    caller of `choose_trigger`); no runs when figures overlap or share a start."""
    order = sorted(figures, key=lambda g: g.start)
    if any(g.start >= g.end for g in order) or any(
        a.end > b.start for a, b in zip(order, order[1:], strict=False)
    ):
        return BracketRuns([], [], {}, [])
    # a term inside a gap [a, b]: the least end of the terms starting at a or later is <= b
    spans = sorted((t.start, t.end) for t in triggers)
    t_starts = [a for a, _ in spans]
    least_end = [0] * (len(spans) + 1)
    least_end[-1] = len(text) + 1
    for k in range(len(spans) - 1, -1, -1):
        least_end[k] = min(spans[k][1], least_end[k + 1])

    def term_between(a: int, b: int) -> bool:
        return least_end[bisect_left(t_starts, a)] <= b

    run_start = [0] * len(order)
    for k in range(1, len(order)):
        linked = _bracket_link(text, order[k - 1], order[k], term_between)
        run_start[k] = run_start[k - 1] if linked else k
    return BracketRuns(order, [g.start for g in order], {id(g): k for k, g in enumerate(order)}, run_start)


def _bracketed(text: str, fig) -> bool:
    """A figure opening a bracket: "36,089 (6,080) returnees", "100 families (500 people)"."""
    return text[max(0, fig.start - 2) : fig.start].rstrip().endswith("(")


# Punctuation closing an aside ("52,000 people, thousands of them children, were evacuated"),
# of the Latin and the Arabic scripts
_ASIDE_CLOSE = re.compile(r"[,;)\]–—،؛]")


def part_of_group(text: str, fig, figures, rules: _Rules) -> bool:
    """A figure counting a part of a group counted before it in the sentence: a partitive right
    after it ("thousands of them", "2.000 de ellas", "60 davon", "3000 av dem") or a subgroup word
    right before it ("including 4,000", "dont 3 000", "darunter", "hvorav", "بينهم"). The pack's
    words say which; with no figure before it there is no group it is a part of."""
    if not any(o.end <= fig.start for o in figures if o is not fig):
        return False
    if rules.partitive_after is not None and rules.partitive_after.match(text, fig.end):
        return True
    if rules.subgroup is not None:
        for m in rules.subgroup.finditer(text, max(0, fig.start - 40), fig.start):
            gap = text[m.end() : fig.start]
            if _count_tokens(gap) <= 2 and not re.search(r"[,;:.()]", gap):
                # "300 out of the 1,000", "1.377 av dei 1.571": a figure right before the word
                # is the part, and this one the whole it is taken of
                return not any(o.end <= m.start() and not text[o.end : m.start()].strip() for o in figures)
    return False


def aside_closed(text: str, part, at: int, end: int | None = None) -> bool:
    """Punctuation between a part figure and a term (at `at`, ending at `end`) on either side of
    it: the aside naming the part ended, so the term is not the part's own predicate ("affected,
    thousands of them children, and were evacuated"), as it is in "of whom 3,500 are displaced"."""
    between = text[end if end is not None else at : part.start] if part.start >= at else text[part.end : at]
    # a restatement in brackets inside the part's noun phrase closes nothing: "of which 2,315
    # individuals (463 households) are displaced"
    return _ASIDE_CLOSE.search(re.sub(r"\([^()]*\)", "", between)) is not None


def _share_aside(text: str, np_end: int, f, at: int) -> bool:
    """A percentage in an aside opened right after the noun phrase and closed before the term
    at `at`: the share the figure is of a whole ("1.7 million people, or 75 percent of the
    population, have been displaced", "(75% of the population)"), not a figure of its own."""
    return (
        f.kind == "percent"
        and re.fullmatch(r"\s*[,(]\s*(?:\w+\s+){0,2}", text[np_end : f.start]) is not None
        and re.search(r"[,)]", text[f.end : at]) is not None
    )


def _in_subgroup(text: str, lo: int, at: int, rules: _Rules) -> bool:
    """A subgroup word ("including", "among them") between `lo` and `at` with no comma or
    clause end after it: `at` is inside the part it names."""
    ends = [m.end() for m in rules.subgroup.finditer(text, lo, at)]
    return bool(ends) and not re.search(r"[,;:()]", text[ends[-1] : at])


def _after_origin(text: str, trig: _Trigger, pattern: re.Pattern | None) -> bool:
    """A term right after an origin preposition ("from the camps"): where people came from."""
    if pattern is None:
        return False
    word_at = trig.start + len(text[trig.start : trig.end]) - len(text[trig.start : trig.end].lstrip())
    return pattern.search(text, max(0, word_at - 40), word_at) is not None


def _coordinated_subject(text: str, np_end: int, other, trig_start: int, rules: _Rules) -> bool:
    """A second figure joined to the first by "and", sharing its predicate: "1.816 Flüchtlinge
    und 205 Asylwerber waren anwesend", "400 refugees and 7 asylum seekers stayed there"."""
    if rules.coordinator is None or not rules.coordinator.fullmatch(text[np_end : other.start].strip(" ,")):
        return False
    if rules.partitive_after is not None and rules.partitive_after.match(text, other.end):
        return False  # "8000 personar, og 3500 av dei måtte evakuerast": a part, not a second subject
    rest = text[other.end : trig_start]  # the second figure's noun, then the shared predicate
    return not re.search(r"[,;:()–—]", rest) and 1 <= _count_tokens(rest) <= 3


def _defined_as(text: str, soft: _Trigger, triggers, figures, rules: _Rules) -> _Trigger | None:
    """A people term that restates a soft word right after it ("affected, that is, ...")."""
    m = rules.restatement.search(text, soft.end, soft.end + 20)
    if m is None or m.group(0) == "(" or _count_tokens(text[soft.end : m.start()]) > 1:
        return None
    for t in triggers:
        if t.start < m.end() or t.kind != "trigger":
            continue
        if t.measure in HOME_MEASURES or _count_tokens(text[m.end() : t.start]) > 8:
            return None
        if any(soft.end <= f.number_start < t.start for f in figures):
            return None
        return t
    return None


# How far before the figure a term may stand and still say what its own-term noun counts now.
_GOVERNING_REACH = {"sheltered": 6, "returned": 2, "remaining": 2}


def _coordinated_objects(text: str, trig: _Trigger, fig, figures, rules: _Rules) -> int | None:
    """Words from a term to the first of the figures it governs, where the figures before this
    one are joined to it by a coordinator ("repatriated 3,715 Burundian and 802 Rwandan
    refugees": 0 for 802); None where the figures between are not so joined."""
    between = sorted(
        (f for f in figures if f is not fig and trig.end <= f.number_start and f.end <= fig.start),
        key=lambda f: f.start,
    )
    if not between or rules.coordinator is None:
        return None
    for f, nxt in zip(between, [*between[1:], fig], strict=True):
        gap = text[f.end : nxt.start]
        # the first figure's own noun or adjective (at most two words), then "and" / "or" / ","
        words = _count_tokens(gap)
        if (
            words > 3
            or re.search(r"[;:()–—]", gap)
            or not (gap.rstrip().endswith(",") or rules.coordinator.search(gap))
        ):
            return None
    return _count_between(text, trig.end, between[0].start)


def _governing_before(text: str, fig, candidates, rules: _Rules, figures=()) -> _Choice | None:
    before = []
    for _, c in candidates:
        if c.relation != "before" or c.trigger.kind not in ("trigger", "casualty"):
            continue
        if c.crossed_figures:
            # a verb whose object is a list of figures governs each of them
            lead = _coordinated_objects(text, c.trigger, fig, figures, rules)
            if lead is None:
                continue
            c = _Choice(c.trigger, lead, 0, c.relation)
        before.append(c)
    if not before:
        return None
    nearest = min(before, key=lambda c: c.distance)
    reach = _GOVERNING_REACH.get(nearest.trigger.measure)
    if nearest.trigger.kind != "trigger" or reach is None or nearest.distance > reach:
        return None
    gap = text[nearest.trigger.end : fig.start]
    if rules.clause_break is not None and rules.clause_break.search(gap):
        return None
    if any(ch in gap for ch in ".;:"):
        return None
    if rules.subgroup is not None and rules.subgroup.search(text, nearest.trigger.end, fig.end):
        # "2,150 IDPs live in collective centres, out of 182,000 IDPs registered": a whole or a
        # part set off from the clause; the verb before is the other group's
        return None
    return nearest


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
        if trig.kind == "trigger" and trig.measure == "sheltered" and rules.origin is not None:
            # "the number of repatriated refugees from the camps stands at ...": where the
            # subject's people came from, not what they are counted as
            if _after_origin(text, trig, rules.origin):
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


def _postnominal_term(text: str, np: _NounPhrase, triggers: list[_Trigger], rules: _Rules, before: int):
    """A people term right after the counted noun that modifies it, a participle standing before
    the predicate at `before`: "2.000 vecinos desalojados el martes aún no han podido regresar",
    "2 500 habitants évacués lundi ne pourront pas regagner leur domicile" (languages that put
    participles after the noun)."""
    if np.unit is None or rules.participle is None:
        return None
    for t in triggers:
        if t.start < np.end or t.start >= before:
            continue
        if t.kind != "trigger" or t.measure in HOME_MEASURES or text[np.end : t.start].strip():
            return None
        m = rules.participle.match(text, t.start)
        return t if m is not None and m.end() >= t.end else None
    return None


def _has_own_object(text: str, trig: _Trigger, rules: _Rules) -> bool:
    """A home term followed by a homes noun of its own within two words ("destroyed many houses")."""
    for i, tok in enumerate(_tokens(text[trig.end : trig.end + 40])):
        if i >= 3 or tok.is_punct:
            return False
        if _noun_unit(tok.text.lower(), rules) == "homes":
            return True
    return False


def _starts_own_phrase(gap: str, text: str, trig: _Trigger, figures, rules: _Rules) -> bool:
    """A coordinated verb after the figure that governs a figure of its own."""
    joined = rules.coordinator is not None and rules.coordinator.match(gap.strip(" ,"))
    if not joined and not gap.strip(" ,") and rules.glued_coordinator is not None:
        # "مقتل 10 آلاف شخص وتشريد 3 ملايين": the "and" is written onto the term
        joined = rules.glued_coordinator.match(text, trig.start)
    if not joined:
        return False
    return any(0 <= f.start - trig.end <= 4 for f in figures)


def _is_modifier(text: str, np: _NounPhrase, choice: _Choice, rules: _Rules) -> bool:
    """A term right after the counted noun that modifies it: a participle or a relative clause."""
    trig = choice.trigger
    gap = text[np.end : trig.start]
    if rules.modifier_opener is not None and rules.modifier_opener.search(gap):
        return True
    if np.unit is None or gap.strip() or rules.participle is None or rules.participle_closes_clause:
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


_SECOND = {"displaced": ("sheltered", "returned"), "sheltered": ("displaced",)}


def _second_measure(text: str, fig, np: _NounPhrase, choice: _Choice, triggers, figures, rules: _Rules):
    """The same people under a second measure, joined by "and" or "after": "1,200 were left
    homeless and are now sheltering in churches", "sheltering in camps after fleeing"; or the term itself states both (`second_triggers`)."""
    if choice.trigger.kind != "trigger":
        return None
    first = choice.trigger
    for pattern, term, measure in rules.second_triggers:
        if measure != first.measure and pattern.fullmatch(text, first.start, first.end):
            return _Trigger(first.start, first.end, term, measure, "trigger")
    if rules.second_joiner is None:
        return None
    if first.measure == "sheltered" and choice.relation == "after":
        # "left 1,000 homeless and currently staying in churches": the counted noun is a
        # displacement term joined to the shelter predicate by "and"; both measures hold.
        own = _own_term(fig, np, triggers)
        gap = text[np.end : first.start]
        joined = rules.second_joiner.search(gap)
        if (
            own is not None
            and own.measure == "displaced"
            and joined is not None
            and not gap[: joined.start()].strip(" ,")
            and _count_tokens(gap) <= 10
            and not any(np.end <= f.number_start < first.start for f in figures)
            and not _joins_a_noun(gap[joined.end() :], rules)
        ):
            return own
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
        if not rules.second_joiner.search(gap) and not (gap.isspace() and t.measure == "sheltered"):
            # "forced 300,000 people into evacuation shelters": the place of shelter right
            # after the term is where the same people are now
            return None
        return t
    return None


def _joins_a_noun(rest: str, rules: _Rules) -> bool:
    """The joiner adds a second noun to the counted one ("refugees and migrants in camps"), not
    a second predicate: the people are one group under the shelter predicate."""
    m = re.match(r"\s*(\w+)", rest)
    if m is None:
        return False
    word = m.group(1).lower()
    return _noun_unit(word, rules) == "people" or (
        rules.migrant is not None and bool(rules.migrant.fullmatch(word))
    )


def count_predicate(text: str, fig, np: _NounPhrase, figures, rules: _Rules) -> tuple[bool, str | None]:
    """A predicate tying a figure to the noun before it ("the remaining population, which aid
    agencies estimated to number 750,000", "réfugiés, au nombre de 3 000"): whether one stands
    around the figure, and what that noun counts (a unit, "other" for a noun that is not people
    such as "fighters, numbering 300", None when no noun is found in the clause)."""
    if not rules.count_predicates:
        return False, None
    start = None
    for head, tail in rules.count_predicates:
        if tail is not None and not tail.match(text, np.end):
            continue
        if head is None:
            start = fig.start
            break
        # before the figure's qualifier, or before its number ("estimées à 15 000" is read as
        # a qualifier and a number)
        for end in dict.fromkeys((fig.start, fig.number_start)):
            m = head.search(text, max(0, end - 80), end)
            if m is not None:
                start = m.start()
                break
        if start is not None:
            break
    if start is None:
        return False, None
    return True, _noun_before(text, start, figures, rules)


def _noun_before(text: str, pos: int, figures, rules: _Rules) -> str | None:
    """The unit of the nearest people, family or home noun before `pos` in its clause ("other"
    where the clause names only nouns that are not people, "the fighters, numbering 300"); past a
    relative pronoun ("population, which aid agencies estimated"), the noun the relative clause
    describes."""
    lo = max(0, pos - 160)
    nearest: str | None = None
    words = 0
    toks = _tokens(text[lo:pos])
    for i in range(len(toks) - 1, -1, -1):
        tok = toks[i]
        at = lo + tok.start
        if tok.is_punct:
            if tok.text == ",":
                continue
            break
        if any(f.start <= at < f.end for f in figures):
            break
        words += 1
        if words > 14:
            break
        if rules.modifier_opener is not None and rules.modifier_opener.match(tok.text):
            for back in reversed(toks[max(0, i - 4) : i]):
                if back.is_punct:
                    if back.text == ",":
                        continue
                    break
                kind = _noun_kind(back.text, rules)
                if kind is not None:
                    return kind
            return nearest
        kind = _noun_kind(tok.text, rules)
        if kind is not None and kind != "other":
            return kind
        nearest = nearest or kind
    return nearest


def _noun_kind(token: str, rules: _Rules) -> str | None:
    unit = _noun_unit(token.lower(), rules) or _noun_unit(token, rules)
    if unit:
        return unit
    return "other" if _is_non_fact_noun(token.lower(), rules) else None
