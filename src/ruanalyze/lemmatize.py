"""The lemma stage and the mention stage of the pipeline."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache

from .context import ContextRules
from .document import Document
from .domain.spans import tokens_within
from .morph import Morph
from .normalize import Normalizer, normal_text
from .records import Token


def lemmatize_words(
    morph: Morph, words: Sequence[str], rules: ContextRules | None = None
) -> list[tuple[str, str]]:
    """``(lemma, upos)`` of each word of a running text: the dictionary's, corrected where the
    neighbouring words decide (see :mod:`ruanalyze.context`)."""
    rules = rules or ContextRules(morph)
    analyses = [morph.analyze(word) for word in words]
    needs_context = rules.needs_context
    for index, word in enumerate(words):
        if needs_context(word.lower()):
            chosen = rules(words, index)
            if chosen is not None:
                analyses[index] = chosen
    return analyses


class Lemmatizer:
    """Fills ``lemma`` and ``pos`` of every token."""

    def __init__(self, morph: Morph) -> None:
        self.morph = morph
        self.rules = ContextRules(morph)

    def __call__(self, doc: Document) -> Document:
        words = [token.text for token in doc.tokens]
        analyses = lemmatize_words(self.morph, words, self.rules)
        # Token(...) rather than dataclasses.replace, which is several times slower per token.
        doc.tokens = [
            Token(token.start, token.stop, token.text, lemma, pos)
            for token, (lemma, pos) in zip(doc.tokens, analyses, strict=True)
        ]
        return doc


class MentionNormalizer:
    """Fills ``normal`` (nominative form) and ``sentence`` (index) of every mention."""

    def __init__(self, morph: Morph, cache_size: int = 20_000) -> None:
        # Names recur within and across articles; their forms depend on the words and type only.
        self.normalize = lru_cache(maxsize=cache_size)(_as_tuple(Normalizer(morph)))

    def __call__(self, doc: Document) -> Document:
        sentence_starts = [sentence.start for sentence in doc.sentences]
        mentions = []
        for mention in doc.mentions:
            tokens = tokens_within(doc.tokens, mention.start, mention.stop)
            forms = self.normalize(tuple(token.text for token in tokens), mention.type)
            normal = normal_text(mention.text, mention.start, tokens, forms)
            sentence = max(bisect_right(sentence_starts, mention.start) - 1, 0)
            mentions.append(replace(mention, normal=normal, sentence=sentence))
        doc.mentions = mentions
        return doc


def _as_tuple(
    normalize: Callable[[Sequence[str], str], list[str]],
) -> Callable[[tuple[str, ...], str], tuple[str, ...]]:
    """A normalizer returning tuples, so cached results cannot be changed by a caller."""

    def normalized(words: tuple[str, ...], type_: str) -> tuple[str, ...]:
        return tuple(normalize(words, type_))

    return normalized
