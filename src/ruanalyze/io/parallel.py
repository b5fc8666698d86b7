"""Analyzing batches away from the calling process: worker processes, or a Dask cluster.

Every backend runs the same function, :func:`annotate_batch`, on batches of inputs and returns
the output lines in input order. Models load once per worker process (the analyzer is kept in a
module global of the worker), never per batch.
"""

from __future__ import annotations

import json
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from typing import Any, Protocol

from ..analyzer import Analyzer
from ..collector import collector_paused
from ..document import Document
from .readers import InputError

Item = Document | InputError


@dataclass(frozen=True)
class AnalyzerSettings:
    """What a worker needs to build the same analyzer as the caller's."""

    topic_model: str | None = None
    batch_size: int = 32
    ner_thread: bool = False
    split_originals: bool = False

    @classmethod
    def of(cls, analyzer: Analyzer) -> AnalyzerSettings:
        """The settings of ``analyzer``. The bundled topic model is named as ``None``: on a
        cluster, each worker finds its own installed copy, wherever its Python keeps it."""
        from ..topics import default_model_path

        path = analyzer.topics.path
        topic_model = None if path.resolve() == default_model_path().resolve() else str(path)
        return cls(topic_model, analyzer.batch_size, analyzer.ner_thread, analyzer.split_originals)

    def build(self) -> Analyzer:
        return Analyzer(self.topic_model, self.batch_size, self.ner_thread, self.split_originals)

    def for_worker(self) -> AnalyzerSettings:
        """The same analyzer for a process that has a core to itself: NER in turn, no thread."""
        return replace(self, ner_thread=False)


_analyzers: dict[AnalyzerSettings, Analyzer] = {}
_analyzers_lock = threading.Lock()


def worker_analyzer(settings: AnalyzerSettings) -> Analyzer:
    """The analyzer of this process for ``settings``, built on first use and then kept."""
    with _analyzers_lock:
        analyzer = _analyzers.get(settings)
        if analyzer is None:
            analyzer = _analyzers[settings] = settings.build()
        return analyzer


def output_line(item: Item) -> str:
    """The JSONL line of an analyzed document or of an input error."""
    if isinstance(item, InputError):
        return json.dumps(item.as_json(), ensure_ascii=False)
    return item.to_jsonl_line()


def annotate_batch(analyzer: Analyzer, items: list[Item]) -> list[str]:
    """Analyze the documents among ``items``; one output line per item, in order (with the
    garbage collector paused over the JSON as well as the analysis: see ``collector``)."""
    docs = [item for item in items if isinstance(item, Document)]
    with collector_paused():
        analyzer.process(docs)
        return [output_line(item) for item in items]


def annotate_batch_in_worker(settings: AnalyzerSettings, items: list[Item]) -> list[str]:
    return annotate_batch(worker_analyzer(settings), items)


def _exit_with_parent(parent: int) -> None:
    """End this worker when the process that started it is gone (killed, say), rather than
    linger with its models in memory."""
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def _start_worker(settings: AnalyzerSettings, parent: int) -> None:
    """Worker start: one thread for numpy (the processes share the cores), models loaded now."""
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    try:
        from threadpoolctl import threadpool_limits

        threadpool_limits(1)
    except ImportError:  # pragma: no cover - threadpoolctl comes with scikit-learn
        pass
    analyzer = worker_analyzer(settings)
    analyzer(Document(text="Загрузка моделей."))


class Submitter(Protocol):
    def __call__(self, items: list[Item]) -> Future[list[str]] | Any: ...


def ordered_results(
    submit: Submitter, batches: Iterable[list[Item]], window: int
) -> Iterator[tuple[list[Item], list[str]]]:
    """Submit ``batches`` with at most ``window`` in flight; yield each batch with its output
    lines, in input order. Reading ahead is bounded, so memory does not grow with the input."""
    pending: deque[tuple[list[Item], Any]] = deque()
    for batch in batches:
        pending.append((batch, submit(batch)))
        if len(pending) >= window:
            done, future = pending.popleft()
            yield done, future.result()
    while pending:
        done, future = pending.popleft()
        yield done, future.result()


def process_pool(workers: int, settings: AnalyzerSettings) -> tuple[Submitter, Callable[[], None]]:
    """A pool of ``workers`` processes, each with its own analyzer: ``(submit, shutdown)``."""
    import multiprocessing

    settings = settings.for_worker()
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_start_worker,
        initargs=(settings, os.getpid()),
    )

    def submit(items: list[Item]) -> Future[list[str]]:
        return pool.submit(annotate_batch_in_worker, settings, items)

    def shutdown() -> None:
        pool.shutdown(wait=True, cancel_futures=True)

    return submit, shutdown
