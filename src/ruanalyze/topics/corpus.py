"""Labelled topic corpora: JSONL or CSV files, or folders of them."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class LabelledText:
    id: str
    text: str
    labels: tuple[str, ...]


class CorpusError(ValueError):
    """A labelled file that cannot be read; the message names the file and line."""


def _labels(value: object) -> tuple[str, ...]:
    if isinstance(value, list):
        return tuple(str(item).strip() for item in value if str(item).strip())
    if isinstance(value, str):
        return tuple(part.strip() for part in value.replace(";", ",").split(",") if part.strip())
    return ()


def _record(data: dict, where: str, text_key: str, label_key: str) -> LabelledText:
    text = data.get(text_key)
    labels = _labels(data.get(label_key, data.get("label")))
    if not isinstance(text, str) or not text.strip():
        raise CorpusError(f"{where}: no text under {text_key!r}")
    if not labels:
        raise CorpusError(f"{where}: no labels under {label_key!r} or 'label'")
    return LabelledText(str(data.get("id", where)), text, labels)


def read_labelled(
    path: str | Path, text_key: str = "text", label_key: str = "labels"
) -> Iterator[LabelledText]:
    """Items of a ``.jsonl`` / ``.csv`` / ``.tsv`` file, or of every such file in a folder
    (sorted by name). Labels are a JSON list, or a comma-separated string in ``labels`` or
    ``label``."""
    path = Path(path)
    if path.is_dir():
        for child in sorted(path.iterdir()):
            if child.suffix in (".jsonl", ".csv", ".tsv"):
                yield from read_labelled(child, text_key, label_key)
        return
    with path.open(encoding="utf-8-sig", newline="") as file:
        if path.suffix == ".jsonl":
            for number, line in enumerate(file, 1):
                if not line.strip():
                    continue
                where = f"{path}:{number}"
                try:
                    data = json.loads(line)
                except json.JSONDecodeError as error:
                    raise CorpusError(f"{where}: not JSON ({error.msg})") from error
                yield _record(data, where, text_key, label_key)
        elif path.suffix in (".csv", ".tsv"):
            reader = csv.DictReader(file, delimiter="\t" if path.suffix == ".tsv" else ",")
            for number, row in enumerate(reader, 2):
                yield _record(row, f"{path}:{number}", text_key, label_key)
        else:
            raise CorpusError(f"{path}: expected a .jsonl, .csv or .tsv file")
