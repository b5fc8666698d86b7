"""Bytes to text: byte-order marks, then strict UTF-8, then charset-normalizer's detection.

Russian text turns up as UTF-8 (with or without a BOM), UTF-16, cp1251, koi8-r and mac-cyrillic.
Binary data (an image renamed ``.txt``) is refused, by its signature or because no encoding
yields text without control characters.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"RIFF", "a RIFF (WebP/WAV/AVI) file"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx)"),
    (b"\x1f\x8b", "gzip-compressed data (name it .gz)"),
    (b"\x7fELF", "an executable"),
)
# Share of control characters above which decoded "text" is taken for binary data.
MAX_CONTROL_SHARE = 0.01
# UTF-8 with at most this many invalid bytes per valid non-ASCII character is still UTF-8.
STRAY_SHARE = 0.01
CHARSET_DECLARATION = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)


class NotText(ValueError):
    """Bytes that are not text in any encoding we read."""


def _signature(data: bytes) -> str | None:
    for magic, name in SIGNATURES:
        if data.startswith(magic):
            return name
    return None


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    controls = sum(
        1 for char in text if unicodedata.category(char) == "Cc" and char not in "\t\n\r\f\v"
    )
    return controls / len(text)


def detect_encoding(data: bytes, complete: bool = True) -> str:
    """The encoding of ``data`` (a whole file, or its first part when not ``complete``).

    Raises :class:`NotText` for binary data.
    """
    return _detect(data, complete)[0]


def _detect(data: bytes, complete: bool) -> tuple[str, str | None]:
    """The encoding, and the text when finding it meant decoding all of ``data`` already
    (UTF-8, the common case)."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return encoding, None
    kind = _signature(data)
    if kind:
        raise NotText(f"binary file ({kind}), not text")
    text = _mostly_utf8(data, complete)
    if text is not None:
        return "utf-8", text if complete else None
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise NotText("binary data, not text in any known encoding")
    return codecs.lookup(best.encoding).name, None


def _mostly_utf8(data: bytes, complete: bool) -> str | None:
    """The text of ``data`` if it is UTF-8, perhaps with a few stray bytes (at most one for
    ``STRAY_SHARE`` valid non-ASCII characters; they become U+FFFD) or a character cut at the
    end of a sample; otherwise None.

    Text in a Cyrillic 8-bit encoding has an invalid byte in almost every word, so it is never
    taken for UTF-8; UTF-16 without a BOM is valid UTF-8 full of control characters, so it is
    not either."""
    if not complete:
        data = data[: len(data) - 3] if len(data) > 3 else data
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd") - data.count("\ufffd".encode())
    if _control_share(text) > MAX_CONTROL_SHARE:
        return None
    if invalid == 0:
        return text
    non_ascii = sum(1 for char in text if char > "\x7f") - text.count("\ufffd")
    return text if invalid <= STRAY_SHARE * non_ascii else None


def decode(data: bytes) -> tuple[str, str]:
    """``(text, encoding)`` of a whole file's bytes; :class:`NotText` for binary data.

    A few stray bytes in otherwise UTF-8 text become U+FFFD (the caller may count them)."""
    encoding, text = _detect(data, complete=True)
    if text is not None:  # UTF-8: decoded and checked for control characters already
        return text, encoding
    try:
        text = data.decode(encoding, errors="replace" if encoding == "utf-8" else "strict")
    except UnicodeDecodeError as error:
        raise NotText(f"not valid {encoding} text (byte {error.start})") from error
    if _control_share(text) > MAX_CONTROL_SHARE:
        raise NotText("binary data (control characters), not text")
    return text, encoding


def declared_html_charset(data: bytes) -> str | None:
    """The ``<meta charset>`` of an HTML page, when Python knows that encoding."""
    match = CHARSET_DECLARATION.search(data[:4096])
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None
