"""Running the analyzer on a Dask cluster (``pip install "ruanalyze[dask]"``).

Two ways in: :func:`analyze_bag` maps the analyzer over a ``dask.bag`` of texts or documents;
:func:`dask_submitter` lets ``annotate`` (and ``ruanalyze annotate --scheduler tcp://HOST:8786``)
send its batches to a cluster's workers. Either way each worker process builds its analyzer once,
on its first batch, and keeps it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from .analyzer import Analyzer
from .document import Document
from .io.parallel import (
    AnalyzerSettings,
    Item,
    Submitter,
    annotate_batch_in_worker,
    worker_analyzer,
)


def _require_distributed() -> Any:
    try:
        import distributed
    except ImportError as error:
        raise ImportError(
            'the Dask backend needs dask and distributed: pip install "ruanalyze[dask]"'
        ) from error
    return distributed


def _analyze_partition(
    items: Iterable[str | Document], settings: AnalyzerSettings
) -> list[Document]:
    return list(worker_analyzer(settings).pipe(items))


def analyze_bag(
    bag: Any,
    topic_model: str | Path | None = None,
    batch_size: int = 32,
    analyzer: Analyzer | None = None,
) -> Any:
    """``bag`` of texts or :class:`Document` → bag of analyzed documents, partitions in order.

    A text becomes a document whose id is its position within its partition: give documents
    (``Document(text, id=...)``) to keep ids of your own.

    Models load once per worker process. ``analyzer`` (optional) gives the settings to copy
    (its topic model and batch size), not the object itself: workers build their own.
    """
    settings = (
        AnalyzerSettings.of(analyzer)
        if analyzer is not None
        else AnalyzerSettings(str(topic_model) if topic_model else None, batch_size)
    )
    return bag.map_partitions(_analyze_partition, settings.for_worker())


def dask_submitter(
    address: str, settings: AnalyzerSettings
) -> tuple[Submitter, Callable[[], None]]:
    """``(submit, close)`` sending batches to the Dask scheduler at ``address``."""
    distributed = _require_distributed()
    client = distributed.Client(address)
    settings = settings.for_worker()

    def submit(items: list[Item]) -> Any:
        # pure=False: two batches with equal content are still two tasks.
        return client.submit(annotate_batch_in_worker, settings, items, pure=False)

    return submit, client.close
