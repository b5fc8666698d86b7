"""Annotating inputs into a JSONL file: one document a line, one error record a bad input.

A file output is written to ``.OUT.partial`` (hidden, beside ``OUT``: a later run over the same
folder does not read it as an input) as the run goes, whole lines only, flushed and synced
batch by batch, and renamed to ``OUT`` when the run is complete. A run that is killed leaves
``.OUT.partial``; ``resume=True`` continues it, skipping the records it already holds (checked one
by one against the inputs by source and id, or source and line for error records).
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from ..analyzer import Analyzer, InlineExecutor
from ..document import Document
from .parallel import (
    AnalyzerSettings,
    Item,
    Submitter,
    annotate_batch,
    ordered_results,
    process_pool,
)
from .progress import Progress
from .readers import InputError, read_inputs

Key = tuple[str, str, Any]


def partial_path(output: Path) -> Path:
    """Where the records of an unfinished run on ``output`` are kept."""
    return output.with_name(f".{output.name}.partial")


@dataclass
class AnnotateReport:
    documents: int = 0
    errors: list[InputError] = field(default_factory=list)
    resumed: int = 0  # records found already written by an earlier run


def batches(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    """Runs of consecutive items holding up to ``size`` documents (errors ride along)."""
    batch: list[Item] = []
    documents = 0
    for item in items:
        batch.append(item)
        if isinstance(item, Document):
            documents += 1
            if documents >= size:
                yield batch
                batch, documents = [], 0
    if batch:
        yield batch


def _backend(
    analyzer: Analyzer, workers: int, scheduler: str | None
) -> tuple[Submitter, Callable[[], None], int]:
    """``(submit, close, window)``: where batches are analyzed, and how many may be in flight."""
    if scheduler:
        from ..cluster import dask_submitter

        submit, close = dask_submitter(scheduler, AnalyzerSettings.of(analyzer))
        return submit, close, 64
    if workers > 1:
        submit, close = process_pool(workers, AnalyzerSettings.of(analyzer))
        return submit, close, 2 * workers
    inline = InlineExecutor()
    return (lambda items: inline.submit(annotate_batch, analyzer, items)), (lambda: None), 1


def _write_batches(
    analyzer: Analyzer,
    items: Iterable[Item],
    write: Callable[[str], None],
    report: AnnotateReport,
    *,
    batch_size: int,
    workers: int,
    scheduler: str | None,
    on_error: Callable[[InputError], None] | None,
    progress: Progress | None,
) -> AnnotateReport:
    submit, close, window = _backend(analyzer, workers, scheduler)
    try:
        for batch, lines in ordered_results(submit, batches(items, batch_size), window):
            write("".join(line + "\n" for line in lines))
            documents = 0
            for item in batch:
                if isinstance(item, InputError):
                    report.errors.append(item)
                    if on_error:
                        on_error(item)
                else:
                    documents += 1
            report.documents += documents
            if progress:
                progress.advance(documents)
    finally:
        close()
    return report


def annotate_stream(
    analyzer: Analyzer,
    items: Iterable[Item],
    out: TextIO,
    batch_size: int = 32,
    on_error: Callable[[InputError], None] | None = None,
    workers: int = 1,
    scheduler: str | None = None,
    progress: Progress | None = None,
) -> AnnotateReport:
    """Write the output lines of ``items`` to ``out``, in input order."""

    def write(text: str) -> None:
        out.write(text)
        out.flush()

    return _write_batches(
        analyzer,
        items,
        write,
        AnnotateReport(),
        batch_size=batch_size,
        workers=workers,
        scheduler=scheduler,
        on_error=on_error,
        progress=progress,
    )


def annotate(
    paths: Iterable[str | Path],
    output: str | Path,
    analyzer: Analyzer | None = None,
    text_key: str = "text",
    batch_size: int = 32,
    force: bool = False,
    on_error: Callable[[InputError], None] | None = None,
    force_text: bool = False,
    *,
    resume: bool = False,
    workers: int = 1,
    scheduler: str | None = None,
    progress: Progress | None = None,
) -> AnnotateReport:
    """Analyze every article under ``paths`` into the JSONL file ``output`` ("-" for stdout).

    ``OUT`` appears only when the run is complete; until then the records go to ``.OUT.partial``.
    An existing output (or partial output) is kept unless ``force`` (start over) or ``resume``
    (skip what it already holds, analyze the rest). ``workers`` > 1 analyzes in that many
    processes; ``scheduler`` ("tcp://HOST:8786") on a Dask cluster. Output order is input order.
    """
    if force and resume:
        raise ValueError("--force and --resume contradict each other: choose one")
    if workers < 1:
        raise ValueError(f"--workers must be at least 1, not {workers}")
    if scheduler and workers > 1:
        raise ValueError("--workers is for this machine, --scheduler for a cluster: choose one")
    analyzer = analyzer or Analyzer(batch_size=batch_size)
    items: Iterable[Item] = read_inputs(paths, text_key, force_text=force_text)
    if str(output) == "-":
        if resume:
            raise ValueError("--resume needs an output file, not stdout")
        return annotate_stream(
            analyzer,
            items,
            sys.stdout,
            batch_size=batch_size,
            on_error=on_error,
            workers=workers,
            scheduler=scheduler,
            progress=progress,
        )
    output = Path(output)
    partial = partial_path(output)
    report = AnnotateReport()
    if resume:
        written = partial if partial.exists() or not output.exists() else output
        items = _skip_written(items, written, report, on_error)  # raises if the inputs differ
        if written == output:
            os.replace(output, partial)  # complete already: extend it, renamed back at the end
        if progress:
            progress.skip(report.resumed)
    else:
        for path in (output, partial):
            if path.exists() and not force:
                raise FileExistsError(_exists_message(path, output))
        partial.unlink(missing_ok=True)
    with open(partial, "ab") as file:
        descriptor = file.fileno()

        def write(text: str) -> None:
            _write_all(descriptor, text.encode("utf-8"))
            os.fsync(descriptor)

        try:
            _write_batches(
                analyzer,
                items,
                write,
                report,
                batch_size=batch_size,
                workers=workers,
                scheduler=scheduler,
                on_error=on_error,
                progress=progress,
            )
        except BaseException:
            if not partial.stat().st_size:  # stopped before the first record: leave nothing
                partial.unlink()
            raise
    os.replace(partial, output)
    return report


def _exists_message(path: Path, output: Path) -> str:
    if path == output:
        return (
            f"{output}: already exists (use --force to overwrite, --resume to add what is missing)"
        )
    return (
        f"{path}: an unfinished run's output is there "
        "(use --resume to continue it, --force to start over)"
    )


def _write_all(descriptor: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(descriptor, view) :]


# ---------------------------------------------------------------------------------------------
# resuming


def _item_key(item: Item) -> Key:
    if isinstance(item, InputError):
        return ("error", item.source, item.line)
    return ("document", item.source, item.id)


# A document line starts {"id": "...", "source": "...": read those two without parsing the rest.
DOCUMENT_HEAD = re.compile(r'\{"id": ("(?:[^"\\]|\\.)*"), "source": ("(?:[^"\\]|\\.)*"), ')


def _record_key(line: str) -> Key:
    head = DOCUMENT_HEAD.match(line)
    if head:
        return ("document", json.loads(head.group(2)), json.loads(head.group(1)))
    data = json.loads(line)
    if "error" in data and "text" not in data:
        return ("error", data.get("source"), data.get("line"))
    return ("document", data.get("source"), data.get("id"))


def drop_torn_tail(path: Path) -> int:
    """Cut a last line without its newline (a write cut short by a kill); return bytes cut."""
    with open(path, "r+b") as file:
        size = file.seek(0, os.SEEK_END)
        end = size
        while end > 0:
            start = max(0, end - 65536)
            file.seek(start)
            block = file.read(end - start)
            if end == size and block.endswith(b"\n"):
                return 0
            newline = block.rfind(b"\n")
            if newline >= 0:
                keep = start + newline + 1
                break
            end = start
        else:
            keep = 0
        file.truncate(keep)
        return size - keep


def _skip_written(
    items: Iterable[Item],
    partial: Path,
    report: AnnotateReport,
    on_error: Callable[[InputError], None] | None,
) -> Iterator[Item]:
    """The items after those ``partial`` already holds, once each of those is checked (now,
    before anything is written) against the item in its place."""
    iterator = iter(items)
    if partial.exists():
        drop_torn_tail(partial)
        with open(partial, encoding="utf-8") as file:
            for number, line in enumerate(file, 1):
                try:
                    written = _record_key(line)
                except json.JSONDecodeError as error:
                    raise ValueError(f"{partial}:{number}: not JSON ({error.msg})") from error
                item = next(iterator, None)
                if item is None:
                    raise ValueError(
                        f"{partial}: holds more records ({number}+) than the inputs give: "
                        "not the same inputs (use --force to start over)"
                    )
                if _item_key(item) != written:
                    raise ValueError(
                        f"{partial}:{number}: holds {written[1]} {written[2]!r} where the inputs "
                        f"give {_item_key(item)[1]} {_item_key(item)[2]!r}: not the same inputs "
                        "(use --force to start over)"
                    )
                report.resumed += 1
                if isinstance(item, InputError):
                    report.errors.append(item)
                    if on_error:
                        on_error(item)
    return iterator


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
