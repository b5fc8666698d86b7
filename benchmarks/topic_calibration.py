"""Are the bundled recipe's topic scores calibrated? Out-of-fold reliability on data/topics.

    python benchmarks/topic_calibration.py [--folds 5]

Trains the default recipe on K-1 folds of our corpus, scores the held-out fold, and prints, per
score bin, the mean score beside the share of (article, label) pairs that carry the label, with
the expected calibration error; then the same without Platt scaling. Takes a few minutes.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
from sklearn.model_selection import KFold

from ruanalyze.topics import TopicModel
from ruanalyze.topics.corpus import read_labelled
from ruanalyze.topics.train import featurize

CORPUS = Path(__file__).resolve().parents[1] / "data" / "topics"


def reliability(model: TopicModel, terms, labels, folds: int) -> tuple[np.ndarray, np.ndarray]:
    scores, truth = [], []
    for train, test in KFold(folds, shuffle=True, random_state=1).split(terms):
        fitted = model.unfitted().fit([terms[i] for i in train], [labels[i] for i in train])
        scores.append(fitted.scores([terms[i] for i in test]))
        truth.append([[label in labels[i] for label in fitted.labels_] for i in test])
    return np.vstack(scores).ravel(), np.vstack(truth).ravel().astype(float)


def report(name: str, scores: np.ndarray, truth: np.ndarray) -> None:
    bins = np.minimum((scores * 10).astype(int), 9)
    print(f"{name}\n  {'bin':<9} {'mean score':>10} {'share true':>10} {'pairs':>7}")
    error = 0.0
    for b in range(10):
        chosen = bins == b
        if chosen.any():
            mean, share = scores[chosen].mean(), truth[chosen].mean()
            error += abs(mean - share) * chosen.sum()
            span = f"{b / 10:.1f}-{(b + 1) / 10:.1f}"
            print(f"  {span:<9} {mean:>10.2f} {share:>10.2f} {chosen.sum():>7}")
    print(f"  expected calibration error {error / len(scores):.4f}\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    items = list(read_labelled(CORPUS))
    terms = featurize([item.text for item in items])
    labels = [list(item.labels) for item in items]
    report("calibrated (the recipe)", *reliability(TopicModel(), terms, labels, args.folds))
    uncalibrated = TopicModel(calibration_folds=0)
    report("without Platt scaling", *reliability(uncalibrated, terms, labels, args.folds))


if __name__ == "__main__":
    main()
