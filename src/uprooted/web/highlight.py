"""Cut a document's text into segments so the page can mark each fact's evidence sentence.

Offsets come from the extractor and may be stale after re-ingest; when `text[start:end]` is not
the evidence sentence we look the sentence up in the text, and say so, rather than mark the
wrong words.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Span:
    start: int
    end: int
    fact_id: str
    located: str = "offsets"  # offsets | searched


@dataclass
class Segment:
    text: str
    fact_ids: list[str] = field(default_factory=list)

    @property
    def marked(self) -> bool:
        return bool(self.fact_ids)


def locate(text: str, evidence_text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """Where an evidence sentence is in the text: its offsets if they hold, else a search."""
    if 0 <= start < end <= len(text) and text[start:end] == evidence_text:
        return start, end, "offsets"
    if evidence_text:
        found = text.find(evidence_text)
        if found >= 0:
            return found, found + len(evidence_text), "searched"
    if 0 <= start < end <= len(text):
        return start, end, "offsets"
    return None


def evidence_spans(text: str, facts: list[tuple[str, list[dict]]]) -> list[Span]:
    """Spans for (fact_id, evidence list) pairs; evidence that cannot be placed is left out."""
    spans: list[Span] = []
    for fact_id, evidence in facts:
        for item in evidence:
            where = locate(text, item.get("text", ""), int(item.get("start", -1)), int(item.get("end", -1)))
            if where:
                spans.append(Span(where[0], where[1], fact_id, where[2]))
    return spans


def segments(text: str, spans: list[Span]) -> list[Segment]:
    """The text split at every span boundary; each piece lists the facts whose evidence covers it."""
    cuts = {0, len(text)}
    for span in spans:
        cuts.update((span.start, span.end))
    bounds = sorted(c for c in cuts if 0 <= c <= len(text))
    out: list[Segment] = []
    for lo, hi in zip(bounds, bounds[1:], strict=False):
        if lo == hi:
            continue
        covering = []
        for span in spans:
            if span.start <= lo and hi <= span.end and span.fact_id not in covering:
                covering.append(span.fact_id)
        if out and out[-1].fact_ids == covering:
            out[-1].text += text[lo:hi]
        else:
            out.append(Segment(text[lo:hi], covering))
    return out
