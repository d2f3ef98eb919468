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


def _is_abbreviation(token: str, abbreviations: frozenset[str], ordinal_dot: bool = True) -> bool:
    token = token.lstrip("(\"'“‘«[")
    low = token.lower()
    if low in abbreviations:
        return True
    # A digit and its dot: an ordinal ("im 2. Weltkrieg") where the language writes them so,
    # else the figure that ends a sentence ("since the war began on October 7. Before ...").
    if not ordinal_dot and token[:1].isdigit():
        return False
    # "U.S.", "e.g." and single initials ("J.") do not end a sentence.
    return bool(_INITIALS_RE.match(token)) and len(token) <= 6


# Key-figure blocks of reports and infographics put a figure and its label on lines of their
# own ("62,400" / "People displaced", or "IDPs" / "45,300"). A figure line: a number (digit
# groups, a decimal part), an optional currency mark before it, and at most one short token
# after it (a scale or a per cent: "1.1 million", "640K", "$8.5M", "42%"). Scripts' digits are
# \d, so no language is named.
_FIGURE_LINE_RE = re.compile(
    r"[^\w\s]{0,2}\s?\d{1,3}(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?\s?(?:[^\W\d_]{1,9}\.?)?\s?[+%]?"
)
_LABEL_MAX_WORDS = 8
_LABEL_MAX_CHARS = 70


def _is_figure_line(line: str) -> bool:
    return bool(line) and _FIGURE_LINE_RE.fullmatch(line) is not None


def _is_label_line(line: str) -> bool:
    """A key figure's label: a few words with a letter, no sentence's final stop, no figure line."""
    return (
        bool(line)
        and len(line) <= _LABEL_MAX_CHARS
        and len(line.split()) <= _LABEL_MAX_WORDS
        and line[-1] not in ".!?;"
        and any(ch.isalpha() for ch in line)
        and not _is_figure_line(line)
    )


def _is_heading_line(line: str) -> bool:
    """A block's heading rather than a label: it ends with a colon, is written in capitals, or
    is a title in parts, joined by a colon or a spaced dash ("SUDAN: Darfur - Key figures")."""
    letters = [ch for ch in line if ch.isalpha()]
    return (
        line.endswith(":")
        or (len(letters) >= 4 and all(not ch.islower() for ch in letters))
        or re.search(r"\w:\s|\s[-–—]\s", line) is not None
    )


def _key_figure_joins(lines: list[str]) -> set[int]:
    """Indices of lines to read as one sentence with the line after them: each figure line of a
    key-figure block with its label. Within a run of lines where figure lines alternate with
    label lines, the labels follow the figures when the run opens with a figure (or a heading
    stands before it) and precede them when the run closes with a figure; a lone figure
    between two labels is read with both (whichever names what it counts gives its term)."""
    joins: set[int] = set()
    n = len(lines)
    i = 0
    while i < n:
        if not _is_figure_line(lines[i]):
            i += 1
            continue
        run = [i]
        while run[-1] + 2 < n and _is_label_line(lines[run[-1] + 1]) and _is_figure_line(lines[run[-1] + 2]):
            run.append(run[-1] + 2)
        first, last = run[0], run[-1]
        before = first - 1 if first > 0 and _is_label_line(lines[first - 1]) else None
        after = last + 1 if last + 1 < n and _is_label_line(lines[last + 1]) else None
        if len(run) == 1 and before is not None and after is not None and not _is_heading_line(lines[before]):
            joins.update((before, first))
        elif after is not None and (before is None or _is_heading_line(lines[before])):
            joins.update(run)  # figure, then its label
        elif before is not None:
            joins.update(r - 1 for r in run)  # label, then its figure
        i = last + 1
    return joins


def _lines(text: str) -> list[tuple[int, int, bool]]:
    """Blocks of text as (start, end, is_headline): lines, joined when a line clearly runs on
    or when a key figure's label stands on the line before or after it."""
    blocks: list[tuple[int, int, bool]] = []
    pos = 0
    cur_start: int | None = None
    matches = list(re.finditer(r"[^\n]*(?:\n|$)", text))
    joins = _key_figure_joins([m.group().strip() for m in matches])
    for index, match in enumerate(matches):
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
        if index in joins:
            continue  # a key figure and its label: one statement
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
    ordinal_dot = pack.ordinal_dot if pack else True
    out: list[Sentence] = []
    for block in _lines(text):
        for block_start, block_end, headline in _gaps(text, *block):
            _split_block(
                text, block_start, block_end, headline, abbreviations, max_chars, out, months, ordinal_dot
            )
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
    ordinal_dot: bool = True,
) -> None:
    seg_start = block_start
    for m in _END_RE.finditer(text, block_start, block_end):
        stop = m.end()
        before = _WORD_BEFORE_RE.search(text, max(seg_start, stop - _WORD_WINDOW), stop)
        token = before.group(1) if before else ""
        if "." in m.group() and _is_abbreviation(token, abbreviations, ordinal_dot):
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


# Bullet marks that open a list item in reports (hyphens, dashes, dots, squares): marks of
# every script, so no language is named.
_BULLET_RE = re.compile(r"[-–—•*·▪●◦‣○■□➢✓]\s")
_HEADING_MAX_WORDS = 12


def is_list_item(sent: Sentence) -> bool:
    return _BULLET_RE.match(sent.text) is not None


def list_headings(text: str, sentences: list[Sentence]) -> list[Sentence | None]:
    """For each sentence, the heading governing it when it is an item of a bulleted list: the
    nearest line before the list's items, written as a heading (no sentence's final stop, or a
    closing colon, and a few words), with nothing but single line breaks and other items
    between ("Displacement:\\n- Hodeidah: 12,000\\n- Taizz: 3,400"). None for other sentences."""
    out: list[Sentence | None] = [None] * len(sentences)
    for i, sent in enumerate(sentences):
        if not is_list_item(sent):
            continue
        if (
            i > 0
            and is_list_item(sentences[i - 1])
            and text.count("\n", sentences[i - 1].end, sent.start) == 1
        ):
            out[i] = out[i - 1]  # the next item of the same list: its heading (linear, not a walk per item)
            continue
        j = i - 1
        while (
            j >= 0
            and is_list_item(sentences[j])
            and text.count("\n", sentences[j].end, sentences[j + 1].start) == 1
        ):
            j -= 1
        if (
            j < 0
            or is_list_item(sentences[j])
            or text.count("\n", sentences[j].end, sentences[j + 1].start) != 1
        ):
            continue
        head = sentences[j]
        if (head.is_headline or head.text.endswith(":")) and len(head.text.split()) <= _HEADING_MAX_WORDS:
            out[i] = head
    return out


_CELL_SEP = "|"


def _cells(sent: Sentence) -> list[str] | None:
    """A table row flattened with bars ("Ituri | 1,702,000 | 451,000"): its cells; None for text."""
    if _CELL_SEP not in sent.text:
        return None
    return [c.strip() for c in sent.text.split(_CELL_SEP)]


def table_headers(text: str, sentences: list[Sentence]) -> list[Sentence | None]:
    """For each sentence that is a row of figures in a table flattened with bars, the table's
    header row: the nearest row above it, over other rows of the same table only (single line
    breaks between), with as many cells and no digit in any cell ("Province | IDPs | Returnees").
    None for other sentences."""
    out: list[Sentence | None] = [None] * len(sentences)
    for i, sent in enumerate(sentences):
        cells = _cells(sent)
        if cells is None or not any(ch.isdigit() for ch in sent.text):
            continue
        if i > 0 and text.count("\n", sentences[i - 1].end, sent.start) == 1:
            above = _cells(sentences[i - 1])
            if (
                above is not None
                and len(above) == len(cells)
                and any(ch.isdigit() for ch in sentences[i - 1].text)
            ):
                out[i] = out[i - 1]  # the next row of the same table: its header (linear, not a walk per row)
                continue
        j = i - 1
        while j >= 0 and text.count("\n", sentences[j].end, sentences[j + 1].start) == 1:
            above = _cells(sentences[j])
            if above is None or len(above) != len(cells):
                break
            if not any(ch.isdigit() for ch in sentences[j].text):
                out[i] = sentences[j]
                break
            j -= 1
    return out
