"""Lemma accuracy on a CoNLL-U file, with pymorphy3 and natasha beside ruanalyze.

Every system lemmatizes the same gold tokens, one sentence at a time. Lemmas are compared
lower-cased
with ё folded to е; tokens whose gold UPOS is PUNCT are left out. The time each system spends is
reported too, as a ratio to natasha's morph tagger (slovnet tagging + ``MorphVocab.lemmatize``).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..entities import fold
from . import existing_file

Sentence = list[tuple[str, str, str]]  # (form, lemma, upos) per token
Lemmatize = Callable[[list[list[str]]], list[list[str]]]
BASELINES = ("pymorphy3", "natasha")


def read_conllu(path: str | Path) -> list[Sentence]:
    """Sentences of ``(form, lemma, upos)``; multiword-token ranges and empty nodes are skipped."""
    path = existing_file(path)
    sentences: list[Sentence] = []
    current: Sentence = []
    with path.open(encoding="utf-8") as file:
        for number, line in enumerate(file, 1):
            line = line.rstrip("\n")
            if not line:
                if current:
                    sentences.append(current)
                    current = []
                continue
            if line.startswith("#"):
                continue
            columns = line.split("\t")
            if len(columns) != 10:
                raise ValueError(f"{path}:{number}: expected 10 tab-separated CoNLL-U columns")
            if not columns[0].isdigit():
                continue
            current.append((columns[1], columns[2], columns[3]))
    if current:
        sentences.append(current)
    return sentences


@dataclass(frozen=True, slots=True)
class Score:
    system: str
    correct: int
    total: int
    seconds: float

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0


def score(name: str, lemmatize: Lemmatize, sentences: Sequence[Sentence]) -> Score:
    words = [[form for form, _, _ in sentence] for sentence in sentences]
    began = time.perf_counter()
    predicted = lemmatize(words)
    seconds = time.perf_counter() - began
    correct = total = 0
    for sentence, lemmas in zip(sentences, predicted, strict=True):
        for (_, gold, upos), lemma in zip(sentence, lemmas, strict=True):
            if upos == "PUNCT":
                continue
            total += 1
            correct += fold(gold) == fold(lemma)
    return Score(name, correct, total, seconds)


def ruanalyze_system() -> Lemmatize:
    from ..lemmatize import lemmatize_words
    from ..morph import Morph

    morph = Morph()

    def lemmatize(sentences: list[list[str]]) -> list[list[str]]:
        return [[lemma for lemma, _ in lemmatize_words(morph, words)] for words in sentences]

    return lemmatize


def pymorphy3_system() -> Lemmatize:
    import pymorphy3

    analyzer = pymorphy3.MorphAnalyzer()

    def lemmatize(sentences: list[list[str]]) -> list[list[str]]:
        return [[analyzer.parse(word)[0].normal_form for word in words] for words in sentences]

    return lemmatize


def natasha_system() -> Lemmatize:
    from natasha import MorphVocab, NewsEmbedding, NewsMorphTagger

    tagger = NewsMorphTagger(NewsEmbedding())
    vocab = MorphVocab()

    def lemmatize(sentences: list[list[str]]) -> list[list[str]]:
        return [
            [vocab.lemmatize(token.text, token.pos, token.feats) for token in markup.tokens]
            for markup in tagger.map(sentences)
        ]

    return lemmatize


SYSTEMS: dict[str, Callable[[], Lemmatize]] = {
    "ruanalyze": ruanalyze_system,
    "pymorphy3": pymorphy3_system,
    "natasha": natasha_system,
}


def load_systems(names: Sequence[str]) -> dict[str, Lemmatize]:
    """Load each system and run it once, so that timings measure lemmatizing, not loading."""
    systems = {name: SYSTEMS[name]() for name in names}
    for lemmatize in systems.values():
        lemmatize([["Мама", "мыла", "раму", "."]])
    return systems


def evaluate_lemmas(
    path: str | Path,
    baselines: Sequence[str] = BASELINES,
    limit: int | None = None,
    systems: dict[str, Lemmatize] | None = None,
) -> list[Score]:
    """Scores of ruanalyze and each baseline on one file (``systems``: already loaded ones)."""
    names = ["ruanalyze", *baselines]
    systems = systems or load_systems(names)
    sentences = read_conllu(path)[:limit]
    return [score(name, systems[name], sentences) for name in names]


def format_scores(path: str | Path, scores: Sequence[Score]) -> Iterator[str]:
    natasha = next((item for item in scores if item.system == "natasha"), None)
    yield f"{Path(path).name}: {scores[0].total} tokens (punctuation left out)"
    for item in scores:
        cost = ""
        if natasha is not None and natasha.seconds > 0:
            cost = f"  cost {item.seconds / natasha.seconds:.2f}× natasha"
        per_k = 1_000_000 * item.seconds / max(item.total, 1)
        yield f"  {item.system:<10} {item.accuracy:.4f}  {per_k:6.1f} ms/1000 tokens{cost}"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("gold", nargs="+", help="CoNLL-U files with gold lemmas")
    parser.add_argument(
        "--baseline",
        default=",".join(BASELINES),
        help="comma-separated baselines to run beside ruanalyze (default: pymorphy3,natasha)",
    )
    parser.add_argument("--limit", type=int, help="first N sentences of each file only")


def run(args: argparse.Namespace) -> int:
    baselines = [name.strip() for name in args.baseline.split(",") if name.strip()]
    unknown = [name for name in baselines if name not in BASELINES]
    if unknown:
        raise ValueError(f"unknown baseline {unknown[0]!r}: choose from {', '.join(BASELINES)}")
    for path in args.gold:
        read_conllu(path)  # fail on a bad file before loading any model
    systems = load_systems(["ruanalyze", *baselines])
    totals: dict[str, list[Score]] = {}
    for path in args.gold:
        scores = evaluate_lemmas(path, baselines, args.limit, systems)
        for item in scores:
            totals.setdefault(item.system, []).append(item)
        for line in format_scores(path, scores):
            print(line, flush=True)
    if len(args.gold) > 1:
        summed = [
            Score(name, *(sum(getattr(item, key) for item in items) for key in SUMMED))
            for name, items in totals.items()
        ]
        for line in format_scores("all files", summed):
            print(line)
    return 0


SUMMED = ("correct", "total", "seconds")
