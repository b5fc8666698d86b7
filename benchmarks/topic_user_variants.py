"""Classifier and feature variants for models trained on a user's own single-label rubrics.

    python benchmarks/topic_user_variants.py ../shared/datasets/topics/lenta_headlines_2024.jsonl \
        --label-key label
    python benchmarks/topic_user_variants.py data/topics --first-label

Cross-validates, on the folds ``train-topics --cv 5`` uses (stratified by first label, seed 0),
the shipped single-label recipe (logistic regression on lemma TF-IDF, the mean word vector,
character n-grams and place groups) beside the recipe before place groups, other
regularization, LinearSVC, and extra feature blocks. The blocks are fitted on each training fold
as ``TopicModel.fit`` fits them, once per fold, so the shipped row reproduces the command's
figures; each variant then only refits a classifier. Prints
macro F1 over all labels, over the labels with at least one item per fold, and accuracy. The
README (Accuracy: topics, "The classifier round", "The places round") has the figures; Lenta takes
about 10 minutes. ``--half`` keeps every second item (screening without the full folds),
``--only TEXT`` the variants whose name contains TEXT (and the two reference rows).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.svm import LinearSVC

from ruanalyze.topics import TopicModel
from ruanalyze.topics.corpus import read_labelled
from ruanalyze.topics.geography import PlaceFinder, gazetteer
from ruanalyze.topics.model import _char_text
from ruanalyze.topics.train import cv_splits, featurize, label_scores

Blocks = dict[str, sparse.csr_matrix]


def blocks(train: list, test: list) -> tuple[Blocks, Blocks]:
    """Lemma TF-IDF ("lemmas"), idf-weighted mean word vector ("vector"), character n-grams
    within words ("chars"), as the shipped recipe builds them; plus word uni- and bigrams of the
    words as written ("words"), character n-grams across words ("chars_across"), person names
    ("names") and the place groups of ``geography`` ("geo")."""
    model = TopicModel()
    lemmas = model._lemma_vectorizer()
    fitted = {"lemmas": lemmas.fit_transform([model._ngrams(d) for d in train])}
    held = {"lemmas": lemmas.transform([model._ngrams(d) for d in test])}
    model.vocabulary_, model.idf_ = dict(lemmas.vocabulary_), lemmas.idf_.astype(np.float32)
    for rows, docs in ((fitted, train), (held, test)):
        rows["vector"] = sparse.csr_matrix(model._vector_rows(docs))
    others = {
        "chars": (model._char_vectorizer(), _char_text),
        "words": (
            TfidfVectorizer(
                token_pattern=r"\S+",
                ngram_range=(1, 2),
                min_df=2,
                sublinear_tf=True,
                dtype=np.float32,
            ),
            _char_text,
        ),
        "chars_across": (
            TfidfVectorizer(
                analyzer="char", ngram_range=(3, 5), min_df=2, sublinear_tf=True, dtype=np.float32
            ),
            _char_text,
        ),
    }
    for name, (vectorizer, text) in others.items():
        fitted[name] = vectorizer.fit_transform([text(d) for d in train])
        held[name] = vectorizer.transform([text(d) for d in test])
    names = TfidfVectorizer(analyzer=_names, min_df=2, sublinear_tf=True, dtype=np.float32)
    fitted["names"], held["names"] = names.fit_transform(train), names.transform(test)
    finder = PlaceFinder(gazetteer())
    for rows, docs in ((fitted, train), (held, test)):
        rows["geo"] = sparse.csr_matrix(finder.rows([d.places for d in docs]))
    return fitted, held


def _names(terms: list) -> list[str]:
    """The person names of a text (lemmas), which the lemma block leaves out."""
    return [str(term) for term in terms if getattr(term, "vector_only", False)]


def stack(rows: Blocks, weights: dict[str, float]) -> sparse.csr_matrix:
    parts = [rows[name] * weight for name, weight in weights.items()]
    return sparse.hstack(parts, format="csr", dtype=np.float32)


# The character n-gram model (main before the places round) and the model as shipped now.
CHARS = {"lemmas": 1.0, "vector": 0.5, "chars": 1.0}
SHIPPED = {**CHARS, "geo": 0.5}
ALWAYS = ("before places", "shipped")  # rows run whatever --only says


def logistic(c: float, class_weight: str | None = "balanced") -> Callable:
    return lambda: LogisticRegression(C=c, class_weight=class_weight, max_iter=1000, tol=3e-4)


def svc(c: float) -> Callable:
    return lambda: LinearSVC(C=c, class_weight="balanced")


VARIANTS = [
    ("logistic regression C=10, balanced, before places", logistic(10), CHARS),
    ("logistic regression C=3", logistic(3), CHARS),
    ("logistic regression C=30", logistic(30), CHARS),
    ("logistic regression, no class weights", logistic(10, None), CHARS),
    ("LinearSVC C=0.1", svc(0.1), CHARS),
    ("LinearSVC C=0.3", svc(0.3), CHARS),
    ("LinearSVC C=1", svc(1), CHARS),
    ("+ words as written, weight 0.7 (logistic)", logistic(10), {**CHARS, "words": 0.7}),
    ("LinearSVC 0.3, vector weight 1", svc(0.3), {**CHARS, "vector": 1.0}),
    (
        "LinearSVC 0.3, chars across words",
        svc(0.3),
        {"lemmas": 1, "vector": 0.5, "chars_across": 1},
    ),
    ("LinearSVC 0.3, char weight 1.4", svc(0.3), {**CHARS, "chars": 1.4}),
    ("+ places by group, weight 0.5 (shipped)", logistic(10), SHIPPED),
    ("+ places by group, weight 1", logistic(10), {**CHARS, "geo": 1.0}),
    ("+ places by group, weight 2", logistic(10), {**CHARS, "geo": 2.0}),
    ("+ places 0.5, person names 0.5", logistic(10), {**SHIPPED, "names": 0.5}),
    ("+ places 0.5, person names 1", logistic(10), {**SHIPPED, "names": 1.0}),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", help="labelled .jsonl/.csv file or folder")
    parser.add_argument("--label-key", default="labels")
    parser.add_argument("--first-label", action="store_true", help="keep each item's first label")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--half", action="store_true", help="every second item only (screening)")
    parser.add_argument("--only", default="", help="run the variants whose name contains this")
    args = parser.parse_args()
    items = list(read_labelled(args.path, label_key=args.label_key))
    if args.half:
        items = items[::2]
    if not args.first_label and any(len(item.labels) > 1 for item in items):
        parser.error(f"{args.path}: items with several labels; pass --first-label")
    labels = np.array([item.labels[0] for item in items])
    terms = featurize([item.text for item in items])
    folds = []
    for train, test in cv_splits(list(labels), args.folds):
        folds.append((train, test, *blocks([terms[i] for i in train], [terms[i] for i in test])))
    for name, make, weights in VARIANTS:
        if args.only not in name and not any(word in name for word in ALWAYS):
            continue
        started, predicted = time.perf_counter(), [set() for _ in labels]
        for train, test, fitted, held in folds:
            classifier = make().fit(stack(fitted, weights), labels[train])
            for index, label in zip(test, classifier.predict(stack(held, weights)), strict=True):
                predicted[index] = {str(label)}
        scores = label_scores([[label] for label in labels], predicted)
        macro = np.mean([s.f1 for s in scores])
        kept = np.mean([s.f1 for s in scores if s.support >= args.folds])
        accuracy = np.mean([label in p for label, p in zip(labels, predicted, strict=True)])
        seconds = time.perf_counter() - started
        print(
            f"{name:<46} macro F1 {macro:.3f}  without rare {kept:.3f}  accuracy {accuracy:.3f}"
            f"  ({seconds:.0f} s)",
            flush=True,
        )


if __name__ == "__main__":
    main()
