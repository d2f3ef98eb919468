"""Who a sentence attributes its figures to: the source of a fact.

An organisation named near an attribution cue ("said", "according to"), canonicalised through
the pack's and the shared organisation names, or a headline prefix ("IOM: ..."), or a name an
attribution pattern captures. A primary source weighs more than media when figures are
reconciled, so this is kept apart from reading the figures themselves.
"""

from __future__ import annotations

import re

from uprooted.extract.prefilter import Prefilter, literal_table, universe
from uprooted.extract.rules import _Rules
from uprooted.lang.organisations import source_kind

_PREFIX_RE = re.compile(r"^\W{0,3}(?P<p>[^:\n]{2,60}?)\s*:\s")


def _organisation(name: str, rules: _Rules) -> str | None:
    """The canonical organisation `name` is, written whole, or None."""
    for pattern, canonical in rules.organisations:
        m = pattern.match(name)
        if m and m.end() == len(name):
            return canonical
    return None


_ORG_LITERALS: dict[int, tuple] = {}


def _organisation_literals(rules: _Rules) -> tuple[tuple, frozenset[str]]:
    """The literals of each organisation pattern of `rules`, and all of them (prefilter.py)."""
    hit = _ORG_LITERALS.get(id(rules))
    if hit is None or hit[0] is not rules:
        table = literal_table(p for p, _ in rules.organisations)
        hit = _ORG_LITERALS[id(rules)] = (rules, table, universe(table))
    return hit[1], hit[2]


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
    needs, every = _organisation_literals(rules)
    pre = Prefilter(text, every)  # an organisation none of whose literals is in the text is not sought
    for (pattern, canonical), need in zip(rules.organisations, needs, strict=True):
        if not pre.may_match(need):
            continue
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
