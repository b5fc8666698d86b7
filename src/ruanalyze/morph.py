"""Lemmas and part-of-speech tags with pymorphy3, cached per word form.

pymorphy3 knows neither the Kazakhstan administrative vocabulary nor most Kazakh names, and guesses
them badly ("маслихата" → "маслихата"). The project's lexicon (``resources/lexicon.tsv``, see
:mod:`ruanalyze.lexicon`) lists such words with a declension pattern; their forms override
pymorphy3. ``resources/lemma_fixes.tsv`` corrects lemmas pymorphy3 files under a rarer word
(должна → должен). Choosing among a form's lemmas by its neighbours is :mod:`ruanalyze.context`.
"""

from __future__ import annotations

import sys
from functools import cache, cached_property, lru_cache
from importlib import resources
from typing import Any, NamedTuple

from .lexicon import LexiconParse, index_forms, load_lexicon

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


def load_lemma_fixes(path: Any = None) -> dict[str, str]:
    """``form or lemma → lemma`` rows of ``resources/lemma_fixes.tsv``."""
    source = path or resources.files("ruanalyze.resources").joinpath("lemma_fixes.tsv")
    fixes: dict[str, str] = {}
    with source.open(encoding="utf-8") as file:
        for number, line in enumerate(file, 1):
            if not line.strip() or line.startswith("#"):
                continue
            columns = line.rstrip("\n").split("\t")
            if len(columns) != 2:
                raise ValueError(f"{source}:{number}: expected two tab-separated columns")
            fixes[columns[0]] = columns[1]
    return fixes


def non_word_pos(text: str) -> str | None:
    """UPOS for tokens that are not words: punctuation, numbers, symbols."""
    if any(char.isalpha() for char in text):
        return None
    if any(char.isdigit() for char in text):
        return "NUM"
    return "PUNCT"


class TagFields(NamedTuple):
    """What the stages read of a tag, as plain strings."""

    pos: str | None
    case: str | None
    number: str | None
    gender: str | None
    grammemes: frozenset[str]
    upos: str


class Reading(
    NamedTuple(
        "ReadingFields",
        [("normal_form", str), ("score", float), *TagFields.__annotations__.items()],
    )
):
    """One pymorphy3 parse with its tag read once, as plain strings: its lemma and score, then
    the fields of :class:`TagFields` (declared there once). A pymorphy3 tag computes each
    attribute on every access (a str subclass whose ``==`` is Python code), and the context rules
    read the parses of a frequent word over and over."""

    __slots__ = ()

    @classmethod
    def of(cls, parse: Any) -> Reading:
        return cls(parse.normal_form, parse.score, *tag_fields(parse.tag))


@lru_cache(maxsize=8192)
def tag_fields(tag: Any) -> TagFields:
    """The fields of a pymorphy3 (or lexicon) tag, read once per distinct tag: the dictionary has
    a few thousand, shared by all its parses, while reading an attribute of one costs a
    descriptor call each time."""
    pos, grammemes = plain_grammeme(tag.POS), tag.grammemes
    return TagFields(
        pos,
        plain_grammeme(tag.case),
        plain_grammeme(tag.number),
        plain_grammeme(tag.gender),
        grammemes,
        _upos(pos, grammemes),
    )


def plain_grammeme(grammeme: str | None) -> str | None:
    """A grammeme as a plain, interned string: one object per grammeme, however many cached."""
    return None if grammeme is None else sys.intern(str(grammeme))


class Morph:
    """pymorphy3 analyzer with bounded per-form caches and lexicon overrides.

    Every cache is bounded so memory stays flat over any number of articles: ``(lemma, pos)``
    pairs are small (100k forms ≈ 20 MiB); full pymorphy3 parses are not (about 2 KiB a form), and
    only the words of mentions need them after the first sight of a form; the context rules read
    :class:`Reading` tuples (about 1 KiB a form), kept as many as parses. The commonest news
    forms are answered from a table worked out ahead of time (:mod:`ruanalyze.common_forms`).
    """

    def __init__(
        self,
        cache_size: int = 100_000,
        parse_cache_size: int = 5_000,
        use_common_forms: bool = True,
    ) -> None:
        self.cache_size = cache_size
        self.parse_cache_size = parse_cache_size
        # imported here so that `python -m ruanalyze.common_forms` finds it not yet imported
        from .common_forms import NO_COMMON_FORMS, load_common_forms

        self.common = load_common_forms() if use_common_forms else NO_COMMON_FORMS
        self._cache: dict[str, tuple[str, str]] = {}
        self._parse_cache: dict[str, list[Any]] = {}
        self._readings: dict[str, tuple[Reading, ...]] = {}
        self._ambiguous: dict[str, bool] = {}

    @cached_property
    def analyzer(self) -> Any:
        return shared_pymorphy()

    @cached_property
    def lexicon(self) -> dict[str, list[LexiconParse]]:
        """Every form of the project's lexicon (``resources/lexicon.tsv``) → its parses."""
        return index_forms(load_lexicon())

    @cached_property
    def lemma_fixes(self) -> dict[str, str]:
        return load_lemma_fixes()

    def parse(self, word: str) -> list[Any]:
        """pymorphy3 parses of ``word`` (lower-cased), cached."""
        key = word.lower()
        parses = self._parse_cache.get(key)
        if parses is None:
            if len(self._parse_cache) >= self.parse_cache_size:
                self._parse_cache.clear()
            try:
                parses = self.analyzer.parse(key)
            except ValueError:  # pymorphy3 looks up each letter's Unicode name; some have none
                parses = []
            self._parse_cache[key] = parses
        return parses

    def readings(self, word: str) -> tuple[Reading, ...]:
        """The parses of ``word`` (lower-cased) as :class:`Reading` tuples, cached."""
        key = word.lower()
        found = self._readings.get(key)
        if found is None:
            if len(self._readings) >= self.parse_cache_size:
                self._readings.clear()
            found = self._readings[key] = tuple(Reading.of(parse) for parse in self.parse(key))
        return found

    def analyze(self, word: str) -> tuple[str, str]:
        """``(lemma, upos)`` of a word form, out of context."""
        key = word.lower()
        found = self._cache.get(key)
        if found is not None:
            return found
        if len(self._cache) >= self.cache_size:
            self._cache.clear()
        found = self.common.analyses.get(key) or self.analyze_uncached(key)
        self._cache[key] = found
        return found

    def analyze_uncached(self, key: str) -> tuple[str, str]:
        """``(lemma, upos)`` of a lower-case form, worked out now (neither cache nor table)."""
        pos = non_word_pos(key)
        if pos is not None:
            return key, pos
        entry = self.lexicon.get(key)
        if entry is not None:
            return entry[0].normal_form, entry[0].upos
        fixed = self.lemma_fixes.get(key)
        parses = self.parse(key)
        if not parses:
            return fixed or key, "X"
        best = choose_parse(parses)
        if fixed is not None:
            return fixed, upos(best.tag)
        lemma = best.normal_form
        return self.lemma_fixes.get(lemma, lemma), upos(best.tag)

    def ambiguous(self, word: str) -> bool:
        """Whether the likely parses of ``word`` have more than one lemma (cached per form)."""
        key = word.lower()
        found = self._ambiguous.get(key)
        if found is None:
            if len(self._ambiguous) >= self.cache_size:
                self._ambiguous.clear()
            if key in self.common.analyses:
                found = key in self.common.ambiguous
            else:
                found = self.ambiguous_uncached(key)
            self._ambiguous[key] = found
        return found

    def ambiguous_uncached(self, key: str) -> bool:
        """Whether a lower-case form is ambiguous, worked out now (neither cache nor table)."""
        return (
            key not in self.lexicon
            and key not in self.lemma_fixes
            and non_word_pos(key) is None
            and len({p.normal_form for p in self.parse(key) if p.score >= 0.001}) > 1
        )


def _guessed(parse: Any) -> bool:
    return type(parse.methods_stack[0][0]).__name__ != "DictionaryAnalyzer"


def choose_parse(parses: list[Any]) -> Any:
    """The parse whose lemma to use, out of context.

    pymorphy3's first parse, except for a word the dictionary does not know, where a noun that is
    its own nominative beats guesses such as "орвието" → "орвиеть".
    """
    best = parses[0]
    if _guessed(best):
        own = [
            p
            for p in parses
            if p.tag.POS == "NOUN" and p.tag.case == "nomn" and p.normal_form == p.word
        ]
        if own:
            return own[0]
        return best
    tied = [p for p in parses if p.score >= best.score - 1e-9]
    if best.tag.mood == "impr" or best.tag.POS == "ADJS":
        # "пошли", "шли", "оторопел": the past of a verb is far commoner than the imperative or a
        # short adjective that pymorphy3 scores the same.
        indicative = [p for p in tied if p.tag.POS == "VERB" and p.tag.mood == "indc"]
        if indicative:
            return indicative[0]
    return best


def upos(tag: Any) -> str:
    return tag_fields(tag).upos


def _upos(pos: str | None, grammemes: frozenset[str]) -> str:
    if pos is None:
        return "X"
    if pos == "NOUN" and PROPER_GRAMMEMES & grammemes:
        return "PROPN"
    return UPOS.get(pos, "X")


@cache
def shared_pymorphy() -> Any:
    """One pymorphy3 analyzer per process, whatever the number of ``Morph`` objects: its
    dictionaries are the large part of it, and read-only."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer()
