"""TF-IDF over lemmas (plus their mean word vector), one calibrated logistic regression per label
and one multinomial regression for the main topic, stored without pickle.

A saved model is a folder with ``model.json`` (format version, labels, settings, vocabulary,
decision rule, name of the word vectors) and ``weights.npz`` (idf, coefficients, calibration,
main-topic coefficients, loaded with ``allow_pickle=False``), so loading a model file can never
run code.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path

import numpy as np
from scipy import sparse

from .embedding import DIMENSIONS, NAME, word_vectors
from .geography import FEATURES as PLACE_FEATURES
from .geography import GROUPS, PlaceFinder, gazetteer

FORMAT = "ruanalyze-topics"
FORMAT_VERSION = 5
ARRAYS = (
    "idf",
    "char_idf",
    "coef",
    "intercept",
    "calibration",
    "primary_coef",
    "primary_intercept",
)


class ModelFormatError(ValueError):
    """A model folder that is missing, of another format or version, or damaged."""


@dataclass
class DecisionRule:
    """Which labels an article gets: the main topic always (the most probable one by ``primary``,
    the main-topic probabilities, or by ``scores`` when not given), then others whose calibrated
    score is at least ``threshold`` (more likely than not, by default), best first, at most
    ``max_labels`` in all."""

    threshold: float = 0.5
    max_labels: int = 3

    def choose(self, scores: np.ndarray, primary: np.ndarray | None = None) -> list[int]:
        main = int(np.argmax(scores if primary is None else primary))
        chosen = [main]
        for index in np.argsort(-scores, kind="stable"):
            if len(chosen) == self.max_labels or scores[index] < self.threshold:
                break
            if index != main:
                chosen.append(int(index))
        return chosen


@dataclass
class TopicModel:
    """Fit on term lists (see ``features.topic_terms``) with their label lists.

    Features: TF-IDF over term n-grams, plus (``embedding_weight`` > 0) the unit-length mean word
    vector of the terms' word forms (``features.Term.form``) times that weight. Multi-label data
    (some item with two labels or more): one logistic regression per label, then Platt scaling
    fitted on out-of-fold decision values (``calibration_folds``), so that a score of 0.7 means
    about 70 % of such articles carry the label; and one multinomial regression on each item's
    first (most central) label, which picks the main topic (``primary``). The per-label
    regressions learn a second label as strongly as a first one, so an economy story told through
    ministers and diplomats teaches "politics" as much as "economy"; which label comes first is a
    choice among labels, which the multinomial regression learns from the first labels alone.
    Data with exactly one label per item (``exclusive_``): one multinomial logistic regression,
    whose probabilities are calibrated as they are and sum to one; its features add (when
    ``char_weight`` > 0) a TF-IDF of the character n-grams (``char_ngram_range``, within words)
    of the text's words as written (``features.Terms.words``), l2-normalized like the lemma
    block and scaled by ``char_weight``. It is solved to a looser tolerance
    (``exclusive_tol``), to keep training under a minute: on one fold of the Lenta headlines
    (19,749 with their character n-grams) L-BFGS took 120 iterations at scikit-learn's default
    1e-4, 78 at 3e-4 (12 s) with the same accuracy on the held-out fold (0.797 vs 0.796), and
    30 at 1e-3 (5 s) with accuracy 0.789. Last (when ``geo_weight`` > 0), where the text is:
    for Russia, the other former Soviet republics and elsewhere, whether the text names a place
    of the group and whether that group is named first (``geography``), times ``geo_weight``;
    the model keeps the gazetteer it was trained with (``places_``).
    """

    ngram_range: tuple[int, int] = (1, 2)
    min_df: int = 2
    C: float = 10.0
    sublinear_tf: bool = True
    class_weight: str | None = "balanced"
    embedding_weight: float = 0.5
    char_ngram_range: tuple[int, int] = (3, 5)
    char_weight: float = 1.0
    exclusive_tol: float = 3e-4
    geo_weight: float = 0.5
    calibration_folds: int = 5
    rule: DecisionRule = field(default_factory=DecisionRule)

    labels_: list[str] = field(default_factory=list)
    vocabulary_: dict[str, int] = field(default_factory=dict)
    idf_: np.ndarray | None = None
    char_vocabulary_: dict[str, int] = field(default_factory=dict)
    char_idf_: np.ndarray | None = None
    places_: dict[str, str] = field(default_factory=dict)
    # the PlaceFinder of ``places_``, built once, not per scored batch
    _place_finder: PlaceFinder | None = field(default=None, init=False, repr=False, compare=False)
    coef_: np.ndarray | None = None
    intercept_: np.ndarray | None = None
    calibration_: np.ndarray | None = None
    primary_coef_: np.ndarray | None = None
    primary_intercept_: np.ndarray | None = None
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
            "char_ngram_range": list(self.char_ngram_range),
            "char_weight": self.char_weight,
            "exclusive_tol": self.exclusive_tol,
            "geo_weight": self.geo_weight,
            "calibration_folds": self.calibration_folds,
            "rule": {"threshold": self.rule.threshold, "max_labels": self.rule.max_labels},
        }

    def unfitted(self) -> TopicModel:
        """A fresh model with the same settings (every field but the fitted ones, ``..._``)."""
        return TopicModel(
            **{
                f.name: getattr(self, f.name)
                for f in fields(self)
                if f.init and not f.name.endswith("_")
            }
        )

    def fit(
        self, documents: Sequence[Sequence[str]], labels: Sequence[Sequence[str]]
    ) -> TopicModel:
        from sklearn.preprocessing import MultiLabelBinarizer

        vectorizer = self._lemma_vectorizer()
        tfidf = vectorizer.fit_transform([self._ngrams(terms) for terms in documents])
        self.vocabulary_ = {term: int(index) for term, index in vectorizer.vocabulary_.items()}
        self.idf_ = vectorizer.idf_.astype(np.float32)
        features = self._with_vectors(tfidf, documents)
        binarizer = MultiLabelBinarizer()
        targets = binarizer.fit_transform(labels)
        self.labels_ = [str(label) for label in binarizer.classes_]
        self.exclusive_ = bool((targets.sum(axis=1) == 1).all())
        first = np.array([self.labels_.index(str(item[0])) for item in labels])
        self.char_vocabulary_, self.char_idf_ = {}, np.zeros(0, np.float32)
        if self.exclusive_ and self.char_weight:
            chars = self._char_vectorizer()
            matrix = chars.fit_transform([_char_text(terms) for terms in documents])
            self.char_vocabulary_ = {gram: int(index) for gram, index in chars.vocabulary_.items()}
            self.char_idf_ = chars.idf_.astype(np.float32)
            features = self._with_chars(features, matrix)
        self.places_ = dict(gazetteer()) if self.exclusive_ and self.geo_weight else {}
        features = self._with_places(features, documents)
        if self.exclusive_:
            self.coef_, self.intercept_ = self._fit_softmax(features, first, self.exclusive_tol)
            self.calibration_ = _identity_calibration(len(self.labels_))
            self.primary_coef_ = np.zeros((0, features.shape[1]), np.float32)
            self.primary_intercept_ = np.zeros(0, np.float32)
        else:
            self.coef_, self.intercept_ = self._fit_linear(features, targets)
            self.calibration_ = self._fit_calibration(features, targets)
            self.primary_coef_, self.primary_intercept_ = self._fit_softmax(features, first)
        return self

    def _fit_softmax(self, features: sparse.csr_matrix, classes: np.ndarray, tol: float = 1e-4):
        """One multinomial logistic regression: its probabilities are calibrated as they are.
        A label that is no item's class (only ever a second label) gets a row that never wins."""
        from sklearn.linear_model import LogisticRegression

        count = len(self.labels_)
        coef = np.zeros((count, features.shape[1]), np.float32)
        intercept = np.full(count, -30.0, np.float32)
        present = np.unique(classes)
        if len(present) == 1:
            intercept[present[0]] = 0.0
            return coef, intercept
        classifier = LogisticRegression(
            C=self.C, class_weight=self.class_weight, max_iter=1000, tol=tol
        )
        classifier.fit(features, classes)
        fitted, offsets = classifier.coef_, classifier.intercept_
        if len(present) == 2:  # scikit-learn keeps one row for two classes: split it symmetrically
            fitted = np.vstack([-fitted / 2, fitted / 2])
            offsets = np.array([-1, 1]) * offsets / 2
        coef[present], intercept[present] = fitted, offsets
        return coef, intercept

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

        identity = _identity_calibration(targets.shape[1])
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
        """The n-grams TF-IDF counts, of the terms that are not vector-only (person names)."""
        terms = [term for term in terms if not getattr(term, "vector_only", False)]
        low, high = self.ngram_range
        grams: list[str] = []
        for n in range(low, high + 1):
            grams.extend(" ".join(terms[i : i + n]) for i in range(len(terms) - n + 1))
        return grams

    def _vector_weights(self, documents: Sequence[Sequence[str]]) -> list[list[float]]:
        """Each word's weight in its document's mean word vector: its idf, so that the words
        every story has («работа», «вопрос») do not pull a long article's vector towards the
        centre of all news; a word TF-IDF does not know (a name, a word the corpus never had)
        gets the highest idf, as the rarest of words."""
        idf = self.idf_.tolist() if self.idf_ is not None else []
        rare = max(idf, default=1.0)
        vocabulary = self.vocabulary_
        return [
            [
                idf[index] if (index := vocabulary.get(str(term))) is not None else rare
                for term in terms
            ]
            for terms in documents
        ]

    def _with_vectors(
        self, tfidf: sparse.csr_matrix, documents: Sequence[Sequence[str]]
    ) -> sparse.csr_matrix:
        if not self.embedding_weight:
            return sparse.csr_matrix(tfidf, dtype=np.float32)
        dense = self._vector_rows(documents) * np.float32(self.embedding_weight)
        return sparse.hstack([tfidf, sparse.csr_matrix(dense)], format="csr", dtype=np.float32)

    def _vector_rows(self, documents: Sequence[Sequence[str]]) -> np.ndarray:
        """The idf-weighted mean word vector of each document (needs the fitted idf)."""
        forms = [[_form(term) for term in terms] for terms in documents]
        return word_vectors().matrix(forms, self._vector_weights(documents))

    def _lemma_vectorizer(self):
        """The lemma (and lemma n-gram) TF-IDF, unfitted: its input is ``_ngrams`` of a text."""
        from sklearn.feature_extraction.text import TfidfVectorizer

        return TfidfVectorizer(
            analyzer=_identity,
            min_df=self.min_df,
            sublinear_tf=self.sublinear_tf,
            dtype=np.float32,
        )

    def _char_vectorizer(self):
        """The character n-gram TF-IDF (within words: ``char_wb``), unfitted."""
        from sklearn.feature_extraction.text import TfidfVectorizer

        return TfidfVectorizer(
            analyzer="char_wb",
            ngram_range=self.char_ngram_range,
            lowercase=False,
            min_df=self.min_df,
            sublinear_tf=self.sublinear_tf,
            dtype=np.float32,
        )

    def char_tfidf(self, documents: Sequence[Sequence[str]]) -> sparse.csr_matrix:
        """Character n-gram TF-IDF rows of the documents' words (empty when the model has none)."""
        if not self.char_vocabulary_:
            return sparse.csr_matrix((len(documents), 0), dtype=np.float32)
        chars = self._char_vectorizer()
        chars.vocabulary = self.char_vocabulary_
        chars.idf_ = self.char_idf_
        return chars.transform([_char_text(terms) for terms in documents])

    def _with_chars(
        self, features: sparse.csr_matrix, chars: sparse.csr_matrix
    ) -> sparse.csr_matrix:
        if not self.char_vocabulary_:
            return features
        scaled = chars * np.float32(self.char_weight)
        return sparse.hstack([features, scaled], format="csr", dtype=np.float32)

    def place_rows(self, documents: Sequence[Sequence[str]]) -> np.ndarray:
        """The place-group rows (``geography.PlaceFinder.rows``) of the documents, by the
        model's own gazetteer (no columns when the model has none)."""
        if not self.places_:
            return np.zeros((len(documents), 0), np.float32)
        if self._place_finder is None or self._place_finder.entries is not self.places_:
            self._place_finder = PlaceFinder(self.places_)
        return self._place_finder.rows([_places_of(terms) for terms in documents])

    def _with_places(
        self, features: sparse.csr_matrix, documents: Sequence[Sequence[str]]
    ) -> sparse.csr_matrix:
        if not self.places_:
            return features
        scaled = sparse.csr_matrix(self.place_rows(documents) * np.float32(self.geo_weight))
        return sparse.hstack([features, scaled], format="csr", dtype=np.float32)

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
        features = self._with_vectors(self.tfidf(documents), documents)
        features = self._with_chars(features, self.char_tfidf(documents))
        return self._with_places(features, documents)

    def decision(self, documents: Sequence[Sequence[str]]) -> np.ndarray:
        """Uncalibrated per-label decision values (log-odds of each logistic regression)."""
        return np.asarray(self.transform(documents) @ self.coef_.T + self.intercept_)

    def scores(self, documents: Sequence[Sequence[str]]) -> np.ndarray:
        """Calibrated per-label probabilities, shape ``(documents, labels)``."""
        return self.scores_from(self.transform(documents))

    def scores_from(self, features: sparse.csr_matrix) -> np.ndarray:
        decision = np.asarray(features @ self.coef_.T + self.intercept_)
        if self.exclusive_:
            return _softmax(decision)
        slope, offset = self.calibration_[:, 0], self.calibration_[:, 1]
        return 1.0 / (1.0 + np.exp(-(decision * slope + offset)))

    def primary_from(self, features: sparse.csr_matrix) -> np.ndarray:
        """Probabilities of each label being the main (first) topic; rows sum to one."""
        if self.exclusive_:
            return self.scores_from(features)
        return _softmax(np.asarray(features @ self.primary_coef_.T + self.primary_intercept_))

    def primary(self, documents: Sequence[Sequence[str]]) -> np.ndarray:
        """Main-topic probabilities, shape ``(documents, labels)``."""
        return self.primary_from(self.transform(documents))

    def both(self, documents: Sequence[Sequence[str]]) -> tuple[np.ndarray, np.ndarray]:
        """``(scores, primary)`` from one featurization."""
        features = self.transform(documents)
        return self.scores_from(features), self.primary_from(features)

    def choose(self, documents: Sequence[Sequence[str]]) -> list[list[int]]:
        """The decision rule's label indices for each document, main topic first."""
        scores, primary = self.both(documents)
        return [self.rule.choose(s, p) for s, p in zip(scores, primary, strict=True)]

    def contributions(self, terms: Sequence[str], label: str) -> dict[str, float]:
        """Each term's share of ``label``'s decision value for this document, positive or
        negative: the TF-IDF weight of each term (or bigram) times its coefficient, plus, through
        the mean word vector, each word's (idf-weighted) vector times the label's vector
        weights. They add up to the decision value less the intercept."""
        coef = self.coef_[self.labels_.index(label)]
        names = {index: term for term, index in self.vocabulary_.items()}
        row = self.tfidf([terms])
        contributions: dict[str, float] = {}
        for i, value in zip(row.indices, row.data, strict=True):
            contributions[names[i]] = float(value * coef[i])
        if self.embedding_weight:
            vectors = word_vectors()
            lemma_of = {_form(term): str(term) for term in terms}
            forms = [_form(term) for term in terms]
            weights = self._vector_weights([terms])[0]
            _, factor = vectors.mean(forms, weights)
            start = len(self.vocabulary_)
            direction = coef[start : start + DIMENSIONS]
            for form, vector, weight in vectors.known(forms, weights):
                share = self.embedding_weight * factor * weight * float(vector @ direction)
                lemma = lemma_of[form]
                contributions[lemma] = contributions.get(lemma, 0.0) + share
        if self.char_vocabulary_:
            self._add_char_contributions(terms, coef, contributions)
        if self.places_:
            values = self.place_rows([terms])[0] * self.geo_weight
            offset = len(coef) - PLACE_FEATURES
            for column in np.flatnonzero(values):
                kind = "place" if column < len(GROUPS) else "first place"
                key = f"[{kind}: {GROUPS[column % len(GROUPS)]}]"
                contributions[key] = float(values[column] * coef[offset + column])
        return contributions

    def _add_char_contributions(
        self, terms: Sequence[str], coef: np.ndarray, contributions: dict[str, float]
    ) -> None:
        """Each character n-gram's share, split evenly among the occurrences of the n-gram
        in the text's words, and given to each word's lemma (or to the word as written, when
        it is no topic term: «против», «2024»)."""
        offset = len(self.vocabulary_) + (DIMENSIONS if self.embedding_weight else 0)
        row = self.char_tfidf([terms])
        value_of = {int(i): float(v) for i, v in zip(row.indices, row.data, strict=True)}
        analyze = self._char_vectorizer().build_analyzer()
        lemma_of = {_form(term): str(term) for term in terms}
        words = _words_of(terms)
        grams_of = [[self.char_vocabulary_.get(gram) for gram in analyze(word)] for word in words]
        occurrences: dict[int, int] = {}
        for grams in grams_of:
            for index in grams:
                if index is not None:
                    occurrences[index] = occurrences.get(index, 0) + 1
        for word, grams in zip(words, grams_of, strict=True):
            share = sum(
                self.char_weight * value_of[i] * float(coef[offset + i]) / occurrences[i]
                for i in grams
                if i is not None
            )
            key = lemma_of.get(word, word)
            contributions[key] = contributions.get(key, 0.0) + share

    def explain(self, terms: Sequence[str], label: str, top: int = 10) -> list[tuple[str, float]]:
        """The terms that pushed ``label`` up most for this document (see ``contributions``)."""
        positive = [(t, v) for t, v in self.contributions(terms, label).items() if v > 0]
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
            "embedding": NAME if self.embedding_weight else None,
            "terms": terms,
            "char_terms": sorted(self.char_vocabulary_, key=self.char_vocabulary_.__getitem__),
            "places": self.places_,
        }
        (folder / "model.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        arrays = {
            "idf": self.idf_,
            "char_idf": self._char_idf(),
            "coef": self.coef_,
            "intercept": self.intercept_,
            "calibration": self.calibration_,
            "primary_coef": self.primary_coef_,
            "primary_intercept": self.primary_intercept_,
        }
        _write_npz(folder / "weights.npz", arrays)

    @classmethod
    def load(cls, folder: str | Path) -> TopicModel:
        folder = Path(folder)
        try:
            meta = json.loads((folder / "model.json").read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise ModelFormatError(f"{folder}: not a readable topic model ({error})") from error
        if not isinstance(meta, dict) or meta.get("format") != FORMAT:
            raise ModelFormatError(f"{folder}: not a ruanalyze topic model")
        if meta.get("version") != FORMAT_VERSION:
            raise ModelFormatError(
                f"{folder}: topic model format version {meta.get('version')}, "
                f"this ruanalyze reads version {FORMAT_VERSION}: retrain it with train-topics"
            )
        try:
            with np.load(folder / "weights.npz", allow_pickle=False) as weights:
                arrays = {name: weights[name] for name in ARRAYS}
        except (OSError, ValueError, KeyError, zipfile.BadZipFile) as error:
            raise ModelFormatError(f"{folder}: not a readable topic model ({error})") from error
        try:
            terms, labels = list(meta["terms"]), list(meta["labels"])
            char_terms = list(meta["char_terms"])
            vectors = bool(meta["embedding_weight"])
            settings = {
                "ngram_range": tuple(meta["ngram_range"]),
                "min_df": int(meta["min_df"]),
                "C": float(meta["C"]),
                "sublinear_tf": bool(meta["sublinear_tf"]),
                "class_weight": meta["class_weight"],
                "embedding_weight": float(meta["embedding_weight"]),
                "char_ngram_range": tuple(meta["char_ngram_range"]),
                "char_weight": float(meta["char_weight"]),
                "exclusive_tol": float(meta["exclusive_tol"]),
                "geo_weight": float(meta["geo_weight"]),
                "calibration_folds": int(meta["calibration_folds"]),
                "rule": DecisionRule(**meta["rule"]),
            }
            exclusive = bool(meta["exclusive"])
            places = {str(entry): str(group) for entry, group in dict(meta["places"]).items()}
            if not set(places.values()) <= set(GROUPS):
                raise ValueError("places: unknown place group")
        except (KeyError, TypeError, ValueError) as error:
            raise ModelFormatError(f"{folder}: model.json lacks or garbles {error}") from error
        if vectors and meta.get("embedding") != NAME:
            raise ModelFormatError(
                f"{folder}: model uses word vectors {meta.get('embedding')!r}, "
                f"this ruanalyze has {NAME!r}"
            )
        width = (
            len(terms)
            + (DIMENSIONS if vectors else 0)
            + len(char_terms)
            + (PLACE_FEATURES if places else 0)
        )
        if (
            arrays["coef"].shape != (len(labels), width)
            or arrays["idf"].shape != (len(terms),)
            or arrays["char_idf"].shape != (len(char_terms),)
            or arrays["intercept"].shape != (len(labels),)
            or arrays["calibration"].shape != (len(labels), 2)
            or arrays["primary_coef"].shape != ((0 if exclusive else len(labels)), width)
            or arrays["primary_intercept"].shape != ((0 if exclusive else len(labels)),)
        ):
            raise ModelFormatError(f"{folder}: weights do not match the vocabulary and labels")
        return cls(
            **settings,
            labels_=list(labels),
            vocabulary_={term: index for index, term in enumerate(terms)},
            idf_=arrays["idf"],
            char_vocabulary_={gram: index for index, gram in enumerate(char_terms)},
            char_idf_=arrays["char_idf"],
            places_=places,
            coef_=arrays["coef"],
            intercept_=arrays["intercept"],
            calibration_=arrays["calibration"],
            primary_coef_=arrays["primary_coef"],
            primary_intercept_=arrays["primary_intercept"],
            exclusive_=exclusive,
        )

    def _char_idf(self) -> np.ndarray:
        return self.char_idf_ if self.char_idf_ is not None else np.zeros(0, np.float32)

    def _check_fitted(self) -> None:
        if self.coef_ is None or self.idf_ is None:
            raise ValueError("the topic model is not fitted: call fit() or TopicModel.load()")


def _softmax(values: np.ndarray) -> np.ndarray:
    exp = np.exp(values - values.max(axis=1, keepdims=True))
    return exp / exp.sum(axis=1, keepdims=True)


def _form(term: str) -> str:
    """The word form a term was written as (``features.Term``), or the term itself."""
    return getattr(term, "form", term)


def _words_of(terms: Sequence[str]) -> list[str]:
    """The text's words (``features.Terms.words``), or, for a plain list of terms, their
    forms."""
    words = getattr(terms, "words", None)
    return list(words) if words is not None else [_form(term) for term in terms]


def _places_of(terms: Sequence[str]) -> list[tuple[str, str, bool]]:
    """The text's words for the gazetteer (``features.Terms.places``), or, for a plain list of
    terms, each term as its own lemma and form (capitalized if written so)."""
    places = getattr(terms, "places", None)
    if places is not None:
        return list(places)
    return [(str(term), _form(term), str(term)[:1].isupper()) for term in terms]


def _char_text(terms: Sequence[str]) -> str:
    return " ".join(_words_of(terms))


def _identity_calibration(labels: int) -> np.ndarray:
    """Platt parameters ``(a, b) = (1, 0)`` for every label: scores left as they are."""
    return np.tile(np.array([1.0, 0.0], np.float32), (labels, 1))


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
