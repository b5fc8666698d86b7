"""TF-IDF over lemmas (plus their mean word vector) and one calibrated logistic regression per
label, stored without pickle.

A saved model is a folder with ``model.json`` (format version, labels, settings, vocabulary,
decision rule, name of the word vectors) and ``weights.npz`` (idf, coefficients, calibration,
loaded with ``allow_pickle=False``), so loading a model file can never run code.
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
FORMAT_VERSION = 2
ARRAYS = ("idf", "coef", "intercept", "calibration")


class ModelFormatError(ValueError):
    """A model folder that is missing, of another format or version, or damaged."""


@dataclass
class DecisionRule:
    """Which labels an article gets: the top one always, then others whose calibrated score is at
    least ``threshold`` (more likely than not, by default), at most ``max_labels`` in all."""

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
    """Fit on term lists (see ``features.topic_terms``) with their label lists.

    Features: TF-IDF over term n-grams, plus (``embedding_weight`` > 0) the unit-length mean word
    vector of the terms' word forms (``features.Term.form``) times that weight. Multi-label data
    (some item with two labels or more): one logistic regression per label, then Platt scaling
    fitted on out-of-fold decision values (``calibration_folds``), so that a score of 0.7 means
    about 70 % of such articles carry the label. Data with exactly one label per item
    (``exclusive_``): one multinomial logistic regression, whose probabilities are calibrated as
    they are and sum to one.
    """

    ngram_range: tuple[int, int] = (1, 2)
    min_df: int = 2
    C: float = 10.0
    sublinear_tf: bool = True
    class_weight: str | None = "balanced"
    embedding_weight: float = 0.5
    calibration_folds: int = 5
    rule: DecisionRule = field(default_factory=DecisionRule)

    labels_: list[str] = field(default_factory=list)
    vocabulary_: dict[str, int] = field(default_factory=dict)
    idf_: np.ndarray | None = None
    coef_: np.ndarray | None = None
    intercept_: np.ndarray | None = None
    calibration_: np.ndarray | None = None
    exclusive_: bool = False

    def settings(self) -> dict:
        """The hyperparameters, as saved in ``model.json``."""
        return {
            "ngram_range": list(self.ngram_range),
            "min_df": self.min_df,
            "C": self.C,
            "sublinear_tf": self.sublinear_tf,
            "class_weight": self.class_weight,
            "embedding_weight": self.embedding_weight,
            "calibration_folds": self.calibration_folds,
            "rule": {"threshold": self.rule.threshold, "max_labels": self.rule.max_labels},
        }

    def unfitted(self) -> TopicModel:
        """A fresh model with the same settings."""
        return TopicModel(**{**self.settings(), "ngram_range": self.ngram_range, "rule": self.rule})

    def fit(
        self, documents: Sequence[Sequence[str]], labels: Sequence[Sequence[str]]
    ) -> TopicModel:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.preprocessing import MultiLabelBinarizer

        vectorizer = TfidfVectorizer(
            analyzer=_identity,
            min_df=self.min_df,
            sublinear_tf=self.sublinear_tf,
            dtype=np.float32,
        )
        tfidf = vectorizer.fit_transform([self._ngrams(terms) for terms in documents])
        self.vocabulary_ = {term: int(index) for term, index in vectorizer.vocabulary_.items()}
        self.idf_ = vectorizer.idf_.astype(np.float32)
        features = self._with_vectors(tfidf, documents)
        binarizer = MultiLabelBinarizer()
        targets = binarizer.fit_transform(labels)
        self.labels_ = [str(label) for label in binarizer.classes_]
        self.exclusive_ = bool((targets.sum(axis=1) == 1).all())
        if self.exclusive_:
            self.coef_, self.intercept_ = self._fit_softmax(features, targets.argmax(axis=1))
            self.calibration_ = np.tile(np.array([1.0, 0.0], np.float32), (len(self.labels_), 1))
        else:
            self.coef_, self.intercept_ = self._fit_linear(features, targets)
            self.calibration_ = self._fit_calibration(features, targets)
        return self

    def _fit_softmax(self, features: sparse.csr_matrix, classes: np.ndarray):
        """One multinomial logistic regression: its probabilities are calibrated as they are."""
        from sklearn.linear_model import LogisticRegression

        count = len(self.labels_)
        if count == 1:
            return np.zeros((1, features.shape[1]), np.float32), np.zeros(1, np.float32)
        classifier = LogisticRegression(C=self.C, class_weight=self.class_weight, max_iter=1000)
        classifier.fit(features, classes)
        coef, intercept = classifier.coef_, classifier.intercept_
        if count == 2:  # scikit-learn keeps one row for two classes: split it symmetrically
            coef, intercept = np.vstack([-coef / 2, coef / 2]), np.array([-1, 1]) * intercept / 2
        return coef.astype(np.float32), intercept.astype(np.float32)

    def _fit_linear(self, features: sparse.csr_matrix, targets: np.ndarray):
        from sklearn.linear_model import LogisticRegression

        coef = np.zeros((targets.shape[1], features.shape[1]), np.float32)
        intercept = np.zeros(targets.shape[1], np.float32)
        for j in range(targets.shape[1]):
            column = targets[:, j]
            if column.min() == column.max():  # a label on every item, or on none
                intercept[j] = 10.0 if column[0] else -10.0
                continue
            classifier = LogisticRegression(
                C=self.C, class_weight=self.class_weight, max_iter=1000
            ).fit(features, column)
            coef[j], intercept[j] = classifier.coef_[0], classifier.intercept_[0]
        return coef, intercept

    def _fit_calibration(self, features: sparse.csr_matrix, targets: np.ndarray) -> np.ndarray:
        """Platt scaling per label: ``p = sigmoid(a * decision + b)``, ``(a, b)`` fitted on
        decision values of models that did not see the item (identity when too few items)."""
        from sklearn.linear_model import LogisticRegression
        from sklearn.model_selection import KFold

        identity = np.tile(np.array([1.0, 0.0], np.float32), (targets.shape[1], 1))
        if self.calibration_folds < 2 or len(targets) < 2 * self.calibration_folds:
            return identity
        decision = np.zeros(targets.shape, np.float32)
        splitter = KFold(self.calibration_folds, shuffle=True, random_state=0)
        for train, test in splitter.split(targets):
            coef, intercept = self._fit_linear(features[train], targets[train])
            decision[test] = features[test] @ coef.T + intercept
        calibration = identity.copy()
        for j in range(targets.shape[1]):
            column = targets[:, j]
            if column.min() == column.max():
                continue
            platt = LogisticRegression(C=1e4).fit(decision[:, [j]], column)
            calibration[j] = platt.coef_[0, 0], platt.intercept_[0]
        return calibration

    def _ngrams(self, terms: Sequence[str]) -> list[str]:
        low, high = self.ngram_range
        grams: list[str] = []
        for n in range(low, high + 1):
            grams.extend(" ".join(terms[i : i + n]) for i in range(len(terms) - n + 1))
        return grams

    def _with_vectors(
        self, tfidf: sparse.csr_matrix, documents: Sequence[Sequence[str]]
    ) -> sparse.csr_matrix:
        if not self.embedding_weight:
            return sparse.csr_matrix(tfidf, dtype=np.float32)
        from .embedding import word_vectors

        forms = [[_form(term) for term in terms] for terms in documents]
        dense = word_vectors().matrix(forms) * np.float32(self.embedding_weight)
        return sparse.hstack([tfidf, sparse.csr_matrix(dense)], format="csr", dtype=np.float32)

    def tfidf(self, documents: Sequence[Sequence[str]]) -> sparse.csr_matrix:
        """TF-IDF rows as scikit-learn computes them: (sublinear) tf, idf, l2 norm."""
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
        if self.sublinear_tf:
            matrix.data = (1.0 + np.log(matrix.data)).astype(np.float32)
        matrix = matrix.multiply(self.idf_).tocsr()
        norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1))).ravel()
        norms[norms == 0] = 1.0
        return sparse.csr_matrix(sparse.diags(1.0 / norms) @ matrix, dtype=np.float32)

    def transform(self, documents: Sequence[Sequence[str]]) -> sparse.csr_matrix:
        """The feature rows the classifier sees."""
        return self._with_vectors(self.tfidf(documents), documents)

    def decision(self, documents: Sequence[Sequence[str]]) -> np.ndarray:
        """Uncalibrated per-label decision values (log-odds of each logistic regression)."""
        return np.asarray(self.transform(documents) @ self.coef_.T + self.intercept_)

    def scores(self, documents: Sequence[Sequence[str]]) -> np.ndarray:
        """Calibrated per-label probabilities, shape ``(documents, labels)``."""
        decision = self.decision(documents)
        if self.exclusive_:
            exp = np.exp(decision - decision.max(axis=1, keepdims=True))
            return exp / exp.sum(axis=1, keepdims=True)
        slope, offset = self.calibration_[:, 0], self.calibration_[:, 1]
        return 1.0 / (1.0 + np.exp(-(decision * slope + offset)))

    def explain(self, terms: Sequence[str], label: str, top: int = 10) -> list[tuple[str, float]]:
        """The terms that pushed ``label`` up most for this document, with their share of the
        decision value: the TF-IDF weight of each term (or bigram) plus, through the mean word
        vector, each word's vector times the label's vector weights."""
        j = self.labels_.index(label)
        weights = self.coef_[j]
        names = {index: term for term, index in self.vocabulary_.items()}
        row = self.tfidf([terms])
        contributions: dict[str, float] = {}
        for i, value in zip(row.indices, row.data, strict=True):
            contributions[names[i]] = float(value * weights[i])
        if self.embedding_weight:
            from .embedding import word_vectors

            vectors = word_vectors()
            lemma_of = {_form(term): str(term) for term in terms}
            forms = [_form(term) for term in terms]
            known = vectors.known(forms)
            _, scale = vectors.mean(forms)
            direction = weights[len(self.vocabulary_) :]
            for form, vector in known:
                share = self.embedding_weight * scale / len(known) * float(vector @ direction)
                lemma = lemma_of[form]
                contributions[lemma] = contributions.get(lemma, 0.0) + share
        positive = [(term, value) for term, value in contributions.items() if value > 0]
        return sorted(positive, key=lambda item: (-item[1], item[0]))[:top]

    def save(self, folder: str | Path) -> None:
        self._check_fitted()
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        terms = sorted(self.vocabulary_, key=self.vocabulary_.__getitem__)
        meta = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "labels": self.labels_,
            "exclusive": self.exclusive_,
            **self.settings(),
            "embedding": _embedding_name() if self.embedding_weight else None,
            "terms": terms,
        }
        (folder / "model.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        arrays = {
            "idf": self.idf_,
            "coef": self.coef_,
            "intercept": self.intercept_,
            "calibration": self.calibration_,
        }
        _write_npz(folder / "weights.npz", arrays)

    @classmethod
    def load(cls, folder: str | Path) -> TopicModel:
        folder = Path(folder)
        try:
            meta = json.loads((folder / "model.json").read_text(encoding="utf-8"))
            with np.load(folder / "weights.npz", allow_pickle=False) as weights:
                arrays = {name: weights[name] for name in ARRAYS}
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
            vectors = bool(meta["embedding_weight"])
            settings = {
                "ngram_range": tuple(meta["ngram_range"]),
                "min_df": int(meta["min_df"]),
                "C": float(meta["C"]),
                "sublinear_tf": bool(meta["sublinear_tf"]),
                "class_weight": meta["class_weight"],
                "embedding_weight": float(meta["embedding_weight"]),
                "calibration_folds": int(meta["calibration_folds"]),
                "rule": DecisionRule(**meta["rule"]),
            }
            exclusive = bool(meta["exclusive"])
        except (KeyError, TypeError, ValueError) as error:
            raise ModelFormatError(f"{folder}: model.json lacks or garbles {error}") from error
        if vectors and meta.get("embedding") != _embedding_name():
            raise ModelFormatError(
                f"{folder}: model uses word vectors {meta.get('embedding')!r}, "
                f"this ruanalyze has {_embedding_name()!r}"
            )
        width = len(terms) + (_dimensions() if vectors else 0)
        if (
            arrays["coef"].shape != (len(labels), width)
            or arrays["idf"].shape != (len(terms),)
            or arrays["intercept"].shape != (len(labels),)
            or arrays["calibration"].shape != (len(labels), 2)
        ):
            raise ModelFormatError(f"{folder}: weights do not match the vocabulary and labels")
        return cls(
            **settings,
            labels_=list(labels),
            vocabulary_={term: index for index, term in enumerate(terms)},
            idf_=arrays["idf"],
            coef_=arrays["coef"],
            intercept_=arrays["intercept"],
            calibration_=arrays["calibration"],
            exclusive_=exclusive,
        )

    def _check_fitted(self) -> None:
        if self.coef_ is None or self.idf_ is None:
            raise ValueError("the topic model is not fitted: call fit() or TopicModel.load()")


def _form(term: str) -> str:
    """The word form a term was written as (``features.Term``), or the term itself."""
    return getattr(term, "form", term)


def _embedding_name() -> str:
    from .embedding import NAME

    return NAME


def _dimensions() -> int:
    from .embedding import DIMENSIONS

    return DIMENSIONS


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
