"""Articles from files and folders: ``.txt`` / ``.md`` one article each, ``.jsonl`` one a line.

A file that cannot be read yields an :class:`InputError` in its place, so a batch goes on.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..document import Document

TEXT_SUFFIXES = frozenset({".txt", ".md"})
RECORD_SUFFIXES = frozenset({".jsonl"})
SUFFIXES = TEXT_SUFFIXES | RECORD_SUFFIXES


@dataclass(frozen=True)
class InputError:
    """One input that could not be read: where, and why, in one line."""

    source: str
    reason: str
    line: int | None = None

    def as_json(self) -> dict[str, Any]:
        return {"source": self.source, "line": self.line, "error": self.reason}

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.reason}"


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | InputError]:
    """Files named, and files with a known suffix inside folders (recursively, sorted)."""
    for path in map(Path, paths):
        if path.is_dir():
            for root, dirs, files in os.walk(path, followlinks=False):
                dirs.sort()
                for name in sorted(files):
                    child = Path(root, name)
                    if child.suffix.lower() in SUFFIXES:
                        yield child
        elif path.exists():
            yield path
        else:
            yield InputError(str(path), "no such file or folder")


def _read_text(path: Path) -> str:
    with path.open(encoding="utf-8-sig") as file:
        return file.read()


def read_file(path: Path, text_key: str = "text") -> Iterator[Document | InputError]:
    suffix = path.suffix.lower()
    try:
        if suffix in TEXT_SUFFIXES:
            text = _read_text(path)
            if not text.strip():
                yield InputError(str(path), "empty file: no text to analyze")
                return
            yield Document(text=text, id=path.stem, source=str(path))
        elif suffix in RECORD_SUFFIXES:
            yield from _read_records(path, text_key)
        else:
            yield InputError(str(path), f"unsupported file type {suffix or '(none)'!r}")
    except UnicodeDecodeError as error:
        yield InputError(str(path), f"not UTF-8 text (byte {error.start})")
    except OSError as error:
        yield InputError(str(path), f"cannot read: {error.strerror or error}")


def _read_records(path: Path, text_key: str) -> Iterator[Document | InputError]:
    with path.open(encoding="utf-8-sig") as file:
        for number, line in enumerate(file, 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as error:
                yield InputError(str(path), f"not JSON ({error.msg})", number)
                continue
            if not isinstance(data, dict):
                yield InputError(str(path), "not a JSON object", number)
                continue
            text = data.get(text_key)
            if not isinstance(text, str):
                yield InputError(str(path), f"no text under the key {text_key!r}", number)
                continue
            meta = {key: value for key, value in data.items() if key not in (text_key, "id")}
            meta["line"] = number
            doc_id = str(data["id"]) if "id" in data else f"{path.stem}:{number}"
            yield Document(text=text, id=doc_id, source=str(path), meta=meta)


def read_inputs(
    paths: Iterable[str | Path], text_key: str = "text"
) -> Iterator[Document | InputError]:
    for item in iter_files(paths):
        if isinstance(item, InputError):
            yield item
        else:
            yield from read_file(item, text_key)
