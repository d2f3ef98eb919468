"""What the fact model sees of one candidate: features of how the rules read a figure.

A candidate is a count figure with the measure the rules propose for it (the term governing it,
the noun it counts, the place, dates and source around it). Most features are the same in every
language because they name classes the packs define (displacement, return, shelter, evacuation
terms; casualty and soft words; negation, modality; a unit, a qualifier, a place, a source) or
plain geometry (distance from figure to term, other figures crossed, position in the sentence).
Beside them, a few lexical features: the words right around the figure and the term, prefixed
with the language, so a language's own cues count where the training data has them and weigh
nothing elsewhere.

`soft` names the rules that used to drop a figure outright (a blocked span, a non-fact word
before or after, a negated predicate, an evacuation of things, a casualty or soft word nearer
than the term): such figures are now candidates and the model weighs the reason.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

_WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if n <= edge:
            return str(edge)
    return f">{edges[-1]}"


def _near(pattern, text: str, lo: int, hi: int) -> bool:
    return pattern is not None and pattern.search(text, max(0, lo), max(0, min(len(text), hi))) is not None


@lru_cache(maxsize=256)
def _in_sentence(pattern, stext: str) -> bool:
    """Whether `pattern` matches anywhere in the sentence: the same answer for every figure of
    the sentence (and for a sentence repeated in a document), so asked once."""
    return pattern.search(stext) is not None


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD_RE.findall(text)]


def candidate_features(
    *,
    lang: str | None,
    stext: str,
    fig,
    np,
    choice,
    measure: str,
    term: str,
    unit: str,
    triggers,
    figures,
    rules,
    flags,
    place_how: str,
    source: str | None,
    soft: list[str],
    rivals: int,
    second: bool = False,
    unit_before: str | None = None,
) -> dict[str, float]:
    """Features of one candidate, as a sparse name -> value map."""
    lg = lang or "xx"
    trig = choice.trigger
    f: dict[str, float] = {"bias": 1.0}
    f[f"measure={measure}"] = 1.0
    f[f"term={term}"] = 1.0
    f[f"unit={unit}"] = 1.0
    f[f"np_unit={np.unit or 'bare'}"] = 1.0
    if np.unit is None and unit_before is not None:
        # "affected 2,000 people and forced 1,500 to leave": the noun of the figure before
        f[f"bare_after={unit_before}"] = 1.0
    if np.unit is not None and np.adjacent:
        f["noun_adjacent"] = 1.0
    f[f"relation={choice.relation}"] = 1.0
    f[f"distance={_bucket(choice.distance, (0, 1, 3, 6, 10, 15))}"] = 1.0
    f[f"relation_distance={choice.relation}:{_bucket(choice.distance, (1, 4, 10))}"] = 1.0
    if choice.crossed_figures:
        f["crossed_figures"] = 1.0
        f[f"crossed={min(choice.crossed_figures, 3)}"] = 1.0
    f[f"place={place_how or 'none'}"] = 1.0
    if source:
        f["source"] = 1.0
    f[f"qualifier={fig.qualifier}"] = 1.0
    for flag in flags:
        f[f"flag={flag}"] = 1.0
    for reason in soft:
        f[f"soft={reason}"] = 1.0
    if soft:
        f["soft_any"] = 1.0
    if second:
        f["second_measure"] = 1.0
    if rivals:
        f[f"rivals={min(rivals, 2)}"] = 1.0
    mag = int(math.log10(max(1, fig.value)))
    f[f"magnitude={min(mag, 7)}"] = 1.0
    if fig.value < 10:
        f["small"] = 1.0
    digits = str(int(fig.reported_value))
    if len(digits) >= 3 and digits.rstrip("0") and len(digits.rstrip("0")) <= 1:
        f["round_figure"] = 1.0
    n = max(1, len(stext))
    f[f"position={_bucket(int(4 * fig.start / n), (0, 1, 2))}"] = 1.0
    f[f"sentence_len={_bucket(len(stext), (80, 200, 400))}"] = 1.0
    # classes the pack names, near the figure (40 characters either side) or anywhere in it
    lo, hi = fig.start - 60, max(np.end, fig.end) + 40
    for name, pattern in (
        ("casualty", rules.casualty),
        ("soft_word", rules.soft),
        ("negation", rules.negation),
        ("hypothetical", rules.hypothetical),
        ("non_home", rules.non_home_evacuation),
        ("date_word", rules.date_word),
        ("country_scope", rules.country_scope),
        ("aid", getattr(rules, "aid", None)),
        ("health", getattr(rules, "health", None)),
        ("custody", getattr(rules, "custody", None)),
    ):
        if pattern is None:
            continue
        if _near(pattern, stext, lo, hi):
            f[f"near={name}"] = 1.0
        elif _in_sentence(pattern, stext):
            f[f"in_sentence={name}"] = 1.0
    measures = {t.measure for t in triggers if t.kind == "trigger"}
    if len(measures) > 1:
        f["several_measures"] = 1.0
    for other in sorted(measures - {measure}):
        f[f"also={other}"] = 1.0
    nfig = len(figures)
    f[f"figures={_bucket(nfig, (1, 2, 4, 8))}"] = 1.0
    # lexical context: the words either side of the figure and the term as written
    left = _words(stext[max(0, fig.start - 40) : fig.start])[-3:]
    right = _words(stext[np.end : np.end + 40])[:3]
    for i, w in enumerate(reversed(left)):
        f[f"w:{lg}:L{i}:{w}"] = 1.0
        f[f"w:{lg}:L:{w}"] = 1.0
    for i, w in enumerate(right):
        f[f"w:{lg}:R{i}:{w}"] = 1.0
        f[f"w:{lg}:R:{w}"] = 1.0
    if np.noun_text:
        for w in _words(np.noun_text)[:2]:
            f[f"w:{lg}:noun:{w}"] = 1.0
    for w in _words(stext[trig.start : trig.end])[:3]:
        f[f"w:{lg}:term:{w}"] = 1.0
    return f
