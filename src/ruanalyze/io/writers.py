"""Annotating inputs into a JSONL file: one document a line, one error record a bad input."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from ..analyzer import Analyzer
from ..document import Document
from .readers import InputError, read_inputs


@dataclass
class AnnotateReport:
    documents: int = 0
    errors: list[InputError] = field(default_factory=list)


def _good_documents(
    items: Iterable[Document | InputError], on_error: Callable[[InputError], None]
) -> Iterator[Document]:
    for item in items:
        if isinstance(item, InputError):
            on_error(item)
        else:
            yield item


def annotate_stream(
    analyzer: Analyzer,
    items: Iterable[Document | InputError],
    out: TextIO,
    batch_size: int = 32,
    on_error: Callable[[InputError], None] | None = None,
) -> AnnotateReport:
    report = AnnotateReport()

    def record_error(error: InputError) -> None:
        report.errors.append(error)
        out.write(json.dumps(error.as_json(), ensure_ascii=False) + "\n")
        if on_error:
            on_error(error)

    for doc in analyzer.pipe(_good_documents(items, record_error), batch_size=batch_size):
        out.write(doc.to_jsonl_line() + "\n")
        report.documents += 1
    return report


def annotate(
    paths: Iterable[str | Path],
    output: str | Path,
    analyzer: Analyzer | None = None,
    text_key: str = "text",
    batch_size: int = 32,
    force: bool = False,
    on_error: Callable[[InputError], None] | None = None,
    force_text: bool = False,
) -> AnnotateReport:
    """Analyze every article under ``paths`` into the JSONL file ``output`` ("-" for stdout).

    The file appears only when the run is complete (written to a temporary file, then renamed);
    an existing file is kept unless ``force``.
    """
    analyzer = analyzer or Analyzer()
    items = read_inputs(paths, text_key, force_text=force_text)
    if str(output) == "-":
        return annotate_stream(analyzer, items, sys.stdout, batch_size, on_error)
    output = Path(output)
    if output.exists() and not force:
        raise FileExistsError(f"{output}: already exists (use --force to overwrite)")
    descriptor, temporary = tempfile.mkstemp(prefix=f".{output.name}.", dir=output.parent or ".")
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as out:
            report = annotate_stream(analyzer, items, out, batch_size, on_error)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return report


def read_annotations(path: str | Path) -> Iterator[Document]:
    """Documents of an annotations file (error records are skipped)."""
    with open(path, encoding="utf-8") as file:
        for number, line in enumerate(file, 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"{path}:{number}: not JSON ({error.msg})") from error
            if "error" in data and "text" not in data:
                continue
            yield Document.from_json(data)
