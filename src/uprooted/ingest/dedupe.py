"""Near-duplicate documents: the same wire story re-published under another headline or footer.

Hand-written MinHash + LSH banding over word 5-shingles (datasketch is not a dependency, and
the whole thing is ~80 lines). Candidates from LSH are then checked exactly, with the overlap
coefficient |A∩B| / min(|A|,|B|) rather than Jaccard: outlets trim wire stories and add their
own headline and footer, which lowers Jaccard a lot on short stories but leaves the shorter
copy almost wholly inside the longer. A guard on the size ratio keeps a paragraph quoted in a
long analysis from counting as a copy. The same event told in other words shares few
5-word runs, so it stays apart. An update that changes a figure ("now 5,000 displaced") is new
information, not a copy: every number in the shorter text must appear in the longer one.
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict
from collections.abc import Sequence
from datetime import date

import numpy as np

from uprooted.models import Document

SHINGLE_WORDS = 5
NUM_PERMUTATIONS = 128
ROWS_PER_BAND = 3  # 42 bands of 3 rows: Jaccard 0.5 collides 99.6%, 0.3 68%, 0.02 noise 0.03%
MIN_SIZE_RATIO = 0.4  # the shorter copy keeps at least this share of the longer's shingles
_MERSENNE = np.uint64((1 << 61) - 1)
_RNG = np.random.default_rng(20170305)  # fixed: the same input gives the same answer, always
_A = _RNG.integers(1, (1 << 61) - 1, NUM_PERMUTATIONS, dtype=np.uint64)
_B = _RNG.integers(0, (1 << 61) - 1, NUM_PERMUTATIONS, dtype=np.uint64)
_MAX_HASH = np.uint64((1 << 32) - 1)
_WORD = re.compile(r"\w+", re.UNICODE)
_NUMBER = re.compile(r"\d[\d.,\u00a0\u202f ]*\d|\d")


def numbers(text: str) -> frozenset[str]:
    """The figures a text states, separators dropped ("45.000" and "45,000" are one). Years are
    left out: a copyright footer ("(c) 2017 Reuters") is not a new figure."""
    found = (re.sub(r"\D", "", n) for n in _NUMBER.findall(text))
    return frozenset(n for n in found if not (len(n) == 4 and n[:2] in ("19", "20")))


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[int]:
    """Hashes of every run of `size` words (casefolded); character runs for unspaced scripts."""
    words = _WORD.findall(text.casefold())
    if words and sum(map(len, words)) / len(words) > 12:  # Chinese, Japanese, Thai: few spaces
        joined = "".join(words)
        grams = [joined[i : i + 2 * size] for i in range(max(len(joined) - 2 * size + 1, 1))]
    elif len(words) < size:
        grams = [" ".join(words)] if words else []
    else:
        grams = [" ".join(words[i : i + size]) for i in range(len(words) - size + 1)]
    return {zlib.crc32(gram.encode("utf-8")) for gram in grams}


def minhash(hashes: set[int]) -> np.ndarray:
    """NUM_PERMUTATIONS minimum hash values of ((a*x + b) mod p) & (2^32-1), the scheme
    datasketch uses: a and b range over the whole field so the product wraps in uint64, which
    is what mixes the bits (kept small, a*x + b would be monotonic in x and every
    "permutation" would pick the same shingle)."""
    values = np.fromiter(hashes, dtype=np.uint64, count=len(hashes))
    return (((np.outer(values, _A) + _B) % _MERSENNE) & _MAX_HASH).min(axis=0)


def overlap(a: set[int], b: set[int]) -> float:
    """|A∩B| / min(|A|,|B|), or 0 when the sizes are too unequal to be copies of each other."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    if not small or len(small) < MIN_SIZE_RATIO * len(large):
        return 0.0
    return len(small & large) / len(small)


def _same_figures(a: set[int], figures_a: frozenset[str], b: set[int], figures_b: frozenset[str]) -> bool:
    """The shorter text states no figure the longer one lacks."""
    return figures_a <= figures_b if len(a) <= len(b) else figures_b <= figures_a


def near_duplicates(docs: Sequence[Document], threshold: float = 0.8) -> dict[str, str]:
    """{doc_id: the earlier doc_id it near-duplicates}. Earlier = published first (undated last),
    then input order; every copy points at the first of its group, never at another copy."""
    order = sorted(range(len(docs)), key=lambda i: (docs[i].published or date.max, i))
    rank = {i: position for position, i in enumerate(order)}
    buckets: dict[tuple[int, bytes], list[int]] = defaultdict(list)
    sets: dict[int, set[int]] = {}
    figures: dict[int, frozenset[str]] = {}
    by_hash: dict[str, int] = {}
    original_of: dict[int, int] = {}
    for i in order:
        doc = docs[i]
        exact = by_hash.get(doc.content_hash)
        if exact is not None:
            original_of[i] = original_of.get(exact, exact)
            continue
        by_hash[doc.content_hash] = i
        hashes = shingles(doc.text)
        if not hashes:
            continue
        sets[i] = hashes
        signature = minhash(hashes)
        keys = [
            (band, signature[band * ROWS_PER_BAND : (band + 1) * ROWS_PER_BAND].tobytes())
            for band in range(NUM_PERMUTATIONS // ROWS_PER_BAND)
        ]
        candidates = {j for key in keys for j in buckets.get(key, ())}
        best, best_score = None, 0.0
        for j in sorted(candidates, key=rank.__getitem__):  # ties go to the earliest
            score = overlap(hashes, sets[j])
            if score < threshold or score <= best_score:
                continue
            for k in (i, j):  # only pairs that pass get their figures compared
                if k not in figures:
                    figures[k] = numbers(docs[k].text)
            if _same_figures(hashes, figures[i], sets[j], figures[j]):
                best, best_score = j, score
        if best is not None:
            original_of[i] = original_of.get(best, best)
        for key in keys:
            buckets[key].append(i)
    return {
        docs[i].doc_id: docs[j].doc_id for i, j in original_of.items() if docs[i].doc_id != docs[j].doc_id
    }
