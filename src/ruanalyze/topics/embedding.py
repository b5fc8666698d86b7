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

    def known(self, terms: Sequence[str]) -> list[tuple[str, np.ndarray]]:
        return [(term, vector) for term in terms if (vector := self.vector(term)) is not None]

    def mean(self, terms: Sequence[str]) -> tuple[np.ndarray, float]:
        """The mean vector scaled to unit length, and the scale factor used (0 when none known)."""
        vectors = [vector for _, vector in self.known(terms)]
        if not vectors:
            return np.zeros(DIMENSIONS, np.float32), 0.0
        mean = np.mean(vectors, axis=0)
        norm = float(np.linalg.norm(mean))
        return (mean / norm if norm else mean).astype(np.float32), (1 / norm if norm else 0.0)

    def matrix(self, documents: Sequence[Sequence[str]]) -> np.ndarray:
        return np.vstack([self.mean(terms)[0] for terms in documents]).reshape(-1, DIMENSIONS)


@cache
def word_vectors() -> WordVectors:
    """One loaded copy per process."""
    return WordVectors()
