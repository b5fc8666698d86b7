"""Where a story is, by the places a text names: Russia, another former Soviet republic, or
elsewhere (``resources/geography.tsv``).

A rubric such as Lenta's Россия / Бывший СССР / Мир is decided by where the story happens, and a
model of a few thousand headlines has seen only some of the towns, regions and countries news
names; the gazetteer groups the ones it has not seen with the ones it has («в Сызрани» is a
Russian story even if no training headline said «Сызрань»). A model trained on single-label
rubrics adds, for each group, whether the text names it and whether it is the first group named
(see ``TopicModel.geo_weight``); the model carries its own copy of the gazetteer, so a saved
model scores the same after the resource file changes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache

import numpy as np

from ..resources import data_lines

GROUPS = ("russia", "ex_ussr", "world")
FEATURES = 2 * len(GROUPS)  # named anywhere; named first


@cache
def gazetteer() -> dict[str, str]:
    """``{entry: group}`` as written in the resource file (a capitalized entry is a name)."""
    entries: dict[str, str] = {}
    for line in data_lines("geography.tsv"):
        entry, group = line.split("\t")
        if group not in GROUPS:
            raise ValueError(f"geography.tsv: unknown group {group!r} of {entry!r}")
        entries[entry] = group
    return entries


def _fold(word: str) -> str:
    return word.lower().replace("ё", "е")


class PlaceFinder:
    """Looks up a text's words in a gazetteer (``{entry: group}``, see ``gazetteer``)."""

    def __init__(self, entries: Mapping[str, str]) -> None:
        self.entries = entries
        self.names: dict[str, int] = {}
        self.words: dict[str, int] = {}
        for entry, group in entries.items():
            table = self.words if entry[:1].islower() else self.names
            table[_fold(entry)] = GROUPS.index(group)

    def group_of(self, lemma: str, form: str, capitalized: bool) -> int | None:
        """The group index of one word (its lemma or its form as written), or None."""
        for key in (_fold(lemma), _fold(form)):
            if key in self.words:
                return self.words[key]
            if capitalized and key in self.names:
                return self.names[key]
        return None

    def groups(self, words: Sequence[tuple[str, str, bool]]) -> list[int]:
        """Group indices of the ``(lemma, form, capitalized)`` words, in text order."""
        found = (self.group_of(*word) for word in words)
        return [group for group in found if group is not None]

    def rows(self, documents: Sequence[Sequence[tuple[str, str, bool]]]) -> np.ndarray:
        """Per document: 1 for each group named, then 1 for the group named first."""
        matrix = np.zeros((len(documents), FEATURES), np.float32)
        for row, words in enumerate(documents):
            groups = self.groups(words)
            if groups:
                matrix[row, groups] = 1.0
                matrix[row, len(GROUPS) + groups[0]] = 1.0
        return matrix
