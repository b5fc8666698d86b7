"""Training a topic model from labelled texts, with an optional cross-validation report."""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from ..document import Document
from .corpus import LabelledText, read_labelled
from .features import topic_terms
from .model import TopicModel

if TYPE_CHECKING:
    from ..analyzer import Analyzer
    from ..records import Token


def tokenize(texts: Sequence[str], analyzer: Analyzer | None = None) -> list[list[Token]]:
    """Tokens with lemmas of each text, exactly as the analyzer computes them (no NER needed:
    razdel and pymorphy3, with lemmas cached per word form)."""
    from ..analyzer import Analyzer

    analyzer = analyzer or Analyzer()
    tokens = []
    for text in texts:
        doc = Document(text=text)
        analyzer.prepare(doc)
        tokens.append(doc.tokens)
    return tokens


def featurize(texts: Sequence[str], analyzer: Analyzer | None = None) -> list[list[str]]:
    """Topic terms of each text (see ``features.topic_terms``)."""
    return [topic_terms(tokens) for tokens in tokenize(texts, analyzer)]


@dataclass(frozen=True)
class LabelScore:
    label: str
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True)
class CrossValidation:
    folds: int
    labels: list[LabelScore]
    top1_accuracy: float

    @property
    def macro_f1(self) -> float:
        return float(np.mean([score.f1 for score in self.labels]))

    @property
    def macro_f1_without_rare(self) -> float:
        """Macro F1 over the labels with at least one item per fold."""
        kept = [score.f1 for score in self.labels if score.support >= self.folds]
        return float(np.mean(kept)) if kept else 0.0

    def format(self) -> str:
        lines = [f"{'label':<16} {'precision':>9} {'recall':>7} {'f1':>6} {'support':>8}"]
        for s in self.labels:
            lines.append(
                f"{s.label:<16} {s.precision:>9.3f} {s.recall:>7.3f} {s.f1:>6.3f} {s.support:>8}"
            )
        lines.append(f"{'macro':<16} {'':>9} {'':>7} {self.macro_f1:>6.3f}")
        lines.append(f"top-label accuracy {self.top1_accuracy:.3f} ({self.folds}-fold)")
        rare = [f"{s.label} ({s.support})" for s in self.labels if s.support < self.folds]
        if rare:
            lines.append(
                f"fewer items than folds, scores unreliable: {', '.join(rare)}; macro F1 without "
                f"them {self.macro_f1_without_rare:.3f}"
            )
        return "\n".join(lines)


def cross_validate(
    terms: Sequence[Sequence[str]],
    labels: Sequence[Sequence[str]],
    folds: int = 5,
    seed: int = 0,
    model: TopicModel | None = None,
) -> CrossValidation:
    """Per-label scores of the decision rule's labels, over stratified folds (by first label).

    Top-label accuracy counts an item right when the best label is one of its gold labels."""
    template = model or TopicModel()
    predicted: list[set[str]] = [set() for _ in terms]
    top_right = 0
    for train, test in cv_splits([label_list[0] for label_list in labels], folds, seed):
        fold_model = template.unfitted()
        fold_model.fit([terms[i] for i in train], [labels[i] for i in train])
        choices = fold_model.choose([terms[i] for i in test])
        for choice, index in zip(choices, test, strict=True):
            chosen = [fold_model.labels_[j] for j in choice]
            predicted[index] = set(chosen)
            top_right += chosen[0] in labels[index]
    return CrossValidation(folds, label_scores(labels, predicted), top_right / len(terms))


def cv_splits(
    first_labels: Sequence[str], folds: int = 5, seed: int = 0
) -> list[tuple[np.ndarray, np.ndarray]]:
    """``(train, test)`` index arrays of the cross-validation folds, stratified by first label."""
    from sklearn.model_selection import StratifiedKFold

    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    with warnings.catch_warnings():  # rare labels are flagged in the report instead
        warnings.filterwarnings("ignore", "The least populated class", UserWarning)
        return list(splitter.split(np.zeros(len(first_labels)), first_labels))


def label_scores(gold: Sequence[Sequence[str]], predicted: list[set[str]]) -> list[LabelScore]:
    all_labels = sorted({label for labels in gold for label in labels})
    scores = []
    for label in all_labels:
        true_positive = sum(label in p and label in g for p, g in zip(predicted, gold, strict=True))
        predicted_count = sum(label in p for p in predicted)
        support = sum(label in g for g in gold)
        precision = true_positive / predicted_count if predicted_count else 0.0
        recall = true_positive / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        scores.append(LabelScore(label, precision, recall, f1, support))
    return scores


def train_topics(
    inputs: Sequence[str | Path],
    output: str | Path | None,
    cv: int | None = None,
    text_key: str = "text",
    label_key: str = "labels",
    model: TopicModel | None = None,
) -> tuple[TopicModel, CrossValidation | None]:
    """Train on labelled files (deterministic: same data, same model), save it to ``output``."""
    items: list[LabelledText] = [
        item for path in inputs for item in read_labelled(path, text_key, label_key)
    ]
    if not items:
        raise ValueError("no labelled texts found in " + ", ".join(map(str, inputs)))
    terms = featurize([item.text for item in items])
    labels = [list(item.labels) for item in items]
    report = cross_validate(terms, labels, cv, model=model) if cv else None
    fitted = (model or TopicModel()).unfitted().fit(terms, labels)
    if output is not None:
        fitted.save(output)
    return fitted, report
