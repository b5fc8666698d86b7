"""Word vectors for topic features: Natasha's navec news embeddings, shipped inside natasha.

A corpus of a few thousand articles cannot contain every word a reader will meet. The mean word
vector of an article places «зарезал» near «убил» and a pop singer near other singers, so the
linear classifier generalizes beyond the corpus vocabulary. The vectors come with the ``natasha``
package (nothing is downloaded); a model records their name and refuses other vectors on load.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path

import numpy as np

NAME = "navec_news_v1_1B_250K_300d_100q"
DIMENSIONS = 300


class WordVectors:
    """``mean(terms)``: the unit-length mean vector of the known terms, cached per word.

    The vectors are the NER model's own copy of navec (``ner.news_navec``), and the cache is
    bounded, so memory stays flat over a stream of any length."""

    def __init__(self, cache_size: int = 20_000) -> None:
        from natasha.data import NEWS_EMBEDDING

        from ..ner import news_navec

        if Path(NEWS_EMBEDDING).name != f"{NAME}.tar":
            raise ValueError(f"natasha ships {Path(NEWS_EMBEDDING).name}, expected {NAME}.tar")
        self._navec = news_navec()
        self.cache_size = cache_size
        self._cache: dict[str, np.ndarray | None] = {}

    def vector(self, word: str) -> np.ndarray | None:
        if word not in self._cache:
            if len(self._cache) >= self.cache_size:
                self._cache.clear()
            found = word in self._navec
            self._cache[word] = np.asarray(self._navec[word], np.float32) if found else None
        return self._cache[word]

    def known(
        self, terms: Sequence[str], weights: Sequence[float] | None = None
    ) -> list[tuple[str, np.ndarray, float]]:
        """``(term, vector, weight)`` of the terms that have a vector (weight 1 by default)."""
        weights = weights if weights is not None else [1.0] * len(terms)
        return [
            (term, vector, weight)
            for term, weight in zip(terms, weights, strict=True)
            if (vector := self.vector(term)) is not None
        ]

    def mean(
        self, terms: Sequence[str], weights: Sequence[float] | None = None
    ) -> tuple[np.ndarray, float]:
        """The (weighted) mean vector scaled to unit length, and the factor that scales the
        weighted sum to it (0 when no term is known): word ``i`` adds ``factor * weight_i *
        vector_i``."""
        known = self.known(terms, weights)
        total = sum(weight for _, _, weight in known)
        if not known or total <= 0:
            return np.zeros(DIMENSIONS, np.float32), 0.0
        # one array product rather than a product per word (the same float32 arithmetic)
        vectors = np.array([vector for _, vector, _ in known])
        vectors *= np.array([weight for _, _, weight in known], np.float32)[:, None]
        weighted = vectors.sum(axis=0) / total
        norm = float(np.linalg.norm(weighted))
        if not norm:
            return weighted.astype(np.float32), 0.0
        return (weighted / norm).astype(np.float32), 1 / (norm * total)

    def matrix(
        self,
        documents: Sequence[Sequence[str]],
        weights: Sequence[Sequence[float]] | None = None,
    ) -> np.ndarray:
        weights = weights if weights is not None else [None] * len(documents)
        rows = [self.mean(terms, w)[0] for terms, w in zip(documents, weights, strict=True)]
        return np.vstack(rows).reshape(-1, DIMENSIONS)


@cache
def word_vectors() -> WordVectors:
    """One loaded copy per process."""
    return WordVectors()
