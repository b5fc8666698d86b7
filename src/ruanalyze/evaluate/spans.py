"""Exact-match scoring of typed spans: precision, recall and F1 per type and micro-averaged.

A predicted span counts as correct only when a gold span of the same document has the same
``start``, ``stop`` and ``type``. Micro figures pool every type's counts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

TYPES = ("PER", "LOC", "ORG")

# (start, stop, type, text)
Span = tuple[int, int, str, str]


@dataclass(frozen=True, slots=True)
class Counts:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 0.0

    @property
    def recall(self) -> float:
        gold = self.true_positives + self.false_negatives
        return self.true_positives / gold if gold else 0.0

    @property
    def f1(self) -> float:
        total = 2 * self.true_positives + self.false_positives + self.false_negatives
        return 2 * self.true_positives / total if total else 0.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.true_positives + other.true_positives,
            self.false_positives + other.false_positives,
            self.false_negatives + other.false_negatives,
        )


@dataclass(slots=True)
class Score:
    """Counts per type plus the commonest errors, ``(text, type) → count``."""

    types: tuple[str, ...] = TYPES
    counts: dict[str, Counts] = field(default_factory=dict)
    false_positives: Counter[tuple[str, str]] = field(default_factory=Counter)
    misses: Counter[tuple[str, str]] = field(default_factory=Counter)

    @property
    def micro(self) -> Counts:
        total = Counts()
        for type_ in self.types:
            total += self.counts.get(type_, Counts())
        return total

    def f1(self, type_: str | None = None) -> float:
        """F1 of one type, or micro F1 with no type."""
        return self.micro.f1 if type_ is None else self.counts.get(type_, Counts()).f1

    def add_document(self, gold: Iterable[Span], predicted: Iterable[Span]) -> None:
        gold_set = {span for span in gold if span[2] in self.types}
        predicted_set = {span for span in predicted if span[2] in self.types}
        gold_keys = {span[:3] for span in gold_set}
        predicted_keys = {span[:3] for span in predicted_set}
        for type_ in self.types:
            hits = sum(1 for key in gold_keys & predicted_keys if key[2] == type_)
            fps = sum(1 for key in predicted_keys - gold_keys if key[2] == type_)
            fns = sum(1 for key in gold_keys - predicted_keys if key[2] == type_)
            self.counts[type_] = self.counts.get(type_, Counts()) + Counts(hits, fps, fns)
        self.false_positives.update(
            (span[3], span[2]) for span in predicted_set if span[:3] not in gold_keys
        )
        self.misses.update(
            (span[3], span[2]) for span in gold_set if span[:3] not in predicted_keys
        )


def score_spans(
    gold: Sequence[Iterable[Span]],
    predicted: Sequence[Iterable[Span]],
    types: tuple[str, ...] = TYPES,
) -> Score:
    """Score documents' predicted spans against their gold spans (the sequences align by index)."""
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold documents but {len(predicted)} predicted")
    score = Score(types=types)
    for gold_spans, predicted_spans in zip(gold, predicted, strict=True):
        score.add_document(gold_spans, predicted_spans)
    return score
