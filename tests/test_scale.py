"""Throughput machinery: NER chunking, bounded caches, progress, deterministic normal forms."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from ruanalyze.io.progress import Progress
from ruanalyze.morph import Morph
from ruanalyze.ner import NERTagger
from ruanalyze.segment import tokens

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "data" / "examples").glob("*.txt"))


def test_chunks_stay_within_the_token_budget() -> None:
    tagger = NERTagger(token_budget=100)
    lengths = [5, 40, 30, 30, 10, 250, 20]
    order = sorted(range(len(lengths)), key=lengths.__getitem__)
    chunks = list(tagger._chunks(order, lengths))
    assert [i for chunk in chunks for i in chunk] == order
    for chunk in chunks:
        packed = sum(lengths[i] for i in chunk)
        assert packed <= 100 or len(chunk) == 1  # one over-long article goes alone
    assert [[lengths[i] for i in chunk] for chunk in chunks] == [[5, 10, 20, 30, 30], [40], [250]]


def test_tagging_the_segmenters_tokens_equals_slovnets_own_map(nlp) -> None:
    texts = [path.read_text(encoding="utf-8") for path in EXAMPLES]
    ours = nlp.ner.tag_tokens(texts, [tokens(text) for text in texts])
    theirs = [
        [(span.start, span.stop, span.type) for span in markup.spans]
        for markup in nlp.ner.model.map(texts)
    ]
    assert [[(m.start, m.stop, m.type) for m in found] for found in ours] == theirs
    assert sum(map(len, theirs)) > 10


def test_morph_caches_stay_bounded() -> None:
    morph = Morph(cache_size=50, parse_cache_size=20)
    words = [f"слово{index}" for index in range(500)] + ["дома", "домами", "акимата"] * 10
    for word in words:
        morph.analyze(word)
    assert len(morph._cache) <= 50
    assert len(morph._parse_cache) <= 20
    assert morph.analyze("домами") == ("дом", "NOUN")


def test_progress_writes_nothing_when_not_a_terminal() -> None:
    stream = io.StringIO()
    progress = Progress(stream)
    progress.advance(10)
    progress.close()
    assert stream.getvalue() == ""


def test_progress_shows_articles_and_rate_on_a_terminal() -> None:
    stream = io.StringIO()
    progress = Progress(stream, interval=0.0, enabled=True)
    progress.skip(5)
    progress.advance(3)
    progress.close()
    last = stream.getvalue().split("\r")[-1]
    assert last.startswith("ruanalyze: 3 articles, ") and "articles/s (5 done before)" in last


def test_normal_forms_are_the_same_whatever_the_hash_seed() -> None:
    """Workers are separate processes: a set-order tie-break would make their output differ."""
    script = (
        "from ruanalyze.morph import Morph; from ruanalyze.normalize import Normalizer; "
        "n = Normalizer(Morph()); "
        "print([n(w.split(), 'PER') for w in ('Вадиму Старкову', 'Митволь', 'Юсуфову')])"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": str(ROOT / "src")},
        ).stdout
        for seed in range(4)
    }
    assert len(outputs) == 1
