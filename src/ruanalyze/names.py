"""Splitting a person's normal form into first name, patronymic and surname.

Like natasha's NamesExtractor, each word is recognized by what the dictionaries say it is
(pymorphy3's Name / Patr / Surn grammemes, the project lexicon's ``kind``) or by its ending
(-ович/-овна: patronymic; -ов/-ев/-ин/-улы/-кызы: surname), and the order decides the rest:
"Жаксылык Омар" → first Жаксылык, last Омар; "Иванов Иван Иванович" → last, first, middle.
"""

from __future__ import annotations

from .lexicon import INDECLINABLE_SUFFIXES, SURNAME_SUFFIXES
from .morph import Morph
from .records import NameParts

PATRONYMIC_SUFFIXES = ("вич", "вна", "ична", "инична")
FEMALE_SURNAME_SUFFIXES = (*(suffix + "а" for suffix in SURNAME_SUFFIXES), "ская", "цкая")
KINDS = {"name": "first", "surname": "last"}


class NameSplitter:
    """``splitter("Касым-Жомарт Токаев")`` → ``NameParts(first="Касым-Жомарт", last="Токаев")``."""

    def __init__(self, morph: Morph) -> None:
        self.morph = morph

    def __call__(self, normal: str) -> NameParts | None:
        words = normal.split()
        if not words or not all(word[:1].isalpha() for word in words):
            return None
        roles = [self.role(word) for word in words]
        if len(words) == 1:
            if roles[0] == "first":
                return NameParts(first=words[0])
            return NameParts(last=words[0])
        if len(words) == 3 and roles[2] == "middle":  # Иванов Иван Иванович
            return NameParts(first=words[1], middle=words[2], last=words[0])
        if len(words) == 3 and roles[1] == "middle":  # Иван Иванович Иванов
            return NameParts(first=words[0], middle=words[1], last=words[2])
        if len(words) == 2 and roles[0] == "last" and roles[1] == "first":  # Путин Владимир
            return NameParts(first=words[1], last=words[0])
        return NameParts(first=words[0], last=" ".join(words[1:]))

    def role(self, word: str) -> str:
        """The role of one word of a name: "first", "middle", "last" or "" (unknown)."""
        lower = word.lower()
        if lower.endswith(PATRONYMIC_SUFFIXES):
            return "middle"
        if lower.endswith(INDECLINABLE_SUFFIXES):
            return "last"
        known = self.morph.lexicon.get(lower)
        if known is not None:
            return KINDS.get(_kind(known[0].tag.grammemes), "")
        grammemes = {
            grammeme
            for parse in self.morph.parse(lower)
            if parse.score >= 0.05
            for grammeme in parse.tag.grammemes & {"Name", "Surn", "Patr"}
        }
        if "Patr" in grammemes:
            return "middle"
        if "Surn" in grammemes or lower.endswith(SURNAME_SUFFIXES + FEMALE_SURNAME_SUFFIXES):
            return "last" if "Name" not in grammemes else "first"
        return "first" if "Name" in grammemes else ""


def _kind(grammemes: frozenset[str]) -> str:
    if "Name" in grammemes:
        return "name"
    if "Surn" in grammemes:
        return "surname"
    return ""
