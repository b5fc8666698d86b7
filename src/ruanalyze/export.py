"""Flat tables of analyzed documents: rows for CSV files and pandas DataFrames.

The columns of each table are fixed (``COLUMNS``) and documented in the README.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from .document import Document

COLUMNS: dict[str, tuple[str, ...]] = {
    "entities": (
        "doc_id",
        "source",
        "type",
        "normal",
        "count",
        "texts",
        "first_start",
        "first_stop",
        "first_name",
        "middle_name",
        "last_name",
    ),
    "mentions": (
        "doc_id",
        "source",
        "sentence",
        "start",
        "stop",
        "type",
        "text",
        "normal",
        "entity",
    ),
    "topics": ("doc_id", "source", "rank", "label", "score"),
    "tokens": ("doc_id", "source", "sentence", "start", "stop", "text", "lemma", "pos"),
}
TABLES = tuple(COLUMNS)
# A spreadsheet runs a cell starting with one of these as a formula (with the full-width forms
# some spreadsheet locales also accept).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
NEUTRALIZED = re.compile("^'+[" + re.escape("".join(FORMULA_STARTS)) + "]")


def _entity_rows(doc: Document) -> Iterator[dict[str, Any]]:
    for entity in doc.entities:
        first = entity.mentions[0]
        yield {
            "type": entity.type,
            "normal": entity.normal,
            "count": entity.count,
            "texts": " | ".join(entity.texts),
            "first_start": first.start,
            "first_stop": first.stop,
            "first_name": entity.name.first if entity.name else "",
            "middle_name": entity.name.middle if entity.name else "",
            "last_name": entity.name.last if entity.name else "",
        }


def _mention_rows(doc: Document) -> Iterator[dict[str, Any]]:
    entity_of = {
        (mention.start, mention.stop): index
        for index, entity in enumerate(doc.entities)
        for mention in entity.mentions
    }
    for mention in doc.mentions:
        row = mention.as_json()
        row["entity"] = entity_of.get((mention.start, mention.stop), "")
        yield row


def _topic_rows(doc: Document) -> Iterator[dict[str, Any]]:
    for rank, topic in enumerate(doc.topics, 1):
        yield {"rank": rank, "label": topic.label, "score": topic.score}


def _token_rows(doc: Document) -> Iterator[dict[str, Any]]:
    sentence = 0
    for token in doc.tokens:
        while (
            sentence + 1 < len(doc.sentences) and doc.sentences[sentence + 1].start <= token.start
        ):
            sentence += 1
        yield {"sentence": sentence, **token.as_json()}


ROWS = {
    "entities": _entity_rows,
    "mentions": _mention_rows,
    "topics": _topic_rows,
    "tokens": _token_rows,
}


def rows(docs: Iterable[Document], table: str) -> Iterator[dict[str, Any]]:
    """Rows of ``table`` ("entities", "mentions", "topics" or "tokens") for every document."""
    if table not in ROWS:
        raise ValueError(f"unknown table {table!r}: choose one of {', '.join(TABLES)}")
    for doc in docs:
        for row in ROWS[table](doc):
            yield {"doc_id": doc.id, "source": doc.source, **row}


def to_frame(docs: Iterable[Document], table: str = "entities") -> Any:
    """A pandas DataFrame of one table, with the documented columns in order."""
    import pandas as pd

    return pd.DataFrame(list(rows(docs, table)), columns=list(COLUMNS.get(table, ())))


def neutralize(value: Any) -> Any:
    """Prefix a text cell that a spreadsheet would run as a formula with ``'``.

    A cell that already looks neutralized (``'=...``, ``''=...``) gets one more ``'``, so
    :func:`unneutralize` always gives the original value back.
    """
    if isinstance(value, str) and (value.startswith(FORMULA_STARTS) or NEUTRALIZED.match(value)):
        return "'" + value
    return value


def unneutralize(value: Any) -> Any:
    """The original value of a cell written by :func:`neutralize`."""
    if isinstance(value, str) and NEUTRALIZED.match(value):
        return value[1:]
    return value


def write_csv(docs: Iterable[Document], table: str, file: TextIO) -> int:
    """Write one table as CSV (header first, every cell neutralized); return the row count."""
    writer = csv.DictWriter(file, fieldnames=COLUMNS[table], lineterminator="\r\n")
    writer.writeheader()
    count = 0
    for row in rows(docs, table):
        writer.writerow({key: neutralize(value) for key, value in row.items()})
        count += 1
    return count


def export_csv(docs: Iterable[Document], table: str, path: str | Path) -> int:
    """Write ``table`` to a UTF-8 CSV file with a byte-order mark, which Excel needs to see
    Cyrillic and pandas reads transparently."""
    with open(path, "w", encoding="utf-8-sig", newline="") as file:
        return write_csv(docs, table, file)
