"""Sentence segmentation that keeps exact character offsets into the document text.

Hand-written rather than a library (pysbd, nltk punkt) because we need three things at once
that none offers together: offsets that always satisfy `text[start:end] == sentence`, the
pack's abbreviation list (no language named here), and news-layout rules: a line without final
punctuation is a headline and its own sentence, while a PDF-wrapped line that continues in
lower case is joined to the next.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from uprooted.lang.base import LanguagePack

_FINAL = ".!?…:;\"'”’»)]"
# A sentence end: terminal punctuation (plus closing quotes/brackets), then whitespace. Linear on
# any input: a match starts only at the first mark of a run (lookbehind) and the quantifiers are
# possessive, so a long run of "." or "!" without a space after it is scanned once, not once per
# character.
_END_RE = re.compile(r"(?<![.!?…])[.!?…]++[\"'”’»)\]]*+(?=\s)")
_WORD_BEFORE_RE = re.compile(r"(\S+)$")
_WORD_WINDOW = 100  # the word before a stop is looked for this far back: no abbreviation is longer
_INITIALS_RE = re.compile(r"^(?:\w\.)+$")
# Two or more spaces before a capital or a digit: a line break lost in conversion (bullet
# lists, "Henan Province  6 dead  800 people evacuated", a headline run into its body).
_LOOSE_RE = re.compile(r"(?<=[^\W\d_])[ \t]{2,}(?=[a-zæøåäöüéèàç])")
_GAP_RE = re.compile(r"(?<=\S)[ \t\u00a0]{2,}(?=[A-ZÀ-ÖØ-Þ0-9])")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    is_headline: bool = False


def _abbreviations(pack: LanguagePack | None) -> frozenset[str]:
    return frozenset(a.lower() for a in (pack.abbreviations if pack else ()))


def _month_words(pack: LanguagePack | None) -> frozenset[str]:
    dates = getattr(pack, "dates", None)
    return frozenset(m.lower() for m in (getattr(dates, "months", None) or {}))


_DAY_DOT_RE = re.compile(r"\d{1,2}\.")
_NEXT_WORD_RE = re.compile(r"\s*([^\W\d_]+)")


def _is_abbreviation(token: str, abbreviations: frozenset[str]) -> bool:
    token = token.lstrip("(\"'“‘«[")
    low = token.lower()
    if low in abbreviations:
        return True
    # "U.S.", "e.g." and single initials ("J.") do not end a sentence.
    return bool(_INITIALS_RE.match(token)) and len(token) <= 6


def _lines(text: str) -> list[tuple[int, int, bool]]:
    """Blocks of text as (start, end, is_headline): lines, joined when a line clearly runs on."""
    blocks: list[tuple[int, int, bool]] = []
    pos = 0
    cur_start: int | None = None
    for match in re.finditer(r"[^\n]*(?:\n|$)", text):
        line_start, line_end = match.start(), match.end()
        if line_start == line_end and line_start >= len(text):
            break
        raw = text[line_start:line_end].rstrip("\n")
        stripped = raw.strip()
        pos = line_start + len(raw)
        if not stripped:
            if cur_start is not None:
                blocks.append((cur_start, _rtrim(text, cur_start, line_start), False))
                cur_start = None
            continue
        if cur_start is None:
            cur_start = line_start
        nxt = text[line_end : line_end + 200].lstrip(" \t")
        next_lower = bool(nxt) and (nxt[0].islower() or nxt[0] in ",;)")
        ends_open = stripped[-1] in ",-–(" or stripped[-1].isalpha() and next_lower
        if ends_open and next_lower:
            continue  # a wrapped line: the sentence goes on
        end = _rtrim(text, cur_start, pos)
        block_text = text[cur_start:end].strip()
        headline = bool(block_text) and block_text[-1] not in _FINAL
        blocks.append((cur_start, end, headline))
        cur_start = None
    if cur_start is not None:
        blocks.append((cur_start, _rtrim(text, cur_start, len(text)), False))
    return blocks


def _rtrim(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _make(text: str, start: int, end: int, headline: bool) -> Sentence | None:
    """The stretch without its leading and trailing whitespace (`str.strip` strips exactly the
    characters `str.isspace` names, in C rather than one character at a time)."""
    piece = text[start:end]
    body = piece.lstrip()
    if not body:
        return None
    start += len(piece) - len(body)
    body = body.rstrip()
    return Sentence(start, start + len(body), body, headline)


def _split_long(text: str, start: int, end: int, limit: int) -> list[tuple[int, int]]:
    """Cut over-long stretches (PDF text without stops) at whitespace, so regexes stay cheap."""
    pieces = []
    while end - start > limit:
        cut = text.rfind(" ", start + limit // 2, start + limit)
        if cut <= start:
            cut = start + limit
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def split_sentences(text: str, pack: LanguagePack | None = None, max_chars: int = 1500) -> list[Sentence]:
    """Sentences of `text` with offsets; never raises, never loses an offset."""
    if not text:
        return []
    abbreviations = _abbreviations(pack)
    months = _month_words(pack)
    out: list[Sentence] = []
    for block in _lines(text):
        for block_start, block_end, headline in _gaps(text, *block):
            _split_block(text, block_start, block_end, headline, abbreviations, max_chars, out, months)
    return out


def _gaps(text: str, start: int, end: int, headline: bool) -> list[tuple[int, int, bool]]:
    """A block cut at runs of spaces that stand for lost line breaks."""
    if len(_LOOSE_RE.findall(text, start, end)) >= 2:
        return [(start, end, headline)]  # PDF text spaced out word by word: no lost breaks
    out: list[tuple[int, int, bool]] = []
    for m in _GAP_RE.finditer(text, start, end):
        piece = text[start : m.start()].strip()
        if piece:
            out.append((start, m.start(), piece[-1] not in _FINAL))
        start = m.end()
    out.append((start, end, headline))
    return out


def _split_block(
    text: str,
    block_start: int,
    block_end: int,
    headline: bool,
    abbreviations: frozenset[str],
    max_chars: int,
    out: list[Sentence],
    months: frozenset[str] = frozenset(),
) -> None:
    seg_start = block_start
    for m in _END_RE.finditer(text, block_start, block_end):
        stop = m.end()
        before = _WORD_BEFORE_RE.search(text, max(seg_start, stop - _WORD_WINDOW), stop)
        token = before.group(1) if before else ""
        if "." in m.group() and _is_abbreviation(token, abbreviations):
            continue
        nxt = text[stop : stop + 3].lstrip()
        # "25. februar", "p. 3": a lower-case continuation is not a new sentence.
        if nxt and nxt[0].islower():
            continue
        # "seit dem 25. Februar": a day's ordinal dot before a capitalised month goes on.
        if months and _DAY_DOT_RE.fullmatch(token):
            word = _NEXT_WORD_RE.match(text, stop)
            if word and word.group(1).lower() in months:
                continue
        if stop - seg_start <= max_chars:  # what _split_long gives for a short stretch
            sent = _make(text, seg_start, stop, False)
            if sent:
                out.append(sent)
        else:
            for a, b in _split_long(text, seg_start, stop, max_chars):
                sent = _make(text, a, b, False)
                if sent:
                    out.append(sent)
        seg_start = stop
    for a, b in _split_long(text, seg_start, block_end, max_chars):
        sent = _make(text, a, b, headline)
        if sent:
            out.append(sent)
