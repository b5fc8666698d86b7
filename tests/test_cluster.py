"""The Dask backend on a small in-process cluster gives exactly the single-process output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ruanalyze.document import Document
from ruanalyze.io import annotate

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "data" / "examples"

distributed = pytest.importorskip(
    "distributed", reason='the Dask backend is optional: pip install "ruanalyze[dask]"'
)
dask_bag = pytest.importorskip("dask.bag", reason='needs dask[bag]: pip install "ruanalyze[dask]"')


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
    ) as local:
        yield local


def test_analyze_bag_equals_pipe(cluster, nlp) -> None:
    from ruanalyze.cluster import analyze_bag

    paths = sorted(EXAMPLES.glob("*.txt"))

    def articles() -> list[Document]:
        return [Document(path.read_text(encoding="utf-8"), id=path.stem) for path in paths]

    with distributed.Client(cluster):
        bag = dask_bag.from_sequence(articles(), npartitions=2)
        docs = analyze_bag(bag, analyzer=nlp).compute()
    expected = list(nlp.pipe(articles()))
    assert [doc.as_json() for doc in docs] == [doc.as_json() for doc in expected]
    assert any(doc.mentions for doc in docs)


def test_annotate_on_a_scheduler_equals_one_process(cluster, nlp, tmp_path: Path) -> None:
    local = tmp_path / "local.jsonl"
    remote = tmp_path / "remote.jsonl"
    annotate([EXAMPLES], local, analyzer=nlp, batch_size=2)
    annotate([EXAMPLES], remote, analyzer=nlp, batch_size=2, scheduler=cluster.scheduler_address)
    lines = remote.read_text(encoding="utf-8").splitlines()
    assert lines == local.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 5 and all(json.loads(line)["tokens"] for line in lines)
