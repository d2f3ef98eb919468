"""Bytes -> text, robustly: BOMs, UTF-8, then charset-normalizer's best guess.

Text files in the wild come as UTF-8, UTF-8 with a BOM, UTF-16 from Windows tools, or legacy
cp1252/latin-1; a wrong guess here silently corrupts place names ("TromsÃ¸"), so the order of
attempts matters more than cleverness.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters that never occur in text (tab, newlines, form feed and ESC excepted).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))
_WESTERN = ("cp1252", "latin_1", "iso8859_15")
# Code pages of DOS, old Macs and HP printers: rare in news, yet often ranked first on short text.
_DOS_OR_MAC = re.compile(r"^(mac_|hp_roman8$|cp\d{3}$|cp1125$|cp1006$|kz1048$|ptcp154$)")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


class DecodeError(ValueError):
    """The bytes are not text we can read; the message is fit for an IngestError."""


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control bytes in the first 8 KB: an image, a PDF, a zip, not text."""
    head = data[:8192]
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = sum(head.count(bytes([b])) for b in _CONTROL_BYTES)
    return controls / len(head) > 0.05


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Return (text, encoding used). Raise DecodeError for empty, binary or undecodable input.

    `declared` is an encoding named by the container (HTTP header, <meta charset>); it is
    tried right after the BOMs, and ignored when it fails.
    """
    if not data or not data.strip():
        raise DecodeError("empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as err:
                raise DecodeError(f"starts with a {encoding} byte-order mark but is not {encoding}") from err
    if looks_binary(data):
        utf16 = _guess_bomless_utf16(data)
        if utf16 is not None:
            return utf16
        raise DecodeError("binary file, not text")
    if declared:
        try:
            return data.decode(declared), codecs.lookup(declared).name
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _guess_legacy(data)


def _guess_bomless_utf16(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without a BOM: NULs at every other byte of mostly-ASCII text."""
    head = data[:4096]
    even_nuls = head[0::2].count(0)
    odd_nuls = head[1::2].count(0)
    half = max(len(head) // 2, 1)
    for encoding, nuls in (("utf-16-le", odd_nuls), ("utf-16-be", even_nuls)):
        if nuls / half > 0.6:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if text.isprintable() or sum(c.isprintable() or c.isspace() for c in text) / len(text) > 0.95:
                return text, encoding
    return None


def _guess_legacy(data: bytes) -> tuple[str, str]:
    """Not UTF-8: let charset-normalizer rank the candidates, but prefer cp1252 when it is among
    the near-best guesses. On short texts charset-normalizer often ranks DOS or Mac code pages
    first (cp775 turns curly quotes into "ō...ö"), though news text in those is vanishingly rare.
    """
    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise DecodeError("not valid UTF-8 or any known encoding")
    for match in matches:
        if "cp1252" not in (match.could_be_from_charset or []):
            continue
        tied = match.chaos <= best.chaos + 0.01 and match.coherence >= best.coherence - 0.01
        near = match.chaos <= best.chaos + 0.05 and _DOS_OR_MAC.match(best.encoding)
        if tied or near:
            for encoding in _WESTERN:
                try:
                    return data.decode(encoding), encoding
                except UnicodeDecodeError:
                    continue
    return str(best), best.encoding


def declared_html_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first 4 KB (<meta charset=...>), if any."""
    found = _META_CHARSET.search(data[:4096])
    if not found:
        return None
    name = found.group(1).decode("ascii", "ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None
