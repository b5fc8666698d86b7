"""The domain layer's vocabulary, read from the data files in ``ruanalyze.resources``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources


def _lines(name: str) -> list[str]:
    text = resources.files("ruanalyze.resources").joinpath(name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _rows(name: str) -> list[list[str]]:
    return [line.split("\t") for line in _lines(name)]


@dataclass(frozen=True)
class Region:
    abbreviation: str
    type: str
    full_name: str


@dataclass(frozen=True)
class Vocabulary:
    regions: dict[str, Region]
    admin_bodies: frozenset[str]
    interface_words: frozenset[str]
    platforms: frozenset[str]
    title_words: frozenset[str]
    generic_words: frozenset[str]
    boilerplate: tuple[re.Pattern[str], ...]

    def alias(self, normal: str) -> str:
        """The canonical name for an abbreviation ("ВКО" → "Восточно-Казахстанская область")."""
        region = self.regions.get(normal)
        return region.full_name if region else normal


@cache
def load_vocabulary() -> Vocabulary:
    return Vocabulary(
        regions={row[0]: Region(*row) for row in _rows("regions.tsv")},
        admin_bodies=frozenset(_lines("admin_bodies.txt")),
        interface_words=frozenset(_lines("interface_words.txt")),
        platforms=frozenset(_lines("platforms.txt")),
        title_words=frozenset(_lines("title_words.txt")),
        generic_words=frozenset(_lines("generic_words.txt")),
        boilerplate=tuple(re.compile(line, re.IGNORECASE) for line in _lines("boilerplate.txt")),
    )
