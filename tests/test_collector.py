"""The cyclic garbage collector is paused for a batch and always given back as it was."""

from __future__ import annotations

import gc
import threading

import pytest

from ruanalyze import Document
from ruanalyze.collector import collector_paused


@pytest.fixture(autouse=True)
def collector_enabled():
    gc.enable()
    yield
    gc.enable()


def test_paused_inside_and_resumed_after():
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_resumed_after_an_error():
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("a stage failed")
    assert gc.isenabled()


def test_an_application_that_disabled_it_keeps_it_disabled():
    gc.disable()
    with collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_overlapping_batches_on_two_threads_resume_it_only_when_both_end():
    first_in, second_done, release = threading.Event(), threading.Event(), threading.Event()
    seen: list[bool] = []

    def first() -> None:
        with collector_paused():
            first_in.set()
            release.wait(5)

    def second() -> None:
        first_in.wait(5)
        with collector_paused():
            pass
        seen.append(gc.isenabled())  # the first batch still runs
        second_done.set()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    second_done.wait(5)
    release.set()
    for thread in threads:
        thread.join(5)
    assert seen == [False]
    assert gc.isenabled()


def test_the_analyzer_runs_its_stages_with_the_collector_paused(nlp, monkeypatch):
    states: list[bool] = []
    lemmatize = nlp.lemmatizer

    def watched(doc: Document) -> None:
        states.append(gc.isenabled())
        lemmatize(doc)

    monkeypatch.setattr(nlp, "lemmatizer", watched)
    doc = nlp("Аким Восточно-Казахстанской области провёл совещание.")
    assert states == [False]
    assert gc.isenabled()
    assert doc.tokens[0].lemma == "аким"


def test_annotate_writes_its_lines_with_the_collector_paused(nlp, monkeypatch):
    from ruanalyze.io import parallel

    states: list[bool] = []
    to_line = parallel.output_line

    def watched(item):
        states.append(gc.isenabled())
        return to_line(item)

    monkeypatch.setattr(parallel, "output_line", watched)
    lines = parallel.annotate_batch(nlp, [Document("Аким провёл приём.", id="1")])
    assert states == [False]
    assert gc.isenabled()
    assert '"lemma": "аким"' in lines[0]
