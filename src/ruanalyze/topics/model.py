"""TF-IDF over lemmas and one logistic regression per label, stored without pickle.

A saved model is a folder with ``model.json`` (format version, labels, vocabulary, idf, decision
rule) and ``weights.npz`` (coefficients, loaded with ``allow_pickle=False``), so loading a model
file can never run code.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from scipy import sparse

FORMAT = "ruanalyze-topics"
FORMAT_VERSION = 1


class ModelFormatError(ValueError):
    """A model folder that is missing, of another format or version, or damaged."""


@dataclass
class DecisionRule:
    """Which labels an article gets: the top one always, then others scoring at least
    ``threshold``, at most ``max_labels`` in all."""

    threshold: float = 0.5
    max_labels: int = 3

    def choose(self, scores: np.ndarray) -> list[int]:
        order = np.argsort(-scores, kind="stable")
        chosen = [int(order[0])]
        for index in order[1 : self.max_labels]:
            if scores[index] >= self.threshold:
                chosen.append(int(index))
        return chosen


@dataclass
class TopicModel:
    """Fit on term lists (see ``features.topic_terms``) with their label lists."""

    ngram_range: tuple[int, int] = (1, 2)
    min_df: int = 2
    C: float = 10.0
    rule: DecisionRule = field(default_factory=DecisionRule)

    labels_: list[str] = field(default_factory=list)
    vocabulary_: dict[str, int] = field(default_factory=dict)
    idf_: np.ndarray | None = None
    coef_: np.ndarray | None = None
    intercept_: np.ndarray | None = None

    def fit(
        self, documents: Sequence[Sequence[str]], labels: Sequence[Sequence[str]]
    ) -> TopicModel:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.multiclass import OneVsRestClassifier
        from sklearn.preprocessing import MultiLabelBinarizer

        vectorizer = TfidfVectorizer(
            analyzer=_identity, min_df=self.min_df, sublinear_tf=True, dtype=np.float32
        )
        features = vectorizer.fit_transform([self._ngrams(terms) for terms in documents])
        binarizer = MultiLabelBinarizer()
        targets = binarizer.fit_transform(labels)
        classifier = OneVsRestClassifier(
            LogisticRegression(C=self.C, class_weight="balanced", max_iter=2000)
        ).fit(features, targets)
        self.labels_ = [str(label) for label in binarizer.classes_]
        self.vocabulary_ = {term: int(index) for term, index in vectorizer.vocabulary_.items()}
        self.idf_ = vectorizer.idf_.astype(np.float32)
        self.coef_ = np.vstack([e.coef_ for e in classifier.estimators_]).astype(np.float32)
        self.intercept_ = np.array([e.intercept_[0] for e in classifier.estimators_], np.float32)
        return self

    def _ngrams(self, terms: Sequence[str]) -> list[str]:
        low, high = self.ngram_range
        grams: list[str] = []
        for n in range(low, high + 1):
            grams.extend(" ".join(terms[i : i + n]) for i in range(len(terms) - n + 1))
        return grams

    def transform(self, documents: Sequence[Sequence[str]]) -> sparse.csr_matrix:
        """TF-IDF rows as scikit-learn computes them: sublinear tf, idf, l2 norm."""
        self._check_fitted()
        rows, cols, values = [], [], []
        for row, terms in enumerate(documents):
            counts: dict[int, int] = {}
            for gram in self._ngrams(terms):
                index = self.vocabulary_.get(gram)
                if index is not None:
                    counts[index] = counts.get(index, 0) + 1
            rows.extend([row] * len(counts))
            cols.extend(counts)
            values.extend(counts.values())
        shape = (len(documents), len(self.vocabulary_))
        matrix = sparse.csr_matrix((np.asarray(values, np.float32), (rows, cols)), shape=shape)
        matrix.data = (1.0 + np.log(matrix.data)).astype(np.float32)
        matrix = matrix.multiply(self.idf_).tocsr()
        norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1))).ravel()
        norms[norms == 0] = 1.0
        return sparse.csr_matrix(sparse.diags(1.0 / norms) @ matrix, dtype=np.float32)

    def scores(self, documents: Sequence[Sequence[str]]) -> np.ndarray:
        """Per-label probabilities, shape ``(documents, labels)``."""
        decision = self.transform(documents) @ self.coef_.T + self.intercept_
        return 1.0 / (1.0 + np.exp(-np.asarray(decision)))

    def explain(self, terms: Sequence[str], label: str, top: int = 10) -> list[tuple[str, float]]:
        """The terms that pushed ``label`` up most for this document, with their weight."""
        row = self.transform([terms])
        weights = self.coef_[self.labels_.index(label)]
        names = {index: term for term, index in self.vocabulary_.items()}
        contributions = [
            (names[i], float(v * weights[i])) for i, v in zip(row.indices, row.data, strict=True)
        ]
        contributions = [item for item in contributions if item[1] > 0]
        return sorted(contributions, key=lambda item: -item[1])[:top]

    def save(self, folder: str | Path) -> None:
        self._check_fitted()
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        terms = sorted(self.vocabulary_, key=self.vocabulary_.__getitem__)
        meta = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "labels": self.labels_,
            "ngram_range": list(self.ngram_range),
            "min_df": self.min_df,
            "C": self.C,
            "rule": {"threshold": self.rule.threshold, "max_labels": self.rule.max_labels},
            "terms": terms,
        }
        (folder / "model.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        arrays = {"idf": self.idf_, "coef": self.coef_, "intercept": self.intercept_}
        _write_npz(folder / "weights.npz", arrays)

    @classmethod
    def load(cls, folder: str | Path) -> TopicModel:
        folder = Path(folder)
        try:
            meta = json.loads((folder / "model.json").read_text(encoding="utf-8"))
            with np.load(folder / "weights.npz", allow_pickle=False) as weights:
                arrays = {name: weights[name] for name in ("idf", "coef", "intercept")}
        except (OSError, ValueError, KeyError, zipfile.BadZipFile) as error:
            raise ModelFormatError(f"{folder}: not a readable topic model ({error})") from error
        if not isinstance(meta, dict) or meta.get("format") != FORMAT:
            raise ModelFormatError(f"{folder}: not a ruanalyze topic model")
        if meta.get("version") != FORMAT_VERSION:
            raise ModelFormatError(
                f"{folder}: topic model format version {meta.get('version')}, "
                f"this ruanalyze reads version {FORMAT_VERSION}"
            )
        try:
            terms, labels = list(meta["terms"]), list(meta["labels"])
        except (KeyError, TypeError) as error:
            raise ModelFormatError(f"{folder}: model.json lacks {error}") from error
        if (
            arrays["coef"].shape != (len(labels), len(terms))
            or arrays["idf"].shape != (len(terms),)
            or arrays["intercept"].shape != (len(labels),)
        ):
            raise ModelFormatError(f"{folder}: weights do not match the vocabulary and labels")
        return cls(
            ngram_range=tuple(meta["ngram_range"]),
            min_df=meta["min_df"],
            C=meta["C"],
            rule=DecisionRule(**meta["rule"]),
            labels_=list(labels),
            vocabulary_={term: index for index, term in enumerate(terms)},
            idf_=arrays["idf"],
            coef_=arrays["coef"],
            intercept_=arrays["intercept"],
        )

    def _check_fitted(self) -> None:
        if self.coef_ is None or self.idf_ is None:
            raise ValueError("the topic model is not fitted: call fit() or TopicModel.load()")


def _write_npz(path: Path, arrays: dict[str, np.ndarray]) -> None:
    """Like ``np.savez_compressed``, but byte-for-byte reproducible (fixed zip timestamps)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, array in arrays.items():
            buffer = io.BytesIO()
            np.lib.format.write_array(buffer, np.ascontiguousarray(array), allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, buffer.getvalue())


def _identity(terms: list[str]) -> list[str]:
    return terms
