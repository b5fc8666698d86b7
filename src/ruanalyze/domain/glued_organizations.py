"""A known organization in the genitive glued before a person's name ("лидер Аль-Кайды Усамы бин
Ладена", "оператор Аль-Джазиры Сами аль-Хадж") is two mentions: the organization and the person.

The news model reads the pair as one person; every corpus we measure marks the two apart.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from ..document import Document
from ..records import Mention
from .spans import phrase_spans, resized, token_index, tokens_within
from .vocabulary import Vocabulary


def split_organization_from_person(
    mentions: list[Mention], doc: Document, vocabulary: Vocabulary
) -> list[Mention]:
    """A person's mention that opens with a known organization (``organizations.tsv``) or medium
    (``media_names.txt``) and goes on with a capitalized name becomes the organization and the
    person; one that is the organization alone becomes an organization."""
    result = []
    media_openings = _first_lemmas(vocabulary.media_names)
    for mention in mentions:
        if mention.type != "PER" or not _may_open(doc, mention, vocabulary, media_openings):
            result.append(mention)
            continue
        tokens = tokens_within(doc.tokens, mention.start, mention.stop)
        stop = _organization_stop(tokens, vocabulary)
        if stop is None:
            result.append(mention)
        elif stop == mention.stop:
            result.append(replace(mention, type="ORG"))
        else:
            rest = next(token for token in tokens if token.start >= stop)
            if not rest.text[:1].isupper():
                result.append(mention)
                continue
            result.append(replace(resized(doc, mention, mention.start, stop), type="ORG"))
            result.append(resized(doc, mention, rest.start, mention.stop))
    return result


def _may_open(
    doc: Document, mention: Mention, vocabulary: Vocabulary, media_openings: frozenset[str]
) -> bool:
    """The mention's first word is a known organization or opens a medium's name: a look-up
    that passes over nearly every person."""
    index = token_index(doc.tokens, mention.start)
    if index == len(doc.tokens):
        return False
    first = doc.tokens[index]
    return first.text in vocabulary.organizations or first.lemma in media_openings


@cache
def _first_lemmas(phrases: frozenset[tuple[str, ...]]) -> frozenset[str]:
    return frozenset(phrase[0] for phrase in phrases)


def _organization_stop(tokens: list, vocabulary: Vocabulary) -> int | None:
    """Where the known organization that opens ``tokens`` ends, if one does."""
    if not tokens:
        return None
    if tokens[0].text in vocabulary.organizations:
        return tokens[0].stop
    first = next(phrase_spans(tokens, vocabulary.media_names, capitalized=True), None)
    if first is not None and first[0] == tokens[0].start:
        return first[1]
    return None
