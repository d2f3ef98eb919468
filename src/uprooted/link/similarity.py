"""Batch similarities: content-word TF-IDF per language, character n-gram TF-IDF across languages,
and (when stored) multilingual sentence embeddings, each as a documents x documents cosine matrix.

TF-IDF is fitted on the documents being linked, so a word common in this batch (the outlet's
boilerplate, "said", "people") weighs little. Texts are case- and accent-folded; Arabic is
normalised (alef forms, ta marbuta, alef maqsura) and the article "ال" with its clitics is
stripped, so "العراق" and "والعراق" are one word. The headline and lead are read as lemmas
(simplemma, every language it knows), so "انسحابها" and "الانسحاب", "floods" and "flooded" meet.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import cache, lru_cache

import numpy as np
import simplemma

from uprooted.link.signals import fold
from uprooted.models import Document

WORD_CHARS = 4000
CHAR_CHARS = 1500
_ARABIC_TR = str.maketrans({"ة": "ه", "ى": "ي", "ـ": ""})
_ARABIC_ARTICLE = re.compile(r"\b(?:[وفبلك]?ال|لل)(?=\w{3,})")
_WORD = re.compile(r"(?u)\b[^\W\d_]{3,}\b")


def _normalise(text: str) -> str:
    folded = fold(text).translate(_ARABIC_TR)
    return _ARABIC_ARTICLE.sub("", folded)


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


_RAW_WORD = re.compile(r"(?u)\b[^\W\d_]{2,}\b")


@lru_cache(maxsize=200_000)
def _lemma(word: str, lang: str) -> str:
    try:
        return simplemma.lemmatize(word, lang=lang)
    except (ValueError, KeyError):  # a language simplemma does not know: the word itself
        return word


def lemmatised(text: str, lang: str | None) -> str:
    """The text's words as their dictionary forms (simplemma), then folded and normalised: "انسحابها"
    and "الانسحاب", "floods" and "flooded" count as one word. A language simplemma does not know
    keeps its words."""
    if not lang or lang not in _lemma_langs():
        return _normalise(text)
    return " ".join(_normalise(_lemma(w, lang)) for w in _RAW_WORD.findall(text))


@cache
def _lemma_langs() -> frozenset[str]:
    from simplemma.strategies.dictionaries.dictionary_factory import SUPPORTED_LANGUAGES

    return frozenset(SUPPORTED_LANGUAGES)


def _cosines(texts: list[str], **options) -> np.ndarray:
    from sklearn.feature_extraction.text import TfidfVectorizer

    n = len(texts)
    if n == 0:
        return np.zeros((0, 0), dtype=np.float32)
    if n >= 20:
        options.setdefault("max_df", 0.5)
    try:
        matrix = TfidfVectorizer(
            sublinear_tf=True, lowercase=False, dtype=np.float32, **options
        ).fit_transform(texts)
    except ValueError:  # nothing left to count (empty texts, or every term dropped)
        return np.zeros((n, n), dtype=np.float32)
    return (matrix @ matrix.T).toarray().astype(np.float32)


# The headline and the first sentences, read as lemmas. On the dev pairs (cross-validated linked
# F1 within a language without embeddings, mean of three fold draws, best threshold): 400
# characters 0.790, 500 0.814, 600 0.826, 700 0.798, 800 0.797, 1,000 0.771 (word forms at 600:
# 0.803; word forms at 400, before: 0.774).
LEAD_WORD_CHARS = 600


def _part(doc: Document, part: str) -> str:
    if part == "lead":  # the headline and first sentence or two: where a report names its event
        return " ".join(filter(None, [doc.title, doc.text[:LEAD_WORD_CHARS]]))
    return " ".join(filter(None, [doc.title, doc.text]))[:WORD_CHARS]


def normalised_texts(docs: Sequence[Document]) -> list[str]:
    """Each document's headline and text, folded and normalised once for every similarity."""
    return [_normalise(" ".join(filter(None, [d.title, d.text]))[:WORD_CHARS]) for d in docs]


def _word_text(doc: Document, part: str) -> str:
    # The headline and lead are short: a word's inflected forms ("انسحابها", "الانسحاب") would rarely
    # meet there, so they are read as lemmas. The whole text keeps its word forms (lemmas there
    # lowered the cross-validated F1 with embeddings).
    if part == "lead":
        return lemmatised(_part(doc, part), doc.lang)
    return _normalise(_part(doc, part))


def _by_language(docs: Sequence[Document]) -> list[list[int]]:
    """The documents' indexes, one list per language: the word signals compare within one."""
    groups: dict[str, list[int]] = defaultdict(list)
    for i, doc in enumerate(docs):
        groups[doc.lang or "?"].append(i)
    return list(groups.values())


def word_cosines(
    docs: Sequence[Document], part: str = "all", texts: Sequence[str] | None = None
) -> np.ndarray:
    """Content-word TF-IDF cosine within each language (0 across languages), over the whole
    text (`part="all"`, `texts` when given: `normalised_texts`) or the headline and lead
    (`part="lead"`, as lemmas)."""
    n = len(docs)
    out = np.zeros((n, n), dtype=np.float32)
    for members in _by_language(docs):
        if part == "all" and texts is not None:
            group_texts = [texts[i] for i in members]
        else:
            group_texts = [_word_text(docs[i], part) for i in members]
        sims = _cosines(group_texts, analyzer=_words)
        out[np.ix_(members, members)] = sims
    return out


def char_cosines(docs: Sequence[Document], texts: Sequence[str] | None = None) -> np.ndarray:
    """Character 3-5-gram TF-IDF cosine over every document, whatever its language."""
    if texts is None:
        texts = normalised_texts(docs)
    texts = [re.sub(r"\d+", " ", t[:CHAR_CHARS]) for t in texts]
    return _cosines(texts, analyzer="char_wb", ngram_range=(3, 5), min_df=1)


def embedding_cosines(vectors: Sequence[np.ndarray | None]) -> np.ndarray | None:
    """Cosine of stored unit vectors; None when any document has none."""
    if not vectors or any(v is None for v in vectors):
        return None
    matrix = np.stack([np.asarray(v, dtype=np.float32) for v in vectors])
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    matrix = matrix / np.where(norms == 0, 1, norms)
    return matrix @ matrix.T


def _headline(doc: Document) -> str:
    """The headline, or for a text without one its first sentence (at most 200 characters)."""
    if doc.title:
        return doc.title
    text = doc.text or ""
    found = re.match(r"(.{40,200}?[.!?])\s", text, flags=re.S)
    return found.group(1) if found else text[:150]


def headline_containment(docs: Sequence[Document], texts: Sequence[str] | None = None) -> np.ndarray:
    """How much of each report's headline the other report's text holds, IDF-weighted (the
    headline's word forms, IDF over the batch's texts of that language), the mean of the two
    directions; 0 across languages. A report of the same happening repeats what the other's headline
    says (the actor, the act, the place); a report of another happening in one storyline shares
    the storyline's words but not what this headline makes news of. Word forms, not lemmas (as
    lemmas, 0.810 / 0.839 within a language without / with embeddings, and four times slower).
    `texts`: `normalised_texts(docs)`, when already computed."""
    from sklearn.feature_extraction.text import CountVectorizer

    n = len(docs)
    out = np.zeros((n, n), dtype=np.float32)
    for members in _by_language(docs):
        if len(members) < 2:
            continue
        heads = [_normalise(_headline(docs[i])) for i in members]
        bodies = [texts[i] if texts is not None else _normalise(_part(docs[i], "all")) for i in members]
        vocabulary = CountVectorizer(analyzer=_words, binary=True).fit(heads + bodies)
        head, body = vocabulary.transform(heads), vocabulary.transform(bodies)
        df = np.asarray((head + body).astype(bool).sum(axis=0)).ravel()
        idf = np.log((len(members) + 1) / (df + 1))
        weighted = head.multiply(idf).tocsr()
        totals = np.asarray(weighted.sum(axis=1)).ravel()
        held = np.asarray((weighted @ body.T).todense(), dtype=np.float32)
        share = np.divide(held, totals[:, None], out=np.zeros_like(held), where=totals[:, None] > 0)
        out[np.ix_(members, members)] = (share + share.T) / 2
    return out
