"""One reader per input format: articles (one per file) and records (one per line or row).

Article files (``.txt``, ``.md``, ``.html``, ``.htm``) are read whole, up to ``max_bytes``;
record files (``.jsonl``, ``.csv``, ``.tsv``) are streamed, so their size is not limited, and a
bad line or row becomes one error without losing the others. Any of them may be gzipped
(``news.jsonl.gz``). The detected encoding goes to ``meta["encoding"]``.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..document import Document
from .encoding import NotText, declared_html_charset, decode, detect_encoding
from .errors import InputError
from .html import extract_article
from .streams import (
    CHUNK,
    TooLarge,
    byte_lines,
    check_regular_file,
    chunks,
    read_limited,
    text_lines,
)

ARTICLE_FORMATS = {".txt": "text", ".md": "text", ".html": "html", ".htm": "html"}
RECORD_FORMATS = {".jsonl": "jsonl", ".csv": "csv", ".tsv": "tsv"}
FORMATS = {**ARTICLE_FORMATS, **RECORD_FORMATS}
# One article bigger than this is refused: news articles are tens of kilobytes, and the NER
# model holds a whole article in memory at once.
MAX_ARTICLE_BYTES = 5 * 2**20
# Bytes of a record file used to detect its encoding.
SAMPLE_BYTES = 4 * CHUNK
# Encodings whose bytes cannot be split into lines at b"\n".
WIDE_ENCODINGS = ("utf-16", "utf-32")
LONE_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")


@dataclass(frozen=True)
class InputFile:
    """A file, what format it is in, and whether it is gzipped."""

    path: Path
    format: str | None
    compressed: bool

    @classmethod
    def of(cls, path: Path, force_text: bool = False) -> InputFile:
        name = path.name.lower()
        compressed = name.endswith(".gz")
        suffix = Path(name[:-3]).suffix if compressed else Path(name).suffix
        found = FORMATS.get(suffix) or ("text" if force_text else None)
        return cls(path, found, compressed)

    @property
    def suffix(self) -> str:
        name = self.path.name.lower()
        return "".join(Path(name).suffixes[-2:]) if self.compressed else Path(name).suffix

    @property
    def stem(self) -> str:
        """The file name without its format suffixes ("news.jsonl.gz" → "news")."""
        name = self.path.name
        if self.compressed:
            name = name[:-3]
        return Path(name).stem if Path(name).suffix else name


def read_article(file: InputFile, max_bytes: int = MAX_ARTICLE_BYTES) -> Document:
    """One article from a text or HTML file (raises on anything unreadable)."""
    info = check_regular_file(file.path)
    if not file.compressed and info.st_size > max_bytes:
        raise TooLarge(info.st_size, max_bytes)
    data = read_limited(file.path, file.compressed, max_bytes)
    if not data:
        raise NotText("empty file: no text to analyze")
    meta: dict[str, Any] = {}
    text, encoding = _decode_html(data) if file.format == "html" else decode(data)
    invalid = text.count("\ufffd") - data.count("\ufffd".encode())
    if encoding == "utf-8" and invalid > 0:
        meta["invalid_bytes"] = invalid
    if file.format == "html":
        text, found = extract_article(text)
        meta.update(found)
    if not text.strip():
        raise NotText("only whitespace: no text to analyze")
    meta["encoding"] = encoding
    return Document(text=text, id=file.stem, source=str(file.path), meta=meta)


def _decode_html(data: bytes) -> tuple[str, str]:
    """A page in the charset it declares, when its bytes decode with it; else detected."""
    declared = declared_html_charset(data)
    if declared:
        try:
            return data.decode(declared), declared
        except UnicodeDecodeError:
            pass
    return decode(data)


def _sample(file: InputFile) -> tuple[bytes, bool]:
    """The first bytes of a file, and whether they are all of it."""
    parts, size = [], 0
    stream = chunks(file.path, file.compressed)
    try:
        for chunk in stream:
            parts.append(chunk)
            size += len(chunk)
            if size >= SAMPLE_BYTES:
                return b"".join(parts), False
    except Exception:  # a truncated gzip, a read error: detect on what there is, if anything,
        if not parts:  # and let the reading itself report the error where it happens
            raise
        return b"".join(parts), False
    finally:
        stream.close()
    return b"".join(parts), True


def _lines(file: InputFile, encoding: str) -> Iterator[str | UnicodeDecodeError]:
    """Decoded lines; a line that does not decode is its error (and the stream goes on) except
    in UTF-16/32, where nothing after a bad byte can be trusted."""
    parts = chunks(file.path, file.compressed)
    if encoding.startswith(WIDE_ENCODINGS):
        yield from text_lines(parts, encoding)
        return
    for line in byte_lines(parts):
        try:
            yield line.decode(encoding)
        except UnicodeDecodeError as error:
            yield error
        if encoding == "utf-8-sig":
            encoding = "utf-8"


def read_records(
    file: InputFile, text_key: str = "text", max_bytes: int = MAX_ARTICLE_BYTES
) -> Iterator[Document | InputError]:
    """Articles of a JSONL, CSV or TSV file, one error for each bad line or row."""
    check_regular_file(file.path)
    sample, complete = _sample(file)
    if not sample.strip():
        yield InputError(str(file.path), "empty file: no records")
        return
    encoding = detect_encoding(sample, complete)
    reader = _jsonl_records if file.format == "jsonl" else _table_records
    yield from reader(file, encoding, text_key, max_bytes)


def _record_document(
    file: InputFile, data: dict[str, Any], number: int, text_key: str, encoding: str, limit: int
) -> Document | InputError:
    source = str(file.path)
    text = data.get(text_key)
    if text is None:
        return InputError(source, f"no text under {text_key!r}", number)
    if not isinstance(text, str):
        return InputError(source, f"the {text_key!r} field is not a string", number)
    if not text.strip():
        return InputError(source, f"empty text under {text_key!r}", number)
    if len(text) > limit:
        return InputError(source, f"text too large: {len(text)} characters, limit {limit}", number)
    meta = {key: value for key, value in data.items() if key not in (text_key, "id")}
    meta["line"] = number
    meta["encoding"] = encoding
    doc_id = str(data["id"]) if data.get("id") not in (None, "") else f"{file.stem}:{number}"
    return Document(text=text, id=doc_id, source=source, meta=meta)


def _jsonl_records(
    file: InputFile, encoding: str, text_key: str, limit: int
) -> Iterator[Document | InputError]:
    source = str(file.path)
    for number, line in enumerate(_lines(file, encoding), 1):
        if isinstance(line, UnicodeDecodeError):
            yield InputError(source, f"not valid {encoding} text (byte {line.start})", number)
            continue
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as error:
            yield InputError(source, f"not JSON ({error.msg})", number)
            continue
        if not isinstance(data, dict):
            yield InputError(source, "not a JSON object", number)
            continue
        if LONE_SURROGATE.search(line):
            data = _without_lone_surrogates(data)
        yield _record_document(file, data, number, text_key, encoding, limit)


def _without_lone_surrogates(data: dict[str, Any]) -> dict[str, Any]:
    """JSON may escape half a surrogate pair ("\\ud800"), which no UTF-8 file can hold: U+FFFD."""
    dumped = json.dumps(data, ensure_ascii=False)
    return json.loads(re.sub("[\ud800-\udfff]", "\ufffd", dumped))


def _table_records(
    file: InputFile, encoding: str, text_key: str, limit: int
) -> Iterator[Document | InputError]:
    """CSV (comma, or semicolon as Excel writes it in Russian locales) or TSV, header first."""
    source = str(file.path)
    csv.field_size_limit(max(csv.field_size_limit(), limit + 1))
    lines = _checked_lines(file, encoding)
    first = next(lines, "")
    if file.format == "tsv":
        delimiter = "\t"
    else:
        delimiter = ";" if first.count(";") > first.count(",") else ","
    rows = csv.reader(_chain(first, lines), delimiter=delimiter)
    try:
        header = next(rows)
    except csv.Error as error:
        yield InputError(source, f"bad CSV header ({error})", 1)
        return
    if text_key not in header:
        columns = ", ".join(header[:10])
        yield InputError(source, f"no column {text_key!r} in the header (columns: {columns})", 1)
        return
    while True:
        number = rows.line_num + 1
        try:
            row = next(rows)
        except StopIteration:
            return
        except csv.Error as error:
            yield InputError(source, f"bad CSV row ({error})", number)
            continue
        if not any(cell.strip() for cell in row):
            continue
        data = dict(zip(header, row, strict=False))
        yield _record_document(file, data, number, text_key, encoding, limit)


def _checked_lines(file: InputFile, encoding: str) -> Iterator[str]:
    for line in _lines(file, encoding):
        if isinstance(line, UnicodeDecodeError):
            raise line
        yield line


def _chain(first: str, rest: Iterator[str]) -> Iterator[str]:
    if first:
        yield first
    yield from rest
