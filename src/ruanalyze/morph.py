"""Lemmas and part-of-speech tags with pymorphy3, cached per word form.

pymorphy3 knows neither the Kazakhstan administrative vocabulary nor most Kazakh names, and guesses
them badly ("маслихата" → "маслихата"). The project's lexicon (``resources/lexicon.tsv``) lists such
words with a declension pattern; their forms override pymorphy3.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from typing import Any

# Endings of the declension patterns used in lexicon.tsv, singular then plural.
PARADIGMS: dict[str, tuple[str, ...]] = {
    # hard-stem masculine noun: маслихат, акимат, Жаксылык
    "m": ("", "а", "у", "ом", "е", "ы", "и", "ов", "ам", "ами", "ах"),
    # feminine noun in -а: Кызылорда
    "f_a": ("а", "ы", "и", "е", "у", "ой", "ою"),
    # masculine noun in -й: Семей, Костанай
    "m_j": ("й", "я", "ю", "ем", "е", "и", "ев", "ям", "ями", "ях"),
    # never declined: Алматы, Актобе
    "indecl": ("",),
}

# OpenCorpora part of speech → Universal Dependencies UPOS.
UPOS = {
    "NOUN": "NOUN",
    "ADJF": "ADJ",
    "ADJS": "ADJ",
    "COMP": "ADJ",
    "VERB": "VERB",
    "INFN": "VERB",
    "PRTF": "VERB",
    "PRTS": "VERB",
    "GRND": "VERB",
    "NUMR": "NUM",
    "ADVB": "ADV",
    "PRED": "ADV",
    "NPRO": "PRON",
    "PREP": "ADP",
    "CONJ": "CCONJ",
    "PRCL": "PART",
    "INTJ": "INTJ",
}
PROPER_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    lemma: str
    pos: str
    paradigm: str


def _stem(lemma: str, paradigm: str) -> str:
    ending = PARADIGMS[paradigm][0]
    return lemma[: len(lemma) - len(ending)] if ending else lemma


def load_lexicon(path: Any = None) -> dict[str, LexiconEntry]:
    """Map every lower-cased form of every lexicon word to its entry."""
    source = path or resources.files("ruanalyze.resources").joinpath("lexicon.tsv")
    forms: dict[str, LexiconEntry] = {}
    with source.open(encoding="utf-8") as file:
        rows = csv.DictReader((line for line in file if not line.startswith("#")), delimiter="\t")
        for row in rows:
            entry = LexiconEntry(row["lemma"].lower(), row["pos"], row["paradigm"])
            stem = _stem(entry.lemma, entry.paradigm)
            for ending in PARADIGMS[entry.paradigm]:
                forms.setdefault(stem + ending, entry)
    return forms


def non_word_pos(text: str) -> str | None:
    """UPOS for tokens that are not words: punctuation, numbers, symbols."""
    if any(char.isalpha() for char in text):
        return None
    if any(char.isdigit() for char in text):
        return "NUM"
    return "PUNCT"


class Morph:
    """pymorphy3 analyzer with a bounded per-form cache and lexicon overrides."""

    def __init__(self, cache_size: int = 300_000) -> None:
        self.cache_size = cache_size
        self._cache: dict[str, tuple[str, str]] = {}
        self._parse_cache: dict[str, list[Any]] = {}

    @cached_property
    def analyzer(self) -> Any:
        import pymorphy3

        return pymorphy3.MorphAnalyzer()

    @cached_property
    def lexicon(self) -> dict[str, LexiconEntry]:
        return load_lexicon()

    def parse(self, word: str) -> list[Any]:
        """pymorphy3 parses of ``word`` (lower-cased), cached."""
        key = word.lower()
        parses = self._parse_cache.get(key)
        if parses is None:
            if len(self._parse_cache) >= self.cache_size:
                self._parse_cache.clear()
            try:
                parses = self.analyzer.parse(key)
            except ValueError:  # pymorphy3 looks up each letter's Unicode name; some have none
                parses = []
            self._parse_cache[key] = parses
        return parses

    def analyze(self, word: str) -> tuple[str, str]:
        """``(lemma, upos)`` of a word form, out of context."""
        key = word.lower()
        found = self._cache.get(key)
        if found is not None:
            return found
        if len(self._cache) >= self.cache_size:
            self._cache.clear()
        found = self._cache[key] = self._analyze(key)
        return found

    def _analyze(self, key: str) -> tuple[str, str]:
        pos = non_word_pos(key)
        if pos is not None:
            return key, pos
        entry = self.lexicon.get(key)
        if entry is not None:
            return entry.lemma, entry.pos
        parses = self.parse(key)
        if not parses:
            return key, "X"
        best = parses[0]
        return best.normal_form, upos(best.tag)


def upos(tag: Any) -> str:
    if tag.POS is None:
        return "X"
    if tag.POS == "NOUN" and PROPER_GRAMMEMES & tag.grammemes:
        return "PROPN"
    return UPOS.get(tag.POS, "X")
